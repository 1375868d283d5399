//! Copying a whole log from one database into another, whatever their
//! backends: events, sources and claimants with their aliases, metrics
//! with their words, and every claim with its history, retraction and
//! correction, as they are. Names are matched by name (an event by slug, a
//! source or claimant by any of its names, a metric by name, case aside)
//! and claims by global id, so copying twice adds nothing, and a log
//! copied into an empty database keeps its local numbers.
//!
//! A claim the target has already gains the history lines it lacks: a
//! line is its (time, action, detail), counted, so a line copied before is
//! never copied again. When lines came over, the claim's current columns
//! follow the source, unless the target's own later change is newer.

use super::db::{Dialect, NO_ARGS, RowRef, ToArg, args};
use super::names::{Party, alias_key};
use super::{Result, Store};
use std::collections::HashMap;

/// What a copy added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Copied {
    pub events: usize,
    pub sources: usize,
    pub claimants: usize,
    pub metrics: usize,
    pub claims: usize,
    pub history: usize,
    /// Claims whose global id the target had already.
    pub already: usize,
    /// Of those, the claims that gained later history (and the source's
    /// current columns) from this copy.
    pub updated: usize,
}

/// The columns of `claims` a copy carries over as they are, in order,
/// after the four ids it maps (event, metric, source, claimant, citing).
const CLAIM_COLUMNS: &str = "gid, qualifier, kind, value, low, high, date_low, date_high, \
     approx, vague, unit, as_of, as_of_ts, said_at, published_at, recorded_at, url, quote, lang, \
     status, retracted_at, retract_reason, retracted_by, superseded_by, note, tags, deleted, \
     origin, origin_detail";

/// One column's value read from the source, owned until it is written.
enum Cell {
    Int(Option<i64>),
    Real(Option<f64>),
    Text(Option<String>),
}

impl ToArg for Cell {
    fn arg(&self) -> super::db::Arg<'_> {
        match self {
            Cell::Int(v) => v.arg(),
            Cell::Real(v) => v.arg(),
            Cell::Text(v) => v.arg(),
        }
    }
}

/// The types of `CLAIM_COLUMNS`, in order.
fn claim_cells(r: &RowRef, from: usize) -> Result<Vec<Cell>> {
    const KINDS: &str = "ttttrrttiittitttttttttttttitt";
    let mut out = Vec::with_capacity(KINDS.len());
    for (i, kind) in KINDS.chars().enumerate() {
        let at = from + i;
        out.push(match kind {
            'i' => Cell::Int(r.get(at)?),
            'r' => Cell::Real(r.get(at)?),
            _ => Cell::Text(r.get(at)?),
        });
    }
    Ok(out)
}

/// One history line: (at, action, detail).
type Line = (String, String, String);

/// Whose history lines: a claim's local number in the source, its global
/// id in the target.
#[derive(PartialEq, Eq, Hash)]
enum Key {
    Id(i64),
    Gid(String),
}

/// Every history line of a database, oldest first, by `key` (a column of
/// `claim_history h JOIN claims c`: `h.claim_id` or `c.gid`).
fn history_by(db: &super::db::Db, key: &str) -> Result<HashMap<Key, Vec<Line>>> {
    let by_gid = key == "c.gid";
    let mut out: HashMap<Key, Vec<Line>> = HashMap::new();
    db.each(
        &format!(
            "SELECT {key}, h.at, h.action, h.detail FROM claim_history h \
             JOIN claims c ON c.id = h.claim_id ORDER BY h.claim_id, h.id"
        ),
        NO_ARGS,
        |r| {
            let who = if by_gid {
                Key::Gid(r.get(0)?)
            } else {
                Key::Id(r.get(0)?)
            };
            out.entry(who)
                .or_default()
                .push((r.get(1)?, r.get(2)?, r.get(3)?));
            Ok(true)
        },
    )?;
    Ok(out)
}

/// The source's lines the target lacks (in the source's order) and the
/// target's lines the source lacks, each line counted as often as it
/// occurs.
fn difference(source: &[Line], target: &[Line]) -> (Vec<Line>, Vec<Line>) {
    let mut unmatched: HashMap<&Line, usize> = HashMap::new();
    for line in target {
        *unmatched.entry(line).or_default() += 1;
    }
    let mut missing = Vec::new();
    for line in source {
        match unmatched.get_mut(line) {
            Some(n) if *n > 0 => *n -= 1,
            _ => missing.push(line.clone()),
        }
    }
    let own = target
        .iter()
        .filter(|line| match unmatched.get_mut(line) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        })
        .cloned()
        .collect();
    (missing, own)
}

/// Appends history lines to the target's claim `number`; gives how many.
fn append_history(target: &Store, number: i64, lines: &[Line]) -> Result<usize> {
    for (at, action, detail) in lines {
        target.db.execute(
            "INSERT INTO claim_history (claim_id, at, action, detail) VALUES (?1, ?2, ?3, ?4)",
            args![number, at.as_str(), action.as_str(), detail.as_str()],
        )?;
    }
    Ok(lines.len())
}

/// Sets a claim's current columns to the source's, by global id, with the
/// same parameters as the insert (the ids mapped, then `CLAIM_COLUMNS`).
fn claim_update() -> String {
    let mut sets: Vec<String> = [
        "event_id",
        "metric_id",
        "source_id",
        "claimant_id",
        "citing_id",
    ]
    .iter()
    .enumerate()
    .map(|(i, c)| format!("{c} = ?{}", i + 1))
    .collect();
    let columns: Vec<&str> = CLAIM_COLUMNS.split(',').map(str::trim).collect();
    for (i, column) in columns.iter().enumerate().skip(1) {
        sets.push(format!("{column} = ?{}", i + 6));
    }
    format!("UPDATE claims SET {} WHERE gid = ?6", sets.join(", "))
}

impl Store {
    /// Copies everything in this database, as of one moment, into
    /// `target`, in one write transaction there: all of it or nothing.
    pub fn copy_to(&self, target: &Store) -> Result<Copied> {
        self.db.batch(match self.db.dialect() {
            Dialect::Sqlite => "BEGIN DEFERRED",
            Dialect::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
        })?;
        let result = target.write(|t| self.copy_into(t));
        let _ = self.db.batch("COMMIT");
        result
    }

    /// Copies everything in this database into `target`; call inside a
    /// write transaction on `target`.
    pub fn copy_into(&self, target: &Store) -> Result<Copied> {
        let mut copied = Copied::default();
        let events = self.copy_events(target, &mut copied)?;
        self.copy_log_contexts(target, &events)?;
        let sources = self.copy_parties(target, Party::Source, &mut copied.sources)?;
        let claimants = self.copy_parties(target, Party::Claimant, &mut copied.claimants)?;
        let metrics = self.copy_metrics(target, &mut copied)?;
        let map = |ids: &HashMap<i64, i64>, id: Option<i64>| id.and_then(|i| ids.get(&i).copied());
        let sql = format!(
            "SELECT id, event_id, metric_id, source_id, claimant_id, citing_id, {CLAIM_COLUMNS} \
             FROM claims ORDER BY id"
        );
        let rows = self.db.all(&sql, NO_ARGS, |r| {
            let ids: Vec<Option<i64>> = (0..6).map(|i| r.get(i)).collect::<Result<_>>()?;
            Ok((ids, claim_cells(r, 6)?))
        })?;
        // Every history line, by claim, read in one query (a query per
        // claim costs a round trip each on a server); the target's too, by
        // global id, for the claims it has already.
        let mut history = history_by(&self.db, "h.claim_id")?;
        let mut theirs = history_by(&target.db, "c.gid")?;
        let known: HashMap<String, i64> = target
            .db
            .all("SELECT gid, id FROM claims", NO_ARGS, |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .into_iter()
            .collect();
        let placeholders: Vec<String> = (1..=34).map(|i| format!("?{i}")).collect();
        let insert = format!(
            "INSERT INTO claims (event_id, metric_id, source_id, claimant_id, citing_id, \
             {CLAIM_COLUMNS}) VALUES ({}) ON CONFLICT (gid) DO NOTHING",
            placeholders.join(", ")
        );
        let update = claim_update();
        for (ids, cells) in rows {
            let mapped = [
                map(&events, ids[1]),
                map(&metrics, ids[2]),
                map(&sources, ids[3]),
                map(&claimants, ids[4]),
                map(&claimants, ids[5]),
            ];
            let mut params: Vec<&dyn ToArg> = mapped.iter().map(|m| m as &dyn ToArg).collect();
            params.extend(cells.iter().map(|c| c as &dyn ToArg));
            let lines = ids[0]
                .and_then(|id| history.remove(&Key::Id(id)))
                .unwrap_or_default();
            let gid = match &cells[0] {
                Cell::Text(Some(gid)) => gid.clone(),
                _ => String::new(),
            };
            // A claim the target has is never offered to INSERT: on a
            // server a refused insert still takes a number from the
            // sequence, and the next new claim's number would skip it.
            let Some(&number) = known.get(&gid) else {
                match target.db.insert(&insert, &params)? {
                    Some(number) => {
                        copied.claims += 1;
                        copied.history += append_history(target, number, &lines)?;
                    }
                    None => copied.already += 1,
                }
                continue;
            };
            copied.already += 1;
            let had = theirs.remove(&Key::Gid(gid)).unwrap_or_default();
            let (missing, own) = difference(&lines, &had);
            if missing.is_empty() {
                continue;
            }
            copied.history += append_history(target, number, &missing)?;
            copied.updated += 1;
            // The source's state is the later one unless the target
            // changed the claim after the source's last change.
            let latest = |lines: &[Line]| lines.iter().map(|l| l.0.clone()).max();
            if latest(&own) <= latest(&lines) {
                target.db.execute(&update, &params)?;
            }
        }
        Ok(copied)
    }

    /// Events by slug: source id to target id.
    fn copy_events(&self, target: &Store, copied: &mut Copied) -> Result<HashMap<i64, i64>> {
        let rows: Vec<(i64, String, String, String, String)> = self.db.all(
            "SELECT id, slug, title, note, created_at FROM events ORDER BY id",
            NO_ARGS,
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
        let mut ids = HashMap::new();
        for (id, slug, title, note, created) in rows {
            let to = match target.event_id(&slug)? {
                Some(to) => to,
                None => {
                    copied.events += 1;
                    target.db.insert_new(
                        "INSERT INTO events (slug, title, note, created_at) VALUES (?1, ?2, ?3, ?4)",
                        args![slug, title, note, created],
                    )?
                }
            };
            ids.insert(id, to);
        }
        Ok(ids)
    }

    /// Each event's remembered `log` context, where the target has none
    /// for that event (its own, newer desk's context stays).
    fn copy_log_contexts(&self, target: &Store, events: &HashMap<i64, i64>) -> Result<()> {
        let rows: Vec<(i64, String, String)> = self.db.all(
            "SELECT event_id, context, updated_at FROM log_contexts ORDER BY event_id",
            NO_ARGS,
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        for (event, context, at) in rows {
            if let Some(to) = events.get(&event) {
                target.db.execute(
                    "INSERT INTO log_contexts (event_id, context, updated_at) \
                     VALUES (?1, ?2, ?3) ON CONFLICT (event_id) DO NOTHING",
                    args![*to, context, at],
                )?;
            }
        }
        Ok(())
    }

    /// Sources or claimants by any of their names, with every alias the
    /// target lacks.
    fn copy_parties(
        &self,
        target: &Store,
        party: Party,
        added: &mut usize,
    ) -> Result<HashMap<i64, i64>> {
        let url = match party {
            Party::Source => "url",
            Party::Claimant => "''",
        };
        let rows: Vec<(i64, String, String, String)> = self.db.all(
            &format!(
                "SELECT id, name, {url}, created_at FROM {} ORDER BY id",
                party.table()
            ),
            NO_ARGS,
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        let mut ids = HashMap::new();
        for (id, name, url, created) in rows {
            let to = match target.party_id(party, &name)? {
                Some(to) => to,
                None => {
                    *added += 1;
                    match party {
                        Party::Source => target.db.insert_new(
                            "INSERT INTO sources (name, url, created_at) VALUES (?1, ?2, ?3)",
                            args![name, url, created],
                        )?,
                        Party::Claimant => target.db.insert_new(
                            "INSERT INTO claimants (name, created_at) VALUES (?1, ?2)",
                            args![name, created],
                        )?,
                    }
                }
            };
            ids.insert(id, to);
        }
        let aliases: Vec<(String, String, i64)> = self.db.all(
            &format!(
                "SELECT key, alias, {} FROM {} ORDER BY key",
                party.key(),
                party.alias_table()
            ),
            NO_ARGS,
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let insert = format!(
            "INSERT INTO {} (key, alias, {}) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
            party.alias_table(),
            party.key()
        );
        for (key, alias, id) in aliases {
            if let Some(to) = ids.get(&id) {
                debug_assert_eq!(key, alias_key(&alias));
                target.db.execute(&insert, args![key, alias, *to])?;
            }
        }
        Ok(ids)
    }

    /// Metrics by name, with every word the target lacks.
    fn copy_metrics(&self, target: &Store, copied: &mut Copied) -> Result<HashMap<i64, i64>> {
        let rows: Vec<(i64, String, String, i64, i64)> = self.db.all(
            "SELECT id, name, kind, builtin, cumulative FROM metrics ORDER BY id",
            NO_ARGS,
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
        let mut ids = HashMap::new();
        for (id, name, kind, builtin, cumulative) in rows {
            let to = match target.db.first(
                "SELECT id FROM metrics WHERE lower(name) = lower(?1)",
                args![name],
                |r| r.get::<i64>(0),
            )? {
                Some(to) => to,
                None => {
                    copied.metrics += 1;
                    target.db.insert_new(
                        "INSERT INTO metrics (name, kind, builtin, cumulative) \
                         VALUES (?1, ?2, ?3, ?4)",
                        args![name, kind, builtin, cumulative],
                    )?
                }
            };
            ids.insert(id, to);
        }
        let words: Vec<(String, String, i64)> = self.db.all(
            "SELECT word, lang, metric_id FROM metric_aliases ORDER BY metric_id, lang, word",
            NO_ARGS,
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        for (word, lang, id) in words {
            if let Some(to) = ids.get(&id) {
                target.db.execute(
                    "INSERT INTO metric_aliases (word, lang, metric_id) VALUES (?1, ?2, ?3) \
                     ON CONFLICT DO NOTHING",
                    args![word, lang, *to],
                )?;
            }
        }
        Ok(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desk() -> Store {
        let store = crate::store::two_claims_for_test();
        store
            .write(|s| {
                s.add_aliases(Party::Source, "franceinfo", &["France Télévisions".into()])?;
                s.save_log_context("kz", r#"{"source":"AFP"}"#)?;
                let mut claim = s.find_claim("1")?;
                claim.status = crate::domain::Status::Retracted;
                claim.retracted_at = Some(claim.as_of);
                s.update_claim(&claim, crate::store::Action::Retract, "{}")
            })
            .unwrap();
        store
    }

    #[test]
    fn later_history_comes_over_and_the_later_side_keeps_its_columns() {
        let from = desk();
        let to = Store::open_in_memory().unwrap();
        to.write(|t| from.copy_into(t)).unwrap();
        // The source edits claim 2 now; the target edited claim 1 after
        // anything the source did to it.
        from.write(|s| {
            let mut claim = s.find_claim("2")?;
            claim.note = "from the wire".into();
            s.update_claim(&claim, crate::store::Action::Edit, "{}")?;
            let mut claim = s.find_claim("1")?;
            claim.note = "older".into();
            s.update_claim(&claim, crate::store::Action::Edit, "{}")
        })
        .unwrap();
        to.execute_for_test(
            "UPDATE claims SET note = 'the desk''s' WHERE id = 1;
             INSERT INTO claim_history (claim_id, at, action, detail)
                 VALUES (1, '2999-01-01T00:00:00Z', 'edit', '{}');",
        );
        let again = to.write(|t| from.copy_into(t)).unwrap();
        assert_eq!((again.claims, again.history, again.updated), (0, 2, 2));
        assert_eq!(to.find_claim("2").unwrap(), from.find_claim("2").unwrap());
        assert_eq!(to.find_claim("1").unwrap().note, "the desk's");
        let history = to.history(1).unwrap();
        assert_eq!(
            history.len(),
            4,
            "{history:?}: in, retracted, the desk's edit, the source's"
        );
        let third = to.write(|t| from.copy_into(t)).unwrap();
        assert_eq!((third.history, third.updated), (0, 0));
    }

    #[test]
    fn history_lines_are_counted_not_merely_matched() {
        let line = |at: &str, action: &str| (at.to_string(), action.to_string(), String::new());
        let source = [line("1", "edit"), line("1", "edit"), line("2", "rm")];
        let target = [line("1", "edit"), line("3", "review")];
        let (missing, own) = difference(&source, &target);
        assert_eq!(missing, vec![line("1", "edit"), line("2", "rm")]);
        assert_eq!(own, vec![line("3", "review")]);
        assert_eq!(difference(&source, &source), (vec![], vec![]));
    }

    #[test]
    fn a_copy_holds_everything_and_a_second_adds_nothing() {
        let from = desk();
        let to = Store::open_in_memory().unwrap();
        let first = to.write(|t| from.copy_into(t)).unwrap();
        assert_eq!((first.claims, first.history, first.already), (2, 1, 0));
        let second = to.write(|t| from.copy_into(t)).unwrap();
        assert_eq!(
            second,
            Copied {
                already: 2,
                ..Copied::default()
            }
        );
        for n in [1, 2] {
            let (a, b) = (
                from.find_claim(&n.to_string()).unwrap(),
                to.find_claim(&n.to_string()).unwrap(),
            );
            assert_eq!(a, b);
            assert_eq!(from.history(n).unwrap(), to.history(n).unwrap());
        }
        assert_eq!(
            to.party_id(Party::Source, "france télévisions").unwrap(),
            to.party_id(Party::Source, "franceinfo").unwrap()
        );
        assert_eq!(
            to.log_context("kz").unwrap().as_deref(),
            Some(r#"{"source":"AFP"}"#),
            "the desk's log context travels"
        );
        assert!(to.check().unwrap().ok());
        assert_eq!(from.check().unwrap().counts, to.check().unwrap().counts);
    }
}
