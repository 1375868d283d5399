//! Reading claims: one claim by number or id, the claims a filter picks
//! (streamed), and a claim's history.

use super::{ClaimFilter, HistoryEntry, Order};
use crate::domain::{Claim, Count, DateSpan, Kind, Status, Value, When, split_tags};
use crate::store::db::{Arg, NO_ARGS, RowRef, ToArg, args};
use crate::store::names::Party;
use crate::store::{Action, Result, Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
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

/// `SELECT` for one claim: the same columns, the names each read by a
/// subquery of its own. A fresh PostgreSQL connection plans this in about
/// half the time of the seven-way join (1.3 ms against 2.7 ms), which one
/// `add` or `show` pays once; streams of many claims keep the joins.
const SELECT_ONE: &str = "SELECT c.id, c.gid, (SELECT slug FROM events WHERE id = c.event_id), \
     (SELECT name FROM metrics WHERE id = c.metric_id), c.qualifier, c.kind, c.value, \
     c.low, c.high, c.date_low, c.date_high, c.approx, c.vague, c.unit, c.as_of, c.said_at, \
     c.published_at, c.recorded_at, (SELECT name FROM sources WHERE id = c.source_id), \
     (SELECT name FROM claimants WHERE id = c.claimant_id), c.url, c.quote, c.lang, c.status, \
     c.retracted_at, c.retract_reason, c.retracted_by, c.superseded_by, c.note, c.tags, c.deleted, \
     (SELECT n.as_of FROM claims n WHERE n.gid = c.superseded_by), \
     (SELECT name FROM claimants WHERE id = c.citing_id) \
     FROM claims c";

fn bad_row(column: usize, what: String) -> StoreError {
    StoreError::Invalid(format!("a stored claim, column {column}: {what}"))
}

fn when_at(row: &RowRef, i: usize) -> Result<Option<When>> {
    match row.get::<Option<String>>(i)? {
        None => Ok(None),
        Some(s) => When::parse_iso(&s)
            .map(Some)
            .ok_or_else(|| bad_row(i, format!("bad stored time '{s}'"))),
    }
}

fn claim_from_row(row: &RowRef) -> Result<Claim> {
    let kind: String = row.get(5)?;
    let value = match Kind::parse(&kind) {
        Some(Kind::Count) => Value::Count(Count {
            low: row.get(7)?,
            high: row.get(8)?,
            approx: row.get(11)?,
            vague: row.get(12)?,
        }),
        Some(Kind::Date) => {
            let day = |i: usize| -> Result<NaiveDate> {
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
        source: row.get::<Option<String>>(18)?.unwrap_or_default(),
        claimant: row.get::<Option<String>>(19)?.unwrap_or_default(),
        citing: row.get::<Option<String>>(32)?.unwrap_or_default(),
        url: row.get(20)?,
        quote: row.get(21)?,
        lang: stored_lang(&row.get::<String>(22)?)?,
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
    args: Vec<Param>,
}

/// A parameter value owned by the query that binds it.
enum Param {
    Int(i64),
    Text(String),
}

impl ToArg for Param {
    fn arg(&self) -> Arg<'_> {
        match self {
            Param::Int(i) => Arg::Int(*i),
            Param::Text(s) => Arg::Text(s),
        }
    }
}

impl Conditions {
    /// Adds a clause with one `?`, numbered for the value it takes.
    fn push(&mut self, clause: &str, value: Param) {
        self.args.push(value);
        self.clauses
            .push(clause.replace('?', &format!("?{}", self.args.len())));
    }
}

/// The filter's status, day bounds and deleted rule as conditions.
fn state_and_time_conditions(filter: &ClaimFilter, conditions: &mut Conditions) {
    if let Some(status) = filter.status {
        conditions.push("c.status = ?", Param::Text(status.as_str().into()));
    }
    // as_of_ts is a day's UTC midnight or an instant, so the index can
    // only narrow: a calendar day in some offset (the figure's or the
    // bound's; offsets are under 24 h) starts within two days of that
    // day's UTC midnight. The exact test is `When::on_or_after` /
    // `on_or_before` on each row read.
    const SLACK: i64 = 2 * 86_400;
    if let Some(from) = filter.from {
        conditions.push("c.as_of_ts >= ?", Param::Int(from.timestamp() - SLACK));
    }
    if let Some(to) = filter.to {
        conditions.push("c.as_of_ts <= ?", Param::Int(to.timestamp() + SLACK));
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
        const BY_GID: &str = "SELECT id FROM claims WHERE gid = ?1";
        let found = self.db.first(BY_GID, args![gid], |r| r.get(0))?;
        // Ids are stored lower-case (import folds them), so `0190ABCD-…`
        // finds its claim; an id kept with capitals still matches exactly.
        let lower = gid.to_ascii_lowercase();
        if found.is_some() || lower == gid {
            return Ok(found);
        }
        self.db.first(BY_GID, args![lower], |r| r.get(0))
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
                    let exists: bool = self.db.value(
                        "SELECT EXISTS (SELECT 1 FROM claims WHERE id = ?1)",
                        args![n],
                    )?;
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
                    let prefix = reference.to_ascii_lowercase();
                    let found: Vec<i64> = self.db.all(
                        "SELECT id FROM claims WHERE substr(gid, 1, ?2) = ?1 LIMIT 2",
                        args![prefix, prefix.len() as i64],
                        |r| r.get(0),
                    )?;
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
            Some(n) => self.db.first(
                &format!("{SELECT_ONE} WHERE c.id = ?1"),
                args![n],
                claim_from_row,
            )?,
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
        let params: Vec<&dyn ToArg> = conditions.args.iter().map(|a| a as &dyn ToArg).collect();
        let mut left = filter.limit.unwrap_or(usize::MAX);
        if left == 0 {
            return Ok(());
        }
        self.db.each(&sql, &params, |row| {
            let claim = claim_from_row(row)?;
            if filter.from.is_some_and(|b| !claim.as_of.on_or_after(&b))
                || filter.to.is_some_and(|b| !claim.as_of.on_or_before(&b))
            {
                return Ok(true);
            }
            left -= 1;
            f(claim)?;
            Ok(left > 0)
        })
    }

    /// The filter's event, metric, qualifier, source and claimant as
    /// conditions, in that order; a name that does not exist is an error.
    fn name_conditions(&self, filter: &ClaimFilter, conditions: &mut Conditions) -> Result<()> {
        if let Some(event) = &filter.event {
            let id = self.require_event(event)?;
            conditions.push("c.event_id = ?", Param::Int(id));
        }
        if let Some(metric) = &filter.metric {
            let (id, _) = self.require_metric(metric)?;
            conditions.push("c.metric_id = ?", Param::Int(id));
        }
        if let Some(q) = &filter.qualifier {
            conditions.push(
                // lower() on both sides: SQLite's NOCASE, written so
                // every backend reads it (ASCII letters fold alike).
                "lower(c.qualifier) = lower(?)",
                Param::Text(q.trim().to_string()),
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
                conditions.push(column, Param::Int(id));
            }
        }
        Ok(())
    }

    /// The stored version of a claim, by its local number.
    pub(super) fn claim_by_number(&self, number: i64) -> Result<Claim> {
        self.db
            .first(
                &format!("{SELECT_ONE} WHERE c.id = ?1"),
                args![number],
                claim_from_row,
            )?
            .ok_or_else(|| StoreError::NotFound(format!("no claim {number}")))
    }

    /// A claim's history, oldest first: how it came in (add, import,
    /// correct), then every change made to it.
    pub fn history(&self, number: i64) -> Result<Vec<HistoryEntry>> {
        let entry = |r: &RowRef| {
            Ok(HistoryEntry {
                at: r.get(0)?,
                action: r.get(1)?,
                detail: r.get(2)?,
            })
        };
        let origin = self
            .db
            .first(
                "SELECT recorded_at, origin, origin_detail FROM claims WHERE id = ?1",
                args![number],
                entry,
            )?
            .ok_or_else(|| StoreError::NotFound(format!("no claim {number}")))?;
        let mut out = vec![origin];
        out.extend(self.db.all(
            "SELECT at, action, detail FROM claim_history WHERE claim_id = ?1 ORDER BY id",
            args![number],
            entry,
        )?);
        Ok(out)
    }

    /// Whether a claim has this local number.
    pub fn has_claim_number(&self, number: i64) -> Result<bool> {
        let found: Option<i64> =
            self.db
                .first("SELECT 1 FROM claims WHERE id = ?1", args![number], |r| {
                    r.get(0)
                })?;
        Ok(found.is_some())
    }

    /// Each reviewed claim's latest review, by local number: one pass over
    /// the history's review entries, oldest first, so later ones win. An
    /// entry that does not read as a review is an error naming its claim
    /// (`check` would name it too).
    pub fn latest_reviews(&self) -> Result<HashMap<i64, crate::domain::Review>> {
        let rows: Vec<(i64, String)> = self.db.all(
            "SELECT claim_id, detail FROM claim_history WHERE action = ?1 ORDER BY id",
            args![Action::Review.as_str()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut out = HashMap::new();
        for (number, detail) in rows {
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
    /// The corrections are read once and walked here: the recursive query
    /// `check` uses took a third of a second on a hundred thousand claims
    /// on PostgreSQL, once per import.
    pub fn supersede_cycles(&self) -> Result<std::collections::HashSet<String>> {
        let links: Vec<(String, String)> = self.db.all(
            "SELECT gid, superseded_by FROM claims WHERE superseded_by IS NOT NULL",
            NO_ARGS,
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(crate::store::maintenance::cycles_of(
            links.into_iter().collect(),
        ))
    }

    /// The number of the claim that `gid` corrected, if it corrects one.
    pub fn corrected_by(&self, gid: &str) -> Result<Option<i64>> {
        self.db.first(
            "SELECT id FROM claims WHERE superseded_by = ?1 LIMIT 1",
            args![gid],
            |r| r.get(0),
        )
    }

    /// The qualifiers an event's claims of `metric` use (removed claims
    /// left out), for telling a new one that looks like one of them.
    pub fn qualifiers_of(&self, event: &str, metric: &str) -> Result<Vec<String>> {
        self.db.all(
            "SELECT DISTINCT c.qualifier FROM claims c \
             JOIN events e ON e.id = c.event_id JOIN metrics m ON m.id = c.metric_id \
             WHERE e.slug = ?1 AND lower(m.name) = lower(?2) AND c.deleted = 0 \
             AND c.qualifier <> '' ORDER BY c.qualifier",
            args![event, metric],
            |r| r.get(0),
        )
    }

    pub fn claim_count(&self) -> Result<i64> {
        self.db.value("SELECT count(*) FROM claims", NO_ARGS)
    }
}

/// A stored language code: empty for none. A code this build does not read
/// (written by a newer one) is an error, never dropped: editing the claim
/// would otherwise lose it.
fn stored_lang(code: &str) -> Result<Option<crate::lang::Lang>> {
    if code.is_empty() {
        return Ok(None);
    }
    crate::lang::Lang::from_code(code).map(Some).ok_or_else(|| {
        bad_row(
            22,
            format!("a claim in language '{code}', which this claimlog does not read (upgrade it)"),
        )
    })
}
