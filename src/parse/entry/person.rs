//! A person named alone in a quick entry, with no figure nor marker of
//! one ("the captain and 2 crew arrested", "shop owner detained"): one.

use crate::lang::Lang;
use crate::parse::fold_case;
use crate::parse::lexicon::Lexicon;
use std::ops::Range;

/// A person named with no figure nor marker of one, in `noun` (a
/// fragment's words before its metric word, or all of them): a definite
/// article or none, then one to three words, the last a singular noun of
/// no group, thing or place ("the captain", "shop owner", "the plant's
/// director"). The range is the article's, or empty where the noun starts:
/// what stands for the figure.
pub(super) fn person_phrase(noun: &str, lang: Lang, lexicon: &Lexicon) -> Option<Range<usize>> {
    let entry = &lang.entry;
    if entry.plural_endings.is_empty() || lexicon.find(noun, lang).is_some() {
        return None;
    }
    let words: Vec<(usize, &str)> = noun
        .split(|c: char| c.is_whitespace())
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        // "driver (46)": an age in brackets names no one else.
        .filter(|(_, w)| !w.is_empty() && !super::measure::bracketed_figure(w))
        // "suspect, 31 ans, en GAV": nor does one between commas.
        .map(|(at, w)| (at, w.trim_end_matches(',')))
        .filter(|(_, w)| !w.is_empty())
        .collect();
    // "fighting lasted 3 days, 12 dead", "after 72 hrs": how long, no one.
    if words.windows(2).any(|pair| is_duration(pair, lang)) {
        return None;
    }
    let words = without_ages(words, lang);
    let (first_at, first) = *words.first()?;
    // "the seller", "his brother".
    let article = entry.definites.contains(&fold_case(first).as_str())
        || lang
            .extraction
            .possessives
            .contains(&fold_case(first).as_str());
    let content = &words[usize::from(article)..];
    // "dont la moitié grièvement", "the rest minor": a share, no one.
    let share = |w: &str| lang.entry.most_phrases.contains(&w);
    if let Some((_, head)) = content.first() {
        let head = fold_case(head);
        let with_article = format!("{} {head}", fold_case(first));
        if share(&head) || (article && share(&with_article)) {
            return None;
        }
    }
    // "driver among the dead", "the bus driver was arrested": small words
    // between the noun and the metric word.
    let small = |w: &str| crate::lang::is_stopword(&fold_case(w));
    let tail = content.iter().rev().take_while(|(_, w)| small(w)).count();
    // "Bus Driver Among 11 Dead": a headline's capitals name no one.
    let headline = tail > 0
        && content[content.len() - tail..]
            .iter()
            .all(|(_, w)| w.starts_with(char::is_uppercase));
    let content = &content[..content.len() - tail];
    // "nurse among typhoid dead": who is among them comes before `among`.
    let content = match content
        .iter()
        .position(|(_, w)| entry.among.contains(&fold_case(w).as_str()))
    {
        Some(i) if i > 0 => &content[..i],
        _ => content,
    };
    // "owner of the bus company", "frère du forcené": the person is the
    // noun before `of` (or a link word that holds an article).
    let link = |w: &str| {
        let w = fold_case(w);
        w == lang.counts.noun_of || entry.noun_links.contains(&w.as_str())
    };
    let of = content.iter().position(|(_, w)| link(w)).filter(|&i| i > 0);
    // "assaillant de 29 ans": an age after the noun says who, not how many.
    let content = match of {
        Some(i) if is_age(&content[i + 1..], lang) => &content[..i],
        _ => content,
    };
    let of = of.filter(|&i| i < content.len());
    let complement_ok = of.is_none_or(|i| {
        let rest: Vec<&(usize, &str)> = content[i + 1..]
            .iter()
            .filter(|(_, w)| {
                !entry.definites.contains(&fold_case(w).as_str())
                    && !lang.numbers.one_articles.contains(&fold_case(w).as_str())
            })
            .collect();
        // "de l'entreprise": an elided article opens the complement.
        let bare = |w: &str| {
            let folded = fold_case(w);
            match folded.split_once(['\'', '’']) {
                Some((head, tail)) if lang.elisions.contains(&head) => tail.to_string(),
                _ => folded,
            }
        };
        (1..=3).contains(&rest.len())
            && rest.iter().all(|(_, w)| {
                let w = bare(w);
                !w.is_empty() && !crate::lang::is_stopword(&w) && w.chars().all(char::is_alphabetic)
            })
    });
    let content = match of {
        Some(i) if complement_ok => &content[..i],
        _ => content,
    };
    let ex = &lang.extraction;
    let plain = |w: &str| {
        let owner = w.trim_end_matches("'s").trim_end_matches("’s");
        let bare = fold_case(owner.trim_end_matches(['\'', '’']));
        // "night mgr": a time of day may say which one.
        let time = lang.dates.tense.time_words.contains(&bare.as_str());
        !bare.is_empty()
            && bare.chars().all(|c| c.is_alphabetic() || c == '-')
            && (!crate::lang::is_stopword(&bare) || time)
    };
    let (_, last) = *content.last()?;
    let last = fold_case(last);
    let plural = entry.is_plural(&last);
    // The head noun is the last ("bus driver" is a person).
    // "le matin, 4 blessés": a time is no one either.
    // "jeudi, 3 morts": nor is a day.
    // "avant-hier soir, 5 blessés", "day before yesterday, 5 injured":
    // nor a day counted from today, anywhere in the words.
    let folded = crate::text::words::fold_word(noun);
    let folded: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let joined = format!(" {} ", folded.join(" "));
    let day = crate::lang::ALL.iter().any(|l| {
        l.dates.weekdays.iter().any(|(w, _)| *w == last)
            || l.dates.months.iter().any(|m| m.word == last)
            || l.dates
                .relative_days
                .iter()
                .any(|(d, _)| joined.contains(&format!(" {d} ")))
    });
    // "a car bomb, 7 dead", "incendie du marché, 4 morts", "frappe
    // aérienne": an event (its head is first where adjectives follow).
    let head = if entry.heads_first {
        fold_case(content.first()?.1)
    } else {
        last.clone()
    };
    // "fighting lasted, 12 dead": an event anywhere in it, or a word that
    // opens a cause ("after"), names none.
    // ("after blast, driver killed": only the words after a comma.)
    let last_comma = noun.rfind(',').map_or(0, |c| c + 1);
    let event = crate::lang::ALL.iter().any(|l| {
        l.entry.event_nouns.contains(&head.as_str())
            || content
                .iter()
                .filter(|(at, _)| *at >= last_comma)
                .any(|(_, w)| {
                    let w = fold_case(w);
                    l.entry.event_nouns.contains(&w.as_str())
                    || l.entry.cause_openers.contains(&w.as_str())
                    // "unknown number missing": no figure, no one.
                    || l.entry.unknown_marks.contains(&w.as_str())
                })
    });
    let thing = ex.thing_nouns.contains(&last.as_str())
        || ex.area_nouns.contains(&last.as_str())
        || event
        || lang.dates.tense.time_words.contains(&last.as_str())
        || day;
    // "AP and 3 …", "Garo": a name is no person counted.
    let named = !headline
        && content
            .iter()
            .enumerate()
            .any(|(i, (_, w))| (i > 0 || article) && w.starts_with(char::is_uppercase));
    // "AFP, 16h : 19 morts": a news agency is who reports, no one counted
    // ("BBC photographer killed": its staff are).
    let agency = crate::lang::is_news_agency(&last)
        || content
            .iter()
            .all(|(_, w)| crate::lang::is_news_agency(&fold_case(w)) || !plain(w));
    let ok = (1..=3).contains(&content.len())
        && !agency
        && content.iter().all(|(_, w)| plain(w))
        && !plural
        && !thing
        && !named
        // The head names a group ("the police") or a quantity ("many
        // wounded"); "police officer" is one.
        && !entry.collective_nouns.contains(&last.as_str());
    ok.then(|| {
        if article {
            first_at..first_at + first.len()
        } else {
            first_at..first_at
        }
    })
}

/// `words` without each figure and the unit after it (`31 ans`), and
/// each word of age and the figure after it (`aged 40`).
fn without_ages(words: Vec<(usize, &str)>, lang: Lang) -> Vec<(usize, &str)> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        if i + 1 < words.len() && is_age(&words[i..i + 2], lang) {
            i += 2;
            continue;
        }
        let aged = lang
            .extraction
            .age_words
            .contains(&fold_case(words[i].1).as_str());
        if aged
            && words
                .get(i + 1)
                .is_some_and(|(_, n)| n.chars().all(|c| c.is_ascii_digit()))
        {
            i += 2;
            continue;
        }
        out.push(words[i]);
        i += 1;
    }
    out
}

/// Whether two words are a figure and a unit of time (`3 days`, `72
/// hrs`): a day's or week's unit, or a unit the entry's stop words hold.
fn is_duration(words: &[(usize, &str)], lang: Lang) -> bool {
    unit_after_figure(words).is_some_and(|unit| {
        let unit = unit.as_str();
        lang.dates.days_ago.units.iter().any(|(u, _)| *u == unit)
            || (lang.extraction.units.contains(&unit)
                && crate::lang::is_stopword(unit)
                && !lang.entry.age_units.contains(&unit))
    })
}

/// Whether `words` are a figure with a unit (`29 ans`): an age or a
/// measure that says who the person is, not how many.
fn is_age(words: &[(usize, &str)], lang: Lang) -> bool {
    unit_after_figure(words).is_some_and(|unit| lang.extraction.units.contains(&unit.as_str()))
}

/// The second of two words, folded, when the first is a figure in digits.
fn unit_after_figure(words: &[(usize, &str)]) -> Option<String> {
    match words {
        [(_, n), (_, unit)] if n.chars().all(|c| c.is_ascii_digit()) => Some(fold_case(unit)),
        _ => None,
    }
}
