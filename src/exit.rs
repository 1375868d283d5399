//! How claimlog ends: errors as one line on stderr and their exit codes.

use std::io::{self, ErrorKind};
use std::process::ExitCode;

/// Bad input or a command that failed.
pub const FAILURE: u8 = 1;
/// The command line itself was wrong.
pub const USAGE: u8 = 2;
/// Stopped by Ctrl-C (128 + SIGINT, as shells report it).
pub const INTERRUPTED: u8 = 130;

/// Prints an error as `claimlog: what: why` on one line.
pub fn failure(err: &anyhow::Error) -> ExitCode {
    // A closed pipe (`claimlog list | head`) is how the reader said stop.
    if err
        .chain()
        .filter_map(|e| e.downcast_ref::<io::Error>())
        .any(|e| e.kind() == ErrorKind::BrokenPipe)
    {
        return ExitCode::SUCCESS;
    }
    // One line, and user input quoted in it (a source name holding ESC)
    // cannot drive the terminal.
    let message = format!("{err:#}").replace('\n', " ");
    eprintln!("claimlog: {}", crate::text::escape(&message));
    let interrupted = err.chain().any(|e| {
        matches!(
            e.downcast_ref::<crate::store::StoreError>(),
            Some(crate::store::StoreError::Interrupted)
        )
    });
    ExitCode::from(if interrupted { INTERRUPTED } else { FAILURE })
}

/// Help and version go to stdout with exit 0; a usage error is one line.
pub fn usage(err: clap::Error) -> ExitCode {
    use clap::error::ErrorKind as Kind;
    match err.kind() {
        Kind::DisplayHelp
        | Kind::DisplayVersion
        | Kind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            if err.kind() == Kind::DisplayHelpOnMissingArgumentOrSubcommand {
                ExitCode::from(USAGE)
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            // The first paragraph, joined: clap puts what is missing on
            // the lines after "required arguments were not provided:".
            let rendered = err.render().to_string();
            let first = rendered
                .lines()
                .map(str::trim)
                .skip_while(|l| l.is_empty())
                .take_while(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            let first = match first.trim_start_matches("error: ") {
                "" => "bad command line",
                text => text,
            };
            // clap strips escape sequences, not bidirectional overrides.
            let first = crate::text::escape(first);
            eprintln!("claimlog: {first} (see 'claimlog --help')");
            ExitCode::from(USAGE)
        }
    }
}
