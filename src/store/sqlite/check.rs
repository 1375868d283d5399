//! Keeping a SQLite file healthy: `check` (SQLite's own checks, the schema
//! and claimlog's invariants, each problem in plain words) and `backup`
//! (SQLite's online backup API, safe while other processes write).

use super::{APPLICATION_ID, SCHEMA_VERSION};
use crate::store::maintenance::{BackupReport, Health, SUPERSEDE_CYCLES, TABLES};
use crate::store::{Result, Store, StoreError};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

/// The SQL of one schema object with comments and spacing taken out, so a
/// database built by the migrations compares equal to one built from
/// `schema.sql` when only their comments differ.
///
/// Spaces before `,` and `)` and after `(` go too: `ALTER TABLE … ADD
/// COLUMN` writes the new column as `\n, name …)` where `schema.sql` has
/// `, name …\n)`.
pub(crate) fn normalise_sql(sql: &str) -> String {
    sql.lines()
        .map(|l| l.split("--").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" ,", ",")
        .replace(" )", ")")
        .replace("( ", "(")
}

/// Each schema object's normalised SQL, by (type, name).
type SchemaObjects = BTreeMap<(String, String), String>;

fn schema_objects(conn: &Connection) -> rusqlite::Result<SchemaObjects> {
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL \
         AND name NOT LIKE 'sqlite_%'",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            (r.get::<_, String>(0)?, r.get::<_, String>(1)?),
            normalise_sql(&r.get::<_, String>(2)?),
        ))
    })?;
    rows.collect()
}

/// Runs a query whose rows are each one problem, already in words.
fn problems_of(conn: &Connection, sql: &str, out: &mut Vec<String>) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    for row in rows {
        out.push(row?);
    }
    Ok(())
}

/// claimlog's own rules, each query yielding one sentence per breach.
const INVARIANTS: &[&str] = &[
    "SELECT printf('claim %d is superseded by ''%s'', which does not exist', c.id, c.superseded_by) \
     FROM claims c WHERE c.superseded_by IS NOT NULL \
     AND NOT EXISTS (SELECT 1 FROM claims n WHERE n.gid = c.superseded_by) ORDER BY c.id",
    "SELECT printf('claim %d is superseded but does not say by which claim', id) \
     FROM claims WHERE status = 'superseded' AND superseded_by IS NULL ORDER BY id",
    "SELECT printf('claim %d is retracted but has no retraction date', id) \
     FROM claims WHERE status = 'retracted' AND retracted_at IS NULL ORDER BY id",
    "SELECT printf('claim %d came in as ''%s'', which claimlog does not know', id, origin) \
     FROM claims WHERE origin NOT IN ('add', 'import', 'correct') ORDER BY id",
    "SELECT printf('claim %d has a lower bound (%g) above its upper bound (%g)', id, low, high) \
     FROM claims WHERE low IS NOT NULL AND high IS NOT NULL AND low > high ORDER BY id",
    "SELECT printf('claim %d is a date claim without its resolved days', id) \
     FROM claims WHERE kind = 'date' AND (date_low IS NULL OR date_high IS NULL) ORDER BY id",
    "SELECT printf('claim %d has kind %s but its metric %s is a %s', c.id, c.kind, m.name, m.kind) \
     FROM claims c JOIN metrics m ON m.id = c.metric_id WHERE c.kind <> m.kind ORDER BY c.id",
    "SELECT printf('claim %d has an empty global id', id) FROM claims WHERE gid = '' ORDER BY id",
    "SELECT printf('claim %d is active but names ''%s'' as the claim that replaced it', id, superseded_by) \
     FROM claims WHERE status = 'active' AND superseded_by IS NOT NULL ORDER BY id",
];

/// SQLite's integrity check, each line but "ok" a problem.
fn integrity_problems(conn: &Connection, problems: &mut Vec<String>) -> Result<()> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    for row in rows {
        let row = row?;
        if row != "ok" {
            problems.push(format!("SQLite integrity check: {row}"));
        }
    }
    Ok(())
}

/// SQLite's foreign key check, each dangling reference a problem.
fn foreign_key_problems(conn: &Connection, problems: &mut Vec<String>) -> Result<()> {
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<i64>>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (table, rowid, parent) = row?;
        let rowid = rowid.map_or("a row".into(), |id| format!("row {id}"));
        problems.push(format!(
            "{table} {rowid} refers to a missing row of {parent}"
        ));
    }
    Ok(())
}

/// Schema objects missing, changed or extra compared with a fresh database.
fn schema_problems(live: &SchemaObjects, expected: &SchemaObjects, problems: &mut Vec<String>) {
    for ((kind, name), sql) in expected {
        match live.get(&(kind.clone(), name.clone())) {
            None => problems.push(format!("{kind} {name} is missing")),
            Some(found) if found != sql => {
                problems.push(format!("{kind} {name} differs from schema.sql"))
            }
            Some(_) => {}
        }
    }
    for (kind, name) in live.keys() {
        if !expected.contains_key(&(kind.clone(), name.clone())) {
            problems.push(format!("{kind} {name} is not part of claimlog's schema"));
        }
    }
}

/// The row count of each table in `TABLES` that exists.
fn table_counts(conn: &Connection, live: &SchemaObjects) -> Result<Vec<(String, i64)>> {
    let mut counts = Vec::new();
    for table in TABLES {
        if live.contains_key(&("table".to_string(), table.to_string())) {
            let n: i64 =
                conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            counts.push((table.to_string(), n));
        }
    }
    Ok(counts)
}

/// Breaches of claimlog's own rules, supersede cycles last.
fn invariant_problems(conn: &Connection, problems: &mut Vec<String>) -> Result<()> {
    for sql in INVARIANTS {
        problems_of(conn, sql, problems)?;
    }
    let cycles = format!(
        "SELECT printf('claim %d is superseded in a cycle: its corrections lead back to it', id) \
         FROM claims WHERE gid IN ({SUPERSEDE_CYCLES}) ORDER BY id"
    );
    problems_of(conn, &cycles, problems)?;
    Ok(())
}

impl Store {
    /// Every check claimlog knows, reading only. A damaged file that SQLite
    /// cannot even read is an error; anything else is a problem in the list.
    pub(crate) fn check_sqlite(&self) -> Result<Health> {
        let conn = self.conn("check")?;
        let mut problems = Vec::new();
        // One read transaction, so every count describes the same moment
        // even while other processes write.
        conn.execute_batch("BEGIN DEFERRED")?;
        let result = self.check_inside(&mut problems);
        let _ = conn.execute_batch("COMMIT");
        let (schema_version, counts) = result?;
        Ok(Health {
            problems,
            schema_version,
            counts,
        })
    }

    fn check_inside(&self, problems: &mut Vec<String>) -> Result<(i64, Vec<(String, i64)>)> {
        let conn = self.conn("check")?;
        integrity_problems(conn, problems)?;
        foreign_key_problems(conn, problems)?;
        let version = self.header_problems(problems)?;
        let live = schema_objects(conn)?;
        let fresh = Store::open_in_memory()?;
        let expected = schema_objects(fresh.conn("check")?)?;
        schema_problems(&live, &expected, problems);
        let counts = table_counts(conn, &live)?;
        // The invariants read columns a damaged schema may lack; they only
        // run on tables shaped as schema.sql says.
        let shaped = |t: &str| {
            let key = ("table".to_string(), t.to_string());
            live.contains_key(&key) && live.get(&key) == expected.get(&key)
        };
        if ["claims", "claim_history", "metrics"]
            .iter()
            .all(|t| shaped(t))
        {
            invariant_problems(conn, problems)?;
        }
        Ok((version, counts))
    }

    /// The header's application id and schema version, each a problem when
    /// not claimlog's; gives the version found.
    fn header_problems(&self, problems: &mut Vec<String>) -> Result<i64> {
        let (app_id, version, _) = self.header()?;
        if app_id != APPLICATION_ID {
            problems.push(format!(
                "the file's application id is {app_id:#x}, not claimlog's {APPLICATION_ID:#x}"
            ));
        }
        if version != SCHEMA_VERSION {
            problems.push(format!(
                "schema version {version}, but this claimlog writes {SCHEMA_VERSION} \
                 (the next write command upgrades it)"
            ));
        }
        Ok(version)
    }

    /// Copies the database to `dest` (which must not exist) with SQLite's
    /// online backup, `pages` pages per step with `pause` between steps so
    /// other processes keep writing. The copy is a snapshot: one read
    /// transaction is held on this database throughout, so in WAL mode
    /// writers go on and the backup never restarts. The copy is left in WAL
    /// mode like the original, and checked before this returns.
    pub(crate) fn backup_sqlite(
        &self,
        dest: &Path,
        pages: i32,
        pause: Duration,
    ) -> Result<BackupReport> {
        let conn = self.conn("backup")?;
        conn.execute_batch("BEGIN DEFERRED")?;
        let copied = (|| -> Result<i64> {
            // A first read starts the snapshot the backup then copies.
            conn.query_row("SELECT count(*) FROM claims", [], |r| r.get::<_, i64>(0))?;
            let mut target = Connection::open_with_flags(
                dest,
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_CREATE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            let backup = Backup::new(conn, &mut target)?;
            // More, Busy and Locked all mean: wait a little and go on.
            while backup.step(pages)? != StepResult::Done {
                std::thread::sleep(pause);
            }
            let total = backup.progress().pagecount as i64;
            drop(backup);
            target.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
            Ok(total)
        })();
        let _ = conn.execute_batch("COMMIT");
        let pages = copied?;

        let copy = Store::open_to_check(dest)?;
        let health = copy.check()?;
        drop(copy);
        if !health.ok() {
            return Err(StoreError::Invalid(format!(
                "the copy failed its check: {}",
                health.problems.join("; ")
            )));
        }
        let bytes = std::fs::metadata(dest).map(|m| m.len()).unwrap_or(0);
        Ok(BackupReport {
            claims: health.count("claims"),
            events: health.count("events"),
            pages,
            bytes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_is_healthy() {
        let health = crate::store::two_claims_for_test().check().unwrap();
        assert!(health.ok(), "{:?}", health.problems);
        assert_eq!(health.count("claims"), 2);
        assert_eq!(health.count("events"), 1);
        assert_eq!(health.schema_version, SCHEMA_VERSION);
    }

    #[test]
    fn broken_invariants_are_named_in_plain_words() {
        let store = crate::store::two_claims_for_test();
        store.execute_for_test(
            "UPDATE claims SET status = 'superseded', superseded_by = 'x' WHERE id = 1;
             UPDATE claims SET status = 'retracted', retracted_at = NULL WHERE id = 2;
             INSERT INTO claims (gid, event_id, metric_id, kind, value, low, high, as_of, as_of_ts, recorded_at, origin)
                 SELECT 'g3', event_id, metric_id, kind, '9', 9, 3, as_of, as_of_ts, recorded_at, 'paste' FROM claims WHERE id = 1;",
        );
        let problems = store.check().unwrap().problems;
        assert_eq!(
            problems,
            vec![
                "claim 1 is superseded by 'x', which does not exist",
                "claim 2 is retracted but has no retraction date",
                "claim 3 came in as 'paste', which claimlog does not know",
                "claim 3 has a lower bound (9) above its upper bound (3)",
            ]
        );
    }

    #[test]
    fn supersede_cycles_and_active_corrections_are_named() {
        let store = crate::store::two_claims_for_test();
        store.execute_for_test(
            "UPDATE claims SET status = 'superseded', superseded_by = (SELECT gid FROM claims WHERE id = 2) WHERE id = 1;
             UPDATE claims SET status = 'superseded', superseded_by = (SELECT gid FROM claims WHERE id = 1) WHERE id = 2;
             INSERT INTO claims (gid, event_id, metric_id, kind, value, low, high, as_of, as_of_ts, recorded_at, origin, superseded_by)
                 SELECT 'g3', event_id, metric_id, kind, '9', 9, 9, as_of, as_of_ts, recorded_at, 'import', gid FROM claims WHERE id = 1;",
        );
        let problems = store.check().unwrap().problems;
        assert_eq!(
            problems,
            vec![
                "claim 3 is active but names 'g3' as the claim that replaced it"
                    .replace("g3", &store.find_claim("1").unwrap().id),
                "claim 1 is superseded in a cycle: its corrections lead back to it".to_string(),
                "claim 2 is superseded in a cycle: its corrections lead back to it".to_string(),
            ]
        );
    }

    #[test]
    fn schema_drift_and_foreign_keys_are_reported() {
        let store = crate::store::two_claims_for_test();
        store.execute_for_test(
            "DROP INDEX claims_by_scope;
             CREATE TABLE scratch (x);
             PRAGMA foreign_keys = OFF;
             INSERT INTO source_aliases (key, alias, source_id) VALUES ('ghost', 'ghost', 999);
             PRAGMA user_version = 0;",
        );
        let problems = store.check().unwrap().problems;
        assert!(
            problems.iter().any(|p| p.starts_with("source_aliases row ")
                && p.ends_with("refers to a missing row of sources")),
            "{problems:?}"
        );
        assert!(problems.contains(&"index claims_by_scope is missing".into()));
        assert!(problems.contains(&"table scratch is not part of claimlog's schema".into()));
        assert!(problems.iter().any(|p| p.starts_with("schema version 0")));
    }

    #[test]
    fn the_origin_check_knows_every_origin() {
        // The SQL spells the words out; this keeps it in step with `Origin`.
        let words: Vec<String> = crate::store::Origin::ALL
            .iter()
            .map(|o| format!("'{o}'"))
            .collect();
        let list = format!("origin NOT IN ({})", words.join(", "));
        assert!(INVARIANTS.iter().any(|q| q.contains(&list)), "{list}");
    }

    #[test]
    fn comments_and_an_added_columns_spacing_do_not_count_as_schema_drift() {
        assert_eq!(
            normalise_sql("CREATE TABLE t (\n  a INT\n, b INT)"),
            normalise_sql("CREATE TABLE t (\n  a INT, -- the a\n  b INT\n)")
        );
    }

    #[test]
    fn comments_do_not_count_as_schema_drift() {
        assert_eq!(
            normalise_sql("CREATE TABLE t (\n  a INT, -- the a\n  b INT\n)"),
            "CREATE TABLE t (a INT, b INT)"
        );
    }
}
