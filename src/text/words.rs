//! Words as every parser sees them: one case folder that keeps byte
//! offsets, the accent folding, one word-boundary test, and the character
//! classes that join or separate words. The parsers of values, dates, quick entry, the
//! lexicon and extraction all take them from here.

/// Lower-cases `text` character by character, keeping any character whose
/// lower case would take a different number of bytes (İ, ẞ, the Kelvin
/// sign…), so every byte offset in the result is valid in `text` too.
pub fn fold_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// A letter without its accent, as the word lists are written (`é` → `e`).
/// The superscript ordinal letters fold too (`1ᵉʳ` reads as `1er`), so
/// the value reader and the date reader see the same words.
pub fn fold_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ᵉ' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ʳ' => 'r',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ÿ' => 'y',
        c => c,
    }
}

/// A word in lower case without accents or combining accents, so `Zéro`,
/// `zero` and `ZERO` all read `zero`.
pub fn fold_word(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .filter(|&c| !is_combining(c))
        .map(fold_letter)
        .collect()
}

/// Whether `start..end` of `text` is a whole word: no letter or digit
/// touches it on either side.
pub fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Combining accents: a decomposed `é` must not split a word.
pub fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Apostrophes as writers type them (`'`, `’`, `‘`, and `ʼ`, a letter to
/// Unicode).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{2bc}')
}

/// Hyphens that join the halves of one word (`vingt-six`, `avant-hier`).
pub fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Dashes that join the two ends of a range (`20-30`, `20–30`).
pub fn is_dash(c: char) -> bool {
    is_joiner(c) || matches!(c, '\u{2012}' | '\u{2013}' | '\u{2014}')
}

/// `text` with `range` written over in spaces: what is blanked says
/// nothing, and every offset around it stays valid.
pub fn blank(text: &mut String, range: std::ops::Range<usize>) {
    let len = range.len();
    text.replace_range(range, &" ".repeat(len));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_every_offset() {
        for text in ["İ tués» ẞ", "KELVIN K Ω Å", "Vingt-Six MORTS", "ǅ ﬀ"] {
            let folded = fold_case(text);
            assert_eq!(folded.len(), text.len(), "{text}");
            for (at, _) in folded.char_indices() {
                assert!(text.is_char_boundary(at), "{text} at {at}");
            }
        }
        assert_eq!(fold_case("Vingt-Six MORTS"), "vingt-six morts");
    }

    #[test]
    fn folding_drops_accents() {
        assert_eq!(fold_word("Zéro"), "zero");
        assert_eq!(fold_word("DÉCEMBRE"), "decembre");
        assert_eq!(fold_word("e\u{301}te\u{301}"), "ete");
        assert_eq!(fold_word("ᵉʳ"), "er");
    }

    #[test]
    fn word_boundaries() {
        let text = "26 tués, dont";
        assert!(is_word_boundary(text, 3, 8));
        assert!(!is_word_boundary(text, 3, 5));
        assert!(is_word_boundary(text, 10, 14));
    }
}
