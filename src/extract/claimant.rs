//! The words of a claimant: the noun phrase after a verb or an opener, and
//! the shape a name is logged in (no leading article, no acronym in
//! brackets, a report's author rather than the report, and in languages
//! whose copy logs people by name, the name without its description).

use super::words::*;
use crate::lang::{ALL, Lang};
use std::ops::Range;

mod name_shape;
pub(super) use name_shape::shape;

/// The text before a speech verb at `verb_start` that holds its subject,
/// and where the subject's clause starts (`boundary` finds it), stepping
/// over an aside between commas ("Un responsable, joint par téléphone, a
/// fait état de", "X, reached by phone, said"): its subject is before it.
pub(super) fn past_aside(
    s: &str,
    verb_start: usize,
    boundary: fn(&str) -> usize,
    lang: Lang,
) -> (&str, usize) {
    let head = s[..verb_start].trim_end_matches([' ', ',']);
    let start = boundary(head);
    let segment = &s[start..head.len()];
    let aside = words_of(segment)
        .next()
        .is_some_and(|w| any_lang(&w.to_lowercase(), |e| e.subject_asides));
    // "Un premier bilan, mercredi soir, faisait état de": a day between
    // commas.
    // "L'armée, de son côté, affirme": words that end no subject.
    let day = !segment.trim().is_empty()
        && words_of(segment).all(|w| {
            let w = w.to_lowercase();
            // "Au total, on recense": the pronoun is the subject.
            !any_lang(&w, |e| e.pronouns)
                && (is_day_word(&w)
                    || any_lang(&w, |e| e.claimant_skips)
                    || any_lang(&w, |e| e.subject_tail))
        });
    let aside = aside || day || report_aside(segment, lang);
    if aside && s[..start].trim_end().ends_with(',') {
        let before = s[..start].trim_end_matches([' ', ',']);
        return (before, boundary(before));
    }
    (head, start)
}

/// Whether `segment` opens on a participle of `lang` and names no agent
/// ("Un premier bilan, établi dimanche soir, faisait état de": the aside
/// says when the subject was made, not who says it; "communiqué par la
/// mairie" names its author and is kept).
fn report_aside(segment: &str, lang: Lang) -> bool {
    let words: Vec<&str> = words_of(segment).collect();
    // "celle-ci faisait état de": a pronoun is the subject; "l'armée a
    // affirmé": a noun with its elided article glued on is no participle.
    let Some(first) = words.first().filter(|w| {
        w.starts_with(char::is_lowercase) && !w.contains('-') && !w.contains(['\'', '’'])
    }) else {
        return false;
    };
    let lower = first.to_lowercase();
    if any_lang(&lower, |e| e.pronouns) {
        return false;
    }
    let fold = crate::text::words::fold_case(&lower);
    let p = &lang.dates.tense.compound.participle;
    let participle = p.accented_endings.iter().any(|e| lower.ends_with(e))
        || p.words.contains(&fold.as_str())
        || (fold.len() >= p.min_len
            && p.endings.iter().any(|e| fold.ends_with(e))
            && !p.exceptions.contains(&fold.as_str()));
    participle && agent_of_participle(&words).is_none()
}

/// Drops a leading article (`the`, `le`, `la`, `les`, `l'`), a bracketed
/// acronym after the name (`… catastrophes (ANGC)`) and stray punctuation.
pub fn normalise_claimant(name: &str) -> String {
    let name = match name.find(" (") {
        Some(at) if at > 0 => &name[..at],
        _ => name,
    };
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
    // "selon son directeur": the owner goes with the article.
    if let Some((first, tail)) = rest.split_once(' ')
        && (any_lang(&first.to_lowercase(), |e| e.articles)
            || any_lang(&first.to_lowercase(), |e| e.possessives))
    {
        rest = tail;
        // "the city's emergency services directorate": a lower-case owner
        // after the article describes the body ("Karsk's defence ministry"
        // names it; "the ministry's daily bulletin" is the ministry's).
        if let Some((owner, body)) = rest.split_once(' ')
            && owner.starts_with(char::is_lowercase)
            && (owner.ends_with("'s") || owner.ends_with("’s"))
            && body.contains(' ')
            && !words_of(body).any(|w| any_lang(&w.to_lowercase(), |e| e.report_nouns))
        {
            rest = body;
        }
    }
    rest.trim().to_string()
}

/// The noun phrase starting at `from` (after "selon", or after an inverted
/// verb): skips a leading day, "on" and an addressee ("à l'AFP"), stops at
/// punctuation, a bracket, a word that relays someone else ("citant") or a
/// preposition that starts something else. Returns it and where it ends.
pub(super) fn phrase_after(s: &str, from: usize) -> (String, usize) {
    let mut words: Vec<(String, Range<usize>)> = Vec::new();
    let mut end = from;
    let rest = &s[from..];
    let all = pieces(rest);
    let mut skip_addressee = 0;
    // A report ("selon le bilan communiqué dimanche par le ministère de
    // l'Intérieur") names its author further on than a name runs.
    let mut longest = 8;
    let mut after_addressee = false;
    for (at, piece) in all.iter().enumerate() {
        let start = from + piece.start;
        let raw = &rest[piece.clone()];
        if skip_addressee > 0 {
            skip_addressee -= 1;
            let w = raw.to_lowercase();
            // "à la presse": the article and its noun.
            if any_lang(&w, |e| e.articles) {
                skip_addressee += 1;
            }
            after_addressee = skip_addressee == 0;
            continue;
        }
        // "à la télévision publique le gouverneur": an adjective of the
        // addressee before the article that opens the name.
        let next_is_article = all
            .get(at + 1)
            .is_some_and(|r| any_lang(&rest[r.clone()].to_lowercase(), |e| e.articles));
        if std::mem::take(&mut after_addressee)
            && raw.starts_with(char::is_lowercase)
            && next_is_article
        {
            continue;
        }
        let abbreviation = raw
            .strip_suffix('.')
            .is_some_and(|w| !w.is_empty() && any_lang(&w.to_lowercase(), |e| e.abbreviations));
        let trimmed = if abbreviation {
            raw
        } else {
            raw.trim_end_matches(|c: char| ",.;:!?»\")".contains(c))
        };
        let stops_here = trimmed.len() < raw.len();
        let w = trimmed.to_lowercase();
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let complementizer = any_lang(bare, |e| e.complementizers);
        if words.is_empty() {
            if complementizer {
                break;
            }
            if is_day_word(bare) || any_lang(bare, |e| e.claimant_skips) {
                continue;
            }
            if any_lang(bare, |e| e.addressee_markers) {
                skip_addressee = 1;
                continue;
            }
            // "a indiqué dans la soirée le préfet": a part of the day, said
            // with its preposition, is when, as a day is.
            if any_lang(bare, |e| e.claimant_stops) && part_of_day_at(rest, &all, at + 1) {
                skip_addressee = 1;
                continue;
            }
            // ", said in a statement": no claimant follows.
            if any_lang(bare, |e| e.claimant_stops) {
                break;
            }
        }
        if any_lang(bare, |e| e.report_nouns) && words.len() < 3 {
            longest = 14;
        }
        // A stop word written with a capital inside a name runs on
        // ("Aerolinas del Sur").
        let in_name = trimmed.starts_with(char::is_uppercase)
            && words.iter().any(|(w, _)| w.starts_with(char::is_uppercase));
        // "le secrétariat à la Sécurité publique de l'État": an addressee
        // word before an article and a capital names a body's remit.
        let remit = any_lang(bare, |e| e.addressee_markers) && {
            let piece = |k: usize| all.get(at + k).map_or("", |r| &rest[r.clone()]);
            // A remit's word, not an outlet ("à l'AFP", "à la BBC,"):
            // capitalised, not an acronym, with the name running on.
            let capital = |w: &str| {
                w.starts_with(char::is_uppercase)
                    && w.chars().skip(1).any(char::is_lowercase)
                    && !w.ends_with(|c: char| ",.;:!?»)".contains(c))
            };
            let elided = every_lang(|e| e.elided_articles).any(|a| {
                let w = piece(1);
                w.len() > a.len()
                    && w[..a.len()].eq_ignore_ascii_case(a)
                    && w[a.len()..].strip_prefix(['\'', '’']).is_some_and(capital)
            });
            elided || (any_lang(&piece(1).to_lowercase(), |e| e.articles) && capital(piece(2)))
        };
        if !words.is_empty() && any_lang(bare, |e| e.claimant_stops) && !in_name && !remit {
            break;
        }
        // "selon un responsable humanitaire joint par téléphone".
        if any_lang(bare, |e| e.citing_words)
            || (!words.is_empty() && any_lang(bare, |e| e.subject_asides))
        {
            break;
        }
        // "le Service départemental d'incendie et de secours (Sdis) du
        // Loiret": the acronym sits inside the name, whose place follows.
        if !words.is_empty() && acronym_before_place(rest, &all, at) {
            continue;
        }
        // "a fait état d'« au moins 45 morts »": a quotation opens what
        // was said, never who said it.
        if raw.starts_with(|c: char| ",.;:(".contains(c)) || raw.contains(['«', '“']) {
            break;
        }
        words.push((trimmed.to_string(), start..start + trimmed.len()));
        end = start + trimmed.len();
        // "…Coordination of Humanitarian Affairs", "…humanitaires de
        // l'ONU": a name runs past the usual length while capitalised words
        // go on.
        let named_on = |k: usize| {
            all.get(at + k).is_some_and(|r| {
                let w = rest[r.clone()].trim_start_matches(|c: char| c.is_lowercase());
                let w = w.trim_start_matches(['\'', '’']);
                w.starts_with(char::is_uppercase) && rest[r.clone()].len() > 1
            })
        };
        let link_at = |k: usize| {
            all.get(at + k)
                .is_some_and(|r| any_lang(&rest[r.clone()].to_lowercase(), |e| e.name_links))
        };
        // "…des Nations unies (Ocha)": a lower-case word closing a name
        // right after its capitalised word.
        let closing = trimmed.starts_with(char::is_uppercase)
            && all.get(at + 1).is_some_and(|r| {
                let next = &rest[r.clone()];
                let ends = next.ends_with([',', '.', ';'])
                    || all
                        .get(at + 2)
                        .is_none_or(|r2| rest[r2.clone()].starts_with('('));
                next.starts_with(char::is_lowercase)
                    && ends
                    && !any_lang(&next.to_lowercase(), |e| e.name_links)
            });
        let runs_on = words.len() < 14 && (named_on(1) || (link_at(1) && named_on(2)) || closing);
        // "le directeur de la défense civile de la province": the article
        // before a name is no word of it.
        let article = words.first().is_some_and(|(w, _)| {
            any_lang(&w.to_lowercase(), |e| e.articles) || is_elided_article(w)
        });
        if stops_here || (words.len() - usize::from(article) >= longest && !runs_on) {
            break;
        }
    }
    let text: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
    (normalise_claimant(&text.join(" ")), end)
}

/// Whether the piece at `at` of `rest` is an acronym in brackets followed
/// by a link and a capitalised place ("(Sdis) du Loiret", "(Sdis) de la
/// Drôme", "(Cross) d'Étel"): the place belongs to the name before it.
fn acronym_before_place(rest: &str, all: &[Range<usize>], at: usize) -> bool {
    let piece = |k: usize| all.get(at + k).map_or("", |r| &rest[r.clone()]);
    let acronym = piece(0)
        .strip_prefix('(')
        .and_then(|w| w.strip_suffix(')'))
        .is_some_and(|w| {
            w.len() >= 2 && w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        });
    if !acronym {
        return false;
    }
    let capital = |w: &str| {
        w.trim_start_matches(|c: char| c.is_lowercase())
            .trim_start_matches(['\'', '’'])
            .starts_with(char::is_uppercase)
    };
    // "(MSF) et Oxfam": a second body, not a place.
    let link = |w: &str| {
        let w = w.to_lowercase();
        any_lang(&w, |e| e.name_links)
            && !any_lang(&w, |e| e.figure_joiners)
            && !any_lang(&w, |e| e.articles)
    };
    let next = piece(1);
    let glued = next.contains(['\'', '’']) && capital(next);
    glued
        || (link(next) && capital(piece(2)))
        || (link(next) && any_lang(&piece(2).to_lowercase(), |e| e.articles) && capital(piece(3)))
}

/// Who relays: "…, citing the Office of Civil Defense" right after `at`
/// (past a comma), and where that phrase ends.
pub(super) fn citing_after(s: &str, at: usize) -> Option<(String, usize)> {
    let rest = &s[at..];
    let gap = rest.len() - rest.trim_start_matches([',', ' ']).len();
    let first = pieces(&rest[gap..]).into_iter().next()?;
    let word = rest[gap..][first.clone()].to_lowercase();
    if !any_lang(&word, |e| e.citing_words) {
        return None;
    }
    let (name, end) = phrase_after(s, at + gap + first.end);
    (!name.is_empty() && !has_figure(&name)).then_some((name, end))
}

/// The subject of a verb of saying joined by "and" to a verb before it
/// ("He blamed illegal digging on the slope and said", "Governor Peter
/// Ndungu visited the site and said", "The ministry blamed the rain and
/// said"): the pronoun, the capitalised name or the phrase up to the body
/// word that opens `segment`, else nothing; any other segment whole.
pub(super) fn subject_of_first_verb(segment: &str) -> &str {
    /// How far into the segment a body word may end the subject.
    const BODY_WITHIN: usize = 5;
    let words = pieces(segment);
    let bare = |r: &Range<usize>| {
        segment[r.clone()]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let joined = words.last().is_some_and(|r| {
        let w = bare(r);
        ALL.iter().any(|l| l.entry.joiners.contains(&w.as_str()))
    });
    if !joined || words.len() < 3 {
        return segment;
    }
    let first = words
        .iter()
        .position(|r| !any_lang(&bare(r), |e| e.subject_openers))
        .unwrap_or(0);
    let end = |i: usize| &segment[..words[i].end];
    if any_lang(&bare(&words[first]), |e| e.pronouns) {
        return end(first);
    }
    let capital = |i: usize| segment[words[i].clone()].starts_with(char::is_uppercase);
    let lead = usize::from(
        any_lang(&bare(&words[first]), |e| e.articles)
            || any_lang(&bare(&words[first]), |e| e.possessives),
    );
    let mut last = None;
    let mut i = first + lead;
    while i + 1 < words.len() && capital(i) {
        last = Some(i);
        let link = any_lang(&bare(&words[i + 1]), |e| e.name_links);
        i += if link && i + 2 < words.len() && capital(i + 2) {
            2
        } else {
            1
        };
    }
    if let Some(last) = last {
        return end(last);
    }
    let body = (first..words.len().min(first + BODY_WITHIN)).find(|&i| {
        ALL.iter()
            .any(|l| l.persons.bodies.contains(&bare(&words[i]).as_str()))
    });
    body.map_or("", end)
}

/// The agent of a phrase that opens on a participle ("communiqué lundi
/// soir par le gouverneur de la province", "établi mardi par une source
/// sécuritaire": the aside after a report names its author): the words
/// after the language's first agent word (`par`, `by`) when an article or
/// a name follows it.
pub(super) fn agent_of_participle(words: &[&str]) -> Option<String> {
    let first = words.first()?;
    if !first.starts_with(char::is_lowercase) || any_lang(&first.to_lowercase(), |e| e.articles) {
        return None;
    }
    let agent = words
        .iter()
        .take(7)
        .position(|w| is_agent_word(&w.to_lowercase()))?;
    // "communiqué par la police dans la matinée": a stop word ends the
    // agent, as it ends a name after "selon".
    let agent_words = words.get(agent + 1..)?;
    let stop = agent_words
        .iter()
        .skip(1)
        .position(|w| {
            let w = w.to_lowercase();
            any_lang(w.trim_matches(|c: char| !c.is_alphanumeric()), |e| {
                e.claimant_stops
            })
        })
        .map_or(agent_words.len(), |i| i + 1);
    let rest = agent_words[..stop].join(" ");
    (agent > 0 && (opens_with_article(&rest) || rest.starts_with(char::is_uppercase)))
        .then(|| normalise_claimant(&rest))
}

/// A person named with at most one lower-case title before the name
/// ("docteur Emmanuel Ndongo", "Laurent Brissac").
pub(super) fn is_named_person(phrase: &str) -> bool {
    let words: Vec<&str> = words_of(phrase).collect();
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    let named = words.iter().skip_while(|w| !capital(w)).count();
    !words.is_empty()
        && words.len() <= 5
        && named >= 1
        && words.len() - named <= 1
        && words.iter().skip(words.len() - named).all(capital)
        && !has_figure(phrase)
}

/// Whether the text after an inverted verb of saying may open on a name
/// ("a précisé lundi le préfet", "said police"): not on an infinitive or
/// an auxiliary ("affirme avoir « neutralisé »").
pub(super) fn opens_inverted_name(rest: &str, lang: Lang) -> bool {
    let Some(first) = words_of(rest).next() else {
        return false;
    };
    // "affirme pour sa part que": an aside, then no name.
    let lower = lowered(rest.trim_start());
    // An elided aside ("d'un bilan") ends on its apostrophe.
    if lang.extraction.verb_asides.iter().any(|a| {
        lower.starts_with(a)
            && (a.ends_with(['\'', '’'])
                || lower[a.len()..].starts_with(|c: char| !c.is_alphanumeric()))
    }) {
        return false;
    }
    let w = first.to_lowercase();
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let infinitive = lang
        .dates
        .tense
        .infinitive_endings
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e));
    first.starts_with(char::is_uppercase)
        || !(infinitive || any_lang(w, |e| e.be_have) || any_lang(w, |e| e.auxiliaries))
}

/// An inverted claimant followed by a name in apposition: "le directeur
/// de l'hôpital, le docteur Emmanuel Ndongo" keeps both where the
/// language logs roles (else the doctor alone); "le
/// gouverneur adjoint de Dravik, Lukas Ferenc" keeps the role where the
/// language logs it, else the name alone.
pub(super) fn with_apposed_name(s: &str, name: String, end: usize, lang: Lang) -> (String, usize) {
    if !s[end..].starts_with(',') {
        return (name, end);
    }
    let (next, next_end) = phrase_after(s, end + 1);
    let raw = s[end + 1..next_end].trim();
    let closes = s[next_end..]
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| ",.;".contains(c));
    if next.is_empty() || !closes || !is_named_person(&next) {
        return (name, end);
    }
    // "le commandant Loïc Guérin, du Sdis": where the speaker is from,
    // no second name.
    let first = words_of(raw).next().unwrap_or("").to_lowercase();
    let link = first.split_inclusive(['\'', '’']).next().unwrap_or("");
    if [first.as_str(), link].iter().any(|w| {
        any_lang(w, |e| e.name_links) && !any_lang(w, |e| e.articles) && !is_elided_article(w)
    }) {
        return (name, end);
    }
    // "M. Karim Haddad": an abbreviated title makes the name stand alone;
    // "le docteur Emmanuel Ndongo" keeps the function before it where the
    // language logs roles ("directeur de l'hôpital, le docteur …").
    let titled = words_of(&next)
        .next()
        .is_some_and(|w| any_lang(&w.trim_end_matches('.').to_lowercase(), |e| e.abbreviations));
    if opens_with_article(raw) && !lang.extraction.name_without_role {
        // "leur porte-parole, le commandant …": the owner goes.
        let role = match name.split_once(' ') {
            Some((owner, role)) if any_lang(&owner.to_lowercase(), |e| e.possessives) => role,
            _ => name.as_str(),
        };
        (format!("{role}, {raw}"), next_end)
    } else if opens_with_article(raw) || titled || lang.extraction.name_without_role {
        (next, next_end)
    } else if looks_like_name(&next) {
        (format!("{name}, {next}"), next_end)
    } else {
        (name, end)
    }
}

/// Whether the pieces of `rest` from `at` are an article and a part of
/// the day ("la soirée", "la matinée"), the article alone before it.
fn part_of_day_at(rest: &str, all: &[Range<usize>], at: usize) -> bool {
    let piece = |k: usize| {
        all.get(k)
            .map_or(String::new(), |r| lowered(&rest[r.clone()]))
    };
    let time = |w: &str| {
        let fold = crate::text::words::fold_word(w.trim_matches(|c: char| !c.is_alphanumeric()));
        ALL.iter()
            .any(|l| l.dates.tense.time_words.contains(&fold.as_str()))
    };
    any_lang(&piece(at), |e| e.articles) && time(&piece(at + 1))
}

#[cfg(test)]
mod tests;
