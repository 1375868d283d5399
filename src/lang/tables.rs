//! The tables one language fills: the [`Language`] struct and the types
//! of its fields, kept apart from `Lang` and the list of languages so
//! each file stays readable. Words are written folded, as the text
//! layer's tokenizer hands them over.

use super::entry_tables::Entry;
use super::extraction::Extraction;
use chrono::Weekday;

/// Everything the parsers know about one language.
pub struct Language {
    /// ISO 639-1 code, as stored on claims (`en`).
    pub code: &'static str,
    /// Other names `--lang` accepts, lower case (`english`).
    pub names: &'static [&'static str],
    pub numbers: Numbers,
    pub counts: Counts,
    pub dates: Dates,
    pub entry: Entry,
    pub extraction: Extraction,
    pub guess: Guess,
    /// Elided heads (`l'`, `qu'`): they mark the language, and a qualifier
    /// drops them (`d'Almaty` → `almaty`).
    pub elisions: &'static [&'static str],
    /// Built-in metric words: (metric name, words naming it), written as
    /// users type them (accents kept).
    pub metrics: &'static [(&'static str, &'static [&'static str])],
    pub persons: Persons,
}

/// How a claimant's name says it is a person, not a body (ClaimReview
/// types an author as a `Person` or an `Organization`).
pub struct Persons {
    /// Titles a person's name may open with (`president`, `dr`, `m`,
    /// `porte-parole`), written folded, without a final dot.
    pub titles: &'static [&'static str],
    /// Words that, ending a name, make it a body's even after a title
    /// (`President's Office`, `porte-parole du gouvernement`).
    pub bodies: &'static [&'static str],
    /// People who speak for the story without a name (`officials`,
    /// `witnesses`), folded: with a title or a body, they may end a
    /// subject that has no comma before its verb ("12 died police said").
    pub speakers: &'static [&'static str],
}

/// How numbers are written: digits and number words.
pub struct Numbers {
    /// Characters that group thousands (`8,000`, `8 000`).
    pub group_separators: &'static [char],
    /// Characters that mark decimals (`2.5`, `26,5`).
    pub decimal_separators: &'static [char],
    /// Group separators also read as a decimal mark when they did not
    /// group the number (`1.5 million` in French).
    pub decimal_unless_grouping: &'static [char],
    /// Suffixes glued to a numeral that make it an ordinal (`26th`, `1er`).
    pub ordinal_suffixes: &'static [&'static str],
    /// Suffixes glued to a numeral that make it a time (`10pm`).
    pub clock_suffixes: &'static [&'static str],
    /// Letters that, glued with up to two digits, make an hour (`10h30`).
    pub hour_marks: &'static [&'static str],
    /// Words after a numeral that make it a time (`10 o'clock`), as phrases.
    pub clock_phrases: &'static [&'static str],
    /// Words after which a year is a year, not a count (`in 2022`).
    pub year_words: &'static [&'static str],
    /// Number words below twenty, with their value (`une` is a row too).
    pub small: &'static [(&'static str, u32)],
    /// A small number joined to a following one that adds to it:
    /// (base, lowest unit, highest unit), French `dix-sept`.
    pub small_compounds: &'static [(u32, u32, u32)],
    /// Tens words, longest phrase first.
    pub tens: &'static [Tens],
    /// The word joining tens and one (`vingt et un`), and the units it may
    /// bring: (unit word, tens it needs or 0 for any, value added).
    pub tens_and: Option<(&'static str, &'static [TensUnit])>,
    /// Words for a hundred (`hundred`, `cent`, `cents`).
    pub hundreds: &'static [&'static str],
    /// Whether a hundred word alone is a hundred (French `cent`).
    pub bare_hundred: bool,
    /// A word joining hundreds and the rest (`a hundred and twelve`).
    pub hundred_and: Option<&'static str>,
    /// Articles standing for one before a hundred or a scale (`a million`).
    pub one_articles: &'static [&'static str],
    /// Scale words and their value (`thousand`, `millions`).
    pub scales: &'static [(&'static str, f64)],
    /// Scale words that are a number alone (French `mille`).
    pub bare_scales: &'static [&'static str],
    /// The word joining a scale and the rest (`two thousand and five`).
    pub scale_and: Option<ScaleAnd>,
    /// Words for one that, alone, are usually an article or a pronoun.
    pub one_words: &'static [&'static str],
    /// When a lone one-word in running text is a figure; `None`: never.
    pub lone_one: Option<LoneOne>,
    /// Number words that are also adjectives after a noun (French `neuf`).
    pub homographs: &'static [Homograph],
    /// Fractions of a scale and fractions added to a number (`half a
    /// million`, `a quarter of a million`, `un million et demi`).
    pub fractions: Fractions,
    /// Letters that multiply a numeral, as written (case kept): glued
    /// (`10k`, `1.2M`) or after a space (`2.33 k`, `1,2 M`).
    pub magnitudes: &'static [(&'static str, f64)],
    /// The word that reads the digits after it as decimals (`two point
    /// five million`, `deux virgule cinq millions`).
    pub decimal_words: &'static [&'static str],
    /// Whether a scale word may multiply a larger one after it (`mille
    /// millions` is a billion).
    pub stacked_scales: bool,
}

/// How fractions are said, as phrases (tokens separated by spaces), with
/// their value.
pub struct Fractions {
    /// Before a scale word: `half a million`, `un demi-million`.
    pub before_scale: &'static [(&'static str, f64)],
    /// Between a number and its scale: `one and a half million`.
    pub before_scale_after_number: &'static [(&'static str, f64)],
    /// After a scale word: `un million et demi`.
    pub after_scale: &'static [(&'static str, f64)],
}

/// A tens word or phrase (`quatre vingt`), and how far units run after it.
pub struct Tens {
    pub words: &'static [&'static str],
    pub value: u32,
    /// The highest unit added after it (19 for `soixante-dix-neuf`).
    pub max_unit: u32,
    /// Whether the tens-and word (`et un`) may follow it.
    pub takes_and: bool,
}

/// A unit after the tens-and word: (unit word, tens it needs or 0 for
/// any, value added).
pub type TensUnit = (&'static str, u32, u32);

/// The word joining a scale to the rest of a number.
pub struct ScaleAnd {
    pub word: &'static str,
    /// The words that may follow it; empty: any number below a thousand
    /// that does not end on a scale of its own.
    pub only: &'static [&'static str],
}

/// Words around a lone `one` that make it a pronoun (`no one`, `one of`).
pub struct LoneOne {
    pub not_after: &'static [&'static str],
    pub not_before: &'static [&'static str],
}

/// A number word that is also an adjective following its noun: read as
/// the adjective after `determiner noun` or after `nothing link`.
pub struct Homograph {
    pub word: &'static str,
    pub determiners: &'static [&'static str],
    /// Words before it that are not nouns.
    pub function_words: &'static [&'static str],
    pub nothing: &'static [&'static str],
    pub nothing_link: &'static str,
}

/// How a bound sets a count's ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Between,
    Approx,
}

/// Counts beyond plain numbers: bounds, ranges, approximations, vague words.
pub struct Counts {
    /// Bound and approximation phrases, tokens separated by spaces
    /// (`approx .`, `jusqu ' a`).
    pub bounds: &'static [(&'static str, Bound)],
    /// The word between the ends of `between 20 and 30`.
    pub between_and: &'static str,
    /// Words between the ends of a range (`20 to 30`).
    pub range_words: &'static [&'static str],
    /// Hedges that join two figures after a comma too (`8, maybe 9 dead`,
    /// `12, voire 15 morts`): either figure.
    pub hedged_range_words: &'static [&'static str],
    /// Words (or phrases, folded) after which `N to M` is a move, not a
    /// range ("the toll had risen from two to five", "le bilan passe de 22
    /// à 25": two figures).
    pub range_not_after: &'static [&'static str],
    /// The word that may follow a noun count (`hundreds of`).
    pub noun_of: &'static str,
    /// Words of the phrases above that may be elided before a vowel:
    /// (word, elided form), `de` and `d'`.
    pub elided_words: &'static [(&'static str, &'static str)],
    /// Approximate noun phrases and their value (`a dozen`).
    pub approx_phrases: &'static [(&'static str, f64)],
    /// Articles before an approximate noun (`une dizaine`).
    pub approx_articles: &'static [&'static str],
    /// Adjectives between such an article and its noun (`une petite
    /// centaine`): still about the noun's value.
    pub approx_adjectives: &'static [&'static str],
    pub approx_nouns: &'static [(&'static str, f64)],
    /// Phrases multiplying a noun count (`of thousands`).
    pub multipliers: &'static [(&'static str, f64)],
    pub vague: Vague,
    /// Bound phrases after the number (`500 or more`, `500 ou plus`).
    pub bounds_after: &'static [(&'static str, Bound)],
    /// Bounds that after an article are adjectives (`the top 10
    /// officials`, `the past 24 hours`), not bounds.
    pub adjective_bounds: &'static [&'static str],
    /// Bound phrases that say how a toll moved after one of `moved_by`
    /// ("toll revised up to 61" is 61, not at most 61).
    pub moved_bounds: &'static [&'static str],
    pub moved_by: &'static [&'static str],
    /// Nouns a number multiplies into an approximate count (`two dozen`,
    /// `deux douzaines`, `trois centaines`).
    pub counted_nouns: &'static [(&'static str, f64)],
}

/// Vague quantities (`dozens`, `several hundred`, `des milliers`).
pub struct Vague {
    /// (plural, singular or "", low, high).
    pub nouns: &'static [(&'static str, &'static str, f64, f64)],
    /// Plural nouns that are a count only with a multiplier (`tens of
    /// thousands`): (word, low, high).
    pub multiplied_only: &'static [(&'static str, f64, f64)],
    /// Quantifiers, as phrases (`a few`); alone they mean `few`.
    pub quantifiers: &'static [&'static str],
    /// Articles before a plural noun (`des milliers`); alone, nothing.
    pub articles: &'static [&'static str],
    /// The interval of a quantifier alone.
    pub few: (f64, f64),
    /// Plural nouns desks write in digits (`100s`), as (written, noun).
    pub written_plurals: &'static [(&'static str, &'static str)],
    /// Phrases that say how many digits a count has (`a double-digit
    /// toll`): (phrase, low, high). They count people only beside a word
    /// of `digit_tolls`, right after them or right before them (`toll in
    /// double figures`): `double-digit inflation` counts no one.
    pub digit_phrases: &'static [(&'static str, f64, f64)],
    pub digit_tolls: &'static [&'static str],
    /// Words between a toll word and a digit phrase after it (`in`).
    pub digit_links: &'static [&'static str],
}

/// How dates are named.
pub struct Dates {
    pub months: &'static [Month],
    /// Whether month names are read beside numbers only when capitalised
    /// (English "may" and "march" are verbs too).
    pub months_need_capital: bool,
    /// Whether the month may come before the day (`January 6`).
    pub month_first: bool,
    /// Weekday names, read in text of any language.
    pub weekdays: &'static [(&'static str, Weekday)],
    /// Weekday abbreviations, read only in this language's text: several
    /// are ordinary words in another (`mon`, `mer`, `sun`).
    pub weekday_abbrevs: &'static [(&'static str, Weekday)],
    /// Suffixes glued to a day number (`6th`, `1er`; `1ʳᵉ` folds to `re`).
    pub day_suffixes: &'static [&'static str],
    /// Words for a day number (`premier`).
    pub day_words: &'static [(&'static str, u32)],
    /// The word between a day and its month (`6th of January`).
    pub day_of: &'static [&'static str],
    /// Words after which a month is just a month (`in January 6 people`).
    pub month_only_after: &'static [&'static str],
    /// Month names that are verbs too: lower case, they need a year.
    pub verb_months: &'static [&'static str],
    /// Words after which such a month is the verb (`5 may still be
    /// trapped`, `3 may have died`): after a day, the month is no date.
    pub verb_month_followers: &'static [&'static str],
    /// Words before a date or weekday that belong to it (`on`, `le`).
    pub date_prepositions: &'static [&'static str],
    /// Articles before a day number (`the 6th of January`).
    pub day_articles: &'static [&'static str],
    /// Articles before the ends of a span (`du 5 au 7`, `between the 5th`).
    pub span_articles: &'static [&'static str],
    /// `this` before a weekday, and what may follow it to set the tense.
    pub this: &'static [&'static str],
    pub this_past: &'static [&'static str],
    pub this_future: &'static [&'static str],
    /// Words before a weekday that set its tense (`last`, `next`).
    pub last: &'static [&'static str],
    pub next: &'static [&'static str],
    /// Words after a weekday that set its tense (`dernier`; a word with
    /// accents is matched with its accents, `passé`).
    pub past_after_weekday: &'static [&'static str],
    pub future_after_weekday: &'static [&'static str],
    /// Days named relative to the day said, as phrases, with their offset:
    /// words joined by a space, a hyphen (or a space) or an apostrophe.
    pub relative_days: &'static [(&'static str, i64)],
    /// Phrases after a day and month that name its year from the
    /// reference's (`15 April last year` is -1, `l'an prochain` +1),
    /// folded.
    pub relative_years: &'static [(&'static str, i32)],
    /// Days counted back from the day said: `3 days ago`, `il y a une
    /// semaine`.
    pub days_ago: DaysAgo,
    /// Words opening a span (`between`, `du`).
    pub span_openers: &'static [&'static str],
    /// Words joining a span's ends, as phrases (`to`, `à`, `jusqu'au`).
    pub span_connectors: &'static [&'static str],
    pub tense: Tense,
}

/// How the tense of a fragment is read, for resolving weekdays.
///
/// The first `future` rule naming a word decides; else the future ending.
/// For the past: `past` rules (an `IsNot` rule only rules a word out,
/// an `Is` rule decides), the compound tense, past words, the `ago`
/// phrase, past endings.
pub struct Tense {
    /// Before a weekday, setting its tense (`last Thursday`).
    pub past_before_weekday: &'static [&'static str],
    pub future_before_weekday: &'static [&'static str],
    /// Words that give `last`/`next` a time to qualify (`next week`).
    pub time_words: &'static [&'static str],
    pub future: &'static [Rule],
    pub future_ending: Ending,
    /// Forms of `to be` before a future participle (`is expected to`).
    pub be: &'static [&'static str],
    pub be_adverbs: &'static [&'static str],
    /// Clitics between a modal and its infinitive (`va se rendre`).
    pub clitics: &'static [&'static str],
    pub infinitive_endings: &'static [&'static str],
    pub past: &'static [Rule],
    pub compound: Compound,
    /// Past forms (`said`, `dernier`), whatever surrounds them.
    pub past_words: &'static [&'static str],
    /// `il y a trois jours`.
    pub ago: Option<Ago>,
    pub past_ending: Ending,
}

/// A tense rule on some words: the cue that must surround them.
pub struct Rule {
    pub words: &'static [&'static str],
    pub cue: Cue,
    pub verdict: Verdict,
}

/// What a rule says when its cue is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The word marks the tense exactly when the cue is there.
    Is,
    /// With the cue, the word does not mark it (`so called`, `won't`);
    /// without it, the later rules read the word.
    IsNot,
}

/// What surrounds a rule's word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Always,
    /// Right after an apostrophe (`'ll`).
    AfterApostrophe,
    /// Before an apostrophe and this word (`won't`).
    BeforeApostrophe(&'static str),
    /// Before one of these words (`going to`).
    Before(&'static [&'static str]),
    /// After one of these words (`est prévu`, `so called`).
    After(&'static [&'static str]),
    /// After this word and an apostrophe (`d'ici`, `l'est`).
    AfterElided(&'static str),
    /// Before a time word, weekday or month (`next week`).
    BeforeTimeWord,
    /// After a form of `to be` (`is expected`).
    AfterBe,
    /// Before an infinitive, past a few clitics (`va se rendre`).
    BeforeInfinitive,
}

/// Whole words and word endings that mark a tense, on words that do not
/// begin with a capital (unless `capitals`).
pub struct Ending {
    /// Whole words that mark it (`sera`).
    pub words: &'static [&'static str],
    /// Endings and the shortest word they count on (bytes folded; chars
    /// when `in_chars`).
    pub endings: &'static [(&'static str, usize)],
    pub in_chars: bool,
    /// Endings matched with accents kept (`èrent`), and shortest word.
    pub accented_endings: &'static [(&'static str, usize)],
    /// Endings that cancel the others (`rait` is a conditional).
    pub blockers: &'static [&'static str],
    pub exceptions: &'static [&'static str],
    pub capitals: bool,
    /// Whether the word must come after a form of `to be` (`is arriving`).
    pub after_be: bool,
}

/// A compound tense: an auxiliary, a few fillers, a participle.
pub struct Compound {
    pub auxiliaries: &'static [&'static str],
    /// Whether auxiliaries are matched with accents kept (`a` is not `à`).
    pub accents_kept: bool,
    pub fillers: &'static [&'static str],
    pub max_fillers: usize,
    pub participle: Participle,
}

/// What a participle looks like. Named participles and accented endings
/// count whatever the case; plain endings only on a word without a
/// capital, unless `capitals`.
pub struct Participle {
    pub words: &'static [&'static str],
    pub accented_endings: &'static [&'static str],
    /// Endings, on words of at least `min_len` bytes (folded).
    pub endings: &'static [&'static str],
    pub min_len: usize,
    pub exceptions: &'static [&'static str],
    pub capitals: bool,
}

/// How a language counts days back (`two weeks ago`, `il y a 3 jours`):
/// the phrase before or after the count, folded, and each unit with its
/// days. Months and years are no number of days, so they name no day.
pub struct DaysAgo {
    pub before: &'static [&'static str],
    pub after: &'static [&'static str],
    pub units: &'static [(&'static str, i64)],
}

/// `il y a trois jours`: a phrase, then a unit within a few words.
pub struct Ago {
    pub phrase: &'static [&'static str],
    pub units: &'static [&'static str],
    pub within: usize,
}

/// A month name or abbreviation.
pub struct Month {
    pub word: &'static str,
    pub month: u32,
    /// An abbreviation, which may take a dot (`Jan.`).
    pub abbrev: bool,
    /// Read only with its dot (French `sept.`, since `sept` is seven).
    pub needs_dot: bool,
}

impl Month {
    pub const fn full(word: &'static str, month: u32) -> Month {
        Month {
            word,
            month,
            abbrev: false,
            needs_dot: false,
        }
    }

    pub const fn abbr(word: &'static str, month: u32) -> Month {
        Month {
            abbrev: true,
            ..Month::full(word, month)
        }
    }

    pub const fn dotted(word: &'static str, month: u32) -> Month {
        Month {
            needs_dot: true,
            ..Month::abbr(word, month)
        }
    }
}

/// Clues for the language guess.
pub struct Guess {
    /// Common words, written as in running text (accents kept).
    pub words: &'static [&'static str],
    /// Letters that mark the language.
    pub letters: &'static str,
}
