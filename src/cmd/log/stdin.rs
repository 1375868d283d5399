//! `log` off a terminal: the same lines read from standard input (a notes
//! file). Each bad line is reported with its number and text and the run
//! goes on (exit 1 at the end); `--atomic` keeps the whole input or none
//! of it, and `--dry-run` does everything inside a transaction that is
//! rolled back.

use super::session::{Mode, Session};
use crate::cmd::note;
use anyhow::{Result, anyhow, bail};
use std::io::BufRead;

/// What the loop was asked to do with the whole input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Whole {
    pub atomic: bool,
    pub dry_run: bool,
}

/// A line of input, or why it could not be read as text.
type InputLine = (usize, std::result::Result<String, String>);

/// Reads the input's lines, numbered from 1; a line that is not UTF-8 is
/// an error of that line, not of the run.
fn lines(input: impl BufRead) -> impl Iterator<Item = std::io::Result<InputLine>> {
    input.split(b'\n').enumerate().map(|(i, bytes)| {
        let mut bytes = bytes?;
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        Ok((
            i + 1,
            String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string()),
        ))
    })
}

/// Runs every line of `input`; fails at the end when any line failed.
/// `set_flags` sets the context the command line gives, first.
pub fn run_input(
    session: &mut Session,
    input: impl BufRead,
    whole: Whole,
    set_flags: impl FnOnce(&mut Session) -> Result<()>,
) -> Result<()> {
    if whole.atomic || whole.dry_run {
        // Read first: the write lock is held only while the lines are done.
        let all: Vec<InputLine> = lines(input).collect::<std::io::Result<_>>()?;
        session.mode = Mode::Inside;
        let store = session.store;
        let everything = |_: &crate::store::Store| {
            set_flags(session)?;
            apply_all(session, all.into_iter(), whole)
        };
        return if whole.dry_run {
            store.rehearse(everything)
        } else {
            // Any failed line fails the whole, which rolls it all back.
            store.write(everything)
        };
    }
    set_flags(session)?;
    let streamed = lines(input).map(|l| l.map_err(anyhow::Error::from));
    apply_streamed(session, streamed, whole)
}

fn apply_all(
    session: &mut Session,
    all: impl Iterator<Item = InputLine>,
    whole: Whole,
) -> Result<()> {
    apply_streamed(session, all.map(Ok), whole)
}

/// Runs the lines one by one, reporting each failure; then the count,
/// and an error naming the failed lines.
fn apply_streamed(
    session: &mut Session,
    lines: impl Iterator<Item = Result<InputLine>>,
    whole: Whole,
) -> Result<()> {
    let mut failed: Vec<usize> = Vec::new();
    let mut total = 0;
    for line in lines {
        let (number, text) = line?;
        total = number;
        let outcome = match &text {
            Ok(text) => session.apply(text, None),
            Err(why) => Err(anyhow!("{why}")),
        };
        if let Err(e) = outcome {
            // A server that refused or closed the connection takes every
            // later line with it: one line says so, not one per line.
            let lost = e.chain().any(|c| {
                matches!(
                    c.downcast_ref::<crate::store::StoreError>(),
                    Some(crate::store::StoreError::Connection(_))
                )
            });
            if lost {
                if whole.atomic || whole.dry_run {
                    bail!("{e:#} (at line {number}); nothing was recorded");
                }
                note(session.summary("recorded"));
                bail!("{e:#} (at line {number}); the lines before it were recorded");
            }
            let shown = text.as_deref().unwrap_or("").trim();
            note(format!("line {number} \"{shown}\": {e:#}"));
            failed.push(number);
        }
    }
    let verb = match (whole.dry_run, whole.atomic && !failed.is_empty()) {
        (true, _) => "dry run, nothing written: would record",
        (false, true) => "",
        (false, false) => "recorded",
    };
    if !verb.is_empty() {
        note(session.summary(verb));
    }
    if failed.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = failed.iter().map(usize::to_string).collect();
    let which = format!(
        "{} of {total} lines failed (line{} {})",
        failed.len(),
        if failed.len() == 1 { "" } else { "s" },
        list.join(", ")
    );
    if whole.atomic && !whole.dry_run {
        bail!("--atomic: {which}; nothing was recorded");
    }
    if whole.dry_run {
        bail!("{which}");
    }
    bail!("{which}; the other lines were recorded")
}
