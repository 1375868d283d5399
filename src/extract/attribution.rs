//! Who a sentence attributes its figures to, and on which day they said it.

use super::claimant::{
    agent_of_participle, citing_after, is_named_person, normalise_claimant, opens_inverted_name,
    past_aside, phrase_after, shape, subject_of_first_verb, with_apposed_name,
};
use super::resolve::resolve_claimant;
use super::said_day::day_near;
pub(super) use super::subject::clean_subject;
use super::words::*;
use crate::lang::{ALL, Lang};
use crate::parse::date;
use chrono::NaiveDate;
use std::ops::Range;

mod relative;
mod reports;

/// Who said it, where the sentence says so, and on which day.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Attribution {
    pub(super) claimant: String,
    /// Bytes of the sentence that name the claimant and the verb (blanked
    /// out of qualifiers).
    pub(super) range: Range<usize>,
    pub(super) day: Option<NaiveDate>,
    /// Opened by "although"/"while"/"mais": another voice, which only
    /// speaks for its own clause.
    contrast: bool,
    /// Whom the claimant relays ("…, citing the Office of Civil Defense").
    pub(super) citing: String,
    /// A relative subject ("le ministère, qui fait état de…"): the comma
    /// before it, where the phrase it stands for ends.
    relative_to: Option<usize>,
}

pub(super) fn attributions(
    s: &str,
    lang: Lang,
    reference: NaiveDate,
    history: &[String],
    named: &mut Vec<String>,
) -> Vec<Attribution> {
    let lower = lowered(s);
    let days = date::date_spans(s, lang);
    let said = Said {
        s,
        lang,
        reference,
        history,
        days: &days,
    };
    let mut found = said.after_openers(&lower);
    let agents = said.report_agents(&lower, &found);
    found.extend(agents);
    // Verbs of saying: the subject before them, or (French inversion, "a
    // indiqué l'alliance") the phrase after.
    // In the order of the text, so an inverted verb ("a-t-on appris
    // auprès du parquet") is read before a relative after it ("qui leur
    // reproche de ne pas avoir déclaré") that stands for its claimant.
    let mut verbs: Vec<(usize, usize)> = lang
        .extraction
        .speech_verbs
        .iter()
        .flat_map(|verb| lower.match_indices(verb).map(|(at, v)| (at, at + v.len())))
        .collect();
    verbs.sort_unstable_by_key(|&(at, end)| (at, std::cmp::Reverse(end)));
    {
        for (at, end) in verbs {
            let taken = found
                .iter()
                .any(|a| a.range.start <= at && at < a.range.end);
            // "The blaze claimed the lives of 14 people", "claimed at least
            // 40 lives": a toll, not a voice.
            let object = words_of(&lower[end..]).take(5).any(|w| {
                any_lang(w.trim_matches(|c: char| !c.is_alphanumeric()), |e| {
                    e.not_said_objects
                })
            });
            // "au lendemain de l'annonce d'une hausse": a noun after its
            // article.
            let article = every_lang(|e| e.elided_articles).any(|a| {
                [format!("{a}'"), format!("{a}’")].iter().any(|e| {
                    lower[..at].ends_with(e.as_str())
                        && is_word_boundary(&lower, at - e.len(), at - e.len() + a.len())
                })
            }) || words_before(&lower, at, 1).first().is_some_and(|(w, _)| {
                lang.extraction.articles.contains(&w.as_str()) && !any_lang(w, |e| e.auxiliaries)
            });
            if !is_word_boundary(&lower, at, end) || taken || object || article {
                continue;
            }
            if let Some(a) = said.by_verb(at, end, &found) {
                found.push(a);
            }
        }
    }
    found.sort_by_key(|a| a.range.start);
    // "a annoncé le ministère de la Santé, qui fait état de…": the relative
    // stands for the claimant named just before its comma.
    for i in 0..found.len() {
        let Some(comma) = found[i].relative_to else {
            continue;
        };
        let before = found.iter().rev().find(|a| {
            a.relative_to.is_none() && a.range.end <= comma && {
                let gap = s[a.range.end..comma].trim();
                gap.is_empty() || (gap.starts_with('(') && gap.ends_with(')'))
            }
        });
        if let Some((claimant, citing)) = before.map(|b| (b.claimant.clone(), b.citing.clone())) {
            found[i].claimant = claimant;
            if found[i].citing.is_empty() {
                found[i].citing = citing;
            }
        }
    }
    // An attribution naming nobody ("selon un dernier bilan") stays: its
    // words are no qualifier, and the claim it speaks for has no claimant.
    for a in found.iter().filter(|a| !a.claimant.is_empty()) {
        named.push(a.claimant.clone());
        if !a.citing.is_empty() {
            named.push(a.citing.clone());
        }
    }
    found
}

/// A sentence and what its attributions are read against.
struct Said<'a> {
    s: &'a str,
    lang: Lang,
    reference: NaiveDate,
    history: &'a [String],
    days: &'a [Range<usize>],
}

impl Said<'_> {
    /// "according to X", "selon X": the claimant follows.
    fn after_openers(&self, lower: &str) -> Vec<Attribution> {
        let mut found = Vec::new();
        for phrase in every_lang(|e| e.claimant_openers) {
            for (at, _) in lower.match_indices(phrase) {
                let end = at + phrase.len();
                // "d'après-midi" is an afternoon, not an attribution.
                if !is_word_boundary(lower, at, end) || lower[end..].starts_with('-') {
                    continue;
                }
                if let Some(a) = self.relative_opener(at, end) {
                    found.push(a);
                    continue;
                }
                let (name, name_end) = phrase_after(self.s, end);
                if name.is_empty() {
                    continue;
                }
                let (name, name_end) = with_apposed_name(self.s, name, name_end, self.lang);
                let (citing, range_end) = match citing_after(self.s, name_end) {
                    Some((c, e)) => (c, e),
                    None => (String::new(), name_end),
                };
                // "selon un dernier bilan": a report with no author names
                // nobody, but its words stay out of the qualifier.
                found.push(Attribution {
                    claimant: resolve_claimant(&shape(&name, self.lang), self.history),
                    range: at..range_end,
                    day: self.day_near(at, name_end),
                    contrast: false,
                    citing,
                    relative_to: None,
                });
            }
        }
        found
    }

    /// "a précisé le ministère, selon lequel …": a relative pronoun after
    /// the opener stands for the claimant before its comma, found once
    /// every attribution is known.
    fn relative_opener(&self, at: usize, end: usize) -> Option<Attribution> {
        let word = pieces(&self.s[end..]).into_iter().next()?;
        let pronoun = self.s[end..][word.clone()].to_lowercase();
        if !any_lang(&pronoun, |e| e.opener_relatives) {
            return None;
        }
        let comma = self.s[..at].trim_end();
        let comma = comma.strip_suffix(',')?.len();
        Some(Attribution {
            claimant: String::new(),
            range: at..end + word.end,
            day: self.day_near(at, end + word.end),
            contrast: false,
            citing: String::new(),
            relative_to: Some(comma),
        })
    }

    /// The attribution of a verb of saying at `at..end`, with the
    /// auxiliary before it ("a annoncé"); none for a passive ("was said")
    /// or a reflexive ("s'est déclaré").
    fn by_verb(&self, at: usize, end: usize, earlier: &[Attribution]) -> Option<Attribution> {
        let prev = words_before(self.s, at, 1);
        if prev.first().is_some_and(|(w, _)| {
            any_lang(w, |e| e.passive_markers) || any_lang(w, |e| e.reflexive_markers)
        }) {
            return None;
        }
        // "a-t-il précisé": the pronoun, inverted; "a-t-on appris auprès
        // de la préfecture": nobody, the source follows.
        let inverted = prev.first().and_then(|(w, r)| {
            ALL.iter()
                .flat_map(|l| l.extraction.inverted_pronouns)
                .find(|(form, _)| form == w)
                .map(|(_, pronoun)| (*pronoun, r.start))
        });
        if let Some((pronoun, start)) = inverted {
            let (name, name_end) = if any_lang(pronoun, |e| e.pronouns) && pronoun != "on" {
                (pronoun.to_string(), end)
            } else {
                phrase_after(self.s, end)
            };
            let claimant = resolve_claimant(&shape(&name, self.lang), self.history);
            if claimant.is_empty() {
                return None;
            }
            return Some(Attribution {
                claimant,
                range: start..name_end.max(end),
                day: self.day_near(start, end),
                contrast: false,
                citing: String::new(),
                relative_to: None,
            });
        }
        let verb_start = match prev.first() {
            Some((w, r)) if any_lang(w, |e| e.auxiliaries) => r.start,
            _ => at,
        };
        // "Le ministère a confirmé la mort de trois ressortissants et
        // indiqué que": a verb coordinated with the one before shares its
        // subject.
        let joined = words_before(self.s, verb_start, 1)
            .first()
            .is_some_and(|(w, _)| ALL.iter().any(|l| l.entry.joiners.contains(&w.as_str())));
        if let Some(before) = earlier
            .iter()
            .rev()
            .find(|a| joined && a.range.end <= verb_start && !a.claimant.is_empty())
        {
            return Some(Attribution {
                claimant: before.claimant.clone(),
                range: verb_start..end,
                day: before.day,
                contrast: before.contrast,
                citing: before.citing.clone(),
                relative_to: None,
            });
        }
        let unbracketed = without_acronym_before(self.s, verb_start);
        let subject = subject_of(&unbracketed, verb_start, end, self.lang)?;
        let claimant = resolve_claimant(&shape(&subject.name, self.lang), self.history);
        if claimant.is_empty() && subject.relative_to.is_none() {
            return None;
        }
        let range = subject.range;
        let mut citing = subject.citing;
        let mut range_end = range.end.max(end);
        if citing.is_empty()
            && let Some((c, e)) = citing_after(self.s, range_end)
        {
            citing = c;
            range_end = e;
        }
        // "Le ministère, qui a fait état de 94 blessés, porte à 312 …": a
        // figure between the subject and the verb is no attribution word.
        let mut start = range.start.min(verb_start);
        if has_figure(&self.s[start..verb_start]) {
            start = verb_start;
        }
        Some(Attribution {
            claimant,
            range: start..range_end,
            day: self.day_near(range.start, end),
            contrast: subject.contrast,
            citing,
            relative_to: subject.relative_to,
        })
    }

    fn day_near(&self, subject_start: usize, verb_end: usize) -> Option<NaiveDate> {
        day_near(
            self.s,
            self.days,
            subject_start,
            verb_end,
            self.lang,
            self.reference,
        )
    }
}

/// The subject of a verb of saying.
struct Subject {
    name: String,
    range: Range<usize>,
    contrast: bool,
    citing: String,
    relative_to: Option<usize>,
}

impl Subject {
    fn plain(name: String, range: Range<usize>, contrast: bool) -> Subject {
        Subject {
            name,
            range,
            contrast,
            citing: String::new(),
            relative_to: None,
        }
    }
}

/// The claimant of a verb of saying at `verb_start..verb_end`: the phrase
/// before it back to the clause boundary ("the Interior Ministry said"),
/// with an appositive name kept ("The agency's spokesman, Daniel Okoro,
/// told"), or in a French inversion the phrase after it ("a précisé le
/// gouverneur adjoint de Dravik, Lukas Ferenc"). A relative or relaying
/// phrase between commas ("M. Olivès, qui a fait état", "The agency,
/// citing the ministry, reported") stands for the phrase before it.
fn subject_of(s: &str, verb_start: usize, verb_end: usize, lang: Lang) -> Option<Subject> {
    // After a comma the verb may open an inversion (", a indiqué
    // l'alliance.", ", said Daniel Okoro."); if no name follows, the comma
    // closed an appositive subject ("…, Erlan Tourgoumbaïev, a déclaré que").
    let comma_before = s[..verb_start].trim_end().ends_with(',');
    let verb = s[verb_start..verb_end].to_lowercase();
    let may_invert = !verb.is_ascii()
        || every_lang(|e| e.inverting_auxiliaries)
            .any(|a| verb.strip_prefix(a).is_some_and(|r| r.starts_with(' ')))
        || ALL
            .iter()
            .any(|l| l.extraction.inverting_verbs.contains(&verb.as_str()));
    if comma_before && may_invert && opens_inverted_name(&s[verb_end..], lang) {
        let (name, end) = phrase_after(s, verb_end);
        if !name.is_empty() && !counts_in(&name, lang) {
            let (name, end) = with_apposed_name(s, name, end, lang);
            return Some(Subject::plain(name, verb_start..end, false));
        }
    }
    let (head, boundary) = past_aside(s, verb_start, clause_boundary, lang);
    let segment = &s[boundary..head.len()];
    let opener = words_of(segment).next().unwrap_or("").to_lowercase();
    let contrast = any_lang(&opener, |e| e.contrasts);
    let before_comma = s[..boundary].trim_end();
    let relative = any_lang(&opener, |e| e.relative_subjects);
    let relaying = any_lang(&opener, |e| e.citing_words);
    if (relative || relaying) && before_comma.ends_with(',') {
        let before = before_comma.trim_end_matches([',', ' ']);
        // "L'Organisation mondiale de la santé (OMS), qui …": the acronym
        // in brackets closes no clause.
        let unbracketed = without_acronym_before(s, before.len());
        let plain = unbracketed[..before.len()].trim_end();
        // "7 tués selon le Collectif, qui a fait état de…": the subject
        // starts after `selon`, and the figure before it stays a claim.
        let start = after_claimant_opener(plain, clause_boundary(plain));
        let name = clean_subject(&unbracketed[start..plain.len()]);
        let citing = if relaying {
            let first = pieces(segment).into_iter().next().map_or(0, |r| r.end);
            let after_word = boundary + first;
            normalise_claimant(&s[after_word..head.len()])
        } else {
            String::new()
        };
        let name = if words_of(&name).count() > 9 || has_figure(&name) {
            String::new()
        } else {
            name
        };
        return Some(Subject {
            name,
            range: start..verb_start,
            contrast: false,
            citing,
            relative_to: Some(before.len()),
        });
    }
    if let Some(subject) = relative::relative_speaker(s, boundary, verb_start, lang) {
        return Some(subject);
    }
    let first_verb = subject_of_first_verb(segment);
    let subject = clean_subject(relative::before_relative_word(first_verb, lang));
    // "Police detained the plant's manager and said": the subject's own
    // clause stays readable; only the joiner before the verb is the
    // attribution's.
    let joined_at = (first_verb.len() < segment.len())
        .then(|| pieces(segment).last().map(|r| boundary + r.start))
        .flatten()
        .unwrap_or(boundary);
    if !subject.is_empty() {
        if s[..boundary].trim_end().ends_with(',') {
            let before = s[..boundary].trim_end_matches([',', ' ']);
            let start = clause_boundary(before);
            let raw_before = &s[start..before.len()];
            let other = clean_subject(raw_before);
            // "Un précédent bilan, donné par le gouverneur de la région, le
            // colonel Ibrahim Saley, faisait état": the report's agent is
            // the role of the name in apposition after it.
            let words: Vec<&str> = words_of(raw_before).collect();
            let agent = agent_of_participle(&words).filter(|_| {
                let by = words.iter().position(|w| is_agent_word(&w.to_lowercase()));
                by.is_some_and(|by| opens_with_article(&words[by + 1..].join(" ")))
                    && opens_with_article(segment)
                    && is_named_person(&subject)
            });
            if looks_like_name(&subject) || agent.is_some() {
                // An appositive: "<role>, <Name>, said".
                let by_agent = agent.is_some();
                let role = agent.unwrap_or(other);
                if !role.is_empty()
                    && (by_agent || opens_with_article(raw_before))
                    && !looks_like_name(&role)
                    && words_of(&role).count() <= 8
                    && !has_figure(&role)
                {
                    // "Un responsable local, Abdoulaye Maïga,": a description, no
                    // office; the name is who spoke.
                    let described = words_of(raw_before).next().is_some_and(|w| {
                        lang.extraction
                            .indefinite_articles
                            .contains(&lowered(w).as_str())
                    });
                    let name = if lang.extraction.name_without_role || described {
                        subject
                    } else {
                        format!("{role}, {subject}")
                    };
                    return Some(Subject::plain(name, start..verb_start, contrast));
                }
            } else if (opens_with_article(segment) || opens_with_title(segment, lang))
                && is_named_person(&other)
                && words_of(&other).count() >= 2
                // "À Paris, le ministère…": a place, no person.
                && !words_of(&other)
                    .next()
                    .is_some_and(|w| any_lang(&w.to_lowercase(), |e| e.place_prepositions))
            {
                // "<Name>, the director of the hospital, told", "<Name>,
                // director of the city's hospital, said": the name.
                return Some(Subject::plain(other, start..verb_start, contrast));
            }
        }
        // "… dans le tunnel du Velmar a annoncé mercredi le ministère": no
        // comma before an inverting verb, figures before it and an article
        // opening the words after it (past a day): the subject follows.
        if !comma_before && may_invert && counts_in(&subject, lang) && article_after(s, verb_end) {
            let (name, end) = phrase_after(s, verb_end);
            // A body, a title or a name ("a indiqué le chemin aux
            // enquêteurs" names none).
            let speaker = words_of(&name).any(|raw| {
                let w =
                    crate::text::words::fold_word(raw.trim_matches(|c: char| !c.is_alphanumeric()));
                raw.starts_with(char::is_uppercase)
                    || ALL.iter().any(|l| {
                        let p = &l.persons;
                        p.bodies.contains(&w.as_str())
                            || p.titles.contains(&w.as_str())
                            || p.speakers.contains(&w.as_str())
                    })
            });
            if speaker && !counts_in(&name, lang) {
                let (name, end) = with_apposed_name(s, name, end, lang);
                return Some(Subject::plain(name, verb_start..end, false));
            }
        }
        // "Twelve people died police said": no comma; the named words
        // that end the subject are the claimant, the figure stays a claim.
        let tail = named_tail(segment, lang)
            .filter(|_| counts_in(&subject, lang) && !segment.contains([',', ';', ':']));
        let tail = tail.map(|at| (clean_subject(&segment[at..]), boundary + at..verb_start));
        if words_of(&subject).count() > 9 || has_figure(&subject) {
            return subject_before_relative(s, verb_start)
                .or(tail)
                .map(|(name, range)| Subject::plain(name, range, contrast));
        }
        if let Some((name, range)) = tail {
            return Some(Subject::plain(name, range, contrast));
        }
        return Some(Subject::plain(subject, joined_at..verb_start, contrast));
    }
    if !may_invert {
        return None;
    }
    // Inversion: ", a indiqué l'alliance." / "a annoncé jeudi le préfet".
    let (name, end) = phrase_after(s, verb_end);
    if name.is_empty() || counts_in(&name, lang) {
        return None;
    }
    let (name, end) = with_apposed_name(s, name, end, lang);
    Some(Subject::plain(name, verb_start..end, false))
}

/// Whether the words after a verb ending at `end` open, past a day, on
/// an article ("a annoncé mercredi le ministère", "l'armée").
fn article_after(s: &str, end: usize) -> bool {
    words_of(&s[end..])
        .map(|w| lowered(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')))
        .find(|w| !is_day_word(w))
        .is_some_and(|w| {
            any_lang(&w, |e| e.articles)
                || every_lang(|e| e.elided_articles).any(|a| {
                    w.strip_prefix(a)
                        .is_some_and(|t| t.starts_with(['\'', '’']))
                })
        })
}

/// Whether a phrase after a verb holds a figure, in digits or in words:
/// "Un premier bilan, lundi, faisait état de sept morts" names no one
/// after its verb.
fn counts_in(name: &str, lang: Lang) -> bool {
    has_figure(name) || super::traps::has_count(name, lang)
}

/// "L'opposition, qui conteste la victoire du président sortant, crédité
/// de 61,4 % des voix, avance un bilan": the subject before a relative
/// whose asides run to the verb.
fn subject_before_relative(s: &str, verb_start: usize) -> Option<(String, Range<usize>)> {
    let head = s[..verb_start].trim_end();
    if !head.ends_with(',') {
        return None;
    }
    let lower = lowered(head);
    let at = every_lang(|e| e.relative_subjects)
        .filter_map(|rel| lower.find(&format!(", {rel} ")))
        .min()?;
    let start = clause_boundary(&head[..at]);
    let raw = &s[start..at];
    let name = clean_subject(raw);
    let named = opens_with_article(raw) || name.starts_with(char::is_uppercase);
    (named && !name.is_empty() && words_of(&name).count() <= 8 && !has_figure(&name))
        .then_some((name, start..verb_start))
}

/// The attribution that speaks for a clause: one inside it, else the
/// nearest before it, else the nearest after it ("…, according to X").
pub(super) fn pick_attribution<'a>(
    all: &'a [Attribution],
    clause: &Range<usize>,
    words: &Range<usize>,
) -> Option<&'a Attribution> {
    all.iter()
        .find(|a| {
            a.range.start < clause.end
                && clause.start < a.range.end
                && !(a.contrast && a.range.start >= words.end)
        })
        .or_else(|| {
            all.iter()
                .rev()
                .find(|a| a.range.end <= clause.start && !a.contrast)
        })
        .or_else(|| {
            all.iter()
                .find(|a| a.range.start >= clause.end && !a.contrast)
        })
}

/// Whether `raw` opens with a title in lower case, as a role in
/// apposition says it without an article ("director of the city's
/// central hospital").
fn opens_with_title(raw: &str, lang: Lang) -> bool {
    words_of(raw)
        .next()
        .is_some_and(|w| w.starts_with(char::is_lowercase) && lang.persons.titles.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::opens_with_title;
    use crate::lang::EN;

    #[test]
    fn a_bare_title_in_lower_case_opens_a_role() {
        assert!(opens_with_title(" director of the city's hospital", EN));
        assert!(!opens_with_title(" Director General Ali Khan", EN));
        assert!(!opens_with_title(" the director", EN));
    }
}
