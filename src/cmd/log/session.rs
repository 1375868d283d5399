//! A `log` session's state and what each line does to the database: the
//! context, the entries it recorded (for `undo`), and a tally for the
//! closing count. The terminal and standard-input loops both hand lines
//! here; they differ only in how lines come and how errors are shown.

use super::context::{CLEAR, Context, Key};
use super::line::{HELP, Line, classify};
use crate::cmd::add::{insert_claims, new_names, read_quick_entry, warn_of_lookalike_qualifiers};
use crate::cmd::parse::{Reading, reading_grid};
use crate::cmd::{Ctx, correct, note, plural, print_claims, retract, rm, show, today};
use crate::domain::{Claim, When};
use crate::render::{self, Format};
use crate::store::names::Party;
use crate::store::{Origin, Store};
use anyhow::{Result, bail};
use std::collections::BTreeMap;

/// How a line's writes are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Each line in its own transaction, committed at once.
    OwnTransaction,
    /// Each line in a savepoint of the caller's transaction (`--atomic`,
    /// `--dry-run`): the caller commits or rolls back the whole input.
    Inside,
}

/// The answer to "did you mean" about a new name that looks like a known one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    UseKnown,
    KeepNew,
    Cancel,
}

/// The question after "did you mean": Enter (or y) takes the known name.
pub const KEEP_OR_USE: &str = "[Y: use it / n: keep the new name]";

impl Answer {
    /// An answer typed to `KEEP_OR_USE`: one starting with n keeps the new
    /// name; anything else, Enter included, takes the known one.
    pub fn typed(text: &str) -> Answer {
        match text.trim().chars().next() {
            Some('n' | 'N') => Answer::KeepNew,
            _ => Answer::UseKnown,
        }
    }
}

/// Asks the person at the terminal; None off a terminal.
pub type Ask<'a> = Option<&'a mut dyn FnMut(&str) -> Answer>;

pub struct Session<'a> {
    pub ctx: &'a Ctx,
    pub store: &'a Store,
    pub event: String,
    pub context: Context,
    pub mode: Mode,
    /// Keep new names that look like known ones without asking.
    pub new_name: bool,
    /// Nothing will be kept (`--dry-run`): notes say "would".
    pub dry_run: bool,
    /// Lookalike names the user chose to keep this session.
    kept: Vec<(Party, String)>,
    /// The context as last saved, to save only changes.
    saved: String,
    /// Context lines that failed off a terminal and were not set right
    /// since: the lines after them would be recorded under the wrong
    /// context, so they are refused until it is.
    failed_context: Vec<Key>,
    /// Each entry's claims (number, metric), for `undo`.
    entries: Vec<Vec<(i64, String)>>,
    tally: Tally,
}

/// What the session did, for its closing line.
#[derive(Debug, Default)]
struct Tally {
    by_metric: BTreeMap<String, usize>,
    undone: usize,
    retracted: usize,
    corrected: usize,
}

impl<'a> Session<'a> {
    /// A session on `event` starting from `context`; `saved` is the
    /// context the database holds for the event (JSON, empty for none).
    pub fn new(
        ctx: &'a Ctx,
        store: &'a Store,
        event: &str,
        context: Context,
        saved: String,
        mode: Mode,
    ) -> Self {
        Session {
            ctx,
            store,
            event: event.to_string(),
            saved,
            context,
            mode,
            new_name: false,
            dry_run: false,
            kept: Vec::new(),
            failed_context: Vec::new(),
            entries: Vec::new(),
            tally: Tally::default(),
        }
    }

    pub fn prompt(&self) -> String {
        self.context.prompt(&self.event, today())
    }

    /// Does what one line says, printing what it did; an error leaves the
    /// database as it was before the line.
    pub fn apply(&mut self, text: &str, ask: Ask) -> Result<()> {
        let line = classify(text);
        if let Some(key) = self.failed_context.first()
            && matches!(
                line,
                Line::Entry(_) | Line::Retract { .. } | Line::Correct { .. }
            )
        {
            bail!(
                "not recorded: the `{}` line that failed above would have changed what this line is recorded with (set it right, then the lines after it are recorded)",
                key.word()
            );
        }
        match line {
            Line::Blank => Ok(()),
            Line::Set(key, value) => {
                let interactive = ask.is_some();
                let outcome = self.set(key, value, ask);
                self.failed_context.retain(|k| *k != key);
                if outcome.is_err() && !interactive {
                    self.failed_context.push(key);
                }
                outcome
            }
            Line::Preview(text) => self.preview(text),
            Line::Entry(text) => self.entry(text),
            Line::Undo => self.undo(),
            Line::Retract { id, reason } => self.retract(id, reason),
            Line::Correct { id, value } => self.correct(id, value),
            Line::Show(id) => {
                let text = show::render_claim(self.store, id, self.ctx.style)?;
                Ok(render::print(&text)?)
            }
            Line::Help => {
                eprintln!(
                    "{HELP}\nNow: {}",
                    crate::text::escape(&self.context.describe())
                );
                Ok(())
            }
            Line::Misused(form) => bail!("{form}"),
        }
    }

    /// Runs `f` as the mode says: its own transaction, or a savepoint.
    fn within<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        match self.mode {
            Mode::OwnTransaction => self.store.write(f),
            Mode::Inside => self.store.savepoint(f),
        }
    }

    /// A context line (or a flag at the start): checks the value, asks
    /// about a new name that looks like a known one, and saves the context
    /// for the event.
    pub fn set(&mut self, key: Key, value: &str, ask: Ask) -> Result<()> {
        let mut value = value.trim().to_string();
        let party = match key {
            Key::Source => Some(Party::Source),
            Key::By | Key::Citing => Some(Party::Claimant),
            _ => None,
        };
        let mut next = self.context.with(key, &value, today())?;
        if let Some(party) = party
            && value != CLEAR
            && !self.new_name
            && !self.kept.contains(&(party, value.clone()))
            && let Some(known) = self.store.lookalike(party, &value)?
        {
            let question = format!("{} '{value}' is new; did you mean '{known}'?", party.noun());
            let Some(ask) = ask else {
                bail!("{question} (--new-name keeps it)");
            };
            match ask(&question) {
                Answer::UseKnown => value = known,
                Answer::KeepNew => self.kept.push((party, value.clone())),
                Answer::Cancel => {
                    note(format!("{} unchanged", party.noun()));
                    return Ok(());
                }
            }
            next = self.context.with(key, &value, today())?;
        }
        self.context = next;
        self.save_context()
    }

    /// Saves the context for the event when it changed.
    pub fn save_context(&mut self) -> Result<()> {
        let json = self.context.to_json();
        if json != self.saved {
            self.within(|s| Ok(s.save_log_context(&self.event, &json)?))?;
            self.saved = json;
        }
        Ok(())
    }

    /// `? TEXT`: the reading alone.
    fn preview(&self, text: &str) -> Result<()> {
        let read = read_quick_entry(self.store, &self.event, text, &self.context.fields())?;
        self.show_readings(&read, &[])
    }

    /// A quick entry: read, recorded in one go, shown with its numbers.
    fn entry(&mut self, text: &str) -> Result<()> {
        let read = read_quick_entry(self.store, &self.event, text, &self.context.fields())?;
        let claims: Vec<Claim> = read.iter().map(|(_, c)| c.clone()).collect();
        warn_of_lookalike_qualifiers(self.store, &self.event, &claims)?;
        let new = new_names(self.store, &claims)?;
        let numbers = self.within(|s| insert_claims(s, &claims, Origin::Add))?;
        for name in new {
            note(name);
        }
        for claim in &claims {
            *self
                .tally
                .by_metric
                .entry(claim.metric.clone())
                .or_default() += 1;
        }
        self.entries.push(
            numbers
                .iter()
                .zip(&claims)
                .map(|(n, c)| (*n, c.metric.clone()))
                .collect(),
        );
        self.show_readings(&read, &numbers)
    }

    /// The parse table (with the numbers claims got), or the claims as
    /// records for `--format json|jsonl|csv`.
    fn show_readings(&self, read: &[(String, Claim)], numbers: &[i64]) -> Result<()> {
        match self.ctx.format() {
            Format::Table | Format::Markdown | Format::Claimreview => {
                let readings: Vec<Reading> = read
                    .iter()
                    .enumerate()
                    .map(|(i, (fragment, c))| Reading {
                        number: numbers.get(i).copied(),
                        fragment,
                        metric: Some(&c.metric),
                        qualifier: &c.qualifier,
                        value: &c.value,
                        text: &c.text,
                    })
                    .collect();
                Ok(render::print(
                    &reading_grid(&readings).render(self.ctx.style),
                )?)
            }
            _ if numbers.is_empty() => {
                let claims: Vec<Claim> = read.iter().map(|(_, c)| c.clone()).collect();
                print_claims(self.ctx.style, &claims)
            }
            _ => {
                let claims = numbers
                    .iter()
                    .map(|n| self.store.find_claim(&n.to_string()))
                    .collect::<crate::store::Result<Vec<Claim>>>()?;
                print_claims(self.ctx.style, &claims)
            }
        }
    }

    /// Removes the last entry's claims, as `rm` does (kept in history).
    fn undo(&mut self) -> Result<()> {
        let Some(entry) = self.entries.last() else {
            bail!(
                "nothing to undo: no entry recorded in this session (`claimlog rm N` removes older claims)"
            );
        };
        let removed = self.within(|s| {
            let mut removed = Vec::new();
            for (number, _) in entry {
                if !s.find_claim(&number.to_string())?.deleted {
                    removed.push(rm::set_deleted_in(s, &number.to_string(), true)?);
                }
            }
            Ok(removed)
        })?;
        for (_, metric) in self.entries.pop().unwrap_or_default() {
            if let Some(n) = self.tally.by_metric.get_mut(&metric) {
                *n = n.saturating_sub(1);
            }
        }
        self.tally.undone += 1;
        let list: Vec<String> = removed.iter().map(i64::to_string).collect();
        match removed.first() {
            Some(_) if self.dry_run => note(format!(
                "undone: would remove {} {}",
                if removed.len() == 1 {
                    "claim"
                } else {
                    "claims"
                },
                list.join(", ")
            )),
            Some(first) => note(format!(
                "undone: removed {} {} (kept in history; `claimlog restore {first}` brings one back)",
                if removed.len() == 1 {
                    "claim"
                } else {
                    "claims"
                },
                list.join(", ")
            )),
            None => note("undone: that entry's claims were removed already"),
        }
        Ok(())
    }

    /// `retract N REASON`, dated by the context's `said`, else today.
    fn retract(&mut self, id: &str, reason: &str) -> Result<()> {
        crate::text::check("retract REASON", reason, crate::text::Rule::Text)?;
        let when = self
            .context
            .said
            .as_deref()
            .and_then(When::parse_iso)
            .unwrap_or(When::Day(today()));
        let number = self.within(|s| retract::retract_in(s, id, reason, None, when))?;
        self.tally.retracted += 1;
        print_claims(
            self.ctx.style,
            &[self.store.find_claim(&number.to_string())?],
        )
    }

    /// `correct N VALUE`, dated by the context's times when it has them.
    fn correct(&mut self, id: &str, value: &str) -> Result<()> {
        let args = correct::Args {
            id: id.to_string(),
            value: vec![value.to_string()],
            said: self.context.said.clone(),
            published: self.context.published.clone(),
            ..correct::Args::default()
        };
        let (new, old) = self.within(|s| correct::correct_in(s, &args))?;
        self.tally.corrected += 1;
        let claims = [
            self.store.find_claim(&new.to_string())?,
            self.store.find_claim(&old.to_string())?,
        ];
        print_claims(self.ctx.style, &claims)
    }

    /// "recorded 3 claims (deaths 2, injured 1)", and what else was done.
    pub fn summary(&self, verb: &str) -> String {
        let total: usize = self.tally.by_metric.values().sum();
        let mut text = format!("{}: {verb} {}", self.event, plural(total, "claim"));
        let counts: Vec<String> = self
            .tally
            .by_metric
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(metric, n)| format!("{metric} {n}"))
            .collect();
        if !counts.is_empty() {
            text.push_str(&format!(" ({})", counts.join(", ")));
        }
        let mut done = Vec::new();
        let undone = match self.tally.undone {
            1 => "1 entry undone".to_string(),
            n => format!("{n} entries undone"),
        };
        for (n, what) in [
            (self.tally.undone, undone),
            (
                self.tally.retracted,
                format!("{} retracted", self.tally.retracted),
            ),
            (
                self.tally.corrected,
                format!("{} corrected", self.tally.corrected),
            ),
        ] {
            if n > 0 {
                done.push(what);
            }
        }
        if !done.is_empty() {
            text.push_str(&format!("; {}", done.join(", ")));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::Answer;

    #[test]
    fn only_an_answer_starting_with_n_keeps_a_new_name() {
        assert_eq!(Answer::typed(""), Answer::UseKnown);
        assert_eq!(Answer::typed(" y"), Answer::UseKnown);
        assert_eq!(Answer::typed("No"), Answer::KeepNew);
        assert_eq!(Answer::typed("n\n"), Answer::KeepNew);
    }
}
