//! Reading claims: one claim by number or id, the claims a filter picks
//! (streamed), and a claim's history.

use super::{ClaimFilter, HistoryEntry, Order};
use crate::domain::{Claim, Count, DateSpan, Kind, Status, Value, When, split_tags};
use crate::store::names::Party;
use crate::store::{Action, Result, Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::Value as SqlValue;
use rusqlite::{OptionalExtension, Row, params, params_from_iter};
use std::collections::HashMap;

const SELECT: &str = "SELECT c.id, c.gid, e.slug, m.name, c.qualifier, c.kind, c.value, \
     c.low, c.high, c.date_low, c.date_high, c.approx, c.vague, c.unit, c.as_of, c.said_at, \
     c.published_at, c.recorded_at, s.name, cl.name, c.url, c.quote, c.lang, c.status, \
     c.retracted_at, c.retract_reason, c.retracted_by, c.superseded_by, c.note, c.tags, c.deleted, \
     n.as_of, ci.name \
     FROM claims c JOIN events e ON e.id = c.event_id JOIN metrics m ON m.id = c.metric_id \
     LEFT JOIN sources s ON s.id = c.source_id LEFT JOIN claimants cl ON cl.id = c.claimant_id \
     LEFT JOIN claims n ON n.gid = c.superseded_by \
     LEFT JOIN claimants ci ON ci.id = c.citing_id";

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
        citing: row.get::<_, Option<String>>(32)?.unwrap_or_default(),
        url: row.get(20)?,
        quote: row.get(21)?,
        lang: stored_lang(row.get_ref(22)?.as_str()?)?,
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

/// The WHERE clauses of a claims query and the values of their numbered
/// parameters.
#[derive(Default)]
struct Conditions {
    clauses: Vec<String>,
    args: Vec<SqlValue>,
}

impl Conditions {
    /// Adds a clause with one `?`, numbered for the value it takes.
    fn push(&mut self, clause: &str, value: SqlValue) {
        self.args.push(value);
        self.clauses
            .push(clause.replace('?', &format!("?{}", self.args.len())));
    }
}

/// The filter's status, day bounds and deleted rule as conditions.
fn state_and_time_conditions(filter: &ClaimFilter, conditions: &mut Conditions) {
    if let Some(status) = filter.status {
        conditions.push("c.status = ?", SqlValue::Text(status.as_str().into()));
    }
    // as_of_ts is a day's UTC midnight or an instant, so the index can
    // only narrow: a calendar day in some offset (the figure's or the
    // bound's; offsets are under 24 h) starts within two days of that
    // day's UTC midnight. The exact test is `When::on_or_after` /
    // `on_or_before` on each row read.
    const SLACK: i64 = 2 * 86_400;
    if let Some(from) = filter.from {
        conditions.push(
            "c.as_of_ts >= ?",
            SqlValue::Integer(from.timestamp() - SLACK),
        );
    }
    if let Some(to) = filter.to {
        conditions.push("c.as_of_ts <= ?", SqlValue::Integer(to.timestamp() + SLACK));
    }
    if !filter.include_deleted {
        conditions.clauses.push("c.deleted = 0".into());
    }
}

/// The full claims query: conditions, order and, when no day bound drops
/// rows after reading, the limit.
fn claims_sql(filter: &ClaimFilter, order: Order, clauses: &[String]) -> String {
    let mut sql = String::from(SELECT);
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
    sql
}

impl Store {
    /// The local number of the claim with this global id (exactly, or in
    /// lower case), if there is one.
    pub fn claim_number_by_gid(&self, gid: &str) -> Result<Option<i64>> {
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
        let mut conditions = Conditions::default();
        self.name_conditions(filter, &mut conditions)?;
        state_and_time_conditions(filter, &mut conditions);
        let sql = claims_sql(filter, order, &conditions.clauses);
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(conditions.args))?;
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

    /// The filter's event, metric, qualifier, source and claimant as
    /// conditions, in that order; a name that does not exist is an error.
    fn name_conditions(&self, filter: &ClaimFilter, conditions: &mut Conditions) -> Result<()> {
        if let Some(event) = &filter.event {
            let id = self.require_event(event)?;
            conditions.push("c.event_id = ?", SqlValue::Integer(id));
        }
        if let Some(metric) = &filter.metric {
            let (id, _) = self.require_metric(metric)?;
            conditions.push("c.metric_id = ?", SqlValue::Integer(id));
        }
        if let Some(q) = &filter.qualifier {
            conditions.push(
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
                conditions.push(column, SqlValue::Integer(id));
            }
        }
        Ok(())
    }

    /// The stored version of a claim, by its local number.
    pub(super) fn claim_by_number(&self, number: i64) -> Result<Claim> {
        self.conn
            .prepare_cached(&format!("{SELECT} WHERE c.id = ?1"))?
            .query_row([number], claim_from_row)
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("no claim {number}")))
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

    /// Whether a claim has this local number.
    pub fn has_claim_number(&self, number: i64) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM claims WHERE id = ?1")?
            .query_row([number], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Each reviewed claim's latest review, by local number: one pass over
    /// the history's review entries, oldest first, so later ones win. An
    /// entry that does not read as a review is an error naming its claim
    /// (`check` would name it too).
    pub fn latest_reviews(&self) -> Result<HashMap<i64, crate::domain::Review>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT claim_id, detail FROM claim_history WHERE action = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([Action::Review.as_str()], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = HashMap::new();
        for row in rows {
            let (number, detail) = row?;
            let review = serde_json::from_str(&detail).map_err(|e| {
                StoreError::Invalid(format!("claim {number}: a review that cannot be read: {e}"))
            })?;
            out.insert(number, review);
        }
        Ok(out)
    }

    /// Whether a claim has this global id.
    pub fn has_claim(&self, gid: &str) -> Result<bool> {
        Ok(self.claim_number_by_gid(gid)?.is_some())
    }

    /// The global ids of claims whose corrections lead back to themselves.
    pub fn supersede_cycles(&self) -> Result<std::collections::HashSet<String>> {
        let mut stmt = self
            .conn
            .prepare(crate::store::maintenance::SUPERSEDE_CYCLES)?;
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

    /// The qualifiers an event's claims of `metric` use (removed claims
    /// left out), for telling a new one that looks like one of them.
    pub fn qualifiers_of(&self, event: &str, metric: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT c.qualifier FROM claims c \
             JOIN events e ON e.id = c.event_id JOIN metrics m ON m.id = c.metric_id \
             WHERE e.slug = ?1 AND m.name = ?2 AND c.deleted = 0 AND c.qualifier <> '' \
             ORDER BY c.qualifier",
        )?;
        let rows = stmt.query_map(params![event, metric], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn claim_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM claims", [], |r| r.get(0))?)
    }
}

/// A stored language code: empty for none. A code this build does not read
/// (written by a newer one) is an error, never dropped: editing the claim
/// would otherwise lose it.
fn stored_lang(code: &str) -> rusqlite::Result<Option<crate::lang::Lang>> {
    if code.is_empty() {
        return Ok(None);
    }
    crate::lang::Lang::from_code(code).map(Some).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            22,
            rusqlite::types::Type::Text,
            format!("a claim in language '{code}', which this claimlog does not read (upgrade it)")
                .into(),
        )
    })
}
