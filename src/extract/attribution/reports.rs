//! Reports as sources: "the toll released by the ministry", "an earlier
//! toll from the city government", "un bilan communiqué par la
//! préfecture" speak for their author.

use super::*;

impl Said<'_> {
    /// "Le précédent bilan, publié le 13 juin par le ministère,
    /// s'établissait à 97 morts": a report whose author follows it after
    /// a participle and the agent word (`par`, `by`), in the report's own
    /// comma piece or the one right after it; outside `taken`.
    pub(super) fn report_agents(&self, lower: &str, taken: &[Attribution]) -> Vec<Attribution> {
        let mut found = Vec::new();
        for noun in every_lang(|e| e.report_nouns) {
            for (at, _) in lower.match_indices(noun) {
                let end = at + noun.len();
                let inside = taken
                    .iter()
                    .any(|a| a.range.start <= at && at < a.range.end);
                if !is_word_boundary(lower, at, end) || inside {
                    continue;
                }
                let rest = self.s[end..].trim_start_matches([',', ' ']);
                let from = self.s.len() - rest.len();
                let words: Vec<Range<usize>> = pieces(rest).into_iter().take(8).collect();
                // "An earlier toll from the city government had stood at
                // 14": a source right after the report names its author.
                let source = words.first().is_some_and(|r| {
                    any_lang(&rest[r.clone()].to_lowercase(), |e| e.report_sources)
                });
                let Some(agent) = words.iter().position(|r| {
                    let w = rest[r.clone()].to_lowercase();
                    ALL.iter()
                        .any(|l| l.extraction.report_authors.first() == Some(&w.as_str()))
                }) else {
                    if source {
                        found.extend(self.report_body(from + words[0].end, from));
                    }
                    continue;
                };
                if source && agent > 0 {
                    found.extend(self.report_body(from + words[0].end, from));
                    continue;
                }
                // The participle and its day ("publié le 13 juin", "établi
                // mardi"), no clause of their own; a figure before them
                // ("un bilan de 54 morts communiqué par") stays out.
                let closed = words[..agent]
                    .iter()
                    .any(|r| rest[r.clone()].ends_with([',', ';', ':', '.']));
                let dated = |r: &Range<usize>| {
                    let w = rest[r.clone()].to_lowercase();
                    let at = from + r.start;
                    is_day_word(&w)
                        || any_lang(&w, |e| e.claimant_skips)
                        || any_lang(&w, |e| e.articles)
                        || self.days.iter().any(|d| d.start <= at && at < d.end)
                };
                let dates = words[..agent].iter().rev().take_while(|r| dated(r)).count();
                let Some(participle) = agent.checked_sub(dates + 1) else {
                    continue;
                };
                let first = &rest[words[participle].clone()];
                if closed || has_figure(first) || !first.starts_with(char::is_lowercase) {
                    continue;
                }
                let name_from = from + words[agent].end;
                found.extend(
                    self.report_source(name_from, from + words[participle].start)
                        .map(|a| self.with_name_after(a)),
                );
            }
        }
        found
    }

    /// The body a report comes from ("toll from the city government",
    /// "from the transport operator, BTV,"): a body, a speaker or a
    /// capitalised name ("the death toll from the collapse of a road
    /// bridge" names the event, nobody).
    fn report_body(&self, name_from: usize, start: usize) -> Option<Attribution> {
        let found = self.report_source(name_from, start)?;
        let name = found.claimant.clone();
        let last = words_of(&name)
            .last()
            .map(str::to_lowercase)
            .unwrap_or_default();
        let body = ALL.iter().any(|l| {
            l.persons.bodies.contains(&last.as_str()) || l.persons.speakers.contains(&last.as_str())
        });
        if !(body || name.starts_with(char::is_uppercase)) {
            return None;
        }
        Some(self.with_name_after(found))
    }

    /// The author with the name in apposition after it ("par le
    /// gouverneur de la région, le colonel Ibrahim Saley,").
    fn with_name_after(&self, mut found: Attribution) -> Attribution {
        let name = found.claimant.clone();
        let (named, named_end) =
            with_apposed_name(self.s, name.clone(), found.range.end, self.lang);
        if named != name {
            found.claimant = resolve_claimant(&shape(&named, self.lang), self.history);
            found.range.end = named_end;
        }
        found
    }

    /// The author a report names from `name_from` on ("by the fire service
    /// on Saturday was six dead": the fire service), the attribution
    /// covering `start` to the author's day; none if no author opens
    /// there.
    fn report_source(&self, name_from: usize, start: usize) -> Option<Attribution> {
        let raw = self.s[name_from..].trim_start();
        let (name, name_end) = phrase_after(self.s, name_from);
        // The verb after the name is no part of it.
        let verb = pieces(&self.s[name_from..name_end.max(name_from)])
            .into_iter()
            .find(|r| {
                let w = self.s[name_from + r.start..name_from + r.end].to_lowercase();
                // The sentence's own language: "a" is an English article.
                let e = &self.lang.extraction;
                e.be_have.contains(&w.as_str()) || e.auxiliaries.contains(&w.as_str())
            });
        let (name, name_end) = match verb {
            Some(r) => {
                let end = self.s[..name_from + r.start].trim_end().len();
                (normalise_claimant(&self.s[name_from..end]), end)
            }
            None => (name, name_end),
        };
        let phrase = self.s[name_from..name_end.max(name_from)].trim_start();
        if !(opens_with_article(phrase) || raw.starts_with(char::is_uppercase))
            || name.is_empty()
            || has_figure(&name)
        {
            return None;
        }
        // "late on Friday": the report's time stays out of the qualifier.
        let mut end = name_end;
        for r in pieces(&self.s[name_end..]) {
            let w = self.s[name_end + r.start..name_end + r.end].to_lowercase();
            let w = w.trim_end_matches([',', '.']);
            let at = name_end + r.start;
            if any_lang(w, |e| e.claimant_skips)
                || is_day_word(w)
                || self.days.iter().any(|d| d.start <= at && at < d.end)
            {
                end = name_end + r.start + w.len();
            } else {
                break;
            }
        }
        Some(Attribution {
            claimant: resolve_claimant(&name, self.history),
            range: start..end,
            day: None,
            contrast: false,
            citing: String::new(),
            relative_to: None,
        })
    }
}
