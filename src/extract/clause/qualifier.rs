//! The words of a clause that are no figure: its qualifier (what quick
//! entry keeps of a window of the clause, with a kept metric word's label
//! first) and the metric words that count no one in their sentence.

use super::*;
use crate::lang::ALL;
use crate::parse::value::find_counts;

/// Whether a metric word counts no one here: `victimes` in a sentence
/// that names other casualties (its figure holds the injured too), or a
/// word after `camp de` (`camp de réfugiés` is a place).
pub(super) fn not_people(sentence: &str, text: &str, start: usize, word: Range<usize>) -> bool {
    let said = lowered(&text[word.clone()]);
    let lower = lowered(sentence);
    let says = |p: &str| {
        lower
            .match_indices(p)
            .any(|(at, _)| is_word_boundary(&lower, at, at + p.len()))
    };
    let after = lowered(&sentence[start + word.end..]);
    let split_into_parts = every_lang(|e| e.casualty_splits).any(|split| {
        after.find(split).is_some_and(|at| {
            let rest = &after[at + split.len()..];
            every_lang(|e| e.casualty_parts).any(|p| {
                rest.match_indices(p)
                    .any(|(i, _)| is_word_boundary(rest, i, i + p.len()))
            })
        })
    });
    let casualty = any_lang(&said, |e| e.casualty_words)
        && (every_lang(|e| e.casualty_hints).any(says) || split_into_parts);
    casualty || placed(text, &word) || breaks_down_things(sentence, text, start)
}

/// Whether the metric word at `word` names a place after `camp de` (`camp
/// de réfugiés`) or a part after `moitié du`.
fn placed(text: &str, word: &Range<usize>) -> bool {
    let before = lowered(&text[..word.start]);
    every_lang(|e| e.not_metric_after).any(|p| before.trim_end().ends_with(p))
}

/// "Attaque contre un camp de déplacés : au moins 38 morts": past a
/// metric word naming a place, the clause's next metric word.
pub(super) fn past_place(
    c: &Clause,
    m: crate::parse::lexicon::MetricMatch,
) -> Option<crate::parse::lexicon::MetricMatch> {
    if !placed(&c.text, &m.span) {
        return Some(m);
    }
    let mut rest = c.text.clone();
    rest.replace_range(m.span.clone(), &" ".repeat(m.span.len()));
    c.lexicon.find(&rest, c.lang).or(Some(m))
}

/// "43 drones et deux missiles ont été lancés, dont 38 ont été abattus":
/// a breakdown whose total, in the comma piece before it, counts things.
fn breaks_down_things(sentence: &str, text: &str, start: usize) -> bool {
    let opening = lowered(text.trim_start());
    let breakdown = every_lang(|e| e.breakdowns)
        .any(|b| opening.starts_with(b) && is_word_boundary(&opening, 0, b.len()));
    if !breakdown {
        return false;
    }
    let head = sentence[..start].trim_end().trim_end_matches(',');
    let piece = &head[head.rfind([',', ';', ':']).map_or(0, |i| i + 1)..];
    ALL.iter()
        .flat_map(|l| find_counts(piece, *l).into_iter().take(1))
        .any(|(_, r)| super::super::traps::counts_things(piece, r.end, None))
}

/// The qualifier quick entry reads from the window's words.
#[allow(clippy::too_many_arguments)]
pub(super) fn qualifier_of(
    s: &str,
    clause: &Range<usize>,
    window: &[Range<usize>],
    blank: &[Range<usize>],
    lang: Lang,
    lexicon: &Lexicon,
    reference: NaiveDate,
    has_metric: bool,
) -> String {
    let mut hidden: Vec<Range<usize>> = blank.to_vec();
    // Everything outside the window's pieces.
    let mut pieces: Vec<Range<usize>> = window.to_vec();
    pieces.sort_by_key(|r| r.start);
    let mut at = 0;
    for piece in pieces {
        if piece.start > at {
            hidden.push(clause.start + at..clause.start + piece.start);
        }
        at = at.max(piece.end);
    }
    hidden.push(clause.start + at..clause.end);
    let text = blanked(s, clause, &hidden);
    match parse_fragment(&text, lang, lexicon, reference) {
        Ok(entry) if has_metric == entry.metric.is_some() => words_of(&entry.qualifier)
            .filter(|w| !any_lang(w, |e| e.qualifier_noise))
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

/// A qualifier with what a kept metric word says of who is counted
/// ("27 bodies" → `bodies recovered`; "19 corps repêchés" → `corps
/// repêchés`) put first.
pub(super) fn with_kept_words(qualifier: String, metric: &Range<usize>, clause: &str) -> String {
    let word = lowered(&clause[metric.clone()]);
    // "11 blessés se trouvent dans un état grave": a kept phrase after the
    // metric word says who is counted too, up to the next figure, whose
    // words they are ("rose to 21 after rescuers recovered four more bodies").
    let rest = &clause[metric.end..];
    let next_figure = ALL
        .iter()
        .filter_map(|&lang| find_counts(rest, lang).first().map(|(_, at)| at.start))
        .min()
        .unwrap_or(rest.len());
    let rest = lowered(&rest[..next_figure]);
    // "27 blessées ou intoxiquées": a word of the same metric as the
    // metric word is a synonym, not a basis.
    let synonym = |w: &str| {
        ALL.iter()
            .flat_map(|l| l.metrics)
            .any(|(_, words)| words.contains(&word.as_str()) && words.contains(&w))
    };
    let after = every_lang_pairs(|e| e.kept_metric_words).find(|(w, _)| {
        !synonym(w)
            && rest
                .match_indices(w)
                .any(|(at, _)| is_word_boundary(&rest, at, at + w.len()))
    });
    let Some(kept) = every_lang_pairs(|e| e.kept_metric_words)
        .find(|(w, _)| *w == word)
        .or(after)
    else {
        return qualifier;
    };
    let mut words: Vec<String> = words_of(kept.1).map(str::to_string).collect();
    let clause_words: Vec<String> = words_of(clause)
        .map(|w| lowered(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    for (w, q) in every_lang_pairs(|e| e.basis_words) {
        if clause_words.iter().any(|c| c == w) && !words.iter().any(|k| k == q) {
            words.push(q.to_string());
        }
    }
    for w in words_of(&qualifier) {
        if !words.iter().any(|k| k == w) {
            words.push(w.to_string());
        }
    }
    words.join(" ")
}

/// A qualifier with the place a metric phrase ending in a place
/// preposition names next ("spent the night in a mosque and a school",
/// "staying in heated tents and shelters"): its words, up to the next
/// punctuation or five words, that are no stopword and no figure. `clause`
/// runs from the clause's start to the sentence's end, as the place may
/// run on past an "and" that ends the clause.
pub(super) fn with_place_after_phrase(
    qualifier: String,
    metric: &Range<usize>,
    clause: &str,
) -> String {
    let last = words_of(&clause[metric.clone()]).last().unwrap_or("");
    if !any_lang(&lowered(last), |e| e.place_prepositions) {
        return qualifier;
    }
    let end = few_words_after(clause, metric.end, 5);
    let mut words: Vec<String> = words_of(&qualifier).map(str::to_string).collect();
    let mut placed = false;
    for w in words_of(&clause[metric.end..end]) {
        let w = lowered(w.trim_matches(|c: char| !c.is_alphanumeric()));
        // "dans un gymnase mis à disposition par la mairie": a participle
        // or a relative after the place describes it, and ends it.
        let describes = is_participle(&w, false)
            || ALL.iter().any(|l| {
                l.dates
                    .tense
                    .compound
                    .participle
                    .words
                    .contains(&w.as_str())
            })
            || any_lang(&w, |e| e.relatives)
            || any_lang(&w, |e| e.relative_subjects);
        if placed && describes {
            break;
        }
        let stop = crate::lang::is_stopword(&w)
            || any_lang(&w, |e| e.qualifier_noise)
            || any_lang(&w, |e| e.articles)
            || w.is_empty()
            || w.chars().any(|c| c.is_ascii_digit());
        if stop || words.contains(&w) {
            continue;
        }
        words.push(w);
        placed = true;
    }
    words.join(" ")
}

/// An attribution opening the clause with the comma or the "que" after it
/// ("Selon la police, | 61 personnes"): the clause then opens on its
/// figure, as it would with no attribution.
pub(super) fn with_opening_comma(s: &str, clause: &Range<usize>, r: Range<usize>) -> Range<usize> {
    let opens = s[clause.start..r.start.max(clause.start)].trim().is_empty();
    let after = &s[r.end.min(s.len())..];
    let gap = after.len() - after.trim_start().len();
    // "L'ONU dit que | 61 personnes": so does the complementizer after it.
    let word = words_of(after).next().unwrap_or("");
    let that = any_lang(&lowered(word), |e| e.complementizers);
    let skip = match after.trim_start().strip_prefix(',') {
        Some(_) => 1,
        None if that => word.len(),
        None => return r,
    };
    if opens && r.end + gap + skip < clause.end {
        r.start..r.end + gap + skip
    } else {
        r
    }
}

/// The clause's text with the given sentence ranges replaced by spaces
/// (byte for byte, so offsets still hold).
pub(super) fn blanked(s: &str, clause: &Range<usize>, hide: &[Range<usize>]) -> String {
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

/// Whether the sentence names the metric of `m` with another word than
/// the one at `m` in the clause ("127 personnes ont été interpellées …
/// 40 détenus"): what makes a status word a count of it.
pub(super) fn names_metric_elsewhere(
    s: &str,
    c: &Clause,
    m: &crate::parse::lexicon::MetricMatch,
) -> bool {
    let at = c.clause.start + m.span.start..c.clause.start + m.span.end;
    let mut rest = s.to_string();
    rest.replace_range(at.clone(), &" ".repeat(at.len()));
    let mut from = 0;
    while let Some(other) = c.lexicon.find(&rest[from..], c.lang) {
        let word = lowered(&rest[from + other.span.start..from + other.span.end]);
        if other.metric == m.metric && !any_lang(&word, |e| e.status_metric_words) {
            return true;
        }
        from += other.span.end;
    }
    false
}

/// "Les six autres victimes sont des détenus abattus": past a second word
/// naming who is counted (`o`), the word of what befell them, when the
/// first (`weak`) named who too; `between` keeps the second word.
pub(super) fn past_who(
    c: &Clause,
    rest: &str,
    o: crate::parse::lexicon::MetricMatch,
    weak: bool,
    between: &mut Option<String>,
) -> crate::parse::lexicon::MetricMatch {
    let named = lowered(&c.text[o.span.clone()]);
    let who =
        any_lang(&named, |e| e.status_metric_words) || any_lang(&named, |e| e.weak_metric_words);
    let mut further = rest.to_string();
    further.replace_range(o.span.clone(), &" ".repeat(o.span.len()));
    match c.lexicon.find(&further, c.lang) {
        Some(third) if weak && who && third.kind == Kind::Count => {
            let w = lowered(&c.text[third.span.clone()]);
            let plain =
                !any_lang(&w, |e| e.status_metric_words) && !any_lang(&w, |e| e.weak_metric_words);
            if plain {
                *between = Some(named);
                third
            } else {
                o
            }
        }
        _ => o,
    }
}

/// "Deux blessés ont succombé pendant leur transfert": the injured (at
/// `m`) as the subject of a word of dying (at `other`), only a plural
/// verb of a few words between, are who died, and counted as the dead
/// ("un bénévole qui portait les blessés a été tué" is one more).
pub(super) fn died_of_injuries(
    text: &str,
    m: &crate::parse::lexicon::MetricMatch,
    other: &crate::parse::lexicon::MetricMatch,
) -> bool {
    if m.metric != "injured" || other.metric != "deaths" || other.span.start < m.span.end {
        return false;
    }
    let between = &text[m.span.end..other.span.start];
    let words: Vec<String> = words_of(between).map(lowered).collect();
    words.len() <= 3
        && !words.iter().any(|w| any_lang(w, |e| e.singular_verbs))
        && ALL
            .iter()
            .all(|&lang| find_counts(between, lang).is_empty())
}

/// Whether every `phrase` in `lower` (the clause, lower case) stands in a
/// relative before the metric word at `metric` of a clause with no figure:
/// "l'entrepreneur qui avait agrandi le bâtiment l'an dernier ont été
/// arrêtés" dates what the relative says of a person ("les inondations
/// qui ont frappé la région l'an dernier ont fait 40 morts" date the toll).
pub(super) fn describes_subject(c: &Clause, lower: &str, phrase: &str, metric: usize) -> bool {
    if !c.counts(None).is_empty() {
        return false;
    }
    let relative_before = |at: usize| {
        words_of(&lower[..at]).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            any_lang(w, |e| e.relatives) || any_lang(w, |e| e.relative_subjects)
        })
    };
    // "Police arrested a builder who had cut into the hill last month": a
    // relative opened after the metric word tells what the one counted did
    // before, and the phrase dates that.
    let relative_after_metric = |at: usize| {
        lower.get(metric..at).is_some_and(|between| {
            words_of(between).any(|w| {
                any_lang(w.trim_matches(|c: char| !c.is_alphanumeric()), |e| {
                    e.relative_subjects
                })
            })
        })
    };
    lower
        .match_indices(phrase)
        .filter(|(at, _)| is_word_boundary(lower, *at, at + phrase.len()))
        .all(|(at, _)| {
            (at + phrase.len() <= metric && relative_before(at)) || relative_after_metric(at)
        })
}

/// Whether every `phrase` in `lower` (the clause, lower case) owns an
/// event named in a relative of the subject before the metric word at
/// `metric`: "An outbreak that followed last month's floods has killed
/// 64" counts the outbreak's dead, the floods being what it followed
/// ("Last month's floods killed 64", with no relative, stays earlier).
pub(super) fn owned_in_subject_relative(lower: &str, phrase: &str, metric: usize) -> bool {
    // A toll still running ("has killed"): "An outbreak that followed
    // last year's floods killed 300" may be that earlier outbreak's.
    let running = words_of(&lower[..metric.min(lower.len())])
        .last()
        .is_some_and(|w| {
            ALL.iter()
                .any(|l| l.dates.tense.compound.auxiliaries.contains(&w))
        });
    if !running {
        return false;
    }
    let mut at_all = lower
        .match_indices(phrase)
        .filter(|(at, _)| is_word_boundary(lower, *at, at + phrase.len()))
        .peekable();
    at_all.peek().is_some()
        && at_all.all(|(at, _)| {
            let end = at + phrase.len();
            let owned = every_lang(|e| e.possessive_endings).any(|p| lower[end..].starts_with(p));
            // "that followed": a relative's own verb after it ("said that
            // last month's floods killed 64" reports the earlier toll).
            let before: Vec<&str> = words_of(&lower[..at])
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            let relative = before.windows(2).any(|pair| {
                (any_lang(pair[0], |e| e.relative_subjects)
                    || any_lang(pair[0], |e| e.complementizers))
                    && !any_lang(pair[1], |e| e.articles)
            });
            owned && relative && end < metric
        })
}
