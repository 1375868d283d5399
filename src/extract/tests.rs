//! Unit tests of the extraction pipeline on single sentences.

use super::sentences::sentences;
use super::*;
use crate::domain::DateSpan;
use crate::lang::{EN, FR};
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
        FR,
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
        EN,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "Twenty-six");
    assert_eq!(found[0].claimant, "Interior Ministry");
    assert_eq!(found[0].said_at, NaiveDate::from_ymd_opt(2022, 1, 6));
    let found = run("Dozens were killed overnight, according to the police.", EN);
    assert_eq!(count(&found[0]), (Some(24.0), Some(99.0)));
    assert_eq!(found[0].claimant, "police");
}

#[test]
fn weekday_happenings_follow_the_tense_rule() {
    let found = run(
        "Kazakhstan est secoué par une contestation qui a éclaté dimanche. Des troupes russes sont arrivées jeudi.",
        FR,
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
    ] {
        assert!(run(text, EN).is_empty(), "{text}: {:?}", run(text, EN));
    }
    // An age is no count, but the one person the subject names is.
    let found = run("Un pompier de 34 ans a été blessé.", FR);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].metric, "injured");
    assert_eq!(found[0].value, Value::Count(singular::one()));
}

#[test]
fn breakdowns_and_comparisons_borrow_the_metric() {
    let found = run("Le bilan est de 164 morts, dont 103 à Almaty.", FR);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].metric, "deaths");
    assert_eq!(found[1].qualifier, "almaty");
    let found = run(
        "Police have detained 4,404 people, up from 3,811 on Thursday.",
        EN,
    );
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].metric, "detained");
    assert_eq!(found[1].as_of, NaiveDate::from_ymd_opt(2022, 1, 6));
}

#[test]
fn spans_count_characters() {
    let text = "Élan : près de 8 000 déplacés.";
    let found = run(text, FR);
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

/// The articles the project ships, each as one text.
fn articles() -> Vec<(String, Lang)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for (name, lang) in [
        ("samples/article-en.txt", EN),
        ("samples/article-fr.txt", FR),
        ("tests/extract/en-1.txt", EN),
        ("tests/extract/fr-2.txt", FR),
    ] {
        out.push((std::fs::read_to_string(root.join(name)).unwrap(), lang));
    }
    out
}

fn streamed(text: &str, lang: Lang, pieces: &[usize], step: usize) -> Vec<Candidate> {
    let lexicon = extraction_lexicon(builtin_aliases());
    let mut out = Vec::new();
    let mut keep = |c| {
        out.push(c);
        Ok::<(), ()>(())
    };
    let mut e = Extractor::new(lang, &lexicon, friday(), true).with_step(step);
    let mut at = 0;
    for &len in pieces.iter().cycle() {
        if at >= text.len() {
            break;
        }
        let mut end = (at + len.max(1)).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        e.feed(&text[at..end], &mut keep).unwrap();
        at = end;
    }
    e.finish(&mut keep).unwrap();
    out
}

#[test]
fn text_fed_in_pieces_gives_what_the_whole_gives() {
    for (text, lang) in articles() {
        let whole = run(&text, lang);
        assert!(!whole.is_empty());
        for pieces in [&[1][..], &[7], &[64, 3, 200], &[1000]] {
            assert_eq!(streamed(&text, lang, pieces, 0), whole, "{pieces:?}");
        }
    }
}

#[test]
fn spans_stay_exact_across_pieces() {
    let text =
        "Élan : près de 8 000 déplacés.\n\nÀ Almaty, 26 morts selon la police. Ensuite 3 blessés.";
    let found = streamed(text, FR, &[5], 0);
    assert_eq!(found.len(), 3, "{found:?}");
    for c in &found {
        let words: String = text
            .chars()
            .skip(c.span.0)
            .take(c.span.1 - c.span.0)
            .collect();
        assert_eq!(words, c.words);
    }
    assert_eq!(found[1].words, "26 morts");
}

#[test]
fn a_run_without_sentence_breaks_is_refused() {
    let lexicon = extraction_lexicon(builtin_aliases());
    let mut e = Extractor::new(EN, &lexicon, friday(), true);
    let mut ignore = |_| Ok::<(), ()>(());
    e.feed("Three died. ", &mut ignore).unwrap();
    let long = format!("Then{}", " word".repeat(MAX_SENTENCE / 5 + 10));
    let err = e.feed(&long, &mut ignore).unwrap_err();
    assert!(
        matches!(err, StreamError::SentenceTooLong { at: 12 }),
        "{err:?}"
    );
}

#[test]
fn history_keeps_recent_claimants_once() {
    let lexicon = extraction_lexicon(builtin_aliases());
    let mut e = Extractor::new(EN, &lexicon, friday(), true);
    for i in 0..(HISTORY + 10) {
        e.remember(vec![format!("Agency {i}"), "Interior Ministry".into()]);
    }
    assert_eq!(e.history.len(), HISTORY);
    assert_eq!(e.history.last().unwrap(), "Interior Ministry");
    assert_eq!(
        e.history
            .iter()
            .filter(|h| *h == "Interior Ministry")
            .count(),
        1
    );
}

proptest::proptest! {
    #[test]
    fn extraction_never_panics(text in ".{0,120}") {
        let _ = run(&text, EN);
        let _ = run(&text, FR);
    }
}

#[test]
fn a_dotted_unit_of_time_ends_a_sentence() {
    let s =
        sentences("They struck after 10 p.m. Among the wounded was the father. M. Dupont a parlé.");
    assert_eq!(s.len(), 3, "{s:?}");
}
