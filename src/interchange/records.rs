//! Reading interchange records from CSV (with a header), JSON Lines or a
//! JSON array, row by row, into a `RecordSink`. Rows stream through:
//! memory stays flat however long the input is. Each row is numbered by its
//! line (CSV, JSON Lines) or its place in the array.

use super::hxl::{self, End, Figure};
use super::{COLUMNS, Fields, IGNORED_KEYS, column_index, reading};
use anyhow::{Result, anyhow, bail};
use std::io::{BufRead, BufReader, Read};

/// Where rows go. An `Err` from either method stops the reading.
pub trait RecordSink {
    /// A row read whole.
    fn record(&mut self, line: u64, fields: &Fields) -> Result<()>;
    /// A row that is bad as a whole (not UTF-8, malformed CSV, not an
    /// object): it still counts as a row read.
    fn bad_row(&mut self, line: u64, message: String) -> Result<()>;
}

/// Reads every record of `input` into `sink`; `name` names the input in
/// errors about the whole of it (an unreadable header, an unknown column).
pub fn read_records(
    input: impl Read,
    jsonl: bool,
    name: &str,
    sink: &mut impl RecordSink,
) -> Result<()> {
    let mut input = BufReader::new(input);
    if jsonl && starts_with_bracket(&mut input) {
        read_json_array(input, name, sink)
    } else if jsonl {
        read_json_lines(input, name, sink)
    } else {
        read_csv(input, name, sink)
    }
}

/// A JSON array (`export --format json`) is read whole; JSON Lines stream.
fn read_json_array(mut input: impl Read, name: &str, sink: &mut impl RecordSink) -> Result<()> {
    let mut text = String::new();
    input
        .read_to_string(&mut text)
        .map_err(|e| anyhow!("{name}: cannot read: {e}"))?;
    let items = reading::objects_from_array(&text)
        .map_err(|e| anyhow!("{name}: not a JSON array of records: {e}"))?;
    for (i, item) in items.into_iter().enumerate() {
        let record = i as u64 + 1;
        match item.and_then(|object| Fields::from_json(&object).map_err(|e| e.to_string())) {
            Ok(fields) => sink.record(record, &fields)?,
            Err(e) => sink.bad_row(record, e)?,
        }
    }
    Ok(())
}

/// Lines are read as bytes so a line that is not UTF-8 is one bad row (a
/// dry run lists them all), not the end of the input.
fn read_json_lines(mut input: impl BufRead, name: &str, sink: &mut impl RecordSink) -> Result<()> {
    let mut bytes = Vec::new();
    let mut line_no = 0u64;
    loop {
        bytes.clear();
        let read = input
            .read_until(b'\n', &mut bytes)
            .map_err(|e| anyhow!("{name}:{}: cannot read: {e}", line_no + 1))?;
        if read == 0 {
            return Ok(());
        }
        line_no += 1;
        let fields = std::str::from_utf8(&bytes)
            .map_err(|_| "not UTF-8 text".to_string())
            .and_then(|text| {
                if text.trim().is_empty() {
                    return Ok(None);
                }
                let object = reading::object_from_line(text)?;
                Fields::from_json(&object)
                    .map(Some)
                    .map_err(|e| e.to_string())
            });
        match fields {
            Ok(Some(fields)) => sink.record(line_no, &fields)?,
            Ok(None) => {}
            Err(e) => sink.bad_row(line_no, e)?,
        }
    }
}

fn read_csv(input: impl Read, name: &str, sink: &mut impl RecordSink) -> Result<()> {
    let quotes = QuoteCount::default();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(quotes.counting(input));
    let headers = reader
        .headers()
        .map_err(|e| anyhow!("{name}:1: {}", csv_reason(&e)))?
        .clone();
    let columns = header_columns(&headers, name)?;
    let mut record = csv::StringRecord::new();
    let mut first = true;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                let short = matches!(e.kind(), csv::ErrorKind::UnequalLengths { len, expected_len, .. } if len < expected_len);
                let why = if short && quotes.unclosed() {
                    UNCLOSED_QUOTE.to_string()
                } else {
                    csv_reason(&e)
                };
                sink.bad_row(line, format!("malformed CSV: {why}"))?;
                if e.is_io_error() {
                    return Ok(());
                }
                continue;
            }
        }
        let line = record.position().map_or(0, |p| p.line());
        if quotes.unclosed() && record.iter().any(|f| f.contains('\n')) {
            sink.bad_row(line, format!("malformed CSV: {UNCLOSED_QUOTE}"))?;
            continue;
        }
        // A spreadsheet's empty row (only separators) is no row, as a
        // blank line is not.
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        // HXL: the row of hashtags under the header is no claim. It must
        // tag a column no claim can hold a tag in (an event, a metric or a
        // figure), so a row of data is never taken for it.
        if std::mem::take(&mut first)
            && hxl::is_hashtag_row(record.iter())
            && columns.iter().zip(record.iter()).any(|(c, v)| {
                matches!(c, Column::Field(i) if TAGGED_ONLY_IN_HXL.contains(&COLUMNS[*i]))
                    && !v.trim().is_empty()
            })
        {
            continue;
        }
        let mut fields = Fields::new();
        let mut figures = Vec::new();
        for (column, value) in columns.iter().zip(record.iter()) {
            match column {
                Column::Field(i) => fields.set_at(*i, value),
                Column::Figure(figure, end) => figures.push((*figure, *end, value.to_string())),
                Column::Ignored => {}
            }
        }
        match hxl::check_figures(&fields, &figures) {
            Ok(()) => sink.record(line, &fields)?,
            Err(message) => sink.bad_row(line, message)?,
        }
    }
}

/// Columns whose values never start with `#`: a tag under one of them
/// marks the HXL hashtag row.
const TAGGED_ONLY_IN_HXL: &[&str] = &["event", "metric", "value", "low", "high"];

/// What a CSV column holds.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    /// An interchange column, by its place in `COLUMNS`.
    Field(usize),
    /// An HXL figure column: a copy of `low` or `high` to check.
    Figure(&'static Figure, End),
    /// A key other commands print beside the record.
    Ignored,
}

/// What each header holds. An unknown or repeated column is an error:
/// which one holds the value?
fn header_columns(headers: &csv::StringRecord, name: &str) -> Result<Vec<Column>> {
    let mut columns: Vec<Column> = Vec::with_capacity(headers.len());
    for h in headers.iter() {
        let h = h.trim().trim_start_matches('\u{feff}');
        let column = match (column_index(h), hxl::figure_of_header(h)) {
            (Some(i), _) => Column::Field(i),
            (None, Some((figure, end))) => Column::Figure(figure, end),
            (None, None) if IGNORED_KEYS.contains(&h) => Column::Ignored,
            (None, None) => bail!(
                "{name}:1: unknown column '{h}' (known: {})",
                COLUMNS.join(", ")
            ),
        };
        if column != Column::Ignored && columns.contains(&column) {
            bail!("{name}:1: duplicated column '{h}'");
        }
        columns.push(column);
    }
    Ok(columns)
}

const UNCLOSED_QUOTE: &str = "a quote opened on this line is never closed";

/// Counts the `"` bytes a CSV reader has read. An unclosed quote swallows
/// every line to the end of the file into one field, and the reader says
/// nothing (or "3 fields where the header has 6"); an odd count of quotes
/// once the whole file is read tells it apart.
#[derive(Default, Clone)]
struct QuoteCount(std::rc::Rc<std::cell::Cell<(u64, bool)>>);

impl QuoteCount {
    fn counting<R: Read>(&self, inner: R) -> QuoteCounting<R> {
        QuoteCounting {
            inner,
            count: self.clone(),
        }
    }

    /// True once the end is reached with an odd count of quotes.
    fn unclosed(&self) -> bool {
        let (quotes, ended) = self.0.get();
        ended && quotes % 2 == 1
    }
}

struct QuoteCounting<R> {
    inner: R,
    count: QuoteCount,
}

impl<R: Read> Read for QuoteCounting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let (quotes, _) = self.count.0.get();
        let more = buf[..n].iter().filter(|&&b| b == b'"').count() as u64;
        self.count.0.set((quotes + more, n == 0 && !buf.is_empty()));
        Ok(n)
    }
}

/// Whether the input's first non-blank byte opens a JSON array.
fn starts_with_bracket(input: &mut impl BufRead) -> bool {
    loop {
        let (blank, first) = match input.fill_buf() {
            Ok(buf) if !buf.is_empty() => {
                let blank = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
                (blank, buf.get(blank).copied())
            }
            _ => return false,
        };
        match first {
            Some(b) => return b == b'[',
            None => input.consume(blank),
        }
    }
}

fn csv_reason(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("{len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row as the sink saw it: (line, id or the bad row's message).
    #[derive(Default)]
    struct Seen(Vec<(u64, Result<String, String>)>);

    impl RecordSink for Seen {
        fn record(&mut self, line: u64, fields: &Fields) -> Result<()> {
            self.0.push((line, Ok(fields.get("id").to_string())));
            Ok(())
        }
        fn bad_row(&mut self, line: u64, message: String) -> Result<()> {
            self.0.push((line, Err(message)));
            Ok(())
        }
    }

    fn read(text: &[u8], jsonl: bool) -> Result<Vec<(u64, Result<String, String>)>> {
        let mut seen = Seen::default();
        read_records(text, jsonl, "t", &mut seen)?;
        Ok(seen.0)
    }

    #[test]
    fn csv_rows_are_numbered_by_their_line() {
        let rows = read(b"id,event\na,kz\n\"b\nc\",kz\n", false).unwrap();
        assert_eq!(rows, vec![(2, Ok("a".into())), (3, Ok("b\nc".into()))]);
    }

    #[test]
    fn csv_headers_must_be_known_and_single() {
        let unknown = read(b"id,colour\n", false).unwrap_err().to_string();
        assert!(
            unknown.starts_with("t:1: unknown column 'colour'"),
            "{unknown}"
        );
        let twice = read(b"id,id\n", false).unwrap_err().to_string();
        assert_eq!(twice, "t:1: duplicated column 'id'");
    }

    #[test]
    fn an_hxl_hashtag_row_is_skipped_and_figures_checked() {
        let text = b"id,metric,low,deaths_low\n#meta+id,#indicator+name,#indicator+num+min,#affected+killed+min\na,deaths,26,26\nb,deaths,26,30\n";
        let rows = read(text, false).unwrap();
        assert_eq!(rows[0], (3, Ok("a".into())));
        assert_eq!(rows[1].0, 4);
        assert!(
            rows[1]
                .1
                .as_ref()
                .unwrap_err()
                .starts_with("deaths_low: 30 disagrees")
        );
        // A row of tags that tags no event, metric or figure is data.
        let rows = read(b"id,note\n#x,#y\n", false).unwrap();
        assert_eq!(rows, vec![(2, Ok("#x".into()))]);
        // Only the row right under the header can be the hashtag row.
        let rows = read(b"id,metric\na,deaths\n#meta,#indicator\n", false).unwrap();
        assert_eq!(rows.len(), 2);
    }

    #[test]
    fn an_unclosed_csv_quote_is_named() {
        let rows = read(b"id,event\na,\"kz\nb,kz\n", false).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].1, Err(format!("malformed CSV: {UNCLOSED_QUOTE}")));
    }

    #[test]
    fn json_lines_skip_blank_lines_and_name_bad_ones() {
        let rows = read(b"{\"id\":\"a\"}\n\n\xff\n[1]\n{\"id\":\"b\"}\n", true).unwrap();
        assert_eq!(rows[0], (1, Ok("a".into())));
        assert_eq!(rows[1], (3, Err("not UTF-8 text".into())));
        assert_eq!(rows[2].0, 4);
        assert!(rows[2].1.is_err());
        assert_eq!(rows[3], (5, Ok("b".into())));
    }

    #[test]
    fn a_json_array_is_numbered_by_place() {
        let rows = read(b"  [{\"id\":\"a\"}, {\"id\":\"b\"}]", true).unwrap();
        assert_eq!(rows, vec![(1, Ok("a".into())), (2, Ok("b".into()))]);
    }
}
