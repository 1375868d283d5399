//! Who a sentence attributes its figures to, and on which day they said it.

use super::words::*;
use crate::domain::DateSpan;
use crate::lang::{ALL, Lang};
use crate::parse::date::{self, Tense};
use chrono::{Days, NaiveDate};
use std::ops::Range;

/// Who said it, where the sentence says so, and on which day.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Attribution {
    pub(super) claimant: String,
    /// Bytes of the sentence that name the claimant and the verb (blanked
    /// out of qualifiers).
    pub(super) range: Range<usize>,
    pub(super) day: Option<NaiveDate>,
    /// Opened by "although"/"while"/"mais": another voice, which only
    /// speaks for its own clause.
    contrast: bool,
}

pub(super) fn attributions(
    s: &str,
    lang: Lang,
    reference: NaiveDate,
    history: &[String],
    named: &mut Vec<String>,
) -> Vec<Attribution> {
    let lower = lowered(s);
    let days = date::date_spans(s, lang);
    let said = Said {
        s,
        lang,
        reference,
        history,
        days: &days,
    };
    let mut found = said.after_openers(&lower);
    // Verbs of saying: the subject before them, or (French inversion, "a
    // indiqué l'alliance") the phrase after.
    for verb in lang.extraction.speech_verbs {
        for (at, _) in lower.match_indices(verb) {
            let end = at + verb.len();
            let taken = found
                .iter()
                .any(|a| a.range.start <= at && at < a.range.end);
            if !is_word_boundary(&lower, at, end) || taken {
                continue;
            }
            if let Some(a) = said.by_verb(at, end) {
                found.push(a);
            }
        }
    }
    found.sort_by_key(|a| a.range.start);
    for a in &found {
        named.push(a.claimant.clone());
    }
    found
}

/// A sentence and what its attributions are read against.
struct Said<'a> {
    s: &'a str,
    lang: Lang,
    reference: NaiveDate,
    history: &'a [String],
    days: &'a [Range<usize>],
}

impl Said<'_> {
    /// "according to X", "selon X": the claimant follows.
    fn after_openers(&self, lower: &str) -> Vec<Attribution> {
        let mut found = Vec::new();
        for phrase in every_lang(|e| e.claimant_openers) {
            for (at, _) in lower.match_indices(phrase) {
                let end = at + phrase.len();
                // "d'après-midi" is an afternoon, not an attribution.
                if !is_word_boundary(lower, at, end) || lower[end..].starts_with('-') {
                    continue;
                }
                let (name, name_end) = phrase_after(self.s, end);
                if name.is_empty() {
                    continue;
                }
                found.push(Attribution {
                    claimant: resolve_claimant(&name, self.history),
                    range: at..name_end,
                    day: self.day_near(at, name_end),
                    contrast: false,
                });
            }
        }
        found
    }

    /// The attribution of a verb of saying at `at..end`, with the
    /// auxiliary before it ("a annoncé"); none for a passive ("was said").
    fn by_verb(&self, at: usize, end: usize) -> Option<Attribution> {
        let prev = words_before(self.s, at, 1);
        if prev
            .first()
            .is_some_and(|(w, _)| any_lang(w, |e| e.passive_markers))
        {
            return None;
        }
        let verb_start = match prev.first() {
            Some((w, r)) if any_lang(w, |e| e.auxiliaries) => r.start,
            _ => at,
        };
        let (claimant, range, contrast) = subject_of(self.s, verb_start, end)?;
        let claimant = resolve_claimant(&claimant, self.history);
        if claimant.is_empty() {
            return None;
        }
        Some(Attribution {
            claimant,
            range: range.start.min(verb_start)..range.end.max(end),
            day: self.day_near(range.start, end),
            contrast,
        })
    }

    fn day_near(&self, subject_start: usize, verb_end: usize) -> Option<NaiveDate> {
        day_near(
            self.s,
            self.days,
            subject_start,
            verb_end,
            self.lang,
            self.reference,
        )
    }
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
        || every_lang(|e| e.inverting_auxiliaries)
            .any(|a| verb.strip_prefix(a).is_some_and(|r| r.starts_with(' ')))
        || ALL
            .iter()
            .any(|l| l.extraction.inverting_verbs.contains(&verb.as_str()));
    if comma_before && may_invert {
        let (name, end) = phrase_after(s, verb_end);
        if !name.is_empty() && !has_figure(&name) {
            return Some((name, verb_start..end, false));
        }
    }
    let head = s[..verb_start].trim_end_matches([' ', ',']);
    let boundary = clause_boundary(head);
    let segment = &s[boundary..head.len()];
    let contrast = words_of(segment)
        .next()
        .is_some_and(|w| any_lang(&w.to_lowercase(), |e| e.contrasts));
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
                && words_of(&role).count() <= 8
                && !has_figure(&role)
            {
                return Some((format!("{role}, {subject}"), start..verb_start, contrast));
            }
        }
        if words_of(&subject).count() > 9 || has_figure(&subject) {
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
    let whole = every_lang(|e| e.clause_openers).map(|w| format!(" {w} "));
    let elided =
        every_lang(|e| e.elided_clause_openers).flat_map(|w| [format!(" {w}'"), format!(" {w}’")]);
    for word in whole.chain(elided) {
        if let Some(at) = lower.rfind(&word)
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
    let mut words: Vec<&str> = words_of(segment).collect();
    // Leading "On Thursday", "Jeudi", "and", "mais".
    while let Some(first) = words.first() {
        let w = first.to_lowercase();
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if any_lang(w, |e| e.subject_openers) || any_lang(w, |e| e.contrasts) || is_day_word(w) {
            words.remove(0);
        } else {
            break;
        }
    }
    while let Some(last) = words.last() {
        let w = last.to_lowercase();
        if any_lang(&w, |e| e.subject_tail) {
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
    for article in every_lang(|e| e.elided_articles) {
        let upper = article.to_uppercase();
        for elided in [article, upper.as_str()] {
            for apostrophe in ['\'', '’'] {
                if let Some(r) = rest
                    .strip_prefix(elided)
                    .and_then(|r| r.strip_prefix(apostrophe))
                {
                    rest = r;
                }
            }
        }
    }
    if let Some((first, tail)) = rest.split_once(' ')
        && any_lang(&first.to_lowercase(), |e| e.articles)
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
    let mut end = from;
    let rest = &s[from..];
    for piece in pieces(rest) {
        let start = from + piece.start;
        let raw = &rest[piece];
        let trimmed = raw.trim_end_matches(|c: char| ",.;:!?»\")".contains(c));
        let stops_here = trimmed.len() < raw.len();
        let w = trimmed.to_lowercase();
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let complementizer = any_lang(bare, |e| e.complementizers);
        if words.is_empty()
            && (is_day_word(bare) || any_lang(bare, |e| e.claimant_skips) || complementizer)
        {
            if complementizer {
                break;
            }
            if stops_here {
                continue;
            }
            continue;
        }
        if !words.is_empty() && any_lang(bare, |e| e.claimant_stops) {
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
    if any_lang(&lower, |e| e.pronouns)
        || every_lang(|e| e.same_source).any(|p| lower.contains(p))
        || any_lang(&lower, |e| e.source_words)
    {
        return history.last().cloned().unwrap_or_default();
    }
    let single = !lower.contains(' ') || one_name_with_head(&lower);
    if single {
        let head = words_of(&lower).next().unwrap_or("");
        if let Some(full) = history
            .iter()
            .rev()
            .find(|h| h.len() > name.len() && words_of(&lowered(h)).any(|w| w == head))
        {
            return full.clone();
        }
    }
    name.to_string()
}

/// `ministère X`: a head that makes one name of two words, unless its
/// link word follows (`ministère de l'Intérieur`).
fn one_name_with_head(lower: &str) -> bool {
    ALL.iter()
        .flat_map(|l| l.extraction.single_name_heads)
        .any(|&(head, link)| {
            lower.strip_prefix(head).is_some_and(|r| r.starts_with(' '))
                && !lower.contains(&format!(" {link} "))
                && words_of(lower).count() <= 2
        })
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
            ALL.iter()
                .any(|l| l.dates.date_prepositions.contains(&gap.as_str()))
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
pub(super) fn resolve_day(
    text: &str,
    lang: Lang,
    reference: NaiveDate,
    tense: Tense,
) -> Option<NaiveDate> {
    let (span, _) = date::find_day(text, lang, Some(reference), tense)?;
    Some(same_day(span, text, reference).start)
}

pub(super) fn same_day(span: DateSpan, text: &str, reference: NaiveDate) -> DateSpan {
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
pub(super) fn pick_attribution<'a>(
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
