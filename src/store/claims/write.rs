//! Writing claims: a new claim (one at a time or through an `Interner`
//! for a long import), a changed one, and the history line each change adds.

use super::Interner;
use crate::domain::{Claim, Value};
use crate::store::db::args;
use crate::store::names::Party;
use crate::store::{Action, Origin, Result, Store, StoreError, now};
use std::collections::HashMap;

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

/// The columns of a new claim worked out before its INSERT, borrowed so
/// the row costs no copies.
struct NewRow<'a> {
    gid: &'a str,
    event_id: i64,
    metric_id: i64,
    source_id: Option<i64>,
    claimant_id: Option<i64>,
    citing_id: Option<i64>,
    recorded: &'a str,
    tags: &'a str,
}

impl Interner {
    /// The claim's recorded_at as stored; formatted once for the run of
    /// rows that share it (an import's all do).
    fn recorded_text(&mut self, claim: &Claim) -> String {
        match &self.recorded {
            Some((at, text)) if *at == claim.recorded_at => text.clone(),
            _ => {
                let text = claim
                    .recorded_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                self.recorded = Some((claim.recorded_at, text.clone()));
                text
            }
        }
    }
}

impl Store {
    /// Records a new claim (its event must exist; its metric too; source and
    /// claimant are created when new). `claim.id` empty gets a fresh global
    /// id. `origin` (add, import, correct) and its detail open the claim's
    /// history. Returns the local number, or `None` when a claim with that
    /// global id exists already (re-imports add nothing).
    pub fn insert_claim(&self, claim: &Claim, origin: Origin, detail: &str) -> Result<Option<i64>> {
        self.insert_claim_with(claim, origin, detail, &mut Interner::default())
    }

    /// `insert_claim` with names resolved through `interner`, so a long
    /// import looks each event, metric, source and claimant up once.
    pub fn insert_claim_with(
        &self,
        claim: &Claim,
        origin: Origin,
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
        origin: Origin,
        detail: &str,
        interner: &mut Interner,
    ) -> Result<Option<i64>> {
        self.insert_texts_checked(claim.claim(), origin, detail, interner)
    }

    fn insert_texts_checked(
        &self,
        claim: &Claim,
        origin: Origin,
        detail: &str,
        interner: &mut Interner,
    ) -> Result<Option<i64>> {
        let event_id = self.interned_event(&claim.event, interner)?;
        let metric_id = self.interned_metric_of_kind(claim, interner)?;
        let source_id = self.interned_party(Party::Source, &claim.source, &mut interner.sources)?;
        let claimant_id =
            self.interned_party(Party::Claimant, &claim.claimant, &mut interner.claimants)?;
        let citing_id =
            self.interned_party(Party::Claimant, &claim.citing, &mut interner.claimants)?;
        let fresh;
        let gid = if claim.id.is_empty() {
            fresh = uuid::Uuid::now_v7().to_string();
            fresh.as_str()
        } else {
            claim.id.as_str()
        };
        let tags = tags_column(&claim.tags)?;
        let recorded = interner.recorded_text(claim);
        let row = NewRow {
            gid,
            event_id,
            metric_id,
            source_id,
            claimant_id,
            citing_id,
            recorded: &recorded,
            tags: &tags,
        };
        self.insert_row(claim, &row, origin, detail)
    }

    /// An event's id through the interner, creating the event when the
    /// interner may (and noting it), else requiring it.
    fn interned_event(&self, event: &str, interner: &mut Interner) -> Result<i64> {
        if let Some(id) = interner.events.get(event) {
            return Ok(*id);
        }
        let id = if interner.create_events {
            let (id, created) = self.ensure_event(event)?;
            if created {
                interner.created_events.push(event.to_string());
            }
            id
        } else {
            self.require_event(event)?
        };
        interner.events.insert(event.to_string(), id);
        Ok(id)
    }

    /// The claim's metric id through the interner; a metric of another kind
    /// than the claim's value is refused.
    fn interned_metric_of_kind(&self, claim: &Claim, interner: &mut Interner) -> Result<i64> {
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
        Ok(metric_id)
    }

    /// The one INSERT of a new claim: its local number, `None` when its
    /// global id exists. Kept whole: it runs once per imported row.
    fn insert_row(
        &self,
        claim: &Claim,
        row: &NewRow,
        origin: Origin,
        detail: &str,
    ) -> Result<Option<i64>> {
        let (low, high, date_low, date_high, approx, vague) = value_columns(&claim.value);
        let as_of = claim.as_of.to_iso();
        let said_at = claim.said_at.map(|w| w.to_iso());
        let published_at = claim.published_at.map(|w| w.to_iso());
        let retracted_at = claim.retracted_at.map(|w| w.to_iso());
        let values = args![
            row.gid,
            row.event_id,
            row.metric_id,
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
            as_of,
            claim.as_of.timestamp(),
            said_at,
            published_at,
            row.recorded,
            row.source_id,
            row.claimant_id,
            claim.url,
            claim.quote,
            claim.lang.map_or("", |l| l.code()),
            claim.status.as_str(),
            retracted_at,
            claim.retract_reason,
            claim.retracted_by,
            claim.superseded_by,
            claim.note,
            row.tags,
            claim.deleted,
            origin.as_str(),
            detail,
            row.citing_id,
        ];
        // A long import into PostgreSQL streams its rows with COPY; the
        // number is only known once they are sent (0 until then).
        if self.db.take_bulk_row(values)? {
            return Ok(Some(0));
        }
        self.db.insert(
            "INSERT INTO claims (gid, event_id, metric_id, qualifier, kind, value, low, high, \
             date_low, date_high, approx, vague, unit, as_of, as_of_ts, said_at, published_at, \
             recorded_at, source_id, claimant_id, url, quote, lang, status, retracted_at, \
             retract_reason, retracted_by, superseded_by, note, tags, deleted, origin, \
             origin_detail, citing_id) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, \
             ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, \
             ?33, ?34) ON CONFLICT (gid) DO NOTHING",
            values,
        )
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

    /// Writes a changed claim back and records the change in its history.
    /// Events, metrics, sources and claimants are resolved by name.
    pub fn update_claim(&self, claim: &Claim, action: Action, detail: &str) -> Result<()> {
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
        let citing_id = self.optional_party(Party::Claimant, &claim.citing)?;
        let (low, high, date_low, date_high, approx, vague) = value_columns(&claim.value);
        let tags = tags_column(&claim.tags)?;
        let changed = self.db.execute(
            "UPDATE claims SET event_id = ?2, metric_id = ?3, qualifier = ?4, kind = ?5, \
             value = ?6, low = ?7, high = ?8, date_low = ?9, date_high = ?10, approx = ?11, \
             vague = ?12, unit = ?13, as_of = ?14, as_of_ts = ?15, said_at = ?16, \
             published_at = ?17, source_id = ?18, claimant_id = ?19, url = ?20, quote = ?21, \
             lang = ?22, status = ?23, retracted_at = ?24, retract_reason = ?25, \
             retracted_by = ?26, superseded_by = ?27, note = ?28, tags = ?29, deleted = ?30, \
             citing_id = ?31 WHERE id = ?1",
            args![
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
                claim.lang.map_or("", |l| l.code()),
                claim.status.as_str(),
                claim.retracted_at.map(|w| w.to_iso()),
                claim.retract_reason,
                claim.retracted_by,
                claim.superseded_by,
                claim.note,
                tags,
                claim.deleted,
                citing_id,
            ],
        )?;
        if changed != 1 {
            return Err(StoreError::NotFound(format!("no claim {}", claim.number)));
        }
        self.append_history(claim.number, action, detail)
    }

    /// Attaches a review to a claim: one history entry, the claim itself
    /// unchanged. The review is stored as JSON (`domain::Review`).
    pub fn add_review(&self, number: i64, review: &crate::domain::Review) -> Result<()> {
        if !self.has_claim_number(number)? {
            return Err(StoreError::NotFound(format!("no claim {number}")));
        }
        let detail = serde_json::to_string(review)
            .map_err(|e| StoreError::Invalid(format!("review: {e}")))?;
        self.append_history(number, Action::Review, &detail)
    }

    pub(in crate::store) fn append_history(
        &self,
        number: i64,
        action: Action,
        detail: &str,
    ) -> Result<()> {
        self.db.execute(
            "INSERT INTO claim_history (claim_id, at, action, detail) VALUES (?1, ?2, ?3, ?4)",
            args![number, now(), action.as_str(), detail],
        )?;
        Ok(())
    }
}
