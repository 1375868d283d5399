//! The text layer: what every parser and every field shares about
//! characters. `fields` says which characters each field may hold and how
//! others are shown; `tokens` is the one tokenizer every parser reads
//! (words, numbers, punctuation, with byte spans); `words` holds the one
//! accent and case folder, the one word-boundary test and the character
//! classes (apostrophes, hyphens, dashes, combining accents).

mod fields;
pub mod tokens;
pub mod words;

pub use fields::*;
