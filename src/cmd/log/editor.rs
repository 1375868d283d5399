//! The terminal side of `log`: a rustyline editor with the context in its
//! prompt, line history kept beside the database, and Tab completion of
//! sources, claimants, metric words and the words lines start with.

use super::context::Context;
use super::line::STARTS;
use super::session::{Answer, KEEP_OR_USE, Session};
use crate::cmd::note;
use crate::store::Store;
use crate::store::names::Party;
use crate::text::words::fold_word;
use anyhow::Result;
use rustyline::completion::{Completer, Pair};
use rustyline::config::{CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{Editor, Helper, Highlighter, Hinter, Validator};
use std::path::{Path, PathBuf};

/// What Tab completes, read from the database at the start and added to
/// as the session names new sources and claimants.
#[derive(Debug, Default, Clone)]
pub struct Names {
    pub sources: Vec<String>,
    pub claimants: Vec<String>,
    /// Metric names, the words that name them, and the words of the
    /// event's qualifiers (`armed`, `criminals`).
    pub words: Vec<String>,
}

impl Names {
    pub fn read(store: &Store, event: &str) -> Result<Names> {
        let spellings = |party| -> Result<Vec<String>> {
            Ok(store
                .party_spellings(party)?
                .into_iter()
                .map(|(alias, _)| alias)
                .collect())
        };
        let metrics = store.metrics()?;
        let mut words: Vec<String> = Vec::new();
        for metric in &metrics {
            for qualifier in store.qualifiers_of(event, &metric.name)? {
                words.extend(qualifier.split_whitespace().map(str::to_string));
            }
        }
        words.extend(metrics.into_iter().map(|m| m.name));
        words.extend(store.aliases()?.into_iter().map(|a| a.word));
        let mut names = Names {
            sources: spellings(Party::Source)?,
            claimants: spellings(Party::Claimant)?,
            words,
        };
        for list in [&mut names.sources, &mut names.claimants, &mut names.words] {
            list.sort_by_key(|w| fold_word(w));
            list.dedup();
        }
        Ok(names)
    }

    /// Adds the context's names, so a name typed once completes after.
    pub fn learn(&mut self, context: &Context) {
        for (list, name) in [
            (&mut self.sources, &context.source),
            (&mut self.claimants, &context.by),
        ] {
            if let Some(name) = name
                && !list.contains(name)
            {
                list.push(name.clone());
            }
        }
    }

    /// Where the completed text starts in `line` and what may go there.
    /// After `@` and `by` the whole rest of the line is the name typed so
    /// far (names hold spaces); elsewhere the word under the cursor. Case
    /// and accents are ignored: `minist` finds `Ministère de l'Intérieur`.
    pub fn complete(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let before = &line[..pos];
        let lead = before.len() - before.trim_start().len();
        let typed = &before[lead..];
        let after = |prefix: &str| -> Option<usize> {
            let rest = typed.get(prefix.len()..)?;
            (typed[..prefix.len()].eq_ignore_ascii_case(prefix))
                .then(|| lead + prefix.len() + (rest.len() - rest.trim_start().len()))
        };
        if let Some(start) = after("@") {
            return (start, matching(&self.sources, &before[start..]));
        }
        if let Some(start) = after("by ").or_else(|| after("citing ")) {
            return (start, matching(&self.claimants, &before[start..]));
        }
        if let Some(start) = after("lang ") {
            let codes: Vec<String> = crate::lang::ALL.iter().map(|l| l.code().into()).collect();
            return (start, matching(&codes, &before[start..]));
        }
        let word_start = before.rfind(char::is_whitespace).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let word = &before[word_start..];
        if word_start == lead {
            let starts: Vec<String> = STARTS.iter().map(|s| s.to_string()).collect();
            let found = matching(&starts, word);
            if !found.is_empty() {
                return (word_start, found);
            }
        }
        if word.is_empty() {
            return (pos, Vec::new());
        }
        (word_start, matching(&self.words, word))
    }
}

/// The candidates that start as `typed` does, case and accents aside;
/// when none does, those with a word that starts so.
fn matching(candidates: &[String], typed: &str) -> Vec<String> {
    let typed = fold_word(typed);
    let mut found: Vec<String> = candidates
        .iter()
        .filter(|c| fold_word(c).starts_with(&typed))
        .cloned()
        .collect();
    if found.is_empty() && !typed.is_empty() {
        found = candidates
            .iter()
            .filter(|c| {
                fold_word(c)
                    .split([' ', '-', '\''])
                    .any(|w| w.starts_with(&typed))
            })
            .cloned()
            .collect();
    }
    found.sort();
    found.dedup();
    found
}

/// rustyline's view of the completion.
#[derive(Helper, Hinter, Highlighter, Validator)]
pub struct LogHelper {
    pub names: Names,
}

impl Completer for LogHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, found) = self.names.complete(line, pos);
        Ok((
            start,
            found
                .into_iter()
                .map(|name| Pair {
                    display: crate::text::escape(&name).into_owned(),
                    replacement: name,
                })
                .collect(),
        ))
    }
}

/// The history file of a database: beside a file, so each database keeps
/// the lines typed into it. A server's database has no "beside": its
/// history is this user's, under `$XDG_STATE_HOME/claimlog` (else
/// `~/.local/state/claimlog`), one file per address as shown without its
/// password. `None` when there is no such directory to name (no home).
pub fn history_path(db: &Path) -> Option<PathBuf> {
    let Some(shown) = Store::server_shown(db) else {
        let mut path = db.as_os_str().to_owned();
        path.push(".log-history");
        return Some(PathBuf::from(path));
    };
    let state = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::home_dir().map(|home| home.join(".local/state")))?;
    Some(server_history(&state, &shown))
}

/// Where a server's history sits under a state directory.
fn server_history(state: &Path, shown: &str) -> PathBuf {
    state.join("claimlog").join(history_file_name(shown))
}

/// A file name for a server's history: the address with every character
/// that is not a letter, digit, `.`, `-` or `_` made `_`, so `/`, `:` and
/// `@` never make directories or odd names.
fn history_file_name(shown: &str) -> String {
    let key: String = shown
        .trim_start_matches("postgres://")
        .chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '.' | '-' | '_' => c,
            _ => '_',
        })
        .collect();
    format!("{key}.log-history")
}

/// Reads lines at the terminal until Ctrl-D; Ctrl-C drops the line being
/// typed. Errors are shown and the session goes on.
/// `history` is `None` when there is nowhere to keep it (said once).
pub fn run_terminal(session: &mut Session, history: Option<&Path>) -> Result<()> {
    let config = Config::builder()
        .auto_add_history(false)
        .history_ignore_dups(true)?
        .max_history_size(10_000)?
        .completion_type(CompletionType::List)
        .build();
    let mut editor: Editor<LogHelper, FileHistory> = Editor::with_config(config)?;
    editor.set_helper(Some(LogHelper {
        names: Names::read(session.store, &session.event)?,
    }));
    match history {
        None => note("no home directory to keep line history in; lines are not kept"),
        // A first session has no history file yet.
        Some(history) if history.exists() => {
            if let Err(e) = editor.load_history(history) {
                note(format!(
                    "history {}: {e}; starting without it",
                    history.display()
                ));
            }
        }
        // A server's history directory is made on first use.
        Some(history) => {
            if let Some(dir) = history.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
        }
    }
    note(format!(
        "logging claims on {}: {}; `help` lists what to type, Ctrl-D ends",
        session.event,
        session.context.describe()
    ));
    let mut history_failed = false;
    loop {
        let line = match editor.readline(&session.prompt()) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(e.into()),
        };
        if !line.trim().is_empty() {
            editor.add_history_entry(line.as_str())?;
            // Written line by line: a second desk's lines and a lost
            // terminal keep theirs.
            if let Some(history) = history
                && let Err(e) = editor.append_history(history)
                && !history_failed
            {
                history_failed = true;
                note(format!(
                    "history {}: {e}; lines are not kept",
                    history.display()
                ));
            }
        }
        let mut ask = |question: &str| ask_at(&mut editor, question);
        if let Err(e) = session.apply(&line, Some(&mut ask)) {
            note(format!("{e:#}"));
        }
        if let Some(helper) = editor.helper_mut() {
            helper.names.learn(&session.context);
        }
    }
    note(session.summary("recorded"));
    Ok(())
}

/// "did you mean": Enter or y takes the known name, n keeps the new one,
/// Ctrl-C leaves the context as it was.
fn ask_at(editor: &mut Editor<LogHelper, FileHistory>, question: &str) -> Answer {
    let prompt = format!("{} {KEEP_OR_USE} ", crate::text::escape(question));
    match editor.readline(&prompt) {
        Ok(answer) => Answer::typed(&answer),
        Err(_) => Answer::Cancel,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Names {
        Names {
            sources: vec!["AFP".into(), "franceinfo".into(), "France 24".into()],
            claimants: vec![
                "Interior Ministry".into(),
                "Ministère de l'Intérieur".into(),
                "Kassym-Jomart Tokayev".into(),
            ],
            words: vec!["deaths".into(), "dead".into(), "blessés".into()],
        }
    }

    fn complete(line: &str) -> (usize, Vec<String>) {
        names().complete(line, line.len())
    }

    #[test]
    fn names_with_spaces_and_accents_complete_whole() {
        assert_eq!(
            complete("by Interior Mi"),
            (3, vec!["Interior Ministry".into()])
        );
        assert_eq!(
            complete("by ministere"),
            (3, vec!["Ministère de l'Intérieur".into()])
        );
        assert_eq!(
            complete("by kassym-j"),
            (3, vec!["Kassym-Jomart Tokayev".into()])
        );
        // A word inside the name, when no name starts so.
        assert_eq!(
            complete("by Tok"),
            (3, vec!["Kassym-Jomart Tokayev".into()])
        );
        assert_eq!(
            complete("@ fr"),
            (2, vec!["France 24".into(), "franceinfo".into()])
        );
        assert_eq!(complete("@AF"), (1, vec!["AFP".into()]));
        assert_eq!(
            complete("citing Interior Mi"),
            (7, vec!["Interior Ministry".into()])
        );
    }

    #[test]
    fn entries_complete_metric_words_and_lines_their_first_word() {
        assert_eq!(complete("26 de"), (3, vec!["dead".into(), "deaths".into()]));
        assert_eq!(complete("18 BLES"), (3, vec!["blessés".into()]));
        assert_eq!(complete("pub"), (0, vec!["published ".into()]));
        assert_eq!(complete("lang f"), (5, vec!["fr".into()]));
        assert_eq!(complete("26 "), (3, vec![]));
    }

    #[test]
    fn names_typed_in_the_session_complete_after() {
        let mut names = names();
        names.learn(&Context {
            by: Some("Almaty Akimat".into()),
            ..Context::default()
        });
        assert_eq!(
            names.complete("by Alm", 6),
            (3, vec!["Almaty Akimat".into()])
        );
    }

    #[test]
    fn the_events_qualifiers_complete_word_by_word() {
        let store = Store::open_in_memory().unwrap();
        store.create_event("kz", "", "").unwrap();
        let mut claim = crate::report::fixture::ClaimBuilder::count("deaths", 26).build();
        claim.event = "kz".into();
        claim.qualifier = "armed criminals".into();
        store
            .write(|s| s.insert_claim(&claim, crate::store::Origin::Add, ""))
            .unwrap();
        let names = Names::read(&store, "kz").unwrap();
        assert_eq!(names.complete("26 arm", 6), (3, vec!["armed".into()]));
        assert_eq!(
            names.complete("26 armed crim", 13),
            (9, vec!["criminals".into()])
        );
    }

    #[test]
    fn the_history_sits_beside_the_database() {
        assert_eq!(
            history_path(Path::new("/tmp/desk/claims.db")),
            Some(PathBuf::from("/tmp/desk/claims.db.log-history"))
        );
    }

    #[test]
    fn a_servers_history_is_keyed_by_its_address() {
        // Every way of writing one address names one file; a socket's
        // directory never makes directories of its own.
        let key = |db: &str| {
            let shown = Store::server_shown(Path::new(db)).unwrap();
            server_history(Path::new("/home/ana/.local/state"), &shown)
        };
        let file = PathBuf::from(
            "/home/ana/.local/state/claimlog/desk_db.example_5433_claims.log-history",
        );
        assert_eq!(key("postgres://desk@db.example:5433/claims"), file);
        assert_eq!(key("postgresql://desk@db.example:5433/claims"), file);
        let socket = key("postgres://desk@/claims?host=/run/postgresql");
        assert_eq!(socket.parent(), file.parent());
        assert_eq!(Store::server_shown(Path::new("claims.db")), None);
    }
}
