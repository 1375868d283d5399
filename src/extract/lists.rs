//! Lists whose metric word is written once ("804 were killed, 261 in
//! Sareth and 97 in Ilm"; "Two crew members and 16 passengers died"), and
//! the words around a figure that name who it counts.

use super::clause::continuation_in;
use super::traps::people_counts;
use super::words::*;
use crate::domain::Count;
use crate::domain::{Kind, Lang};
use crate::parse::lexicon::Lexicon;
use std::ops::Range;

/// How a clause without a metric word reads as an item of a list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum ItemShape {
    /// A figure and a place: "261 in Sareth", "9 dans la province d'Analira".
    Located,
    /// A figure and a verb of being after a partitive header: "(Of the 52
    /// dead,) 14 were children".
    Stated,
    /// A figure and at most three words besides the links of a name: "Two
    /// crew members", "eight women", "deux responsables de la société
    /// organisatrice".
    Short,
}

/// The shape of a clause that opens with a figure (after at most one
/// leading word such as an article, "all" or "soit").
pub(super) fn list_item(
    text: &str,
    counts: &[(Count, Range<usize>)],
    after_header: bool,
) -> Option<ItemShape> {
    let (_, first) = counts.first()?;
    // "SAN MATEO DEL RIO, Altavia — Nineteen people": a dateline ends at
    // its dash.
    let head = &text[..first.start];
    let head = head.rfind(['—', '–']).map_or(head, |at| &head[at..]);
    let head: Vec<String> = words_of(head.trim_start_matches(['—', '–']))
        .map(|w| w.to_lowercase())
        .collect();
    let led = match head.as_slice() {
        [] => true,
        [w] => any_lang(w, |e| e.articles) || any_lang(w, |e| e.list_lead_words),
        // "A family of five, including three children, died".
        [a, _, of] => {
            any_lang(a, |e| e.singular_markers)
                && crate::lang::ALL.iter().any(|l| l.counts.noun_of == of)
        }
        _ => false,
    };
    if !led {
        return None;
    }
    // "three were stabbed, prosecutor Marta Ibarra told reporters": the
    // item's words end at its punctuation.
    let rest = &text[first.end..];
    let rest = rest.find([',', ';', ':']).map_or(rest, |at| &rest[..at]);
    // "deux frères de 24 et 27 ans": their ages are no part of the item's
    // words.
    let rest = &rest[..age_phrase(rest).unwrap_or(rest.len())];
    // "two volunteers from the Marava Red Cross": where they came from,
    // a name, is no part of the item's words.
    let raw: Vec<&str> = words_of(rest).collect();
    let named_from = |i: usize| {
        raw.get(i + 1..i + 3).is_some_and(|n| {
            n.iter()
                .find(|w| !any_lang(&w.to_lowercase(), |e| e.articles))
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        })
    };
    let after: Vec<String> = words_of(rest)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        // "two police officers who had tried to help": a relative clause
        // describes the item and is no part of its words; so does where
        // they came from ("two volunteers from the Marava Red Cross").
        .enumerate()
        .take_while(|(i, w)| {
            !any_lang(w, |e| e.relative_subjects)
                && (*i == 0 || !any_lang(w, |e| e.cause_markers) || !named_from(*i))
        })
        .map(|(_, w)| w)
        .collect();
    let next = after.first().map(String::as_str).unwrap_or("");
    // "and about 400 homes were flooded": things counted are no item of
    // a list of people.
    // The thing is the head noun: a verb or nothing follows it ("prison
    // guards" are people).
    let head_noun = after
        .get(1)
        .is_none_or(|w| any_lang(w, |e| e.be_have) || any_lang(w, |e| e.passive_markers));
    if any_lang(next, |e| e.thing_nouns) && head_noun {
        return None;
    }
    // "and four were children under 10": an age is no second figure.
    let second = counts
        .iter()
        .skip(1)
        .any(|(_, r)| r.start < first.end + rest.len());
    // "71 fishermen were plucked from the sea": a passive verb is no
    // predicate naming who they were.
    let passive = after.iter().skip(1).any(|w| {
        crate::lang::ALL.iter().any(|l| {
            let past = &l.dates.tense.past_ending;
            past.endings
                .iter()
                .any(|(e, min)| w.ends_with(e) && w.len() >= *min)
                && !past.exceptions.contains(&w.as_str())
        })
    });
    let stated = any_lang(next, |e| e.be_have) || any_lang(next, |e| e.linking_verbs);
    // "Parmi les morts, sept vivaient dans le district de Brodno": after
    // a header, a verb may come between the figure and the place.
    let located_after_verb = after_header
        && after
            .get(1)
            .is_some_and(|w| any_lang(w, |e| e.place_prepositions));
    if any_lang(next, |e| e.place_prepositions) || located_after_verb {
        Some(ItemShape::Located)
    } else if stated && (after_header || (after.len() <= 8 && !second && !passive)) {
        // "Four of the dead were plant employees and two were truck
        // drivers waiting at the gate".
        Some(ItemShape::Stated)
    } else if after
        .iter()
        // "and one was the group's local guide": the verb and articles
        // name no one.
        .filter(|w| {
            // "d'une grande famille": an elided link with its article.
            let elided = w.split_once(['\'', '’']).is_some_and(|(head, tail)| {
                any_lang(&format!("{head}'"), |e| e.name_links) && any_lang(tail, |e| e.articles)
            });
            !any_lang(w, |e| e.name_links)
                && !any_lang(w, |e| e.linking_verbs)
                && !any_lang(w, |e| e.articles)
                && !elided
        })
        .count()
        <= 3
        && after.len() <= 6
        && !has_figure(&rest[..relative_at(rest)])
        && !own_participle(&after)
    {
        Some(ItemShape::Short)
    } else {
        None
    }
}

/// Where a relative opens in an item's words ("two elderly neighbours
/// who lived about 300 metres downwind"): what it says of them, figures
/// included, is no part of the item.
fn relative_at(rest: &str) -> usize {
    pieces(rest)
        .into_iter()
        .find(|r| {
            let w = lowered(rest[r.clone()].trim_matches(|c: char| !c.is_alphanumeric()));
            any_lang(&w, |e| e.relative_subjects)
        })
        .map_or(rest.len(), |r| r.start)
}

/// Whether the words after a figure end on a participle of their own
/// after "of" and a noun ("des dizaines d'élèves enlevées"): what befell
/// them, which is no metric, so they are no item of the list before.
fn own_participle(after: &[String]) -> bool {
    let [.., noun, last] = after else {
        return false;
    };
    let of = |w: &str| crate::lang::ALL.iter().any(|l| l.counts.noun_of == w);
    let linked = noun.split_once(['\'', '’']).is_some_and(|(head, tail)| {
        !tail.is_empty() && any_lang(&format!("{head}'"), |e| e.name_links)
    }) || after.len() >= 3 && of(&after[after.len() - 3]);
    let participle = last.chars().count() >= 5
        && !any_lang(last, |e| e.age_words)
        && crate::lang::ALL.iter().any(|l| {
            let p = &l.dates.tense.compound.participle;
            p.accented_endings.iter().any(|e| last.ends_with(e))
                && !p.exceptions.contains(&last.as_str())
        });
    // "deux de ses employés": after a possessive or an article the last
    // word is the noun itself, however it ends.
    let determiner = any_lang(noun, |e| e.possessives) || any_lang(noun, |e| e.articles);
    linked && participle && !determiner
}

/// Where an age phrase opens in `text`: a link of a name before a figure
/// of a unit ("de 24 et 27 ans", "de 9 ans").
fn age_phrase(text: &str) -> Option<usize> {
    let words = pieces(text);
    words.windows(2).find_map(|pair| {
        let link = lowered(&text[pair[0].clone()]);
        let figure = &text[pair[1].clone()];
        let digits = figure
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(figure.len());
        (crate::lang::ALL.iter().any(|l| l.counts.noun_of == link)
            && digits > 0
            && super::traps::followed_by_unit(text, pair[1].start + digits))
        .then_some(pair[0].start)
    })
}

/// Where an aside between a metric word and its figure starts ("death
/// toll from two earthquakes that struck …", "killed when a block
/// collapsed"): a cause or a relative clause; `to` when there is none.
pub(super) fn aside_start(text: &str, from: usize, to: usize) -> usize {
    let gap = &text[from..to];
    pieces(gap)
        .into_iter()
        .find(|r| {
            let w = gap[r.clone()].to_lowercase();
            any_lang(&w, |e| e.relatives)
                || any_lang(&w, |e| e.clause_openers)
                || any_lang(&w, |e| e.cause_markers)
        })
        .map_or(to, |r| from + r.start)
}

/// The end of the words after a figure that name who it counts ("27
/// passengers", "huit agents de sécurité"): at most three, up to
/// punctuation, a joining word, a preposition of place or a relative.
pub(super) fn naming_words_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    let mut end = from;
    // "killing three of the five attackers": a partitive reaches past
    // its article and figure to the noun.
    let first = words_of(rest).next().unwrap_or("").to_lowercase();
    let partitive = crate::lang::ALL.iter().any(|l| l.counts.noun_of == first);
    for piece in pieces(rest).into_iter().take(if partitive { 5 } else { 3 }) {
        let raw = &rest[piece.clone()];
        let w = raw
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let joiner = crate::lang::ALL
            .iter()
            .any(|l| l.entry.joiners.contains(&w.as_str()));
        if joiner
            || any_lang(&w, |e| e.claimant_stops)
            || any_lang(&w, |e| e.place_prepositions)
            || any_lang(&w, |e| e.relatives)
        {
            break;
        }
        if let Some(i) = raw.find([',', ';', '.', ':', '«', '(']) {
            if i > 0 {
                end = from + piece.start + i;
            }
            break;
        }
        end = from + piece.end;
    }
    end
}

/// A place opening the clause before its figure ("In Paran district
/// alone, 18 people …"): its range, up to the comma.
pub(super) fn leading_place(text: &str, figure: usize) -> Option<Range<usize>> {
    let head = &text[..figure];
    let lead = head.len() - head.trim_start().len();
    let first = words_of(head).next()?.to_lowercase();
    if !any_lang(&first, |e| e.place_prepositions) {
        return None;
    }
    let comma = head.find(',')?;
    // A place is a few words; a longer run is a clause of its own.
    (words_of(&head[..comma]).count() <= 7).then_some(lead..comma)
}

/// The place a clause opening on a relative of place stands for ("Most of
/// the victims were in Dorvan province, where 804 people were killed";
/// "devant le territoire de Musoke, où 47 personnes ont succombé"): the
/// piece before its comma, from its last preposition of place, or whole
/// when it is a few words; as qualifier words.
pub(super) fn place_before_relative(s: &str, figure: usize) -> Option<String> {
    // The relative opens the comma piece holding the figure.
    let comma = s[..figure].rfind(',')?;
    let first = words_of(&s[comma + 1..figure]).next()?.to_lowercase();
    if !any_lang(&first, |e| e.place_relatives) {
        return None;
    }
    let head = &s[..comma];
    let piece = &head[head.rfind([',', ';', ':']).map_or(0, |i| i + 1)..];
    let words: Vec<&str> = words_of(piece).collect();
    let from = words
        .iter()
        .rposition(|w| any_lang(&w.to_lowercase(), |e| e.place_prepositions));
    // Else the last noun phrase: from its article ("frappé la province de
    // Kivu").
    let article = || {
        words
            .iter()
            .rposition(|w| any_lang(&w.to_lowercase(), |e| e.articles))
            .filter(|&i| words.len() - i <= 5)
    };
    let place = match from.or_else(article) {
        Some(i) => &words[i + 1..],
        None if words.len() <= 5 => &words[..],
        None => return None,
    };
    // A place is named: one capitalised word at least.
    if !place
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let kept: Vec<String> = place
        .iter()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
            w.to_lowercase()
        })
        .filter(|w| !w.is_empty() && !crate::lang::is_stopword(w) && !any_lang(w, |e| e.name_links))
        .collect();
    (!kept.is_empty()).then(|| kept.join(" "))
}

/// A named area right after a metric word ("were killed in the province
/// of Zarin", "tués dans la région de Kivu"): a preposition of place,
/// then at most four lower-case words among which an area noun
/// ("southern province of") before a capitalised name that is no day or
/// month. Its range runs to the end of the name (capitalised words and
/// the links between them). A bare name ("in Kabul") is left out: copy
/// names so the whole story's place as often as a part's.
pub(super) fn place_after(text: &str, from: usize) -> Option<Range<usize>> {
    let rest = &text[from..];
    let words = pieces(rest);
    let bare = |r: &Range<usize>| {
        rest[r.clone()]
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_string()
    };
    // "deaths were recorded in …": a verb or two of how it was counted.
    let verbs = words
        .iter()
        .take(2)
        .take_while(|r| {
            let w = bare(r).to_lowercase();
            !any_lang(&w, |e| e.place_prepositions) && any_lang(&w, |e| e.be_have)
                || !any_lang(&w, |e| e.place_prepositions)
                    && crate::lang::ALL.iter().any(|l| {
                        l.entry.counting_verbs.contains(&w.as_str())
                            || l.entry.stopwords.contains(&w.as_str())
                    })
        })
        .count();
    let words = &words[verbs..];
    let first = words.first()?;
    if !any_lang(&bare(first).to_lowercase(), |e| e.place_prepositions) {
        return None;
    }
    let mut end = None;
    let mut area = false;
    for (i, r) in words.iter().enumerate().skip(1) {
        let raw = &rest[r.clone()];
        let word = bare(r);
        // "l'Ituri", "d'Almaty": the name after an elision.
        let name = word
            .rsplit(['\'', '’'])
            .next()
            .unwrap_or(&word)
            .trim_end_matches("'s");
        let lower = name.to_lowercase();
        let capital = name.chars().next().is_some_and(char::is_uppercase);
        let dated = is_day_word(&lower) || is_month(&lower);
        area |= any_lang(&lower, |e| e.area_nouns);
        if capital && !dated {
            end = Some(r.end);
        } else if end.is_some() && any_lang(&lower, |e| e.area_nouns) {
            // "in Kara district": the area noun after the name.
            end = Some(r.end);
            area = true;
            break;
        } else if end.is_some() && !any_lang(&lower, |e| e.name_links) {
            break;
        } else if end.is_none() && (i > 4 || has_figure(raw) || dated) {
            return None;
        }
        if raw.ends_with([',', ';', '.', ':', ')']) {
            break;
        }
    }
    end.filter(|_| area).map(|e| from..from + e)
}

/// Whether a clause opens as a partitive header ("Of the 52 dead", "Of the
/// deaths", "Parmi les victimes"), after which "14 were children" is a
/// breakdown.
pub(super) fn is_partitive_header(clause: &str) -> bool {
    let lower = lowered(clause.trim_start());
    every_lang(|e| e.partitive_headers)
        .any(|h| lower.starts_with(h) && is_word_boundary(&lower, 0, h.len()))
}

/// Whether a sentence opens on a header standing for the figure of the
/// sentence before ("Of those, 188 were children", "Parmi eux, …").
pub(super) fn opens_with_carried_header(sentence: &str) -> bool {
    let lower = lowered(sentence.trim_start());
    every_lang(|e| e.carried_headers)
        .any(|h| lower.starts_with(h) && is_word_boundary(&lower, 0, h.len()))
}

/// Whether a clause is a located list item ("261 in Sareth", "9 dans la
/// province d'Analira").
pub(super) fn is_located_item(text: &str, lang: Lang, lexicon: &Lexicon) -> bool {
    lexicon.find(text, lang).is_none()
        && list_item(text, &people_counts(text, lang, None), false) == Some(ItemShape::Located)
}

/// Whether a clause ends on the first object of a verb that leaves people
/// in a state named further on ("Riot at Korsa prison leaves 13 inmates |
/// and two guards dead"): the verb right before its only figure, and a
/// few words after it.
pub(super) fn leaves_objects(text: &str, counts: &[(Count, Range<usize>)]) -> bool {
    let [(_, figure)] = counts else {
        return false;
    };
    let verb = words_before(text, figure.start, 1);
    let after = &text[figure.end..];
    verb.first()
        .is_some_and(|(w, _)| any_lang(w, |e| e.result_verbs))
        && words_of(after).count() <= 3
        && !after.contains([',', ';', ':', '.'])
}

/// The metric a list written before its metric word takes ("Two crew
/// members | and 16 passengers died"; "Sept personnes | dont trois
/// enfants, ont trouvé la mort"): the first clause ahead that names one,
/// passing only over list items and breakdowns.
pub(super) fn metric_ahead(
    s: &str,
    ahead: &[Range<usize>],
    lang: Lang,
    lexicon: &Lexicon,
) -> Option<String> {
    for clause in ahead {
        let text = &s[clause.clone()];
        if let Some(m) = lexicon.find(text, lang) {
            return (m.kind == Kind::Count).then_some(m.metric);
        }
        let item = list_item(text, &people_counts(text, lang, None), false).is_some();
        if !item && continuation_in(text, false).is_none() {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::relative_at;

    #[test]
    fn a_relative_ends_an_items_words() {
        let rest = " elderly neighbours who lived about 300 metres away";
        assert_eq!(&rest[..relative_at(rest)], " elderly neighbours ");
        assert_eq!(relative_at(" paratroopers"), " paratroopers".len());
    }
}
