//! `claimlog check`: is the file sound? SQLite's integrity and foreign-key
//! checks, the schema version and shape, and claimlog's own rules, each
//! problem on one line in plain words.

use super::Ctx;
use crate::render::{self, Format};
use crate::store::Store;
use anyhow::{Result, bail};

use serde_json::{Map, Value as Json, json};

/// Check the database: integrity, foreign keys, schema version and shape,
/// and claimlog's own rules. Exits 1 when anything is wrong.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog check
  claimlog --db /srv/desk/claimlog.db check --format json")]
pub struct Args {}

pub fn run(ctx: &Ctx, _args: Args) -> Result<()> {
    let db = ctx.db.display();
    let health = match Store::open_to_check(&ctx.db).and_then(|store| store.check()) {
        Ok(health) => health,
        Err(e) if e.is_corrupt() => {
            bail!("{db}: damaged too badly for SQLite to check it ({e}); restore a backup")
        }
        Err(e) => return Err(e.into()),
    };
    let summary = format!(
        "ok: {}, {}, schema version {}",
        super::plural(health.count("claims") as usize, "claim"),
        super::plural(health.count("events") as usize, "event"),
        health.schema_version
    );
    let text = match ctx.format() {
        Format::Json | Format::Jsonl => {
            let counts: Map<String, Json> = health
                .counts
                .iter()
                .map(|(t, n)| (t.clone(), json!(n)))
                .collect();
            render::json(&json!({
                "ok": health.ok(),
                "summary": if health.ok() { json!(summary) } else { Json::Null },
                "schema_version": health.schema_version,
                "counts": counts,
                "problems": health.problems,
            }))
        }
        _ if health.ok() => format!("{summary}\n"),
        _ => health
            .problems
            .iter()
            .map(|p| format!("{}\n", crate::text::escape(p)))
            .collect::<String>(),
    };
    render::print(&text)?;
    match health.problems.len() {
        0 => Ok(()),
        1 => bail!("{db}: 1 problem found"),
        n => bail!("{db}: {n} problems found"),
    }
}
