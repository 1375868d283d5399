//! The language spec files: `tests/spec/<code>/<kind>.tsv` for every
//! language of `lang::ALL`, one case a line (`#` starts a comment),
//! columns separated by tabs. A language without a file of every kind
//! fails, and so does a file of a kind this runner does not know.
//!
//! Kinds: `numbers` (input, number read by `parse_number`), `counts`
//! (input, count: `LOW..HIGH` with an open end left empty, after `approx`
//! or `vague`; the input must read whole and be found once, covering all
//! of it but the surrounding white space), `tenses` (input, `past`,
//! `future` or `bare`), `days` (input, reference day, the first day named
//! resolved by the input's own tense: `DAY` or `FIRST..LAST`), `moments`
//! (input, reference day or `-`, the day `parse_when` reads, or
//! `error: WORDS` when it refuses the input with WORDS in the message), `entries`
//! (input, reference day, the claims quick entry reads, or its error),
//! `finds` (input, the counts `find_counts` finds: `WORDS => COUNT`
//! separated by ` ; `, or `none`), `refusals` (input, the numeral
//! `first_unreadable` names in it, or `-`; a named numeral must not read
//! as a count by itself either), `extracts` (a sentence or two, the
//! publication day, the candidates `extract` finds, in order: `METRIC /
//! VALUE / QUALIFIER / CLAIMANT`, with ` / CITING` when it relays someone,
//! separated by ` ; `, or `none`; VALUE `LOW..HIGH` or a day).

use chrono::NaiveDate;
use claimlog::domain::{Count, DateSpan, Value, When};
use claimlog::extract::{extract, extraction_lexicon};
use claimlog::lang::{ALL, Lang};
use claimlog::parse::date::{Tense, find_day, parse_when, tense_of};
use claimlog::parse::entry::{EntryClaim, parse_entry};
use claimlog::parse::lexicon::{Lexicon, builtin_aliases};
use claimlog::parse::value::{find_counts, first_unreadable, parse_count, parse_number};
use std::path::Path;

/// The check of one line of a spec file, given its columns.
type Case = fn(Lang, &[&str]) -> Result<(), String>;

/// Each kind of spec file and its check.
const KINDS: &[(&str, Case)] = &[
    ("numbers", number_case),
    ("counts", count_case),
    ("finds", find_case),
    ("refusals", refusal_case),
    ("tenses", tense_case),
    ("days", day_case),
    ("moments", moment_case),
    ("entries", entry_case),
    ("extracts", extract_case),
];

#[test]
fn every_language_passes_its_spec_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spec");
    let mut failures = Vec::new();
    for &lang in ALL {
        let dir = root.join(lang.code());
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if !KINDS.iter().any(|k| k.0 == stem) {
                failures.push(format!("{}: not a kind of spec file", path.display()));
            }
        }
        for &(kind, case) in KINDS {
            let path = dir.join(format!("{kind}.tsv"));
            let Ok(text) = std::fs::read_to_string(&path) else {
                failures.push(format!("{}: missing", path.display()));
                continue;
            };
            for (n, line) in text.lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let cols: Vec<&str> = line.split('\t').collect();
                if let Err(why) = case(lang, &cols) {
                    failures.push(format!("{}:{}: {line:?}: {why}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn number_case(lang: Lang, cols: &[&str]) -> Result<(), String> {
    let [input, want] = cols else {
        return Err("want 2 columns".into());
    };
    let want = if *want == "-" {
        None
    } else {
        Some(number(want)?)
    };
    let got = parse_number(input, lang);
    (got == want)
        .then_some(())
        .ok_or(format!("parse_number gave {got:?}"))
}

fn count_case(lang: Lang, cols: &[&str]) -> Result<(), String> {
    let [input, want] = cols else {
        return Err("want 2 columns".into());
    };
    let want = count(want)?;
    let got = parse_count(input, lang);
    if got != Some(want) {
        return Err(format!("parse_count gave {got:?}"));
    }
    let found = find_counts(input, lang);
    let trimmed = input.len() - input.trim_start().len()..input.trim_end().len();
    match found.as_slice() {
        [(c, span)] if *c == want && *span == trimmed => Ok(()),
        _ => Err(format!("find_counts gave {found:?}")),
    }
}

fn find_case(lang: Lang, cols: &[&str]) -> Result<(), String> {
    let [input, want] = cols else {
        return Err("want 2 columns".into());
    };
    let mut wanted = Vec::new();
    for item in want.split(" ; ").filter(|_| *want != "none") {
        let (words, c) = item.split_once(" => ").ok_or(format!("{item:?}: no =>"))?;
        wanted.push((words.to_string(), count(c)?));
    }
    let got: Vec<(String, Count)> = find_counts(input, lang)
        .into_iter()
        .map(|(c, span)| (input[span].to_string(), c))
        .collect();
    (got == wanted)
        .then_some(())
        .ok_or(format!("find_counts gave {got:?}"))
}

fn refusal_case(lang: Lang, cols: &[&str]) -> Result<(), String> {
    let [input, want] = cols else {
        return Err("want 2 columns".into());
    };
    let named = first_unreadable(input, lang).map(|(span, _)| &input[span]);
    if named != (*want != "-").then_some(*want) {
        return Err(format!("first_unreadable named {named:?}"));
    }
    // A refused numeral read alone must not become a count either.
    match named.and_then(|bad| parse_count(bad, lang)) {
        Some(count) => Err(format!("parse_count read {count:?}")),
        None => Ok(()),
    }
}

fn tense_case(lang: Lang, cols: &[&str]) -> Result<(), String> {
    let [input, want] = cols else {
        return Err("want 2 columns".into());
    };
    let want = match *want {
        "past" => Tense::Past,
        "future" => Tense::Future,
        "bare" => Tense::Bare,
        _ => return Err(format!("{want:?} is not a tense")),
    };
    let got = tense_of(input, lang);
    (got == want)
        .then_some(())
        .ok_or(format!("tense_of gave {got:?}"))
}

fn day_case(lang: Lang, cols: &[&str]) -> Result<(), String> {
    let [input, reference, want] = cols else {
        return Err("want 3 columns".into());
    };
    let (reference, want) = (reference_day(reference)?, span(want)?);
    let got = find_day(input, lang, reference, tense_of(input, lang)).map(|(span, _)| span);
    (got == want)
        .then_some(())
        .ok_or(format!("find_day gave {got:?}"))
}

fn moment_case(_: Lang, cols: &[&str]) -> Result<(), String> {
    let [input, reference, want] = cols else {
        return Err("want 3 columns".into());
    };
    let got = parse_when(input, reference_day(reference)?);
    let ok = match (&got, want.strip_prefix("error: ")) {
        (Err(e), Some(words)) => e.contains(words),
        (Ok(when), None) => *when == When::Day(day(want)?),
        _ => false,
    };
    ok.then_some(()).ok_or(format!("parse_when gave {got:?}"))
}

/// Claims as `METRIC / TEXT / VALUE / QUALIFIER`, separated by ` ; `
/// (`*` leaves a field unchecked, a last `...` allows more claims), or
/// `error: WORDS`.
fn entry_case(lang: Lang, cols: &[&str]) -> Result<(), String> {
    let [input, reference, want] = cols else {
        return Err("want 3 columns".into());
    };
    let reference = day(reference)?;
    let got = parse_entry(input, lang, &Lexicon::builtin(), reference);
    let claims = match (got, want.strip_prefix("error: ")) {
        (Err(e), Some(words)) if e.to_string().contains(words) => return Ok(()),
        (Ok(claims), None) => claims,
        (got, _) => return Err(format!("parse_entry gave {got:?}")),
    };
    let mut wanted: Vec<&str> = want.split(" ; ").collect();
    let more = wanted.last() == Some(&"...");
    if more {
        wanted.pop();
    }
    if claims.len() < wanted.len() || (!more && claims.len() > wanted.len()) {
        return Err(format!("parse_entry gave {claims:?}"));
    }
    for (claim, want) in claims.iter().zip(&wanted) {
        claim_matches(claim, want).map_err(|why| format!("{why} in {claims:?}"))?;
    }
    Ok(())
}

fn claim_matches(claim: &EntryClaim, want: &str) -> Result<(), String> {
    let [metric, text, value, qualifier] = want.split(" / ").collect::<Vec<_>>()[..] else {
        return Err(format!("{want:?} is not METRIC / TEXT / VALUE / QUALIFIER"));
    };
    let value = match value {
        "*" => None,
        v if v.contains("..") => Some(Value::Count(count(v)?)),
        v => Some(Value::Date(DateSpan::day(day(v)?))),
    };
    let metric_ok = metric == "*" || claim.metric.as_deref() == (metric != "-").then_some(metric);
    let ok = metric_ok
        && (text == "*" || claim.text == text)
        && value.is_none_or(|v| claim.value == v)
        && (qualifier == "*" || claim.qualifier == qualifier);
    ok.then_some(()).ok_or(format!("{want:?} does not match"))
}

fn day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("{text:?} is not a day"))
}

/// `-` for none, else a day.
fn reference_day(text: &str) -> Result<Option<NaiveDate>, String> {
    (text != "-").then(|| day(text)).transpose()
}

/// `-` for none, a day, or `FIRST..LAST`.
fn span(text: &str) -> Result<Option<DateSpan>, String> {
    if text == "-" {
        return Ok(None);
    }
    let (first, last) = text.split_once("..").unwrap_or((text, text));
    Ok(Some(DateSpan {
        start: day(first)?,
        end: day(last)?,
    }))
}

fn number(text: &str) -> Result<f64, String> {
    text.parse()
        .map_err(|_| format!("{text:?} is not a number"))
}

/// `26..26`, `26..`, `..30`, `approx 12..12`, `vague 2..9`.
fn count(text: &str) -> Result<Count, String> {
    let (flag, ends) = text.split_once(' ').unwrap_or(("", text));
    let (low, high) = ends.split_once("..").ok_or(format!("{text:?}: no .."))?;
    let end = |s: &str| (!s.is_empty()).then(|| number(s)).transpose();
    Ok(Count {
        low: end(low)?,
        high: end(high)?,
        approx: flag == "approx",
        vague: flag == "vague",
    })
}

fn extract_case(lang: Lang, cols: &[&str]) -> Result<(), String> {
    let [input, published, want] = cols else {
        return Err("want 3 columns".into());
    };
    let lexicon = extraction_lexicon(builtin_aliases());
    let found = extract(input, lang, &lexicon, day(published)?, true);
    let got: Vec<String> = found
        .iter()
        .map(|c| {
            let value = match &c.value {
                Value::Count(n) => {
                    let end = |e: Option<f64>| e.map(|e| e.to_string()).unwrap_or_default();
                    format!("{}..{}", end(n.low), end(n.high))
                }
                Value::Date(d) if d.start == d.end => d.start.to_string(),
                Value::Date(d) => format!("{}..{}", d.start, d.end),
                Value::Text => String::new(),
            };
            let mut line = format!("{} / {value} / {} / {}", c.metric, c.qualifier, c.claimant);
            if !c.citing.is_empty() {
                line.push_str(&format!(" / {}", c.citing));
            }
            line
        })
        .collect();
    let wanted: Vec<&str> = match *want {
        "none" => Vec::new(),
        w => w.split(" ; ").collect(),
    };
    (got == wanted)
        .then_some(())
        .ok_or(format!("extract gave {:?}", got.join(" ; ")))
}
