//! Parsing what people type and what articles say: values, dates, quick
//! entry, the metric lexicon and the language guess. All pure code.

pub mod date;
pub mod entry;
pub mod lang;
pub mod lexicon;
pub mod value;

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

#[cfg(test)]
mod tests {
    use super::fold_case;

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
}
