//! `claimlog demo`: a throw-away database built from the embedded samples,
//! and the reports on it.

use super::{Ctx, import::import_records, note};
use crate::domain::Claim;
use crate::render::{self, Format, reports};
use crate::report::DAY;
use crate::report::compare::{By, compare};
use crate::report::conflicts::conflicts;
use crate::report::summary::summary;
use crate::report::timeline::timeline;
use crate::store::{ClaimFilter, Store};
use anyhow::Result;
use serde_json::json;

/// The Kazakhstan January 2022 sample story, as shipped in `samples/`.
pub const SAMPLE_CSV: &str = include_str!("../../samples/kz-unrest-2022.csv");
pub const SAMPLE_EVENT: &str = "kz-unrest-2022";
/// A desk's notes as `claimlog log` reads them, from `samples/`.
pub const SAMPLE_NOTES: &str = include_str!("../../samples/desk-notes.txt");

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
            false,
        )
    })?;
    Ok(tally.added)
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = match &args.keep {
        Some(p) => p.clone(),
        None => dir.path().join("demo.db"),
    };
    // A demo never touches an existing file: its samples would be merged
    // into someone's claims.
    let (store, new_file) = if Store::is_server(&path) {
        // A server's database is never new: it must hold no log yet.
        let store = Store::open(&path, true)?;
        if !store.event_slugs()?.is_empty() {
            anyhow::bail!(
                "{}: already exists and holds a log; demo --keep fills an empty database",
                path.display()
            );
        }
        (store, None)
    } else {
        let Some((store, new_file)) = Store::create_new(&path)? else {
            anyhow::bail!(
                "{}: already exists; demo --keep makes a new database (name another file)",
                path.display()
            );
        };
        (store, Some(new_file))
    };
    store.write(|s| s.ensure_schema())?;
    let added = load_samples(&store)?;
    if let Some(new_file) = new_file {
        new_file.settle(&store);
    }
    note(format!(
        "demo database with {added} sample claims at {}",
        path.display()
    ));
    let claims = store.claims(&ClaimFilter {
        event: Some(SAMPLE_EVENT.into()),
        ..Default::default()
    })?;
    let deaths: Vec<Claim> = claims
        .iter()
        .filter(|c| c.metric == "deaths")
        .cloned()
        .collect();
    let rows = summary(&claims, crate::report::Moment::NOW, DAY);
    let entries = timeline(&deaths);
    let cumulative = store.cumulative_metrics()?;
    let pivot = compare(
        &claims,
        By::Claimant,
        crate::report::Moment::NOW,
        DAY,
        &cumulative,
    );
    let found = conflicts(&claims, DAY, &cumulative);
    let text = match ctx.format() {
        Format::Json => render::json(&json!({
            "event": SAMPLE_EVENT,
            "summary": reports::summary_json(&rows),
            "timeline": reports::timeline_json(&entries),
            "compare": reports::compare_json(&pivot, SAMPLE_EVENT, None),
            "conflicts": reports::conflicts_json(&found),
        })),
        _ => {
            let style = ctx.style;
            let trend = style.format == Format::Table;
            format!(
                "## summary {SAMPLE_EVENT}: the current figures\n\n{}\n\
                 ## timeline {SAMPLE_EVENT} --metric deaths: how the toll moved\n\n{}\n\
                 ## compare {SAMPLE_EVENT}: who says what now\n\n{}{}\n\n\
                 ## conflicts {SAMPLE_EVENT}: where sources disagree\n\n{}",
                reports::summary_grid(&rows, trend, false).render(style),
                reports::timeline_grid(&entries).render(style),
                reports::compare_grid(&pivot).render(style),
                reports::COMPARE_LEGEND,
                reports::conflicts_grid(&found).render(style),
            )
        }
    };
    render::print(&text)?;
    if ctx.format() != Format::Json {
        // A desk's session, rehearsed so the sample database stays the
        // samples (`--keep` gives exactly them).
        render::print(&format!(
            "\n## log {SAMPLE_EVENT} --dry-run < samples/desk-notes.txt: a desk logging as it reads\n\n"
        ))?;
        super::log::rehearse_notes(ctx, &store, SAMPLE_EVENT, SAMPLE_NOTES)?;
    }
    Ok(())
}
