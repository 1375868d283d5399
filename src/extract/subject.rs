//! A subject phrase cleaned of the words around it, for claimants read
//! before a verb of saying or an active verb.

use super::claimant::normalise_claimant;
use super::words::*;

/// A subject phrase without the words around it: leading days, articles
/// and conjunctions, trailing auxiliaries and adverbs.
pub(super) fn clean_subject(segment: &str) -> String {
    let mut words: Vec<&str> = words_of(segment).collect();
    // Leading "On Thursday", "Jeudi", "and", "mais".
    while let Some(first) = words.first() {
        let w = first.to_lowercase();
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let next = words.get(1).map(|n| n.to_lowercase());
        let next = next
            .as_deref()
            .map(|n| n.trim_matches(|c: char| !c.is_alphanumeric()));
        // "Earlier the ministry", not "Earlier Life Foundation" nor
        // "Earlier in the day the brigade".
        let time_opener = any_lang(w, |e| e.time_openers)
            && next.is_some_and(|n| {
                any_lang(n, |e| e.articles) || any_lang(n, |e| e.subject_openers) || is_day_word(n)
            });
        // "On Tuesday morning the ministry": the part of the day too.
        if any_lang(w, |e| e.subject_openers)
            || time_opener
            || any_lang(w, |e| e.contrasts)
            || is_day_word(w)
            || any_lang(w, |e| e.claimant_skips)
        {
            words.remove(0);
        } else {
            break;
        }
    }
    // "un responsable local joint par téléphone avait fait état": how the
    // speaker was reached is no part of their name.
    if let Some(cut) = (1..words.len()).find(|&i| reached_by(&words, i)) {
        words.truncate(cut);
    }
    // "Fishing cooperatives in the three worst-hit villages": a phrase
    // of where, in lower case, after a bare plural subject is no part of
    // it ("Police in Almaty" names one; "diffusé dimanche à la mi-journée par la
    // télévision publique" leaves its author to what follows).
    // A description led by an article keeps its place ("A security
    // official in the region").
    let authored = words
        .iter()
        .any(|w| any_lang(&w.to_lowercase(), |e| e.report_authors))
        || words
            .first()
            .is_some_and(|w| any_lang(&w.to_lowercase(), |e| e.articles));
    if let Some(cut) = (1..words.len()).filter(|_| !authored).find(|&i| {
        any_lang(&words[i].to_lowercase(), |e| e.claimant_stops)
            && words
                .get(i + 1)
                .is_some_and(|next| !next.starts_with(char::is_uppercase))
    }) {
        words.truncate(cut);
    }
    // "The provincial government had on Tuesday (given)": a day after
    // the auxiliary goes with it ("the Mail on Sunday" keeps its day).
    let day = |w: &str| {
        let w = w.to_lowercase();
        is_day_word(&w) || any_lang(&w, |e| e.claimant_skips)
    };
    let days = words.iter().rev().take_while(|w| day(w)).count();
    if days > 0
        && words.len() > days + 1
        && any_lang(&words[words.len() - days - 1].to_lowercase(), |e| {
            e.subject_tail
        })
    {
        words.truncate(words.len() - days);
    }
    while let Some(last) = words.last() {
        let w = last.to_lowercase();
        if any_lang(&w, |e| e.subject_tail) {
            words.pop();
        } else {
            break;
        }
    }
    normalise_claimant(&words.join(" "))
}

/// Whether `words[i]`, in lower case, is an aside of being reached
/// ("joint", "contacted") with its agent after it ("par", "by").
fn reached_by(words: &[&str], i: usize) -> bool {
    let by = words.get(i + 1).is_some_and(|next| is_agent_word(next));
    by && words[i].starts_with(char::is_lowercase) && any_lang(words[i], |e| e.subject_asides)
}

#[cfg(test)]
mod tests {
    use super::clean_subject;

    #[test]
    fn leading_time_adverbs_and_days_are_no_part_of_the_subject() {
        assert_eq!(clean_subject("Earlier on Tuesday the ministry"), "ministry");
        assert_eq!(
            clean_subject("Earlier the emergency service"),
            "emergency service"
        );
        assert_eq!(clean_subject("Later the agency"), "agency");
    }

    #[test]
    fn how_the_speaker_was_reached_is_no_part_of_the_subject() {
        assert_eq!(
            clean_subject("un responsable local joint par téléphone avait"),
            "responsable local"
        );
        assert_eq!(
            clean_subject("Un responsable local joint par l’AFP sous couvert d’anonymat a"),
            "responsable local"
        );
        assert_eq!(clean_subject("An official contacted by phone"), "official");
        // No agent after it: a name's own word stays.
        assert_eq!(clean_subject("the joint task force"), "joint task force");
        assert_eq!(clean_subject("The Joint Chiefs"), "Joint Chiefs");
    }

    #[test]
    fn a_day_after_the_auxiliary_goes_with_it() {
        assert_eq!(
            clean_subject("The provincial government had on Tuesday"),
            "provincial government"
        );
        // A title that ends with a day, no auxiliary before it, keeps it.
        assert_eq!(clean_subject("the Mail on Sunday"), "Mail on Sunday");
    }
}
