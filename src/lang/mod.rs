//! The languages claimlog reads, each described by one table of words.
//!
//! Every language is one file (`en.rs`, `fr.rs`) holding a [`Language`]
//! constant; its quick-entry words (`en_entry.rs`, `en_bases.rs`), its
//! extraction words (`en_extraction.rs`) and its tense words
//! (`en_tense.rs`) sit beside it. The parsers take that description and
//! hold no word of any language. Every table is a struct field (the types
//! are in `tables.rs`), so a language that forgets one does not compile.
//! Words are written folded: lower case without accents, as the text
//! layer's tokenizer hands them over.
//!
//! Adding a language: write its file, add one line to [`ALL`], and give it
//! spec files under `tests/spec/<code>/`.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

pub mod en;
mod en_bases;
mod en_entry;
mod en_extraction;
mod en_tense;
mod entry_tables;
mod extraction;
pub mod fr;
mod fr_bases;
mod fr_entry;
mod fr_extraction;
mod fr_metric_words;
mod fr_persons;
mod fr_tense;
mod tables;

pub use entry_tables::{Basis, BasisQualifier, Entry};
pub use extraction::Extraction;
pub use tables::*;

/// Every language, in the order ties are broken (the language guess picks
/// the first of equally likely ones).
pub const ALL: &[Lang] = &[Lang(&en::ENGLISH), Lang(&fr::FRENCH)];

/// English, for callers that need one language when nothing names it.
pub const EN: Lang = ALL[0];
/// French.
pub const FR: Lang = ALL[1];
/// The language assumed when a stored claim names none that is known.
pub const DEFAULT: Lang = EN;

/// News agencies, by the names desks type after or around a figure
/// (`9 dead — Xinhua`, `22 morts (Reuters)`, `police tell AFP`): who
/// passes a figure on, never who is counted. Proper names, the same in
/// every language, folded to lower case.
pub const NEWS_AGENCIES: &[&str] = &[
    "afp",
    "ap",
    "reuters",
    "xinhua",
    "tass",
    "ria",
    "interfax",
    "anadolu",
    "efe",
    "ansa",
    "dpa",
    "belga",
    "kyodo",
    "yonhap",
    "pti",
    "irna",
    "wafa",
    "bernama",
    "antara",
    "ukrinform",
    "unian",
    "qna",
    "upi",
    // Broadcasters desks name the same way ("police told CNN 19 hurt").
    "bbc",
    "cnn",
    "nhk",
    "rfi",
    "franceinfo",
    "bfmtv",
    "ians",
];

/// Whether `word` (lower case) names a news agency.
pub fn is_news_agency(word: &str) -> bool {
    NEWS_AGENCIES.contains(&word)
}

/// Whether `word` (lower case) is a stopword of any language: what a
/// qualifier drops whatever language its text is in.
pub fn is_stopword(word: &str) -> bool {
    ALL.iter().any(|l| l.entry.stopwords.contains(&word))
}

/// Whether `word` (lower case) is a verb giving a count in any language
/// (`confirmed`, `signalent`).
pub fn is_reporting_verb(word: &str) -> bool {
    ALL.iter().any(|l| l.entry.reporting_verbs.contains(&word))
}

/// Whether `word` (lower case) is a metric word of any language (`dead`,
/// `blessés`).
pub fn is_metric_word(word: &str) -> bool {
    ALL.iter()
        .flat_map(|l| l.metrics.iter())
        .any(|(_, words)| words.contains(&word))
}

/// Whether a lower-cased word is a word of a quick-entry basis phrase of
/// any language (`hospital`, `garde`, `recovered`).
pub fn is_basis_word(word: &str) -> bool {
    ALL.iter().flat_map(|l| l.entry.bases).any(|b| {
        b.all_of.iter().flat_map(|g| g.iter()).any(|p| {
            p.split_whitespace()
                .any(|pw| crate::text::words::fold_case(pw) == word)
        })
    })
}

/// A language, as the rest of the program passes it around: a cheap
/// handle on its [`Language`] description, compared by code.
#[derive(Clone, Copy)]
pub struct Lang(&'static Language);

impl Lang {
    pub fn code(self) -> &'static str {
        self.0.code
    }

    /// Looks a language up by code or name (`fr`, `french`, `français`).
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        ALL.iter()
            .copied()
            .find(|l| l.code == code || l.names.contains(&code.as_str()))
    }

    pub fn language(self) -> &'static Language {
        self.0
    }
}

impl Deref for Lang {
    type Target = Language;
    fn deref(&self) -> &Language {
        self.0
    }
}

impl PartialEq for Lang {
    fn eq(&self, other: &Lang) -> bool {
        self.0.code == other.0.code
    }
}

impl Eq for Lang {}

impl Hash for Lang {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.code.hash(state);
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.code)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_found_by_code_and_name() {
        assert_eq!(Lang::from_code(" FR "), Some(FR));
        assert_eq!(Lang::from_code("english"), Some(EN));
        assert_eq!(Lang::from_code("français"), Some(FR));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(FR.to_string(), "fr");
    }

    /// An empty table compiles: these are the ones no language can do
    /// without.
    #[test]
    fn every_language_names_its_numbers_months_and_weekdays() {
        for lang in ALL {
            let n = &lang.numbers;
            assert!((0..=9).all(|v| n.small.iter().any(|s| s.1 == v)), "{lang}");
            assert!(
                (1..=12).all(|m| lang.dates.months.iter().any(|x| x.month == m)),
                "{lang}"
            );
            assert_eq!(lang.dates.weekdays.len(), 7, "{lang}");
            assert!(
                !lang.counts.bounds.is_empty() && !lang.guess.words.is_empty(),
                "{lang}"
            );
            assert!(!lang.extraction.speech_verbs.is_empty(), "{lang}");
        }
    }

    #[test]
    fn codes_are_unique() {
        for (i, a) in ALL.iter().enumerate() {
            assert!(ALL[i + 1..].iter().all(|b| b.code != a.code), "{a}");
        }
    }
}
