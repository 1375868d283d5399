//! Metrics and figures typed as two slashed lists (`dead/injured: 9/31`,
//! `killed/hurt/missing: 3/12/4`): each figure goes with the metric word
//! in its place, as if typed `dead 9, injured 31`.

use crate::lang::Lang;
use crate::text::words::fold_word;
use std::borrow::Cow;

/// `text` with a line-opening pair of slashed lists written out, each
/// figure after its metric word; other text is returned as it is. The
/// labels must all be metric words of the language and as many as the
/// figures, two at least.
pub(super) fn slash_pairs(text: &str, lang: Lang) -> Cow<'_, str> {
    let Some((head, tail)) = text.split_once(':') else {
        return Cow::Borrowed(text);
    };
    let labels: Vec<&str> = head.trim().split('/').map(str::trim).collect();
    let metric_word = |w: &&str| {
        let w = fold_word(w);
        (lang.metrics.iter()).any(|(_, words)| words.iter().any(|m| fold_word(m) == w))
    };
    if labels.len() < 2 || !labels.iter().all(metric_word) {
        return Cow::Borrowed(text);
    }
    let rest = tail.trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '/' | ',' | ' ')))
        .unwrap_or(rest.len());
    let said = rest[..end].trim_end().trim_end_matches(',');
    let figures: Vec<&str> = said.split('/').map(str::trim).collect();
    let figure = |f: &&str| {
        f.starts_with(|c: char| c.is_ascii_digit())
            && f.chars().all(|c| c.is_ascii_digit() || c == ',')
    };
    if figures.len() != labels.len() || !figures.iter().all(figure) {
        return Cow::Borrowed(text);
    }
    let pairs: Vec<String> = (labels.iter().zip(&figures))
        .map(|(label, figure)| format!("{label} {figure}"))
        .collect();
    let after = &rest[said.len()..];
    Cow::Owned(format!("{}{after}", pairs.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{EN, FR};

    #[test]
    fn each_figure_goes_with_the_metric_in_its_place() {
        assert_eq!(slash_pairs("dead/injured: 9/31", EN), "dead 9, injured 31");
        assert_eq!(
            slash_pairs("killed/hurt/missing: 3/12/4 (police)", EN),
            "killed 3, hurt 12, missing 4 (police)"
        );
        assert_eq!(
            slash_pairs("morts/blessés : 4/1,200", FR),
            "morts 4, blessés 1,200"
        );
    }

    #[test]
    fn lists_that_do_not_pair_up_stay_as_typed() {
        for text in [
            "dead/injured: 9",
            "dead/injured: 9/31/4",
            "Kabul/Herat: 9/31",
            "toll: 9/31",
            "dead: 24/7 coverage",
        ] {
            assert_eq!(slash_pairs(text, EN), text);
        }
    }
}
