//! The metric lexicon: which words name which metric, per language.
//!
//! The built-in English/French words seed every new database; users add
//! their own with `metric add NAME --alias WORD…`. Matching is on whole
//! words, case-insensitively, longest alias first, so `broke out` wins over
//! a shorter alias inside it.

use crate::domain::Kind;
use crate::lang::{ALL, Lang};
use crate::parse::typos;
use crate::text::words::is_word_boundary;
use std::ops::Range;

/// One word (or phrase) that names a metric.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    pub word: String,
    /// `en`, `fr`, or empty for any language.
    pub lang: String,
    pub metric: String,
    pub kind: Kind,
}

/// The built-in metrics and their kind; their words are in each
/// language's table (`Language::metrics`).
pub const BUILTIN: &[(&str, Kind)] = &[
    ("deaths", Kind::Count),
    ("injured", Kind::Count),
    ("detained", Kind::Count),
    ("displaced", Kind::Count),
    ("missing", Kind::Count),
    ("arrival", Kind::Date),
    ("start", Kind::Date),
];

/// The built-in lexicon as aliases: per metric, each language's words in
/// the order of `lang::ALL`.
pub fn builtin_aliases() -> Vec<Alias> {
    let mut out = Vec::new();
    for &(metric, kind) in BUILTIN {
        for lang in ALL {
            let words = lang.metrics.iter().filter(|m| m.0 == metric);
            for word in words.flat_map(|m| m.1.iter()) {
                out.push(Alias {
                    word: (*word).to_string(),
                    lang: lang.code().to_string(),
                    metric: metric.to_string(),
                    kind,
                });
            }
        }
    }
    out
}

/// A set of aliases to match fragments against.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Sorted longest word first, so phrases win over their parts.
    aliases: Vec<Alias>,
    /// Whether a metric word typed a letter wrong is known (quick entry:
    /// `missng`); extraction reads edited copy and takes words as written.
    exact: bool,
    /// Each alias's word in lower case, ready to search for: made once,
    /// not per fragment (a searcher set up per alias and fragment was a
    /// fifth of `extract`'s time).
    needles: Vec<memchr::memmem::Finder<'static>>,
}

/// A metric word found in a fragment.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricMatch {
    pub metric: String,
    pub kind: Kind,
    pub span: Range<usize>,
}

impl Lexicon {
    pub fn new(mut aliases: Vec<Alias>) -> Lexicon {
        aliases.sort_by(|a, b| {
            b.word
                .chars()
                .count()
                .cmp(&a.word.chars().count())
                .then_with(|| a.word.cmp(&b.word))
        });
        let needles = aliases
            .iter()
            .map(|a| memchr::memmem::Finder::new(&a.word.to_lowercase()).into_owned())
            .collect();
        Lexicon {
            aliases,
            needles,
            exact: false,
        }
    }

    /// The lexicon with words taken only as written.
    pub fn exact(mut self) -> Lexicon {
        self.exact = true;
        self
    }

    /// Whether words are taken only as written (extraction).
    pub fn is_exact(&self) -> bool {
        self.exact
    }

    pub fn builtin() -> Lexicon {
        Lexicon::new(builtin_aliases())
    }

    /// The kind of a metric named in the lexicon, if any.
    pub fn kind_of(&self, metric: &str) -> Option<Kind> {
        self.aliases
            .iter()
            .find(|a| a.metric.eq_ignore_ascii_case(metric))
            .map(|a| a.kind)
    }

    /// The first metric word in `text` (leftmost; at one position the longest
    /// alias). Aliases of the fragment's language come first, then aliases
    /// of every language (a user's word added without `--lang`); aliases of
    /// another language match only when neither does, as articles mix them.
    pub fn find(&self, text: &str, lang: Lang) -> Option<MetricMatch> {
        // Offsets in the folded text are offsets in `text`.
        let haystack = crate::parse::fold_case(text);
        let mut best: Option<(usize, u8, usize, &Alias)> = None;
        for (alias, finder) in self.aliases.iter().zip(&self.needles) {
            let len = finder.needle().len();
            let preferred = if alias.lang == lang.code() {
                2
            } else if alias.lang.is_empty() {
                1
            } else {
                0
            };
            for at in finder.find_iter(haystack.as_bytes()) {
                let end = at + len;
                // "near-drownings": a word glued before by a hyphen that
                // says it did not happen makes another word of it.
                let prefixed = haystack[..at].strip_suffix('-').is_some_and(|head| {
                    let word = head
                        .rsplit(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                    ALL.iter().any(|l| l.entry.not_prefixes.contains(&word))
                });
                // "12†": a symbol may be glued to its figure ("Selka†" is
                // a name).
                let symbol = !haystack[at..end].contains(char::is_alphanumeric)
                    && !haystack[..at].ends_with(char::is_alphabetic);
                if !(symbol || is_word_boundary(&haystack, at, end)) || prefixed {
                    continue;
                }
                let better = match best {
                    None => true,
                    Some((b_at, b_pref, b_len, _)) => {
                        preferred > b_pref
                            || (preferred == b_pref && (at < b_at || (at == b_at && len > b_len)))
                    }
                };
                if better {
                    best = Some((at, preferred, len, alias));
                }
                break;
            }
        }
        if let Some((at, _, len, alias)) = best {
            return Some(MetricMatch {
                metric: alias.metric.clone(),
                kind: alias.kind,
                span: at..at + len,
            });
        }
        if self.exact {
            return None;
        }
        self.near_miss(text, &haystack, lang)
    }

    /// The first word of `folded` that is a metric word of `lang` typed a
    /// letter wrong (`missng`, `deplacés`), when it is no word the tables
    /// know otherwise (`rounded up` is no `wounded`) and names one metric.
    fn near_miss(&self, text: &str, folded: &str, lang: Lang) -> Option<MetricMatch> {
        let words = crate::text::tokens::words_joined_by(folded, |c| c == '-');
        // A line typed in capitals ("24 MORTS ET 60 BLESSES") names no one
        // by its capitals.
        let shouted = !text.chars().any(char::is_lowercase);
        for run in words {
            let typed = &folded[run.clone()];
            // A capitalised word is a name ("Megan"), not a typo.
            let named = text[run.clone()].starts_with(char::is_uppercase) && !shouted;
            if known_word(typed) || named {
                continue;
            }
            // A day metric wants a day; a name is no typo.
            let mut meant = self.aliases.iter().filter(|a| {
                a.lang == lang.code()
                    && a.kind == Kind::Count
                    && !a.word.contains(' ')
                    && typos::near_miss(typed, &a.word)
            });
            let Some(first) = meant.next() else { continue };
            if meant.any(|a| a.metric != first.metric) {
                return None;
            }
            return Some(MetricMatch {
                metric: first.metric.clone(),
                kind: first.kind,
                span: run,
            });
        }
        None
    }
}

/// Whether a folded word is one the language tables know as something
/// other than a metric word: a stop word, a word of a basis, of people no
/// metric counts, of a thing, or of an attribution.
pub(crate) fn known_word(word: &str) -> bool {
    crate::lang::is_stopword(word)
        || crate::lang::is_basis_word(word)
        || ALL.iter().any(|l| {
            l.entry.unmeasured.contains(&word)
                || l.entry.qualifier_ends.contains(&word)
                || l.extraction.thing_nouns.contains(&word)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{EN, FR};

    #[test]
    fn every_language_names_only_builtin_metrics() {
        for lang in ALL {
            for (metric, _) in lang.metrics {
                assert!(BUILTIN.iter().any(|b| b.0 == *metric), "{lang}: {metric}");
            }
        }
    }

    #[test]
    fn finds_english_and_french_words() {
        let lex = Lexicon::builtin();
        let m = lex.find("26 armed criminals killed", EN).unwrap();
        assert_eq!(m.metric, "deaths");
        assert_eq!(&"26 armed criminals killed"[m.span], "killed");
        let m = lex.find("18 blessés", FR).unwrap();
        assert_eq!(m.metric, "injured");
        let m = lex.find("Des troupes sont arrivées jeudi", FR).unwrap();
        assert_eq!((m.metric.as_str(), m.kind), ("arrival", Kind::Date));
    }

    #[test]
    fn odd_case_letters_never_break_offsets() {
        let lex = Lexicon::builtin();
        for text in ["İ tués» ẞ", "İİİ 26 TUÉS", "K 12 dead Ω"] {
            if let Some(m) = lex.find(text, FR) {
                assert!(text.get(m.span.clone()).is_some(), "{text}");
            }
        }
        let m = lex.find("İ 26 TUÉS", FR).unwrap();
        assert_eq!(m.metric, "deaths");
    }

    #[test]
    fn matches_whole_words_only() {
        let lex = Lexicon::builtin();
        assert!(lex.find("a deadline passed", EN).is_none());
        assert!(lex.find("mortier", FR).is_none());
    }

    #[test]
    fn longer_phrases_win() {
        let lex = Lexicon::builtin();
        let m = lex.find("the death toll rose to 30", EN).unwrap();
        assert_eq!(&"the death toll rose to 30"[m.span], "death toll");
        let m = lex.find("protests broke out on Sunday", EN).unwrap();
        assert_eq!(m.metric, "start");
    }

    #[test]
    fn user_aliases_extend_the_lexicon() {
        let mut aliases = builtin_aliases();
        aliases.push(Alias {
            word: "homes destroyed".into(),
            lang: String::new(),
            metric: "homes".into(),
            kind: Kind::Count,
        });
        let lex = Lexicon::new(aliases);
        let m = lex.find("300 homes destroyed", EN).unwrap();
        assert_eq!(m.metric, "homes");
    }

    #[test]
    fn an_alias_belongs_to_its_language() {
        let mut aliases = builtin_aliases();
        for (word, lang, metric) in [("killed", "fr", "victims"), ("maisons", "", "homes")] {
            aliases.push(Alias {
                word: word.into(),
                lang: lang.into(),
                metric: metric.into(),
                kind: Kind::Count,
            });
        }
        aliases.push(Alias {
            word: "maisons".into(),
            lang: "en".into(),
            metric: "houses".into(),
            kind: Kind::Count,
        });
        let lex = Lexicon::new(aliases);
        let metric = |text: &str, lang| lex.find(text, lang).unwrap().metric;
        assert_eq!(metric("26 killed", EN), "deaths");
        assert_eq!(metric("26 killed", FR), "victims");
        // The fragment's language first, then every language.
        assert_eq!(metric("300 maisons", EN), "houses");
        assert_eq!(metric("300 maisons", FR), "homes");
    }

    #[test]
    fn every_builtin_word_is_found_in_its_language() {
        let lex = Lexicon::builtin();
        for alias in builtin_aliases() {
            let lang = Lang::from_code(&alias.lang).unwrap();
            let text = format!("12 {} hier", alias.word);
            let m = lex.find(&text, lang).unwrap();
            assert_eq!(m.metric, alias.metric, "{}", alias.word);
        }
    }
}
