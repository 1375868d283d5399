//! `check` compares the database's schema with claimlog's, definitions
//! and all: a column, constraint, index, trigger or function changed by
//! hand (another tool, a hurried admin) is one plain line, exit 1, on
//! either backend.

use crate::workdir::Workdir;

fn two_claims() -> Workdir {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead, 18 wounded", "--source", "franceinfo"]);
    w
}

/// Runs `check`, which must fail; gives its stdout lines and checks the
/// one-line summary on stderr.
fn problems(w: &Workdir) -> Vec<String> {
    let out = w.cmd(&["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<String> = stdout.lines().map(String::from).collect();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let summary = match lines.len() {
        1 => "1 problem found".to_string(),
        n => format!("{n} problems found"),
    };
    assert_eq!(
        stderr,
        format!("claimlog: {}: {summary}\n", w.db().display())
    );
    lines
}

#[test]
fn a_dropped_history_trigger_is_named_and_fails_check() {
    let w = two_claims();
    w.ok(&["check"]);
    w.sql(if w.on_postgres() {
        "DROP TRIGGER claim_history_no_update ON claim_history"
    } else {
        "DROP TRIGGER claim_history_no_update"
    });
    assert_eq!(
        problems(&w),
        vec!["trigger claim_history_no_update is missing"]
    );
}

#[test]
fn a_column_altered_by_hand_is_named_and_fails_check() {
    let w = two_claims();
    if !w.on_postgres() {
        // SQLite cannot alter a column: the table's SQL is rewritten, as
        // a tool writing the schema table would.
        w.sql(
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_master SET sql = replace(sql, 'value          TEXT NOT NULL', 'value TEXT')
             WHERE name = 'claims';",
        );
        assert_eq!(problems(&w), vec!["table claims differs from schema.sql"]);
        return;
    }
    w.sql("ALTER TABLE claims ALTER COLUMN value DROP NOT NULL");
    assert_eq!(
        problems(&w),
        vec![
            "column claims.value is `text COLLATE \"C\"`, where schema.postgres.sql has `text COLLATE \"C\" NOT NULL`"
        ]
    );
    w.sql(
        "ALTER TABLE claims ALTER COLUMN value SET NOT NULL;
         ALTER TABLE claims ALTER COLUMN note SET DEFAULT 'x';
         ALTER TABLE claims ALTER COLUMN low TYPE real;
         ALTER TABLE claims DROP CONSTRAINT claims_status_check;
         ALTER TABLE events ADD COLUMN colour text;
         ALTER TABLE claim_history DISABLE TRIGGER claim_history_no_delete;
         DROP INDEX claims_by_time;
         CREATE INDEX claims_by_time ON claims (recorded_at);
         CREATE OR REPLACE FUNCTION claimlog_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RETURN NEW; END $$;",
    );
    assert_eq!(
        problems(&w),
        vec![
            "column claims.low is `real`, where schema.postgres.sql has `double precision`",
            "column claims.note is `text COLLATE \"C\" NOT NULL DEFAULT 'x'::text`, where schema.postgres.sql has `text COLLATE \"C\" NOT NULL DEFAULT ''::text`",
            "constraint claims.claims_status_check is missing",
            "function claimlog_refuse differs from schema.postgres.sql",
            "index claims_by_time differs from schema.postgres.sql",
            "trigger claim_history_no_delete is disabled",
            "column events.colour is not part of claimlog's schema",
        ]
    );
    // The schema file was built in a scratch schema and rolled back:
    // nothing of it is left on the server.
    assert_eq!(
        w.sql_number("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'claimlog_check_%'"),
        0
    );
}

/// A user who may read but not create a schema (an editor's read-only
/// role) still gets a check: of names only, since the schema file cannot
/// be built in a scratch schema for them.
#[test]
fn a_reader_who_may_not_create_a_schema_gets_a_check_of_names() {
    let w = two_claims();
    if !w.on_postgres() {
        eprintln!(
            "schema_drift::a_reader_who_may_not_create_a_schema_gets_a_check_of_names: about a server's roles"
        );
        return;
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let role = format!("claimlog_reader_{}_{nanos}", std::process::id());
    let password = "reader-pw";
    w.sql(&format!(
        "CREATE ROLE {role} LOGIN PASSWORD '{password}';
         GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role};"
    ));
    let db = w.db().to_str().unwrap().to_string();
    let (_, rest) = db.split_once('@').unwrap();
    let as_reader = format!("postgres://{role}@{rest}");
    let check = || {
        let out = w
            .cmd(&["--db", &as_reader, "check"])
            .env("PGPASSWORD", password)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (code, stdout, stderr) = check();
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert_eq!(stdout, "ok: 2 claims, 1 event, schema version 4\n");
    w.sql("DROP TRIGGER claim_history_no_update ON claim_history");
    let (code, stdout, _) = check();
    assert_eq!(code, Some(1));
    assert_eq!(stdout, "trigger claim_history_no_update is missing\n");
    w.sql(&format!("DROP OWNED BY {role}; DROP ROLE {role};"));
}
