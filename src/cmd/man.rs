//! `claimlog man`: manual pages in roff, generated from the command
//! definitions (clap_mangen), so the pages say what `--help` says.

use crate::output::Target;
use anyhow::{Result, bail};
use clap::CommandFactory;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Print the manual page of claimlog or of one command, or write them all.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog man | man -l -
  claimlog man event add | man -l -
  claimlog man --dir ~/.local/share/man/man1")]
pub struct Args {
    /// The command whose page to print (`add`, `event add`); none: the
    /// page of claimlog itself.
    pub command: Vec<String>,
    /// Write every page (claimlog.1, claimlog-add.1, ...) into this
    /// directory, which must exist, instead of printing one.
    #[arg(long, conflicts_with = "command")]
    pub dir: Option<PathBuf>,
}

pub fn run(ctx: &super::Ctx, args: Args) -> Result<()> {
    let mut root = crate::cli::Cli::command().disable_help_subcommand(true);
    root.build();
    if let Some(dir) = args.dir {
        return write_pages(ctx, root, &dir);
    }
    let mut page = root;
    for (depth, name) in args.command.iter().enumerate() {
        let Some(sub) = page.find_subcommand(name).cloned() else {
            let path = args.command[..depth].join(" ");
            let within = if path.is_empty() {
                "claimlog".to_string()
            } else {
                format!("claimlog {path}")
            };
            bail!(
                "man: `{}` is not a command of {within}",
                crate::text::escape(name)
            );
        };
        page = sub;
    }
    let mut out = Vec::new();
    clap_mangen::Man::new(page).render(&mut out)?;
    crate::render::print(&String::from_utf8_lossy(&out))?;
    Ok(())
}

/// Every page, `claimlog.1` first: the file name and the roff text.
fn pages(command: clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let man = clap_mangen::Man::new(command.clone());
    let mut text = Vec::new();
    man.render(&mut text)?;
    out.push((man.get_filename(), text));
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        pages(sub.clone(), out)?;
    }
    Ok(())
}

/// Writes every page into `dir`. Each path is checked before any is
/// written, so a bad one (the database, a directory, a file that holds a
/// SQLite database) stops the whole run with nothing written; each page is
/// then written beside its name and renamed into place.
fn write_pages(ctx: &super::Ctx, root: clap::Command, dir: &Path) -> Result<()> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => bail!("--dir {}: not a directory", dir.display()),
        Err(_) => bail!("--dir {}: no such directory", dir.display()),
    }
    let mut all = Vec::new();
    pages(root, &mut all)?;
    let mut targets = Vec::with_capacity(all.len());
    for (name, text) in all {
        let path = dir.join(&name);
        let target = Target::file(&path, &ctx.db)?;
        if holds_a_database(&path) {
            bail!(
                "{}: holds a SQLite database, not a manual page; nothing was written",
                path.display()
            );
        }
        targets.push((target, text));
    }
    let count = targets.len();
    for (target, text) in targets {
        let mut out = target.open()?;
        out.write_all(&text)
            .map_err(|e| anyhow::anyhow!("{}: {e}", target.shown().display()))?;
        out.finish()?;
    }
    super::note(format!("wrote {count} manual pages into {}", dir.display()));
    Ok(())
}

/// Whether the file at `path` (through links) starts as a SQLite database
/// does: a page name is never worth one.
fn holds_a_database(path: &Path) -> bool {
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
        .is_ok_and(|()| &head == b"SQLite format 3\0")
}
