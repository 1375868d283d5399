//! Cutting a quick entry into fragments: on `,` `;` `.` and joining words,
//! never inside a number or a date, then gluing back the pieces that only
//! add to a neighbour (an attribution, a metric word without a figure).
//! Extraction cuts clauses the same way; quick entry also cuts before a
//! breakdown (`164 tués dont 103 à Almaty`), counts a piece opening on
//! `a`/`un`/`another` as having a figure, and keeps a lone participle
//! joined by `and`/`et` with the piece before (`retrouvés et identifiés`).

use super::infer::{one_after_marker, past_marker_dot, singular_in};
use super::person::person_phrase;
use crate::lang::{ALL, Lang};
use crate::parse::date;
use crate::parse::lexicon::Lexicon;
use crate::parse::value;
use crate::text::words::{fold_word, is_word_boundary};
use std::ops::Range;

/// Arrows a desk types between where a toll moved from and to (`12 → 19`,
/// `9 ➝ 13`).
pub(super) const ARROWS: [char; 6] = ['→', '➝', '➔', '➜', '⟶', '➡'];

/// Splits a text into clause byte ranges, as extraction reads them. A piece
/// with neither a figure nor a day is glued back to the one before it when
/// that one has no metric word yet, so "26 police and soldiers killed"
/// stays one fragment while "26 dead, many wounded" is two (and the second
/// is refused).
pub fn split_fragments(text: &str, lang: Lang, lexicon: &Lexicon) -> Vec<Range<usize>> {
    split(text, lang, lexicon, false)
}

/// Splits a quick entry into fragment byte ranges (see the module header).
pub(super) fn split_entry(text: &str, lang: Lang, lexicon: &Lexicon) -> Vec<Range<usize>> {
    split(text, lang, lexicon, true)
}

fn split(text: &str, lang: Lang, lexicon: &Lexicon, entry: bool) -> Vec<Range<usize>> {
    let counts: Vec<Range<usize>> = value::find_counts(text, lang)
        .into_iter()
        .map(|(_, r)| r)
        .collect();
    let mut protected = counts.clone();
    protected.extend(date::date_spans(text, lang));
    // "2 ados (16 et 17 ans)": ages in brackets are cut nowhere.
    let ages = if entry {
        super::measure::age_brackets(text, &counts)
    } else {
        Vec::new()
    };
    protected.extend(ages.iter().cloned());
    let mut cuts = cuts_outside(text, &protected, lang);
    cuts.extend(aside_cuts(text, &counts, &protected, entry));
    cuts.sort_by_key(|r| r.start);
    if entry {
        cuts.extend(breakdown_cuts(text, lang, lexicon, &counts, &protected));
        cuts.sort_by_key(|r| r.start);
        // A figure with a unit ("in 3 days") opens no fragment.
        let figures: Vec<Range<usize>> = counts
            .iter()
            .filter(|r| !super::measure::has_unit(text, r))
            .filter(|r| !ages.iter().any(|a| a.start <= r.start && r.end <= a.end))
            .cloned()
            .collect();
        cuts.extend(figure_cuts(text, lang, lexicon, &figures, &cuts));
        cuts.extend(among_cuts(text, lang, lexicon, &figures));
        cuts.sort_by_key(|r| r.start);
    }
    let pieces = pieces_between(text, &cuts);
    let pieces = pieces
        .into_iter()
        .map(|r| trim_range(text, r))
        .filter(|r| !r.is_empty())
        .collect();
    super::merge::merge_pieces(text, pieces, &protected, lang, lexicon, entry)
        .into_iter()
        .map(|r| trim_range(text, r))
        .filter(|r| !r.is_empty())
        .collect()
}

/// Separator ranges outside the `protected` values: punctuation, or a
/// joining word (`and`, `et`, `&`) between spaces. Sorted by start.
fn cuts_outside(text: &str, protected: &[Range<usize>], lang: Lang) -> Vec<Range<usize>> {
    let inside = |at: usize| protected.iter().any(|r| r.start <= at && at < r.end);
    let mut cuts: Vec<Range<usize>> = Vec::new();
    let bytes = text.as_bytes();
    for (at, c) in text.char_indices() {
        if inside(at) {
            continue;
        }
        let is_cut = match c {
            // "toll 12→19": where the figure moved from, then to.
            ',' | ';' => true,
            c if ARROWS.contains(&c) => true,
            // "toll: 7 | hurt: 19": a bar (or a bullet, `dead 9 • hurt
            // 27`) between figures; "12 dead | Kabul" keeps its place,
            // "dead | 7" its figure.
            '|' | '•' | '·' | '∙' => {
                let digit = |piece: &str| piece.contains(|c: char| c.is_ascii_digit());
                text[at + c.len_utf8()..].split(c).next().is_some_and(digit)
                    && text[..at].rsplit(c).next().is_some_and(digit)
            }
            // "12 dead acc. to police": an abbreviation's dot cuts nothing.
            // "38 blessés hosp. à Rubona": a desk's shorthand goes on
            // before where ("27 hosp. 4 graves", "12 in hosp. police say"
            // cut).
            '.' => {
                let place_next = text[at + 1..].split_whitespace().next().is_some_and(|w| {
                    ALL.iter()
                        .any(|l| l.extraction.place_prepositions.contains(&w))
                });
                bytes.get(at + 1).is_none_or(|b| b.is_ascii_whitespace())
                    && !ends_with_abbreviation(&text[..at])
                    && !(place_next && ends_with_shorthand(&text[..at]))
            }
            _ => false,
        };
        if is_cut {
            cuts.push(at..at + c.len_utf8());
        } else if text[at..].starts_with("->") {
            cuts.push(at..at + 2);
        }
    }
    // "&" and "+" join in every language ("29 mine workers + 8 soldiers");
    // the entry's own language adds one more ("plus a bystander": French
    // `plus` is "more").
    let joiners = ALL.iter().flat_map(|l| l.entry.joiners).copied();
    for word in joiners
        .chain(["&", "+"])
        .chain(lang.entry.adders.iter().copied())
    {
        let lower = text.to_ascii_lowercase();
        for (at, _) in lower.match_indices(word) {
            let end = at + word.len();
            let before = text[..at].chars().next_back();
            let after = text[end..].chars().next();
            if before.is_some_and(char::is_whitespace)
                && after.is_some_and(char::is_whitespace)
                && !inside(at)
            {
                cuts.push(at..end);
            }
        }
    }
    cuts.sort_by_key(|r| r.start);
    cuts
}

/// Whether `head` ends on an abbreviation of any language (`acc`, `Dr`).
fn ends_with_abbreviation(head: &str) -> bool {
    let word = last_word(head).to_lowercase();
    !word.is_empty()
        && ALL
            .iter()
            .any(|l| l.extraction.abbreviations.contains(&word.as_str()))
}

/// The run of letters and digits `head` ends on.
fn last_word(head: &str) -> &str {
    head.rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// Whether `head` ends on a desk's shorthand for where or how people are
/// (`hosp`, `disp`): a short word of a basis, no metric word ("3
/// blessés. Le maire …" ends a sentence).
fn ends_with_shorthand(head: &str) -> bool {
    let word = crate::parse::fold_case(last_word(head));
    (1..=4).contains(&word.chars().count())
        && crate::lang::is_basis_word(&word)
        && !crate::lang::is_metric_word(&word)
}

/// Empty cuts before each breakdown marker that has a figure before it
/// and one after it (`164 tués dont 103 à Almaty`, `40 killed incl 9
/// children`, `3 morts dont un enfant`): the marker opens the next fragment, which then borrows the
/// metric before.
fn breakdown_cuts(
    text: &str,
    lang: Lang,
    lexicon: &Lexicon,
    counts: &[Range<usize>],
    protected: &[Range<usize>],
) -> Vec<Range<usize>> {
    let folded = crate::parse::fold_case(text);
    let mut cuts = Vec::new();
    for (l, marker) in ALL
        .iter()
        .flat_map(|l| l.entry.breakdown_markers.iter().map(move |m| (*l, *m)))
    {
        // "3 of them critical", "2 among them": the figure before such a
        // marker is the part; before "incl" it is the total ("toll 22
        // incl motorcyclist").
        let first = marker.split(' ').next().unwrap_or(marker);
        let part_before = first == l.counts.noun_of || l.entry.among.contains(&first);
        for (at, _) in folded.match_indices(marker) {
            // "incl. driver": an abbreviated marker takes its dot.
            let end = past_marker_dot(&folded, at + marker.len());
            let inside = protected.iter().any(|r| r.start <= at && at < r.end);
            let figure_before = counts.iter().any(|r| r.end <= at);
            // "dont un enfant": one said as an article is a figure too.
            // "5 dead incl driver": a person named alone is one too.
            // Not "3 of them critical": a marker right after its figure.
            let own_figure = part_before
                && counts
                    .iter()
                    .any(|r| r.end <= at && text[r.end..at].trim().is_empty());
            // Within its clause: "6 of them kids; 2 midwives missing"; a
            // part's own marker within its piece ("2 of them children, 11
            // hurt").
            let ends: &[char] = if own_figure { &[';', ','] } else { &[';'] };
            let clause_end = text[end..].find(ends).map_or(text.len(), |at| end + at);
            // ("9 of them kids under 5": an age after a bound is no figure.)
            let aged = |r: &Range<usize>| {
                let word = folded[..r.start].split_whitespace().next_back();
                word.is_some_and(|w| ALL.iter().any(|l| l.extraction.age_bounds.contains(&w)))
            };
            let figure_after = counts
                .iter()
                .any(|r| r.start >= end && r.start < clause_end && !aged(r))
                // ("1 of them a child": the part's own marker, then who.)
                || (!own_figure && one_after_marker(&text[end..], lang).is_some())
                || (!own_figure
                    && person_phrase(first_item(&text[end..], lang), lang, lexicon).is_some());
            // "44 hurt, most of them minor": a share, no part of its own.
            let share = folded[..at]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    let phrase = format!("{w} {marker}");
                    (l.entry.most_phrases.iter()).any(|p| *p == w || *p == phrase)
                });
            let word_end = at + marker.len();
            if is_word_boundary(&folded, at, word_end)
                && !inside
                && figure_before
                && figure_after
                && !share
            {
                cuts.push(at..at);
            }
        }
    }
    cuts
}

/// The first item of a list after a breakdown marker ("incl co-pilot
/// and a flight attendant" → " co-pilot"): up to a joining word or a
/// comma.
fn first_item(rest: &str, lang: Lang) -> &str {
    let lower = crate::parse::fold_case(rest);
    let mut end = rest.find([',', ';']).unwrap_or(rest.len());
    for joiner in lang.entry.joiners.iter().chain(&["&", "+"]) {
        if let Some(at) = lower
            .match_indices(joiner)
            .map(|(at, _)| at)
            .find(|&at| at > 0 && is_word_boundary(&lower, at, at + joiner.len()))
        {
            end = end.min(at);
        }
    }
    rest.get(..end).unwrap_or(rest)
}

/// Empty cuts between two figures with nothing cutting them apart, so the
/// second is read rather than dropped: before the second when the first
/// has its metric word between them (`12 dead 18 wounded`, `12 dead / 18
/// wounded`), before the second's metric word when each word comes before
/// its figure (`killed 12 wounded 18`), before `among`/`parmi` when the second is the total the
/// first belongs to (`two children among 14 dead`).
fn figure_cuts(
    text: &str,
    lang: Lang,
    lexicon: &Lexicon,
    counts: &[Range<usize>],
    cuts: &[Range<usize>],
) -> Vec<Range<usize>> {
    let folded = crate::parse::fold_case(text);
    // "killed 12 wounded 18": the entry names its first metric before its
    // first figure; "1 mort / 6 blessés / 2 GAV" names it after.
    // ("KIA 2 / WIA 5": a basis word right before the figure names it
    // as well.)
    let names_metric = |s: &str| {
        lexicon.find(s, lang).is_some()
            || super::infer::basis_of(s, lang).is_some_and(|b| {
                let end = b.spans.iter().map(|r| r.end).max().unwrap_or(0);
                s[end..]
                    .trim_matches(|c: char| c.is_whitespace() || c == ':')
                    .is_empty()
            })
    };
    let label_first = counts
        .first()
        .is_some_and(|c| names_metric(&text[..c.start]));
    let mut out = Vec::new();
    let mut slash_listed = false;
    for (i, pair) in counts.windows(2).enumerate() {
        let (gap_start, gap_end) = (pair[0].end, pair[1].start);
        let uncut = !cuts
            .iter()
            .any(|c| c.start >= gap_start && c.start <= gap_end);
        if !uncut {
            continue;
        }
        let gap = &folded[gap_start..gap_end];
        // "19 of the dead under five": an age bound keeps its figure.
        let last = gap.split_whitespace().next_back().unwrap_or("");
        if ALL.iter().any(|l| l.extraction.age_bounds.contains(&last)) {
            continue;
        }
        // "toll revised 4->6 after 2 pax died in hosp": a cause with a
        // figure and a metric word of its own is a claim of its own.
        if lang.entry.cause_openers.contains(&last) {
            let rest = &text[pair[1].start..];
            let clause = &rest[..rest.find([',', ';']).unwrap_or(rest.len())];
            if lexicon.find(clause, lang).is_some() {
                let at = gap_start + gap.trim_end().len() - last.len();
                out.push(at..at + last.len());
                continue;
            }
        }
        // "risen from two to five": the figure it moved from, then the one
        // it moved to.
        let head: Vec<String> = folded[..pair[0].start]
            .split_whitespace()
            .map(fold_word)
            .collect();
        let moved = lang.counts.range_not_after.iter().any(|phrase| {
            let words: Vec<&str> = phrase.split_whitespace().collect();
            head.len() >= words.len()
                && head[head.len() - words.len()..]
                    .iter()
                    .zip(&words)
                    .all(|(h, w)| h == w)
        });
        // "disparus : de 40 à 23": a falling pair is never a range, so
        // after `de` it is a move too.
        let value = |r: &Range<usize>| {
            let found = value::find_counts(&text[r.clone()], lang);
            found.first().and_then(|(c, _)| c.low)
        };
        let falling = || {
            head.last().is_some_and(|w| w == lang.counts.noun_of)
                && matches!((value(&pair[0]), value(&pair[1])), (Some(a), Some(b)) if a > b)
        };
        if lang
            .counts
            .range_words
            .contains(&fold_word(gap.trim()).as_str())
            && (moved || falling())
            // ("les prix passent de 10 à 12 euros": a measure, no toll.)
            && !super::measure::has_unit(text, &pair[1])
        {
            out.push(gap_start..gap_start);
            continue;
        }
        // "dead: 19 civilians / 12 soldiers": a spaced slash between two
        // figures lists them.
        // "deaths: varo 12 / kesh 9": under a label, places before their
        // figures too (not "police 12 / hospital 15", two sources); a list
        // already cut at a slash goes on the same way ("Kessaro 4 morts /
        // Maléka 2 / Dabira 1").
        let labelled = folded[..pair[0].start].contains(':') || slash_listed;
        if let Some(at) = gap.find(" / ").filter(|&at| {
            gap[..at].chars().any(char::is_alphabetic)
                || (labelled && gap.chars().any(char::is_alphabetic))
        }) {
            out.push(gap_start + at + 2..gap_start + at + 2);
            slash_listed = true;
            continue;
        }
        let among = lang.entry.among.iter().find_map(|w| {
            gap.match_indices(w)
                .map(|(at, _)| gap_start + at)
                .find(|&at| is_word_boundary(&folded, at, at + w.len()))
        });
        // "toll rises to 14 from 11", "43 contre 29": an earlier figure.
        let head = gap.trim_end();
        let compared = (lang.extraction.comparisons.iter())
            .chain(lang.dates.span_openers)
            .find(|w| super::infer::ending_phrase(head, w).is_some());
        // Whether the first figure's metric word came before it (in its
        // piece from `opened`) and only separators stand between the
        // figure and `word` (an offset in the gap), which then opens the
        // next piece.
        let word_first = |opened: usize, word: usize| {
            label_first
                && names_metric(&text[opened..pair[0].start])
                && text[gap_start..gap_start + word]
                    .trim_matches(|c: char| {
                        c.is_whitespace() || matches!(c, '/' | '|' | '-' | '–' | '—')
                    })
                    .is_empty()
        };
        if let Some(at) = among {
            out.push(at..at);
        } else if let Some(word) = compared {
            let at = gap_start + head.len() - word.len();
            out.push(at..at);
        } else if let Some(m) = lexicon.find(&text[gap_start..gap_end], lang) {
            // "killed 12 wounded 18": when the first figure's metric word
            // comes before it, the second's does too, and opens its piece.
            let opened = cuts
                .iter()
                .map(|c| c.end)
                .chain(i.checked_sub(1).map(|p| counts[p].end))
                .filter(|&end| end <= pair[0].start)
                .max()
                .unwrap_or(0);
            let word_first = word_first(opened, m.span.start);
            // "5 dead when 2 trains collide": a clause opened after the
            // metric word goes with the figure after it.
            let after_word = gap_start + m.span.end;
            let opener = folded[after_word..gap_end]
                .split_whitespace()
                .find(|w| super::qualifier::is_clause_opener(w))
                .and_then(|w| super::infer::find_phrase(&folded[after_word..gap_end], w))
                .map(|r| after_word + r.start);
            let at = if word_first {
                gap_start + m.span.start
            } else {
                opener.unwrap_or(gap_end)
            };
            out.push(at..at);
        } else if let Some(basis) = super::infer::basis_of(&text[gap_start..gap_end], lang) {
            // "3 WIA / 2 KIA": a basis after a figure closes its piece;
            // "killed 5 / held 3": when the metric word came first, it
            // opens the next one.
            let opened = i.checked_sub(1).map_or(0, |p| counts[p].end);
            let start = basis.spans.iter().map(|r| r.start).min().unwrap_or(0);
            let at = if word_first(opened, start) {
                gap_start + start
            } else {
                gap_end
            };
            out.push(at..at);
        }
    }
    out
}

/// Empty cuts before `among` when one person opens the entry and a
/// figure follows it: "the mayor among 12 dead", "a guide among 12 dead"
/// (the person is one of the total).
fn among_cuts(
    text: &str,
    lang: Lang,
    lexicon: &Lexicon,
    counts: &[Range<usize>],
) -> Vec<Range<usize>> {
    let folded = crate::parse::fold_case(text);
    lang.entry
        .among
        .iter()
        .flat_map(|w| {
            folded
                .match_indices(w)
                .map(move |(at, _)| (at, at + w.len()))
        })
        .filter(|&(at, end)| {
            let head = &text[..at];
            is_word_boundary(&folded, at, end)
                && !counts.iter().any(|r| r.end <= at)
                && counts.iter().any(|r| r.start >= end)
                && (singular_in(head, lang).is_some()
                    || person_phrase(head, lang, lexicon).is_some())
        })
        .map(|(at, _)| at..at)
        .collect()
}

/// In running text, the marks that set a second figure apart after a
/// first: a colon or a spaced dash before it ("killed 40 people: 22 in the
/// north, …", "12 were killed - eight of them women") and the brackets
/// round it ("At least 16 people (including four children) were
/// killed", "40 victimes : 12 morts, 28 blessés").
fn aside_cuts(
    text: &str,
    counts: &[Range<usize>],
    protected: &[Range<usize>],
    entry: bool,
) -> Vec<Range<usize>> {
    let inside = |at: usize| protected.iter().any(|r| r.start <= at && at < r.end);
    let figure_before = |at: usize| counts.iter().any(|r| r.end <= at);
    // A figure opens what follows `at`, after spaces.
    let figure_next = |at: usize| {
        let rest = &text[at..];
        let start = at + (rest.len() - rest.trim_start().len());
        counts.iter().any(|r| r.start == start)
    };
    let mut cuts = Vec::new();
    for (at, c) in text.char_indices() {
        if inside(at) || !figure_before(at) {
            continue;
        }
        let end = at + c.len_utf8();
        let spaced = text[..at].ends_with(' ') && text[end..].starts_with(' ');
        // "dead: 26, injured: 18", "morts : 26 / blessés : 18": a colon
        // after a separator labels the next figure; it sets nothing apart
        // from the first.
        let last_figure = counts.iter().filter(|r| r.end <= at).map(|r| r.end).max();
        // So does one inside brackets opened after the figure ("26 dead
        // (previous: 22)").
        // So does one right after a metric word ("KILLED: 12 INJURED: 40").
        let ends_on_metric = |head: &str| {
            head.rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| crate::lang::is_metric_word(&crate::parse::fold_case(w)))
        };
        let metric_label = ends_on_metric(&text[..at]);
        // ("dead — 12; wounded — 40": a spaced dash after one too, with no
        // figure of its own before it: "9 confirmed dead — 6 men and 3
        // women" sets a breakdown apart.)
        let metric_dash = ends_on_metric(text[..at].trim_end())
            && last_figure.is_none_or(|e| text[e..at].contains([',', ';', '/', '|']));
        let labels = entry
            && (metric_label
                || last_figure.is_some_and(|e| text[e..at].contains([',', ';', '/', '|', '('])));
        match c {
            ':' if figure_next(end) && !labels => cuts.push(at..end),
            '-' | '–' | '—' if spaced && figure_next(end) && !(entry && metric_dash) => {
                cuts.push(at..end)
            }
            '(' => {
                if let Some(close) = text[end..].find(')').map(|i| end + i)
                    && counts.iter().any(|r| {
                        r.start >= end
                            && r.end <= close
                            && !(entry && super::measure::place_code(text, r))
                    })
                {
                    cuts.push(at..end);
                    cuts.push(close..close + 1);
                }
            }
            _ => {}
        }
    }
    cuts
}

/// The pieces of `text` between sorted cuts (a cut inside an earlier one
/// is skipped).
fn pieces_between(text: &str, cuts: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut pieces: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for cut in cuts
        .iter()
        .chain(std::iter::once(&(text.len()..text.len())))
    {
        if cut.start < start {
            continue;
        }
        pieces.push(start..cut.start);
        start = cut.end;
    }
    pieces
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let piece = &text[r.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    r.start + lead..r.end - trail
}
