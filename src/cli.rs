//! The command line: global options, the command list, and the dispatcher
//! that opens the database once and hands it to each command.

use crate::cmd;
use crate::render::{Format, Style};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "claimlog",
    version,
    about = "Record every figure a breaking story throws at you, and see how it evolves and where sources disagree.",
    after_help = "Example:\n  claimlog event add kz-unrest-2022\n  claimlog add kz-unrest-2022 \"26 armed criminals killed, 18 wounded\" --source franceinfo --by \"Interior Ministry\" --said 2022-01-07\n  claimlog list kz-unrest-2022"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, clap::Args)]
pub struct Global {
    /// The database file (created on first write).
    #[arg(
        long,
        global = true,
        env = "CLAIMLOG_DB",
        default_value = "claimlog.db"
    )]
    pub db: PathBuf,
    /// Output format (table on a terminal).
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,
    /// Fit tables to this many columns (default: the terminal's width on a
    /// terminal, lines kept whole elsewhere).
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(20..))]
    pub width: Option<u16>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Event(cmd::event::Args),
    Source(cmd::party::SourceArgs),
    Claimant(cmd::party::ClaimantArgs),
    Metric(cmd::metric::Args),
    Add(cmd::add::Args),
    Log(cmd::log::Args),
    Parse(cmd::parse::Args),
    Extract(cmd::extract::Args),
    List(cmd::list::Args),
    Show(cmd::show::Args),
    Edit(cmd::edit::Args),
    Retract(cmd::retract::Args),
    Correct(cmd::correct::Args),
    Review(cmd::review::Args),
    Rm(cmd::rm::RmArgs),
    Restore(cmd::rm::RestoreArgs),
    Timeline(cmd::timeline::Args),
    Summary(cmd::summary::Args),
    Compare(cmd::compare::Args),
    Conflicts(cmd::conflicts::Args),
    Chart(cmd::chart::Args),
    Report(cmd::report::Args),
    Serve(cmd::serve::Args),
    Import(cmd::import::Args),
    Export(cmd::export::Args),
    Demo(cmd::demo::Args),
    Check(cmd::check::Args),
    Backup(cmd::backup::Args),
    Copy(cmd::copy::Args),
    Completions(cmd::completions::Args),
    Man(cmd::man::Args),
}

impl Command {
    /// Commands that print records, one per line with `--format jsonl`
    /// (conflicts: one pair per line, so a long list streams).
    fn prints_records(&self) -> bool {
        matches!(
            self,
            Command::List(_)
                | Command::Conflicts(_)
                | Command::Parse(_)
                | Command::Extract(_)
                | Command::Add(_)
                | Command::Log(_)
                | Command::Show(_)
                | Command::Timeline(_)
                | Command::Import(_)
                | Command::Export(_)
        )
    }
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    let requested = cli.global.format;
    let format = match requested {
        Some(Format::Claimreview) if !matches!(cli.command, Command::Export(_)) => {
            anyhow::bail!("--format claimreview: only `claimlog export` writes ClaimReview")
        }
        Some(Format::Hxl) if !matches!(cli.command, Command::Export(_)) => {
            anyhow::bail!("--format hxl: only `claimlog export` writes HXL")
        }
        Some(Format::Jsonl) if !cli.command.prints_records() => Some(Format::Json),
        other => other,
    };
    let ctx = cmd::Ctx {
        db: cli.global.db,
        style: Style::for_stdout(format, cli.global.width),
        requested,
    };
    match cli.command {
        Command::Event(args) => cmd::event::run(&ctx, args),
        Command::Source(args) => cmd::party::run_source(&ctx, args),
        Command::Claimant(args) => cmd::party::run_claimant(&ctx, args),
        Command::Metric(args) => cmd::metric::run(&ctx, args),
        Command::Add(args) => cmd::add::run(&ctx, args),
        Command::Log(args) => cmd::log::run(&ctx, args),
        Command::Parse(args) => cmd::parse::run(&ctx, args),
        Command::Extract(args) => cmd::extract::run(&ctx, args),
        Command::List(args) => cmd::list::run(&ctx, args),
        Command::Show(args) => cmd::show::run(&ctx, args),
        Command::Edit(args) => cmd::edit::run(&ctx, args),
        Command::Retract(args) => cmd::retract::run(&ctx, args),
        Command::Correct(args) => cmd::correct::run(&ctx, args),
        Command::Review(args) => cmd::review::run(&ctx, args),
        Command::Rm(args) => cmd::rm::run_rm(&ctx, args),
        Command::Restore(args) => cmd::rm::run_restore(&ctx, args),
        Command::Timeline(args) => cmd::timeline::run(&ctx, args),
        Command::Summary(args) => cmd::summary::run(&ctx, args),
        Command::Compare(args) => cmd::compare::run(&ctx, args),
        Command::Conflicts(args) => cmd::conflicts::run(&ctx, args),
        Command::Chart(args) => cmd::chart::run(&ctx, args),
        Command::Report(args) => cmd::report::run(&ctx, args),
        Command::Serve(args) => cmd::serve::run(&ctx, args),
        Command::Import(args) => cmd::import::run(&ctx, args),
        Command::Export(args) => cmd::export::run(&ctx, args),
        Command::Demo(args) => cmd::demo::run(&ctx, args),
        Command::Check(args) => cmd::check::run(&ctx, args),
        Command::Backup(args) => cmd::backup::run(&ctx, args),
        Command::Copy(args) => cmd::copy::run(&ctx, args),
        Command::Completions(args) => cmd::completions::run(args),
        Command::Man(args) => cmd::man::run(&ctx, args),
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// Every command (and sub-action) shows a real example in its help.
    #[test]
    fn every_command_has_help_with_an_example() {
        let cli = Cli::command();
        cli.clone().debug_assert();
        for command in cli.get_subcommands() {
            let help = command
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            assert!(
                help.contains("claimlog "),
                "`claimlog {}` has no example in its help",
                command.get_name()
            );
            assert!(
                command.get_about().is_some(),
                "`{}` has no about",
                command.get_name()
            );
        }
    }
}
