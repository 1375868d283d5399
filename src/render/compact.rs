//! `compare --format markdown --compact`: the comparison as an article
//! prints it. The pivot has a column per scope and reads badly in a
//! narrow text column; here each claimant (or source, `--by source`) has a
//! row with its figure and its date, and the outlets that carried the
//! figure become numbered footnotes instead of a wide column.
//!
//! Footnotes are GitHub-flavoured (`[^1]`), numbered in the order they are
//! first cited; figures carried by the same outlets share one note, so a
//! wire relayed ten times is one line under the table, not ten.

use super::markdown_cell;
use crate::interchange::display_value;
use crate::report::compare::Report;
use crate::text;

/// The compact table with its footnotes. A scope column appears only when
/// the comparison has more than one scope: with one, the heading says it.
pub fn compare_markdown(report: &Report) -> String {
    let cell = |s: &str| markdown_cell(&text::escape(s));
    let several = report.scopes.len() > 1;
    let mut out = String::new();
    if several {
        out.push_str(&format!(
            "| figure | scope | {} | date |\n",
            report.by.as_str()
        ));
        out.push_str("|---|---|---|---|\n");
    } else {
        out.push_str(&format!("| figure | {} | date |\n", report.by.as_str()));
        out.push_str("|---|---|---|\n");
    }
    let mut notes: Vec<Vec<String>> = Vec::new();
    for scope in &report.scopes {
        for row in &report.rows {
            let Some(c) = report.cell(row, scope) else {
                continue;
            };
            let mut figure = cell(&display_value(&c.claim.value, &c.claim.text));
            if !c.sources.is_empty() {
                let n = match notes.iter().position(|s| *s == c.sources) {
                    Some(i) => i + 1,
                    None => {
                        notes.push(c.sources.clone());
                        notes.len()
                    }
                };
                figure.push_str(&format!("[^{n}]"));
            }
            // After the note: `![^1]` would start an image.
            if c.conflict {
                figure.push_str(" !");
            }
            let mut date = crate::domain::iso_day(c.claim.as_of.date());
            if c.stale {
                date.push_str(" (stale)");
            }
            let label = if scope.1.is_empty() {
                scope.0.clone()
            } else {
                format!("{} ({})", scope.0, scope.1)
            };
            if several {
                out.push_str(&format!(
                    "| {figure} | {} | {} | {date} |\n",
                    cell(&label),
                    cell(row)
                ));
            } else {
                out.push_str(&format!("| {figure} | {} | {date} |\n", cell(row)));
            }
        }
    }
    // Only the marks the table uses are explained.
    let mut legend = Vec::new();
    if report.cells.iter().any(|c| c.conflict) {
        legend.push("! disagrees with another current figure");
    }
    if report.cells.iter().any(|c| c.stale) {
        legend.push("(stale) older than the window of the newest");
    }
    if !legend.is_empty() {
        out.push_str(&format!("\n{}\n", legend.join(" · ")));
    }
    if !notes.is_empty() {
        out.push('\n');
    }
    for (i, sources) in notes.iter().enumerate() {
        let names: Vec<String> = sources.iter().map(|s| cell(s)).collect();
        out.push_str(&format!("[^{}]: {}\n", i + 1, names.join(", ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::compare::{By, compare};
    use crate::report::fixture::*;
    use crate::report::{Cumulative, DAY, Moment};

    #[test]
    fn one_row_per_claimant_and_shared_footnotes() {
        let claims = vec![
            ministry_26(1, "AFP"),
            ministry_26(2, "Reuters"),
            ClaimBuilder::deaths(30)
                .number(3)
                .by("Mayor | Almaty")
                .source("AFP")
                .day(7)
                .build(),
        ];
        let report = compare(&claims, By::Claimant, Moment::NOW, DAY, &Cumulative::new());
        let md = compare_markdown(&report);
        let lines: Vec<&str> = md.lines().collect();
        assert_eq!(lines[0], "| figure | claimant | date |", "{md}");
        assert_eq!(lines[1], "|---|---|---|");
        // Two claimants, two rows; the pipe in a name is escaped.
        assert!(
            lines[2].starts_with("| 26[^1]")
                && lines[2].contains("| Interior Ministry | 2022-01-07 |"),
            "{md}"
        );
        assert!(
            lines[3].starts_with("| 30[^2]") && lines[3].contains("| Mayor \\| Almaty |"),
            "{md}"
        );
        assert!(md.contains("[^1]: AFP, Reuters\n"), "{md}");
        assert!(md.contains("[^2]: AFP\n"), "{md}");
        // The two figures disagree: marked after the note, not before it
        // (`![^1]` would read as an image).
        assert!(!md.contains("!["), "{md}");
    }
}
