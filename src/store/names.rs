//! Events, sources, claimants and metrics: the names claims point to.
//!
//! Sources and claimants are found through their aliases, case-insensitively
//! (`France Télévisions` and `franceinfo` can be one source); a name seen for
//! the first time creates a new one.
//!
//! Events are in `events`, sources and claimants in `parties`, metrics and
//! their words in `metrics`; the checks and lookups they share are here.

use super::{Result, StoreError};
use crate::domain::Kind;

mod events;
mod merge;
mod metrics;
mod parties;
pub mod similar;

pub use merge::Merged;
pub(crate) use metrics::lexicon_seed;

/// An event with its claim count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub slug: String,
    pub title: String,
    pub note: String,
    pub created_at: String,
    pub claims: i64,
}

/// A source or claimant with its aliases and claim count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedRow {
    pub name: String,
    pub aliases: Vec<String>,
    pub claims: i64,
}

/// A metric with its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricRow {
    pub name: String,
    pub kind: Kind,
    pub builtin: bool,
    /// A running total (deaths so far): see `report::total_moved_on`.
    pub cumulative: bool,
    /// (word, lang) pairs; lang empty for any language.
    pub aliases: Vec<(String, String)>,
}

/// Which of the two alias-bearing tables a call is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    Source,
    Claimant,
}

impl Party {
    pub(in crate::store) fn table(self) -> &'static str {
        match self {
            Party::Source => "sources",
            Party::Claimant => "claimants",
        }
    }
    pub(in crate::store) fn alias_table(self) -> &'static str {
        match self {
            Party::Source => "source_aliases",
            Party::Claimant => "claimant_aliases",
        }
    }
    pub(in crate::store) fn key(self) -> &'static str {
        match self {
            Party::Source => "source_id",
            Party::Claimant => "claimant_id",
        }
    }
    pub fn noun(self) -> &'static str {
        match self {
            Party::Source => "source",
            Party::Claimant => "claimant",
        }
    }
}

/// A name and its aliases checked as names (`text::Rule::Name`).
fn names_check(
    noun: &str,
    name: &str,
    aliases: &[String],
) -> std::result::Result<(), crate::text::Refused> {
    use crate::text::{Rule, check, check_all};
    check(noun, name, Rule::Name)?;
    check_all(aliases.iter().map(|a| ("alias", a.as_str(), Rule::Name)))
}

fn refuse(checked: std::result::Result<(), crate::text::Refused>) -> Result<()> {
    checked.map_err(|e| StoreError::Invalid(e.to_string()))
}

/// The candidate most like `name` (Jaro-Winkler above `threshold`), for
/// "did you mean" hints.
pub fn closest<'a>(candidates: &'a [String], name: &str, threshold: f64) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(c, name), c))
        .filter(|(score, _)| *score > threshold)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.as_str())
}

/// How a source or claimant name is looked up: lower-cased (in every
/// script), outer spaces dropped, inner runs of spaces made one.
pub fn alias_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Event slugs are short, lower-case, and safe in file names and URLs.
pub fn validate_slug(slug: &str) -> Result<()> {
    let ok = !slug.is_empty()
        && slug.len() <= 64
        && slug.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' || c == '.'
        });
    if ok {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!(
            "'{slug}' is not an event slug: use lower-case letters, digits and '-', like 'kz-unrest-2022'"
        )))
    }
}
