//! Words typed a letter wrong: a desk typing as it reads leaves `killled`,
//! `missng` or `deplacés`, and quick entry should know the metric word
//! meant rather than carry the one before onto the figure ("19 drowned, 4
//! missng" had read as 23 deaths). Pure code, no word of any language.

use crate::text::words::fold_word;

/// Whether `typed` is `word` typed a letter wrong: the same letters with
/// accents dropped (four letters or more), or, from five letters on, one
/// letter added, dropped, changed or two swapped. Shorter words are too
/// close to other words (`dead`, `head`) to guess.
pub fn near_miss(typed: &str, word: &str) -> bool {
    let (typed, word) = (fold_word(typed), fold_word(word));
    let (a, b): (Vec<char>, Vec<char>) = (typed.chars().collect(), word.chars().collect());
    if a.len() < 4 || b.len() < 4 {
        return false;
    }
    if a == b {
        return true;
    }
    a.len().min(b.len()) >= 5 && one_edit(&a, &b)
}

/// Whether one insertion, deletion, substitution or swap of neighbours
/// turns `a` into `b` (and `a != b`).
fn one_edit(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let head = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        if head == short.len() {
            return false;
        }
        // A changed letter, or two neighbours swapped.
        let changed = short[head + 1..] == long[head + 1..];
        let swapped = head + 1 < short.len()
            && short[head] == long[head + 1]
            && short[head + 1] == long[head]
            && short[head + 2..] == long[head + 2..];
        changed || swapped
    } else {
        // One letter more in `long`, at or after `head`.
        short[head..] == long[head + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_letter_wrong_is_a_near_miss() {
        assert!(near_miss("killled", "killed"));
        assert!(near_miss("missng", "missing"));
        assert!(near_miss("woudned", "wounded"));
        assert!(near_miss("arested", "arrested"));
        assert!(near_miss("evacuted", "evacuated"));
        assert!(near_miss("blesés", "blessés"));
        assert!(near_miss("diparus", "disparus"));
    }

    #[test]
    fn a_dropped_accent_is_a_near_miss_from_four_letters() {
        assert!(near_miss("deplacés", "déplacés"));
        assert!(near_miss("deplaces", "déplacés"));
        assert!(near_miss("tues", "tués"));
    }

    #[test]
    fn short_words_and_two_letters_wrong_are_not() {
        assert!(!near_miss("head", "dead"));
        assert!(!near_miss("deal", "dead"));
        assert!(!near_miss("fled", "freed"));
        assert!(!near_miss("kidnapped", "killed"));
        assert!(!near_miss("evaluation", "evacuated"));
        assert!(!near_miss("missions", "missing"));
    }
}
