//! `claimlog man`: manual pages in roff, generated from the command
//! definitions (clap_mangen), so the pages say what `--help` says.

use anyhow::{Context, Result, bail};
use clap::CommandFactory;
use std::path::PathBuf;

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

pub fn run(args: Args) -> Result<()> {
    let mut root = crate::cli::Cli::command().disable_help_subcommand(true);
    root.build();
    if let Some(dir) = args.dir {
        if !dir.is_dir() {
            bail!("--dir {}: no such directory", dir.display());
        }
        clap_mangen::generate_to(root, &dir)
            .with_context(|| format!("writing manual pages into {}", dir.display()))?;
        super::note(format!("wrote the manual pages into {}", dir.display()));
        return Ok(());
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
