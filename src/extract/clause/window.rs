//! Where a claim's words are in its clause: the window of words its
//! qualifier is read from (the figure, the metric word and the words that
//! name who is counted), and a word before the figure that bounds it.

use crate::domain::Count;
use crate::extract::words::*;
use crate::lang::ALL;
use std::ops::Range;

/// A word before a figure that bounds it (`passed 100`) or makes it
/// approximate (`nearly 100`): the count it gives, and the range of that
/// word, when there is one.
pub(super) fn word_before_figure(
    text: &str,
    count: Count,
    range: &Range<usize>,
) -> (Count, Option<usize>) {
    let before = words_before(text, range.start, 3);
    // "dépasse désormais les 1 200": articles and adverbs between the verb
    // and its figure.
    let Some(at) = before
        .iter()
        .position(|(w, _)| !any_lang(w, |e| e.figure_fillers))
    else {
        return (count, None);
    };
    let (w, r) = &before[at];
    // "the top 10 officials": after an article the word is an adjective.
    let adjective = before
        .get(at + 1)
        .is_some_and(|(a, _)| any_lang(a, |e| e.articles));
    let exact = count.low == count.high && !count.approx;
    if any_lang(w, |e| e.above_verbs) && exact && !adjective {
        let above = Count {
            low: count.low.map(|l| l + 1.0),
            high: None,
            approx: false,
            vague: false,
        };
        (above, Some(r.start))
    } else if any_lang(w, |e| e.near_words) && exact {
        (
            Count {
                approx: true,
                ..count
            },
            Some(r.start),
        )
    } else {
        (count, None)
    }
}

/// The text after the metric word of a partitive ("22 of those detained
/// …", "Nine of the dead …"), or None when no partitive header sits
/// between the figure and the metric word.
fn after_partitive<'a>(
    text: &'a str,
    figure: &Range<usize>,
    metric: &Range<usize>,
) -> Option<&'a str> {
    if figure.end > metric.start {
        return None;
    }
    let between = lowered(text[figure.end..metric.start].trim());
    every_lang(|e| e.partitive_headers)
        .any(|h| h == between)
        .then(|| &text[metric.end..])
}

/// The words a part names after its partitive and a verb: "Nine of the
/// dead were teenagers", "Four of the dead were German nationals" (the
/// figure at `figure`, the metric word at `metric`).
pub(super) fn partitive_predicate(
    text: &str,
    figure: &Range<usize>,
    metric: &Range<usize>,
) -> Option<Range<usize>> {
    let rest = after_partitive(text, figure, metric)?;
    let verb = pieces(rest).into_iter().next()?;
    let word = lowered(rest[verb.clone()].trim_matches(|c: char| !c.is_alphanumeric()));
    if !any_lang(&word, |e| e.header_verbs) || rest[verb.clone()].ends_with(',') {
        return None;
    }
    let from = metric.end + verb.end;
    let end = few_words_after(text, from, 4);
    // "were under the age of 12": the age bound keeps its figure.
    let longer = few_words_after(text, from, 5);
    let bound = words_of(&text[from..end]).any(|w| any_lang(&lowered(w), |e| e.age_bounds));
    let figure = has_figure(&text[end..longer]);
    Some(from..if bound && figure { longer } else { end })
}

/// What befell a part after a perfect passive: "22 of those detained had
/// been released", "dont 22 ont été relâchés" (the figure at `figure`, the
/// metric word at `metric`). Read only to tell whether the part is still
/// counted (`unmeasured`), not for a qualifier.
pub(super) fn partitive_perfect(
    text: &str,
    figure: &Range<usize>,
    metric: &Range<usize>,
) -> Option<Range<usize>> {
    let rest = after_partitive(text, figure, metric)?;
    let words = pieces(rest);
    let word = |i: usize| {
        words
            .get(i)
            .map(|r| lowered(rest[r.clone()].trim_matches(|c: char| !c.is_alphanumeric())))
    };
    let perfect = word(0).is_some_and(|w| any_lang(&w, |e| e.auxiliaries))
        && word(1).is_some_and(|w| any_lang(&w, |e| e.passive_markers));
    let verb = words.get(1).filter(|_| perfect)?;
    let from = metric.end + verb.end;
    Some(from..few_words_after(text, from, 4))
}

/// Whether the metric word at `word` names the set a figure is a part of
/// ("Six of the wounded died"): a figure and a partitive header right
/// before it. Another metric word of the clause then says what befell the
/// part, and this one who they are.
pub(super) fn part_of(text: &str, word: &Range<usize>) -> bool {
    let head = lowered(text[..word.start].trim_end());
    every_lang(|e| e.partitive_headers).any(|h| {
        head.strip_suffix(h).is_some_and(|before| {
            let before = before.trim_end();
            ALL.iter().any(|l| {
                crate::parse::value::find_counts(before, *l)
                    .last()
                    .is_some_and(|(_, r)| r.end == before.len())
            })
        })
    })
}

/// Whether the metric word at `word` describes the noun after it, with
/// an article before it ("a wounded miner, aged 19, died"): another
/// metric word of the clause then says what befell the person.
pub(super) fn describes(text: &str, word: &Range<usize>) -> bool {
    let before = words_before(text, word.start, 1);
    let article = before
        .first()
        .is_some_and(|(w, _)| any_lang(w, |e| e.articles) || any_lang(w, |e| e.singular_markers));
    let next = words_of(&text[word.end..]).next().unwrap_or("");
    let plain = lowered(next);
    // "La victime décédée": a metric word after is what befell them.
    let metric_word = ALL.iter().any(|l| {
        l.metrics.iter().any(|(_, ws)| ws.contains(&plain.as_str()))
            || (l.extraction.extra_metrics.iter()).any(|(_, ws)| ws.contains(&plain.as_str()))
    });
    article
        && !text[word.end..]
            .trim_start()
            .starts_with([',', ';', '.', ':'])
        && next.starts_with(char::is_lowercase)
        && !crate::lang::is_stopword(&plain)
        && !metric_word
}

/// A window of one piece.
pub(super) fn one_piece(piece: Range<usize>) -> Vec<Range<usize>> {
    vec![piece]
}

/// Whether the words after a metric word name who is counted ("among
/// protesters", "parmi les manifestants").
pub(super) fn among_follows(rest: &str) -> bool {
    let first = words_of(rest).next().unwrap_or("").to_lowercase();
    any_lang(&first, |e| e.among)
}

/// Where the subject of a date metric's verb starts: the comma segment
/// holding the verb when it names something before it ("la colère a
/// éclaté", cut after a relative "où"/"where"), else the clause's first
/// segment ("Les forces envoyées par l'OTSC, composées…, sont arrivées").
pub(super) fn subject_window(text: &str, verb: usize) -> usize {
    let head = &text[..verb];
    let segment = head.rfind([',', ';']).map_or(0, |i| i + 1);
    let mut start = segment;
    let lower = lowered(head);
    for rel in every_lang(|e| e.relatives).map(|w| format!(" {w} ")) {
        if let Some(at) = lower[segment..].rfind(&rel) {
            start = start.max(segment + at + rel.len() - 1);
        }
    }
    let content = words_of(&head[start..]).any(|w| {
        let w = w.to_lowercase();
        !any_lang(&w, |e| e.auxiliaries) && !any_lang(&w, |e| e.linking_verbs)
    });
    if content { start } else { 0 }
}

/// The end of the `n` words after `from`, stopping at punctuation.
pub(super) fn few_words_after(text: &str, from: usize, n: usize) -> usize {
    let rest = &text[from..];
    let mut end = from;
    for (words, piece) in pieces(rest).into_iter().enumerate() {
        let raw = &rest[piece.clone()];
        if let Some(i) = raw.find([',', ';', '.', ':', '«', '(']) {
            if i > 0 {
                end = from + piece.start + i;
            }
            break;
        }
        end = from + piece.end;
        if words + 1 >= n {
            break;
        }
    }
    end
}

/// The phrase a relative right before the verb at `verb` stands for ("the
/// eruption of Mount Teravu, which began"): up to five words before the
/// comma, after a word that ends a claimant or names a cause (`by`).
pub(super) fn relative_antecedent(text: &str, verb: usize) -> Option<Range<usize>> {
    let head = text[..verb].trim_end();
    let (w, r) = words_before(text, head.len(), 1).into_iter().next()?;
    if !any_lang(&w, |e| e.relative_subjects) {
        return None;
    }
    let comma = text[..r.start].trim_end();
    let comma = comma.strip_suffix(',')?.len();
    let words = words_before(text, comma, 5);
    let from = words
        .iter()
        .position(|(w, _)| any_lang(w, |e| e.cause_markers) || any_lang(w, |e| e.claimant_stops))
        .map_or(words.last().map_or(comma, |(_, r)| r.start), |i| {
            if i == 0 { comma } else { words[i - 1].1.start }
        });
    (from < comma).then_some(from..comma)
}

/// The words of `text` a qualifier keeps: no stopword, noise or figure.
pub(super) fn content_words(text: &str) -> String {
    words_of(text)
        .map(|w| lowered(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| {
            !w.is_empty()
                && !crate::lang::is_stopword(w)
                && !any_lang(w, |e| e.qualifier_noise)
                && !has_figure(w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a subordinate clause lies between the figure at `figure` and
/// the metric word at `metric`: a subordinator after the word and before
/// the figure ("were killed when hundreds of prisoners stormed the gate"),
/// or one of the first `before_subordinators` between a figure and the
/// word after it, which opens the subordinate clause as its subject
/// ("Hundreds of relatives gathered as bodies were laid out"; "listed as
/// missing" is no clause). Such a figure counts what the other clause
/// tells.
pub(super) fn across_subordinate(text: &str, figure: &Range<usize>, metric: &Range<usize>) -> bool {
    let (gap, after) = if figure.start >= metric.end {
        (&text[metric.end..figure.start], true)
    } else if figure.end <= metric.start {
        (&text[figure.end..metric.start], false)
    } else {
        return false;
    };
    let subordinator = |w: &str, after: bool| {
        let w = lowered(w.trim_matches(|c: char| !c.is_alphanumeric()));
        ALL.iter().any(|l| {
            let e = &l.extraction;
            let words = if after {
                e.subordinators
            } else {
                &e.subordinators[..e.before_subordinators.min(e.subordinators.len())]
            };
            words.contains(&w.as_str())
        })
    };
    if after {
        return words_of(gap).any(|w| subordinator(w, true));
    }
    // "Le gérant, qui assure 350 vols par saison, | a été placé en garde
    // à vue": a figure in a relative aside closed before the metric word
    // counts for the relative's verb, when it counts something of its own
    // ("The militants, who numbered about 30, were killed" counts them).
    let relative = text[..figure.start].rfind(',').is_some_and(|c| {
        words_of(&text[c + 1..figure.start])
            .next()
            .is_some_and(|w| any_lang(&lowered(w), |e| e.relative_subjects))
    });
    let aside_end = text[figure.end..]
        .find(',')
        .map_or(text.len(), |e| figure.end + e);
    let counts_things =
        words_of(&text[figure.end..aside_end]).any(|w| !crate::lang::is_stopword(&lowered(w)));
    if relative && counts_things && gap.contains(',') {
        return true;
    }
    let last = words_of(gap).last().unwrap_or("");
    let subject = words_of(&text[metric.end..])
        .next()
        .is_some_and(|w| any_lang(&lowered(w), |e| e.be_have));
    words_of(gap).any(|w| subordinator(w, false)) && (!subordinator(last, false) || subject)
}

/// Whether `text` names people counted for no metric (`rescued`, `fell
/// ill`).
/// "two rescue workers" are people who did the rescuing, no one rescued
/// (`Extraction::unmeasured_roles`).
pub(super) fn unmeasured(text: &str, lang: crate::domain::Lang) -> bool {
    let lower = lowered(text);
    let in_role = |at: usize, len: usize| {
        every_lang(|e| e.unmeasured_roles).any(|role| {
            lower.match_indices(role).any(|(r, _)| {
                r <= at && at + len <= r + role.len() && is_word_boundary(&lower, r, r + role.len())
            })
        })
    };
    lang.entry.unmeasured.iter().any(|w| {
        lower
            .match_indices(w)
            .any(|(at, _)| is_word_boundary(&lower, at, at + w.len()) && !in_role(at, w.len()))
    })
}

/// `unmeasured`, but for one person named at the clause's opening only up
/// to a subordinate clause: "et un gendarme emporté alors qu'il tentait
/// de secourir une famille" says whom he tried to rescue, not that he was.
pub(super) fn unmeasured_one(text: &str, lang: crate::domain::Lang) -> bool {
    let cut = crate::extract::singular::person_after_marker(text)
        .and_then(|_| {
            pieces(text).into_iter().find(|r| {
                let w = lowered(text[r.clone()].trim_matches(|c: char| !c.is_alphanumeric()));
                (any_lang(&w, |e| e.contrasts) || any_lang(&w, |e| e.relatives))
                    && !any_lang(&w, |e| e.relative_subjects)
            })
        })
        .map_or(text.len(), |r| r.start);
    unmeasured(&text[..cut], lang)
}

/// "un élève mort, neuf en réanimation": a bare figure of the living is
/// no dead ("11 patients en réanimation" may have been).
pub(super) fn bare_living(text: &str, lang: crate::domain::Lang) -> bool {
    let lower = lowered(text);
    every_lang(|e| e.living_states).any(|w| {
        lower.match_indices(w).any(|(at, _)| {
            is_word_boundary(&lower, at, at + w.len())
                && words_of(&lower[..at]).all(|v| {
                    crate::lang::is_stopword(v)
                        || !crate::parse::value::find_counts(v, lang).is_empty()
                })
        })
    })
}

/// Whether the predicate that follows a clause cut at `end` says its
/// people are counted for no metric: "… and more than 140 pupils | and
/// staff fell ill" (up to the next punctuation or metric word).
pub(super) fn unmeasured_ahead(
    s: &str,
    end: usize,
    lang: crate::domain::Lang,
    lexicon: &crate::parse::lexicon::Lexicon,
) -> bool {
    let rest = &s[end..];
    let stop = rest.find([',', ';', '.', ':']).unwrap_or(rest.len());
    let rest = &rest[..stop];
    let stop = lexicon
        .find(rest, lang)
        .map_or(rest.len(), |m| m.span.start);
    unmeasured(&rest[..stop], lang)
}

/// The group a figure counts when said as "a family of five": the noun
/// between an article and `of` right before the figure.
pub(super) fn group_before(text: &str, figure: &Range<usize>) -> Option<Range<usize>> {
    let before = words_before(text, figure.start, 3);
    match before.as_slice() {
        [(of, _), (noun, r), (a, _)]
            if ALL.iter().any(|l| l.counts.noun_of == of)
                && any_lang(a, |e| e.singular_markers)
                && !any_lang(noun, |e| e.thing_nouns) =>
        {
            Some(r.clone())
        }
        _ => None,
    }
}

/// Where a clause without a metric word continues the claim before: a
/// comparison (`up from`: true) or a breakdown (`dont`: false), or, in a
/// chain of clauses, nothing to blank.
pub(in crate::extract) fn continuation_in(
    text: &str,
    chained: bool,
) -> Option<(Range<usize>, bool)> {
    let lower = lowered(text);
    // Comparisons first: the same scope, so the same qualifier;
    // breakdowns have a narrower qualifier of their own.
    let openings = every_lang(|e| e.comparisons)
        .map(|c| (c, true))
        .chain(every_lang(|e| e.breakdowns).map(|c| (c, false)));
    let opening = openings.into_iter().find_map(|(c, comparison)| {
        lower.match_indices(c).find_map(|(at, _)| {
            is_word_boundary(&lower, at, at + c.len()).then_some((at..at + c.len(), comparison))
        })
    });
    match opening {
        Some(o) => Some(o),
        None if chained => Some((0..0, false)),
        None => None,
    }
}

/// Whether the clause ending at `end` is the subject of a predicate past
/// a breakdown in commas: "31 personnes | , dont 18 policiers, ont été
/// blessées", "12 people | , including four children, were killed".
pub(super) fn predicate_after_aside(s: &str, end: usize) -> bool {
    let Some(rest) = s[end..].trim_start().strip_prefix(',') else {
        return false;
    };
    let rest = lowered(rest.trim_start());
    let aside = every_lang(|e| e.breakdowns).any(|b| {
        rest.strip_prefix(b)
            .is_some_and(|r| r.starts_with(|c: char| !c.is_alphanumeric()))
    });
    let Some(close) = rest.find(',').filter(|_| aside) else {
        return false;
    };
    words_of(&rest[close + 1..]).next().is_some_and(|w| {
        let w = lowered(w);
        any_lang(&w, |e| e.be_have) || any_lang(&w, |e| e.auxiliaries)
    })
}

/// Whether `text` holds a figure that counts: one with no unit after it
/// ("un intérimaire de 22 ans" names one person and counts none).
pub(super) fn counts_in(text: &str) -> bool {
    let mut at = 0;
    while let Some(i) = text[at..].find(|c: char| c.is_ascii_digit()) {
        let start = at + i;
        let end = text[start..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(text.len(), |j| start + j);
        if !crate::extract::traps::followed_by_unit(text, end) {
            return true;
        }
        at = end;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::across_subordinate;

    fn across(text: &str, figure: &str, metric: &str) -> bool {
        let f = text.find(figure).unwrap();
        let m = text.find(metric).unwrap();
        across_subordinate(text, &(f..f + figure.len()), &(m..m + metric.len()))
    }

    #[test]
    fn a_figure_in_a_relative_aside_is_the_relatives() {
        let text = "Le gérant, qui assure 350 vols par saison, a été placé en garde à vue";
        assert!(across(text, "350", "garde à vue"));
    }

    #[test]
    fn a_figure_before_the_relative_is_the_subjects() {
        let text = "Quatre randonneurs, qui marchaient sur un sentier, ont été blessés";
        assert!(!across(text, "Quatre", "blessés"));
        // Nor does an open relative that holds the metric word take it.
        let text = "La tempête, qui a fait 11 morts, a frappé le village";
        assert!(!across(text, "11", "morts"));
        // A relative that only numbers the subject counts it.
        let text = "The militants, who numbered about 30, were killed";
        assert!(!across(text, "30", "killed"));
        let text = "Les assaillants, qui étaient cinq, ont été abattus";
        assert!(!across(text, "cinq", "abattus"));
    }
}
