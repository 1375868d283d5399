//! Fitting a table to a width, and choosing its columns.
//!
//! A terminal is narrow and a claim table is wide (158–337 characters on
//! the samples). Each grid names its low-value columns, least useful first;
//! when a table drawn on one line per row is wider than the terminal, those
//! columns go one by one, in that order, until it fits. What still does not
//! fit wraps inside its cells (comfy-table's dynamic arrangement). The
//! figure, its date, its source and its claimant are never dropped: a desk
//! reads a row by them. `--columns` overrides all of this: the reader's
//! choice is shown as given, in the order given.
//!
//! Off a terminal (pipes, tests, the README) there is no width unless
//! `--width` gives one, so output there is what it always was.

use super::Grid;
use crate::text;
use anyhow::{Result, bail};

/// The width to fit, if any: `--width`, else on a terminal `COLUMNS`, else
/// the terminal's own width. Off a terminal, only `--width` counts: a
/// `COLUMNS` exported by a shell must not change what a pipe receives.
pub fn width(flag: Option<u16>, terminal: bool) -> Option<u16> {
    if flag.is_some() || !terminal {
        return flag;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&w| w > 0)
        .or_else(|| comfy_table::Table::new().width())
}

/// The width of the grid drawn with one line per row, as the condensed
/// UTF-8 preset draws it: `│ a │ b │` is each column plus three, plus one.
pub fn natural_width(grid: &Grid) -> usize {
    let mut widths: Vec<usize> = grid
        .headers
        .iter()
        .map(|h| text::escape(h).chars().count())
        .collect();
    for row in &grid.rows {
        for (i, (cell, _)) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(text::escape(cell).chars().count());
            }
        }
    }
    widths.iter().map(|w| w + 3).sum::<usize>() + 1
}

impl Grid {
    /// Marks columns that may be dropped to fit a width, least useful first.
    pub fn dropping(mut self, columns: &[&str]) -> Grid {
        self.droppable = columns.iter().map(|c| c.to_string()).collect();
        self
    }

    /// The grid without column `i`.
    fn without(&mut self, i: usize) {
        self.headers.remove(i);
        for row in &mut self.rows {
            if i < row.len() {
                row.remove(i);
            }
        }
    }

    /// Drops low-value columns, in the grid's order, until it fits `width`
    /// on one line per row (or none is left to drop). Returns the dropped
    /// columns' names, for the line under the table.
    pub fn fit(&mut self, width: u16) -> Vec<String> {
        let mut dropped = Vec::new();
        let order = std::mem::take(&mut self.droppable);
        for name in &order {
            if natural_width(self) <= usize::from(width) {
                break;
            }
            if let Some(i) = self.headers.iter().position(|h| h == name) {
                self.without(i);
                dropped.push(name.clone());
            }
        }
        dropped
    }

    /// Only the named columns, in the order named (`--columns`). A name is
    /// matched without regard to case; an unknown one is an error that
    /// lists the known ones.
    pub fn select(&self, columns: &[String]) -> Result<Grid> {
        let mut picks = Vec::new();
        for name in columns {
            let name = name.trim();
            match self
                .headers
                .iter()
                .position(|h| h.eq_ignore_ascii_case(name))
            {
                Some(i) => picks.push(i),
                None => bail!(
                    "--columns: no column {name:?}; known: {}",
                    self.headers.join(", ")
                ),
            }
        }
        if picks.is_empty() {
            bail!(
                "--columns: name at least one of: {}",
                self.headers.join(", ")
            );
        }
        Ok(Grid {
            headers: picks.iter().map(|&i| self.headers[i].clone()).collect(),
            rows: self
                .rows
                .iter()
                .map(|r| picks.iter().filter_map(|&i| r.get(i).cloned()).collect())
                .collect(),
            // The reader chose: nothing more is dropped.
            droppable: Vec::new(),
        })
    }
}

/// `--columns a,b,c` for the commands that print claim tables and reports.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Columns {
    /// Show only these columns, in this order (tables and Markdown; CSV
    /// and JSON stay whole). Without it, a table on a terminal drops its
    /// least useful columns to fit the width.
    #[arg(long, value_delimiter = ',', value_name = "A,B,...")]
    pub columns: Option<Vec<String>>,
}

impl Columns {
    /// The grid with the chosen columns, or as it is.
    pub fn apply(&self, grid: Grid) -> Result<Grid> {
        match &self.columns {
            Some(c) => grid.select(c),
            None => Ok(grid),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wide() -> Grid {
        let mut g = Grid::new(&["#", "value", "as said", "source", "status"])
            .dropping(&["as said", "status"]);
        g.push(vec![
            "1".into(),
            "26".into(),
            "26 armed criminals killed, 18 wounded in the night".into(),
            "AFP".into(),
            "active".into(),
        ]);
        g
    }

    #[test]
    fn natural_width_counts_borders_and_padding() {
        let mut g = Grid::new(&["ab", "c"]);
        g.push(vec!["x".into(), "long".into()]);
        // │ ab │ long │
        assert_eq!(natural_width(&g), 13);
        let drawn = g.table_at(false, None);
        assert!(drawn.lines().all(|l| l.chars().count() == 13), "{drawn}");
    }

    #[test]
    fn fit_drops_in_order_only_what_it_must() {
        let mut g = wide();
        assert_eq!(g.fit(200), Vec::<String>::new());
        assert_eq!(g.headers.len(), 5);
        let mut g = wide();
        // Dropping the quote is enough: status stays.
        assert_eq!(g.fit(40), vec!["as said".to_string()]);
        assert_eq!(g.headers, ["#", "value", "source", "status"]);
        let mut g = wide();
        assert_eq!(g.fit(10), vec!["as said".to_string(), "status".into()]);
        // Never a column that was not named droppable.
        assert_eq!(g.headers, ["#", "value", "source"]);
    }

    #[test]
    fn select_orders_and_refuses_unknown_columns() {
        let g = wide().select(&["Source".into(), "value".into()]).unwrap();
        assert_eq!(g.headers, ["source", "value"]);
        assert_eq!(g.rows[0][0].0, "AFP");
        assert!(g.droppable.is_empty());
        let err = wide().select(&["figure".into()]).unwrap_err().to_string();
        assert_eq!(
            err,
            "--columns: no column \"figure\"; known: #, value, as said, source, status"
        );
        assert!(!err.contains('\n'));
    }

    #[test]
    fn width_off_a_terminal_is_only_the_flag() {
        assert_eq!(width(None, false), None);
        assert_eq!(width(Some(70), false), Some(70));
        assert_eq!(width(Some(70), true), Some(70));
    }
}
