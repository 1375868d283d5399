//! The interchange record: one flat shape for CSV, JSON Lines and
//! `--format json`, with the same names as CSV columns and JSON keys.
//!
//! `record` turns a claim into a record, `writing` writes records out,
//! `records` (with `reading` for strict JSON) reads them back into
//! `fields`, and `claim` checks those fields into a claim. `display` holds
//! the short forms tables show; `claimreview` the schema.org export; `hxl`
//! the CSV with HXL hashtags humanitarian tools read.

mod claim;
pub mod claimreview;
mod display;
mod fields;
pub mod hxl;
pub mod reading;
mod record;
pub mod records;
mod writing;

pub use claim::{Lookup, claim_from_fields};
pub use display::{display_value, group_thousands};
pub use fields::{FieldError, Fields, content_id};
pub use record::{Bound, ClaimRecord, Record, Row, bounds, record_with};
pub use writing::{CsvWriter, JsonArrayWriter, JsonlWriter, records_csv};

/// The columns of the interchange record, in order. The last four carry
/// retractions and corrections so an export can be imported back whole.
pub const COLUMNS: &[&str] = &[
    "id",
    "event",
    "metric",
    "qualifier",
    "kind",
    "value",
    "low",
    "high",
    "approx",
    "unit",
    "as_of",
    "said_at",
    "published_at",
    "source",
    "claimant",
    "citing",
    "url",
    "quote",
    "lang",
    "status",
    "note",
    "tags",
    "retracted_at",
    "reason",
    "retracted_by",
    "superseded_by",
];

/// The position of a column in `COLUMNS`.
pub fn column_index(name: &str) -> Option<usize> {
    COLUMNS.iter().position(|c| *c == name)
}

/// Keys other commands print beside the record, skipped on import.
pub const IGNORED_KEYS: &[&str] = &[
    "number",
    "sentence",
    "span",
    "history",
    "deleted",
    "recorded_at",
];
