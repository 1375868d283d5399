//! HXL, the Humanitarian Exchange Language: the interchange CSV with a row
//! of hashtags under the header, so humanitarian tools (HDX, the HXL
//! Proxy, libhxl) know what each column holds.
//!
//! Every interchange column keeps its name in the header and gets a tag;
//! the four figures humanitarian datasets share (killed, injured, missing,
//! displaced) also get columns of their own, `#affected+killed+min` and
//! `+max`, filled on that metric's rows only. Those are copies of `low` and
//! `high`: reading one back, it must agree with them (a spreadsheet edit of
//! one and not the other is an error, never a guess).
//!
//! Hashtags are core ones of the HXL dictionary (`#meta`, `#event`,
//! `#indicator`, `#date`, `#description`, `#status`, `#affected`);
//! attributes not in it name claimlog's own fields (`#meta+claimant`,
//! `#meta+qualifier`, ...), as HXL allows.

use super::{COLUMNS, Fields, Row};
use std::io::{self, Write};

/// The tag of each interchange column, in `COLUMNS` order.
pub const COLUMN_TAGS: &[(&str, &str)] = &[
    ("id", "#meta+id"),
    ("event", "#event+id"),
    ("metric", "#indicator+name"),
    ("qualifier", "#meta+qualifier"),
    ("kind", "#meta+kind"),
    ("value", "#meta+value+text"),
    ("low", "#indicator+num+min"),
    ("high", "#indicator+num+max"),
    ("approx", "#meta+approx"),
    ("unit", "#indicator+unit"),
    ("as_of", "#date+occurred"),
    ("said_at", "#date+reported"),
    ("published_at", "#date+published"),
    ("source", "#meta+source"),
    ("claimant", "#meta+claimant"),
    ("citing", "#meta+citing"),
    ("url", "#meta+url"),
    ("quote", "#description+quote"),
    ("lang", "#meta+lang"),
    ("status", "#status+claim"),
    ("note", "#description+note"),
    ("tags", "#meta+tags"),
    ("retracted_at", "#date+retracted"),
    ("reason", "#description+retraction"),
    ("retracted_by", "#meta+retracted_by"),
    ("superseded_by", "#meta+superseded_by"),
];

/// A metric humanitarian datasets count in a column of its own.
#[derive(Debug, PartialEq, Eq)]
pub struct Figure {
    pub metric: &'static str,
    /// The HXL attribute of the people counted (`+killed`).
    pub attribute: &'static str,
}

/// The figures with columns of their own: deaths, injured, missing and
/// displaced (internally displaced people, `+idps`).
pub const FIGURES: &[Figure] = &[
    Figure {
        metric: "deaths",
        attribute: "killed",
    },
    Figure {
        metric: "injured",
        attribute: "injured",
    },
    Figure {
        metric: "missing",
        attribute: "missing",
    },
    Figure {
        metric: "displaced",
        attribute: "idps",
    },
];

/// Which end of a figure a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Low,
    High,
}

impl End {
    fn column(self) -> &'static str {
        match self {
            End::Low => "low",
            End::High => "high",
        }
    }

    fn attribute(self) -> &'static str {
        match self {
            End::Low => "min",
            End::High => "max",
        }
    }
}

/// A figure column's header (`deaths_low`) and tag
/// (`#affected+killed+min`).
fn figure_column(figure: &Figure, end: End) -> (String, String) {
    (
        format!("{}_{}", figure.metric, end.column()),
        format!("#affected+{}+{}", figure.attribute, end.attribute()),
    )
}

/// Every figure column, in the order they follow the interchange columns.
fn figure_columns() -> impl Iterator<Item = (&'static Figure, End)> {
    FIGURES.iter().flat_map(|f| [(f, End::Low), (f, End::High)])
}

/// The figure a header names (`deaths_high`), if it names one.
pub fn figure_of_header(header: &str) -> Option<(&'static Figure, End)> {
    figure_columns().find(|(f, end)| figure_column(f, *end).0 == header)
}

/// The header row: the interchange columns, then the figure columns.
pub fn headers() -> Vec<String> {
    COLUMNS
        .iter()
        .map(|c| (*c).to_string())
        .chain(figure_columns().map(|(f, end)| figure_column(f, end).0))
        .collect()
}

/// The hashtag row, one tag under each header.
pub fn hashtags() -> Vec<String> {
    COLUMN_TAGS
        .iter()
        .map(|(_, tag)| (*tag).to_string())
        .chain(figure_columns().map(|(f, end)| figure_column(f, end).1))
        .collect()
}

/// Whether a CSV row is a row of HXL hashtags: each non-empty cell a tag
/// (`#name`, then `+attribute`s, spaces allowed between), at least one.
/// Such a row is never data: a value cannot start with `#` and hold only
/// tag characters and be a figure, a name or a date claimlog reads.
pub fn is_hashtag_row<'a>(cells: impl IntoIterator<Item = &'a str>) -> bool {
    let mut any = false;
    for cell in cells {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        if !is_tag(cell) {
            return false;
        }
        any = true;
    }
    any
}

/// `#name(+attribute)*`, names and attributes lower-case ASCII letters,
/// digits and `_`, starting with a letter (the HXL tagging conventions;
/// case is not significant, so upper case is read too).
fn is_tag(cell: &str) -> bool {
    let Some(rest) = cell.strip_prefix('#') else {
        return false;
    };
    let word = |w: &str| {
        let w = w.trim();
        w.starts_with(|c: char| c.is_ascii_alphabetic())
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    rest.split('+').all(word)
}

/// The figure cells of one record: its low and high under its metric's
/// columns, empty elsewhere.
fn figure_cells(metric: &str, low: &str, high: &str) -> impl Iterator<Item = String> {
    figure_columns().map(move |(f, end)| {
        if f.metric != metric {
            return String::new();
        }
        match end {
            End::Low => low.to_string(),
            End::High => high.to_string(),
        }
    })
}

/// Checks a read row's figure columns against its `low` and `high`: each
/// non-empty one must be its metric's, and hold the same figure.
pub fn check_figures(fields: &Fields, figures: &[(&Figure, End, String)]) -> Result<(), String> {
    let metric = fields.get("metric");
    for (figure, end, value) in figures {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let header = figure_column(figure, *end).0;
        if figure.metric != metric {
            return Err(format!(
                "{header}: a figure of {} on a row of metric '{metric}'",
                figure.metric
            ));
        }
        let own = fields.get(end.column());
        if !same_figure(value, own) {
            return Err(format!(
                "{header}: {value} disagrees with {} {own:?} (edit both, or clear {header})",
                end.column()
            ));
        }
    }
    Ok(())
}

/// The same figure written the same way, or as equal numbers (`26` and
/// `26.0`, as a spreadsheet may write it back).
fn same_figure(a: &str, b: &str) -> bool {
    a == b
        || matches!(
            (a.parse::<f64>(), b.parse::<f64>()),
            (Ok(x), Ok(y)) if x == y
        )
}

/// Records as HXL CSV: the header, the hashtag row, then the rows.
pub struct HxlWriter<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> HxlWriter<W> {
    pub fn new(out: W) -> io::Result<HxlWriter<W>> {
        let mut inner = csv::Writer::from_writer(out);
        inner.write_record(headers()).map_err(io::Error::other)?;
        inner.write_record(hashtags()).map_err(io::Error::other)?;
        Ok(HxlWriter { inner })
    }

    pub fn write(&mut self, record: &impl Row) -> io::Result<()> {
        let mut fields = record.to_csv_fields();
        let at = |name: &str| COLUMNS.iter().position(|c| *c == name).unwrap_or(0);
        let cells: Vec<String> = figure_cells(
            &fields[at("metric")],
            &fields[at("low")],
            &fields[at("high")],
        )
        .collect();
        fields.extend(cells);
        self.inner.write_record(&fields).map_err(io::Error::other)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_one_tag_in_order() {
        let tagged: Vec<&str> = COLUMN_TAGS.iter().map(|(c, _)| *c).collect();
        assert_eq!(tagged, COLUMNS);
        assert_eq!(headers().len(), hashtags().len());
        assert!(hashtags().iter().all(|t| is_tag(t)), "{:?}", hashtags());
    }

    #[test]
    fn figure_columns_name_their_metric_and_end() {
        let (header, tag) = figure_column(&FIGURES[0], End::Low);
        assert_eq!(
            (header.as_str(), tag.as_str()),
            ("deaths_low", "#affected+killed+min")
        );
        assert_eq!(
            figure_of_header("displaced_high").map(|(f, e)| (f.attribute, e)),
            Some(("idps", End::High))
        );
        assert!(figure_of_header("colour_low").is_none());
    }

    #[test]
    fn a_hashtag_row_is_told_from_data() {
        assert!(is_hashtag_row(["#meta+id", "", "#affected +killed +min"]));
        assert!(is_hashtag_row(["#META+ID"]));
        assert!(!is_hashtag_row(["#meta+id", "26"]));
        assert!(!is_hashtag_row(["", ""]));
        assert!(!is_hashtag_row(["#1", "#meta"]));
        assert!(!is_hashtag_row(["#meta+", "#meta"]));
        assert!(!is_hashtag_row(["#hashtag campaign"]));
    }

    #[test]
    fn figure_cells_fill_their_metric_only() {
        let cells: Vec<String> = figure_cells("injured", "18", "18").collect();
        assert_eq!(cells, ["", "", "18", "18", "", "", "", ""]);
        assert!(figure_cells("detained", "5", "").all(|c| c.is_empty()));
    }

    #[test]
    fn read_figures_must_agree_with_low_and_high() {
        let mut fields = Fields::new();
        fields.set("metric", "deaths");
        fields.set("low", "26");
        fields.set("high", "26");
        let deaths = &FIGURES[0];
        assert!(check_figures(&fields, &[(deaths, End::Low, "26.0".into())]).is_ok());
        let err = check_figures(&fields, &[(deaths, End::High, "30".into())]).unwrap_err();
        assert!(
            err.starts_with("deaths_high: 30 disagrees with high"),
            "{err}"
        );
        let err = check_figures(&fields, &[(&FIGURES[1], End::Low, "3".into())]).unwrap_err();
        assert_eq!(
            err,
            "injured_low: a figure of injured on a row of metric 'deaths'"
        );
    }
}
