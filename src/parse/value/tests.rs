//! Number and count cases, language by language (number words, bounds,
//! ranges, vague words), and the helpers the other case files share.

use super::*;
pub(super) use crate::lang::{EN, FR};

pub(super) fn exact(n: f64) -> Count {
    Count::exact(n)
}

pub(super) fn approx(n: f64) -> Count {
    Count {
        approx: true,
        ..Count::exact(n)
    }
}

pub(super) fn vague(low: f64, high: f64) -> Count {
    Count {
        low: Some(low),
        high: Some(high),
        approx: false,
        vague: true,
    }
}

pub(super) fn bounds(low: Option<f64>, high: Option<f64>) -> Count {
    Count {
        low,
        high,
        approx: false,
        vague: false,
    }
}

#[track_caller]
pub(super) fn check(lang: Lang, cases: &[&str], expected: Count) {
    for text in cases {
        assert_eq!(
            parse_count(text, lang),
            Some(expected),
            "parse_count({text:?}, {lang})"
        );
        let found = find_counts(text, lang);
        assert_eq!(found.len(), 1, "find_counts({text:?}, {lang}) = {found:?}");
        assert_eq!(found[0].0, expected, "find_counts({text:?}, {lang})");
        let trimmed = text.len() - text.trim_start().len()..text.trim_end().len();
        assert_eq!(found[0].1, trimmed, "span of {text:?} in {lang}");
    }
}

/// The text each count covers in `text`, with the count.
pub(super) fn found(text: &str, lang: Lang) -> Vec<(&str, Count)> {
    find_counts(text, lang)
        .into_iter()
        .map(|(c, span)| (&text[span], c))
        .collect()
}

// --- the value table, row by row, in both languages

#[test]
fn exact_figures_as_digits_and_words() {
    check(EN, &["26", "twenty-six", "Twenty six", " 26 "], exact(26.0));
    check(
        FR,
        &["26", "vingt-six", "Vingt-six", "vingt six"],
        exact(26.0),
    );
}

#[test]
fn thousands_separators_by_language() {
    check(
        EN,
        &["8,000", "8 000", "8\u{a0}000", "8\u{202f}000"],
        exact(8000.0),
    );
    check(
        FR,
        &["8 000", "8\u{a0}000", "8\u{202f}000", "8.000"],
        exact(8000.0),
    );
    check(EN, &["1.5 million", "1,500,000"], exact(1_500_000.0));
    check(
        FR,
        &["1,5 million", "1 500 000", "1,5 millions"],
        exact(1_500_000.0),
    );
    assert_eq!(parse_number("12 000", FR), Some(12_000.0));
    assert_eq!(
        parse_number("1\u{202f}500\u{202f}000", FR),
        Some(1_500_000.0)
    );
    assert_eq!(parse_number("8,000.5", EN), Some(8000.5));
}

#[test]
fn decimal_comma_in_french_and_point_in_english() {
    assert_eq!(parse_number("26,5", FR), Some(26.5));
    assert_eq!(parse_number("26.5", EN), Some(26.5));
    assert_eq!(parse_number("1 500,25", FR), Some(1500.25));
    // An English comma not followed by exactly three digits is no separator.
    assert_eq!(parse_number("26,5", EN), None);
    assert_eq!(parse_number("1,2345", EN), None);
}

#[test]
fn at_least_has_no_upper_bound() {
    check(
        EN,
        &["at least 26", "At least twenty-six", "no fewer than 26"],
        bounds(Some(26.0), None),
    );
    check(
        FR,
        &["au moins 26", "Au moins vingt-six", "pas moins de 26"],
        bounds(Some(26.0), None),
    );
}

#[test]
fn more_than_starts_one_above() {
    check(
        EN,
        &["more than 100", "over 100", "upwards of 100"],
        bounds(Some(101.0), None),
    );
    check(
        FR,
        &["plus de 100", "plus de cent"],
        bounds(Some(101.0), None),
    );
    // Elided "d'": plus d'un million.
    check(
        FR,
        &["plus d'un million", "plus d’un million"],
        bounds(Some(1_000_001.0), None),
    );
}

#[test]
fn up_to_has_no_lower_bound() {
    check(
        EN,
        &["up to 30", "at most 30", "no more than thirty"],
        bounds(None, Some(30.0)),
    );
    check(
        FR,
        &["jusqu'à 30", "jusqu’à 30", "jusqu'a trente", "au plus 30"],
        bounds(None, Some(30.0)),
    );
}

#[test]
fn fewer_than_ends_one_below() {
    check(
        EN,
        &["fewer than 100", "less than 100"],
        bounds(None, Some(99.0)),
    );
    check(
        FR,
        &["moins de 100", "moins de cent"],
        bounds(None, Some(99.0)),
    );
}

#[test]
fn ranges_in_every_spelling() {
    let r = bounds(Some(20.0), Some(30.0));
    check(
        EN,
        &[
            "between 20 and 30",
            "20-30",
            "20–30",
            "20 - 30",
            "20 to 30",
            "between twenty and thirty",
        ],
        r,
    );
    check(
        FR,
        &[
            "entre 20 et 30",
            "20-30",
            "20–30",
            "20 à 30",
            "entre vingt et trente",
        ],
        r,
    );
}

#[test]
fn range_shares_a_trailing_scale_word() {
    let r = bounds(Some(20e6), Some(30e6));
    check(EN, &["20 to 30 million", "between 20 and 30 million"], r);
    check(FR, &["20 à 30 millions", "entre 20 et 30 millions"], r);
    assert_eq!(
        parse_count("between 500 and 2 million", EN),
        Some(bounds(Some(500.0), Some(2e6)))
    );
}

#[test]
fn falling_pair_is_not_a_range() {
    assert_eq!(parse_count("30-20", EN), None);
    assert_eq!(found("won 3-2", EN).len(), 2);
}

#[test]
fn about_is_approximate() {
    check(
        EN,
        &[
            "about 200",
            "around 200",
            "some 200",
            "roughly 200",
            "approximately 200",
            "approx. 200",
        ],
        approx(200.0),
    );
    check(
        FR,
        &[
            "environ 200",
            "quelque 200",
            "quelques 200",
            "autour de 200",
            "à peu près 200",
        ],
        approx(200.0),
    );
}

#[test]
fn nearly_is_approximate() {
    check(
        EN,
        &["nearly 8,000", "almost 8,000", "close to 8,000"],
        approx(8000.0),
    );
    check(
        FR,
        &["près de 8 000", "presque 8\u{a0}000", "pres de 8 000"],
        approx(8000.0),
    );
    check(FR, &["près d'un millier"], approx(1000.0));
}

#[test]
fn approximate_nouns() {
    check(EN, &["a dozen", "about a dozen"], approx(12.0));
    check(EN, &["half a dozen"], approx(6.0));
    check(FR, &["une douzaine"], approx(12.0));
    check(FR, &["une dizaine"], approx(10.0));
    check(FR, &["une vingtaine"], approx(20.0));
    check(FR, &["une trentaine"], approx(30.0));
    check(FR, &["une quarantaine"], approx(40.0));
    check(FR, &["une cinquantaine"], approx(50.0));
    check(FR, &["une centaine", "Une centaine"], approx(100.0));
    check(FR, &["un millier"], approx(1000.0));
    check(FR, &["une centaine de milliers"], approx(100_000.0));
    assert_eq!(
        parse_count("plus d'une centaine", FR),
        Some(Count {
            low: Some(101.0),
            high: None,
            approx: true,
            vague: false
        })
    );
}

#[test]
fn dozens_is_vague() {
    check(EN, &["dozens"], vague(24.0, 99.0));
    check(FR, &["des dizaines", "Des dizaines"], vague(20.0, 99.0));
}

#[test]
fn hundreds_is_vague() {
    check(EN, &["hundreds", "several hundred"], vague(200.0, 999.0));
    check(
        FR,
        &["des centaines", "plusieurs centaines"],
        vague(200.0, 999.0),
    );
}

#[test]
fn thousands_is_vague() {
    check(EN, &["thousands", "a few thousand"], vague(2000.0, 9999.0));
    check(
        FR,
        &["des milliers", "quelques milliers"],
        vague(2000.0, 9999.0),
    );
}

#[test]
fn several_is_vague() {
    check(EN, &["several", "a few"], vague(2.0, 9.0));
    check(FR, &["plusieurs", "quelques"], vague(2.0, 9.0));
}

#[test]
fn vague_nouns_accept_a_trailing_of() {
    assert_eq!(parse_count("hundreds of", EN), Some(vague(200.0, 999.0)));
    assert_eq!(parse_count("thousands of", EN), Some(vague(2000.0, 9999.0)));
    assert_eq!(
        parse_count("des milliers de", FR),
        Some(vague(2000.0, 9999.0))
    );
    assert_eq!(parse_count("une dizaine d'", FR), Some(approx(10.0)));
    // but a figure does not.
    assert_eq!(parse_count("26 of", EN), None);
}

#[test]
fn vague_nouns_of_thousands_multiply() {
    check(EN, &["tens of thousands"], vague(20_000.0, 99_000.0));
    check(EN, &["hundreds of thousands"], vague(200_000.0, 999_000.0));
    check(FR, &["des dizaines de milliers"], vague(20_000.0, 99_000.0));
    assert_eq!(parse_count("tens", EN), None);
}

#[test]
fn quelque_with_a_number_is_approximate_but_quelques_alone_is_vague() {
    assert_eq!(parse_count("quelque 200", FR), Some(approx(200.0)));
    assert_eq!(parse_count("quelques", FR), Some(vague(2.0, 9.0)));
    assert_eq!(
        found("quelques blessés", FR),
        vec![("quelques", vague(2.0, 9.0))]
    );
}

#[test]
fn some_alone_is_not_a_count() {
    assert_eq!(parse_count("some", EN), None);
    assert!(find_counts("some people were hurt", EN).is_empty());
    assert_eq!(
        found("some 200 people", EN),
        vec![("some 200", approx(200.0))]
    );
}

// --- number words

#[test]
fn english_number_words() {
    let cases: &[(&str, f64)] = &[
        ("zero", 0.0),
        ("one", 1.0),
        ("nineteen", 19.0),
        ("ninety", 90.0),
        ("ninety-nine", 99.0),
        ("a hundred", 100.0),
        ("a hundred and twelve", 112.0),
        ("one hundred twelve", 112.0),
        ("twelve hundred", 1200.0),
        ("a thousand", 1000.0),
        ("two thousand five hundred", 2500.0),
        ("two thousand and five", 2005.0),
        ("a million", 1e6),
        ("two million", 2e6),
        ("two million three hundred thousand", 2_300_000.0),
        ("1.5 million", 1.5e6),
        ("26 thousand", 26_000.0),
        ("three billion", 3e9),
        ("Forty-Two", 42.0),
    ];
    for &(text, n) in cases {
        assert_eq!(parse_number(text, EN), Some(n), "{text}");
    }
}

#[test]
fn french_number_words() {
    let cases: &[(&str, f64)] = &[
        ("zéro", 0.0),
        ("zero", 0.0),
        ("seize", 16.0),
        ("dix-sept", 17.0),
        ("dix-neuf", 19.0),
        ("vingt et un", 21.0),
        ("vingt-et-un", 21.0),
        ("trente et une", 31.0),
        ("soixante", 60.0),
        ("soixante-dix", 70.0),
        ("soixante et onze", 71.0),
        ("soixante-douze", 72.0),
        ("soixante-dix-sept", 77.0),
        ("quatre-vingts", 80.0),
        ("quatre-vingt", 80.0),
        ("quatre-vingt-un", 81.0),
        ("quatre-vingt-dix", 90.0),
        ("quatre-vingt-dix-neuf", 99.0),
        ("septante", 70.0),
        ("nonante-neuf", 99.0),
        ("cent", 100.0),
        ("cent douze", 112.0),
        ("deux cents", 200.0),
        ("deux-cent-douze", 212.0),
        ("mille", 1000.0),
        ("deux mille", 2000.0),
        ("mille deux cents", 1200.0),
        ("mille et un", 1001.0),
        ("deux mille vingt-deux", 2022.0),
        ("un million", 1e6),
        ("deux millions", 2e6),
        ("deux milliards", 2e9),
        ("un million deux cent mille", 1_200_000.0),
        ("Quatre-Vingts", 80.0),
    ];
    for &(text, n) in cases {
        assert_eq!(parse_number(text, FR), Some(n), "{text}");
    }
}

#[test]
fn parse_number_rejects_bound_words_and_junk() {
    assert_eq!(parse_number("at least 26", EN), None);
    assert_eq!(parse_number("26 dead", EN), None);
    assert_eq!(parse_number("", EN), None);
    assert_eq!(parse_number("hundred", EN), None);
    assert_eq!(parse_number("a", EN), None);
    assert_eq!(parse_number("six seven", EN), None);
    assert_eq!(parse_number("deux mille cinq mille", FR), None);
}

#[test]
fn parse_count_needs_the_whole_string() {
    assert_eq!(parse_count("26 dead", EN), None);
    assert_eq!(parse_count("at least", EN), None);
    assert_eq!(
        parse_count("  at least 26  ", EN),
        Some(bounds(Some(26.0), None))
    );
    assert_eq!(parse_count("one", EN), Some(exact(1.0)));
    assert_eq!(parse_count("une", FR), Some(exact(1.0)));
}
