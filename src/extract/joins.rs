//! How a sentence's clauses are regrouped after the quick-entry split:
//! a figure and its metric word cut apart by a day are joined again, and
//! a partitive header holding its own total ("Among the 26 dead were four
//! children") is cut before the part it names.

use super::lists::is_partitive_header;
use super::traps::{has_count, people_counts};
use super::words::*;
use crate::domain::{Kind, Lang};
use crate::parse::lexicon::Lexicon;
use std::ops::Range;

/// Whether a gap between clauses is just a joining word ("and"/"et").
pub(super) fn is_and(gap: &str) -> bool {
    let gap = gap.trim().trim_matches(',').trim().to_lowercase();
    crate::lang::ALL
        .iter()
        .any(|l| l.entry.joiners.contains(&gap.as_str()))
}

/// Whether a gap between clauses is a joiner of several words ("ainsi
/// que"), which adds people to the claim before, whatever its shape.
pub(super) fn adds_to(gap: &str) -> bool {
    is_and(gap) && gap.trim().trim_matches(',').trim().contains(' ')
}

/// Whether a clause names those counted by its metric word and a header
/// verb ("The dead were two workers", "The injured included …"): the items
/// after it, comma by comma, are more of them; after a verb's object ("Police
/// detained two men, a driver and a cook") they may be the two, in apposition.
pub(super) fn names_series(text: &str, lang: Lang, lexicon: &Lexicon) -> bool {
    let header_after = |at: usize| {
        words_of(&text[at..])
            .next()
            .is_some_and(|w| any_lang(&lowered(w), |e| e.header_verbs))
    };
    // "Parmi elles figurent 14 suspects, | un policier | et deux
    // habitants": a header carried from the sentence before.
    let lower = lowered(text);
    let opening = lower.trim_start();
    let carried = every_lang(|e| e.carried_headers)
        .any(|h| opening.starts_with(h) && header_after(text.len() - opening.len() + h.len()));
    carried
        || lexicon
            .find(text, lang)
            .is_some_and(|metric| header_after(metric.span.end))
}

/// Rejoins "2 300 habitants et vacanciers ont été évacués lundi" and
/// "Trois personnes, dont un enfant, ont été tuées jeudi": quick entry
/// keeps a piece with a day apart, which leaves the figure in one clause
/// and its count metric in the next.
pub(super) fn join_split_subjects(
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
            // "deux frères de 24 | et 27 ans": a joiner between two figures
            // of a unit joins ages, not clauses.
            let digits = tail
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(tail.len());
            if head.ends_with(|c: char| c.is_ascii_digit())
                && digits > 0
                && super::traps::followed_by_unit(tail, digits)
                && is_and(&s[last.end..clause.start])
            {
                last.end = clause.end;
                continue;
            }
            // "two were boys aged 15 | and 16", "Two boys aged 15 | and 16
            // died": a figure after an age and a joiner is an age too.
            if head.ends_with(|c: char| c.is_ascii_digit())
                && digits > 0
                && words_of(head)
                    .collect::<Vec<_>>()
                    .iter()
                    .rev()
                    .nth(1)
                    .is_some_and(|w| any_lang(&lowered(w), |e| e.age_words))
                && is_and(&s[last.end..clause.start])
            {
                last.end = clause.end;
                continue;
            }
            let metric = lexicon.find(tail, lang);
            // "Trois personnes, dont un enfant, | ont été tuées jeudi": a
            // predicate with no subject of its own belongs to the one before.
            let opens_predicate = |t: &str| {
                let first = words_of(t).next().map(lowered).unwrap_or_default();
                any_lang(&first, |e| e.be_have)
                    || any_lang(&first, |e| e.auxiliaries)
                    || any_lang(&first, |e| e.linking_verbs)
            };
            // "Le chauffeur et deux automobilistes, | bloqués dans leur
            // véhicule, ont péri": the predicate after an aside the split
            // left in its clause.
            let after_aside = tail.match_indices(',').any(|(at, _)| {
                let (aside, rest) = (&tail[..at], &tail[at + 1..]);
                opens_predicate(rest)
                    && lexicon.find(aside, lang).is_none()
                    && people_counts(aside, lang, None).is_empty()
            });
            let predicate = opens_predicate(tail) || after_aside;
            // "A lifeguard, | Tiago Moura, | drowned on Monday": a predicate
            // opening on its metric word, cut off by its day, is one only
            // over asides to a subject (below).
            let opens_metric = metric
                .as_ref()
                .is_some_and(|m| tail[..m.span.start].trim().is_empty());
            if (is_and(&s[last.end..clause.start]) || predicate)
                && lexicon.find(head, lang).is_none()
                && !people_counts(head, lang, None).is_empty()
                && metric.as_ref().is_some_and(|m| m.kind == Kind::Count)
                && people_counts(tail, lang, None).is_empty()
                // "neuf ont déraillé | et deux citernes ont fui": a head
                // with a verb of its own is a clause, not a subject.
                && !(has_verb(head) && has_count(tail, lang))
                // "18 of them critically, | and that most of the dead had
                // been …": a reported clause of its own, not a predicate.
                && !opens_complement(tail)
            {
                last.end = clause.end;
                continue;
            }
            // "Trois hommes, dont le tireur présumé, | âgé de 31 ans, | ont
            // été placés en garde à vue": over an aside with no count.
            let aside = |r: &Range<usize>| {
                lexicon.find(&s[r.clone()], lang).is_none()
                    && people_counts(&s[r.clone()], lang, None).is_empty()
            };
            // "Deux personnes, | un homme | et sa fille, | ont été tuées":
            // over a few asides.
            let asides = out.iter().rev().take(3).take_while(|r| aside(r)).count();
            // "The driver, | a 46-year-old Vesland national, | was arrested
            // on Wednesday": a role with its article, said to be one.
            let aside_is_one = out.last().is_some_and(|r| one_aside(&s[r.clone()]));
            if (predicate || opens_metric)
                && metric.as_ref().is_some_and(|m| m.kind == Kind::Count)
                && people_counts(tail, lang, None).is_empty()
            {
                let subject = (1..=asides).find(|&k| {
                    out.len() > k && {
                        let subject = &s[out[out.len() - 1 - k].clone()];
                        // "Un homme de 26 ans, | locataire de la cave, | a été
                        // placé en garde à vue": one, by its marker.
                        let one = opens_one(subject) || (opens_role(subject) && aside_is_one);
                        // "a wounded miner, | aged 19, | died on Friday": a
                        // metric word in one's noun, the verb after it.
                        (lexicon.find(subject, lang).is_none() || (one && opens_metric))
                            && (one || !people_counts(subject, lang, None).is_empty())
                    }
                });
                if let Some(k) = subject {
                    out.truncate(out.len() - k);
                    if let Some(subject) = out.last_mut() {
                        subject.end = clause.end;
                    }
                    continue;
                }
                // "Le frère du forcené, soupçonné de complicité, | a été
                // placé en garde à vue jeudi": the subject and its aside
                // in one piece.
                if let Some(last) = out.last_mut()
                    && aside(last)
                    && one_with_aside(&s[last.clone()])
                {
                    last.end = clause.end;
                    continue;
                }
            }
        }
        out.push(clause);
    }
    out
}

/// Whether `text` opens on one person named by a singular marker, then
/// an aside after a comma ("Le tireur, un homme de 19 ans").
fn one_with_aside(text: &str) -> bool {
    let Some(comma) = text.find(',') else {
        return false;
    };
    opens_one(&text[..comma]) || (opens_role(&text[..comma]) && one_aside(&text[comma + 1..]))
}

/// Whether an aside after a role says it is one: a marker of one ("a
/// 46-year-old Vesland national") or a relative telling what the one did
/// ("who swam ashore").
fn one_aside(text: &str) -> bool {
    opens_one(text)
        || words_of(text)
            .next()
            .is_some_and(|w| any_lang(&lowered(w), |e| e.relative_subjects))
}

/// Whether `text` is a role with its article alone ("The driver", "the
/// ride's owner"), no thing.
fn opens_role(text: &str) -> bool {
    let words: Vec<String> = words_of(text).map(lowered).collect();
    (2..=3).contains(&words.len())
        && any_lang(&words[0], |e| e.articles)
        && !words
            .iter()
            .any(|w| w.contains(|c: char| c.is_ascii_digit()))
        && !any_lang(&words[words.len() - 1], |e| e.thing_nouns)
}

/// Whether `text` is one person named by a singular marker, in a few
/// words; after a speech verb, what is said ("Officials said a miner, |
/// aged 19, | died on Friday").
fn opens_one(text: &str) -> bool {
    let words: Vec<String> = words_of(text).map(lowered).collect();
    let said = words
        .iter()
        .rposition(|w| any_lang(w, |e| e.speech_verbs))
        .map_or(0, |i| i + 1);
    let plain: Vec<&str> = words[said..].iter().map(String::as_str).collect();
    plain.len() <= 6 && super::singular::marker_at(&plain).is_some()
}

/// Whether a piece of text holds a verb of being or an auxiliary.
fn has_verb(text: &str) -> bool {
    words_of(text).any(|w| {
        let w = lowered(w.trim_matches(|c: char| !c.is_alphanumeric()));
        any_lang(&w, |e| e.be_have) || any_lang(&w, |e| e.auxiliaries)
    })
}

/// Cuts "Among the 26 dead were four children" / "Parmi les 26 morts
/// figurent quatre enfants" before the second figure: a header with its
/// total, a verb saying who was among them, then the part, which reads as
/// an item after a partitive header.
pub(super) fn split_partitive_headers(
    s: &str,
    clauses: Vec<Range<usize>>,
    lang: Lang,
    lexicon: &Lexicon,
) -> Vec<Range<usize>> {
    cut_clauses(clauses, |clause| {
        let text = &s[clause];
        let counts = people_counts(text, lang, None);
        lexicon
            .find(text, lang)
            .filter(|m| m.kind == Kind::Count && is_partitive_header(text))
            .map(|m| m.span)
            .and_then(|m| {
                let first = counts.first().filter(|(_, r)| r.end <= m.start)?;
                let (_, part) = counts.get(1).filter(|(_, r)| r.start >= m.end)?;
                let gap: Vec<String> = words_of(&text[m.end..part.start])
                    .map(|w| lowered(w.trim_matches(|c: char| !c.is_alphanumeric())))
                    .collect();
                let verbs = !gap.is_empty()
                    && gap.len() <= 2
                    && gap.iter().all(|w| any_lang(w, |e| e.header_verbs));
                (verbs && first.1.end <= m.start).then_some(part.start..part.start)
            })
    })
}

/// Cuts a header's list of people at the joiner before the second one:
/// "Parmi les morts figurent un agent de sécurité | et une adolescente de
/// 15 ans", "Les victimes sont un doctorant | et une technicienne", "…
/// figurent une mère | et ses deux enfants". The split glues a piece with
/// no figure to the figure after it (an age, a count), which leaves two
/// people in one clause; cut, each reads as an item of the header.
pub(super) fn split_header_items(
    s: &str,
    clauses: Vec<Range<usize>>,
    lang: Lang,
    lexicon: &Lexicon,
) -> Vec<Range<usize>> {
    cut_clauses(clauses, |clause| header_item_cut(&s[clause], lang, lexicon))
}

/// Each clause, or its two sides when `cut` finds where (in the clause's
/// own offsets) it is cut; the cut's own text is left out.
fn cut_clauses(
    clauses: Vec<Range<usize>>,
    cut: impl Fn(Range<usize>) -> Option<Range<usize>>,
) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(clauses.len());
    for clause in clauses {
        match cut(clause.clone()) {
            Some(at) => {
                out.push(clause.start..clause.start + at.start);
                out.push(clause.start + at.end..clause.end);
            }
            None => out.push(clause),
        }
    }
    out
}

/// Where the joiner before a header's second person lies in `text` (see
/// `split_header_items`): the metric word after an among word or after
/// its article alone, a header verb, one person by a marker of one with
/// no figure nor comma, then the joiner and another marker of one, a
/// possessive or a figure.
fn header_item_cut(text: &str, lang: Lang, lexicon: &Lexicon) -> Option<Range<usize>> {
    let m = lexicon.find(text, lang).filter(|m| m.kind == Kind::Count)?;
    let before: Vec<String> = words_of(&text[..m.span.start]).map(lowered).collect();
    let definite_alone = before.len() == 1 && any_lang(&before[0], |e| e.articles);
    if !(is_partitive_header(text) || definite_alone) {
        return None;
    }
    let rest = &text[m.span.end..];
    let all = pieces(rest);
    let verb = all.first()?;
    if !any_lang(&lowered(&rest[verb.clone()]), |e| e.header_verbs) {
        return None;
    }
    let items = &rest[verb.end..];
    let first: Vec<String> = words_of(items).take(2).map(lowered).collect();
    let first: Vec<&str> = first.iter().map(String::as_str).collect();
    super::singular::marker_at(&first).filter(|(_, another)| !another)?;
    let lower = lowered(items);
    let (at, joiner) = crate::lang::ALL
        .iter()
        .flat_map(|l| l.entry.joiners)
        .filter_map(|j| {
            let j = format!(" {j} ");
            lower.find(&j).map(|at| (at, j.len()))
        })
        .min()?;
    let (one, next) = (&items[..at], &items[at + joiner..]);
    if has_figure(one) || one.contains([',', ';', ':']) {
        return None;
    }
    let opening = words_of(next).next().map(lowered).unwrap_or_default();
    // "et ses deux enfants": a figure after at most one word.
    let person = super::singular::marker_at(&[opening.as_str()]).is_some_and(|(_, a)| !a)
        || any_lang(&opening, |e| e.possessives)
        || people_counts(next, lang, None)
            .first()
            .is_some_and(|(_, r)| words_of(&next[..r.start]).count() <= 1);
    let from = m.span.end + verb.end + at;
    person.then_some(from..from + joiner)
}

/// "Le conducteur du camion, légèrement blessé, | a été placé en détention
/// provisoire lundi": a predicate with no subject of its own after one
/// person and an aside naming a metric of its own. The aside is read as
/// that person's claim; the predicate is one more claim of the same
/// person. Gives the sentence with the aside blanked (offsets kept) and
/// the range to read in it, subject and predicate.
pub(super) fn subject_past_metric_aside(
    s: &str,
    clauses: &[Range<usize>],
    i: usize,
    lang: Lang,
    lexicon: &Lexicon,
) -> Option<(String, Range<usize>)> {
    let (before, clause) = (clauses.get(i.checked_sub(1)?)?, clauses.get(i)?);
    let tail = &s[clause.clone()];
    lexicon.find(tail, lang).filter(|m| m.kind == Kind::Count)?;
    let first = words_of(tail).next().map(lowered).unwrap_or_default();
    let predicate = any_lang(&first, |e| e.be_have) || any_lang(&first, |e| e.auxiliaries);
    if !predicate || has_figure(tail) || s[before.end..clause.start].trim() != "," {
        return None;
    }
    let head = &s[before.clone()];
    let comma = head.find(',')?;
    let (subject, aside) = (&head[..comma], &head[comma + 1..]);
    // "Le chauffeur du camion, un homme de 46 ans légèrement blessé,":
    // the age names no count; what follows it describes.
    let aside = super::ages::past_apposed_age(aside).unwrap_or(aside);
    if !(opens_one(subject) || opens_role(subject)) || has_figure(subject) || has_figure(aside) {
        return None;
    }
    // The aside says how the person was: an adverb or a participle first
    // ("grièvement blessé", "blessé aux mains"), with a metric word.
    let opening = words_of(aside).next().map(lowered).unwrap_or_default();
    let describes = any_lang(&opening, |e| e.singular_adverbs) || is_participle(&opening, true);
    lexicon
        .find(aside, lang)
        .filter(|m| describes && m.kind == Kind::Count)?;
    let blank = before.start + comma..clause.start;
    let mut blanked = s.to_string();
    blanked.replace_range(blank.clone(), &" ".repeat(blank.len()));
    Some((blanked, before.start..clause.end))
}

/// Where the opener of a clause saying one more shared the fate of the
/// claim before ends ("as was a conductor", "de même qu'un baigneur",
/// "tout comme le propriétaire"), an elided opener glued to its word.
pub(super) fn same_fate_opening(text: &str) -> Option<usize> {
    let lower = lowered(text);
    let trimmed = lower.trim_start();
    let from = lower.len() - trimmed.len();
    every_lang(|e| e.same_fate_openers)
        .find(|o| {
            trimmed.starts_with(o)
                && (o.ends_with(['\'', '’']) || trimmed[o.len()..].starts_with(' '))
        })
        .map(|o| from + o.len())
}

/// Cuts "164 tués dont 103 à Almaty", "au moins 21 morts dont trois
/// Français" before the breakdown word: a headline writes the breakdown
/// with no comma, and the part reads as a breakdown of the claim before.
pub(super) fn split_breakdowns(
    s: &str,
    clauses: Vec<Range<usize>>,
    lang: Lang,
    lexicon: &Lexicon,
) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(clauses.len());
    for clause in clauses {
        let text = &s[clause.clone()];
        let lower = lowered(text);
        let cut = lexicon
            .find(text, lang)
            .filter(|m| m.kind == Kind::Count)
            .and_then(|m| {
                every_lang(|e| e.breakdowns)
                    .filter_map(|b| {
                        lower[m.span.end..]
                            .match_indices(b)
                            .map(|(at, _)| m.span.end + at)
                            .find(|&at| is_word_boundary(&lower, at, at + b.len()))
                    })
                    .min()
                    .filter(|&at| {
                        let (head, part) = text.split_at(at);
                        people_counts(head, lang, None)
                            .first()
                            .is_some_and(|(_, r)| r.end <= m.span.start)
                            && !people_counts(part, lang, None).is_empty()
                            && lexicon.find(part, lang).is_none()
                    })
            });
        match cut {
            Some(at) => {
                out.push(clause.start..clause.start + at);
                out.push(clause.start + at..clause.end);
            }
            None => out.push(clause),
        }
    }
    out
}

/// Drops one person read again in the apposition of one read before it
/// in the same clause ("Le tireur, un jeune homme de 19 ans, a été
/// interpellé": one arrest).
pub(super) fn without_apposed_ones(
    s: &str,
    found: Vec<super::clause::Found>,
) -> Vec<super::clause::Found> {
    let one = |f: &super::clause::Found| matches!(&f.value, crate::domain::Value::Count(c) if c.low == Some(1.0) && c.high == Some(1.0));
    let apposed = |g: &super::clause::Found, f: &super::clause::Found| {
        let Some(between) = s.get(g.span.start..f.span.start) else {
            return false;
        };
        g.metric == f.metric
            && one(g)
            && g.span.start < f.span.start
            && between.trim_end().ends_with(',')
            && between.matches(',').count() == 1
            && words_of(between).count() <= 4
    };
    let keep: Vec<bool> = found
        .iter()
        .map(|f| !(one(f) && found.iter().any(|g| apposed(g, f))))
        .collect();
    found
        .into_iter()
        .zip(keep)
        .filter_map(|(f, k)| k.then_some(f))
        .collect()
}

/// Whether `text` is an aside saying how the one before it is, with no
/// count and no metric word: it opens on an age, a participle or an
/// adverb of how ("le boulanger, | âgé de 54 ans, | et une cliente"; "two
/// men, | a taxi driver | and a cook": an aside naming someone is an item).
/// `after_one`: the claim before counts one person, whom an age in
/// apposition may describe.
pub(super) fn describes_one_before(
    text: &str,
    lang: Lang,
    lexicon: &Lexicon,
    after_one: bool,
) -> bool {
    let opening = words_of(text).next().map(lowered).unwrap_or_default();
    let describes = any_lang(&opening, |e| e.age_words)
        || any_lang(&opening, |e| e.singular_adverbs)
        // "deux octogénaires, | surpris dans leur sommeil, | et un pompier".
        || is_participle(&opening, false);
    // "the driver, | who had fled on foot, | and the owner": a relative
    // says what the one did, whatever its verb.
    let relative = any_lang(&opening, |e| e.relative_subjects)
        // "the yard's owner, | a 61-year-old man, | and a dealer": the one
        // before, by age.
        || after_one
            && any_lang(&opening, |e| e.singular_markers)
            && words_of(text).nth(1).is_some_and(is_age_word);
    // A relative that counts anyone ("qui a engagé 90 pompiers") says more
    // than who.
    (describes && lexicon.find(text, lang).is_none() || relative && !has_count(text, lang))
        && people_counts(text, lang, None).is_empty()
}

/// Whether the figure at `figure` sits in an apposition that counts again
/// the `total` people a verb's object ending at `total_end` counted, one of
/// them at least named by role: "Police arrested three people on Saturday,
/// the owner of the building and two engineers" names who the three are,
/// and the two are no claim of their own. Parts are split at commas and
/// joiners; an age alone ("the supervisor, 49, and two inspectors") counts
/// no one, a part opening on an article or a possessive counts one, any
/// other part leaves the apposition unread.
pub(super) fn recounts_total(
    s: &str,
    total_end: usize,
    total: f64,
    figure: &Range<usize>,
    lang: Lang,
) -> bool {
    let Some(gap) = s.get(total_end..figure.start).filter(|_| total >= 2.0) else {
        return false;
    };
    let Some(comma) = gap.find(',') else {
        return false;
    };
    // The total's noun and a day at most before the comma.
    let lead = &gap[..comma];
    if has_figure(lead) || words_of(lead).count() > 5 {
        return false;
    }
    let open = total_end + comma + 1;
    let close = s[figure.end..]
        .find([',', ';', '.'])
        .map_or(s.len(), |at| figure.end + at);
    let mut parts: Vec<Vec<&str>> = vec![Vec::new()];
    for w in words_of(&s[open..close]) {
        let bare = w.trim_end_matches(',');
        // "…, and the seven others were passengers": a clause, no apposition.
        if any_lang(&lowered(bare), |e| e.clause_openers) || any_lang(&lowered(bare), |e| e.be_have)
        {
            return false;
        }
        if crate::lang::ALL
            .iter()
            .any(|l| l.entry.joiners.contains(&lowered(bare).as_str()))
        {
            parts.push(Vec::new());
            continue;
        }
        if let Some(last) = parts.last_mut() {
            last.push(bare);
        }
        if bare.len() < w.len() {
            parts.push(Vec::new());
        }
    }
    let (mut counted, mut named) = (0.0, false);
    for part in parts.iter().filter(|p| !p.is_empty()) {
        let first = lowered(part[0]);
        let text = part.join(" ");
        if part.len() == 1 && first.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let one = any_lang(&first, |e| e.articles) || any_lang(&first, |e| e.possessives);
        let counts = crate::parse::value::find_counts(&text, lang);
        if one && !has_count_figure(&text) && counts.is_empty() {
            counted += 1.0;
            named = true;
            continue;
        }
        match counts.first() {
            Some((c, r)) if r.start == 0 && c.low.is_some() && c.low == c.high && !c.approx => {
                counted += c.low.unwrap_or_default();
            }
            _ => return false,
        }
    }
    named && counted == total
}
