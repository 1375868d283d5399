//! Big interchange files and direct reads of a database, for the tests that
//! need volume (crash safety, backup under load).

use crate::workdir::Workdir;
use std::path::{Path, PathBuf};

/// The interchange header, every column.
pub const HEADER: &str = "id,event,metric,qualifier,kind,value,low,high,approx,unit,as_of,\
said_at,published_at,source,claimant,url,quote,lang,status,note,tags";

/// Writes `rows` death-toll claims of `event` as interchange CSV.
pub fn write_csv(path: &Path, event: &str, rows: usize) {
    let mut text = String::with_capacity(rows * 64);
    text.push_str(HEADER);
    text.push('\n');
    for i in 0..rows {
        text.push_str(&format!(
            ",{event},deaths,,,{i},,,,,2022-01-{:02},,,outlet {},claimant {},,,,,,\n",
            i % 28 + 1,
            i % 50,
            i % 7
        ));
    }
    std::fs::write(path, text).expect("write CSV");
}

/// A CSV of `rows` claims in the work directory.
pub fn csv_in(w: &Workdir, name: &str, event: &str, rows: usize) -> PathBuf {
    let path = w.dir.path().join(name);
    write_csv(&path, event, rows);
    path
}

/// `claimlog check --format json` on `db`: (ok, claims, raw output).
pub fn check(w: &Workdir, db: &Path) -> (bool, i64, serde_json::Value) {
    let out = w
        .cmd(&["check", "--format", "json"])
        .env("CLAIMLOG_DB", db)
        .output()
        .expect("run");
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        panic!(
            "check printed no JSON: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let ok = value["ok"] == true && out.status.success();
    (ok, value["counts"]["claims"].as_i64().unwrap_or(-1), value)
}
