//! Parsing what people type and what articles say: values, dates, quick
//! entry, the metric lexicon and the language guess. All pure code.

pub mod date;
pub mod entry;
pub mod lang;
pub mod lexicon;
pub mod typos;
pub mod value;

/// The one case folder lives in the text layer; re-exported for callers
/// that name it here.
pub use crate::text::words::fold_case;
