//! What a line pasted from a web page carries besides its copy: an HTML
//! entity left escaped (`9 dead &amp; 14 injured`) and a link to the story
//! (`88 hurt https://trib.lv/x8k2`, `story: lnk.to/f7Rz2`). Neither counts
//! anyone nor says who is counted.

use std::borrow::Cow;

/// Entities a page escapes in its copy, and what they stand for.
const ENTITIES: [(&str, &str); 6] = [
    ("&amp;", "&"),
    ("&nbsp;", " "),
    ("&quot;", "\""),
    ("&#39;", "'"),
    ("&apos;", "'"),
    ("&rsquo;", "’"),
];

/// `text` with escaped entities written as what they stand for and links
/// blanked, each padded with spaces to its length so every offset is kept.
pub(super) fn without_paste<'a>(text: &'a str) -> Cow<'a, str> {
    let mut out: Option<String> = None;
    for (entity, said) in ENTITIES {
        let current = out.as_deref().unwrap_or(text);
        if current.contains(entity) {
            let padded = format!("{said:<width$}", width = entity.len());
            out = Some(current.replace(entity, &padded));
        }
    }
    let current = out.as_deref().unwrap_or(text);
    let links: Vec<(usize, usize)> = current
        .split_whitespace()
        .filter(|w| is_link(w))
        .map(|w| {
            let at = w.as_ptr() as usize - current.as_ptr() as usize;
            (at, at + w.len())
        })
        .collect();
    if !links.is_empty() {
        let mut blanked = current.to_string();
        for (start, end) in links {
            blanked.replace_range(start..end, &" ".repeat(end - start));
        }
        out = Some(blanked);
    }
    out.map_or(Cow::Borrowed(text), Cow::Owned)
}

/// Whether a word is a link: a scheme (`https://…`), `www.`, or a host
/// of letters with a dot followed by a path (`lnk.to/f7Rz2`). A figure
/// with a slash (`9/31`, `10/14`) or a decimal (`9.4`) is no link.
fn is_link(word: &str) -> bool {
    let word = word.trim_matches(|c: char| "()[]<>,;".contains(c));
    if word.contains("://") || word.to_ascii_lowercase().starts_with("www.") {
        return true;
    }
    let Some((host, path)) = word.split_once('/') else {
        return false;
    };
    let labels: Vec<&str> = host.split('.').collect();
    // A host in lower case ("Lt.Col/2", "St.Ives/Penrith" are typed
    // words), and a path that is not a figure ("gov.uk/3 dead").
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase()))
        && labels[0].chars().any(|c| c.is_ascii_alphabetic())
        && !path.is_empty()
        && !path.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_read_as_what_they_stand_for() {
        assert_eq!(
            without_paste("9 dead &amp; 14 injured"),
            "9 dead &     14 injured"
        );
        assert_eq!(without_paste("9 dead & 14 injured"), "9 dead & 14 injured");
    }

    #[test]
    fn links_are_blanked() {
        for (text, kept) in [
            ("toll 31, 88 hurt https://trib.lv/x8k2", "toll 31, 88 hurt"),
            ("12 dead - story: lnk.to/f7Rz2", "12 dead - story:"),
            ("see www.gov.xy", "see"),
        ] {
            let blanked = without_paste(text);
            assert_eq!(blanked.trim_end(), kept);
            assert_eq!(blanked.len(), text.len());
        }
    }

    #[test]
    fn figures_with_slashes_or_points_are_no_links() {
        for text in [
            "dead/injured: 9/31",
            "as of 10/14, 22 dead",
            "9.4m; 6 drowned",
            "St. Ives/Penrith: 3 dead",
            "A.F.P./2 dead",
        ] {
            assert_eq!(without_paste(text), text);
        }
    }
}
