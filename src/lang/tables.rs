//! The tables one language fills: the [`Language`] struct and the types
//! of its fields, kept apart from `Lang` and the list of languages so
//! each file stays readable. Words are written folded, as the text
//! layer's tokenizer hands them over.

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
    /// The word that may follow a noun count (`hundreds of`).
    pub noun_of: &'static str,
    /// Words of the phrases above that may be elided before a vowel:
    /// (word, elided form), `de` and `d'`.
    pub elided_words: &'static [(&'static str, &'static str)],
    /// Approximate noun phrases and their value (`a dozen`).
    pub approx_phrases: &'static [(&'static str, f64)],
    /// Articles before an approximate noun (`une dizaine`).
    pub approx_articles: &'static [&'static str],
    pub approx_nouns: &'static [(&'static str, f64)],
    /// Phrases multiplying a noun count (`of thousands`).
    pub multipliers: &'static [(&'static str, f64)],
    pub vague: Vague,
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
    /// Whether a quantifier takes a singular (`several hundred`) or a
    /// plural (`quelques milliers`) noun.
    pub quantified_singular: bool,
    /// Articles before a plural noun (`des milliers`); alone, nothing.
    pub articles: &'static [&'static str],
    /// The interval of a quantifier alone.
    pub few: (f64, f64),
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

/// Words quick entry cuts and qualifies fragments with.
pub struct Entry {
    /// Words that cut an entry into fragments, as a comma does (`and`).
    pub joiners: &'static [&'static str],
    /// Words a qualifier drops (as typed: lower case, accents kept): how
    /// tolls move (`rose`, `s'élève`), articles, pronouns, auxiliaries.
    pub stopwords: &'static [&'static str],
    /// Words that start an attribution or a breakdown (`selon`,
    /// `including`): after the figure they end its qualifier.
    pub qualifier_ends: &'static [&'static str],
    /// Text that marks a breakdown of the figure before (`of them`,
    /// `dont`): such a fragment borrows that figure's metric.
    pub breakdown_markers: &'static [&'static str],
}

/// Words `extract` reads articles with. Except the verbs of saying, they
/// are read in text of any language: articles mix them.
pub struct Extraction {
    /// Verbs of saying, as written (accents kept). Participles take their
    /// auxiliary into the span when it is there ("a annoncé").
    pub speech_verbs: &'static [&'static str],
    /// Verbs of saying that may put the claimant after them, after a comma.
    pub inverting_verbs: &'static [&'static str],
    /// Auxiliaries a verb of saying takes into its span (`has said`).
    pub auxiliaries: &'static [&'static str],
    /// Auxiliaries that let a verb open an inversion (`a indiqué X`).
    pub inverting_auxiliaries: &'static [&'static str],
    /// Words before a verb of saying that make it passive (`was said`).
    pub passive_markers: &'static [&'static str],
    /// Phrases that put the claimant after them (`according to`).
    pub claimant_openers: &'static [&'static str],
    /// Words opening a clause that gives another voice (`although`).
    pub contrasts: &'static [&'static str],
    /// Words opening a clause (`that`, `tandis que`).
    pub clause_openers: &'static [&'static str],
    /// Elided clause openers (`qu'`).
    pub elided_clause_openers: &'static [&'static str],
    /// Words before a subject that are not part of it (`and`, `puis`).
    pub subject_openers: &'static [&'static str],
    /// Words that cannot end a claimant (`Officials have since said`).
    pub subject_tail: &'static [&'static str],
    pub articles: &'static [&'static str],
    /// Elided articles (`l'`).
    pub elided_articles: &'static [&'static str],
    pub possessives: &'static [&'static str],
    /// Pronouns standing for the claimant before.
    pub pronouns: &'static [&'static str],
    /// Phrases naming the claimant before (`same source`), and whole names
    /// that do (`source`).
    pub same_source: &'static [&'static str],
    pub source_words: &'static [&'static str],
    /// A head and a linking word: `ministère X` is one name unless `de`
    /// follows the head.
    pub single_name_heads: &'static [(&'static str, &'static str)],
    /// Words skipped before a claimant after its verb (`said on Friday`).
    pub claimant_skips: &'static [&'static str],
    /// Words that end the search for a claimant after a verb (`that`).
    pub complementizers: &'static [&'static str],
    /// Words after which an inverted claimant stops (`lors`, `during`).
    pub claimant_stops: &'static [&'static str],
    /// Days named relative to the article (`yesterday`), besides weekdays.
    pub named_days: &'static [&'static str],
    /// Forms of `be` and `have` that make a phrase a clause, not a role.
    pub be_have: &'static [&'static str],
    /// Words that open a clause comparing with the claim before
    /// (`up from`, `contre`): the same scope, so the same qualifier.
    pub comparisons: &'static [&'static str],
    /// Words that open a breakdown of the claim before (`dont`, `of whom`).
    pub breakdowns: &'static [&'static str],
    /// Words that say nothing about who is counted.
    pub qualifier_noise: &'static [&'static str],
    /// Units after a figure that make it no count (`years`, `km`, `%`).
    pub units: &'static [&'static str],
    /// Words between two figures before a unit (`19 or 20 years`).
    pub figure_joiners: &'static [&'static str],
    /// Words before an age (`aged`).
    pub age_words: &'static [&'static str],
    /// Verbs before a figure that make it a lower bound (`passed 100`).
    pub above_verbs: &'static [&'static str],
    /// Words before a figure that make it approximate (`nearly`).
    pub near_words: &'static [&'static str],
    /// Words after a metric word that say who is counted (`among`).
    pub among: &'static [&'static str],
    /// Words before a past year that make a sentence background (`in 2015`).
    pub background_year_words: &'static [&'static str],
    /// Relative words that start a subject anew (`where`, `qui`).
    pub relatives: &'static [&'static str],
    /// Linking verbs that are no subject (`est`, `is`, `s'est`).
    pub linking_verbs: &'static [&'static str],
    /// Abbreviations whose dot ends no sentence (`Mr.`, `Mme.`).
    pub abbreviations: &'static [&'static str],
    /// Metric words read in articles only: (metric, words).
    pub extra_metrics: &'static [(&'static str, &'static [&'static str])],
    /// Whether a claimant named with a lower-case description before it
    /// (`ministry spokesman Farid Osei`) or a role in apposition (`the
    /// agency's head, Colonel Ravi Anand`) is logged by the name alone.
    pub name_without_role: bool,
    /// Lower-case words a name may hold (`of`, `de`): they do not end it.
    pub name_links: &'static [&'static str],
    /// Words opening a phrase that relays someone else (`citing`).
    pub citing_words: &'static [&'static str],
    /// Relative pronouns standing for the phrase before a comma (`qui`).
    pub relative_subjects: &'static [&'static str],
    /// An inverted auxiliary and its pronoun (`a-t-il` → `il`).
    pub inverted_pronouns: &'static [(&'static str, &'static str)],
    /// Words that put the addressee after a verb of saying (`à l'AFP`).
    pub addressee_markers: &'static [&'static str],
    /// Nouns naming a report, not its author (`bilan`, `figures`).
    pub report_nouns: &'static [&'static str],
    /// Words after a report noun that name its author (`par`, `of`).
    pub report_authors: &'static [&'static str],
    /// Metric words that also say who or what is counted, and the
    /// qualifier they give (`bodies` → `bodies recovered`, `centres
    /// d'accueil`, `gardes à vue`).
    pub kept_metric_words: &'static [(&'static str, &'static str)],
    /// Words beside a kept metric word that add to its qualifier, and the
    /// word they add (`repêché` → `repêchés`).
    pub basis_words: &'static [(&'static str, &'static str)],
    /// Nouns of things, not people: a figure they follow counts them
    /// (`two earthquakes`, `14 carriages`, `plusieurs résidences`).
    pub thing_nouns: &'static [&'static str],
    /// Phrases that set a sentence in an earlier event when a figure
    /// follows them (`avait fait 140 morts`), or anywhere (`last year`).
    pub background_before_figure: &'static [&'static str],
    pub background_phrases: &'static [&'static str],
    /// Phrases that set a clause's count in an earlier period (`last
    /// year`) unless they date a happening in it.
    pub background_in_clause: &'static [&'static str],
    /// Phrases that say the people counted are alive (`found alive`): the
    /// clause counts no victims.
    pub alive_phrases: &'static [&'static str],
    /// Words between a bounding verb and its figure (`dépasse désormais
    /// les 1 200`).
    pub figure_fillers: &'static [&'static str],
    /// Words a list item may open with before its figure (`all`, `soit`).
    pub list_lead_words: &'static [&'static str],
    /// Prepositions of place after a list item's figure (`in`, `dans`).
    pub place_prepositions: &'static [&'static str],
    /// Words after a metric word that give a cause, not who is counted
    /// (`death toll from the earthquakes`).
    pub cause_markers: &'static [&'static str],
    /// Openings of a partitive header (`of the`, `parmi les`).
    pub partitive_headers: &'static [&'static str],
    /// Words opening a subject of one (`a`, `one`, `un`, `le`).
    pub singular_markers: &'static [&'static str],
    /// Words opening a subject of one more (`another`, `un autre`): with
    /// no noun, it counts what the claim before counted.
    pub another_markers: &'static [&'static str],
    /// Singular forms of `be` before a metric word (`was`, `a été`).
    pub singular_verbs: &'static [&'static str],
    /// Adverbs between them and the metric word (`seriously`).
    pub singular_adverbs: &'static [&'static str],
    /// Metric words that count one by themselves: singular participles
    /// (`tué`, `blessée`) and verbs that take no object (`died`).
    pub singular_metric_words: &'static [&'static str],
    /// Active verbs whose subject did the counting (`Police arrested
    /// five`): with no attribution, that subject is the claimant.
    pub actor_verbs: &'static [&'static str],
}

/// Clues for the language guess.
pub struct Guess {
    /// Common words, written as in running text (accents kept).
    pub words: &'static [&'static str],
    /// Letters that mark the language.
    pub letters: &'static str,
}
