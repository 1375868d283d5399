//! Which way a weekday points: the tense of a fragment, read with the
//! language's tense tables (`lang::Tense`). The rules are the same for
//! every language; the words, endings and cues are the language's.

use super::Tense;
use super::scan::Scan;
use crate::lang::{ALL, Compound, Cue, Ending, Lang, Rule, Tense as Rules, Verdict};

/// The tense of the text at `scan`, for `lang`: a weekday's own modifier,
/// then a future marker, then a past one.
pub(super) fn tense_in(scan: &Scan, lang: Lang) -> Tense {
    let rules = &lang.dates.tense;
    let n = scan.toks.len();
    if let Some(tense) = (0..n).find_map(|i| weekday_modifier(scan, i)) {
        return tense;
    }
    if (0..n).any(|i| future_at(scan, i, rules)) {
        Tense::Future
    } else if (0..n).any(|i| past_at(scan, i, rules)) {
        Tense::Past
    } else {
        Tense::Bare
    }
}

/// "last Thursday", "next Friday", "jeudi dernier", "vendredi prochain",
/// in any language.
fn weekday_modifier(s: &Scan, i: usize) -> Option<Tense> {
    let full = |k: usize| s.weekday_at(k).is_some_and(|(_, abbrev, _)| !abbrev);
    if full(i + 1) && s.spaced(i + 1) {
        if s.is_any(i, |l| l.dates.tense.past_before_weekday) {
            return Some(Tense::Past);
        }
        if s.is_any(i, |l| l.dates.tense.future_before_weekday) {
            return Some(Tense::Future);
        }
    }
    if full(i) && s.spaced(i + 1) {
        let after = |pick: fn(&crate::lang::Language) -> &'static [&'static str]| {
            ALL.iter()
                .flat_map(|l| pick(l))
                .any(|p| s.phrase_at(i + 1, p).is_some())
        };
        if after(|l| l.dates.past_after_weekday) {
            return Some(Tense::Past);
        }
        if after(|l| l.dates.future_after_weekday) {
            return Some(Tense::Future);
        }
    }
    None
}

/// A time word of any language, a weekday or a month (`next week`).
fn time_word(s: &Scan, i: usize) -> bool {
    s.is_any(i, |l| l.dates.tense.time_words)
        || s.weekday_at(i).is_some()
        || s.month_at(i).is_some()
}

fn future_at(s: &Scan, i: usize, rules: &Rules) -> bool {
    let Some(w) = s.word(i) else {
        return false;
    };
    if let Some(rule) = rules.future.iter().find(|r| r.words.contains(&w)) {
        return cue_at(s, i, rule.cue, rules);
    }
    ending_at(s, i, &rules.future_ending, rules)
}

fn past_at(s: &Scan, i: usize, rules: &Rules) -> bool {
    let Some(w) = s.word(i) else {
        return false;
    };
    if let Some(verdict) = rule_verdict(s, i, w, rules.past, rules) {
        return verdict;
    }
    if let Some(verdict) = compound_at(s, i, &rules.compound) {
        return verdict;
    }
    if rules.past_words.contains(&w) {
        return true;
    }
    if let Some(ago) = &rules.ago
        && s.phrase_words_at(i, ago.phrase)
    {
        let from = i + ago.phrase.len();
        return (from..from + ago.within).any(|k| s.is(k, ago.units));
    }
    ending_at(s, i, &rules.past_ending, rules)
}

/// What the past rules say of `w` at `i`: an `Is` rule decides; an `IsNot`
/// rule whose cue is there rules the word out, else the next rule reads.
fn rule_verdict(s: &Scan, i: usize, w: &str, rules: &[Rule], all: &Rules) -> Option<bool> {
    for rule in rules.iter().filter(|r| r.words.contains(&w)) {
        let cued = cue_at(s, i, rule.cue, all);
        match rule.verdict {
            Verdict::Is => return Some(cued),
            Verdict::IsNot if cued => return Some(false),
            Verdict::IsNot => {}
        }
    }
    None
}

fn cue_at(s: &Scan, i: usize, cue: Cue, rules: &Rules) -> bool {
    match cue {
        Cue::Always => true,
        Cue::AfterApostrophe => s.apostrophe(i),
        Cue::BeforeApostrophe(w) => s.apostrophe(i + 1) && s.is(i + 1, &[w]),
        Cue::Before(words) => s.is(i + 1, words),
        Cue::After(words) => i > 0 && s.is(i - 1, words),
        Cue::AfterElided(w) => i > 0 && s.is(i - 1, &[w]) && s.apostrophe(i),
        Cue::BeforeTimeWord => time_word(s, i + 1),
        Cue::AfterBe => be_before(s, i, rules),
        Cue::BeforeInfinitive => infinitive_from(s, i + 1, rules),
    }
}

/// A form of `to be` just before `k`, or before one adverb before it.
fn be_before(s: &Scan, k: usize, rules: &Rules) -> bool {
    k > 0
        && (s.is(k - 1, rules.be)
            || (k > 1 && s.is(k - 1, rules.be_adverbs) && s.is(k - 2, rules.be)))
}

/// Whether an infinitive follows token `k - 1`, past a few clitics.
fn infinitive_from(s: &Scan, k: usize, rules: &Rules) -> bool {
    let mut k = k;
    for _ in 0..3 {
        if !s.is(k, rules.clitics) {
            break;
        }
        k += 1;
    }
    s.word(k)
        .is_some_and(|w| w.len() >= 3 && rules.infinitive_endings.iter().any(|e| w.ends_with(e)))
}

/// A whole word or an ending of `ending` at `i`.
fn ending_at(s: &Scan, i: usize, ending: &Ending, rules: &Rules) -> bool {
    let t = &s.toks[i];
    if t.is_number() || (t.capital && !ending.capitals) {
        return false;
    }
    let (lower, w) = (t.lower.as_str(), t.fold.as_str());
    let len = if ending.in_chars {
        w.chars().count()
    } else {
        w.len()
    };
    let plain = ending
        .endings
        .iter()
        .any(|&(e, min)| len >= min && w.ends_with(e));
    let accented = ending
        .accented_endings
        .iter()
        .any(|&(e, min)| w.len() >= min && lower.ends_with(e));
    let blocked = ending.blockers.iter().any(|b| w.ends_with(b)) || ending.exceptions.contains(&w);
    let found = ending.words.contains(&w) || accented || (plain && !blocked);
    found && (!ending.after_be || be_before(s, i, rules))
}

/// An auxiliary at `i`: whether a participle follows, past the fillers.
/// `None` when `i` is no auxiliary.
fn compound_at(s: &Scan, i: usize, c: &Compound) -> Option<bool> {
    let t = &s.toks[i];
    let aux = if c.accents_kept { &t.lower } else { &t.fold };
    if !c.auxiliaries.contains(&aux.as_str()) {
        return None;
    }
    let mut k = i + 1;
    while k <= i + c.max_fillers && s.is(k, c.fillers) {
        k += 1;
    }
    Some(participle_at(s, k, c))
}

fn participle_at(s: &Scan, k: usize, c: &Compound) -> bool {
    let p = &c.participle;
    let Some(t) = s.toks.get(k).filter(|t| !t.is_number()) else {
        return false;
    };
    let (lower, fold) = (t.lower.as_str(), t.fold.as_str());
    p.accented_endings.iter().any(|e| lower.ends_with(e))
        || p.words.contains(&fold)
        || ((p.capitals || !t.capital)
            && fold.len() >= p.min_len
            && p.endings.iter().any(|e| fold.ends_with(e))
            && !p.exceptions.contains(&fold))
}
