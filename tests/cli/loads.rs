//! Streamed loads: an import's rows go in by batches (PostgreSQL's COPY)
//! and a load as big as the table builds its indexes and checks its keys
//! once at the end. Whatever the path, a row whose id the file repeated or
//! the table had is skipped and counted as already there, the others get
//! local numbers in file order, and `check` passes afterwards (indexes,
//! unique ids and foreign keys are back). Runs on both backends.

use crate::bulk::HEADER;
use crate::workdir::Workdir;

/// A CSV of death tolls with the given ids, in order, in the work directory.
fn csv_of(w: &Workdir, name: &str, ids: &[String]) -> String {
    let mut text = format!("{HEADER}\n");
    for (i, id) in ids.iter().enumerate() {
        text.push_str(&format!(
            "{id},kz,deaths,,,{},,,,,2022-01-{:02},,,AFP {},Ministry {},,,,,,\n",
            i + 1,
            i % 28 + 1,
            i % 5,
            i % 3
        ));
    }
    let path = w.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

/// Imports a file; what it said on stderr (the tally).
fn import(w: &Workdir, path: &str) -> String {
    let out = w.cmd(&["import", path]).output().expect("run");
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{said}");
    said
}

fn ids(prefix: &str, range: std::ops::Range<usize>) -> Vec<String> {
    range.map(|i| format!("{prefix}{i}")).collect()
}

/// The global ids of every claim, in local-number order, and the numbers.
fn stored(w: &Workdir) -> (Vec<String>, Vec<i64>) {
    let list = w.json(&["list", "--deleted"]);
    let mut rows: Vec<(i64, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["number"].as_i64().unwrap(),
                c["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    rows.sort();
    (
        rows.iter().map(|r| r.1.clone()).collect(),
        rows.iter().map(|r| r.0).collect(),
    )
}

#[test]
fn a_load_as_big_as_the_table_skips_repeated_and_known_ids() {
    let w = Workdir::new();
    let first = csv_of(&w, "first.csv", &ids("a", 0..3));
    w.ok(&["import", &first]);
    // Bigger than the table: its indexes and keys are rebuilt at the end.
    let mut rows = vec!["a1".to_string()];
    rows.extend(ids("b", 0..60));
    rows.push("b7".into());
    rows.push("a2".into());
    let second = csv_of(&w, "second.csv", &rows);
    let said = import(&w, &second);
    assert!(said.contains("imported 60 claims"), "{said}");
    assert!(said.contains("(3 already there)"), "{said}");
    let (gids, numbers) = stored(&w);
    let mut expected = ids("a", 0..3);
    expected.extend(ids("b", 0..60));
    assert_eq!(gids, expected);
    assert_eq!(numbers, (1..=63).collect::<Vec<i64>>());
    let check = w.ok(&["check"]);
    assert!(check.starts_with("ok: 63 claims"), "{check}");
    // The unique index on ids is back: the same file again adds nothing.
    let again = import(&w, &second);
    assert!(again.contains("imported 0 claims"), "{again}");
    assert_eq!(w.count(), 63);
}

#[test]
fn a_small_load_into_a_bigger_table_asks_the_table_for_its_ids() {
    let w = Workdir::new();
    let big = csv_of(&w, "big.csv", &ids("a", 0..400));
    w.ok(&["import", &big]);
    let rows: Vec<String> = ["a5", "n1", "a399", "n1", "n2"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let small = csv_of(&w, "small.csv", &rows);
    let said = import(&w, &small);
    assert!(said.contains("imported 2 claims"), "{said}");
    assert!(said.contains("(3 already there)"), "{said}");
    let (gids, numbers) = stored(&w);
    assert_eq!(&gids[400..], ["n1", "n2"]);
    assert_eq!(numbers.last(), Some(&402));
    assert!(w.ok(&["check"]).starts_with("ok: 402 claims"));
}

#[test]
fn a_failed_big_load_leaves_indexes_keys_and_claims_as_they_were() {
    let w = Workdir::new();
    let first = csv_of(&w, "first.csv", &ids("a", 0..3));
    w.ok(&["import", &first]);
    let mut text = std::fs::read_to_string(csv_of(&w, "bad.csv", &ids("b", 0..50))).unwrap();
    text.push_str(",kz,deaths,,,not a figure,,,,,2022-01-09,,,AFP,,,,,,,\n");
    let bad = w.dir.path().join("bad.csv");
    std::fs::write(&bad, text).unwrap();
    let said = w.fails(&["import", bad.to_str().unwrap()], 1);
    assert!(said.contains("bad.csv:52"), "{said}");
    assert_eq!(w.count(), 3);
    assert!(w.ok(&["check"]).starts_with("ok: 3 claims"));
}

#[test]
fn a_first_load_bigger_than_a_batch_skips_a_repeat_across_batches() {
    let w = Workdir::new();
    // More rows than one batch (20,000), so batches go on while others
    // are sent; the id of row 6 comes again at row 30,001.
    let mut rows = ids("r", 0..45_000);
    rows.insert(30_000, "r5".into());
    let file = csv_of(&w, "first.csv", &rows);
    let said = import(&w, &file);
    assert!(said.contains("imported 45000 claims"), "{said}");
    assert!(said.contains("(1 already there)"), "{said}");
    let (gids, numbers) = stored(&w);
    assert_eq!(gids.len(), 45_000);
    assert_eq!((gids[0].as_str(), gids[44_999].as_str()), ("r0", "r44999"));
    assert_eq!(numbers.last(), Some(&45_000));
    assert!(w.ok(&["check"]).starts_with("ok: 45000 claims"));
}

#[test]
fn a_role_that_does_not_own_the_tables_can_still_load_in_bulk() {
    let w = Workdir::new();
    if !w.on_postgres() {
        eprintln!("about roles of a PostgreSQL server; nothing to try on SQLite");
        return;
    }
    w.ok(&["event", "add", "kz"]);
    let db = w.db().to_string_lossy().into_owned();
    let database = db.rsplit('/').next().unwrap().to_string();
    let role = format!("desk_{database}");
    w.sql(&format!(
        "CREATE ROLE {role} LOGIN PASSWORD 'desk-pass'; \
         GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}; \
         GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}; \
         GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {role}"
    ));
    let (_, host) = db.split_once('@').unwrap();
    let as_desk = format!("postgres://{role}@{host}");
    let file = csv_of(&w, "wire.csv", &ids("d", 0..500));
    let out = w
        .cmd(&["import", &file])
        .env("CLAIMLOG_DB", &as_desk)
        .env("PGPASSWORD", "desk-pass")
        .output()
        .expect("run");
    let said = String::from_utf8_lossy(&out.stderr);
    w.sql(&format!(
        "REASSIGN OWNED BY {role} TO CURRENT_USER; DROP OWNED BY {role}; DROP ROLE {role}"
    ));
    assert!(out.status.success(), "{said}");
    assert!(said.contains("imported 500 claims"), "{said}");
    assert!(w.ok(&["check"]).starts_with("ok: 500 claims"));
}
