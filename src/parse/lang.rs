//! Guessing whether a text is English or French.
//!
//! Quick entry and extraction guess the language unless `--lang` is given.
//! Short fragments carry few clues, so the guess counts function words and
//! French letters; a tie goes to English.

use crate::domain::Lang;

const FRENCH_WORDS: &[&str] = &[
    "le",
    "la",
    "les",
    "des",
    "du",
    "de",
    "un",
    "une",
    "et",
    "est",
    "sont",
    "ont",
    "au",
    "aux",
    "selon",
    "parmi",
    "dans",
    "pour",
    "avec",
    "sur",
    "plus",
    "moins",
    "près",
    "environ",
    "morts",
    "tués",
    "blessés",
    "hier",
    "jeudi",
    "vendredi",
    "lundi",
    "mardi",
    "mercredi",
    "samedi",
    "dimanche",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "été",
    "qui",
    "que",
    "a",
    "entre",
    "jusqu'à",
    "dizaines",
    "centaines",
    "milliers",
    "plusieurs",
    "quelques",
    "ministère",
];

const ENGLISH_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "a",
    "an",
    "in",
    "on",
    "at",
    "by",
    "were",
    "was",
    "is",
    "are",
    "have",
    "has",
    "said",
    "according",
    "to",
    "dead",
    "killed",
    "wounded",
    "injured",
    "least",
    "more",
    "than",
    "about",
    "nearly",
    "dozens",
    "hundreds",
    "thousands",
    "several",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "between",
    "ministry",
    "people",
    "arrived",
    "will",
];

/// Guesses the language of `text`.
pub fn guess(text: &str) -> Lang {
    let lower = text.to_lowercase();
    let mut fr = 0i32;
    let mut en = 0i32;
    for word in lower.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
        let word = word.trim_matches(|c| c == '\'' || c == '’');
        if word.is_empty() {
            continue;
        }
        // Elisions (l'armée, d'Almaty, qu'il) are French.
        if word.len() > 2 && (word.contains('\'') || word.contains('’')) {
            let head = word.split(['\'', '’']).next().unwrap_or("");
            if matches!(head, "l" | "d" | "qu" | "j" | "n" | "s" | "c" | "jusqu") {
                fr += 2;
                continue;
            }
        }
        if FRENCH_WORDS.contains(&word) {
            fr += 2;
        }
        if ENGLISH_WORDS.contains(&word) {
            en += 2;
        }
        if word.chars().any(|c| "éèêàùûôîçœ".contains(c)) {
            fr += 1;
        }
    }
    if fr > en { Lang::Fr } else { Lang::En }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_french_entries() {
        assert_eq!(guess("26 criminels armés tués, 18 blessés"), Lang::Fr);
        assert_eq!(guess("Des troupes russes sont arrivées jeudi"), Lang::Fr);
        assert_eq!(guess("au moins 26 morts"), Lang::Fr);
        assert_eq!(guess("vingt-six morts parmi les manifestants"), Lang::Fr);
    }

    #[test]
    fn guesses_english_entries() {
        assert_eq!(guess("26 armed criminals killed, 18 wounded"), Lang::En);
        assert_eq!(guess("troops arrived Thursday"), Lang::En);
        assert_eq!(guess("at least 26 dead"), Lang::En);
    }

    #[test]
    fn a_bare_number_is_english() {
        assert_eq!(guess("26"), Lang::En);
        assert_eq!(guess(""), Lang::En);
    }
}
