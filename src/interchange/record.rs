//! The interchange record as written: a claim's fields as CSV columns and
//! JSON keys, with bounds as numbers for counts and ISO days for dates.

use crate::domain::{Claim, Count, Value};
use serde::Serialize;
use serde_json::{Map, Value as Json};

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

/// The record of a stored claim: the interchange record and its `citing`.
/// `Record` alone is what `extract` builds from text, with `citing` empty.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRecord {
    pub record: Record,
    /// The claimant the claimant relays, or empty.
    pub citing: String,
}

impl std::ops::Deref for ClaimRecord {
    type Target = Record;
    fn deref(&self) -> &Record {
        &self.record
    }
}

impl std::ops::DerefMut for ClaimRecord {
    fn deref_mut(&mut self) -> &mut Record {
        &mut self.record
    }
}

impl ClaimRecord {
    /// The record as a JSON object (keys in column order).
    pub fn to_json(&self) -> Map<String, Json> {
        with_citing(self.record.json_without_citing(), &self.citing)
    }

    /// The record as CSV fields, in `COLUMNS` order.
    pub fn to_csv_fields(&self) -> Vec<String> {
        let mut fields = self.record.to_csv_fields();
        fields[CITING] = self.citing.clone();
        fields
    }
}

impl Serialize for ClaimRecord {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(s)
    }
}

/// Either record, as the writers take it.
pub trait Row {
    fn to_json(&self) -> Map<String, Json>;
    fn to_csv_fields(&self) -> Vec<String>;
}

impl Row for Record {
    fn to_json(&self) -> Map<String, Json> {
        Record::to_json(self)
    }
    fn to_csv_fields(&self) -> Vec<String> {
        Record::to_csv_fields(self)
    }
}

impl Row for ClaimRecord {
    fn to_json(&self) -> Map<String, Json> {
        ClaimRecord::to_json(self)
    }
    fn to_csv_fields(&self) -> Vec<String> {
        ClaimRecord::to_csv_fields(self)
    }
}

/// Where `citing` sits among the columns.
const CITING: usize = 15;

/// `map` with `citing` put right after `claimant`, where the columns have it.
fn with_citing(map: Map<String, Json>, citing: &str) -> Map<String, Json> {
    let mut out = Map::new();
    for (key, value) in map {
        let after = key == "claimant";
        out.insert(key, value);
        if after {
            out.insert("citing".into(), Json::String(citing.to_string()));
        }
    }
    out
}

impl Record {
    pub fn from_claim(claim: &Claim) -> ClaimRecord {
        ClaimRecord {
            record: Record::of_claim(claim),
            citing: claim.citing.clone(),
        }
    }

    fn of_claim(claim: &Claim) -> Record {
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
            lang: claim.lang.map(|l| l.code().to_string()).unwrap_or_default(),
            status: claim.status.as_str(),
            note: claim.note.clone(),
            tags: claim.tags.clone(),
            retracted_at: claim.retracted_at.map(|w| w.to_iso()),
            reason: claim.retract_reason.clone(),
            retracted_by: claim.retracted_by.clone(),
            superseded_by: claim.superseded_by.clone(),
        }
    }

    /// The record as a JSON object (keys in column order, `citing` empty).
    pub fn to_json(&self) -> Map<String, Json> {
        with_citing(self.json_without_citing(), "")
    }

    fn json_without_citing(&self) -> Map<String, Json> {
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
            String::new(),
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

/// The record of a claim plus extra keys (e.g. `number`, `history`).
pub fn record_with(claim: &Claim, extra: &[(&str, Json)]) -> Json {
    let mut map = Record::from_claim(claim).to_json();
    for (key, value) in extra {
        map.insert((*key).to_string(), value.clone());
    }
    Json::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::COLUMNS;

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
        assert_eq!(fields[21], "a;b");
        let json = record.to_json();
        let keys: Vec<&String> = json.keys().collect();
        assert_eq!(keys.len(), COLUMNS.len());
        assert_eq!(json["high"], Json::Null);
    }
}
