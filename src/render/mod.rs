//! Rendering rows for people and programs: terminal tables (comfy-table),
//! Markdown, CSV and JSON. Reports and commands build a `Grid` (or JSON);
//! this module only lays it out.
//!
//! Tables and Markdown show every cell through `text::escape`, before any
//! width is measured, so a control character or a bidirectional override
//! an older database still holds can neither drive the terminal nor shift
//! the columns. CSV and JSON stay faithful data.

use crate::text;
use comfy_table::{Cell, Color, ContentArrangement, Table, presets};
use serde_json::Value as Json;
use std::io::{self, IsTerminal, Write};

mod layout;
pub use layout::Columns;

/// The output formats every printing command takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    /// One JSON record per line (records only: list, parse, show, extract,
    /// import, export; reports print JSON).
    Jsonl,
    Csv,
    Markdown,
    /// schema.org ClaimReview JSON-LD (export only).
    Claimreview,
    /// CSV with an HXL hashtag row under the header (export only).
    Hxl,
}

/// How output should look where it goes.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub format: Format,
    /// Colour only on a terminal, never with NO_COLOR.
    pub color: bool,
    /// The width tables fit (`layout::width`); None keeps lines whole.
    pub width: Option<u16>,
}

impl Style {
    /// The style for stdout: `table` unless told otherwise.
    pub fn for_stdout(format: Option<Format>, width: Option<u16>) -> Style {
        let terminal = io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Style {
            format: format.unwrap_or(Format::Table),
            color: terminal && !no_color,
            width: layout::width(width, terminal),
        }
    }
}

/// A cell's emphasis; drawn as colour on a terminal and ignored elsewhere
/// (plain markers carry the meaning there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Plain,
    Warn,
    Dim,
    Good,
}

/// Rows of text with headers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grid {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<(String, Mark)>>,
    /// Columns a narrow width may drop, least useful first (`layout`).
    pub droppable: Vec<String>,
}

impl Grid {
    pub fn new(headers: &[&str]) -> Grid {
        Grid {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            droppable: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows
            .push(row.into_iter().map(|c| (c, Mark::Plain)).collect());
    }

    pub fn push_marked(&mut self, row: Vec<(String, Mark)>) {
        self.rows.push(row);
    }

    /// A terminal table; with a width, low-value columns are dropped
    /// until it fits (a line under it names them) and the rest wraps.
    pub fn to_table(&self, color: bool, width: Option<u16>) -> String {
        let Some(w) = width else {
            return self.table_at(color, None);
        };
        let mut fitted = self.clone();
        let dropped = fitted.fit(w);
        let mut out = fitted.table_at(color, Some(w));
        if !dropped.is_empty() {
            out.push_str(&format!(
                "(hidden to fit {w} columns: {}; --columns to choose)\n",
                dropped.join(", ")
            ));
        }
        out
    }

    /// A table fitted to `width` columns (None: lines kept whole).
    fn table_at(&self, color: bool, width: Option<u16>) -> String {
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_header(self.headers.iter().map(|h| Cell::new(text::escape(h))));
        match width {
            Some(w) => {
                table
                    .set_content_arrangement(ContentArrangement::Dynamic)
                    .set_width(w);
            }
            None => {
                table.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        for row in &self.rows {
            table.add_row(row.iter().map(|(text, mark)| {
                let cell = Cell::new(text::escape(text));
                match (color, mark) {
                    (true, Mark::Warn) => cell.fg(Color::Red),
                    (true, Mark::Dim) => cell.fg(Color::DarkGrey),
                    (true, Mark::Good) => cell.fg(Color::Green),
                    _ => cell,
                }
            }));
        }
        if !color {
            table.force_no_tty();
        }
        format!("{table}\n")
    }

    /// A GitHub-flavoured Markdown table, ready to paste into an article.
    pub fn to_markdown(&self) -> String {
        let escape = |s: &str| markdown_cell(&text::escape(s));
        let mut out = String::new();
        out.push_str(&format!(
            "| {} |\n",
            self.headers
                .iter()
                .map(|h| escape(h))
                .collect::<Vec<_>>()
                .join(" | ")
        ));
        out.push_str(&format!(
            "|{}|\n",
            self.headers
                .iter()
                .map(|_| "---")
                .collect::<Vec<_>>()
                .join("|")
        ));
        for row in &self.rows {
            out.push_str(&format!(
                "| {} |\n",
                row.iter()
                    .map(|(c, _)| escape(c))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ));
        }
        out
    }

    /// CSV with a header. Figures grouped for reading (`8,000`) are written
    /// plain (`8000`) so spreadsheets take them as numbers.
    pub fn to_csv(&self) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let _ = writer.write_record(&self.headers);
        for row in &self.rows {
            let _ = writer.write_record(row.iter().map(|(c, _)| ungroup(c).into_owned()));
        }
        String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
    }

    /// The grid in a non-JSON format.
    pub fn render(&self, style: Style) -> String {
        match style.format {
            Format::Markdown => self.to_markdown(),
            Format::Csv => self.to_csv(),
            _ => self.to_table(style.color, style.width),
        }
    }
}

/// A cell's text as Markdown that renders as that text: the characters
/// that would end the cell (`|`), start HTML or an entity (`<`, `>`, `&`:
/// a claimant called `<img onerror=…>` stays text in the article), a link
/// (`[`, `]`) or a code span (`` ` ``) are escaped with a backslash, and so
/// is the backslash itself.
pub(crate) fn markdown_cell(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    for ch in cell.chars() {
        if matches!(ch, '\\' | '|' | '<' | '>' | '&' | '[' | ']' | '`') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// `7,939` → `7939`; anything that is not a grouped number is left as is.
fn ungroup(cell: &str) -> std::borrow::Cow<'_, str> {
    let (int, frac) = cell.split_once('.').unwrap_or((cell, ""));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let groups: Vec<&str> = digits.split(',').collect();
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
        && frac.bytes().all(|b| b.is_ascii_digit());
    if !grouped {
        return std::borrow::Cow::Borrowed(cell);
    }
    let mut plain = format!("{sign}{}", groups.concat());
    if !frac.is_empty() {
        plain.push('.');
        plain.push_str(frac);
    }
    std::borrow::Cow::Owned(plain)
}

/// Pretty JSON with a trailing newline.
pub fn json(value: &Json) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".into());
    s.push('\n');
    s
}

/// Writes to stdout; a closed pipe (`| head`) is not an error, and any
/// other failure says it was standard output that failed (`> /dev/full`).
pub fn print(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(io::Error::new(
            e.kind(),
            format!("writing standard output: {e}"),
        )),
        Ok(()) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Grid {
        let mut g = Grid::new(&["metric", "value"]);
        g.push(vec!["deaths".into(), "26".into()]);
        g.push(vec!["a|b".into(), "≥26".into()]);
        g
    }

    #[test]
    fn markdown_escapes_pipes() {
        let md = grid().to_markdown();
        assert_eq!(
            md,
            "| metric | value |\n|---|---|\n| deaths | 26 |\n| a\\|b | ≥26 |\n"
        );
    }

    #[test]
    fn csv_writes_grouped_figures_plain() {
        let mut g = Grid::new(&["best", "text"]);
        g.push(vec!["7,939".into(), "26, 18".into()]);
        g.push(vec!["-1,500,000.5".into(), "~8,000".into()]);
        assert_eq!(
            g.to_csv(),
            "best,text\n7939,\"26, 18\"\n-1500000.5,\"~8,000\"\n"
        );
    }

    #[test]
    fn csv_has_a_header() {
        assert_eq!(grid().to_csv(), "metric,value\ndeaths,26\na|b,≥26\n");
    }

    /// A grid whose names hold what an older database may: terminal
    /// controls, a window-title OSC, a bidirectional override, NUL.
    fn hostile() -> Grid {
        let mut g = Grid::new(&["source", "claimant", "quote"]);
        g.push(vec![
            "AF\0P".into(),
            "\u{1b}[31mred\u{1b}[0m\u{1b}]0;owned\u{7}\u{1b}[2J".into(),
            "line one\nline\ttwo \u{202e}txt.exe".into(),
        ]);
        g.push(vec!["AFP".into(), "Interior Ministry".into(), "26".into()]);
        g
    }

    fn assert_inert(out: &str) {
        for ch in ['\0', '\u{1b}', '\u{7}', '\u{202e}', '\t'] {
            assert!(!out.contains(ch), "{ch:?} in {out}");
        }
    }

    #[test]
    fn tables_show_controls_escaped_and_stay_aligned() {
        let g = hostile();
        // Lines kept whole (a pipe) and fitted to a narrow terminal: the
        // escapes are measured as the text they are, so every line of the
        // table has the same width.
        for width in [None, Some(60), Some(34)] {
            let t = g.table_at(false, width);
            assert_inert(&t);
            assert!(t.contains("AF\\u{0}P"), "{t}");
            let widths: Vec<usize> = t.lines().map(|l| l.chars().count()).collect();
            assert!(widths.windows(2).all(|w| w[0] == w[1]), "{width:?}\n{t}");
            if let Some(w) = width {
                assert!(widths[0] <= usize::from(w), "{t}");
            }
        }
        let t = g.table_at(false, None);
        assert!(t.contains("\\u{1B}[31mred"), "{t}");
        assert!(t.contains("line one\\nline\\ttwo \\u{202E}txt.exe"), "{t}");
        // One line per row: a newline in a cell does not break it.
        assert_eq!(t.lines().count(), 6, "{t}");
        // Colour is ours alone: the red cell's own ESC never comes through.
        let coloured = g.table_at(true, None);
        assert!(!coloured.contains("\u{1b}[31mred"), "{coloured}");
    }

    #[test]
    fn markdown_shows_controls_escaped_and_markup_as_text() {
        let md = hostile().to_markdown();
        assert_inert(&md);
        assert_eq!(md.lines().count(), 4, "{md}");
        // The escape's backslash is itself escaped: it renders as `\u{0}`.
        assert!(md.contains("| AF\\\\u{0}P |"), "{md}");
        let mut g = Grid::new(&["claimant"]);
        g.push(vec![
            "<img src=x onerror=alert(1)> & [x](javascript:y) `c` \\|".into(),
        ]);
        assert_eq!(
            g.to_markdown(),
            "| claimant |\n|---|\n| \\<img src=x onerror=alert(1)\\> \\& \\[x\\](javascript:y) \\`c\\` \\\\\\| |\n"
        );
    }

    #[test]
    fn csv_keeps_the_bytes() {
        let csv = hostile().to_csv();
        assert!(csv.contains("AF\0P"), "{csv:?}");
        assert!(csv.contains("\u{1b}[31m"), "{csv:?}");
    }

    #[test]
    fn tables_without_colour_have_no_escape_codes() {
        let t = grid().to_table(false, None);
        assert!(!t.contains('\u{1b}'));
        assert!(t.contains("deaths"));
    }
}
pub mod compact;
pub mod html;
pub mod reports;
pub mod svg;
