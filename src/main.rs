//! The `claimlog` binary: parse the command line, run, and print any error
//! as one line. Exit 0 on success, 1 on bad input or a failed command, 2 on
//! a usage error; never a backtrace.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // A bug must still read as one line, not a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("claimlog: internal error: {info}");
    }));
    let cli = match claimlog::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return claimlog::exit::usage(err),
    };
    match claimlog::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => claimlog::exit::failure(&err),
    }
}
