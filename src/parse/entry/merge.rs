//! How the pieces a quick entry is cut into become its fragments: a piece
//! that only adds to its neighbour (an attribution, a hedge, an age, a
//! metric word without a figure) is glued back to it.

use super::infer::{opening_marker, past_marker_dot, singular_in};
use super::overlaps;
use super::person::person_phrase;
use crate::lang::{ALL, Lang};
use crate::parse::lexicon::Lexicon;
use crate::text::tokens::words_joined_by;
use crate::text::words::is_word_boundary;
use std::ops::Range;

/// Glues a piece without a value to its neighbour when it only adds to it.
pub(super) fn merge_pieces(
    text: &str,
    pieces: Vec<Range<usize>>,
    protected: &[Range<usize>],
    lang: Lang,
    lexicon: &Lexicon,
    entry: bool,
) -> Vec<Range<usize>> {
    // "the captain and 2 crew arrested", "3 soldiers and the driver
    // killed": a person named alone before a metric word, or joined to a
    // figure after it, is one.
    let person = |r: &Range<usize>, metric: bool| {
        let piece = &text[r.clone()];
        let found = lexicon.find(piece, lang);
        let end = found.as_ref().map_or(piece.len(), |m| m.span.start);
        entry && found.is_some() == metric && person_phrase(&piece[..end], lang, lexicon).is_some()
    };
    // "5 dead | incl driver".
    let listed = |r: &Range<usize>| {
        let piece = &text[r.clone()];
        opening_marker(piece, lang)
            .filter(|m| m.start == 0)
            .is_some_and(|m| {
                let after = past_marker_dot(piece, m.end);
                piece[after..].starts_with(' ')
                    && person_phrase(&piece[after..], lang, lexicon).is_some()
            })
    };
    let figure = |r: &Range<usize>| {
        protected
            .iter()
            .any(|p| overlaps(p, r) && !(entry && super::source::numbers_a_source(text, p)))
    };
    let has_value = |r: &Range<usize>| {
        figure(r)
            || (entry && singular_in(&text[r.clone()], lang).is_some())
            || (entry && super::infer::definite_at(&text[r.clone()], lang).is_some())
            // "3 graves, aucun décès": none is a figure of its own.
            || (entry && super::infer::zero_at(&text[r.clone()], lang).is_some())
            || person(r, true)
            || (entry && listed(r))
    };
    let names_metric = |r: &Range<usize>| lexicon.find(&text[r.clone()], lang).is_some();
    // "suspect, en GAV": a basis with no one before it (only small words)
    // says what happened to the piece before.
    let basis_alone = |r: &Range<usize>| {
        let piece = &text[r.clone()];
        entry
            && super::infer::basis_of(piece, lang).is_some_and(|b| {
                let start = b.spans.iter().map(|s| s.start).min().unwrap_or(0);
                piece[..start]
                    .split_whitespace()
                    .all(|w| crate::lang::is_stopword(&crate::parse::fold_case(w)))
            })
    };
    // "two nurses who…" opens on its figure: a list item, not a predicate.
    let opens_on_value = |r: &Range<usize>| {
        protected
            .iter()
            .filter(|p| overlaps(p, r))
            .map(|p| p.start)
            .min()
            .is_some_and(|at| text[r.start..at.max(r.start)].trim().is_empty())
    };
    let mut merged: Vec<Range<usize>> = Vec::new();
    for piece in pieces {
        // "5 dead incl the pilot | and co-pilot": one more person joined
        // to one named in a breakdown.
        let one_more = merged.last().is_some_and(|last| {
            opening_marker(&text[last.clone()], lang).is_some()
                && joined_by_word(&text[last.end..piece.start])
                && person(&piece, false)
        });
        if one_more {
            merged.push(piece);
            continue;
        }
        // "suspect, 31 ans, en GAV": an age or a measure set apart by commas.
        let measure_only = |r: &Range<usize>| {
            let inside: Vec<&Range<usize>> = protected.iter().filter(|p| overlaps(p, r)).collect();
            !inside.is_empty() && inside.iter().all(|p| super::measure::has_unit(text, p))
        };
        match merged.last_mut() {
            // "12 morts, l'assaillant non compris": who is left out, even
            // named as one person, is no one counted.
            Some(last) if entry && !figure(&piece) && leaves_out(&text[piece.clone()], lang) => {
                last.end = piece.end
            }
            Some(last)
                if entry
                    && measure_only(&piece)
                    && !names_metric(&piece)
                    && singular_in(&text[piece.clone()], lang).is_none() =>
            {
                last.end = piece.end
            }
            // "26 dead, a spokesman said", "…, the ministry added", "(prev
            // 9) — Xinhua": who said it, though "a" and "the" may open a
            // person counted.
            Some(last)
                if entry
                    && !figure(&piece)
                    && !names_metric(&piece)
                    && opening_marker(&text[piece.clone()], lang).is_none()
                    && super::infer::basis_of(&text[piece.clone()], lang).is_none()
                    && (continues(&text[piece.clone()])
                        || dashed_source(&text[piece.clone()])
                        || spoken_source(&text[piece.clone()])) =>
            {
                last.end = piece.end
            }
            // An attribution or aside ("according to police") belongs to the
            // piece before; so does a metric word without a figure when that
            // piece has none of its own ("26 police and soldiers killed"),
            // and in an entry a lone word joined by and/et ("27 corps
            // retrouvés et identifiés") or a hedge ("possibly more").
            // Anything else must read alone ("the city burned" is
            // refused).
            Some(last)
                if !has_value(&piece)
                    && (continues(&text[piece.clone()])
                        || ((names_metric(&piece)
                            || (basis_alone(&piece)
                                && (!figure(last) || measure_only(last))))
                            && !names_metric(last)
                            && !coordinated_complement(
                                &text[last.end..piece.start],
                                &text[piece.clone()],
                            ))
                        || (entry && lone_word_joined(text, last, &piece, lang, lexicon))
                        || (entry && says_nothing(&text[piece.clone()]))
                        || (entry && vague_part(&text[piece.clone()], lang))
                        || (entry && says_who_all(&text[piece.clone()], lang))
                        || (entry && says_how_most(&text[piece.clone()], lang))
                        || (entry && leaves_out(&text[piece.clone()], lang))
                        || (entry
                            && !names_metric(&piece)
                            && says_cause(&text[piece.clone()], lang))
                        || (entry && whose_aside(&text[piece.clone()], lang))) =>
            {
                last.end = piece.end
            }
            // "The number of people killed by floods and landslides has
            // risen to 43": a subject naming the metric, cut at its own
            // `and`, goes with the figure after it.
            Some(last)
                if !has_value(last)
                    && names_metric(last)
                    && has_value(&piece)
                    && !names_metric(&piece)
                    && !opens_on_value(&piece)
                    && !text[last.end..piece.start].contains([',', ';', '.', ':']) =>
            {
                last.end = piece.end
            }
            _ => merged.push(piece),
        }
    }
    // A leading piece without a value ("Selon le ministère, 26 morts") is
    // glued forward rather than refused.
    // So is a partitive header naming the metric ("of the injured, 38
    // police").
    let header = |r: &Range<usize>| {
        let lower = text[r.clone()].trim_start().to_lowercase();
        ALL.iter()
            .flat_map(|l| l.extraction.partitive_headers)
            .any(|h| lower.starts_with(h) && is_word_boundary(&lower, 0, h.len()))
    };
    // "la veille, 3 morts": a leading definite that names no metric and
    // lists no one with the piece after it is the time or the place of
    // the claim ("le directeur, le responsable et 2 techniciens en garde à
    // vue" is a list).
    let leading_definite = |pieces: &[Range<usize>]| {
        let (first, next) = (&pieces[0], &pieces[1]);
        entry
            && !protected.iter().any(|p| overlaps(p, first))
            && super::infer::singular_at(&text[first.clone()], lang).is_none()
            && !names_metric(first)
            && super::infer::basis_of(&text[first.clone()], lang).is_none()
            && names_metric(next)
            && !joined_by_word(&text[first.end..next.start])
    };
    // "per fire dept, 3 firefighters hurt": who gave the figure is no one
    // counted.
    let attributed = |r: &Range<usize>| {
        let lower = text[r.clone()].trim_start().to_lowercase();
        lower
            .split_whitespace()
            .next()
            .is_some_and(super::qualifier::is_source_preposition)
    };
    // "army spokesman, 2 soldiers killed": nor is one who speaks for a body.
    let speaker = |r: &Range<usize>| super::source::names_source(&text[r.clone()]);
    // ("the mayor | among 12 dead" is one of them).
    let person_joined =
        merged.len() > 1 && person(&merged[0], false) && !attributed(&merged[0]) && {
            let gap = &text[merged[0].end..merged[1].start];
            // "bus driver, 3 passengers killed": a comma joins one named alone.
            joined_by_word(gap)
                || gap.trim().is_empty()
                || (gap.trim() == "," && !speaker(&merged[0]))
        };
    // "dimanche, 4 noyés": a word that gives the metric ("noyés") too.
    let gives_metric =
        |r: &Range<usize>| entry && super::infer::basis_of(&text[r.clone()], lang).is_some();
    // "hier à 23h, 2 morts": a leading day says when, and counts no one.
    let day_only = |r: &Range<usize>| {
        let days = crate::parse::date::date_spans(&text[r.clone()], lang);
        let inside: Vec<&Range<usize>> = protected.iter().filter(|p| overlaps(p, r)).collect();
        entry
            && !days.is_empty()
            && !names_metric(r)
            && inside.iter().all(|p| {
                days.iter()
                    .any(|d| overlaps(&(d.start + r.start..d.end + r.start), p))
            })
    };
    if merged.len() > 1
        && (!has_value(&merged[0])
            || leading_definite(&merged)
            || (day_only(&merged[0]) && (names_metric(&merged[1]) || gives_metric(&merged[1]))))
        && !person_joined
        && (!names_metric(&merged[0]) || (entry && header(&merged[0])))
    {
        let first = merged.remove(0);
        merged[0].start = first.start;
    }
    merged
}

/// A piece of one word naming no metric, joined to the one before by a
/// joining word rather than punctuation (`retrouvés et identifiés`).
fn lone_word_joined(
    text: &str,
    last: &Range<usize>,
    piece: &Range<usize>,
    lang: Lang,
    lexicon: &Lexicon,
) -> bool {
    let one_word = !text[piece.clone()].trim().contains(char::is_whitespace);
    let gap = &text[last.end..piece.start];
    // "&" joins as "and" does; "+" adds one ("5 dead + a policeman").
    let joined = !gap.contains([',', ';', '.']) && (gap.trim().len() > 1 || gap.trim() == "&");
    one_word && joined && lexicon.find(&text[piece.clone()], lang).is_none()
}

/// Whether a piece opens a reported clause joined to the one before
/// (`12 of them seriously, | and that most of the dead were women`, `et
/// que`): its metric word is that clause's, not the figure's before.
fn coordinated_complement(gap: &str, piece: &str) -> bool {
    let joined = gap
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| {
            let w = crate::parse::fold_case(w);
            ALL.iter().any(|l| l.entry.joiners.contains(&w.as_str()))
        });
    let opener = piece
        .split_whitespace()
        .next()
        .map(crate::parse::fold_case)
        .is_some_and(|w| {
            ALL.iter()
                .any(|l| l.extraction.complementizers.contains(&w.as_str()))
        });
    joined && opener
}

/// Whether a piece only adds to the one before: an attribution ("according
/// to police", "selon le ministère") or a breakdown ("including …").
fn continues(piece: &str) -> bool {
    words_joined_by(piece, |c| c == '\'' || c == '’')
        .into_iter()
        .any(|w| super::qualifier::ends_qualifier(&piece[w].to_lowercase()))
}

/// Whether a piece is a few words of who gave the figure, then a verb of
/// saying (`the city fire department confirmed`, `la préfecture
/// confirme`).
fn spoken_source(piece: &str) -> bool {
    let last = piece
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .map(crate::parse::fold_case)
        .unwrap_or_default();
    piece.split_whitespace().count() <= 6 && crate::lang::is_reporting_verb(&last)
}

/// Whether a piece is a dash and who gave the figure (`— Xinhua`).
fn dashed_source(piece: &str) -> bool {
    let piece = piece.trim_start();
    piece.starts_with(['-', '–', '—'])
        && super::source::names_source(piece.trim_start_matches(['-', '–', '—', ' ']))
}

/// Whether a piece without a figure gives a vague part of the figure
/// before (`many of them children`): a quantity word, then a breakdown
/// marker; an aside that counts no one.
fn vague_part(piece: &str, lang: Lang) -> bool {
    let folded = crate::parse::fold_case(piece.trim());
    let Some((first, rest)) = folded.split_once(' ') else {
        return false;
    };
    lang.entry.collective_nouns.contains(&first)
        && lang
            .entry
            .breakdown_markers
            .iter()
            .any(|m| rest.starts_with(m) && is_word_boundary(rest, 0, m.len()))
}

/// Whether a piece is only stop words (`possibly more`, `more feared`):
/// a hedge on the figure before, which names no one.
fn says_nothing(piece: &str) -> bool {
    let words = words_joined_by(piece, |c| c == '-' || c == '\'' || c == '’');
    !words.is_empty()
        && words
            .into_iter()
            .all(|w| crate::lang::is_stopword(&piece[w].to_lowercase()))
}

/// Whether the text between two fragments joins them with a word (`and`,
/// `et`) rather than punctuation: coordinated figures share the metric
/// named after them ("3 police and 2 civilians dead").
pub(super) fn joined_by_word(gap: &str) -> bool {
    let gap = gap.trim().to_lowercase();
    !gap.is_empty()
        && (gap == "&" || gap == "+" || ALL.iter().any(|l| l.entry.joiners.contains(&gap.as_str())))
}

/// Whether a piece says how most of those counted before were
/// (`intoxiqués pour la plupart`, `most of them burns`).
fn says_how_most(piece: &str, lang: Lang) -> bool {
    let folded = crate::parse::fold_case(piece);
    lang.entry
        .most_phrases
        .iter()
        .any(|p| super::infer::find_phrase(&folded, p).is_some())
}

/// Whether a piece opens on what caused the toll before it (`5 missing,
/// after boat overturns`): what happened, no one counted.
fn says_cause(piece: &str, lang: Lang) -> bool {
    let folded = crate::parse::fold_case(piece.trim_start());
    let first = folded.split_whitespace().next().unwrap_or("");
    lang.entry.cause_openers.contains(&first)
}

/// Whether a piece opens by leaving someone out of the figure before
/// (`sans compter le tireur`, `not counting the gunman`), or ends so
/// (`l'assaillant non compris`): who it does not count, no one counted.
fn leaves_out(piece: &str, lang: Lang) -> bool {
    let folded = crate::parse::fold_case(piece.trim());
    lang.entry.exclusions.iter().any(|x| {
        let opens = folded.strip_prefix(x).is_some_and(|rest| {
            is_word_boundary(&folded, 0, x.len()) && !exclusion_linked(rest, lang)
        });
        let ends = folded.len() > x.len()
            && folded.ends_with(x)
            && is_word_boundary(&folded, folded.len() - x.len(), folded.len());
        opens || ends
    })
}

/// Whether the words after an exclusion word link it to a noun (`hors de
/// danger`): out of, not leaving out.
pub(super) fn exclusion_linked(rest: &str, lang: Lang) -> bool {
    let next = rest.split_whitespace().next().unwrap_or("");
    lang.entry.noun_links.iter().any(|l| next.starts_with(l))
}

/// Whether a piece without a figure is a relative clause on those counted
/// before (`dont le pronostic vital est engagé`): a breakdown marker, then
/// a definite article naming a thing of theirs.
fn whose_aside(piece: &str, lang: Lang) -> bool {
    let Some(marker) = opening_marker(piece, lang) else {
        return false;
    };
    // (Elided `l'` too, which `infer::opening` does not take.)
    let rest = crate::parse::fold_case(piece[marker.end..].trim_start());
    lang.entry.definites.iter().any(|d| {
        let elided = d.ends_with('\'');
        rest.starts_with(d) && (elided || rest[d.len()..].starts_with(' '))
    })
}

/// Whether a piece opens with a word for every one of those counted
/// before (`tous militaires`, `all civilians`): who they were.
fn says_who_all(piece: &str, lang: Lang) -> bool {
    let lower = piece.trim().to_lowercase();
    let mut words = lower.split_whitespace();
    words
        .next()
        .is_some_and(|w| lang.entry.whole_words.contains(&w))
        && words.next().is_some()
}

#[cfg(test)]
mod tests {
    use super::coordinated_complement;

    #[test]
    fn a_joined_complementizer_opens_a_clause_of_its_own() {
        assert!(coordinated_complement(
            ", and ",
            "that most of the dead were women"
        ));
        assert!(coordinated_complement(" et ", "que la plupart des morts"));
        // A complementizer after a comma alone, or a joined predicate, is
        // no coordinated report.
        assert!(!coordinated_complement(
            ", ",
            "that most of the dead were women"
        ));
        assert!(!coordinated_complement(" and ", "soldiers killed"));
    }
}
