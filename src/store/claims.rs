//! Claims and their append-only history: the filter, order and history
//! types here; reading claims in `read`, writing them in `write`.

use crate::domain::{Kind, Status, When};
use chrono::{DateTime, Utc};
use std::collections::HashMap;

mod read;
#[cfg(test)]
mod tests;
mod write;

/// Which claims `list` and the reports read.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub event: Option<String>,
    pub metric: Option<String>,
    pub qualifier: Option<String>,
    pub source: Option<String>,
    pub claimant: Option<String>,
    pub status: Option<Status>,
    /// as_of on or after this moment, compared by `When::on_or_after`: a
    /// bare day is each claim's own calendar day.
    pub from: Option<When>,
    /// as_of on or before this moment (`When::on_or_before`; a day counts
    /// whole).
    pub to: Option<When>,
    pub include_deleted: bool,
    pub limit: Option<usize>,
}

/// Ids of names already looked up, kept for the length of one write.
#[derive(Debug, Default)]
pub struct Interner {
    events: HashMap<String, i64>,
    metrics: HashMap<String, (i64, Kind)>,
    sources: HashMap<String, i64>,
    claimants: HashMap<String, i64>,
    /// Create events that do not exist yet (import does; add must not).
    pub create_events: bool,
    /// Events created along the way.
    pub created_events: Vec<String>,
    /// The last recorded_at written, formatted (an import's rows share it).
    recorded: Option<(DateTime<Utc>, String)>,
}

impl Interner {
    /// An interner for imports, which create the events they name.
    pub fn creating_events() -> Interner {
        Interner {
            create_events: true,
            ..Interner::default()
        }
    }
}

/// The order claims are read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Oldest as_of first (reports, lists).
    AsOf,
    /// As recorded (exports, so a re-import keeps the numbers).
    Number,
}

/// One line of a claim's history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HistoryEntry {
    pub at: String,
    /// The word as stored: an `Origin`'s for the first line, an `Action`'s
    /// after it. Text, not the enums: a file another build wrote (or a
    /// damaged one, which `check` names) may hold a word this one does not
    /// know, and `show` still shows it.
    pub action: String,
    pub detail: String,
}
