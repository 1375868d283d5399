//! Keeping a database healthy: what `check` finds and what `backup`
//! wrote, whichever backend holds the log (each backend's own checks live
//! in its module).

use super::db::Db;
use super::{Result, Store, StoreError};
use std::collections::{HashMap, HashSet};
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

/// The ids on a cycle of `next` (each id's correction): every id is
/// walked once, so a long chain costs its length, not its square.
pub(crate) fn cycles_of(next: HashMap<String, String>) -> HashSet<String> {
    // 0: not seen; walk number n + 1: on the walk that started n-th.
    let mut walk_of: HashMap<&str, usize> = HashMap::new();
    let mut on_cycle = HashSet::new();
    for (n, start) in next.keys().enumerate() {
        let mut path = Vec::new();
        let mut at = start.as_str();
        loop {
            match walk_of.get(at) {
                Some(&w) if w == n + 1 => {
                    // Back on this walk: the path from `at` on is a cycle.
                    let from = path.iter().position(|p| *p == at).unwrap_or(0);
                    on_cycle.extend(path[from..].iter().map(|p: &&str| p.to_string()));
                    break;
                }
                Some(_) => break,
                None => {}
            }
            walk_of.insert(at, n + 1);
            path.push(at);
            match next.get(at) {
                Some(following) => at = following.as_str(),
                None => break,
            }
        }
    }
    on_cycle
}

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

#[cfg(test)]
mod cycle_tests {
    use super::cycles_of;
    use std::collections::HashMap;

    fn links(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn only_ids_on_a_cycle_are_found() {
        let found = cycles_of(links(&[("a", "b"), ("b", "a"), ("c", "a"), ("d", "e")]));
        let mut found: Vec<_> = found.into_iter().collect();
        found.sort();
        assert_eq!(found, ["a", "b"]);
        assert_eq!(cycles_of(links(&[("x", "x")])).len(), 1);
        assert!(cycles_of(links(&[("p", "q"), ("q", "r"), ("s", "q")])).is_empty());
    }

    #[test]
    fn a_long_chain_into_a_loop_is_walked_once() {
        let mut pairs: Vec<(String, String)> = (0..10_000)
            .map(|i| (format!("c{i}"), format!("c{}", i + 1)))
            .collect();
        pairs.push(("c10000".into(), "c9998".into()));
        let found = cycles_of(pairs.into_iter().collect());
        let mut found: Vec<_> = found.into_iter().collect();
        found.sort();
        assert_eq!(found, ["c10000", "c9998", "c9999"]);
    }
}
