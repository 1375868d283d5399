//! Claims and their append-only history.

use super::names::Party;
use super::{Result, Store, StoreError, now};
use crate::domain::{Claim, Count, DateSpan, Kind, Status, Value, When, split_tags};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::Value as SqlValue;
use rusqlite::{OptionalExtension, Row, params, params_from_iter};
use std::collections::HashMap;

/// Which claims `list` and the reports read.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub event: Option<String>,
    pub metric: Option<String>,
    pub qualifier: Option<String>,
    pub source: Option<String>,
    pub claimant: Option<String>,
    pub status: Option<Status>,
    /// as_of on or after this moment, compared by `When::on_or_after`: a
    /// bare day is each claim's own calendar day.
    pub from: Option<When>,
    /// as_of on or before this moment (`When::on_or_before`; a day counts
    /// whole).
    pub to: Option<When>,
    pub include_deleted: bool,
    pub limit: Option<usize>,
}

/// Ids of names already looked up, kept for the length of one write.
#[derive(Debug, Default)]
pub struct Interner {
    events: HashMap<String, i64>,
    metrics: HashMap<String, (i64, Kind)>,
    sources: HashMap<String, i64>,
    claimants: HashMap<String, i64>,
    /// Create events that do not exist yet (import does; add must not).
    pub create_events: bool,
    /// Events created along the way.
    pub created_events: Vec<String>,
    /// The last recorded_at written, formatted (an import's rows share it).
    recorded: Option<(DateTime<Utc>, String)>,
}

impl Interner {
    /// An interner for imports, which create the events they name.
    pub fn creating_events() -> Interner {
        Interner {
            create_events: true,
            ..Interner::default()
        }
    }
}

/// The order claims are read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Oldest as_of first (reports, lists).
    AsOf,
    /// As recorded (exports, so a re-import keeps the numbers).
    Number,
}

/// One line of a claim's history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HistoryEntry {
    pub at: String,
    pub action: String,
    pub detail: String,
}

const SELECT: &str = "SELECT c.id, c.gid, e.slug, m.name, c.qualifier, c.kind, c.value, \
     c.low, c.high, c.date_low, c.date_high, c.approx, c.vague, c.unit, c.as_of, c.said_at, \
     c.published_at, c.recorded_at, s.name, cl.name, c.url, c.quote, c.lang, c.status, \
     c.retracted_at, c.retract_reason, c.retracted_by, c.superseded_by, c.note, c.tags, c.deleted, \
     n.as_of \
     FROM claims c JOIN events e ON e.id = c.event_id JOIN metrics m ON m.id = c.metric_id \
     LEFT JOIN sources s ON s.id = c.source_id LEFT JOIN claimants cl ON cl.id = c.claimant_id \
     LEFT JOIN claims n ON n.gid = c.superseded_by";

fn bad_row(column: usize, what: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, what.into())
}

fn when_at(row: &Row, i: usize) -> rusqlite::Result<Option<When>> {
    match row.get::<_, Option<String>>(i)? {
        None => Ok(None),
        Some(s) => When::parse_iso(&s)
            .map(Some)
            .ok_or_else(|| bad_row(i, format!("bad stored time '{s}'"))),
    }
}

fn claim_from_row(row: &Row) -> rusqlite::Result<Claim> {
    let kind: String = row.get(5)?;
    let value = match Kind::parse(&kind) {
        Some(Kind::Count) => Value::Count(Count {
            low: row.get(7)?,
            high: row.get(8)?,
            approx: row.get(11)?,
            vague: row.get(12)?,
        }),
        Some(Kind::Date) => {
            let day = |i: usize| -> rusqlite::Result<NaiveDate> {
                let s: String = row.get(i)?;
                NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                    .map_err(|_| bad_row(i, format!("bad stored day '{s}'")))
            };
            Value::Date(DateSpan {
                start: day(9)?,
                end: day(10)?,
            })
        }
        _ => Value::Text,
    };
    let recorded: String = row.get(17)?;
    let status: String = row.get(23)?;
    let tags: String = row.get(29)?;
    Ok(Claim {
        number: row.get(0)?,
        id: row.get(1)?,
        event: row.get(2)?,
        metric: row.get(3)?,
        qualifier: row.get(4)?,
        text: row.get(6)?,
        value,
        unit: row.get(13)?,
        as_of: when_at(row, 14)?.ok_or_else(|| bad_row(14, "missing as_of".into()))?,
        said_at: when_at(row, 15)?,
        published_at: when_at(row, 16)?,
        recorded_at: DateTime::parse_from_rfc3339(&recorded)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| bad_row(17, format!("bad recorded_at '{recorded}'")))?,
        source: row.get::<_, Option<String>>(18)?.unwrap_or_default(),
        claimant: row.get::<_, Option<String>>(19)?.unwrap_or_default(),
        url: row.get(20)?,
        quote: row.get(21)?,
        lang: row.get(22)?,
        status: Status::parse(&status).unwrap_or(Status::Active),
        retracted_at: when_at(row, 24)?,
        retract_reason: row.get(25)?,
        retracted_by: row.get(26)?,
        superseded_by: row.get(27)?,
        superseded_at: when_at(row, 31)?,
        note: row.get(28)?,
        tags: split_tags(&tags),
        deleted: row.get(30)?,
    })
}

/// The value columns of a claim: (low, high, date_low, date_high, approx, vague).
type ValueColumns = (
    Option<f64>,
    Option<f64>,
    Option<String>,
    Option<String>,
    bool,
    bool,
);

fn value_columns(value: &Value) -> ValueColumns {
    match value {
        Value::Count(c) => (c.low, c.high, None, None, c.approx, c.vague),
        Value::Date(d) => (
            None,
            None,
            Some(crate::domain::iso_day(d.start)),
            Some(crate::domain::iso_day(d.end)),
            false,
            false,
        ),
        Value::Text => (None, None, None, None, false, false),
    }
}

/// The tags column: tags joined by `;`, refusing a tag that holds one.
fn tags_column(tags: &[String]) -> Result<String> {
    match tags.iter().find_map(|t| crate::domain::tag_problem(t)) {
        Some(why) => Err(StoreError::Invalid(why)),
        None => Ok(tags.join(";")),
    }
}

impl Store {
    /// Records a new claim (its event must exist; its metric too; source and
    /// claimant are created when new). `claim.id` empty gets a fresh global
    /// id. `origin` (add, import, correct) and its detail open the claim's
    /// history. Returns the local number, or `None` when a claim with that
    /// global id exists already (re-imports add nothing).
    pub fn insert_claim(&self, claim: &Claim, origin: &str, detail: &str) -> Result<Option<i64>> {
        self.insert_claim_with(claim, origin, detail, &mut Interner::default())
    }

    /// `insert_claim` with names resolved through `interner`, so a long
    /// import looks each event, metric, source and claimant up once.
    pub fn insert_claim_with(
        &self,
        claim: &Claim,
        origin: &str,
        detail: &str,
        interner: &mut Interner,
    ) -> Result<Option<i64>> {
        crate::text::check_claim(claim).map_err(|e| StoreError::Invalid(e.to_string()))?;
        self.insert_texts_checked(claim, origin, detail, interner)
    }

    /// `insert_claim_with` for a claim whose texts were checked already.
    pub fn insert_checked_claim(
        &self,
        claim: &crate::text::CheckedClaim,
        origin: &str,
        detail: &str,
        interner: &mut Interner,
    ) -> Result<Option<i64>> {
        self.insert_texts_checked(claim.claim(), origin, detail, interner)
    }

    fn insert_texts_checked(
        &self,
        claim: &Claim,
        origin: &str,
        detail: &str,
        interner: &mut Interner,
    ) -> Result<Option<i64>> {
        let event_id = match interner.events.get(claim.event.as_str()) {
            Some(id) => *id,
            None => {
                let id = if interner.create_events {
                    let (id, created) = self.ensure_event(&claim.event)?;
                    if created {
                        interner.created_events.push(claim.event.clone());
                    }
                    id
                } else {
                    self.require_event(&claim.event)?
                };
                interner.events.insert(claim.event.clone(), id);
                id
            }
        };
        let (metric_id, metric_kind) = match interner.metrics.get(claim.metric.as_str()) {
            Some(found) => *found,
            None => {
                let found = self.require_metric(&claim.metric)?;
                interner.metrics.insert(claim.metric.clone(), found);
                found
            }
        };
        if metric_kind != claim.kind() {
            return Err(StoreError::Invalid(format!(
                "metric '{}' holds {} values, not {} ('{}')",
                claim.metric,
                metric_kind,
                claim.kind(),
                claim.text
            )));
        }
        let source_id = self.interned_party(Party::Source, &claim.source, &mut interner.sources)?;
        let claimant_id =
            self.interned_party(Party::Claimant, &claim.claimant, &mut interner.claimants)?;
        let fresh;
        let gid = if claim.id.is_empty() {
            fresh = uuid::Uuid::now_v7().to_string();
            fresh.as_str()
        } else {
            claim.id.as_str()
        };
        let (low, high, date_low, date_high, approx, vague) = value_columns(&claim.value);
        let tags = tags_column(&claim.tags)?;
        let recorded = match &interner.recorded {
            Some((at, text)) if *at == claim.recorded_at => text.clone(),
            _ => {
                let text = claim
                    .recorded_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                interner.recorded = Some((claim.recorded_at, text.clone()));
                text
            }
        };
        let inserted = self
            .conn
            .prepare_cached(
                "INSERT INTO claims (gid, event_id, metric_id, qualifier, kind, value, low, high, \
                 date_low, date_high, approx, vague, unit, as_of, as_of_ts, said_at, published_at, \
                 recorded_at, source_id, claimant_id, url, quote, lang, status, retracted_at, \
                 retract_reason, retracted_by, superseded_by, note, tags, deleted, origin, \
                 origin_detail) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, \
                 ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, \
                 ?33) ON CONFLICT (gid) DO NOTHING",
            )?
            .execute(params![
                gid,
                event_id,
                metric_id,
                claim.qualifier,
                claim.kind().as_str(),
                claim.text,
                low,
                high,
                date_low,
                date_high,
                approx,
                vague,
                claim.unit,
                claim.as_of.to_iso(),
                claim.as_of.timestamp(),
                claim.said_at.map(|w| w.to_iso()),
                claim.published_at.map(|w| w.to_iso()),
                recorded,
                source_id,
                claimant_id,
                claim.url,
                claim.quote,
                claim.lang,
                claim.status.as_str(),
                claim.retracted_at.map(|w| w.to_iso()),
                claim.retract_reason,
                claim.retracted_by,
                claim.superseded_by,
                claim.note,
                tags,
                claim.deleted,
                origin,
                detail,
            ])?;
        if inserted == 0 {
            return Ok(None);
        }
        Ok(Some(self.conn.last_insert_rowid()))
    }

    /// A source's or claimant's id through a cache (None for no name).
    fn interned_party(
        &self,
        party: Party,
        name: &str,
        cache: &mut HashMap<String, i64>,
    ) -> Result<Option<i64>> {
        let name = name.trim();
        if name.is_empty() {
            return Ok(None);
        }
        if let Some(id) = cache.get(name) {
            return Ok(Some(*id));
        }
        let (id, _) = self.ensure_party(party, name)?;
        cache.insert(name.to_string(), id);
        Ok(Some(id))
    }

    fn optional_party(&self, party: Party, name: &str) -> Result<Option<i64>> {
        if name.trim().is_empty() {
            return Ok(None);
        }
        Ok(Some(self.ensure_party(party, name)?.0))
    }

    fn claim_number_by_gid(&self, gid: &str) -> Result<Option<i64>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM claims WHERE gid = ?1")?;
        let found = stmt.query_row([gid], |r| r.get(0)).optional()?;
        // Ids are stored lower-case (import folds them), so `0190ABCD-…`
        // finds its claim; an id kept with capitals still matches exactly.
        let lower = gid.to_ascii_lowercase();
        if found.is_some() || lower == gid {
            return Ok(found);
        }
        Ok(stmt.query_row([lower], |r| r.get(0)).optional()?)
    }

    /// Finds a claim by its local number or its global id (or a unique
    /// prefix of at least 8 characters of it).
    pub fn find_claim(&self, reference: &str) -> Result<Claim> {
        let trimmed = reference.trim();
        // `#5` is always the local number; a bare `5` is too, unless an
        // imported claim also has the global id "5": then say so.
        let explicit_number = trimmed.starts_with('#');
        let reference = trimmed.trim_start_matches('#');
        let number = match reference.parse::<i64>() {
            Ok(n) if !explicit_number => match self.claim_number_by_gid(reference)? {
                Some(other) if other != n => {
                    let exists: bool = self
                        .conn
                        .prepare_cached("SELECT EXISTS (SELECT 1 FROM claims WHERE id = ?1)")?
                        .query_row([n], |r| r.get(0))?;
                    if exists {
                        return Err(StoreError::Invalid(format!(
                            "'{reference}' is both claim number {n} and the global id of claim {other}; write #{n} for the number"
                        )));
                    }
                    Some(other)
                }
                _ => Some(n),
            },
            Ok(n) => Some(n),
            Err(_) => match self.claim_number_by_gid(reference)? {
                Some(n) => Some(n),
                None if reference.len() >= 8 => {
                    let mut stmt = self
                        .conn
                        .prepare("SELECT id FROM claims WHERE substr(gid, 1, ?2) = ?1 LIMIT 2")?;
                    let prefix = reference.to_ascii_lowercase();
                    let found: Vec<i64> = stmt
                        .query_map(params![prefix, prefix.len() as i64], |r| r.get(0))?
                        .collect::<rusqlite::Result<_>>()?;
                    match found.as_slice() {
                        [one] => Some(*one),
                        [] => None,
                        _ => {
                            return Err(StoreError::Invalid(format!(
                                "'{reference}' starts several claim ids; give more of it"
                            )));
                        }
                    }
                }
                None => None,
            },
        };
        let found = match number {
            Some(n) => self
                .conn
                .prepare_cached(&format!("{SELECT} WHERE c.id = ?1"))?
                .query_row([n], claim_from_row)
                .optional()?,
            None => None,
        };
        found.ok_or_else(|| StoreError::NotFound(format!("no claim '{reference}'")))
    }

    /// Claims matching a filter, oldest as_of first.
    pub fn claims(&self, filter: &ClaimFilter) -> Result<Vec<Claim>> {
        let mut out = Vec::new();
        self.each_claim(filter, Order::AsOf, |c| {
            out.push(c);
            Ok(())
        })?;
        Ok(out)
    }

    /// Streams the claims matching a filter to `f`, one at a time, so an
    /// export of millions never holds them all.
    pub fn each_claim(
        &self,
        filter: &ClaimFilter,
        order: Order,
        mut f: impl FnMut(Claim) -> Result<()>,
    ) -> Result<()> {
        let mut sql = String::from(SELECT);
        let mut clauses: Vec<String> = Vec::new();
        let mut args: Vec<SqlValue> = Vec::new();
        let mut arg = |clauses: &mut Vec<String>, clause: &str, value: SqlValue| {
            args.push(value);
            clauses.push(clause.replace('?', &format!("?{}", args.len())));
        };
        if let Some(event) = &filter.event {
            let id = self.require_event(event)?;
            arg(&mut clauses, "c.event_id = ?", SqlValue::Integer(id));
        }
        if let Some(metric) = &filter.metric {
            let (id, _) = self.require_metric(metric)?;
            arg(&mut clauses, "c.metric_id = ?", SqlValue::Integer(id));
        }
        if let Some(q) = &filter.qualifier {
            arg(
                &mut clauses,
                "c.qualifier = ? COLLATE NOCASE",
                SqlValue::Text(q.trim().to_string()),
            );
        }
        for (party, name) in [
            (Party::Source, &filter.source),
            (Party::Claimant, &filter.claimant),
        ] {
            if let Some(name) = name {
                let id = self
                    .party_id(party, name)?
                    .ok_or_else(|| StoreError::NotFound(format!("no {} '{name}'", party.noun())))?;
                let column = match party {
                    Party::Source => "c.source_id = ?",
                    Party::Claimant => "c.claimant_id = ?",
                };
                arg(&mut clauses, column, SqlValue::Integer(id));
            }
        }
        if let Some(status) = filter.status {
            arg(
                &mut clauses,
                "c.status = ?",
                SqlValue::Text(status.as_str().into()),
            );
        }
        // as_of_ts is a day's UTC midnight or an instant, so the index can
        // only narrow: a calendar day in some offset (the figure's or the
        // bound's; offsets are under 24 h) starts within two days of that
        // day's UTC midnight. The exact test is `When::on_or_after` /
        // `on_or_before` on each row read.
        const SLACK: i64 = 2 * 86_400;
        if let Some(from) = filter.from {
            arg(
                &mut clauses,
                "c.as_of_ts >= ?",
                SqlValue::Integer(from.timestamp() - SLACK),
            );
        }
        if let Some(to) = filter.to {
            arg(
                &mut clauses,
                "c.as_of_ts <= ?",
                SqlValue::Integer(to.timestamp() + SLACK),
            );
        }
        if !filter.include_deleted {
            clauses.push("c.deleted = 0".into());
        }
        if !clauses.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&clauses.join(" AND "));
        }
        sql.push_str(match order {
            Order::AsOf => " ORDER BY c.as_of_ts, c.id",
            Order::Number => " ORDER BY c.id",
        });
        let exact = filter.from.is_some() || filter.to.is_some();
        // With day bounds some rows the prefilter lets through are dropped,
        // so the limit is counted here instead.
        if let (Some(limit), false) = (filter.limit, exact) {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(args))?;
        let mut left = filter.limit.unwrap_or(usize::MAX);
        while left > 0
            && let Some(row) = rows.next()?
        {
            let claim = claim_from_row(row)?;
            if filter.from.is_some_and(|b| !claim.as_of.on_or_after(&b))
                || filter.to.is_some_and(|b| !claim.as_of.on_or_before(&b))
            {
                continue;
            }
            left -= 1;
            f(claim)?;
        }
        Ok(())
    }

    /// Writes a changed claim back and records the change in its history.
    /// Events, metrics, sources and claimants are resolved by name.
    pub fn update_claim(&self, claim: &Claim, action: &str, detail: &str) -> Result<()> {
        let before = self.claim_by_number(claim.number)?;
        crate::text::check_changes(&before, claim)
            .map_err(|e| StoreError::Invalid(e.to_string()))?;
        let event_id = self.require_event(&claim.event)?;
        let (metric_id, metric_kind) = self.require_metric(&claim.metric)?;
        if metric_kind != claim.kind() {
            return Err(StoreError::Invalid(format!(
                "metric '{}' holds {} values, not {}",
                claim.metric,
                metric_kind,
                claim.kind()
            )));
        }
        let source_id = self.optional_party(Party::Source, &claim.source)?;
        let claimant_id = self.optional_party(Party::Claimant, &claim.claimant)?;
        let (low, high, date_low, date_high, approx, vague) = value_columns(&claim.value);
        let tags = tags_column(&claim.tags)?;
        let changed = self.conn.execute(
            "UPDATE claims SET event_id = ?2, metric_id = ?3, qualifier = ?4, kind = ?5, \
             value = ?6, low = ?7, high = ?8, date_low = ?9, date_high = ?10, approx = ?11, \
             vague = ?12, unit = ?13, as_of = ?14, as_of_ts = ?15, said_at = ?16, \
             published_at = ?17, source_id = ?18, claimant_id = ?19, url = ?20, quote = ?21, \
             lang = ?22, status = ?23, retracted_at = ?24, retract_reason = ?25, \
             retracted_by = ?26, superseded_by = ?27, note = ?28, tags = ?29, deleted = ?30 \
             WHERE id = ?1",
            params![
                claim.number,
                event_id,
                metric_id,
                claim.qualifier,
                claim.kind().as_str(),
                claim.text,
                low,
                high,
                date_low,
                date_high,
                approx,
                vague,
                claim.unit,
                claim.as_of.to_iso(),
                claim.as_of.timestamp(),
                claim.said_at.map(|w| w.to_iso()),
                claim.published_at.map(|w| w.to_iso()),
                source_id,
                claimant_id,
                claim.url,
                claim.quote,
                claim.lang,
                claim.status.as_str(),
                claim.retracted_at.map(|w| w.to_iso()),
                claim.retract_reason,
                claim.retracted_by,
                claim.superseded_by,
                claim.note,
                tags,
                claim.deleted,
            ],
        )?;
        if changed != 1 {
            return Err(StoreError::NotFound(format!("no claim {}", claim.number)));
        }
        self.append_history(claim.number, action, detail)
    }

    /// The stored version of a claim, by its local number.
    fn claim_by_number(&self, number: i64) -> Result<Claim> {
        self.conn
            .prepare_cached(&format!("{SELECT} WHERE c.id = ?1"))?
            .query_row([number], claim_from_row)
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("no claim {number}")))
    }

    fn append_history(&self, number: i64, action: &str, detail: &str) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO claim_history (claim_id, at, action, detail) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![number, now(), action, detail])?;
        Ok(())
    }

    /// A claim's history, oldest first: how it came in (add, import,
    /// correct), then every change made to it.
    pub fn history(&self, number: i64) -> Result<Vec<HistoryEntry>> {
        let origin = self
            .conn
            .prepare_cached("SELECT recorded_at, origin, origin_detail FROM claims WHERE id = ?1")?
            .query_row([number], |r| {
                Ok(HistoryEntry {
                    at: r.get(0)?,
                    action: r.get(1)?,
                    detail: r.get(2)?,
                })
            })
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("no claim {number}")))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, action, detail FROM claim_history WHERE claim_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([number], |r| {
            Ok(HistoryEntry {
                at: r.get(0)?,
                action: r.get(1)?,
                detail: r.get(2)?,
            })
        })?;
        let mut out = vec![origin];
        for row in rows {
            out.push(row?);
        }
        Ok(out)
    }

    /// Whether a claim has this global id.
    pub fn has_claim(&self, gid: &str) -> Result<bool> {
        Ok(self.claim_number_by_gid(gid)?.is_some())
    }

    /// The global ids of claims whose corrections lead back to themselves.
    pub fn supersede_cycles(&self) -> Result<std::collections::HashSet<String>> {
        let mut stmt = self.conn.prepare(super::maintenance::SUPERSEDE_CYCLES)?;
        let ids = stmt.query_map([], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// The number of the claim that `gid` corrected, if it corrects one.
    pub fn corrected_by(&self, gid: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM claims WHERE superseded_by = ?1 LIMIT 1")?
            .query_row([gid], |r| r.get(0))
            .optional()?)
    }

    pub fn claim_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM claims", [], |r| r.get(0))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    fn sample(store: &Store) -> Claim {
        store.ensure_event("kz").unwrap();
        Claim {
            number: 0,
            id: String::new(),
            event: "kz".into(),
            metric: "deaths".into(),
            qualifier: "armed criminals".into(),
            text: "26".into(),
            value: Value::Count(Count::exact(26.0)),
            unit: String::new(),
            as_of: When::Day(NaiveDate::from_ymd_opt(2022, 1, 7).unwrap()),
            said_at: None,
            published_at: None,
            recorded_at: Utc::now(),
            source: "franceinfo".into(),
            claimant: "Interior Ministry".into(),
            url: String::new(),
            quote: String::new(),
            lang: Lang::from_code("fr").unwrap().code().into(),
            status: Status::Active,
            retracted_at: None,
            retract_reason: String::new(),
            retracted_by: String::new(),
            superseded_by: None,
            superseded_at: None,
            note: String::new(),
            tags: vec!["official".into()],
            deleted: false,
        }
    }

    #[test]
    fn a_claim_round_trips_through_the_store() {
        let store = Store::open_in_memory().unwrap();
        let claim = sample(&store);
        let n = store.insert_claim(&claim, "add", "").unwrap().unwrap();
        let back = store.find_claim(&n.to_string()).unwrap();
        assert_eq!(back.value, claim.value);
        assert_eq!(back.qualifier, "armed criminals");
        assert_eq!(back.source, "franceinfo");
        assert_eq!(back.tags, vec!["official".to_string()]);
        assert_eq!(store.find_claim(&back.id).unwrap().number, n);
        assert_eq!(store.find_claim(&back.id[..12]).unwrap().number, n);
        assert_eq!(store.history(n).unwrap()[0].action, "add");
    }

    #[test]
    fn the_store_refuses_controls_whatever_path_a_claim_takes() {
        let store = Store::open_in_memory().unwrap();
        let mut claim = sample(&store);
        claim.source = "AF\u{1b}P".into();
        let err = store.insert_claim(&claim, "add", "").unwrap_err();
        assert!(
            err.to_string().starts_with("source: character 3 is U+001B"),
            "{err}"
        );
        claim.source = "AFP".into();
        let n = store.insert_claim(&claim, "add", "").unwrap().unwrap();
        let mut edited = store.find_claim(&n.to_string()).unwrap();
        edited.url = "javascript:alert(1)".into();
        let err = store.update_claim(&edited, "edit", "").unwrap_err();
        assert!(err.to_string().starts_with("url: "), "{err}");
        assert_eq!(store.claim_count().unwrap(), 1);
        assert!(
            store
                .party_id(Party::Source, "AF\u{1b}P")
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn the_same_global_id_is_added_once() {
        let store = Store::open_in_memory().unwrap();
        let mut claim = sample(&store);
        claim.id = "kz22-001".into();
        assert!(store.insert_claim(&claim, "import", "").unwrap().is_some());
        assert!(store.insert_claim(&claim, "import", "").unwrap().is_none());
        assert_eq!(store.claim_count().unwrap(), 1);
    }

    #[test]
    fn history_is_append_only() {
        let store = Store::open_in_memory().unwrap();
        let n = store
            .insert_claim(&sample(&store), "add", "")
            .unwrap()
            .unwrap();
        let mut removed = store.find_claim(&n.to_string()).unwrap();
        removed.deleted = true;
        store.update_claim(&removed, "rm", "").unwrap();
        assert!(store.conn.execute("DELETE FROM claim_history", []).is_err());
        assert!(
            store
                .conn
                .execute("UPDATE claim_history SET action = 'x'", [])
                .is_err()
        );
        assert!(store.conn.execute("DELETE FROM claims", []).is_err());
        let history = store.history(n).unwrap();
        let actions: Vec<&str> = history.iter().map(|h| h.action.as_str()).collect();
        assert_eq!(actions, ["add", "rm"]);
    }

    #[test]
    fn filters_narrow_the_list() {
        let store = Store::open_in_memory().unwrap();
        let claim = sample(&store);
        store.insert_claim(&claim, "add", "").unwrap();
        let mut other = claim.clone();
        other.metric = "injured".into();
        other.qualifier = String::new();
        other.source = "AFP".into();
        other.as_of = When::Day(NaiveDate::from_ymd_opt(2022, 1, 9).unwrap());
        store.insert_claim(&other, "add", "").unwrap();
        let all = store.claims(&ClaimFilter::default()).unwrap();
        assert_eq!(all.len(), 2);
        let by_source = ClaimFilter {
            source: Some("afp".into()),
            ..Default::default()
        };
        assert_eq!(store.claims(&by_source).unwrap().len(), 1);
        let until_8th = ClaimFilter {
            to: When::parse_iso("2022-01-08"),
            ..Default::default()
        };
        assert_eq!(store.claims(&until_8th).unwrap().len(), 1);
        let by_qualifier = ClaimFilter {
            qualifier: Some("Armed Criminals".into()),
            ..Default::default()
        };
        assert_eq!(store.claims(&by_qualifier).unwrap().len(), 1);
    }
}
