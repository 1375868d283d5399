//! Guessing the language of a text, from the cue words of each language.
//!
//! Quick entry and extraction guess the language unless `--lang` is given.
//! Short fragments carry few clues, so the guess counts function words,
//! elisions and letters; a tie goes to the first language of `lang::ALL`.

use crate::lang::{ALL, Lang};
use crate::text::tokens::words_joined_by;

/// Guesses the language of `text`: each language scores its common words
/// and elisions (2 each) and its letters (1 per word); the first language
/// of `lang::ALL` wins a tie.
pub fn guess(text: &str) -> Lang {
    let scores = scores(text, true);
    let best = scores.iter().max().copied().unwrap_or(0);
    let first = scores.iter().position(|&s| s == best).unwrap_or(0);
    ALL[first]
}

/// The language `text` is in when its words say so clearly: one language
/// scores above every other on its cue words and elisions (`at least 23
/// dead`), not a tie (`12 pax 3 kia`).
pub fn clear_guess(text: &str) -> Option<Lang> {
    // Letters alone say little: "five hurt near Nîmes" is English.
    let scores = scores(text, false);
    let best = scores.iter().max().copied()?;
    let mut at_best = scores.iter().enumerate().filter(|(_, s)| **s == best);
    match (at_best.next(), at_best.next()) {
        (Some((i, _)), None) if best > 0 => Some(ALL[i]),
        _ => None,
    }
}

/// Each language's score for `text`, in the order of `lang::ALL`; with
/// `letters`, a word with a letter only one language uses counts too.
fn scores(text: &str, letters: bool) -> Vec<i32> {
    let lower = text.to_lowercase();
    let mut scores = vec![0i32; ALL.len()];
    for run in words_joined_by(&lower, |c| c == '\'' || c == '’') {
        let word = lower[run].trim_matches(|c| c == '\'' || c == '’');
        if word.is_empty() {
            continue;
        }
        if let Some(l) = elided_language(word) {
            scores[l] += 2;
            continue;
        }
        for (score, lang) in scores.iter_mut().zip(ALL) {
            if lang.guess.words.contains(&word) {
                *score += 2;
            }
            if letters && word.chars().any(|c| lang.guess.letters.contains(c)) {
                *score += 1;
            }
        }
    }
    scores
}

/// The language whose elisions start `word` (`l'armée`, `qu'il`).
fn elided_language(word: &str) -> Option<usize> {
    if word.len() <= 2 || !(word.contains('\'') || word.contains('’')) {
        return None;
    }
    let head = word.split(['\'', '’']).next().unwrap_or("");
    ALL.iter().position(|l| l.elisions.contains(&head))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{EN, FR};

    #[test]
    fn guesses_french_entries() {
        assert_eq!(guess("26 criminels armés tués, 18 blessés"), FR);
        assert_eq!(guess("Des troupes russes sont arrivées jeudi"), FR);
        assert_eq!(guess("au moins 26 morts"), FR);
        assert_eq!(guess("vingt-six morts parmi les manifestants"), FR);
    }

    #[test]
    fn guesses_english_entries() {
        assert_eq!(guess("26 armed criminals killed, 18 wounded"), EN);
        assert_eq!(guess("troops arrived Thursday"), EN);
        assert_eq!(guess("at least 26 dead"), EN);
    }

    #[test]
    fn a_clear_guess_needs_a_lead() {
        assert_eq!(
            clear_guess("at least 23 dead, 4 of them patients"),
            Some(EN)
        );
        assert_eq!(clear_guess("au moins 23 morts dont 4 enfants"), Some(FR));
        assert_eq!(clear_guess("12 pax 3 kia"), None);
        // Letters alone say nothing: a place with an accent is no French.
        assert_eq!(clear_guess("5 pax near Nîmes"), None);
        assert_eq!(clear_guess("five hurt near Nîmes"), Some(EN));
        assert_eq!(clear_guess("26"), None);
    }

    #[test]
    fn a_bare_number_is_english() {
        assert_eq!(guess("26"), EN);
        assert_eq!(guess(""), EN);
    }
}
