//! Writing interchange records: CSV with the header of `COLUMNS`, JSON
//! Lines, or a JSON array, one record at a time so an export of any size
//! holds one record in memory. Errors are the output's own I/O errors,
//! whole (never a CSV error around one), so a caller can tell a closed pipe
//! from a full disk.

use super::{COLUMNS, Row};
use serde_json::Value as Json;
use std::io::{self, Write};

/// Records as CSV, the header first.
pub struct CsvWriter<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> CsvWriter<W> {
    /// A writer that has written the header (into its buffer: `flush`
    /// sends it on).
    pub fn new(out: W) -> io::Result<CsvWriter<W>> {
        let mut inner = csv::Writer::from_writer(out);
        inner.write_record(COLUMNS).map_err(csv_io)?;
        Ok(CsvWriter { inner })
    }

    /// One record, its fields in `COLUMNS` order.
    pub fn write(&mut self, record: &impl Row) -> io::Result<()> {
        self.inner
            .write_record(record.to_csv_fields())
            .map_err(csv_io)
    }

    /// Sends what is buffered on to the output.
    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }

    /// The output back, everything written to it.
    pub fn into_inner(self) -> io::Result<W> {
        self.inner.into_inner().map_err(|e| e.into_error())
    }
}

/// The I/O error inside a CSV writer's error (they are all I/O when writing).
fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Records as JSON Lines: one compact object a line.
pub struct JsonlWriter<W: Write> {
    out: W,
}

impl<W: Write> JsonlWriter<W> {
    pub fn new(out: W) -> JsonlWriter<W> {
        JsonlWriter { out }
    }

    /// One record as a line, its keys in `COLUMNS` order.
    pub fn write(&mut self, record: &impl Row) -> io::Result<()> {
        let line = Json::Object(record.to_json());
        writeln!(self.out, "{line}")
    }
}

/// A JSON array, one compact item a line, indented by two spaces: `[`,
/// then the items, then `]` on its own line (`[` and `]` alone when empty).
/// Items are whole JSON values, so a caller can add keys to the record
/// (export adds each claim's local `number`).
pub struct JsonArrayWriter<W: Write> {
    out: W,
    written: usize,
}

impl<W: Write> JsonArrayWriter<W> {
    /// A writer that has opened the array.
    pub fn new(mut out: W) -> io::Result<JsonArrayWriter<W>> {
        out.write_all(b"[")?;
        Ok(JsonArrayWriter { out, written: 0 })
    }

    pub fn write(&mut self, item: &Json) -> io::Result<()> {
        let sep = if self.written == 0 { "\n  " } else { ",\n  " };
        self.written += 1;
        write!(self.out, "{sep}{item}")
    }

    /// Closes the array.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.write_all(b"\n]\n")?;
        Ok(self.out)
    }
}

/// Records as CSV text with the header of `COLUMNS`.
pub fn records_csv<'a, R: Row + 'a>(
    records: impl IntoIterator<Item = &'a R>,
) -> io::Result<String> {
    let mut writer = CsvWriter::new(Vec::new())?;
    for record in records {
        writer.write(record)?;
    }
    let bytes = writer.into_inner()?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Count, Value};
    use crate::interchange::{ClaimRecord, Record};

    fn record(number: i64, value: Value, text: &str) -> ClaimRecord {
        let mut claim = crate::report::fixture::claim(
            number,
            "deaths",
            "",
            value,
            7,
            "AFP",
            "Interior Ministry",
        );
        claim.text = text.to_string();
        Record::from_claim(&claim)
    }

    fn two() -> Vec<ClaimRecord> {
        vec![
            record(1, Value::Count(Count::exact(26.0)), "26"),
            record(
                2,
                Value::Count(Count {
                    low: Some(20.0),
                    high: Some(30.0),
                    approx: false,
                    vague: false,
                }),
                "between 20 and 30, \"at least\"",
            ),
        ]
    }

    /// An output that refuses every write as a closed pipe does.
    struct ClosedPipe;

    impl Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn csv_has_the_header_then_one_row_per_record() {
        let records = two();
        let text = records_csv(&records).unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, COLUMNS);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        for (row, record) in rows.iter().zip(&records) {
            let fields: Vec<&str> = row.iter().collect();
            assert_eq!(fields, record.to_csv_fields());
        }
        // A comma and quotes in a value are quoted, not split.
        assert!(
            text.contains("\"between 20 and 30, \"\"at least\"\"\""),
            "{text}"
        );
        assert_eq!(
            records_csv::<Record>(&[]).unwrap(),
            format!("{}\n", COLUMNS.join(","))
        );
    }

    #[test]
    fn csv_writer_streams_what_records_csv_returns() {
        let records = two();
        let mut writer = CsvWriter::new(Vec::new()).unwrap();
        for r in &records {
            writer.write(r).unwrap();
        }
        writer.flush().unwrap();
        let bytes = writer.into_inner().unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            records_csv(&records).unwrap()
        );
    }

    #[test]
    fn jsonl_is_one_record_a_line() {
        let records = two();
        let mut out = Vec::new();
        let mut writer = JsonlWriter::new(&mut out);
        for r in &records {
            writer.write(r).unwrap();
        }
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(text.ends_with('\n'));
        for (line, record) in lines.iter().zip(&records) {
            let back: Json = serde_json::from_str(line).unwrap();
            assert_eq!(back, Json::Object(record.to_json()));
            let keys: Vec<&String> = back.as_object().unwrap().keys().collect();
            assert_eq!(keys, COLUMNS, "keys in column order");
        }
    }

    #[test]
    fn json_array_is_one_item_a_line() {
        let records = two();
        let items: Vec<Json> = records.iter().map(|r| Json::Object(r.to_json())).collect();
        let mut writer = JsonArrayWriter::new(Vec::new()).unwrap();
        for item in &items {
            writer.write(item).unwrap();
        }
        let text = String::from_utf8(writer.finish().unwrap()).unwrap();
        assert_eq!(text, format!("[\n  {},\n  {}\n]\n", items[0], items[1]));
        let back: Json = serde_json::from_str(&text).unwrap();
        assert_eq!(back, Json::Array(items));

        let empty = JsonArrayWriter::new(Vec::new()).unwrap().finish().unwrap();
        assert_eq!(empty, b"[\n]\n");
    }

    #[test]
    fn write_errors_come_back_as_the_outputs_own() {
        let records = two();
        // The CSV writer buffers: the error shows when it reaches the output.
        let mut csv = CsvWriter::new(ClosedPipe).unwrap();
        csv.write(&records[0]).unwrap();
        assert_eq!(csv.flush().unwrap_err().kind(), io::ErrorKind::BrokenPipe);
        let mut csv = CsvWriter::new(ClosedPipe).unwrap();
        let full = (0..10_000).find_map(|_| csv.write(&records[1]).err());
        assert_eq!(full.map(|e| e.kind()), Some(io::ErrorKind::BrokenPipe));
        let mut jsonl = JsonlWriter::new(ClosedPipe);
        assert_eq!(
            jsonl.write(&records[0]).unwrap_err().kind(),
            io::ErrorKind::BrokenPipe
        );
        assert_eq!(
            JsonArrayWriter::new(ClosedPipe).err().map(|e| e.kind()),
            Some(io::ErrorKind::BrokenPipe)
        );
    }
}
