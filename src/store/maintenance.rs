//! Keeping a database healthy: what `check` finds and what `backup`
//! wrote, whichever backend holds the log (each backend's own checks live
//! in its module).

use super::db::Db;
use super::{Result, Store, StoreError};
use std::path::Path;
use std::time::Duration;

/// The tables `check` counts, in the order it reports them.
pub const TABLES: &[&str] = &[
    "claims",
    "claim_history",
    "events",
    "sources",
    "source_aliases",
    "claimants",
    "claimant_aliases",
    "metrics",
    "metric_aliases",
];

/// What `check` found: problems (empty when healthy) and the row count of
/// each table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    pub problems: Vec<String>,
    pub schema_version: i64,
    /// (table, rows), in `TABLES` order; a missing table is left out.
    pub counts: Vec<(String, i64)>,
}

impl Health {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }

    pub fn count(&self, table: &str) -> i64 {
        self.counts
            .iter()
            .find(|(t, _)| t == table)
            .map_or(0, |(_, n)| *n)
    }
}

/// What a finished backup holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    pub claims: i64,
    pub events: i64,
    pub pages: i64,
    pub bytes: u64,
}

/// The global ids of claims whose chain of corrections leads back to
/// themselves (A superseded by B, B by A, or longer). `UNION` drops rows
/// already walked, so the walk ends on any cycle.
pub(crate) const SUPERSEDE_CYCLES: &str = "WITH RECURSIVE walk(start, at) AS ( \
     SELECT gid, superseded_by FROM claims WHERE superseded_by IS NOT NULL \
     UNION SELECT w.start, c.superseded_by FROM walk w JOIN claims c ON c.gid = w.at \
     WHERE c.superseded_by IS NOT NULL) \
     SELECT DISTINCT start FROM walk WHERE at = start";

impl Store {
    /// Copies the whole log into a new SQLite file at `dest` (an empty file
    /// or none), checked before this returns. From SQLite, with its online
    /// backup, `pages` pages per step with `pause` between steps, so others
    /// keep writing; from PostgreSQL, by `copy_to` from one snapshot.
    pub fn backup_to(&self, dest: &Path, pages: i32, pause: Duration) -> Result<BackupReport> {
        if let Db::Sqlite(_) = &self.db {
            return self.backup_sqlite(dest, pages, pause);
        }
        let target = Store::open(dest, true)?;
        self.copy_to(&target)?;
        drop(target);
        let copy = Store::open_to_check(dest)?;
        let health = copy.check()?;
        drop(copy);
        if !health.ok() {
            return Err(StoreError::Invalid(format!(
                "the copy failed its check: {}",
                health.problems.join("; ")
            )));
        }
        Ok(BackupReport {
            claims: health.count("claims"),
            events: health.count("events"),
            pages: 0,
            bytes: std::fs::metadata(dest).map(|m| m.len()).unwrap_or(0),
        })
    }
}
