//! Pure domain types: languages, values, moments in time and claims.
//!
//! Nothing here touches the database or the command line, so reports and
//! parsers can be tested on hand-built values.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use std::fmt;

/// The languages live in `crate::lang`; re-exported for older paths.
pub use crate::lang::Lang;

/// What a claim states: a count, a date, or a short text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Count,
    Date,
    Text,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Date => "date",
            Kind::Text => "text",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "count" => Some(Kind::Count),
            "date" => Some(Kind::Date),
            "text" => Some(Kind::Text),
            _ => None,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A count as an interval: `at least 26` is `[26, none]`, `dozens` is
/// `[24, 99]`. `approx` marks values said with "about"/"nearly"/"une dizaine",
/// which conflict tests widen by 10% each way.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Count {
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub approx: bool,
    /// True for vague words (`dozens`, `several`): their point value is the
    /// low end, the conservative reading casualty datasets use.
    pub vague: bool,
}

/// The largest count claimlog accepts: counts are stored as 64-bit floats,
/// which hold every whole number exactly only up to 2^53 − 1 (JSON's "safe
/// integer" limit too). Above it `12345678901234567891` would be stored as
/// a neighbour without a word.
pub const MAX_COUNT: f64 = 9_007_199_254_740_991.0;

/// Why `n` cannot be a count (negative, beyond `MAX_COUNT`, not finite), or
/// `None` when it can.
pub fn count_out_of_range(n: f64) -> Option<String> {
    if !n.is_finite() || n.abs() > MAX_COUNT {
        Some("is too large (counts go up to 9007199254740991)".to_string())
    } else if n < 0.0 {
        Some("is negative (a count cannot be below 0)".to_string())
    } else {
        None
    }
}

impl Count {
    pub fn exact(n: f64) -> Count {
        Count {
            low: Some(n),
            high: Some(n),
            approx: false,
            vague: false,
        }
    }

    /// The single figure that stands for this count in a median: an exact
    /// value, a range's midpoint, a vague word's low end, an open bound's
    /// one bound.
    pub fn point(&self) -> Option<f64> {
        match (self.low, self.high) {
            (Some(l), Some(h)) if self.vague => Some(l.min(h)),
            (Some(l), Some(h)) => Some((l + h) / 2.0),
            (Some(l), None) => Some(l),
            (None, Some(h)) => Some(h),
            (None, None) => None,
        }
    }

    /// The interval used to test for conflicts: approximate values widened by
    /// 10% each way, open ends left open.
    pub fn widened(&self) -> (f64, f64) {
        let factor = if self.approx { 0.1 } else { 0.0 };
        let low = self.low.map_or(f64::NEG_INFINITY, |l| l - l.abs() * factor);
        let high = self.high.map_or(f64::INFINITY, |h| h + h.abs() * factor);
        (low, high)
    }
}

/// A date claim: a resolved span of days (equal ends for one day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSpan {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl DateSpan {
    pub fn day(d: NaiveDate) -> DateSpan {
        DateSpan { start: d, end: d }
    }
}

/// The value of a claim, as parsed.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Count(Count),
    Date(DateSpan),
    Text,
}

impl Value {
    pub fn kind(&self) -> Kind {
        match self {
            Value::Count(_) => Kind::Count,
            Value::Date(_) => Kind::Date,
            Value::Text => Kind::Text,
        }
    }
}

/// A moment as precise as it was given: a day, or an instant with its
/// offset. Precision is kept so `2022-01-07` never turns into midnight UTC in
/// output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Day(NaiveDate),
    Instant(DateTime<FixedOffset>),
}

impl When {
    /// The calendar day as written (in the instant's own offset).
    pub fn date(&self) -> NaiveDate {
        match self {
            When::Day(d) => *d,
            When::Instant(t) => t.date_naive(),
        }
    }

    /// Seconds since the epoch, for ordering and windows; a day counts from
    /// its start in UTC.
    pub fn timestamp(&self) -> i64 {
        match self {
            When::Day(d) => Utc
                .from_utc_datetime(&d.and_time(NaiveTime::MIN))
                .timestamp(),
            When::Instant(t) => t.timestamp(),
        }
    }

    /// Whether this moment is on or before `bound`. A bare-day bound means
    /// that calendar day as each figure's own offset puts it (a claim made at
    /// 03:00+06:00 on the 7th is on the 7th, though it is still the 6th in
    /// UTC); an instant bound compares instants, and a bare day against it
    /// compares with the bound's own calendar day, as a day counts whole.
    pub fn on_or_before(&self, bound: &When) -> bool {
        match (self, bound) {
            (When::Instant(a), When::Instant(b)) => a.timestamp() <= b.timestamp(),
            _ => self.date() <= bound.date(),
        }
    }

    /// Whether this moment is on or after `bound` (read as in `on_or_before`).
    pub fn on_or_after(&self, bound: &When) -> bool {
        match (self, bound) {
            (When::Instant(a), When::Instant(b)) => a.timestamp() >= b.timestamp(),
            _ => self.date() >= bound.date(),
        }
    }

    /// Whether the year is one the stored form can hold (1–9999).
    pub fn in_range(&self) -> bool {
        use chrono::Datelike;
        (1..=9999).contains(&self.date().year())
    }

    /// Reads the stored form back.
    pub fn parse_iso(s: &str) -> Option<When> {
        if let Some(d) = parse_iso_day(s) {
            return Some(When::Day(d));
        }
        DateTime::parse_from_rfc3339(s).ok().map(When::Instant)
    }

    /// The stored form: `YYYY-MM-DD` or RFC 3339 with its offset.
    pub fn to_iso(&self) -> String {
        match self {
            When::Day(d) => iso_day(*d),
            When::Instant(t) => t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
        }
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

/// `YYYY-MM-DD`, read by hand: imports read millions of them, and chrono's
/// format-string parser costs more than the rest of the row.
pub fn parse_iso_day(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

/// A day as `YYYY-MM-DD` (years 0–9999), written digit by digit: an
/// import writes millions and `format!` costs more than the rest of a row.
pub fn iso_day(d: NaiveDate) -> String {
    use chrono::Datelike;
    let year = d.year();
    if !(0..=9999).contains(&year) {
        return d.format("%Y-%m-%d").to_string();
    }
    let (y, m, day) = (year as u32, d.month(), d.day());
    let digit = |n: u32| char::from(b'0' + n as u8);
    let mut out = String::with_capacity(10);
    for n in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10] {
        out.push(digit(n));
    }
    out.push('-');
    out.push(digit(m / 10));
    out.push(digit(m % 10));
    out.push('-');
    out.push(digit(day / 10));
    out.push(digit(day % 10));
    out
}

/// Where a claim stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Active,
    Retracted,
    Superseded,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Retracted => "retracted",
            Status::Superseded => "superseded",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        match s.trim().to_ascii_lowercase().as_str() {
            "active" | "" => Some(Status::Active),
            "retracted" => Some(Status::Retracted),
            "superseded" => Some(Status::Superseded),
            _ => None,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One stored claim with its names resolved: what reports work on.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Short local number.
    pub number: i64,
    /// Global, stable id.
    pub id: String,
    pub event: String,
    pub metric: String,
    pub qualifier: String,
    /// The text as said (`at least 26`, `jeudi`).
    pub text: String,
    pub value: Value,
    pub unit: String,
    pub as_of: When,
    pub said_at: Option<When>,
    pub published_at: Option<When>,
    pub recorded_at: DateTime<Utc>,
    pub source: String,
    pub claimant: String,
    /// The claimant `claimant` relays ("OCHA, citing the Red Crescent"),
    /// or empty: for independence the claim counts in that claimant's
    /// series, while `claimant` still says who said it.
    pub citing: String,
    pub url: String,
    pub quote: String,
    /// The language the figure was given in (none for claims stored before
    /// it was recorded).
    pub lang: Option<Lang>,
    pub status: Status,
    /// When a retraction counts from (its `--said`, else the day it was
    /// recorded).
    pub retracted_at: Option<When>,
    pub retract_reason: String,
    /// Who withdrew it, as named (may differ from the claimant).
    pub retracted_by: String,
    pub superseded_by: Option<String>,
    /// When the correction that superseded it took effect (its as_of): the
    /// claim counts until then.
    pub superseded_at: Option<When>,
    pub note: String,
    pub tags: Vec<String>,
    pub deleted: bool,
}

impl Claim {
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }

    /// The series a claim belongs to: its claimant, or its source when the
    /// claim is unattributed.
    pub fn series(&self) -> &str {
        if self.claimant.is_empty() {
            &self.source
        } else {
            &self.claimant
        }
    }

    /// Whether the claim was retracted by `at` (`None`: now); a retraction
    /// counts from its own date, compared as `When::on_or_before` does.
    pub fn is_retracted_at(&self, at: Option<&When>) -> bool {
        self.status == Status::Retracted
            && self
                .retracted_at
                .is_none_or(|when| at.is_none_or(|bound| when.on_or_before(bound)))
    }
}

/// Why `tag` cannot be a tag, if it cannot: tags are stored and written
/// to CSV joined by `;`, so a tag holding one would come back as two.
pub fn tag_problem(tag: &str) -> Option<String> {
    tag.contains(';')
        .then(|| format!("tag '{tag}' holds ';', which separates tags"))
}

/// Tags as stored and in CSV: `;`-separated, blanks dropped.
pub fn split_tags(tags: &str) -> Vec<String> {
    tags.split(';')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn point_value_follows_the_conservative_reading() {
        assert_eq!(Count::exact(26.0).point(), Some(26.0));
        let range = Count {
            low: Some(20.0),
            high: Some(30.0),
            approx: false,
            vague: false,
        };
        assert_eq!(range.point(), Some(25.0));
        let dozens = Count {
            low: Some(24.0),
            high: Some(99.0),
            approx: false,
            vague: true,
        };
        assert_eq!(dozens.point(), Some(24.0));
        let at_least = Count {
            low: Some(26.0),
            high: None,
            approx: false,
            vague: false,
        };
        assert_eq!(at_least.point(), Some(26.0));
    }

    #[test]
    fn approximate_counts_widen_by_a_tenth() {
        let about = Count {
            low: Some(12000.0),
            high: Some(12000.0),
            approx: true,
            vague: false,
        };
        assert_eq!(about.widened(), (10800.0, 13200.0));
        assert_eq!(Count::exact(5.0).widened(), (5.0, 5.0));
    }

    #[test]
    fn iso_days_read_and_print_by_hand() {
        let d = NaiveDate::from_ymd_opt(2022, 1, 7).unwrap();
        assert_eq!(parse_iso_day("2022-01-07"), Some(d));
        assert_eq!(iso_day(d), "2022-01-07");
        for bad in [
            "2022-02-30",
            "2022-1-07",
            "20220107",
            "2022-01-0x",
            "",
            "2022-01-07T",
        ] {
            assert_eq!(parse_iso_day(bad), None, "{bad}");
        }
        assert_eq!(
            iso_day(NaiveDate::from_ymd_opt(33, 2, 3).unwrap()),
            "0033-02-03"
        );
    }

    #[test]
    fn a_bare_day_is_the_figures_own_calendar_day() {
        let day = |d| When::Day(NaiveDate::from_ymd_opt(2022, 1, d).unwrap());
        let at = |s| When::Instant(DateTime::parse_from_rfc3339(s).unwrap());
        // 7 January in Almaty, still the 6th in UTC.
        let almaty = at("2022-01-07T03:00:00+06:00");
        assert!(almaty.on_or_after(&day(7)) && almaty.on_or_before(&day(7)));
        assert!(!almaty.on_or_before(&day(6)));
        // 6 January in New York, already the 7th in UTC.
        let new_york = at("2022-01-06T22:00:00-05:00");
        assert!(new_york.on_or_before(&day(6)) && !new_york.on_or_after(&day(7)));
        // Instants compare as instants whatever their offsets.
        assert!(almaty.on_or_before(&at("2022-01-06T21:00:00Z")));
        assert!(!almaty.on_or_before(&at("2022-01-06T20:59:59Z")));
        assert!(almaty.on_or_after(&at("2022-01-07T03:00:00+06:00")));
        // A bare day against an instant: the bound's own calendar day.
        assert!(day(7).on_or_before(&almaty) && day(7).on_or_after(&almaty));
        assert!(!day(8).on_or_before(&almaty) && !day(6).on_or_after(&almaty));
    }

    #[test]
    fn a_day_keeps_its_precision() {
        let d = When::Day(NaiveDate::from_ymd_opt(2022, 1, 7).unwrap());
        assert_eq!(d.to_iso(), "2022-01-07");
        let t = DateTime::parse_from_rfc3339("2022-01-07T10:00:00+06:00").unwrap();
        assert_eq!(When::Instant(t).to_iso(), "2022-01-07T10:00:00+06:00");
        assert!(When::Instant(t).timestamp() > d.timestamp());
    }
}

/// A fact-checker's verdict on a claim (`claimlog review`), kept as an
/// entry of the claim's history: a second review is a new entry, and the
/// latest one is the claim's verdict.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Review {
    /// The verdict in words ("False", "Misleading", "Trompeur").
    pub rating: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    /// Who reviewed it: the fact-checker or their outlet.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reviewer: String,
    /// The fact-check article.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// When the review was published: a day (YYYY-MM-DD).
    pub date: NaiveDate,
}
