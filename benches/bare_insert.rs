//! The floor for `claimlog import`: the same rows inserted into claimlog's
//! own schema by a bare prepared-statement loop in one transaction, with no
//! value parsing, no validation and no name resolution beyond a hash map.
//! `bench/bench.py scale` runs it beside the real import and sqlite3's shell.
//!
//!     cargo bench --bench bare_insert -- claims.csv bare.db

use rusqlite::{Connection, params};
use std::collections::HashMap;

fn main() {
    let args: Vec<String> = std::env::args().filter(|a| a != "--bench").collect();
    let (Some(csv_path), Some(db_path)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: bare_insert CSV DB");
        std::process::exit(2);
    };
    let _ = std::fs::remove_file(db_path);
    let conn = Connection::open(db_path).expect("open");
    conn.execute_batch(claimlog::store::SCHEMA).expect("schema");
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA cache_size = -65536;")
        .expect("pragmas");
    conn.execute_batch("BEGIN").expect("begin");
    let mut ids: HashMap<(u8, String), i64> = HashMap::new();
    let mut id_of = |conn: &Connection, table: u8, name: &str| -> i64 {
        if let Some(id) = ids.get(&(table, name.to_string())) {
            return *id;
        }
        let sql = match table {
            0 => "INSERT INTO events (slug, created_at) VALUES (?1, '')",
            1 => "INSERT INTO metrics (name, kind) VALUES (?1, 'count')",
            2 => "INSERT INTO sources (name, created_at) VALUES (?1, '')",
            _ => "INSERT INTO claimants (name, created_at) VALUES (?1, '')",
        };
        conn.execute(sql, [name]).expect("name");
        let id = conn.last_insert_rowid();
        ids.insert((table, name.to_string()), id);
        id
    };
    let mut reader = csv::Reader::from_path(csv_path).expect("csv");
    let mut record = csv::StringRecord::new();
    let mut insert = conn
        .prepare(
            "INSERT INTO claims (gid, event_id, metric_id, qualifier, kind, value, low, high, \
             approx, as_of, as_of_ts, said_at, recorded_at, source_id, claimant_id, lang, status) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        )
        .expect("prepare");
    let mut rows = 0u64;
    while reader.read_record(&mut record).expect("row") {
        let field = |i: usize| record.get(i).unwrap_or("");
        let event = id_of(&conn, 0, field(1));
        let metric = id_of(&conn, 1, field(2));
        let source = id_of(&conn, 2, field(13));
        let claimant = if field(14).is_empty() {
            None
        } else {
            Some(id_of(&conn, 3, field(14)))
        };
        let number = |s: &str| s.parse::<f64>().ok();
        insert
            .execute(params![
                field(0),
                event,
                metric,
                field(3),
                field(4),
                field(5),
                number(field(6)),
                number(field(7)),
                field(8) == "true",
                field(10),
                rows as i64,
                field(11),
                "2026-01-01T00:00:00Z",
                source,
                claimant,
                field(17),
                "active",
            ])
            .expect("insert");
        rows += 1;
    }
    drop(insert);
    conn.execute_batch("COMMIT").expect("commit");
    println!("bare insert loop: {rows} rows");
}
