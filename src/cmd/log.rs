//! `claimlog log`: a session for a desk reading coverage. Context lines set
//! what the next entries share (source, claimant, times, link, language);
//! every other line is a quick entry, read, shown and recorded at once.
//! On a terminal it is a line editor with history and completion
//! (`editor`); off one it reads standard input (`stdin`). The context a
//! session ends with is kept per event for the next one (`context`).

mod context;
mod editor;
mod line;
mod session;
mod stdin;

use super::Ctx;
use crate::store::Store;
use anyhow::{Result, anyhow, bail};
use context::{Context, Key};
use session::{Mode, Session};
use std::io::IsTerminal;

/// Log claims as you read coverage: context lines (@ AFP, by …, said …)
/// carry over from one entry to the next.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog log kz-unrest-2022 --source AFP --by \"Interior Ministry\" --said 2022-01-07
  claimlog log kz-unrest-2022 --source franceinfo < notes.txt
  claimlog log kz-unrest-2022 --atomic --dry-run < notes.txt

A session's lines (type `help` in one):
  @ AFP | by Interior Ministry | by - | citing Health Ministry | said vendredi 14:00 | published … | as of … | url … | lang fr
  26 armed criminals killed, 18 wounded     (any other line: recorded at once)
  ? TEXT | undo | retract N REASON | correct N VALUE | show N | help

On a terminal: Tab completes names and words, Up recalls lines (kept in
DB.log-history beside the database; for a postgres:// database, under
$XDG_STATE_HOME/claimlog or ~/.local/state/claimlog, one file per address
without its password), Ctrl-C drops a line, Ctrl-D ends.
A clock time without an offset (14:00) is the local time (TZ).")]
pub struct Args {
    /// The event's slug (it must exist: `claimlog event add SLUG`).
    pub event: String,
    /// The outlet (like the line `@ AFP`).
    #[arg(long)]
    pub source: Option<String>,
    /// The claimant (like `by Interior Ministry`; `-` clears it).
    #[arg(long)]
    pub by: Option<String>,
    /// Whom the claimant relays (like `citing Health Ministry`; `-` clears
    /// it).
    #[arg(long)]
    pub citing: Option<String>,
    /// When it was said (2022-01-07, vendredi, "vendredi 14:00").
    #[arg(long)]
    pub said: Option<String>,
    /// When the source published it.
    #[arg(long)]
    pub published: Option<String>,
    /// The moment the figures describe.
    #[arg(long)]
    pub as_of: Option<String>,
    /// The link to what is being read (like `url https://…`).
    #[arg(long)]
    pub url: Option<String>,
    /// en or fr (guessed from each entry when left out).
    #[arg(long)]
    pub lang: Option<String>,
    /// Start from nothing, not from the context the last session on this
    /// event ended with.
    #[arg(long)]
    pub fresh: bool,
    /// Off a terminal: record the whole input or, if any line fails, none of it.
    #[arg(long)]
    pub atomic: bool,
    /// Off a terminal: show everything the input would do, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Keep new source and claimant names that look like known ones
    /// without asking "did you mean".
    #[arg(long)]
    pub new_name: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let terminal = std::io::stdin().is_terminal();
    if terminal && (args.atomic || args.dry_run) {
        bail!(
            "--atomic and --dry-run are for a whole input read from standard input (`claimlog log {} --dry-run < notes.txt`); at the terminal `? TEXT` shows a line without recording it",
            args.event
        );
    }
    let store = ctx.open_with_event(&args.event)?;
    let remembered = match args.fresh {
        true => None,
        false => store.log_context(&args.event)?,
    };
    let context = remembered
        .as_deref()
        .and_then(Context::from_json)
        .unwrap_or_default();
    let mode = match args.atomic || args.dry_run {
        true => Mode::Inside,
        false => Mode::OwnTransaction,
    };
    let mut session = Session::new(
        ctx,
        &store,
        &args.event,
        context,
        remembered.unwrap_or_default(),
        mode,
    );
    session.new_name = args.new_name;
    session.dry_run = args.dry_run;
    let flags = [
        (Key::Source, "--source", &args.source),
        (Key::By, "--by", &args.by),
        (Key::Citing, "--citing", &args.citing),
        (Key::Said, "--said", &args.said),
        (Key::Published, "--published", &args.published),
        (Key::AsOf, "--as-of", &args.as_of),
        (Key::Url, "--url", &args.url),
        (Key::Lang, "--lang", &args.lang),
    ];
    if terminal {
        let history = editor::history_path(&ctx.db);
        for (key, flag, value) in flags {
            if let Some(value) = value {
                let mut ask = |q: &str| ask_once(q);
                session
                    .set(key, value, Some(&mut ask))
                    .map_err(|e| flag_error(flag, key, &e))?;
            }
        }
        // What this session starts from is what it would end with if
        // nothing were typed (`--fresh` included).
        session.save_context()?;
        return editor::run_terminal(&mut session, history.as_deref());
    }
    // Off a terminal the flags are set inside the input's transaction, so
    // a dry run or a failed atomic input keeps no context either.
    let whole = stdin::Whole {
        atomic: args.atomic,
        dry_run: args.dry_run,
    };
    let set_flags = |session: &mut Session| -> Result<()> {
        for (key, flag, value) in flags {
            if let Some(value) = value {
                session
                    .set(key, value, None)
                    .map_err(|e| flag_error(flag, key, &e))?;
            }
        }
        session.save_context()
    };
    stdin::run_input(&mut session, std::io::stdin().lock(), whole, set_flags)
}

/// A flag's error named by the flag ("--said: not a date: 'someday'"),
/// not by the context line it stands for.
fn flag_error(flag: &str, key: Key, err: &anyhow::Error) -> anyhow::Error {
    let message = format!("{err:#}");
    let line_word = format!("{}: ", key.word());
    anyhow!(
        "{flag}: {}",
        message.strip_prefix(&line_word).unwrap_or(&message)
    )
}

/// Runs `notes` as a dry run on `event`, from no context: `demo` shows a
/// desk's session this way, on its sample database, keeping it as it was.
pub fn rehearse_notes(ctx: &Ctx, store: &Store, event: &str, notes: &str) -> Result<()> {
    let mut session = Session::new(
        ctx,
        store,
        event,
        Context::default(),
        String::new(),
        Mode::Inside,
    );
    session.dry_run = true;
    let whole = stdin::Whole {
        atomic: false,
        dry_run: true,
    };
    stdin::run_input(&mut session, notes.as_bytes(), whole, |_| Ok(()))
}

/// "did you mean" for a flag at the start of a terminal session, asked on
/// the terminal before the editor starts.
fn ask_once(question: &str) -> session::Answer {
    use std::io::Write;
    eprint!(
        "{} {} ",
        crate::text::escape(question),
        session::KEEP_OR_USE
    );
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    match std::io::stdin().read_line(&mut answer) {
        Ok(0) | Err(_) => session::Answer::Cancel,
        Ok(_) => session::Answer::typed(&answer),
    }
}
