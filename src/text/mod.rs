//! The text layer: what every parser and every field shares about
//! characters. `fields` says which characters each field may hold and how
//! others are shown; `words` holds the one case folder, the one
//! word-boundary test and the character classes (apostrophes, hyphens,
//! dashes, combining accents) the parsers cut words with.

mod fields;
pub mod words;

pub use fields::*;
