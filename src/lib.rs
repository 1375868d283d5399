//! claimlog: record the claims a breaking story throws at you (figures,
//! dates, who said them, who reported them) and report how they evolve and
//! where sources disagree.
//!
//! Layers, each readable alone: `domain` (pure types), `parse` (numbers,
//! dates, quick entry, lexicon), `store` (all SQL), `interchange` (the flat
//! record), `output` (where files are written), `render` (tables, Markdown,
//! CSV, JSON), `text` (which characters are stored, and how others are
//! shown), and the command line in `cli` with one file per command under
//! `cmd`.

pub mod cli;
pub mod cmd;
pub mod domain;
pub mod exit;
pub mod extract;
pub mod interchange;
pub mod lang;
pub mod output;
pub mod parse;
pub mod render;
pub mod report;
pub mod store;
pub mod text;
