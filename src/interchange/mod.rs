//! The interchange record: one flat shape for CSV, JSON Lines and
//! `--format json`, with the same names as CSV columns and JSON keys.

pub mod claimreview;
pub mod reading;
pub mod records;

use crate::domain::{Claim, Count, Kind, Value, When};
use serde::Serialize;
use serde_json::{Map, Value as Json};
use std::borrow::Cow;

/// The columns of the interchange record, in order. The last three carry
/// retractions and corrections so an export can be imported back whole.
pub const COLUMNS: &[&str] = &[
    "id",
    "event",
    "metric",
    "qualifier",
    "kind",
    "value",
    "low",
    "high",
    "approx",
    "unit",
    "as_of",
    "said_at",
    "published_at",
    "source",
    "claimant",
    "url",
    "quote",
    "lang",
    "status",
    "note",
    "tags",
    "retracted_at",
    "reason",
    "retracted_by",
    "superseded_by",
];

/// A bound as written in a record: a number for counts, an ISO day for dates.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Bound {
    Int(i64),
    Num(f64),
    Day(String),
}

impl Bound {
    pub fn number(n: f64) -> Bound {
        // Whole counts print as integers up to the largest accepted count,
        // so JSON readers get them exactly (not a float one unit off).
        if n.fract() == 0.0 && n.abs() <= crate::domain::MAX_COUNT {
            Bound::Int(n as i64)
        } else {
            Bound::Num(n)
        }
    }

    pub fn to_text(&self) -> String {
        match self {
            Bound::Int(n) => n.to_string(),
            Bound::Num(n) => n.to_string(),
            Bound::Day(d) => d.clone(),
        }
    }
}

/// The low and high of a value as record fields.
pub fn bounds(value: &Value) -> (Option<Bound>, Option<Bound>) {
    match value {
        Value::Count(Count { low, high, .. }) => (low.map(Bound::number), high.map(Bound::number)),
        Value::Date(span) => (
            Some(Bound::Day(crate::domain::iso_day(span.start))),
            Some(Bound::Day(crate::domain::iso_day(span.end))),
        ),
        Value::Text => (None, None),
    }
}

/// The interchange record of a claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    pub id: Option<String>,
    pub event: Option<String>,
    pub metric: Option<String>,
    pub qualifier: String,
    pub kind: &'static str,
    pub value: String,
    pub low: Option<Bound>,
    pub high: Option<Bound>,
    pub approx: bool,
    pub unit: String,
    pub as_of: Option<String>,
    pub said_at: Option<String>,
    pub published_at: Option<String>,
    pub source: String,
    pub claimant: String,
    pub url: String,
    pub quote: String,
    pub lang: String,
    pub status: &'static str,
    pub note: String,
    pub tags: Vec<String>,
    pub retracted_at: Option<String>,
    pub reason: String,
    pub retracted_by: String,
    pub superseded_by: Option<String>,
}

impl Record {
    pub fn from_claim(claim: &Claim) -> Record {
        let (low, high) = bounds(&claim.value);
        Record {
            id: Some(claim.id.clone()).filter(|id| !id.is_empty()),
            event: Some(claim.event.clone()),
            metric: Some(claim.metric.clone()),
            qualifier: claim.qualifier.clone(),
            kind: claim.kind().as_str(),
            value: claim.text.clone(),
            low,
            high,
            approx: matches!(claim.value, Value::Count(c) if c.approx),
            unit: claim.unit.clone(),
            as_of: Some(claim.as_of.to_iso()),
            said_at: claim.said_at.map(|w| w.to_iso()),
            published_at: claim.published_at.map(|w| w.to_iso()),
            source: claim.source.clone(),
            claimant: claim.claimant.clone(),
            url: claim.url.clone(),
            quote: claim.quote.clone(),
            lang: claim.lang.clone(),
            status: claim.status.as_str(),
            note: claim.note.clone(),
            tags: claim.tags.clone(),
            retracted_at: claim.retracted_at.map(|w| w.to_iso()),
            reason: claim.retract_reason.clone(),
            retracted_by: claim.retracted_by.clone(),
            superseded_by: claim.superseded_by.clone(),
        }
    }

    /// The record as a JSON object (keys in column order).
    pub fn to_json(&self) -> Map<String, Json> {
        match serde_json::to_value(self) {
            Ok(Json::Object(map)) => map,
            _ => Map::new(),
        }
    }

    /// The record as CSV fields, in `COLUMNS` order.
    pub fn to_csv_fields(&self) -> Vec<String> {
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();
        let bound = |b: &Option<Bound>| b.as_ref().map(Bound::to_text).unwrap_or_default();
        vec![
            opt(&self.id),
            opt(&self.event),
            opt(&self.metric),
            self.qualifier.clone(),
            self.kind.to_string(),
            self.value.clone(),
            bound(&self.low),
            bound(&self.high),
            self.approx.to_string(),
            self.unit.clone(),
            opt(&self.as_of),
            opt(&self.said_at),
            opt(&self.published_at),
            self.source.clone(),
            self.claimant.clone(),
            self.url.clone(),
            self.quote.clone(),
            self.lang.clone(),
            self.status.to_string(),
            self.note.clone(),
            self.tags.join(";"),
            opt(&self.retracted_at),
            self.reason.clone(),
            self.retracted_by.clone(),
            opt(&self.superseded_by),
        ]
    }
}

/// A number for people: `7,939`, `1,500,000`, `2.5`.
pub fn group_thousands(n: f64) -> String {
    let text = Bound::number(n).to_text();
    let (sign, rest) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    if int.len() <= 3 || !int.bytes().all(|b| b.is_ascii_digit()) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + int.len() / 3);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// Records as CSV with the header of `COLUMNS`.
pub fn records_csv<'a>(records: impl IntoIterator<Item = &'a Record>) -> csv::Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    for record in records {
        writer.write_record(record.to_csv_fields())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A short human form of a value for tables: `26`, `≥26`, `20–30`, `~200`,
/// `2022-01-06`.
pub fn display_value(value: &Value, text: &str) -> String {
    match value {
        Value::Count(c) => {
            let n = group_thousands;
            let core = match (c.low, c.high) {
                (Some(l), Some(h)) if l == h => n(l),
                (Some(l), Some(h)) => format!("{}–{}", n(l), n(h)),
                (Some(l), None) => format!("≥{}", n(l)),
                (None, Some(h)) => format!("≤{}", n(h)),
                (None, None) => text.to_string(),
            };
            if c.approx { format!("~{core}") } else { core }
        }
        Value::Date(span) if span.start == span.end => crate::domain::iso_day(span.start),
        Value::Date(span) => format!(
            "{}..{}",
            crate::domain::iso_day(span.start),
            crate::domain::iso_day(span.end)
        ),
        Value::Text => text.to_string(),
    }
}

/// The record of a claim plus extra keys (e.g. `number`, `history`).
pub fn record_with(claim: &Claim, extra: &[(&str, Json)]) -> Json {
    let mut map = Record::from_claim(claim).to_json();
    for (key, value) in extra {
        map.insert((*key).to_string(), value.clone());
    }
    Json::Object(map)
}

/// A bad field in an incoming record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

fn bad(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError {
        field,
        message: message.into(),
    }
}

/// The position of a column in `COLUMNS`.
pub fn column_index(name: &str) -> Option<usize> {
    COLUMNS.iter().position(|c| *c == name)
}

/// An incoming record's fields by column, as text (empty when absent).
/// CSV rows lend their text; JSON lines own theirs.
#[derive(Debug, Clone)]
pub struct Fields<'a> {
    values: Vec<Cow<'a, str>>,
}

impl Default for Fields<'_> {
    fn default() -> Self {
        Fields::new()
    }
}

impl<'a> Fields<'a> {
    pub fn new() -> Fields<'a> {
        Fields {
            values: vec![Cow::Borrowed(""); COLUMNS.len()],
        }
    }

    /// Sets a column by its index in `COLUMNS`.
    pub fn set_at(&mut self, index: usize, value: impl Into<Cow<'a, str>>) {
        self.values[index] = value.into();
    }

    /// Sets a column by name; false when the name is not a column.
    pub fn set(&mut self, column: &str, value: impl Into<Cow<'a, str>>) -> bool {
        match column_index(column) {
            Some(i) => {
                self.set_at(i, value);
                true
            }
            None => false,
        }
    }

    /// A column's text, trimmed. Column names are checked by tests: an
    /// unknown name here is a bug, read as empty.
    pub fn get(&self, column: &str) -> &str {
        let index = match column {
            "id" => 0,
            "event" => 1,
            "metric" => 2,
            "qualifier" => 3,
            "kind" => 4,
            "value" => 5,
            "low" => 6,
            "high" => 7,
            "approx" => 8,
            "unit" => 9,
            "as_of" => 10,
            "said_at" => 11,
            "published_at" => 12,
            "source" => 13,
            "claimant" => 14,
            "url" => 15,
            "quote" => 16,
            "lang" => 17,
            "status" => 18,
            "note" => 19,
            "tags" => 20,
            "retracted_at" => 21,
            "reason" => 22,
            "retracted_by" => 23,
            "superseded_by" => 24,
            _ => return "",
        };
        self.values[index].trim()
    }
}

/// Keys other commands print beside the record, skipped on import.
pub const IGNORED_KEYS: &[&str] = &[
    "number",
    "sentence",
    "span",
    "history",
    "deleted",
    "recorded_at",
];

/// The namespace of ids derived from a record's content.
const CONTENT_ID_NAMESPACE: uuid::Uuid =
    uuid::Uuid::from_u128(0x7c1a_5e0d_2b4f_4c3a_9e61_c1a1_4e0b_0022);

/// The id of a record that has none: a name-based (v5) UUID of every other
/// field, so importing the same file twice still adds nothing.
pub fn content_id(fields: &Fields) -> String {
    let mut text = String::new();
    for name in &COLUMNS[1..] {
        text.push_str(fields.get(name));
        text.push('\u{1f}');
    }
    uuid::Uuid::new_v5(&CONTENT_ID_NAMESPACE, text.as_bytes()).to_string()
}

/// What a record needs from the store to become a claim.
pub struct Lookup<'a> {
    /// The kind of a known metric.
    pub metric_kind: &'a dyn Fn(&str) -> Option<Kind>,
    /// The day a record without times describes.
    pub today: chrono::NaiveDate,
    /// When the records are being recorded (one moment for a whole file).
    pub now: chrono::DateTime<chrono::Utc>,
}

fn when_field(fields: &Fields, field: &'static str) -> Result<Option<When>, FieldError> {
    let text = fields.get(field);
    if text.is_empty() {
        return Ok(None);
    }
    let read = match When::parse_iso(text) {
        Some(when) => Ok(when),
        None => crate::parse::date::parse_when(text, None),
    };
    match read {
        Ok(when) if when.in_range() => Ok(Some(when)),
        // A time without an offset: the parser's message says how to fix it.
        Err(e) if e.contains("no UTC offset") => Err(bad(field, e)),
        _ => Err(bad(
            field,
            format!("'{text}' is not a date (use 2022-01-07 or 2022-01-07T10:00:00+06:00)"),
        )),
    }
}

fn number_field(fields: &Fields, field: &'static str) -> Result<Option<f64>, FieldError> {
    let text = fields.get(field);
    if text.is_empty() {
        return Ok(None);
    }
    let n = text
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or_else(|| bad(field, format!("'{text}' is not a number")))?;
    // Quick entry refuses negative and oversized counts; a file must too.
    match crate::domain::count_out_of_range(n) {
        Some(why) => Err(bad(field, format!("'{text}' {why}"))),
        None => Ok(Some(n)),
    }
}

fn day_field(
    fields: &Fields,
    field: &'static str,
) -> Result<Option<chrono::NaiveDate>, FieldError> {
    let text = fields.get(field);
    if text.is_empty() {
        return Ok(None);
    }
    let day = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| bad(field, format!("'{text}' is not an ISO day like 2022-01-06")))?;
    crate::parse::date::check_years(crate::domain::DateSpan::day(day), text)
        .map_err(|e| bad(field, e))?;
    Ok(Some(day))
}

/// Turns an incoming record into a claim, checking every field. Bounds
/// given as `low`/`high` win over what the value text says.
pub fn claim_from_fields(fields: &Fields, lookup: &Lookup) -> Result<Claim, FieldError> {
    use crate::domain::{DateSpan, Lang, Status};
    let event = fields.get("event");
    if event.is_empty() {
        return Err(bad("event", "missing"));
    }
    let metric = fields.get("metric");
    if metric.is_empty() {
        return Err(bad("metric", "missing"));
    }
    // Ids are folded to lower case, as lookups are: `0190ABCD-…` and
    // `0190abcd-…` are one claim.
    let id = fields.get("id").to_ascii_lowercase();
    if id.chars().count() > 100 || id.chars().any(char::is_whitespace) {
        return Err(bad(
            "id",
            format!("'{id}' is not an id (no spaces, at most 100 characters)"),
        ));
    }
    if id.starts_with('#') {
        return Err(bad(
            "id",
            format!(
                "'{id}' starts with '#', which names a local number: it could never be looked up"
            ),
        ));
    }
    let lang_text = fields.get("lang");
    let lang = if lang_text.is_empty() {
        crate::parse::lang::guess(fields.get("value"))
    } else {
        Lang::from_code(lang_text)
            .ok_or_else(|| bad("lang", format!("'{lang_text}' is not en or fr")))?
    };
    let said_at = when_field(fields, "said_at")?;
    let published_at = when_field(fields, "published_at")?;
    let as_of = match when_field(fields, "as_of")? {
        Some(w) => w,
        None => said_at.or(published_at).unwrap_or(When::Day(lookup.today)),
    };
    let kind_text = fields.get("kind");
    let given_kind = if kind_text.is_empty() {
        None
    } else {
        Some(
            Kind::parse(kind_text)
                .ok_or_else(|| bad("kind", format!("'{kind_text}' is not count, date or text")))?,
        )
    };
    let kind = match ((lookup.metric_kind)(metric), given_kind) {
        (Some(known), Some(given)) if known != given => {
            return Err(bad(
                "kind",
                format!("metric '{metric}' holds {known} values, not {given}"),
            ));
        }
        (Some(known), _) => known,
        (None, Some(given)) => given,
        (None, None) => {
            return Err(bad(
                "metric",
                format!(
                    "unknown metric '{metric}' (give its kind in the kind column, or add it with `claimlog metric add`)"
                ),
            ));
        }
    };
    let text = fields.get("value").to_string();
    let reference = said_at.or(published_at).unwrap_or(as_of).date();
    let value = match kind {
        Kind::Count => {
            let low = number_field(fields, "low")?;
            let high = number_field(fields, "high")?;
            let approx_text = fields.get("approx");
            let approx = match approx_text.to_ascii_lowercase().as_str() {
                "" => None,
                "true" | "1" | "yes" => Some(true),
                "false" | "0" | "no" => Some(false),
                other => return Err(bad("approx", format!("'{other}' is not true or false"))),
            };
            // Bounds given as numbers win; the words are read only for what
            // the columns do not say. Plain digits say nothing more; and a
            // vague word ("dozens", "des centaines") never comes with a
            // digit, so with bounds and `approx` given, a figure in digits
            // has nothing left to tell.
            let bounded = low.is_some() || high.is_some();
            let digits_only = !text.chars().any(char::is_alphabetic);
            let has_digit = text.bytes().any(|b| b.is_ascii_digit());
            let parsed = if text.is_empty()
                || (bounded && digits_only)
                || (bounded && approx.is_some() && has_digit)
            {
                None
            } else {
                crate::parse::value::parse_count(&text, lang)
            };
            let count = match (low, high, parsed) {
                (None, None, Some(c)) => c,
                (None, None, None) if text.is_empty() => {
                    return Err(bad("value", "missing (give value, or low/high)"));
                }
                (None, None, None) => {
                    let why = crate::parse::value::first_unreadable(&text, lang)
                        .map(|(bad, why)| format!("'{}' {why}", &text[bad]));
                    return Err(bad(
                        "value",
                        why.unwrap_or_else(|| format!("'{text}' is not a figure")),
                    ));
                }
                (low, high, parsed) => Count {
                    low,
                    high,
                    approx: parsed.is_some_and(|c| c.approx),
                    vague: parsed.is_some_and(|c| c.vague),
                },
            };
            if let Some(why) = crate::parse::entry::count_range_error(&Value::Count(count)) {
                return Err(bad("value", format!("'{text}' {why}")));
            }
            if let (Some(l), Some(h)) = (count.low, count.high)
                && l > h
            {
                return Err(bad("low", format!("low {l} is above high {h}")));
            }
            Value::Count(Count {
                approx: approx.unwrap_or(count.approx),
                ..count
            })
        }
        Kind::Date => {
            let low = day_field(fields, "low")?;
            let high = day_field(fields, "high")?;
            match (low, high) {
                (Some(start), end) => {
                    let end = end.unwrap_or(start);
                    if end < start {
                        return Err(bad("high", format!("{end} is before low {start}")));
                    }
                    Value::Date(DateSpan { start, end })
                }
                (None, Some(end)) => Value::Date(DateSpan::day(end)),
                (None, None) => {
                    crate::parse::entry::parse_structured_value(&text, Kind::Date, lang, reference)
                        .map_err(|e| bad("value", e))?
                }
            }
        }
        Kind::Text => {
            if text.is_empty() {
                return Err(bad("value", "missing"));
            }
            Value::Text
        }
    };
    let text = if text.is_empty() {
        display_value(&value, "")
    } else {
        text
    };
    let status_text = fields.get("status");
    let status = Status::parse(status_text).ok_or_else(|| {
        bad(
            "status",
            format!("'{status_text}' is not active, retracted or superseded"),
        )
    })?;
    let retracted_at = when_field(fields, "retracted_at")?;
    let superseded_by =
        Some(fields.get("superseded_by").to_ascii_lowercase()).filter(|s| !s.is_empty());
    if status == Status::Superseded && superseded_by.is_none() {
        return Err(bad(
            "superseded_by",
            "a superseded claim names the claim that replaced it",
        ));
    }
    if status == Status::Active && superseded_by.is_some() {
        return Err(bad(
            "superseded_by",
            "an active claim was replaced by nothing (set status superseded, or leave superseded_by empty)",
        ));
    }
    let own = |f: &str| fields.get(f).to_string();
    Ok(Claim {
        number: 0,
        id: if id.is_empty() {
            content_id(fields)
        } else {
            id
        },
        event: event.to_string(),
        metric: metric.to_string(),
        qualifier: fields.get("qualifier").to_lowercase(),
        text,
        value,
        unit: own("unit"),
        as_of,
        said_at,
        published_at,
        recorded_at: lookup.now,
        source: own("source"),
        claimant: own("claimant"),
        url: own("url"),
        quote: own("quote"),
        lang: lang.code().to_string(),
        status,
        // A retraction counts from its own date; without one, from the day
        // it is recorded, as `claimlog retract` does.
        retracted_at: if status == Status::Retracted {
            Some(retracted_at.unwrap_or(When::Day(lookup.today)))
        } else {
            retracted_at
        },
        retract_reason: own("reason"),
        retracted_by: own("retracted_by"),
        superseded_by,
        superseded_at: None,
        note: own("note"),
        tags: crate::domain::split_tags(fields.get("tags")),
        deleted: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{DateSpan, Lang};
    use chrono::NaiveDate;

    #[test]
    fn field_names_match_the_columns() {
        let mut fields = Fields::new();
        for i in 0..COLUMNS.len() {
            fields.set_at(i, format!("v{i}"));
        }
        for (i, name) in COLUMNS.iter().enumerate() {
            assert_eq!(fields.get(name), format!("v{i}"), "{name}");
        }
    }

    #[test]
    fn records_without_ids_get_the_same_id_each_time() {
        let mut a = Fields::new();
        a.set("event", "kz");
        a.set("value", "26");
        let mut b = a.clone();
        assert_eq!(content_id(&a), content_id(&b));
        b.set("source", "AFP");
        assert_ne!(content_id(&a), content_id(&b));
    }

    #[test]
    fn counts_print_as_integers_when_whole() {
        assert_eq!(Bound::number(26.0), Bound::Int(26));
        assert_eq!(Bound::number(1.5), Bound::Num(1.5));
        assert_eq!(
            serde_json::to_string(&Bound::number(8000.0)).unwrap(),
            "8000"
        );
    }

    #[test]
    fn thousands_are_grouped_for_people() {
        assert_eq!(group_thousands(7939.0), "7,939");
        assert_eq!(group_thousands(1_500_000.0), "1,500,000");
        assert_eq!(group_thousands(26.0), "26");
        assert_eq!(group_thousands(-4500.5), "-4,500.5");
    }

    #[test]
    fn display_values_are_short() {
        let c = |low, high, approx| {
            Value::Count(Count {
                low,
                high,
                approx,
                vague: false,
            })
        };
        assert_eq!(display_value(&c(Some(26.0), Some(26.0), false), "26"), "26");
        assert_eq!(display_value(&c(Some(26.0), None, false), ""), "≥26");
        assert_eq!(display_value(&c(None, Some(30.0), false), ""), "≤30");
        assert_eq!(
            display_value(&c(Some(20.0), Some(30.0), false), ""),
            "20–30"
        );
        assert_eq!(
            display_value(&c(Some(200.0), Some(200.0), true), ""),
            "~200"
        );
        let d = NaiveDate::from_ymd_opt(2022, 1, 6).unwrap();
        assert_eq!(
            display_value(&Value::Date(DateSpan::day(d)), "jeudi"),
            "2022-01-06"
        );
    }

    #[test]
    fn csv_fields_follow_the_columns() {
        let record = Record {
            id: Some("x".into()),
            event: Some("kz".into()),
            metric: Some("deaths".into()),
            qualifier: String::new(),
            kind: "count",
            value: "au moins 26".into(),
            low: Some(Bound::Int(26)),
            high: None,
            approx: false,
            unit: String::new(),
            as_of: Some("2022-01-07".into()),
            said_at: None,
            published_at: None,
            source: "AFP".into(),
            claimant: String::new(),
            url: String::new(),
            quote: String::new(),
            lang: "fr".into(),
            status: "active",
            note: String::new(),
            tags: vec!["a".into(), "b".into()],
            retracted_at: None,
            reason: String::new(),
            retracted_by: String::new(),
            superseded_by: None,
        };
        let fields = record.to_csv_fields();
        assert_eq!(fields.len(), COLUMNS.len());
        assert_eq!(fields[6], "26");
        assert_eq!(fields[7], "");
        assert_eq!(fields[20], "a;b");
        let json = record.to_json();
        let keys: Vec<&String> = json.keys().collect();
        assert_eq!(keys.len(), COLUMNS.len());
        assert_eq!(json["high"], Json::Null);
    }

    /// A claim carrying `value` as said in `lang`, for round trips.
    fn claim_with(text: &str, value: Value, lang: &str) -> Claim {
        let mut c =
            crate::report::fixture::claim(1, "deaths", "", value, 7, "AFP", "Interior Ministry");
        c.text = text.to_string();
        c.lang = lang.to_string();
        c
    }

    fn round_trip(claim: &Claim) -> Claim {
        let record = Record::from_claim(claim);
        let mut fields = Fields::new();
        for (i, text) in record.to_csv_fields().into_iter().enumerate() {
            fields.set_at(i, text);
        }
        let kind_of = |_: &str| Some(Kind::Count);
        let lookup = Lookup {
            metric_kind: &kind_of,
            today: chrono::NaiveDate::from_ymd_opt(2022, 1, 7).unwrap(),
            now: chrono::Utc::now(),
        };
        claim_from_fields(&fields, &lookup).unwrap()
    }

    proptest::proptest! {
        /// Every value the parser accepts comes back the same through the
        /// interchange record (what export writes and import reads).
        #[test]
        fn every_parsed_value_round_trips_through_the_record(
            prefix in 0usize..6,
            n in 1u32..5_000_000,
            shape in 0usize..6,
            french in proptest::bool::ANY,
        ) {
            let lang = Lang::from_code(if french { "fr" } else { "en" }).unwrap();
            let prefix = if french {
                ["", "au moins ", "près de ", "environ ", "plus de ", "jusqu'à "][prefix]
            } else {
                ["", "at least ", "about ", "more than ", "up to ", "nearly "][prefix]
            };
            let number = match (shape, french) {
                (0, _) => n.to_string(),
                (1, false) => group_thousands(f64::from(n)),
                (1, true) => group_thousands(f64::from(n)).replace(',', "\u{a0}"),
                (2, false) => format!("between {n} and {}", n + 10),
                (2, true) => format!("entre {n} et {}", n + 10),
                (3, false) => "dozens".to_string(),
                (3, true) => "des dizaines".to_string(),
                (4, false) => "hundreds".to_string(),
                (4, true) => "une centaine".to_string(),
                _ => format!("{n}-{}", n + 5),
            };
            let text = if shape >= 2 { number } else { format!("{prefix}{number}") };
            let count = crate::parse::value::parse_count(&text, lang);
            proptest::prop_assert!(count.is_some(), "the parser refused '{}'", text);
            let claim = claim_with(&text, Value::Count(count.unwrap()), lang.code());
            let back = round_trip(&claim);
            proptest::prop_assert_eq!(back.value, claim.value, "{}", text);
            proptest::prop_assert_eq!(back.text, claim.text);
        }
    }
}
