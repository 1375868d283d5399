//! Keeping a database healthy: what `check` finds and what `backup`
//! wrote, whichever backend holds the log (each backend's own checks live
//! in its module).

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
