//! Words typed a letter wrong: a desk typing as it reads leaves `killled`,
//! `missng` or `deplacés`, and quick entry should know the metric word
//! meant rather than carry the one before onto the figure ("19 drowned, 4
//! missng" had read as 23 deaths). Pure code, no word of any language.

use crate::text::words::fold_word;

/// Whether `typed` is `word` typed a letter wrong, the way fast typing
/// goes wrong: the same letters with accents dropped (four letters or
/// more), or, from five letters on, a letter left out, a letter doubled
/// or two neighbours swapped (from four letters: `deda`), the first letter
/// right. A changed letter is no typo here: it makes other words
/// (`depths`, `insured`, `killer`).
pub fn near_miss(typed: &str, word: &str) -> bool {
    near(typed, word, 5)
}

/// `near_miss` for a word inside a phrase whose other words are typed
/// right and which a figure follows (`at lest 10`, `au moin 5`, `plsu de
/// 50`, `dnot 3`): the phrase around it says which word was meant, so
/// four letters are enough.
pub fn near_miss_in_phrase(typed: &str, word: &str) -> bool {
    near(typed, word, 4)
}

/// Whether `typed` is `word` typed a letter wrong, an edit allowed from
/// `shortest` letters on.
fn near(typed: &str, word: &str, shortest: usize) -> bool {
    let (typed, word) = (fold_word(typed), fold_word(word));
    let (a, b): (Vec<char>, Vec<char>) = (typed.chars().collect(), word.chars().collect());
    if a.len() < 4 || b.len() < 4 || a[0] != b[0] {
        return false;
    }
    if a == b {
        return true;
    }
    // Two neighbours swapped keep every letter, so a short word is still
    // known by them ("12 deda"), as is a letter typed twice ("tuués"); a
    // letter lost needs more.
    if a.len().min(b.len()) < shortest && a.len() < b.len() {
        return false;
    }
    match a.len() as isize - b.len() as isize {
        // One letter left out: one edit, and it can only be a deletion.
        -1 => strsim::osa_distance(&typed, &word) == 1,
        // One letter doubled ("killled").
        1 => doubled(&a, &b),
        0 => swapped(&a, &b),
        _ => false,
    }
}

/// Whether `long` is `short` with one of its letters typed twice.
fn doubled(long: &[char], short: &[char]) -> bool {
    (1..long.len())
        .any(|i| long[i] == long[i - 1] && long[..i] == short[..i] && long[i + 1..] == short[i..])
}

/// Whether `a` is `b` with two neighbouring letters swapped.
fn swapped(a: &[char], b: &[char]) -> bool {
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    head + 1 < a.len()
        && a[head] == b[head + 1]
        && a[head + 1] == b[head]
        && a[head + 2..] == b[head + 2..]
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
        assert!(near_miss("tuués", "tués"));
        assert!(near_miss("hurrt", "hurt"));
    }

    #[test]
    fn a_dropped_accent_is_a_near_miss_from_four_letters() {
        assert!(near_miss("deplacés", "déplacés"));
        assert!(near_miss("deplaces", "déplacés"));
        assert!(near_miss("tues", "tués"));
    }

    #[test]
    fn two_neighbours_swapped_are_a_near_miss_from_four_letters() {
        assert!(near_miss("deda", "dead"));
        assert!(near_miss("hutr", "hurt"));
        assert!(!near_miss("edad", "dead"));
        assert!(!near_miss("dae", "dea"));
    }

    #[test]
    fn in_a_phrase_four_letters_are_enough() {
        assert!(near_miss_in_phrase("lest", "least"));
        assert!(near_miss_in_phrase("moin", "moins"));
        assert!(near_miss_in_phrase("plsu", "plus"));
        assert!(near_miss_in_phrase("dnot", "dont"));
        assert!(!near_miss("lest", "least"));
        assert!(!near_miss_in_phrase("lots", "plus"));
        assert!(!near_miss_in_phrase("must", "most"));
    }

    #[test]
    fn short_words_and_two_letters_wrong_are_not() {
        assert!(!near_miss("head", "dead"));
        assert!(!near_miss("deal", "dead"));
        assert!(!near_miss("fled", "freed"));
        assert!(!near_miss("kidnapped", "killed"));
        assert!(!near_miss("evaluation", "evacuated"));
        assert!(!near_miss("missions", "missing"));
        // A changed letter makes other words.
        assert!(!near_miss("depths", "deaths"));
        assert!(!near_miss("insured", "injured"));
        assert!(!near_miss("killer", "killed"));
        assert!(!near_miss("displayed", "displaced"));
        assert!(!near_miss("kissing", "missing"));
        assert!(!near_miss("handed", "landed"));
        assert!(!near_miss("député", "débuté"));
    }
}
