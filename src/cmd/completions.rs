//! `claimlog completions`: shell completion scripts, generated from the
//! command definitions.

use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;

/// Print a completion script for a shell.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  claimlog completions bash > ~/.local/share/bash-completion/completions/claimlog"
)]
pub struct Args {
    /// bash, zsh, fish, elvish or powershell.
    pub shell: Shell,
}

pub fn run(args: Args) -> Result<()> {
    let mut command = crate::cli::Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "claimlog", &mut out);
    crate::render::print(&String::from_utf8_lossy(&out))?;
    Ok(())
}
