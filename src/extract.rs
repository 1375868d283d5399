//! Candidate claims in an article's text, for `claimlog extract`.
//!
//! Pure code: the text, its language, the lexicon and the publication day go
//! in; candidates with their sentence and character span come out. The
//! pipeline reuses the quick-entry readers so an extracted claim reads
//! exactly as the same words typed into `claimlog add` would:
//!
//! 1. the text is cut into sentences (terminal punctuation, line breaks);
//! 2. each sentence's attributions are found ("the Interior Ministry said
//!    on Saturday", "selon la même source", "a annoncé jeudi le préfet");
//! 3. the sentence is cut into clauses with `entry::split_fragments`;
//! 4. a clause with a metric word and a quantity (or a day, for date
//!    metrics) is a candidate; a clause with a quantity but no metric word
//!    borrows the metric of the claim before it only when it opens as a
//!    breakdown or a comparison ("dont 103 à Almaty", "about 400 of whom",
//!    "up from 3,811");
//! 5. the qualifier is what `entry::parse_fragment` keeps from the claim's
//!    own words, once attribution and other figures are blanked out.
//!
//! Numbers with no metric word in their clause (years, ages, prices,
//! percentages, hours) never become candidates, and figures followed by a
//! unit (`68 ans`, `15 percent`, `120 tenge`) are ignored even beside one.

use crate::domain::{Count, DateSpan, Kind, Lang, Value};
use crate::parse::date::{self, Tense};
use crate::parse::entry::{parse_fragment, split_fragments};
use crate::parse::lexicon::{Alias, Lexicon};
use crate::parse::value;
use chrono::{Days, NaiveDate};
use std::ops::Range;

/// One candidate claim found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub metric: String,
    pub qualifier: String,
    /// The value's own words, as written (`au moins 26`, `jeudi`).
    pub text: String,
    pub value: Value,
    /// Who the sentence attributes the claim to; empty when unattributed.
    pub claimant: String,
    /// The day the claimant said it, when the sentence names one.
    pub said_at: Option<NaiveDate>,
    /// The day the figure describes when its clause names one ("up from
    /// 7,939 on Monday", "Dès jeudi, … 1 000 blessés"), else `said_at`.
    pub as_of: Option<NaiveDate>,
    /// The sentence, trimmed.
    pub sentence: String,
    /// Character offsets (not bytes) of the claim's words in the whole text:
    /// from the first to the last of its value and metric word.
    pub span: (usize, usize),
}

/// Words the built-in lexicon lacks that articles use for its metrics:
/// inflections ("kills", "mortes") and the set phrases of news copy
/// ("ont trouvé la mort", "lost their lives"). They only ever extend what
/// the lexicon in use says.
const EXTRA_ALIASES: &[(&str, &str, &str)] = &[
    ("deaths", "en", "kills"),
    ("deaths", "en", "kill"),
    ("deaths", "en", "lost their lives"),
    ("deaths", "en", "were found dead"),
    ("deaths", "fr", "mortes"),
    ("deaths", "fr", "perdu la vie"),
    ("deaths", "fr", "trouvé la mort"),
    ("deaths", "fr", "péri"),
    ("deaths", "fr", "tuent"),
    ("deaths", "fr", "tue"),
    ("injured", "fr", "blessée"),
    ("detained", "en", "detentions"),
    ("detained", "fr", "interpellé"),
    ("detained", "fr", "interpellée"),
    ("detained", "fr", "placées en détention"),
    ("detained", "fr", "placés en garde à vue"),
    ("detained", "fr", "placées en garde à vue"),
    ("detained", "fr", "en garde à vue"),
    ("detained", "fr", "en détention"),
    ("missing", "en", "unaccounted"),
];

/// The lexicon used for extraction: `aliases` (built-in or the database's)
/// plus `EXTRA_ALIASES` for the metrics they name, skipping words already
/// there.
pub fn extraction_lexicon(aliases: Vec<Alias>) -> Lexicon {
    let mut all = aliases;
    for (metric, lang, word) in EXTRA_ALIASES {
        let Some(kind) = all.iter().find(|a| a.metric == *metric).map(|a| a.kind) else {
            continue;
        };
        if all
            .iter()
            .any(|a| a.word.to_lowercase() == word.to_lowercase())
        {
            continue;
        }
        all.push(Alias {
            word: (*word).to_string(),
            lang: (*lang).to_string(),
            metric: (*metric).to_string(),
            kind,
        });
    }
    Lexicon::new(all)
}

/// Finds every candidate claim in `text`. Weekdays are resolved against
/// `reference` (the publication day, else today); `published` says whether
/// that day is known, in which case it is also each claim's default said_at.
pub fn extract(
    text: &str,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
    published: bool,
) -> Vec<Candidate> {
    let chars = CharIndex::new(text);
    let mut out = Vec::new();
    // Claimants named so far, for "the ministry" / "la même source".
    let mut history: Vec<String> = Vec::new();
    for sentence in sentences(text) {
        let s = &text[sentence.clone()];
        let attributions = attributions(s, lang, reference, &mut history);
        if is_background(s, reference) {
            continue;
        }
        let mut previous: Option<(String, Kind, String)> = None;
        let mut previous_end: Option<(usize, bool)> = None;
        for clause in join_split_subjects(s, split_fragments(s, lang, lexicon), lang, lexicon) {
            // "400 of whom were in hospital and 62 in intensive care": a bare
            // figure joined by and/et to a breakdown is one more breakdown.
            let chained = previous_end.is_some_and(|(end, breakdown)| {
                breakdown && is_and(&s[end.min(clause.start)..clause.start])
            });
            let found = read_clause(
                s,
                clause.clone(),
                lang,
                lexicon,
                reference,
                &attributions,
                &previous,
                chained,
            );
            let Some(found) = found else {
                previous_end = None;
                continue;
            };
            previous_end = Some((clause.end, found.breakdown));
            previous = Some((
                found.metric.clone(),
                found.value.kind(),
                found.qualifier.clone(),
            ));
            let attribution = pick_attribution(&attributions, &clause, &found.span);
            let said_at = attribution
                .and_then(|a| a.day)
                .or(published.then_some(reference));
            let as_of = found.day.or(said_at);
            let words = sentence.start + found.span.start..sentence.start + found.span.end;
            out.push(Candidate {
                metric: found.metric,
                qualifier: found.qualifier,
                text: found.text,
                value: found.value,
                claimant: attribution.map(|a| a.claimant.clone()).unwrap_or_default(),
                said_at,
                as_of,
                sentence: s.trim().to_string(),
                span: (chars.at(words.start), chars.at(words.end)),
            });
        }
    }
    out
}

/// Byte offset → character offset.
struct CharIndex {
    starts: Vec<usize>,
}

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        CharIndex {
            starts: text.char_indices().map(|(b, _)| b).collect(),
        }
    }

    fn at(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }
}

// ---------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "prof", "jan", "feb", "aug", "sept",
    "oct", "nov", "dec", "m", "mme", "mlle", "me", "gén", "no", "vs", "etc", "janv", "févr", "déc",
    "juil",
];

/// Sentence byte ranges: cut after `.` `!` `?` (and any closing quote)
/// followed by a space and a capital, digit or quote; and at line breaks,
/// unless the line runs on in lower case (a hard-wrapped paragraph).
fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut cuts: Vec<usize> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        match c {
            '\n' => {
                let before = text[..at].trim_end_matches([' ', '\t', '\r']);
                let last = before.chars().next_back();
                let next = text[at + 1..].trim_start().chars().next();
                let runs_on = last.is_some_and(|l| l.is_alphanumeric() || l == ',')
                    && next.is_some_and(char::is_lowercase);
                if !runs_on {
                    cuts.push(at + 1);
                }
            }
            '.' | '!' | '?' | '…' => {
                // Skip closing quotes and brackets.
                let mut j = i + 1;
                while j < chars.len() && matches!(chars[j].1, '"' | '»' | '”' | '\'' | ')' | '’')
                {
                    j += 1;
                }
                let Some(&(space_at, space)) = chars.get(j) else {
                    continue;
                };
                if !space.is_whitespace() || space == '\n' {
                    continue;
                }
                let next = text[space_at..].trim_start().chars().next();
                let opens = next.is_some_and(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '«' | '“' | '\'')
                });
                if !opens {
                    continue;
                }
                if c == '.' {
                    let word: String = text[..at]
                        .chars()
                        .rev()
                        .take_while(|ch| ch.is_alphabetic())
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    if ABBREVIATIONS.contains(&word.to_lowercase().as_str()) {
                        continue;
                    }
                }
                cuts.push(space_at);
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().chain(std::iter::once(text.len())) {
        if cut <= start {
            continue;
        }
        let piece = &text[start..cut];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if lead < piece.len() {
            out.push(start + lead..cut - trail);
        }
        start = cut;
    }
    out
}

// ---------------------------------------------------------------------------
// Attributions
// ---------------------------------------------------------------------------

/// Who said it, where the sentence says so, and on which day.
#[derive(Debug, Clone, PartialEq)]
struct Attribution {
    claimant: String,
    /// Bytes of the sentence that name the claimant and the verb (blanked
    /// out of qualifiers).
    range: Range<usize>,
    day: Option<NaiveDate>,
    /// Opened by "although"/"while"/"mais": another voice, which only
    /// speaks for its own clause.
    contrast: bool,
}

/// Verbs of saying. French participles take their auxiliary into the span
/// when it is there ("a annoncé", "avait affirmé").
const EN_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "announced",
    "announces",
    "added",
    "reported",
    "reports",
    "stated",
    "confirmed",
    "claimed",
    "estimated",
    "estimates",
    "put the number",
    "put the toll",
];

const FR_VERBS: &[&str] = &[
    "annoncé",
    "déclaré",
    "indiqué",
    "affirmé",
    "précisé",
    "ajouté",
    "assuré",
    "confirmé",
    "rapporté",
    "estimé",
    "prévenu",
    "fait état",
    "faisait état",
    "faisaient état",
    "font état",
    "fait savoir",
    "affirme",
    "affirment",
    "indique",
    "indiquent",
    "précise",
    "annonce",
    "annoncent",
    "déclare",
    "estime",
    "comptait",
    "recensait",
    "donnait",
];

/// Phrases that put the claimant after them.
const BEFORE_CLAIMANT: &[&str] = &[
    "according to",
    "attributed to",
    "cited by",
    "selon",
    "d'après",
    "d’après",
    "attribué au",
    "attribué à",
    "attribuée au",
    "attribuée à",
];

/// Words opening a clause that gives another voice ("although residents
/// say…").
const CONTRASTS: &[&str] = &[
    "although", "though", "but", "while", "whereas", "yet", "mais", "bien", "alors", "tandis",
    "quoique",
];

const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aurait", "auraient", "has", "have", "had",
];

/// Words that cannot end a claimant ("Officials have since said").
const SUBJECT_TAIL: &[&str] = &[
    "have",
    "has",
    "had",
    "since",
    "also",
    "already",
    "now",
    "earlier",
    "later",
    "previously",
    "officially",
    "publicly",
    "then",
    "only",
    "ont",
    "a",
    "avait",
    "avaient",
    "déjà",
    "encore",
    "aussi",
    "également",
    "ailleurs",
    "par",
    "y",
    "en",
    "on",
];

const LEADING_ARTICLES: &[&str] = &["the", "a", "an", "le", "la", "les", "un", "une", "des"];

const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "il", "elle", "ils", "elles", "on",
];

/// Words after which an inverted claimant ("a indiqué l'alliance lors de…")
/// stops.
const CLAIMANT_STOPS: &[&str] = &[
    "lors", "dans", "pendant", "après", "avant", "devant", "during", "in", "at", "on", "before",
    "after", "which", "who", "qui", "que", "that", "to", "à", "au", "sur", "when", "quand",
];

fn attributions(
    s: &str,
    lang: Lang,
    reference: NaiveDate,
    history: &mut Vec<String>,
) -> Vec<Attribution> {
    let lower = lowered(s);
    let days = date::date_spans(s, lang);
    let mut found: Vec<Attribution> = Vec::new();

    // "according to X", "selon X": the claimant follows.
    for phrase in BEFORE_CLAIMANT {
        for (at, _) in lower.match_indices(phrase) {
            let end = at + phrase.len();
            // "d'après-midi" is an afternoon, not an attribution.
            if !is_word_boundary(&lower, at, end) || lower[end..].starts_with('-') {
                continue;
            }
            let (name, name_end) = phrase_after(s, end);
            if name.is_empty() {
                continue;
            }
            let claimant = resolve_claimant(&name, history);
            let day = day_near(s, &days, at, name_end, lang, reference);
            found.push(Attribution {
                claimant,
                range: at..name_end,
                day,
                contrast: false,
            });
        }
    }

    // Verbs of saying: the subject before them, or (French inversion, "a
    // indiqué l'alliance") the phrase after.
    let verbs = match lang {
        Lang::En => EN_VERBS,
        Lang::Fr => FR_VERBS,
    };
    for verb in verbs {
        for (at, _) in lower.match_indices(verb) {
            let end = at + verb.len();
            if !is_word_boundary(&lower, at, end) {
                continue;
            }
            if found
                .iter()
                .any(|a| a.range.start <= at && at < a.range.end)
            {
                continue;
            }
            let prev = words_before(s, at, 1);
            // "were reported", "was said": a passive verb names no one.
            if prev
                .first()
                .is_some_and(|(w, _)| matches!(w.as_str(), "was" | "were" | "been" | "be" | "is"))
            {
                continue;
            }
            let mut verb_start = at;
            if let Some((w, r)) = prev.first()
                && AUXILIARIES.contains(&w.as_str())
            {
                verb_start = r.start;
            }
            let Some((claimant, range, contrast)) = subject_of(s, verb_start, end) else {
                continue;
            };
            let claimant = resolve_claimant(&claimant, history);
            if claimant.is_empty() {
                continue;
            }
            let day = day_near(s, &days, range.start, end, lang, reference);
            found.push(Attribution {
                claimant,
                range: range.start.min(verb_start)..range.end.max(end),
                day,
                contrast,
            });
        }
    }
    found.sort_by_key(|a| a.range.start);
    for a in &found {
        history.push(a.claimant.clone());
    }
    found
}

/// The claimant of a verb of saying at `verb_start..verb_end`: the phrase
/// before it back to the clause boundary ("the Interior Ministry said"),
/// with an appositive name kept ("The agency's spokesman, Daniel Okoro,
/// told"), or in a French inversion the phrase after it.
fn subject_of(s: &str, verb_start: usize, verb_end: usize) -> Option<(String, Range<usize>, bool)> {
    // After a comma the verb may open an inversion (", a indiqué
    // l'alliance.", ", said Daniel Okoro."); if no name follows, the comma
    // closed an appositive subject ("…, Erlan Tourgoumbaïev, a déclaré que").
    let comma_before = s[..verb_start].trim_end().ends_with(',');
    let verb = s[verb_start..verb_end].to_lowercase();
    let may_invert = !verb.is_ascii()
        || matches!(verb.as_str(), "said" | "says" | "added")
        || verb.starts_with("a ")
        || verb.starts_with("ont ")
        || FR_VERBS.contains(&verb.as_str());
    if comma_before && may_invert {
        let (name, end) = phrase_after(s, verb_end);
        if !name.is_empty() && !has_figure(&name) {
            return Some((name, verb_start..end, false));
        }
    }
    let head = s[..verb_start].trim_end_matches([' ', ',']);
    let boundary = clause_boundary(head);
    let segment = &s[boundary..head.len()];
    let contrast = segment
        .split_whitespace()
        .next()
        .is_some_and(|w| CONTRASTS.contains(&w.to_lowercase().as_str()));
    let subject = clean_subject(segment);
    if !subject.is_empty() {
        if looks_like_name(&subject) && s[..boundary].trim_end().ends_with(',') {
            // An appositive: "<role>, <Name>, said".
            let before = s[..boundary].trim_end_matches([',', ' ']);
            let start = clause_boundary(before);
            let raw_role = &s[start..before.len()];
            let role = clean_subject(raw_role);
            if !role.is_empty()
                && opens_with_article(raw_role)
                && !looks_like_name(&role)
                && role.split_whitespace().count() <= 8
                && !has_figure(&role)
            {
                return Some((format!("{role}, {subject}"), start..verb_start, contrast));
            }
        }
        if subject.split_whitespace().count() > 9 || has_figure(&subject) {
            return None;
        }
        return Some((subject, boundary..verb_start, contrast));
    }
    if !may_invert {
        return None;
    }
    // Inversion: ", a indiqué l'alliance." / "a annoncé jeudi le préfet".
    let (name, end) = phrase_after(s, verb_end);
    if name.is_empty() || has_figure(&name) {
        return None;
    }
    Some((name, verb_start..end, false))
}

/// Where the clause holding the end of `head` starts: after the last comma,
/// semicolon, colon, quote, or `que`/`that`.
fn clause_boundary(head: &str) -> usize {
    let mut boundary = 0;
    for (at, c) in head.char_indices() {
        if matches!(
            c,
            ',' | ';' | ':' | '«' | '»' | '"' | '“' | '”' | '(' | ')' | '—'
        ) {
            boundary = at + c.len_utf8();
        }
    }
    let lower = lowered(head);
    for word in [
        " que ",
        " qu'",
        " qu’",
        " that ",
        " tandis que ",
        " while ",
        " whereas ",
    ] {
        if let Some(at) = lower.rfind(word)
            && at + word.len() > boundary
            && lower.len() == head.len()
        {
            boundary = at + word.len();
        }
    }
    boundary
}

/// A subject phrase without the words around it: leading days, articles
/// and conjunctions, trailing auxiliaries and adverbs.
fn clean_subject(segment: &str) -> String {
    let mut words: Vec<&str> = segment.split_whitespace().collect();
    // Leading "On Thursday", "Jeudi", "and", "mais".
    while let Some(first) = words.first() {
        let w = first.to_lowercase();
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if matches!(
            w,
            "and" | "et" | "on" | "then" | "puis" | "ensuite" | "que" | "as"
        ) || CONTRASTS.contains(&w)
            || is_day_word(w)
        {
            words.remove(0);
        } else {
            break;
        }
    }
    while let Some(last) = words.last() {
        let w = last.to_lowercase();
        if SUBJECT_TAIL.contains(&w.as_str()) {
            words.pop();
        } else {
            break;
        }
    }
    normalise_claimant(&words.join(" "))
}

/// Drops a leading article (`the`, `le`, `la`, `les`, `l'`) and stray
/// punctuation.
pub fn normalise_claimant(name: &str) -> String {
    let name = name.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'));
    let mut rest = name;
    for elided in ["l'", "l’", "L'", "L’"] {
        if let Some(r) = rest.strip_prefix(elided) {
            rest = r;
        }
    }
    if let Some((first, tail)) = rest.split_once(' ')
        && LEADING_ARTICLES.contains(&first.to_lowercase().as_str())
    {
        rest = tail;
    }
    rest.trim().to_string()
}

/// The noun phrase starting at `from` (after "selon", or after an inverted
/// verb): skips a leading day and "on", stops at punctuation or a
/// preposition that starts something else. Returns it and where it ends.
fn phrase_after(s: &str, from: usize) -> (String, usize) {
    let mut words: Vec<(String, Range<usize>)> = Vec::new();
    let mut at = from;
    let mut end = from;
    for piece in s[from..].split_inclusive(|c: char| c.is_whitespace()) {
        let start = at;
        at += piece.len();
        let raw = piece.trim_end();
        if raw.is_empty() {
            continue;
        }
        let trimmed = raw.trim_end_matches(|c: char| ",.;:!?»\")".contains(c));
        let stops_here = trimmed.len() < raw.len();
        let w = trimmed.to_lowercase();
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if words.is_empty() && (is_day_word(bare) || matches!(bare, "on" | "that" | "que")) {
            if matches!(bare, "that" | "que") {
                break;
            }
            if stops_here {
                continue;
            }
            continue;
        }
        if !words.is_empty() && CLAIMANT_STOPS.contains(&bare) {
            break;
        }
        if raw.starts_with(|c: char| ",.;:".contains(c)) {
            break;
        }
        words.push((trimmed.to_string(), start..start + trimmed.len()));
        end = start + trimmed.len();
        if stops_here || words.len() >= 8 {
            break;
        }
    }
    let text: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
    (normalise_claimant(&text.join(" ")), end)
}

/// Replaces "the ministry", "la même source", "he" by the most recent
/// claimant they point back to.
fn resolve_claimant(name: &str, history: &[String]) -> String {
    let lower = name.to_lowercase();
    if lower.is_empty() {
        return String::new();
    }
    if PRONOUNS.contains(&lower.as_str())
        || lower.contains("même source")
        || lower.contains("same source")
        || lower == "source"
    {
        return history.last().cloned().unwrap_or_default();
    }
    let single = !lower.contains(' ')
        || lower.starts_with("ministère ")
            && !lower.contains(" de ")
            && lower.split_whitespace().count() <= 2;
    if single {
        let head = lower.split_whitespace().next().unwrap_or("");
        if let Some(full) = history
            .iter()
            .rev()
            .find(|h| h.len() > name.len() && lowered(h).split_whitespace().any(|w| w == head))
        {
            return full.clone();
        }
    }
    name.to_string()
}

/// The day a statement was made: a day named right after the verb
/// ("said on Saturday", "a annoncé, vendredi,") or just before the claimant
/// ("Vendredi, les services du ministère…", "On Thursday a police…").
fn day_near(
    s: &str,
    days: &[Range<usize>],
    subject_start: usize,
    verb_end: usize,
    lang: Lang,
    reference: NaiveDate,
) -> Option<NaiveDate> {
    let near = days.iter().find(|d| {
        let after = d.start >= verb_end
            && s[verb_end..d.start]
                .trim_matches(|c: char| c.is_whitespace() || c == ',')
                .is_empty();
        let after_on = d.start >= verb_end && {
            let gap = s[verb_end..d.start].trim().to_lowercase();
            gap == "on" || gap == "le"
        };
        let before = d.end <= subject_start
            && s[d.end..subject_start]
                .trim_matches(|c: char| c.is_whitespace() || c == ',')
                .is_empty();
        after || after_on || before
    })?;
    resolve_day(&s[near.clone()], lang, reference, Tense::Past)
}

/// Resolves a named day. In news copy a weekday equal to the publication
/// day's means that day ("the ministry said on Saturday" in a Saturday
/// paper), so a past weekday a full week back is taken as the reference.
fn resolve_day(text: &str, lang: Lang, reference: NaiveDate, tense: Tense) -> Option<NaiveDate> {
    let (span, _) = date::find_day(text, lang, Some(reference), tense)?;
    Some(same_day(span, text, reference).start)
}

fn same_day(span: DateSpan, text: &str, reference: NaiveDate) -> DateSpan {
    let week_back = reference.checked_sub_days(Days::new(7));
    let bare_weekday = !text.chars().any(|c| c.is_ascii_digit());
    if bare_weekday && span.start == span.end && Some(span.start) == week_back {
        DateSpan::day(reference)
    } else {
        span
    }
}

/// The attribution that speaks for a clause: one inside it, else the
/// nearest before it, else the nearest after it ("…, according to X").
fn pick_attribution<'a>(
    all: &'a [Attribution],
    clause: &Range<usize>,
    words: &Range<usize>,
) -> Option<&'a Attribution> {
    all.iter()
        .find(|a| {
            a.range.start < clause.end
                && clause.start < a.range.end
                && !(a.contrast && a.range.start >= words.end)
        })
        .or_else(|| {
            all.iter()
                .rev()
                .find(|a| a.range.end <= clause.start && !a.contrast)
        })
        .or_else(|| {
            all.iter()
                .find(|a| a.range.start >= clause.end && !a.contrast)
        })
}

// ---------------------------------------------------------------------------
// Clauses
// ---------------------------------------------------------------------------

/// What one clause says.
struct Found {
    metric: String,
    qualifier: String,
    text: String,
    value: Value,
    /// Bytes of the sentence covering the value and the metric word.
    span: Range<usize>,
    /// A day named in the clause for a count ("up from 7,939 on Monday").
    day: Option<NaiveDate>,
    /// A breakdown of the claim before ("dont 103 à Almaty").
    breakdown: bool,
}

/// Openings of a clause that continues the claim before it: a breakdown
/// ("dont 103 à Almaty", "400 of whom…", "among them two children") or a
/// comparison ("up from 3,811", "contre 18").
const CONTINUATIONS: &[&str] = &[
    // Comparisons first: the same scope, so the same qualifier.
    "up from",
    "down from",
    "toll from",
    "contre",
    "tandis que",
    "whereas",
    // Breakdowns: a narrower qualifier of their own.
    "dont",
    "including",
    "of whom",
    "of them",
    "among them",
    "d'entre eux",
    "d'entre elles",
    "d’entre eux",
    "d’entre elles",
    "parmi eux",
    "parmi elles",
];

/// How many of `CONTINUATIONS` are comparisons.
const COMPARISONS: usize = 6;

/// Words quick entry keeps that say nothing about who is counted.
const QUALIFIER_NOISE: &[&str] = &[
    "à", "also", "whom", "others", "other", "autres", "ayant", "still", "encore", "aussi", "been",
    "had", "pass", "near", "nearly", "où", "where", "when", "some", "more", "than",
];

/// Words after a figure that make it something other than a count of
/// people: ages, shares, money, distances, durations.
const UNITS: &[&str] = &[
    "percent",
    "per cent",
    "pour cent",
    "%",
    "year-old",
    "years-old",
    "years old",
    "ans",
    "an",
    "year",
    "years",
    "km",
    "km/h",
    "kilometres",
    "kilometers",
    "kilomètres",
    "miles",
    "metres",
    "meters",
    "mètres",
    "millimetres",
    "millimètres",
    "hectares",
    "acres",
    "tenge",
    "tenges",
    "dollars",
    "euros",
    "dollar",
    "euro",
    "roubles",
    "rubles",
    "hours",
    "heures",
    "h",
    "days",
    "jours",
    "minutes",
    "weeks",
    "semaines",
    "months",
    "mois",
    "degrees",
    "degrés",
    "times",
    "fois",
    "am",
    "pm",
    "a.m.",
    "p.m.",
];

/// Bound words the value reader leaves out: "arrests pass 4,400".
const ABOVE: &[&str] = &[
    "pass",
    "passes",
    "passed",
    "top",
    "tops",
    "topped",
    "exceed",
    "exceeds",
    "exceeded",
    "surpass",
    "surpasses",
    "dépasse",
    "dépassent",
    "dépassé",
];

#[allow(clippy::too_many_arguments)]
fn read_clause(
    s: &str,
    clause: Range<usize>,
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
    attributions: &[Attribution],
    previous: &Option<(String, Kind, String)>,
    chained: bool,
) -> Option<Found> {
    // Attribution words are blanked so "said" and "the ministry" stay out
    // of metric search and qualifiers.
    let mut blank: Vec<Range<usize>> = attributions
        .iter()
        .map(|a| a.range.clone())
        .filter(|r| r.start < clause.end && clause.start < r.end)
        .collect();
    let text = blanked(s, &clause, &blank);
    let metric = lexicon.find(&text, lang);
    let dates = date::date_spans(&text, lang);
    let counts: Vec<(Count, Range<usize>)> = value::find_counts(&text, lang)
        .into_iter()
        .filter(|(_, r)| !dates.iter().any(|d| d.start < r.end && r.start < d.end))
        .filter(|(_, r)| !followed_by_unit(&text, r.end) && !after_age_word(&text, r.start))
        .collect();

    let (metric_name, kind, metric_span, continuation) = match metric {
        Some(m) => (m.metric, m.kind, Some(m.span), None),
        None => {
            let (name, kind, _) = previous.clone()?;
            if kind != Kind::Count {
                return None;
            }
            let lower = lowered(&text);
            let opening = CONTINUATIONS.iter().enumerate().find_map(|(i, c)| {
                lower.match_indices(c).find_map(|(at, _)| {
                    is_word_boundary(&lower, at, at + c.len())
                        .then_some((at..at + c.len(), i < COMPARISONS))
                })
            });
            let opening = match opening {
                Some(o) => o,
                None if chained => (0..0, false),
                None => return None,
            };
            (name, kind, None, Some(opening))
        }
    };

    match kind {
        Kind::Count => {
            let near = |r: &Range<usize>| match &metric_span {
                Some(m) if r.end <= m.start => m.start - r.end,
                Some(m) if r.start >= m.end => r.start - m.end,
                Some(_) => 0,
                None => r.start,
            };
            let (count, range) = counts.iter().min_by_key(|(_, r)| near(r))?.clone();
            let mut count = count;
            let mut value_range = range.clone();
            let before = words_before(&text, range.start, 1);
            if let Some((w, r)) = before.first() {
                if ABOVE.contains(&w.as_str()) && count.low == count.high && !count.approx {
                    count = Count {
                        low: count.low.map(|l| l + 1.0),
                        high: None,
                        approx: false,
                        vague: false,
                    };
                    value_range = r.start..range.end;
                } else if matches!(w.as_str(), "near" | "nearly")
                    && count.low == count.high
                    && !count.approx
                {
                    count.approx = true;
                    value_range = r.start..range.end;
                }
            }
            if value_range != range {
                blank.push(value_range.start + clause.start..range.start + clause.start);
            }
            // The claim's words: value to metric word, or for a breakdown
            // the value and a few words after it.
            let window = match &metric_span {
                // "Vingt-six morts parmi les manifestants": who is counted
                // may follow the metric word.
                Some(m) if among_follows(&text[m.end..]) => {
                    range.start.min(m.start)..few_words_after(&text, m.end, 4)
                }
                Some(m) => range.start.min(m.start)..range.end.max(m.end),
                None => range.start..few_words_after(&text, range.end, 5),
            };
            // Qualifier: what quick entry keeps of the window, with other
            // figures and the continuation word blanked out.
            for (_, r) in &counts {
                if *r != range {
                    blank.push(r.start + clause.start..r.end + clause.start);
                }
            }
            if let Some((c, _)) = &continuation {
                blank.push(c.start + clause.start..c.end + clause.start);
            }
            let qualifier = match (&continuation, previous) {
                (Some((_, true)), Some((_, _, q))) => q.clone(),
                _ => qualifier_of(
                    s,
                    &clause,
                    &window,
                    &blank,
                    lang,
                    lexicon,
                    reference,
                    metric_span.is_some(),
                ),
            };
            let day = date::find_day(&text, lang, Some(reference), date::tense_of(&text, lang))
                .map(|(span, r)| same_day(span, &text[r], reference).start);
            let span_words = match &metric_span {
                Some(m) => value_range.start.min(m.start)..value_range.end.max(m.end),
                None => value_range.clone(),
            };
            Some(Found {
                metric: metric_name,
                qualifier,
                text: text[value_range].trim().to_string(),
                value: Value::Count(count),
                span: span_words.start + clause.start..span_words.end + clause.start,
                day,
                breakdown: matches!(continuation, Some((_, false))),
            })
        }
        Kind::Date => {
            let m = metric_span?;
            let tense = date::tense_of(&text, lang);
            // The contract's rule (past: strictly before the reference),
            // unlike said_at: "a éclaté dimanche" in a Sunday paper is the
            // Sunday before.
            let (span, range) = date::find_day(&text, lang, Some(reference), tense)?;
            // Who or what arrived: the words before the verb.
            let window = subject_window(&text, m.start)..m.end.max(range.end);
            let qualifier =
                qualifier_of(s, &clause, &window, &blank, lang, lexicon, reference, true);
            let words = range.start.min(m.start)..range.end.max(m.end);
            Some(Found {
                metric: metric_name,
                qualifier,
                text: text[range].trim().to_string(),
                value: Value::Date(span),
                span: words.start + clause.start..words.end + clause.start,
                day: None,
                breakdown: false,
            })
        }
        Kind::Text => None,
    }
}

/// The qualifier quick entry reads from the window's words.
#[allow(clippy::too_many_arguments)]
fn qualifier_of(
    s: &str,
    clause: &Range<usize>,
    window: &Range<usize>,
    blank: &[Range<usize>],
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
    has_metric: bool,
) -> String {
    let mut hidden: Vec<Range<usize>> = blank.to_vec();
    hidden.push(clause.start..clause.start + window.start);
    hidden.push(clause.start + window.end..clause.end);
    let text = blanked(s, clause, &hidden);
    match parse_fragment(&text, lang, lexicon, reference) {
        Ok(entry) if has_metric == entry.metric.is_some() => entry
            .qualifier
            .split_whitespace()
            .filter(|w| !QUALIFIER_NOISE.contains(w))
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

/// The clause's text with the given sentence ranges replaced by spaces
/// (byte for byte, so offsets still hold).
fn blanked(s: &str, clause: &Range<usize>, hide: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(clause.len());
    for (i, c) in s[clause.clone()].char_indices() {
        let at = clause.start + i;
        if hide.iter().any(|r| r.start <= at && at < r.end) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether the words after a metric word name who is counted ("among
/// protesters", "parmi les manifestants").
fn among_follows(rest: &str) -> bool {
    let first = rest.split_whitespace().next().unwrap_or("").to_lowercase();
    matches!(first.as_str(), "among" | "parmi")
}

/// Whether a gap between clauses is just "and"/"et".
fn is_and(gap: &str) -> bool {
    matches!(
        gap.trim().trim_matches(',').trim().to_lowercase().as_str(),
        "and" | "et"
    )
}

/// Counts of people in a piece of text: figures outside dates, not
/// followed by a unit.
fn people_counts(text: &str, lang: Lang) -> Vec<(Count, Range<usize>)> {
    let dates = date::date_spans(text, lang);
    value::find_counts(text, lang)
        .into_iter()
        .filter(|(_, r)| !dates.iter().any(|d| d.start < r.end && r.start < d.end))
        .filter(|(_, r)| !followed_by_unit(text, r.end) && !after_age_word(text, r.start))
        .collect()
}

/// Rejoins "2 300 habitants et vacanciers ont été évacués lundi": quick
/// entry keeps a piece with a day apart, which leaves the figure in one
/// clause and its count metric in the next.
fn join_split_subjects(
    s: &str,
    clauses: Vec<Range<usize>>,
    lang: Lang,
    lexicon: &Lexicon,
) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for clause in clauses {
        if let Some(last) = out.last_mut() {
            let head = &s[last.clone()];
            let tail = &s[clause.clone()];
            let metric = lexicon.find(tail, lang);
            if is_and(&s[last.end..clause.start])
                && lexicon.find(head, lang).is_none()
                && !people_counts(head, lang).is_empty()
                && metric.is_some_and(|m| m.kind == Kind::Count)
                && people_counts(tail, lang).is_empty()
            {
                last.end = clause.end;
                continue;
            }
        }
        out.push(clause);
    }
    out
}

/// A sentence set in an earlier year ("The last major earthquake in the
/// region, in 2011, killed 112 people") is background, not a claim about
/// the story.
fn is_background(s: &str, reference: NaiveDate) -> bool {
    use chrono::Datelike;
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|pair| {
        matches!(pair[0].to_lowercase().as_str(), "in" | "en")
            && pair[1].len() == 4
            && pair[1]
                .parse::<i32>()
                .is_ok_and(|y| (1900..reference.year()).contains(&y))
    })
}

/// Where the subject of a date metric's verb starts: the comma segment
/// holding the verb when it names something before it ("la colère a
/// éclaté", cut after a relative "où"/"where"), else the clause's first
/// segment ("Les forces envoyées par l'OTSC, composées…, sont arrivées").
fn subject_window(text: &str, verb: usize) -> usize {
    let head = &text[..verb];
    let segment = head.rfind([',', ';']).map_or(0, |i| i + 1);
    let mut start = segment;
    let lower = lowered(head);
    for rel in [
        " où ", " where ", " which ", " qui ", " when ", " quand ", " after ", " après ",
    ] {
        if let Some(at) = lower[segment..].rfind(rel) {
            start = start.max(segment + at + rel.len() - 1);
        }
    }
    let content = head[start..].split_whitespace().any(|w| {
        let w = w.to_lowercase();
        !AUXILIARIES.contains(&w.as_str())
            && !matches!(
                w.as_str(),
                "est" | "sont" | "is" | "are" | "was" | "were" | "se" | "s'est"
            )
    });
    if content { start } else { 0 }
}

/// The end of the `n` words after `from`, stopping at punctuation.
fn few_words_after(text: &str, from: usize, n: usize) -> usize {
    let mut end = from;
    let mut words = 0;
    let mut at = from;
    for piece in text[from..].split_inclusive(char::is_whitespace) {
        let raw = piece.trim_end();
        let stop = raw.find([',', ';', '.', ':', '«', '(']);
        if let Some(i) = stop {
            if i > 0 {
                end = at + i;
            }
            break;
        }
        if !raw.is_empty() {
            words += 1;
            end = at + raw.len();
            if words >= n {
                break;
            }
        }
        at += piece.len();
    }
    end
}

fn followed_by_unit(text: &str, end: usize) -> bool {
    // "the 1990s": a decade.
    if text[end..].starts_with('s')
        && text[end + 1..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
    {
        return true;
    }
    let rest = lowered(&text[end..]);
    let mut rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    // "de 19 et 22 ans", "aged 19 or 20": the unit after the second figure.
    for joiner in ["et ", "and ", "or ", "ou ", "to ", "à "] {
        if let Some(after) = rest.strip_prefix(joiner) {
            let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0 {
                rest = after[digits..].trim_start();
            }
        }
    }
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    UNITS.iter().any(|u| {
        rest.starts_with(u)
            && rest[u.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn after_age_word(text: &str, start: usize) -> bool {
    let before = words_before(text, start, 2);
    before
        .iter()
        .any(|(w, _)| matches!(w.as_str(), "aged" | "âgé" | "âgée" | "âgés" | "âgées"))
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

/// Lower-cased with every byte offset kept valid in the original.
fn lowered(text: &str) -> String {
    crate::parse::fold_case(text)
}

fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Up to `n` words just before `at` (nearest first), lower-cased, with
/// their byte ranges.
fn words_before(text: &str, at: usize, n: usize) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    let mut end = at;
    while out.len() < n {
        let head = text[..end].trim_end();
        if head.is_empty() || head.ends_with(|c: char| ",;:.".contains(c)) {
            break;
        }
        let start = head
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        out.push((head[start..].to_lowercase(), start..head.len()));
        end = start;
    }
    out
}

fn has_figure(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

fn is_day_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "yesterday"
            | "today"
            | "hier"
            | "aujourd'hui"
    )
}

/// Whether a phrase opens (after any day) with an article or possessive,
/// as a role does ("The agency's spokesman", "Le ministre de…"); a clause
/// such as "Twenty-six rioters were killed" does not.
fn opens_with_article(raw: &str) -> bool {
    let lower = raw.to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .skip_while(|w| *w == "on" || is_day_word(w.trim_matches(',')))
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    let verbish = words.iter().any(|w| {
        matches!(
            *w,
            "was" | "were" | "is" | "are" | "have" | "has" | "had" | "été" | "sont" | "ont" | "est"
        )
    });
    !verbish
        && (LEADING_ARTICLES.contains(first)
            || matches!(
                *first,
                "its" | "his" | "her" | "their" | "son" | "sa" | "leur"
            )
            || first.starts_with("l'")
            || first.starts_with("l’"))
}

/// A proper name: one to four words, each capitalised.
fn looks_like_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lexicon::builtin_aliases;

    fn friday() -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, 1, 7).unwrap()
    }

    fn run(text: &str, lang: Lang) -> Vec<Candidate> {
        extract(
            text,
            lang,
            &extraction_lexicon(builtin_aliases()),
            friday(),
            true,
        )
    }

    fn count(c: &Candidate) -> (Option<f64>, Option<f64>) {
        match c.value {
            Value::Count(n) => (n.low, n.high),
            _ => panic!("not a count: {c:?}"),
        }
    }

    #[test]
    fn one_sentence_several_claims_with_subject_claimant() {
        let found = run(
            "Le ministère de l'Intérieur du Kazakhstan a annoncé, vendredi, que 26 \"criminels armés\" avaient été tués et 18 blessés lors des troubles.",
            Lang::Fr,
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].metric, "deaths");
        assert_eq!(found[0].qualifier, "criminels armés");
        assert_eq!(found[0].claimant, "ministère de l'Intérieur du Kazakhstan");
        assert_eq!(found[0].said_at, Some(friday()));
        assert_eq!(found[1].metric, "injured");
        assert_eq!(count(&found[1]), (Some(18.0), Some(18.0)));
    }

    #[test]
    fn english_attributions_and_number_words() {
        let found = run(
            "Twenty-six rioters were killed, the Interior Ministry said on Thursday.",
            Lang::En,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "Twenty-six");
        assert_eq!(found[0].claimant, "Interior Ministry");
        assert_eq!(found[0].said_at, NaiveDate::from_ymd_opt(2022, 1, 6));
        let found = run(
            "Dozens were killed overnight, according to the police.",
            Lang::En,
        );
        assert_eq!(count(&found[0]), (Some(24.0), Some(99.0)));
        assert_eq!(found[0].claimant, "police");
    }

    #[test]
    fn weekday_happenings_follow_the_tense_rule() {
        let found = run(
            "Kazakhstan est secoué par une contestation qui a éclaté dimanche. Des troupes russes sont arrivées jeudi.",
            Lang::Fr,
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].metric, "start");
        assert_eq!(
            found[0].value,
            Value::Date(DateSpan::day(NaiveDate::from_ymd_opt(2022, 1, 2).unwrap()))
        );
        assert_eq!(found[1].metric, "arrival");
        assert_eq!(found[1].qualifier, "troupes russes");
    }

    #[test]
    fn numbers_that_are_not_claims_give_nothing() {
        for text in [
            "The price of gas jumped from 60 to 120 tenge in 2022.",
            "A 45-year-old man was arrested in the 1990s.",
            "Turnout was 62 percent at 10:30 on Sunday.",
            "The city of 2 million people has 40 hospitals.",
            "Un pompier de 34 ans a été blessé.",
        ] {
            assert!(
                run(text, Lang::En).is_empty(),
                "{text}: {:?}",
                run(text, Lang::En)
            );
        }
    }

    #[test]
    fn breakdowns_and_comparisons_borrow_the_metric() {
        let found = run("Le bilan est de 164 morts, dont 103 à Almaty.", Lang::Fr);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].metric, "deaths");
        assert_eq!(found[1].qualifier, "almaty");
        let found = run(
            "Police have detained 4,404 people, up from 3,811 on Thursday.",
            Lang::En,
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].metric, "detained");
        assert_eq!(found[1].as_of, NaiveDate::from_ymd_opt(2022, 1, 6));
    }

    #[test]
    fn spans_count_characters() {
        let text = "Élan : près de 8 000 déplacés.";
        let found = run(text, Lang::Fr);
        assert_eq!(found.len(), 1);
        let (a, b) = found[0].span;
        let words: String = text.chars().skip(a).take(b - a).collect();
        assert_eq!(words, "près de 8 000 déplacés");
    }

    #[test]
    fn sentences_survive_abbreviations_and_decimals() {
        let s = sentences("Mr. Smith said 6.4 was the magnitude. Then 3 died.\nHeadline");
        assert_eq!(s.len(), 3);
    }

    proptest::proptest! {
        #[test]
        fn extraction_never_panics(text in ".{0,120}") {
            let _ = run(&text, Lang::En);
            let _ = run(&text, Lang::Fr);
        }
    }
}
