//! From an incoming record to a claim: every field checked, each error
//! naming its column. Fields are read in column order, so a record with
//! several bad fields is refused for the first, the same one every time.

use super::display::display_value;
use super::fields::{FieldError, Fields, bad, content_id};
use crate::domain::{Claim, Count, DateSpan, Kind, Lang, Status, Value, When};

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
    // Plain decimal digits only, as the export writes them: `1e3`, `+8`,
    // `0x1A` or `inf` would be read as something else than what was typed.
    let plain = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let digits = text.strip_prefix('-').unwrap_or(text);
    let written_plainly = match digits.split_once('.') {
        Some((whole, fraction)) => plain(whole) && plain(fraction),
        None => plain(digits),
    };
    let n = Some(text)
        .filter(|_| written_plainly)
        .and_then(|t| t.parse::<f64>().ok())
        .filter(|n| n.is_finite())
        .ok_or_else(|| {
            bad(
                field,
                format!("'{text}' is not a number written in plain digits (like 26 or 2.5)"),
            )
        })?;
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
    crate::parse::date::check_years(DateSpan::day(day), text).map_err(|e| bad(field, e))?;
    Ok(Some(day))
}

/// Turns an incoming record into a claim, checking every field. Bounds
/// given as `low`/`high` win over what the value text says.
pub fn claim_from_fields(fields: &Fields, lookup: &Lookup) -> Result<Claim, FieldError> {
    let event = fields.get("event");
    if event.is_empty() {
        return Err(bad("event", "missing"));
    }
    let metric = fields.get("metric");
    if metric.is_empty() {
        return Err(bad("metric", "missing"));
    }
    let id = id_field(fields)?;
    let lang = lang_field(fields)?;
    let said_at = when_field(fields, "said_at")?;
    let published_at = when_field(fields, "published_at")?;
    let as_of = match when_field(fields, "as_of")? {
        Some(w) => w,
        None => said_at.or(published_at).unwrap_or(When::Day(lookup.today)),
    };
    let kind = kind_field(fields, metric, lookup)?;
    let text = fields.get("value").to_string();
    let reference = said_at.or(published_at).unwrap_or(as_of).date();
    let value = match kind {
        Kind::Count => count_value(fields, &text, lang)?,
        Kind::Date => date_value(fields, &text, lang, reference)?,
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
    let status = status_field(fields)?;
    let retracted_at = when_field(fields, "retracted_at")?;
    let superseded_by = superseded_field(fields, status)?;
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
        citing: own("citing"),
        url: own("url"),
        quote: own("quote"),
        lang: Some(lang),
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

/// The record's id, or empty when it gives none (`content_id` then makes
/// one).
fn id_field(fields: &Fields) -> Result<String, FieldError> {
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
    Ok(id)
}

/// The record's language, guessed from its value when the column is empty.
fn lang_field(fields: &Fields) -> Result<Lang, FieldError> {
    let lang_text = fields.get("lang");
    if lang_text.is_empty() {
        Ok(crate::parse::lang::guess(fields.get("value")))
    } else {
        Lang::from_code(lang_text)
            .ok_or_else(|| bad("lang", format!("'{lang_text}' is not en or fr")))
    }
}

/// The kind of value: the metric's when it is known (a kind column that
/// disagrees is an error), else the kind column's.
fn kind_field(fields: &Fields, metric: &str, lookup: &Lookup) -> Result<Kind, FieldError> {
    let kind_text = fields.get("kind");
    let given_kind = if kind_text.is_empty() {
        None
    } else {
        Some(
            Kind::parse(kind_text)
                .ok_or_else(|| bad("kind", format!("'{kind_text}' is not count, date or text")))?,
        )
    };
    match ((lookup.metric_kind)(metric), given_kind) {
        (Some(known), Some(given)) if known != given => Err(bad(
            "kind",
            format!("metric '{metric}' holds {known} values, not {given}"),
        )),
        (Some(known), _) => Ok(known),
        (None, Some(given)) => Ok(given),
        (None, None) => Err(bad(
            "metric",
            format!(
                "unknown metric '{metric}' (give its kind in the kind column, or add it with `claimlog metric add`)"
            ),
        )),
    }
}

/// A count from `low`, `high` and `approx`, and from the value's words
/// for what those columns leave unsaid.
fn count_value(fields: &Fields, text: &str, lang: Lang) -> Result<Value, FieldError> {
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
        crate::parse::value::parse_count(text, lang)
    };
    let count = match (low, high, parsed) {
        (None, None, Some(c)) => c,
        (None, None, None) if text.is_empty() => {
            return Err(bad("value", "missing (give value, or low/high)"));
        }
        (None, None, None) => {
            let why = crate::parse::value::first_unreadable(text, lang)
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
    if let Some(why) = crate::parse::entry::count_range_error(&Value::Count(count), text) {
        return Err(bad("value", format!("'{text}' {why}")));
    }
    if let (Some(l), Some(h)) = (count.low, count.high)
        && l > h
    {
        return Err(bad("low", format!("low {l} is above high {h}")));
    }
    Ok(Value::Count(Count {
        approx: approx.unwrap_or(count.approx),
        ..count
    }))
}

/// A date span from `low` and `high` as ISO days, else read from the
/// value's words against the record's reference day.
fn date_value(
    fields: &Fields,
    text: &str,
    lang: Lang,
    reference: chrono::NaiveDate,
) -> Result<Value, FieldError> {
    let low = day_field(fields, "low")?;
    let high = day_field(fields, "high")?;
    match (low, high) {
        (Some(start), end) => {
            let end = end.unwrap_or(start);
            if end < start {
                return Err(bad("high", format!("{end} is before low {start}")));
            }
            Ok(Value::Date(DateSpan { start, end }))
        }
        (None, Some(end)) => Ok(Value::Date(DateSpan::day(end))),
        (None, None) => {
            crate::parse::entry::parse_structured_value(text, Kind::Date, lang, reference)
                .map_err(|e| bad("value", e))
        }
    }
}

fn status_field(fields: &Fields) -> Result<Status, FieldError> {
    let status_text = fields.get("status");
    Status::parse(status_text).ok_or_else(|| {
        bad(
            "status",
            format!("'{status_text}' is not active, retracted or superseded"),
        )
    })
}

/// Who replaced a superseded claim: required for a superseded one, refused
/// for an active one.
fn superseded_field(fields: &Fields, status: Status) -> Result<Option<String>, FieldError> {
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
    Ok(superseded_by)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::Record;
    use crate::interchange::display::group_thousands;

    /// A claim carrying `value` as said in `lang`, for round trips.
    fn claim_with(text: &str, value: Value, lang: &str) -> Claim {
        let mut c =
            crate::report::fixture::claim(1, "deaths", "", value, 7, "AFP", "Interior Ministry");
        c.text = text.to_string();
        c.lang = Lang::from_code(lang);
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
