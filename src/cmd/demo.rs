//! `claimlog demo`: a throw-away database built from the embedded samples,
//! and the reports on it.

use super::{Ctx, import::import_records, note, print_claims};
use crate::store::{ClaimFilter, Store};
use anyhow::Result;

/// The Kazakhstan January 2022 sample story, as shipped in `samples/`.
pub const SAMPLE_CSV: &str = include_str!("../../samples/kz-unrest-2022.csv");
pub const SAMPLE_EVENT: &str = "kz-unrest-2022";

/// Build a throw-away database from the samples and print the reports.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  claimlog demo\n  claimlog demo --keep demo.db   # keep the database to explore it"
)]
pub struct Args {
    /// Keep the database at this path instead of throwing it away.
    #[arg(long)]
    pub keep: Option<std::path::PathBuf>,
}

/// Loads the samples into `store`.
pub fn load_samples(store: &Store) -> Result<usize> {
    let tally = store.write(|s| {
        import_records(
            s,
            SAMPLE_CSV.as_bytes(),
            false,
            "samples/kz-unrest-2022.csv",
        )
        .map_err(|e| crate::store::StoreError::Invalid(format!("{e:#}")))
    })?;
    Ok(tally.added)
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = match &args.keep {
        Some(p) => p.clone(),
        None => dir.path().join("demo.db"),
    };
    let store = Store::open(&path, true)?;
    let added = load_samples(&store)?;
    note(format!(
        "demo database with {added} sample claims at {}",
        path.display()
    ));
    let claims = store.claims(&ClaimFilter {
        event: Some(SAMPLE_EVENT.into()),
        ..Default::default()
    })?;
    print_claims(ctx.style, &claims)
}
