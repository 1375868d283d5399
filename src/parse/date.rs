//! Dates as fact-checkers meet them: moments typed on the command line
//! (`2022-01-07`, `le 7 janvier 2022`, `yesterday`) and days named inside
//! reported claims ("troops arrived Thursday", "des troupes russes sont
//! arrivées jeudi"), resolved against the day the claim was said.
//!
//! Everything is pure: no clock is read, the reference day is passed in.
//! Text is cut into words and numbers with their byte ranges, and small
//! recognisers walk that token list, so every span handed back lies on char
//! boundaries whatever the input (accents, NBSP, emoji). Weekday and month
//! names of both English and French are recognised whatever the language;
//! the language only chooses the tense rules and whose weekday
//! abbreviations count (`mar` is Tuesday in French, `Mon` Monday in English).

use crate::domain::{DateSpan, When};
use crate::lang::{ALL, Lang, TenseGrammar};
use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, Weekday};
use std::ops::Range;

/// The tense of a fragment's verb, which decides which way a weekday points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Bare,
}

// ---------------------------------------------------------------------------
// Word lists (folded: lowercase, accents removed)
// ---------------------------------------------------------------------------

/// Suffixes glued to a day number: 1st, 2nd, 7th, 1er, 1ʳᵉ, 6e.
const ORDINALS: &[&str] = &["st", "nd", "rd", "th", "er", "re", "e", "eme"];

/// Words that give "last"/"next"/"dernier" a time to qualify.
#[rustfmt::skip]
const TIME_WORDS: &[&str] = &[
    "week", "weekend", "month", "year", "night", "time", "morning", "evening", "afternoon",
    "summer", "winter", "spring", "autumn", "fall", "semaine", "mois", "an", "annee", "fois",
    "nuit", "end", "ete", "hiver", "printemps", "automne",
];

/// Past markers: auxiliaries, irregular past forms, "ago".
#[rustfmt::skip]
const EN_PAST: &[&str] = &[
    "was", "were", "had", "did", "wasn", "weren", "hadn", "didn", "ago", "earlier", "began",
    "broke", "came", "went", "fled", "took", "fell", "left", "met", "sent", "told", "said",
    "struck", "shot", "fought", "held", "made", "saw", "gave", "ran", "rose", "won", "lost",
    "spoke", "wrote", "brought", "bought", "caught", "thought", "found", "got", "drove", "flew",
    "grew", "knew", "threw", "blew", "drew", "led", "sank", "stood", "stole", "tore", "arose",
    "became", "overran", "withdrew", "undertook", "sought", "meant", "kept", "felt", "built",
    "spent", "paid", "laid", "sold", "heard", "understood", "froze", "chose", "hid", "slid",
    "swept", "seen", "gone", "taken", "given", "fallen", "begun", "been",
];

/// Words ending in -ed that are not past verbs, or are mostly adjectives in
/// news copy ("armed men", "the United Nations").
#[rustfmt::skip]
const EN_ED_NOT_PAST: &[&str] = &[
    "need", "speed", "feed", "seed", "weed", "deed", "breed", "bleed", "creed", "greed", "heed",
    "reed", "steed", "tweed", "proceed", "succeed", "exceed", "indeed", "shed", "sled", "hundred",
    "kindred", "sacred", "naked", "wicked", "armed", "unarmed", "united", "alleged", "based",
    "masked", "unidentified", "unnamed", "limited", "advanced", "detailed", "related", "concerned",
    "interested", "supposed", "wounded", "injured", "displaced", "retired", "experienced",
    "skilled", "talented", "expected", "scheduled",
];

/// Words ending in -ing that are not verbs.
#[rustfmt::skip]
const EN_ING_NOT_VERB: &[&str] = &[
    "during", "nothing", "something", "anything", "everything", "morning", "evening", "thing",
    "king", "bring", "spring", "string", "ring", "sing", "wing", "sibling", "building", "ceiling",
    "offspring", "pudding", "darling", "willing",
];

const EN_BE_PRESENT: &[&str] = &["is", "are", "am", "re"];
#[rustfmt::skip]
const EN_ADVERBS: &[&str] = &[
    "not", "also", "now", "still", "reportedly", "already", "currently", "reported", "due",
];

/// French auxiliaries of the compound past tenses (lowercase, accents kept:
/// `a` is "has", `à` is "to").
const FR_AUX: &[&str] = &[
    "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "avais", "avions", "aviez",
    "aurait", "auraient", "eut", "eurent", "suis", "es", "est", "sommes", "êtes", "sont", "était",
    "étaient", "étais", "étions", "étiez", "serait", "seraient", "fut", "furent",
];

/// Words that may sit between an auxiliary and its participle.
#[rustfmt::skip]
const FR_FILLERS: &[&str] = &[
    "ne", "n", "pas", "plus", "jamais", "deja", "bien", "aussi", "encore", "toujours", "finalement",
    "notamment", "enfin", "y", "en", "alors", "donc", "rien", "tout", "tous", "egalement",
    "officiellement",
];

/// Participles that do not end in -é.
#[rustfmt::skip]
const FR_PARTICIPLES: &[&str] = &[
    "fait", "faite", "faits", "faites", "dit", "dite", "dits", "dites", "mort", "morte", "morts",
    "mortes", "pris", "prise", "prises", "mis", "mise", "mises", "ouvert", "ouverte", "ouverts",
    "offert", "couvert", "decouvert", "souffert", "atteint", "atteinte", "craint", "peint",
    "detruit", "detruite", "detruits", "conduit", "produit", "construit", "inscrit", "ecrit",
    "decrit", "eu", "vu", "su", "pu", "du", "lu", "cru", "recu", "recue", "recus",
];

/// Words ending like a participle (-i, -u, -is, -ue…) that are not one.
const FR_NOT_PARTICIPLES: &[&str] = &[
    "lieu", "peu", "feu", "jeu", "aussi", "ainsi", "depuis", "puis", "parmi", "ici", "lui",
    "celui", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "midi", "pays", "plus",
    "tous", "vous", "nous", "sous", "dessus", "dessous", "jus", "bus", "virus", "obus", "avenue",
    "rue", "revue", "issue", "statue", "vie", "pluie", "hui", "aujourd", "menu", "tissu", "milieu",
    "neveu", "voeu", "cheveu", "enjeu", "adieu", "dieu",
];

/// Clitics and adverbs between "va"/"doit" and an infinitive.
#[rustfmt::skip]
const FR_CLITICS: &[&str] = &[
    "se", "s", "y", "en", "le", "la", "les", "lui", "leur", "nous", "vous", "me", "m", "te", "t",
    "ne", "n", "pas", "bientot", "probablement", "egalement", "aussi", "encore", "donc", "bien",
    "finalement",
];

/// Futures too short for the ending rule.
const FR_SHORT_FUTURES: &[&str] = &[
    "sera", "seront", "serai", "seras", "serons", "serez", "aura", "auront", "aurai", "auras",
    "aurons", "aurez", "fera", "feront", "ferai", "feras", "ferons", "ferez", "ira", "iront",
    "irai", "iras", "irons", "irez",
];

/// Words with a future-tense ending that are not verbs.
#[rustfmt::skip]
const FR_NOT_FUTURES: &[&str] = &[
    "front", "affront", "extra", "ultra", "terra", "opera", "camera", "cobra", "zebra", "tiara",
    "sierra", "mantra", "cholera", "tundra", "hydra", "contra", "intra", "environs", "patrons",
    "citrons", "marrons", "larrons", "perrons", "herons", "escadrons", "ronrons",
];

/// Words ending in -ait that are not imperfect verbs.
const FR_AIT_NOT_VERBS: &[&str] = &[
    "fait", "lait", "trait", "portrait", "extrait", "attrait", "retrait", "souhait", "abstrait",
    "distrait", "parfait", "bienfait", "forfait",
];

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

/// One word or number of the text, with its byte range.
#[derive(Debug)]
struct Tok {
    start: usize,
    end: usize,
    /// Lowercase with accents kept, where they matter (`a` is not `à`).
    lower: String,
    /// Lowercase without accents: what the word lists are written in.
    fold: String,
    digits: bool,
    capital: bool,
}

fn fold_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ᵉ' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ÿ' => 'y',
        'ʳ' => 'r',
        _ => c,
    }
}

/// Splits text into runs of letters and runs of ASCII digits; everything
/// else separates them. Letters and digits split from each other so "1er"
/// and "7th" are a number with a glued suffix.
fn tokenize(text: &str) -> Vec<Tok> {
    // `ʼ` is a letter to Unicode but an apostrophe to writers.
    let class = |c: char| match c {
        '0'..='9' => Some(true),
        'ʼ' => None,
        c if c.is_alphabetic() => Some(false),
        _ => None,
    };
    let make = |start: usize, end: usize, digits: bool| {
        let raw = &text[start..end];
        let lower = raw.to_lowercase();
        Tok {
            start,
            end,
            fold: lower.chars().map(fold_char).collect(),
            lower,
            digits,
            capital: raw.chars().next().is_some_and(char::is_uppercase),
        }
    };
    let mut toks = Vec::new();
    let mut current: Option<(usize, bool)> = None;
    for (at, c) in text.char_indices() {
        let kind = class(c);
        if let Some((start, digits)) = current
            && kind != Some(digits)
        {
            toks.push(make(start, at, digits));
            current = None;
        }
        if current.is_none() {
            current = kind.map(|digits| (at, digits));
        }
    }
    if let Some((start, digits)) = current {
        toks.push(make(start, text.len(), digits));
    }
    toks
}

// ---------------------------------------------------------------------------
// Mentions
// ---------------------------------------------------------------------------

/// A month and day, with the year when one was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Partial {
    year: Option<i32>,
    month: u32,
    day: u32,
}

impl Partial {
    fn in_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
    }
}

/// A day as named in text, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mention {
    /// Days from the reference: yesterday is -1.
    Offset(i64),
    /// A weekday, with the tense its own words force ("last", "prochain").
    Weekday(Weekday, Option<Tense>),
    /// An explicit date, with the weekday written beside it if any.
    Date(Partial, Option<Weekday>),
    /// A span of days: start, end.
    Span(Partial, Partial),
}

/// One end of a span: a full date, or a bare day number borrowing its
/// month from the other end ("between 5 and 7 January").
#[derive(Debug, Clone, Copy)]
enum End {
    Full(Partial),
    Day(u32, Option<i32>),
}

/// Joins the two ends of a span, lending month and year across.
fn combine(a: End, b: End) -> Option<(Partial, Partial)> {
    match (a, b) {
        (End::Day(day, None), End::Full(p)) => Some((Partial { day, ..p }, p)),
        (End::Full(p), End::Day(day, year)) => {
            let year = p.year.or(year);
            Some((Partial { year, ..p }, Partial { year, day, ..p }))
        }
        (End::Full(a), End::Full(b)) => Some((a, b)),
        _ => None,
    }
}

/// The token list with the recognisers. Each recogniser takes a token index
/// and returns what it read and the index just past it.
struct Scan<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// Whose weekday abbreviations count (`None`: both languages').
    abbrevs: Option<Lang>,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str, abbrevs: Option<Lang>) -> Self {
        Scan {
            text,
            toks: tokenize(text),
            abbrevs,
        }
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| !t.digits)
            .map(|t| t.fold.as_str())
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&w))
    }

    /// The text between token `i - 1` and token `i`.
    fn gap(&self, i: usize) -> Option<&'a str> {
        if i == 0 || i >= self.toks.len() {
            return None;
        }
        Some(&self.text[self.toks[i - 1].end..self.toks[i].start])
    }

    /// Whether token `i` follows the previous one across white space (NBSP
    /// included), with one comma allowed when `comma`, and an abbreviation's
    /// dot first when `dot`.
    fn joined(&self, i: usize, dot: bool, comma: bool) -> bool {
        let Some(gap) = self.gap(i) else {
            return false;
        };
        let rest = if dot {
            gap.strip_prefix('.').unwrap_or(gap)
        } else {
            gap
        };
        !gap.is_empty()
            && rest.matches(',').count() <= usize::from(comma)
            && rest.chars().all(|c| c == ',' || c.is_whitespace())
    }

    fn spaced(&self, i: usize) -> bool {
        self.joined(i, false, false)
    }

    fn apostrophe(&self, i: usize) -> bool {
        matches!(self.gap(i), Some("'" | "’" | "ʼ" | "‘"))
    }

    /// A hyphen (or a space) between two halves of one word: avant-hier.
    fn hyphen(&self, i: usize) -> bool {
        matches!(self.gap(i), Some("-" | "‐" | "‑")) || self.spaced(i)
    }

    fn bytes(&self, from: usize, to: usize) -> Range<usize> {
        self.toks[from].start..self.toks[to - 1].end
    }

    /// Every mention in order, none overlapping.
    fn mentions(&self) -> impl Iterator<Item = (Mention, Range<usize>)> + '_ {
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < self.toks.len() {
                let at = i;
                if let Some((mention, end)) = self.mention_at(at) {
                    i = end;
                    return Some((mention, self.bytes(at, end)));
                }
                i += 1;
            }
            None
        })
    }

    /// The longest-form mention starting at token `i`: spans first, since
    /// they contain dates, then dates, which may contain weekdays.
    fn mention_at(&self, i: usize) -> Option<(Mention, usize)> {
        if let Some((a, b, end)) = self.span_at(i) {
            return Some((Mention::Span(a, b), end));
        }
        if let Some(found) = self.dated_at(i) {
            return Some(found);
        }
        self.relative_at(i)
            .map(|(days, end)| (Mention::Offset(days), end))
    }

    /// A day of the month: `6`, `06`, `6th`, `1er`, `premier`.
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        if !t.digits {
            return (t.fold == "premier").then_some((1, i + 1));
        }
        // Glued to a word ("F16") or the tail of a decimal or a clock time
        // ("3.6", "10:30"): not a day.
        if let Some(gap) = self.gap(i)
            && (gap.is_empty() || (self.toks[i - 1].digits && matches!(gap, "." | "," | ":")))
        {
            return None;
        }
        if t.end - t.start > 2 {
            return None;
        }
        let day: u32 = t.fold.parse().ok()?;
        if !(1..=31).contains(&day) {
            return None;
        }
        match self.gap(i + 1) {
            Some("") if self.is(i + 1, ORDINALS) => Some((day, i + 2)),
            Some("") => None,
            _ => Some((day, i + 1)),
        }
    }

    /// A month name of any language: (month, abbreviation, whether its
    /// language puts the month first, next index). The first language of
    /// `lang::ALL` naming the word decides.
    fn month_at(&self, i: usize) -> Option<(u32, bool, bool, usize)> {
        let w = self.word(i)?;
        ALL.iter().find_map(|l| {
            let m = l.dates.months.iter().find(|m| m.word == w)?;
            Some((m.month, m.abbrev, l.dates.month_first, i + 1))
        })
    }

    /// A weekday name of any language, or an abbreviation of the scan's
    /// language (of any, without one): (weekday, abbreviation, next index).
    fn weekday_at(&self, i: usize) -> Option<(Weekday, bool, usize)> {
        let w = self.word(i)?;
        let find = |days: &[(&str, Weekday)]| days.iter().find(|d| d.0 == w).map(|d| d.1);
        if let Some(day) = ALL.iter().find_map(|l| find(l.dates.weekdays)) {
            return Some((day, false, i + 1));
        }
        let day = ALL
            .iter()
            .filter(|l| self.abbrevs.is_none_or(|a| a == **l))
            .find_map(|l| find(l.dates.weekday_abbrevs))?;
        Some((day, true, i + 1))
    }

    /// A four-digit year, 1000 to 2999.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self
            .toks
            .get(i)
            .filter(|t| t.digits && t.end - t.start == 4)?;
        if self.gap(i + 1) == Some("") {
            return None;
        }
        let year: i32 = t.fold.parse().ok()?;
        (1000..=2999).contains(&year).then_some((year, i + 1))
    }

    /// An optional year after token `k - 1`.
    fn year_after(&self, k: usize, dot: bool) -> (Option<i32>, usize) {
        match self.year_at(k) {
            Some((year, end)) if self.joined(k, dot, true) => (Some(year), end),
            _ => (None, k),
        }
    }

    fn small_number(&self, i: usize) -> Option<u32> {
        let t = self
            .toks
            .get(i)
            .filter(|t| t.digits && t.end - t.start <= 2)?;
        t.fold.parse().ok()
    }

    /// `2022-01-06` or `2022/01/06`.
    fn iso_at(&self, i: usize) -> Option<(Partial, usize)> {
        let t = self
            .toks
            .get(i)
            .filter(|t| t.digits && t.end - t.start == 4)?;
        let sep = self.gap(i + 1).filter(|g| matches!(*g, "-" | "/"))?;
        if self.gap(i + 2) != Some(sep) {
            return None;
        }
        let (month, day) = (self.small_number(i + 1)?, self.small_number(i + 2)?);
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let year = Some(t.fold.parse().ok()?);
        Some((Partial { year, month, day }, i + 3))
    }

    /// `6 January`, `6th of January`, `1er janvier 2022`, `7 janv. 2022`.
    fn day_month_at(&self, i: usize) -> Option<(Partial, usize)> {
        let (day, mut j) = self.day_at(i)?;
        if self.is(j, &["of"]) && self.spaced(j) {
            j += 1;
        }
        if !self.spaced(j) {
            return None;
        }
        let (month, abbrev, _, k) = self.month_at(j)?;
        let (year, end) = self.year_after(k, abbrev);
        Some((Partial { year, month, day }, end))
    }

    /// `January 6`, `Jan. 6th, 2022`: English only.
    fn month_day_at(&self, i: usize) -> Option<(Partial, usize)> {
        // "in January 6 people died": after "in" a month is just a month.
        if i > 0 && self.is(i - 1, &["in", "en"]) {
            return None;
        }
        let (month, abbrev, english, j) = self.month_at(i)?;
        if !english || !self.joined(j, abbrev, false) {
            return None;
        }
        let (day, k) = self.day_at(j)?;
        let (year, end) = self.year_after(k, false);
        // "may" and "march" are verbs too: lowercase, they need a year.
        let t = &self.toks[i];
        if year.is_none() && !t.capital && matches!(t.fold.as_str(), "may" | "march" | "mar") {
            return None;
        }
        Some((Partial { year, month, day }, end))
    }

    fn core_at(&self, i: usize) -> Option<(Partial, usize)> {
        self.iso_at(i)
            .or_else(|| self.day_month_at(i))
            .or_else(|| self.month_day_at(i))
    }

    /// An explicit date or a weekday, with what belongs to it: a leading
    /// "on"/"le", "last"/"next"/"this", a trailing "dernier"/"prochain".
    /// A date written beside a weekday wins over it: "Thursday, January 6".
    fn dated_at(&self, i: usize) -> Option<(Mention, usize)> {
        let mut j = i;
        if self.is(j, &["on", "le"]) && self.spaced(j + 1) {
            j += 1;
        }
        if self.is(j, &["the"]) && self.spaced(j + 1) && self.day_at(j + 1).is_some() {
            j += 1;
        }
        let mut forced = None;
        let mut k = j;
        let next_spaced = |k: usize, words: &[&str]| self.is(k, words) && self.spaced(k + 1);
        if next_spaced(k, &["this", "ce"]) {
            k += 1;
            if next_spaced(k, &["past"]) {
                forced = Some(Tense::Past);
                k += 1;
            } else if next_spaced(k, &["coming"]) {
                forced = Some(Tense::Future);
                k += 1;
            }
        } else if next_spaced(k, &["last"]) {
            forced = Some(Tense::Past);
            k += 1;
        } else if next_spaced(k, &["next"]) {
            forced = Some(Tense::Future);
            k += 1;
        }
        if let Some((day, abbrev, m)) = self.weekday_at(k) {
            if self.joined(m, abbrev, true)
                && let Some((date, end)) = self.core_at(m)
            {
                return Some((Mention::Date(date, Some(day)), end));
            }
            // An abbreviation alone is too often a word ("sun", "mar").
            if !abbrev {
                let mut end = m;
                if forced.is_none() && self.spaced(m) {
                    let lower = self.toks[m].lower.as_str();
                    if self.is(m, &["dernier", "derniere"]) || matches!(lower, "passé" | "passée")
                    {
                        forced = Some(Tense::Past);
                        end += 1;
                    } else if self.is(m, &["prochain", "prochaine"]) {
                        forced = Some(Tense::Future);
                        end += 1;
                    }
                }
                return Some((Mention::Weekday(day, forced), end));
            }
        }
        if k != j {
            return None;
        }
        self.core_at(j)
            .map(|(date, end)| (Mention::Date(date, None), end))
    }

    /// Days named relative to the reference: yesterday, demain, avant-hier.
    fn relative_at(&self, i: usize) -> Option<(i64, usize)> {
        let w = self.word(i)?;
        let then = |k: usize, words: &[&str]| self.spaced(k) && self.is(k, words);
        let found = match w {
            "yesterday" | "hier" => (-1, i + 1),
            "today" | "tonight" | "aujourdhui" => (0, i + 1),
            "tomorrow" | "demain" => (1, i + 1),
            "aujourd" if self.apostrophe(i + 1) && self.is(i + 1, &["hui"]) => (0, i + 2),
            "avant" if self.hyphen(i + 1) && self.is(i + 1, &["hier"]) => (-2, i + 2),
            "apres" if self.hyphen(i + 1) && self.is(i + 1, &["demain"]) => (2, i + 2),
            "last" if then(i + 1, &["night"]) => (-1, i + 2),
            "this" if then(i + 1, &["morning", "afternoon", "evening"]) => (0, i + 2),
            "ce" if then(i + 1, &["matin", "soir"]) => (0, i + 2),
            "cet" if then(i + 1, &["apres"]) && self.hyphen(i + 2) && self.is(i + 2, &["midi"]) => {
                (0, i + 3)
            }
            "the" | "day" => {
                let d = if w == "the" { i + 1 } else { i };
                if (d == i || then(d, &["day"]))
                    && then(d + 1, &["before", "after"])
                    && then(d + 2, &["yesterday", "tomorrow"])
                {
                    let days = if self.is(d + 1, &["before"]) { -2 } else { 2 };
                    (days, d + 3)
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        Some(found)
    }

    /// One end of a span, with an optional weekday before it.
    fn end_at(&self, j: usize) -> Option<(End, usize)> {
        let j = match self.weekday_at(j) {
            Some((_, abbrev, k)) if self.joined(k, abbrev, true) => k,
            _ => j,
        };
        if let Some((date, end)) = self.core_at(j) {
            return Some((End::Full(date), end));
        }
        let (day, k) = self.day_at(j)?;
        let (year, end) = self.year_after(k, false);
        Some((End::Day(day, year), end))
    }

    /// Index of the token after a spaced "le"/"the", or `j` itself.
    fn skip_article(&self, j: usize) -> Option<usize> {
        if !self.spaced(j) {
            return None;
        }
        Some(if self.is(j, &["le", "the"]) && self.spaced(j + 1) {
            j + 1
        } else {
            j
        })
    }

    /// The word joining a span's ends: and, to, au, et, à, jusqu'au.
    fn connector_at(&self, k: usize) -> Option<usize> {
        if !self.spaced(k) {
            return None;
        }
        let w = self.word(k)?;
        if matches!(w, "and" | "to" | "through" | "till" | "until" | "au" | "et")
            || self.toks[k].lower == "à"
        {
            Some(k + 1)
        } else if w == "jusqu" && self.apostrophe(k + 1) && self.is(k + 1, &["au"]) {
            Some(k + 2)
        } else {
            None
        }
    }

    /// "between 5 and 7 January", "du 5 au 7 janvier", "5-7 January",
    /// "January 5–7, 2022".
    fn span_at(&self, i: usize) -> Option<(Partial, Partial, usize)> {
        if self.is(i, &["between", "from", "du", "entre"]) {
            let (a, k) = self.end_at(self.skip_article(i + 1)?)?;
            let m = self.skip_article(self.connector_at(k)?)?;
            let (b, end) = self.end_at(m)?;
            let (a, b) = combine(a, b)?;
            return Some((a, b, end));
        }
        let (a, k) = self.end_at(i)?;
        let gap = self.gap(k)?;
        let dash = gap.trim();
        if !matches!(dash, "-" | "–" | "—") {
            return None;
        }
        let (b, end) = self.end_at(k)?;
        // "6 janvier – 7 morts": a spaced dash before a bare number is
        // punctuation, not a span.
        if matches!(b, End::Day(..)) && dash != gap {
            return None;
        }
        let (a, b) = combine(a, b)?;
        Some((a, b, end))
    }
}

// ---------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------

fn shift(day: NaiveDate, days: i64) -> Option<NaiveDate> {
    let n = Days::new(days.unsigned_abs());
    if days >= 0 {
        day.checked_add_days(n)
    } else {
        day.checked_sub_days(n)
    }
}

fn weekday_from(day: Weekday, reference: NaiveDate, tense: Tense) -> Option<NaiveDate> {
    let ahead = i64::from(
        (7 + day.num_days_from_monday() - reference.weekday().num_days_from_monday()) % 7,
    );
    let back = (7 - ahead) % 7;
    let offset = match tense {
        Tense::Past if back == 0 => -7,
        Tense::Past => -back,
        Tense::Future if ahead == 0 => 7,
        Tense::Future => ahead,
        // back + ahead is 7 (or both are 0), so this only ties at 0.
        Tense::Bare if back <= ahead => -back,
        Tense::Bare => ahead,
    };
    shift(reference, offset)
}

/// A span's days. A missing year comes from the other end, else from the
/// reference; an end that would fall before its start rolls into the next
/// year ("du 28 décembre au 3 janvier").
fn resolve_span(a: Partial, b: Partial, reference: Option<NaiveDate>) -> Option<DateSpan> {
    let (start, end) = match (a.year, b.year) {
        (Some(x), Some(y)) => (a.in_year(x)?, b.in_year(y)?),
        (None, Some(y)) => {
            let end = b.in_year(y)?;
            let start = a.in_year(y)?;
            (
                if start > end {
                    a.in_year(y - 1)?
                } else {
                    start
                },
                end,
            )
        }
        (_, None) => {
            let x = match a.year {
                Some(x) => x,
                None => reference?.year(),
            };
            let start = a.in_year(x)?;
            let end = b.in_year(x)?;
            (start, if end < start { b.in_year(x + 1)? } else { end })
        }
    };
    (start <= end).then_some(DateSpan { start, end })
}

fn resolve(mention: Mention, reference: Option<NaiveDate>, tense: Tense) -> Option<DateSpan> {
    match mention {
        Mention::Offset(days) => shift(reference?, days).map(DateSpan::day),
        Mention::Weekday(day, forced) => {
            weekday_from(day, reference?, forced.unwrap_or(tense)).map(DateSpan::day)
        }
        Mention::Date(date, _) => {
            let year = date.year.or(reference.map(|r| r.year()))?;
            date.in_year(year).map(DateSpan::day)
        }
        Mention::Span(a, b) => resolve_span(a, b, reference),
    }
}

/// A resolved span the stored form can hold: days in the years 1 to 9999.
/// A weekday said near either end of the calendar can resolve past it
/// ("Friday", said on 0001-01-01 in the past tense, is 0000-12-29).
pub fn check_years(span: DateSpan, said: &str) -> Result<DateSpan, String> {
    match [span.start, span.end]
        .into_iter()
        .find(|d| !(1..=9999).contains(&d.year()))
    {
        Some(day) if day.format("%Y-%m-%d").to_string() == said.trim() => {
            Err(format!("'{}' is outside the years 1 to 9999", said.trim()))
        }
        Some(day) => Err(format!(
            "'{}' falls on {}, outside the years 1 to 9999",
            said.trim(),
            day.format("%Y-%m-%d")
        )),
        None => Ok(span),
    }
}

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/// ISO dates and date-times; `None` when the text is not ISO-shaped or not
/// a real moment, an error for a time without an offset.
fn parse_iso(text: &str) -> Option<Result<When, String>> {
    let (date, time) = match text.find(['T', 't', ' ']) {
        Some(at) => (&text[..at], Some(text[at + 1..].trim_start())),
        None => (text, None),
    };
    if date.is_empty() || !date.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return None;
    }
    let Some(time) = time else {
        return NaiveDate::parse_from_str(date, "%Y-%m-%d")
            .ok()
            .map(|d| Ok(When::Day(d)));
    };
    let time = match time.strip_suffix(['Z', 'z']) {
        Some(t) => format!("{t}+00:00"),
        None => time.to_string(),
    };
    let joined = format!("{date}T{time}");
    const WITH_OFFSET: [&str; 4] = [
        "%Y-%m-%dT%H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
    ];
    const WITHOUT: [&str; 2] = ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"];
    if let Some(t) = WITH_OFFSET
        .iter()
        .find_map(|f| DateTime::parse_from_str(&joined, f).ok())
    {
        return Some(Ok(When::Instant(t)));
    }
    // A clock time without an offset names no instant: 14:00 in Almaty is
    // 08:00 UTC. Taking it as UTC would file the figure hours off, and on
    // another calendar day, without a word.
    WITHOUT
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(&joined, f).ok())
        .map(|t| Err(no_offset(text, t)))
}

/// The message for a clock time without an offset.
fn no_offset(text: &str, t: NaiveDateTime) -> String {
    format!(
        "'{text}' has a time but no UTC offset; add the offset where it was said \
         ({}+06:00, or Z for UTC) or give the day alone ({})",
        t.format("%Y-%m-%dT%H:%M"),
        t.date()
    )
}

/// Parses a moment given on the command line or in a file. Accepts: ISO
/// dates `2022-01-07`; ISO date-times with an offset
/// (`2022-01-07 10:00:00+06:00`, `2022-01-07T10:00:00+06:00`, `...Z`) — a
/// time without an offset is refused, as it names no instant; `7 Jan 2022`, `7 January 2022`,
/// `January 7, 2022`, `Jan 7 2022`, `7 janvier 2022`, `le 7 janvier 2022`,
/// `1er janvier 2022`, `vendredi 7 janvier 2022`, `Friday 7 January` and
/// `vendredi 7 janvier` (no year: the year of `reference`, or an error
/// without one), and the relative words today/yesterday/tomorrow/
/// aujourd'hui/hier/demain (relative to `reference`). A date-only input
/// gives When::Day. Errors are short English messages that say what was
/// wrong, e.g. "not a date: '2022-13-45'" or "'vendredi 7 janvier' has no
/// year and there is no reference date".
///
/// A weekday written beside a date must agree with it: `samedi 7 janvier
/// 2022` is refused, since 2022-01-07 is a Friday.
pub fn parse_when(text: &str, reference: Option<NaiveDate>) -> Result<When, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("empty date".to_string());
    }
    if let Some(when) = parse_iso(text) {
        return when;
    }
    let scan = Scan::new(text, None);
    // The mention must be the whole input (a closing dot aside).
    let whole = |end: usize| {
        end == scan.toks.len()
            && scan.toks[0].start == 0
            && matches!(&text[scan.toks[end - 1].end..], "" | ".")
    };
    let Some((mention, _)) = scan.mention_at(0).filter(|&(_, end)| whole(end)) else {
        return Err(format!("not a date: '{text}'"));
    };
    match mention {
        Mention::Offset(days) => {
            let reference = reference
                .ok_or_else(|| format!("'{text}' is relative and there is no reference date"))?;
            shift(reference, days)
                .map(When::Day)
                .ok_or_else(|| format!("'{text}' falls outside the calendar"))
        }
        Mention::Date(date, weekday) => {
            let Some(year) = date.year.or(reference.map(|r| r.year())) else {
                return Err(format!(
                    "'{text}' has no year and there is no reference date"
                ));
            };
            let day = date
                .in_year(year)
                .ok_or_else(|| format!("not a date: '{text}'"))?;
            match weekday {
                Some(w) if w != day.weekday() => Err(format!(
                    "'{text}': {day} is a {}, not a {}",
                    weekday_name(day.weekday()),
                    weekday_name(w)
                )),
                _ => Ok(When::Day(day)),
            }
        }
        Mention::Weekday(..) => Err(format!(
            "'{text}' is a weekday, not a date; give the day itself, e.g. 2022-01-06"
        )),
        Mention::Span(..) => Err(format!("'{text}' is a span of days, not one date")),
    }
}

/// The tense of a fragment's verb, for resolving weekdays. Past: arrived,
/// erupted, began, broke out, was/were, died, killed, said, -ed verbs
/// generally, "last"; FR: passé composé (auxiliary avoir/être + participle:
/// "sont arrivées", "a éclaté", "ont été tués"), imparfait/plus-que-parfait
/// ("avait annoncé"), "dernier". Future: will/shall/'ll + verb, "is/are
/// arriving", "going to", "next"; FR: futur simple (-ra/-ront endings:
/// "arriveront", "arrivera"), "va/vont + infinitive", "prochain". Bare
/// otherwise.
///
/// Precedence: a modifier on a weekday itself ("last Thursday", "jeudi
/// prochain") first; then future markers, since reported speech puts the
/// future under a past verb ("a annoncé que les troupes arriveront");
/// then past markers.
pub fn tense_of(text: &str, lang: Lang) -> Tense {
    let scan = Scan::new(text, Some(lang));
    let n = scan.toks.len();
    let (future, past): (Marker, Marker) = match lang.dates.tense {
        TenseGrammar::English => (en_future_at, en_past_at),
        TenseGrammar::French => (fr_future_at, fr_past_at),
    };
    if let Some(tense) = (0..n).find_map(|i| weekday_modifier(&scan, i)) {
        return tense;
    }
    if (0..n).any(|i| future(&scan, i)) {
        Tense::Future
    } else if (0..n).any(|i| past(&scan, i)) {
        Tense::Past
    } else {
        Tense::Bare
    }
}

/// A test for a tense marker at one token.
type Marker = fn(&Scan, usize) -> bool;

/// "last Thursday", "next Friday", "jeudi dernier", "vendredi prochain".
fn weekday_modifier(s: &Scan, i: usize) -> Option<Tense> {
    if s.weekday_at(i + 1).is_some_and(|(_, abbrev, _)| !abbrev) && s.spaced(i + 1) {
        if s.is(i, &["last", "past"]) {
            return Some(Tense::Past);
        }
        if s.is(i, &["next", "coming"]) {
            return Some(Tense::Future);
        }
    }
    if s.weekday_at(i).is_some_and(|(_, abbrev, _)| !abbrev) && s.spaced(i + 1) {
        if s.is(i + 1, &["dernier", "derniere"])
            || matches!(s.toks[i + 1].lower.as_str(), "passé" | "passée")
        {
            return Some(Tense::Past);
        }
        if s.is(i + 1, &["prochain", "prochaine"]) {
            return Some(Tense::Future);
        }
    }
    None
}

fn time_word(s: &Scan, i: usize) -> bool {
    s.is(i, TIME_WORDS) || s.weekday_at(i).is_some() || s.month_at(i).is_some()
}

fn en_future_at(s: &Scan, i: usize) -> bool {
    let Some(w) = s.word(i) else {
        return false;
    };
    let be_before = |k: usize| {
        k > 0
            && (s.is(k - 1, EN_BE_PRESENT)
                || (k > 1 && s.is(k - 1, EN_ADVERBS) && s.is(k - 2, EN_BE_PRESENT)))
    };
    match w {
        "will" | "shall" | "gonna" | "upcoming" => true,
        "ll" => s.apostrophe(i),
        "won" => s.apostrophe(i + 1) && s.is(i + 1, &["t"]),
        "going" | "about" | "plans" | "plan" | "planning" => s.is(i + 1, &["to"]),
        "next" | "coming" => time_word(s, i + 1),
        "expected" | "scheduled" | "slated" | "due" | "poised" | "set" | "to" => be_before(i),
        _ => w.len() >= 5 && w.ends_with("ing") && !EN_ING_NOT_VERB.contains(&w) && be_before(i),
    }
}

fn en_past_at(s: &Scan, i: usize) -> bool {
    let t = &s.toks[i];
    if t.digits {
        return false;
    }
    let w = t.fold.as_str();
    match w {
        "won" if s.apostrophe(i + 1) && s.is(i + 1, &["t"]) => false,
        "last" | "past" => time_word(s, i + 1),
        // "so-called" is an adjective.
        "called" if i > 0 && s.is(i - 1, &["so"]) => false,
        // The present perfect: "have withdrawn", "has taken".
        "has" | "have" | "hasn" | "haven" => s.word(i + 1).is_some_and(|next| {
            EN_PAST.contains(&next)
                || (next.len() >= 4 && ["ed", "en", "wn"].iter().any(|e| next.ends_with(e)))
        }),
        _ => {
            EN_PAST.contains(&w)
                || (!t.capital && w.len() >= 4 && w.ends_with("ed") && !EN_ED_NOT_PAST.contains(&w))
        }
    }
}

/// Whether an infinitive follows token `k - 1`, past a few clitics.
fn fr_infinitive_from(s: &Scan, k: usize) -> bool {
    let mut k = k;
    for _ in 0..3 {
        if !s.is(k, FR_CLITICS) {
            break;
        }
        k += 1;
    }
    s.word(k)
        .is_some_and(|w| w.len() >= 3 && ["er", "ir", "re", "oir"].iter().any(|e| w.ends_with(e)))
}

fn fr_participle(s: &Scan, k: usize) -> bool {
    let Some(t) = s.toks.get(k).filter(|t| !t.digits) else {
        return false;
    };
    let (lower, fold) = (t.lower.as_str(), t.fold.as_str());
    ["é", "ée", "és", "ées"].iter().any(|e| lower.ends_with(e))
        || FR_PARTICIPLES.contains(&fold)
        || (!t.capital
            && fold.len() >= 4
            && ["i", "is", "ie", "ies", "u", "us", "ue", "ues"]
                .iter()
                .any(|e| fold.ends_with(e))
            && !FR_NOT_PARTICIPLES.contains(&fold))
}

fn fr_future_at(s: &Scan, i: usize) -> bool {
    let t = &s.toks[i];
    if t.digits {
        return false;
    }
    let w = t.fold.as_str();
    match w {
        "va" | "vont" | "vais" | "allons" | "allez" | "doit" | "doivent" | "devrait"
        | "devraient" | "devra" | "devront" => fr_infinitive_from(s, i + 1),
        "prochain" | "prochaine" | "prochains" | "prochaines" => true,
        // "d'ici jeudi": by Thursday.
        "ici" => i > 0 && s.is(i - 1, &["d"]) && s.apostrophe(i),
        "prevu" | "prevue" | "prevus" | "prevues" | "programme" | "programmee" | "programmes"
        | "programmees" | "attendu" | "attendue" | "attendus" | "attendues" => {
            i > 0
                && s.is(
                    i - 1,
                    &["est", "sont", "sera", "seront", "etait", "etaient"],
                )
        }
        _ => {
            !t.capital
                && (FR_SHORT_FUTURES.contains(&w)
                    || (w.chars().count() >= 5
                        && ["ra", "ront", "rai", "ras", "rons", "rez"]
                            .iter()
                            .any(|e| w.ends_with(e))
                        && !FR_NOT_FUTURES.contains(&w)))
        }
    }
}

fn fr_past_at(s: &Scan, i: usize) -> bool {
    let t = &s.toks[i];
    if t.digits {
        return false;
    }
    let (lower, w) = (t.lower.as_str(), t.fold.as_str());
    if FR_AUX.contains(&lower) {
        // "l'est", "sud-est": the compass point.
        let compass = lower == "est"
            && i > 0
            && ((s.apostrophe(i) && s.is(i - 1, &["l"])) || s.is(i - 1, &["sud", "nord"]));
        if compass {
            return false;
        }
        let mut k = i + 1;
        while s.is(k, FR_FILLERS) && k < i + 4 {
            k += 1;
        }
        return fr_participle(s, k);
    }
    match w {
        "fut" | "furent" | "eut" | "eurent" | "dernier" | "derniere" | "derniers" | "dernieres" => {
            true
        }
        // "il y a trois jours": three days ago.
        "il" => {
            s.is(i + 1, &["y"])
                && s.is(i + 2, &["a"])
                && (i + 3..i + 6).any(|k| {
                    s.is(
                        k,
                        &["jour", "jours", "semaine", "semaines", "mois", "an", "ans"],
                    )
                })
        }
        _ if t.capital => false,
        _ => {
            (lower.ends_with("èrent") && w.len() >= 6)
                || (((w.ends_with("aient") && w.len() >= 6)
                    || (w.ends_with("ait") && w.len() >= 5))
                    && !w.ends_with("rait")
                    && !w.ends_with("raient")
                    && !FR_AIT_NOT_VERBS.contains(&w))
        }
    }
}

/// Resolves a weekday against a reference date by the tense rule: Past
/// takes the latest such day strictly before the reference, Future the next
/// one strictly after it, Bare the nearest one (the reference day itself if
/// it is that weekday; a tie between 3 days back and 4 ahead is not
/// possible, but between equally distant past and future the past wins).
///
/// At the very ends of chrono's calendar, where the answer does not exist,
/// the reference itself is returned.
pub fn resolve_weekday(day: Weekday, reference: NaiveDate, tense: Tense) -> NaiveDate {
    weekday_from(day, reference, tense).unwrap_or(reference)
}

/// Finds the first day mentioned in a fragment or sentence and resolves it,
/// returning the span of days and the BYTE range of the words that named
/// it. Recognises: weekdays (en/fr, any case: Thursday, jeudi), yesterday/
/// today/tomorrow/hier/aujourd'hui/demain/avant-hier, "on Thursday", "last
/// Thursday"/"jeudi dernier" (past), "next Thursday"/"jeudi prochain"
/// (future), explicit dates ("6 January", "January 6", "Thursday, January
/// 6", "jeudi 6 janvier", "le 6 janvier 2022", "6 janvier 2022", ISO
/// "2022-01-06"), and spans "between 5 and 7 January", "from 5 to 7
/// January", "du 5 au 7 janvier", "entre le 5 et le 7 janvier" (start..end).
/// Weekdays and relative words need `reference` (return None without it);
/// explicit dates without a year take the reference's year (or, with no
/// reference, None). The tense to use is given by the caller (it calls
/// tense_of on the fragment).
///
/// Only the first mention is tried: when it cannot be resolved (no
/// reference, 31 February) the answer is None rather than a later day that
/// may belong to another event.
pub fn find_day(
    text: &str,
    lang: Lang,
    reference: Option<NaiveDate>,
    tense: Tense,
) -> Option<(DateSpan, Range<usize>)> {
    let scan = Scan::new(text, Some(lang));
    let (mention, bytes) = scan.mentions().next()?;
    Some((resolve(mention, reference, tense)?, bytes))
}

/// Every byte range in `text` that names a date (same recognisers as
/// find_day, no resolution needed), so a caller can avoid splitting
/// "Thursday, January 6" on its comma or reading "6" in "6 janvier" as a
/// count.
pub fn date_spans(text: &str, lang: Lang) -> Vec<Range<usize>> {
    Scan::new(text, Some(lang))
        .mentions()
        .map(|(_, bytes)| bytes)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{EN, FR};
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Friday 2022-01-07, the day the claims in these tests were said.
    fn friday() -> Option<NaiveDate> {
        Some(d(2022, 1, 7))
    }

    fn day(text: &str) -> When {
        parse_when(text, None).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    /// What a caller does: the fragment's tense, then its first day.
    fn resolved(text: &str, lang: Lang) -> Option<DateSpan> {
        find_day(text, lang, friday(), tense_of(text, lang)).map(|(span, _)| span)
    }

    fn one(text: &str, lang: Lang) -> NaiveDate {
        let span = resolved(text, lang).unwrap_or_else(|| panic!("no day in {text:?}"));
        assert_eq!(span.start, span.end, "{text}");
        span.start
    }

    fn named(text: &str, lang: Lang) -> &str {
        let (_, bytes) = find_day(text, lang, friday(), Tense::Bare).unwrap();
        &text[bytes]
    }

    // --- parse_when -------------------------------------------------------

    #[test]
    fn iso_dates_are_days() {
        assert_eq!(day("2022-01-07"), When::Day(d(2022, 1, 7)));
        assert_eq!(day("  2022-01-07\n"), When::Day(d(2022, 1, 7)));
        assert_eq!(day("1999-12-31"), When::Day(d(1999, 12, 31)));
    }

    #[test]
    fn iso_times_need_an_offset() {
        for text in [
            "2022-01-07T10:00:00Z",
            "2022-01-07T10:00Z",
            "2022-01-07t10:00:00z",
            "2022-01-07 10:00Z",
        ] {
            let When::Instant(t) = day(text) else {
                panic!("{text} is not an instant");
            };
            assert_eq!(t.to_rfc3339(), "2022-01-07T10:00:00+00:00", "{text}");
        }
        for text in [
            "2022-01-07T10:00",
            "2022-01-07 10:00",
            "2022-01-07T10:00:00",
            "2022-01-07 10:00:00.5",
        ] {
            let err = parse_when(text, None).unwrap_err();
            assert!(err.contains("no UTC offset"), "{text}: {err}");
            assert!(err.contains("2022-01-07T10:00+06:00"), "{text}: {err}");
        }
    }

    #[test]
    fn iso_times_keep_their_offset() {
        let when = day("2022-01-07T10:00:00+06:00");
        assert_eq!(when.to_iso(), "2022-01-07T10:00:00+06:00");
        assert_eq!(when.date(), d(2022, 1, 7));
        assert_eq!(day("2022-01-07T10:00+06:00"), when);
        assert_eq!(day("2022-01-07 10:00:00+06:00"), when);
        assert_eq!(day("2022-01-07T10:00:00+0600"), when);
        assert_eq!(
            day("2022-01-07T10:00:00.250-05:30").to_iso(),
            "2022-01-07T10:00:00.250-05:30"
        );
    }

    #[test]
    fn written_dates_in_english_and_french() {
        let jan7 = When::Day(d(2022, 1, 7));
        for text in [
            "7 Jan 2022",
            "7 Jan. 2022",
            "7 January 2022",
            "7th January 2022",
            "7th of January 2022",
            "7 January, 2022",
            "January 7, 2022",
            "January 7 2022",
            "January 7th, 2022",
            "Jan 7 2022",
            "Jan. 7, 2022",
            "jan 7 2022",
            "JANUARY 7, 2022",
            "7 janvier 2022",
            "7 janv. 2022",
            "le 7 janvier 2022",
            "Le 7 janvier 2022",
            "7\u{a0}janvier\u{a0}2022",
            "7\u{202f}janvier 2022",
            "vendredi 7 janvier 2022",
            "Vendredi 7 janvier 2022",
            "le vendredi 7 janvier 2022",
            "Friday 7 January 2022",
            "Friday, January 7, 2022",
            "Fri 7 Jan 2022",
            "ven. 7 janv. 2022",
            "on 7 January 2022",
            "7 January 2022.",
        ] {
            assert_eq!(day(text), jan7, "{text}");
        }
        assert_eq!(day("1er janvier 2022"), When::Day(d(2022, 1, 1)));
        assert_eq!(day("1ᵉʳ janvier 2022"), When::Day(d(2022, 1, 1)));
        assert_eq!(day("le premier janvier 2022"), When::Day(d(2022, 1, 1)));
        assert_eq!(day("January 1st, 2022"), When::Day(d(2022, 1, 1)));
    }

    #[test]
    fn french_month_names_with_and_without_accents() {
        let cases = [
            ("7 février 2022", d(2022, 2, 7)),
            ("7 fevrier 2022", d(2022, 2, 7)),
            ("7 FÉVRIER 2022", d(2022, 2, 7)),
            ("7 févr. 2022", d(2022, 2, 7)),
            ("15 août 2022", d(2022, 8, 15)),
            ("15 aout 2022", d(2022, 8, 15)),
            ("25 décembre 2022", d(2022, 12, 25)),
            ("25 decembre 2022", d(2022, 12, 25)),
            ("25 déc. 2022", d(2022, 12, 25)),
            ("3 avr. 2022", d(2022, 4, 3)),
            ("14 juil. 2022", d(2022, 7, 14)),
            ("11 sept. 2001", d(2001, 9, 11)),
            ("11 Sept 2001", d(2001, 9, 11)),
            ("Sept. 11, 2001", d(2001, 9, 11)),
            ("11 oct. 2022", d(2022, 10, 11)),
            ("11 nov. 2022", d(2022, 11, 11)),
            ("1er mai 2022", d(2022, 5, 1)),
            ("May 1, 2022", d(2022, 5, 1)),
            ("may 1 2022", d(2022, 5, 1)),
            ("2 mars 2022", d(2022, 3, 2)),
        ];
        for (text, want) in cases {
            assert_eq!(day(text), When::Day(want), "{text}");
        }
    }

    #[test]
    fn a_missing_year_comes_from_the_reference() {
        let want = Ok(When::Day(d(2022, 1, 7)));
        assert_eq!(parse_when("Friday 7 January", friday()), want);
        assert_eq!(parse_when("vendredi 7 janvier", friday()), want);
        assert_eq!(parse_when("7 janvier", friday()), want);
        assert_eq!(parse_when("January 7", friday()), want);
        // An explicit year wins over the reference's.
        assert_eq!(
            parse_when("7 janvier 2021", friday()),
            Ok(When::Day(d(2021, 1, 7)))
        );
        assert_eq!(
            parse_when("vendredi 7 janvier", None),
            Err("'vendredi 7 janvier' has no year and there is no reference date".to_string())
        );
    }

    #[test]
    fn relative_words_count_from_the_reference() {
        let cases = [
            ("today", 7),
            ("Today", 7),
            ("yesterday", 6),
            ("tomorrow", 8),
            ("aujourd'hui", 7),
            ("aujourd’hui", 7),
            ("Aujourd'hui", 7),
            ("hier", 6),
            ("demain", 8),
            ("avant-hier", 5),
            ("après-demain", 9),
        ];
        for (text, want) in cases {
            assert_eq!(
                parse_when(text, friday()),
                Ok(When::Day(d(2022, 1, want))),
                "{text}"
            );
        }
        assert_eq!(
            parse_when("yesterday", None),
            Err("'yesterday' is relative and there is no reference date".to_string())
        );
        assert!(parse_when("hier", None).is_err());
    }

    #[test]
    fn bad_input_is_refused_with_a_reason() {
        assert_eq!(
            parse_when("2022-13-45", None),
            Err("not a date: '2022-13-45'".to_string())
        );
        assert_eq!(
            parse_when("2022-02-30", None),
            Err("not a date: '2022-02-30'".to_string())
        );
        for text in [
            "banana",
            "7",
            "2022",
            "7 Smarch 2022",
            "32 January 2022",
            "30 février 2022",
            "29 February 2022",
            "2022-01-07T25:00",
            "2022-01-07T10:00+99:00",
            "2022-01-07T",
            "7 January 2022 at noon",
            "(7 January 2022)",
            "Jan7 2022",
            "last Thursday",
            "🙂",
        ] {
            let err = parse_when(text, friday()).unwrap_err();
            assert!(!err.is_empty(), "{text}");
        }
        assert_eq!(parse_when("   ", None), Err("empty date".to_string()));
        assert_eq!(
            parse_when("29 February 2024", None),
            Ok(When::Day(d(2024, 2, 29)))
        );
    }

    #[test]
    fn weekdays_and_spans_are_not_moments() {
        let err = parse_when("Thursday", friday()).unwrap_err();
        assert!(err.contains("weekday"), "{err}");
        let err = parse_when("du 5 au 7 janvier", friday()).unwrap_err();
        assert!(err.contains("span"), "{err}");
    }

    #[test]
    fn a_weekday_must_agree_with_its_date() {
        assert_eq!(
            parse_when("samedi 7 janvier 2022", None),
            Err("'samedi 7 janvier 2022': 2022-01-07 is a Friday, not a Saturday".to_string())
        );
        assert!(parse_when("Thursday 7 January", friday()).is_err());
    }

    // --- tense_of ---------------------------------------------------------

    #[test]
    fn english_tenses() {
        use Tense::*;
        let cases = [
            ("troops arrived Thursday", Past),
            ("fighting erupted on Thursday", Past),
            ("the protests began Thursday", Past),
            ("clashes broke out Thursday", Past),
            ("the convoy was attacked Thursday", Past),
            ("two soldiers died Thursday", Past),
            ("26 people were killed Thursday", Past),
            ("officials said Thursday", Past),
            ("troops have withdrawn", Past),
            ("troops did not arrive Thursday", Past),
            ("talks last week", Past),
            ("three days ago", Past),
            ("troops will arrive Thursday", Future),
            ("Troops will arrive Thursday", Future),
            ("talks shall resume Thursday", Future),
            ("they'll arrive Thursday", Future),
            ("they’ll arrive Thursday", Future),
            ("they won't arrive before Thursday", Future),
            ("troops are arriving Thursday", Future),
            ("the envoy is arriving on Thursday", Future),
            ("troops are going to arrive Thursday", Future),
            ("the vote is expected to take place Thursday", Future),
            ("the summit is scheduled for Thursday", Future),
            ("talks next week", Future),
            ("officials said troops will arrive Thursday", Future),
            ("troops arrive Thursday", Bare),
            ("Thursday", Bare),
            ("armed men in the United Nations compound Thursday", Bare),
            ("a meeting during the morning", Bare),
            ("the convoy stopped next to the border", Past),
            ("", Bare),
        ];
        for (text, want) in cases {
            assert_eq!(tense_of(text, EN), want, "{text}");
        }
    }

    #[test]
    fn a_weekday_modifier_outranks_the_verb() {
        assert_eq!(tense_of("talks resume last Thursday", EN), Tense::Past);
        assert_eq!(tense_of("they said next Friday", EN), Tense::Future);
        assert_eq!(tense_of("talks this coming Friday", EN), Tense::Future);
        assert_eq!(tense_of("ils ont dit jeudi prochain", FR), Tense::Future);
        assert_eq!(tense_of("ils arriveront jeudi dernier", FR), Tense::Past);
        assert_eq!(tense_of("la réunion de jeudi passé", FR), Tense::Past);
    }

    #[test]
    fn french_tenses() {
        use Tense::*;
        let cases = [
            ("des troupes russes sont arrivées jeudi", Past),
            ("la contestation a éclaté dimanche", Past),
            ("douze soldats ont été tués", Past),
            ("le ministre avait annoncé jeudi", Past),
            ("les troupes étaient arrivées jeudi", Past),
            ("le convoi est parti jeudi", Past),
            ("le président a dit jeudi", Past),
            ("il a fait une déclaration", Past),
            ("il n'a pas répondu", Past),
            ("il s'est rendu à Kiev", Past),
            ("ils se sont enfuis jeudi", Past),
            ("la foule grossissait jeudi", Past),
            ("les soldats arrivaient jeudi", Past),
            ("ils arrivèrent jeudi", Past),
            ("il y a trois jours", Past),
            ("la semaine dernière", Past),
            ("les troupes arriveront jeudi", Future),
            ("le convoi arrivera jeudi", Future),
            ("le sommet aura lieu jeudi", Future),
            ("ce sera jeudi", Future),
            ("les troupes vont arriver jeudi", Future),
            ("le convoi va se rendre à Kiev jeudi", Future),
            ("les troupes doivent arriver jeudi", Future),
            ("la semaine prochaine", Future),
            ("le vote est prévu jeudi", Future),
            ("d'ici jeudi", Future),
            (
                "le ministre a annoncé que les troupes arriveront jeudi",
                Future,
            ),
            ("les troupes arrivent jeudi", Bare),
            ("jeudi", Bare),
            ("le sommet a lieu jeudi", Bare),
            ("combats dans l'est jeudi", Bare),
            ("retrait des troupes jeudi", Bare),
            ("sur le front jeudi", Bare),
            ("des troupes à Ankara jeudi", Bare),
            ("le convoi arriverait jeudi", Bare),
        ];
        for (text, want) in cases {
            assert_eq!(tense_of(text, FR), want, "{text}");
        }
    }

    // --- resolve_weekday --------------------------------------------------

    #[test]
    fn every_weekday_in_every_tense_around_a_wednesday() {
        use Weekday::*;
        let wed = d(2022, 1, 5);
        // (weekday, past, future, bare)
        let table = [
            (Mon, d(2022, 1, 3), d(2022, 1, 10), d(2022, 1, 3)),
            (Tue, d(2022, 1, 4), d(2022, 1, 11), d(2022, 1, 4)),
            (Wed, d(2021, 12, 29), d(2022, 1, 12), d(2022, 1, 5)),
            (Thu, d(2021, 12, 30), d(2022, 1, 6), d(2022, 1, 6)),
            (Fri, d(2021, 12, 31), d(2022, 1, 7), d(2022, 1, 7)),
            (Sat, d(2022, 1, 1), d(2022, 1, 8), d(2022, 1, 8)),
            (Sun, d(2022, 1, 2), d(2022, 1, 9), d(2022, 1, 2)),
        ];
        for (day, past, future, bare) in table {
            assert_eq!(resolve_weekday(day, wed, Tense::Past), past, "{day} past");
            assert_eq!(
                resolve_weekday(day, wed, Tense::Future),
                future,
                "{day} future"
            );
            assert_eq!(resolve_weekday(day, wed, Tense::Bare), bare, "{day} bare");
        }
    }

    #[test]
    fn a_bare_weekday_three_back_beats_four_ahead() {
        let monday = d(2022, 1, 10);
        assert_eq!(
            resolve_weekday(Weekday::Fri, monday, Tense::Bare),
            d(2022, 1, 7)
        );
        assert_eq!(
            find_day("Friday", EN, Some(monday), Tense::Bare).map(|(s, _)| s.start),
            Some(d(2022, 1, 7))
        );
        // Four back loses to three ahead.
        assert_eq!(
            resolve_weekday(Weekday::Thu, monday, Tense::Bare),
            d(2022, 1, 13)
        );
    }

    #[test]
    fn resolve_weekday_survives_the_ends_of_the_calendar() {
        for tense in [Tense::Past, Tense::Future, Tense::Bare] {
            for day in [Weekday::Mon, Weekday::Sun] {
                resolve_weekday(day, NaiveDate::MIN, tense);
                resolve_weekday(day, NaiveDate::MAX, tense);
            }
        }
    }

    // --- find_day: the tense rule -----------------------------------------

    #[test]
    fn the_brief_examples() {
        assert_eq!(one("troops arrived Thursday", EN), d(2022, 1, 6));
        assert_eq!(
            one("des troupes russes sont arrivées jeudi", FR),
            d(2022, 1, 6)
        );
        assert_eq!(one("troops will arrive Thursday", EN), d(2022, 1, 13));
        assert_eq!(one("les troupes arriveront jeudi", FR), d(2022, 1, 13));
        assert_eq!(one("jeudi", FR), d(2022, 1, 6));
        assert_eq!(one("vendredi", FR), d(2022, 1, 7));
        assert_eq!(one("la contestation a éclaté dimanche", FR), d(2022, 1, 2));
        assert_eq!(one("hier", FR), d(2022, 1, 6));
        assert_eq!(one("yesterday", EN), d(2022, 1, 6));
        assert_eq!(one("aujourd'hui", FR), d(2022, 1, 7));
        assert_eq!(one("tomorrow", EN), d(2022, 1, 8));
        assert_eq!(one("vendredi 7 janvier", FR), d(2022, 1, 7));
    }

    #[test]
    fn an_explicit_date_wins_over_its_weekday() {
        let text = "troops arrived Thursday, January 6";
        let (span, bytes) = find_day(text, EN, friday(), Tense::Past).unwrap();
        assert_eq!(span, DateSpan::day(d(2022, 1, 6)));
        assert_eq!(&text[bytes], "Thursday, January 6");
        // Even a wrong weekday does not move a written date.
        assert_eq!(one("Tuesday, January 6", EN), d(2022, 1, 6));
        assert_eq!(
            one("les troupes arriveront jeudi 6 janvier", FR),
            d(2022, 1, 6)
        );
    }

    #[test]
    fn spans_of_days() {
        let want = DateSpan {
            start: d(2022, 1, 5),
            end: d(2022, 1, 7),
        };
        for (text, lang) in [
            ("du 5 au 7 janvier", FR),
            ("combats du 5 au 7 janvier", FR),
            ("entre le 5 et le 7 janvier", FR),
            ("du mercredi 5 au vendredi 7 janvier", FR),
            ("du 5 janvier jusqu'au 7 janvier", FR),
            ("between 5 and 7 January", EN),
            ("from 5 to 7 January", EN),
            ("from January 5 to 7", EN),
            ("from January 5 to January 7, 2022", EN),
            ("between 5 and 7 January 2022", EN),
            ("5-7 January", EN),
            ("January 5–7, 2022", EN),
            ("2022-01-05 - 2022-01-07", EN),
        ] {
            assert_eq!(resolved(text, lang), Some(want), "{text}");
        }
        let (_, bytes) = find_day("combats du 5 au 7 janvier", FR, friday(), Tense::Bare).unwrap();
        assert_eq!(bytes, 8..25);
        // Without a year or a reference the span is recognised but unresolved.
        assert_eq!(find_day("du 5 au 7 janvier", FR, None, Tense::Bare), None);
        assert_eq!(date_spans("du 5 au 7 janvier", FR), vec![0..17]);
    }

    #[test]
    fn spans_across_the_new_year() {
        let span = resolved("du 28 décembre au 3 janvier", FR).unwrap();
        assert_eq!((span.start, span.end), (d(2022, 12, 28), d(2023, 1, 3)));
        let span = resolved("from 28 December to 3 January 2022", EN).unwrap();
        assert_eq!((span.start, span.end), (d(2021, 12, 28), d(2022, 1, 3)));
        let span = resolved("du 28 décembre 2021 au 3 janvier", FR).unwrap();
        assert_eq!((span.start, span.end), (d(2021, 12, 28), d(2022, 1, 3)));
        // Backwards with both years given: not a span.
        assert_eq!(resolved("du 7 janvier 2022 au 5 janvier 2022", FR), None);
    }

    #[test]
    fn relative_words_and_modifiers() {
        assert_eq!(one("avant-hier", FR), d(2022, 1, 5));
        assert_eq!(one("après-demain", FR), d(2022, 1, 9));
        assert_eq!(one("the day before yesterday", EN), d(2022, 1, 5));
        assert_eq!(one("last night", EN), d(2022, 1, 6));
        assert_eq!(one("ce matin", FR), d(2022, 1, 7));
        assert_eq!(one("Today, officials said", EN), d(2022, 1, 7));
        assert_eq!(one("on Thursday", EN), d(2022, 1, 6));
        assert_eq!(one("last Friday", EN), d(2021, 12, 31));
        assert_eq!(one("next Friday", EN), d(2022, 1, 14));
        assert_eq!(one("next Thursday", EN), d(2022, 1, 13));
        assert_eq!(one("vendredi dernier", FR), d(2021, 12, 31));
        assert_eq!(one("jeudi prochain", FR), d(2022, 1, 13));
        assert_eq!(one("THURSDAY", EN), d(2022, 1, 6));
        assert_eq!(one("the talks resume on Monday", EN), d(2022, 1, 10));
        assert_eq!(one("the talks resumed on Monday", EN), d(2022, 1, 3));
        assert_eq!(one("Thursday's attack", EN), d(2022, 1, 6));
    }

    #[test]
    fn explicit_dates_in_text() {
        assert_eq!(one("talks on 6 January", EN), d(2022, 1, 6));
        assert_eq!(one("talks on January 6", EN), d(2022, 1, 6));
        assert_eq!(one("le 6 janvier 2022", FR), d(2022, 1, 6));
        assert_eq!(one("6 janvier 2021", FR), d(2021, 1, 6));
        assert_eq!(one("reported on 2022-01-06", EN), d(2022, 1, 6));
        assert_eq!(one("the 6th of January", EN), d(2022, 1, 6));
        assert_eq!(one("jeudi 6 janvier", FR), d(2022, 1, 6));
        assert_eq!(one("Thu 6 Jan", EN), d(2022, 1, 6));
        assert_eq!(one("jeu. 6 janv.", FR), d(2022, 1, 6));
        // "Mar 5" is March in English, mardi before a date in French.
        assert_eq!(one("Mar 5", EN), d(2022, 3, 5));
        assert_eq!(one("mar. 4 janv.", FR), d(2022, 1, 4));
    }

    #[test]
    fn the_first_mention_is_the_one() {
        assert_eq!(
            one("troops arrived Thursday ahead of talks on 10 January", EN),
            d(2022, 1, 6)
        );
        // Unresolvable first mention: None, not the later date.
        assert_eq!(
            find_day(
                "arrived yesterday before 10 January 2022",
                EN,
                None,
                Tense::Past
            ),
            None
        );
        assert_eq!(resolved("31 février", FR), None);
    }

    #[test]
    fn what_needs_a_reference_gets_none_without_one() {
        for text in [
            "Thursday",
            "jeudi",
            "hier",
            "yesterday",
            "6 janvier",
            "January 6",
        ] {
            assert_eq!(find_day(text, EN, None, Tense::Bare), None, "{text}");
        }
        assert_eq!(
            find_day("le 6 janvier 2022", FR, None, Tense::Bare),
            Some((DateSpan::day(d(2022, 1, 6)), 0..17))
        );
    }

    #[test]
    fn no_day_is_no_day() {
        for text in [
            "",
            "troops arrived",
            "in January 6 people died",
            "the sun rose",
            "they may 5 times",
            "a march 5 km long",
            "6 people",
            "F16 jan",
            "at 10:30 January",
            "from 3 to 7 people",
            "last week",
            "Mon ami est venu",
        ] {
            assert_eq!(resolved(text, EN), None, "{text}");
            assert_eq!(date_spans(text, EN), Vec::<Range<usize>>::new(), "{text}");
        }
        // French weekday abbreviations don't count in English text.
        assert_eq!(date_spans("mer 6 janvier", EN), vec![4..13]);
    }

    // --- byte spans -------------------------------------------------------

    #[test]
    fn spans_are_bytes_even_after_accents() {
        let text = "Des troupes russes sont arrivées jeudi à Almaty";
        assert_eq!(named(text, FR), "jeudi");
        let (_, bytes) = find_day(text, FR, friday(), Tense::Past).unwrap();
        assert_eq!(bytes.start, text.find("jeudi").unwrap());

        let text = "Le 15 août 2022, l'armée a défilé";
        assert_eq!(named(text, FR), "Le 15 août 2022");
        assert_eq!(date_spans(text, FR), vec![0..16]);

        let text = "Évacués le\u{a0}6\u{a0}janvier, les blessés";
        assert_eq!(named(text, FR), "le\u{a0}6\u{a0}janvier");

        let text = "Déjà aujourd’hui, après-demain";
        assert_eq!(named(text, FR), "aujourd’hui");
        let spans = date_spans(text, FR);
        let words: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(words, ["aujourd’hui", "après-demain"]);

        let text = "🙂 août: du 1er au 3 août, puis jeudi dernier";
        let words: Vec<&str> = date_spans(text, FR).into_iter().map(|r| &text[r]).collect();
        assert_eq!(words, ["du 1er au 3 août", "jeudi dernier"]);
    }

    #[test]
    fn date_spans_keep_dates_whole() {
        let text =
            "On Thursday, January 6, 2022, 26 people died; 3 more on 7 janvier and on Friday.";
        let words: Vec<&str> = date_spans(text, EN).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            words,
            ["On Thursday, January 6, 2022", "on 7 janvier", "on Friday"]
        );
        let text = "Thursday, troops arrived";
        assert_eq!(date_spans(text, EN), vec![0..8]);
        let text = "du 5 au 7 janvier, 12 morts, hier";
        let words: Vec<&str> = date_spans(text, FR).into_iter().map(|r| &text[r]).collect();
        assert_eq!(words, ["du 5 au 7 janvier", "hier"]);
    }

    // --- properties -------------------------------------------------------

    const EN_MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR_MONTHS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];

    /// Text made of date-ish words and awkward separators, which reaches
    /// far more of the recognisers than random strings do.
    fn datey() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "6",
            "07",
            "31",
            "1er",
            "7th",
            "2022",
            "0",
            "99",
            "January",
            "janv",
            "août",
            "Sept",
            "May",
            "jeudi",
            "Thursday",
            "mar",
            "sun",
            "last",
            "next",
            "dernier",
            "prochain",
            "du",
            "au",
            "between",
            "and",
            "from",
            "to",
            "entre",
            "le",
            "et",
            "on",
            "the",
            "of",
            "hier",
            "aujourd",
            "hui",
            "avant",
            "après",
            "demain",
            "day",
            "before",
            "yesterday",
            "ᵉʳ",
            "é",
            "🙂",
            "in",
            "a",
            "sont",
            "arrivées",
            "will",
            "arriveront",
        ]);
        let seps = prop::sample::select(vec![
            " ", ", ", "-", "–", "/", ".", "'", "’", "\u{a0}", "", ":", " - ",
        ]);
        prop::collection::vec((words, seps), 0..10)
            .prop_map(|parts| parts.into_iter().map(|(w, s)| format!("{w}{s}")).collect())
    }

    fn check_spans(text: &str, spans: &[Range<usize>]) {
        let mut last = 0;
        for r in spans {
            assert!(r.start < r.end && r.end <= text.len(), "{r:?} in {text:?}");
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            assert!(r.start >= last, "overlapping spans in {text:?}");
            last = r.end;
        }
    }

    fn exercise(text: &str) {
        let _ = parse_when(text, None);
        let _ = parse_when(text, friday());
        let _ = parse_when(text, Some(NaiveDate::MAX));
        for lang in [EN, FR] {
            let tense = tense_of(text, lang);
            for reference in [None, friday(), Some(NaiveDate::MIN), Some(NaiveDate::MAX)] {
                if let Some((span, bytes)) = find_day(text, lang, reference, tense) {
                    assert!(span.start <= span.end);
                    check_spans(text, &[bytes]);
                }
            }
            let spans = date_spans(text, lang);
            check_spans(text, &spans);
            // find_day names the first of date_spans (when it resolves).
            if let Some((_, bytes)) = find_day(text, lang, friday(), tense) {
                assert_eq!(spans.first(), Some(&bytes), "{text:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn nothing_panics_on_arbitrary_text(text in any::<String>()) {
            exercise(&text);
        }

        #[test]
        fn nothing_panics_on_date_like_text(text in datey()) {
            exercise(&text);
        }

        #[test]
        fn iso_dates_round_trip(days in 0u64..73_049) {
            let date = d(1900, 1, 1) + Days::new(days);
            let text = date.format("%Y-%m-%d").to_string();
            prop_assert_eq!(parse_when(&text, None), Ok(When::Day(date)));
        }

        #[test]
        fn written_dates_round_trip(days in 0u64..73_049, french in any::<bool>()) {
            let date = d(1900, 1, 1) + Days::new(days);
            let names = if french { FR_MONTHS } else { EN_MONTHS };
            let month = names[date.month0() as usize];
            let text = format!("{} {month} {}", date.day(), date.year());
            prop_assert_eq!(parse_when(&text, None), Ok(When::Day(date)));
            // The same date is found, with the same words, inside a sentence.
            let sentence = format!("Selon le rapport, le {text}, rien.");
            let lang = if french { FR } else { EN };
            let (span, bytes) = find_day(&sentence, lang, None, Tense::Bare).unwrap();
            prop_assert_eq!(span, DateSpan::day(date));
            prop_assert_eq!(&sentence[bytes], format!("le {text}"));
        }

        #[test]
        fn weekdays_resolve_by_tense(days in 0u64..73_049, w in 0u8..7) {
            let reference = d(1900, 1, 1) + Days::new(days);
            let day = Weekday::try_from(w).unwrap();
            let past = resolve_weekday(day, reference, Tense::Past);
            let future = resolve_weekday(day, reference, Tense::Future);
            let bare = resolve_weekday(day, reference, Tense::Bare);
            for got in [past, future, bare] {
                prop_assert_eq!(got.weekday(), day);
            }
            prop_assert!((1..=7).contains(&(reference - past).num_days()));
            prop_assert!((1..=7).contains(&(future - reference).num_days()));
            prop_assert!((-3..=3).contains(&(bare - reference).num_days()));
        }
    }
}
