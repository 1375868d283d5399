//! What a line typed in a `log` session is: a context line, one of the
//! inline commands, or a quick entry to record. Only the line's first word
//! decides; anything that is not a known form is an entry, so a figure is
//! never taken for a command.

use super::context::Key;

/// One line of a session, borrowed from the text typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line<'a> {
    /// Nothing, or a `#` comment (notes files keep their headings).
    Blank,
    /// A context line: the field and the value (`-` clears it).
    Set(Key, &'a str),
    /// `? TEXT`: show the reading, record nothing.
    Preview(&'a str),
    Undo,
    /// `retract N REASON`.
    Retract {
        id: &'a str,
        reason: &'a str,
    },
    /// `correct N VALUE`.
    Correct {
        id: &'a str,
        value: &'a str,
    },
    /// `show N`.
    Show(&'a str),
    Help,
    /// A quick entry: read, shown and recorded.
    Entry(&'a str),
    /// A command word with the wrong arguments: the message says the form.
    Misused(&'static str),
}

/// The words a line can start with, as completion offers them.
pub const STARTS: &[&str] = &[
    "@ ",
    "by ",
    "said ",
    "citing ",
    "published ",
    "as of ",
    "url ",
    "lang ",
    "? ",
    "undo",
    "retract ",
    "correct ",
    "show ",
    "help",
];

/// The forms, as `help` lists them.
pub const HELP: &str = "\
Context (shared by the next entries until changed; `-` clears one):
  @ AFP                     the source
  by Interior Ministry      the claimant (by - : the outlet's own claim)
  citing Health Ministry    whom the claimant relays (an agency citing a ministry)
  said vendredi 14:00       when it was said (a date, a weekday, a local time)
  published 2022-01-07      when the source published it
  as of yesterday           the moment the figure describes
  url https://…             the link
  lang fr                   the language of the entries (guessed otherwise)
Entries (anything else): read, shown with the claim numbers they got, recorded at once
  26 armed criminals killed, 18 wounded
  ? TEXT                    show how TEXT reads, record nothing
Commands:
  undo                      remove the last entry's claims (kept in history)
  retract N REASON          mark claim N withdrawn
  correct N VALUE           record claim N's corrected value
  show N                    claim N with its history
  help                      this list
Ctrl-C drops the line being typed; Ctrl-D ends the session.";

/// Reads a line.
pub fn classify(line: &str) -> Line<'_> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return Line::Blank;
    }
    if let Some(rest) = line.strip_prefix('@') {
        return Line::Set(Key::Source, rest.trim());
    }
    if let Some(rest) = line.strip_prefix('?') {
        return Line::Preview(rest.trim());
    }
    let (first, rest) = split_word(line);
    match first.to_ascii_lowercase().as_str() {
        "by" => Line::Set(Key::By, rest),
        "citing" => Line::Set(Key::Citing, rest),
        "said" => Line::Set(Key::Said, rest),
        "published" => Line::Set(Key::Published, rest),
        "url" => Line::Set(Key::Url, rest),
        "lang" => Line::Set(Key::Lang, rest),
        "as" => match split_word(rest) {
            (of, value) if of.eq_ignore_ascii_case("of") => Line::Set(Key::AsOf, value),
            _ => Line::Entry(line),
        },
        "undo" if rest.is_empty() => Line::Undo,
        "undo" => Line::Misused("undo takes nothing: it removes the last entry's claims"),
        "help" => Line::Help,
        "show" => match split_word(rest) {
            (id, "") if !id.is_empty() => Line::Show(id),
            _ => Line::Misused("show N: the claim's number, e.g. show 12"),
        },
        "retract" => match split_word(rest) {
            (id, reason) if !id.is_empty() && !reason.is_empty() => Line::Retract { id, reason },
            _ => Line::Misused(
                "retract N REASON, e.g. retract 12 withdrawn by the ministry as an error",
            ),
        },
        "correct" => match split_word(rest) {
            (id, value) if !id.is_empty() && !value.is_empty() => Line::Correct { id, value },
            _ => Line::Misused("correct N VALUE, e.g. correct 12 at least 30"),
        },
        _ => Line::Entry(line),
    }
}

/// The first word and the rest, trimmed.
fn split_word(text: &str) -> (&str, &str) {
    let text = text.trim();
    match text.split_once(char::is_whitespace) {
        Some((first, rest)) => (first, rest.trim()),
        None => (text, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_lines_name_their_field() {
        assert_eq!(classify("@ AFP"), Line::Set(Key::Source, "AFP"));
        assert_eq!(classify("@AFP "), Line::Set(Key::Source, "AFP"));
        assert_eq!(
            classify("by Interior Ministry"),
            Line::Set(Key::By, "Interior Ministry")
        );
        assert_eq!(classify("By -"), Line::Set(Key::By, "-"));
        assert_eq!(
            classify("citing Health Ministry"),
            Line::Set(Key::Citing, "Health Ministry")
        );
        assert_eq!(
            classify("said vendredi 14:00"),
            Line::Set(Key::Said, "vendredi 14:00")
        );
        assert_eq!(classify("as of  hier"), Line::Set(Key::AsOf, "hier"));
        assert_eq!(classify("lang fr"), Line::Set(Key::Lang, "fr"));
        assert_eq!(classify("by"), Line::Set(Key::By, ""));
    }

    #[test]
    fn commands_take_their_arguments() {
        assert_eq!(classify("undo"), Line::Undo);
        assert_eq!(classify("show 12"), Line::Show("12"));
        assert_eq!(
            classify("retract 12 withdrawn as an error"),
            Line::Retract {
                id: "12",
                reason: "withdrawn as an error"
            }
        );
        assert_eq!(
            classify("correct 12 au moins 30"),
            Line::Correct {
                id: "12",
                value: "au moins 30"
            }
        );
        assert_eq!(classify("? 26 dead"), Line::Preview("26 dead"));
        assert!(matches!(classify("retract 12"), Line::Misused(_)));
        assert!(matches!(classify("show"), Line::Misused(_)));
        assert!(matches!(classify("undo 3"), Line::Misused(_)));
    }

    #[test]
    fn everything_else_is_an_entry() {
        assert_eq!(
            classify("26 dead, 18 wounded"),
            Line::Entry("26 dead, 18 wounded")
        );
        assert_eq!(
            classify("as many as 30 killed"),
            Line::Entry("as many as 30 killed")
        );
        assert_eq!(classify("  # morning wires"), Line::Blank);
        assert_eq!(classify("   "), Line::Blank);
        assert_eq!(
            classify("bypassed 3 checkpoints"),
            Line::Entry("bypassed 3 checkpoints")
        );
    }
}
