//! `claimlog backup`: a consistent copy of the database made with SQLite's
//! online backup while other processes go on writing, checked before it
//! takes its name.

use super::{Ctx, note};
use crate::render::{self, Format};
use anyhow::{Context, Result, bail};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Pages copied per step (1 MB with SQLite's default page size).
const PAGES_PER_STEP: i32 = 256;
/// The pause between steps, so the copy never hogs the disk.
const PAUSE: Duration = Duration::from_millis(5);

/// Copy the database to FILE with SQLite's online backup (safe while others
/// write); the copy is checked and holds the claims as of the moment it began.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog backup backups/claimlog-2022-01-10.db
  claimlog backup /mnt/usb/claimlog.db --force")]
pub struct Args {
    /// Where to write the copy.
    pub file: PathBuf,
    /// Replace FILE if it exists (only once the new copy has passed its check).
    #[arg(long)]
    pub force: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let file = &args.file;
    let shown = file.display();
    let store = ctx.open()?;
    let target = crate::output::Target::file(file, &ctx.db)?;
    let Some(resolved) = target.resolved().filter(|_| target.is_regular()) else {
        bail!("{shown}: not a regular file; a backup must be written to a file");
    };
    if resolved.exists() && !args.force {
        bail!("{shown}: already exists; --force replaces it");
    }
    let dir = match resolved.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => Path::new(".").to_path_buf(),
    };
    // The copy is made under a temporary name beside FILE (beside a link's
    // target, so the link stays a link) and renamed once checked: a failed
    // backup never leaves a half file or spoils an old one.
    let temp = tempfile::Builder::new()
        .prefix(".claimlog-backup-")
        .suffix(".db")
        .tempfile_in(&dir)
        .with_context(|| format!("{shown}: cannot write in {}", dir.display()))?
        .into_temp_path();
    let report = store
        .backup_to(&temp, PAGES_PER_STEP, PAUSE)
        .with_context(|| format!("{shown}: backup failed"))?;
    // The copy is as private as the original.
    if let Ok(meta) = std::fs::metadata(&ctx.db) {
        let _ = std::fs::set_permissions(&temp, meta.permissions());
    }
    temp.persist(resolved)
        .with_context(|| format!("{shown}: cannot move the copy into place"))?;
    if ctx.format() == Format::Json {
        render::print(&render::json(&json!({
            "file": file,
            "claims": report.claims,
            "events": report.events,
            "pages": report.pages,
            "bytes": report.bytes,
            "checked": true,
        })))?;
    }
    note(format!(
        "backed up {} ({}, {} KiB) to {shown}; the copy passed its check",
        plural(report.claims, "claim"),
        plural(report.events, "event"),
        report.bytes.div_ceil(1024)
    ));
    Ok(())
}

fn plural(n: i64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
