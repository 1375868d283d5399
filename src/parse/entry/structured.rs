//! A value given with `--metric` (structured entry): read as the metric's
//! kind asks, without the quick-entry parser.

use super::count_range_error;
use crate::domain::{DateSpan, Kind, Value};
use crate::lang::Lang;
use crate::parse::{date, value};
use chrono::NaiveDate;

/// Reads a `--value` given with `--metric`: a count for count metrics, a day
/// (ISO, `6 January`, `jeudi`) for date metrics, the text itself otherwise.
pub fn parse_structured_value(
    text: &str,
    kind: Kind,
    lang: Lang,
    reference: NaiveDate,
) -> Result<Value, String> {
    match kind {
        Kind::Count => {
            if let Some((bad, why)) = value::first_unreadable(text, lang) {
                return Err(format!("'{}' {why}", &text[bad]));
            }
            let value = value::parse_count(text, lang)
                .map(Value::Count)
                .ok_or_else(|| format!("'{}' is not a figure", text.trim()))?;
            match count_range_error(&value, text) {
                Some(why) => Err(format!("'{}' {why}", text.trim())),
                None => Ok(value),
            }
        }
        Kind::Date => {
            if let Ok(when) = date::parse_when(text, Some(reference)) {
                return Ok(Value::Date(DateSpan::day(when.date())));
            }
            let (span, _) = date::find_day(text, lang, Some(reference), date::tense_of(text, lang))
                .ok_or_else(|| format!("'{}' is not a day", text.trim()))?;
            date::check_years(span, text).map(Value::Date)
        }
        Kind::Text => {
            if text.trim().is_empty() {
                Err("the value is empty".to_string())
            } else {
                Ok(Value::Text)
            }
        }
    }
}
