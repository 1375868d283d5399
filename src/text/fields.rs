//! Field rules: which characters claimlog stores, and how any others are
//! shown.
//!
//! A name or a text that reaches a terminal must not steer it (ESC, BEL,
//! C1 controls), reorder what is printed around it (bidirectional
//! overrides and isolates), or hide inside an identical-looking name (`AF`
//! NUL `P` printing as `AFP`, a zero-width space in `AFP`). So:
//!
//! - every field refuses control characters (C0, DEL, C1), the line and
//!   paragraph separators U+2028/U+2029, the bidirectional embeddings,
//!   overrides and isolates (U+202A–U+202E, U+2066–U+2069), noncharacters,
//!   and the invisible characters that no script needs (zero-width space,
//!   word joiner, byte-order mark, Hangul fillers, tag characters, …);
//! - quotes and notes may also hold tabs and line feeds (a pasted
//!   paragraph);
//! - names and keys (event, metric, qualifier, unit, source, claimant,
//!   aliases, tags, ids, urls, language) further refuse every
//!   default-ignorable character, the ones some scripts do need in running
//!   text too (zero-width joiner and non-joiner, left-to-right and
//!   right-to-left marks, soft hyphen, variation selectors): in a name they
//!   only make a look-alike;
//! - urls are http:// or https:// links.
//!
//! On the way out, `escape` shows whatever an older database still holds
//! (and tabs and line feeds) as `\t`, `\n`, `\u{1B}`, so tables, Markdown,
//! SVG text and error messages never carry them raw.

use crate::domain::Claim;
use std::borrow::Cow;
use std::fmt;

/// What a field may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A name or key, matched and grouped by its characters: one line, no
    /// invisible characters at all.
    Name,
    /// Running text on one line (a value as said, a reason, a title).
    Text,
    /// Running text that may hold tabs and line feeds (a quote, a note).
    Paragraph,
    /// A link: a name that starts with http:// or https://.
    Url,
}

/// Why a field was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// `ch`, the `position`-th character (from 1), may not be in `field`.
    Char {
        field: String,
        position: usize,
        ch: char,
        rule: Rule,
    },
    /// Not an http(s) link.
    Url { field: String, url: String },
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::Char {
                field,
                position,
                ch,
                rule,
            } => {
                let code = u32::from(*ch);
                write!(f, "{field}: character {position} is U+{code:04X}")?;
                if let Some(name) = char_name(*ch) {
                    write!(f, " {name}")?;
                }
                let why = if matches!(ch, '\t' | '\n') {
                    "tabs and line breaks are kept only in quote and note"
                } else if ch.is_control() {
                    "a control character, which could drive the terminal that shows it"
                } else if is_bidi_control(*ch) {
                    "a bidirectional control, which reorders the text shown around it"
                } else if matches!(ch, '\u{2028}' | '\u{2029}') {
                    "a line break in disguise"
                } else if is_noncharacter(*ch) {
                    "a noncharacter, never text"
                } else if *rule == Rule::Name || *rule == Rule::Url {
                    "invisible, so a name holding it looks like another; write it without"
                } else {
                    "invisible, so the text would not show what it holds"
                };
                write!(f, " ({why})")
            }
            Refused::Url { field, url } => write!(
                f,
                "{field}: '{}' is not a web link (give an http:// or https:// address)",
                escape(url)
            ),
        }
    }
}

impl std::error::Error for Refused {}

/// Checks that `text` may be stored in `field` under `rule`.
pub fn check(field: &str, text: &str, rule: Rule) -> Result<(), Refused> {
    if !plain_ascii(text) {
        for (i, ch) in text.chars().enumerate() {
            if refused(ch, rule) {
                return Err(Refused::Char {
                    field: field.to_string(),
                    position: i + 1,
                    ch,
                    rule,
                });
            }
        }
    }
    if rule == Rule::Url && !text.is_empty() && !is_web_link(text) {
        return Err(Refused::Url {
            field: field.to_string(),
            url: text.to_string(),
        });
    }
    Ok(())
}

/// Checks several `(field, text, rule)` at once, stopping at the first
/// refusal.
pub fn check_all<'a>(
    fields: impl IntoIterator<Item = (&'a str, &'a str, Rule)>,
) -> Result<(), Refused> {
    fields
        .into_iter()
        .try_for_each(|(field, text, rule)| check(field, text, rule))
}

/// An optional flag's text, empty when it was not given.
pub fn or_empty(flag: &Option<String>) -> &str {
    flag.as_deref().unwrap_or("")
}

/// The rule an interchange column (CSV column, JSON key) follows on
/// import: the same as the claim field it fills.
pub fn column_rule(column: &str) -> Rule {
    match column {
        "quote" | "note" => Rule::Paragraph,
        "url" => Rule::Url,
        "value" | "reason" | "low" | "high" | "as_of" | "said_at" | "published_at"
        | "retracted_at" => Rule::Text,
        _ => Rule::Name,
    }
}

/// A claim's stored texts by their interchange names, each with its rule.
fn claim_fields(claim: &Claim) -> [(&'static str, &str, Rule); 15] {
    [
        ("id", &claim.id, Rule::Name),
        ("event", &claim.event, Rule::Name),
        ("metric", &claim.metric, Rule::Name),
        ("qualifier", &claim.qualifier, Rule::Name),
        ("value", &claim.text, Rule::Text),
        ("unit", &claim.unit, Rule::Name),
        ("source", &claim.source, Rule::Name),
        ("claimant", &claim.claimant, Rule::Name),
        ("citing", &claim.citing, Rule::Name),
        ("url", &claim.url, Rule::Url),
        ("quote", &claim.quote, Rule::Paragraph),
        ("note", &claim.note, Rule::Paragraph),
        ("reason", &claim.retract_reason, Rule::Text),
        ("retracted_by", &claim.retracted_by, Rule::Name),
        (
            "superseded_by",
            claim.superseded_by.as_deref().unwrap_or(""),
            Rule::Name,
        ),
    ]
}

/// Checks every text of a claim about to be stored.
pub fn check_claim(claim: &Claim) -> Result<(), Refused> {
    check_all(claim_fields(claim))?;
    check_all(claim.tags.iter().map(|t| ("tags", t.as_str(), Rule::Name)))
}

/// A claim whose every text passed `check_claim`, so the store can take
/// it without checking again (an import checks on its reading thread while
/// the writing thread stores). Only `CheckedClaim::new` makes one.
#[derive(Debug)]
pub struct CheckedClaim(Claim);

impl CheckedClaim {
    pub fn new(claim: Claim) -> Result<CheckedClaim, Refused> {
        check_claim(&claim)?;
        Ok(CheckedClaim(claim))
    }

    pub fn claim(&self) -> &Claim {
        &self.0
    }
}

/// Checks the texts a change brings to a claim, and only those: a claim
/// an older version stored with a character now refused can still be
/// retracted, removed, restored or mended field by field.
pub fn check_changes(before: &Claim, after: &Claim) -> Result<(), Refused> {
    let old = claim_fields(before);
    check_all(
        claim_fields(after)
            .into_iter()
            .zip(old)
            .filter(|(new, old)| new.1 != old.1)
            .map(|(new, _)| new),
    )?;
    check_all(
        after
            .tags
            .iter()
            .filter(|t| !before.tags.contains(t))
            .map(|t| ("tags", t.as_str(), Rule::Name)),
    )
}

/// Whether `text` is an http:// or https:// link with something after the
/// scheme (`javascript:`, `data:` and bare words are not links to a source).
pub fn is_web_link(text: &str) -> bool {
    let starts = |scheme: &str| {
        text.as_bytes()
            .get(..scheme.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(scheme.as_bytes()))
    };
    // Both schemes are ASCII, so the cut falls between characters.
    let rest = if starts("https://") {
        &text[8..]
    } else if starts("http://") {
        &text[7..]
    } else {
        return false;
    };
    !rest.is_empty() && !rest.starts_with('/')
}

/// Whether `ch` may not be stored under `rule`.
fn refused(ch: char, rule: Rule) -> bool {
    match ch {
        '\t' | '\n' => rule != Rule::Paragraph,
        _ if unsafe_char(ch) => true,
        _ => matches!(rule, Rule::Name | Rule::Url) && is_default_ignorable(ch),
    }
}

/// Characters no field may hold and no output shows raw: controls, line
/// and paragraph separators, noncharacters, and invisible characters
/// other than the few some scripts need in running text.
fn unsafe_char(ch: char) -> bool {
    ch.is_control()
        || matches!(ch, '\u{2028}' | '\u{2029}')
        || is_noncharacter(ch)
        || (is_default_ignorable(ch) && !is_orthographic(ch))
}

/// The text with every character `unsafe_char` names (tabs and line feeds
/// too) written as an escape: `\t`, `\n`, `\r`, else `\u{1B}`. Borrowed when
/// there is nothing to escape.
pub fn escape(text: &str) -> Cow<'_, str> {
    if plain_ascii(text) || !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        match ch {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if unsafe_char(ch) => out.push_str(&format!("\\u{{{:X}}}", u32::from(ch))),
            _ => out.push(ch),
        }
    }
    Cow::Owned(out)
}

/// Whether `text` is all printable ASCII, as most fields are: then nothing
/// in it can be refused. Every import row passes here, so the loop has no
/// early exit and the compiler turns it into wide compares.
fn plain_ascii(text: &str) -> bool {
    text.bytes()
        .fold(true, |plain, b| plain & (b.wrapping_sub(0x20) < 0x5f))
}

/// U+202A–U+202E and U+2066–U+2069: they reorder everything after them.
fn is_bidi_control(ch: char) -> bool {
    matches!(ch, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// U+FDD0–U+FDEF and the last two code points of every plane.
fn is_noncharacter(ch: char) -> bool {
    let c = u32::from(ch);
    (0xFDD0..=0xFDEF).contains(&c) || (c & 0xFFFE) == 0xFFFE
}

/// Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt):
/// characters drawn as nothing. The property is stable by policy (future
/// invisible characters are assigned inside these ranges), so the table
/// does not age; a dependency on a full Unicode database would bring
/// nothing more.
fn is_default_ignorable(ch: char) -> bool {
    matches!(
        ch,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// The invisible characters real text needs: joiners and non-joiners
/// (Persian, Indic scripts, emoji), direction marks (Arabic, Hebrew), soft
/// hyphens (pasted web copy), variation selectors (emoji, CJK) and the
/// grapheme joiner. Allowed in running text, never in names.
fn is_orthographic(ch: char) -> bool {
    matches!(
        ch,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{180B}'..='\u{180D}'
            | '\u{180F}'
            | '\u{200C}'..='\u{200F}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

/// The names of the characters people meet, for messages.
fn char_name(ch: char) -> Option<&'static str> {
    Some(match ch {
        '\0' => "NUL",
        '\u{7}' => "BELL",
        '\u{8}' => "BACKSPACE",
        '\t' => "TAB",
        '\n' => "LINE FEED",
        '\r' => "CARRIAGE RETURN",
        '\u{1B}' => "ESCAPE",
        '\u{7F}' => "DELETE",
        '\u{9B}' => "CONTROL SEQUENCE INTRODUCER",
        '\u{9D}' => "OPERATING SYSTEM COMMAND",
        '\u{AD}' => "SOFT HYPHEN",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused_char(text: &str, rule: Rule) -> Option<char> {
        match check("f", text, rule) {
            Err(Refused::Char { ch, .. }) => Some(ch),
            _ => None,
        }
    }

    #[test]
    fn plain_text_in_every_script_passes() {
        for text in [
            "franceinfo",
            "France Télévisions",
            "ministère de l'Intérieur",
            "Генпрокуратура Казахстана",
            "وزارة الداخلية",
            "8 000",
            "≥26 ~8,000",
            "",
        ] {
            for rule in [Rule::Name, Rule::Text, Rule::Paragraph] {
                assert_eq!(check("f", text, rule), Ok(()), "{text:?} {rule:?}");
            }
        }
    }

    #[test]
    fn controls_and_reordering_characters_are_refused_everywhere() {
        for ch in [
            '\0',
            '\u{7}',
            '\u{8}',
            '\r',
            '\u{1B}',
            '\u{7F}',
            '\u{85}',
            '\u{9B}',
            '\u{9D}',
            '\u{2028}',
            '\u{2029}',
            '\u{202A}',
            '\u{202E}',
            '\u{2066}',
            '\u{2069}',
            '\u{200B}',
            '\u{2060}',
            '\u{FEFF}',
            '\u{3164}',
            '\u{E0041}',
            '\u{FFFF}',
            '\u{FDD0}',
        ] {
            let text = format!("AF{ch}P");
            for rule in [Rule::Name, Rule::Text, Rule::Paragraph, Rule::Url] {
                assert_eq!(refused_char(&text, rule), Some(ch), "{ch:?} {rule:?}");
            }
        }
    }

    #[test]
    fn tabs_and_line_feeds_only_in_paragraphs() {
        for ch in ['\t', '\n'] {
            let text = format!("first{ch}second");
            assert_eq!(check("quote", &text, Rule::Paragraph), Ok(()));
            assert_eq!(refused_char(&text, Rule::Text), Some(ch));
            assert_eq!(refused_char(&text, Rule::Name), Some(ch));
        }
        // A Windows line end is refused: its carriage return is a control.
        assert_eq!(refused_char("a\r\nb", Rule::Paragraph), Some('\r'));
    }

    #[test]
    fn joiners_and_marks_are_text_but_never_names() {
        for text in [
            "می\u{200C}خواهم",
            "👩\u{200D}⚕️",
            "\u{200F}שלום",
            "news\u{AD}paper",
        ] {
            assert_eq!(check("quote", text, Rule::Text), Ok(()), "{text:?}");
            assert!(refused_char(text, Rule::Name).is_some(), "{text:?}");
        }
    }

    #[test]
    fn messages_name_the_field_the_position_and_the_code() {
        let err = check("--source", "AF\0P", Rule::Name)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("--source: character 3 is U+0000 NUL ("),
            "{err}"
        );
        let err = check("qualifier", "a\nb", Rule::Name)
            .unwrap_err()
            .to_string();
        assert!(err.contains("U+000A LINE FEED"), "{err}");
        assert!(err.contains("only in quote and note"), "{err}");
        let err = check("x", "\u{202E}", Rule::Text).unwrap_err().to_string();
        assert!(err.contains("U+202E RIGHT-TO-LEFT OVERRIDE"), "{err}");
        let err = check("x", "\u{E0041}", Rule::Text).unwrap_err().to_string();
        assert!(err.contains("U+E0041 (invisible"), "{err}");
    }

    #[test]
    fn only_web_links_are_urls() {
        for good in [
            "https://example.org/a",
            "HTTP://example.org",
            "http://x",
            "",
        ] {
            assert_eq!(check("url", good, Rule::Url), Ok(()), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript://%0aalert(1)",
            "data:text/html,<script>",
            "example.org",
            "https://",
            "http:///path",
            "ftp://example.org",
        ] {
            assert!(
                matches!(check("url", bad, Rule::Url), Err(Refused::Url { .. })),
                "{bad}"
            );
        }
        let err = check("--url", "javascript:\u{1B}", Rule::Url).unwrap_err();
        assert!(matches!(err, Refused::Char { .. }), "{err}");
    }

    fn claim() -> Claim {
        crate::report::fixture::claim(
            1,
            "deaths",
            "",
            crate::report::fixture::count(26.0, 26.0),
            7,
            "AFP",
            "Ministry",
        )
    }

    #[test]
    fn a_claim_is_checked_field_by_field_under_its_column_name() {
        assert_eq!(check_claim(&claim()), Ok(()));
        let mut bad = claim();
        bad.tags = vec!["ok".into(), "b\u{1B}".into()];
        let err = check_claim(&bad).unwrap_err().to_string();
        assert!(err.starts_with("tags: character 2 is U+001B"), "{err}");
        bad = claim();
        bad.quote = "a\nb".into();
        assert_eq!(check_claim(&bad), Ok(()));
        bad.retract_reason = "a\nb".into();
        assert!(
            check_claim(&bad)
                .unwrap_err()
                .to_string()
                .starts_with("reason: ")
        );
        // Every field is named as its interchange column, ruled as on import.
        for (name, _, rule) in claim_fields(&claim()) {
            assert!(crate::interchange::COLUMNS.contains(&name), "{name}");
            assert_eq!(column_rule(name), rule, "{name}");
        }
    }

    #[test]
    fn a_change_is_checked_only_for_what_it_brings() {
        let mut old = claim();
        old.source = "AF\0P".into();
        old.tags = vec!["\u{7}".into()];
        let mut edited = old.clone();
        edited.note = "checked".into();
        assert_eq!(check_changes(&old, &edited), Ok(()));
        edited.claimant = "\u{202E}x".into();
        let err = check_changes(&old, &edited).unwrap_err().to_string();
        assert!(err.starts_with("claimant: "), "{err}");
        edited = old.clone();
        edited.tags.push("\u{200B}".into());
        assert!(check_changes(&old, &edited).is_err());
        assert!(check_claim(&old).is_err());
    }

    #[test]
    fn escape_shows_what_is_hidden() {
        assert!(matches!(escape("AFP"), Cow::Borrowed("AFP")));
        assert!(matches!(escape("Télévisions"), Cow::Borrowed(_)));
        assert_eq!(escape("AF\0P"), "AF\\u{0}P");
        assert_eq!(
            escape("\u{1B}[2J\u{1B}]0;pwned\u{7}"),
            "\\u{1B}[2J\\u{1B}]0;pwned\\u{7}"
        );
        assert_eq!(escape("a\tb\nc\r"), "a\\tb\\nc\\r");
        assert_eq!(escape("\u{202E}fdp.exe"), "\\u{202E}fdp.exe");
        assert_eq!(escape("A\u{200B}FP\u{9B}"), "A\\u{200B}FP\\u{9B}");
        // What running text may hold is shown as it is.
        assert_eq!(escape("می\u{200C}خواهم"), "می\u{200C}خواهم");
        // Nothing escaped is left to refuse.
        for text in ["\u{1B}x", "\u{2066}\u{FEFF}", "\u{FFFE}"] {
            assert_eq!(check("f", &escape(text), Rule::Name), Ok(()), "{text:?}");
        }
    }
}
