//! `claimlog event add|list|show`: the stories being tracked.

use super::Ctx;
use crate::render::{self, Format, Grid};
use anyhow::Result;
use clap::Subcommand;
use serde_json::json;

/// Start, list and look at events (stories), named by a slug.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  claimlog event add kz-unrest-2022 --title \"Kazakhstan unrest, January 2022\"\n  claimlog event list\n  claimlog event show kz-unrest-2022"
)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Start tracking a story.
    Add {
        /// Lower-case slug, like kz-unrest-2022.
        slug: String,
        #[arg(long, default_value = "")]
        title: String,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// List the stories with their claim counts.
    List,
    /// One story: its claims by metric.
    Show { slug: String },
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.action {
        Action::Add { slug, title, note } => add(ctx, &slug, &title, &note),
        Action::List => list(ctx),
        Action::Show { slug } => show(ctx, &slug),
    }
}

/// `event add`: every argument is checked before the database is opened.
fn add(ctx: &Ctx, slug: &str, title: &str, note: &str) -> Result<()> {
    // A bad slug must not leave a new, empty database behind.
    crate::store::names::validate_slug(slug)?;
    {
        use crate::text::{Rule, check_all};
        check_all([
            ("--title", title, Rule::Text),
            ("--note", note, Rule::Paragraph),
        ])?;
    }
    let store = ctx.open_or_create()?;
    store.write(|s| s.create_event(slug, title, note))?;
    super::note(format!("started event '{slug}'"));
    Ok(())
}

/// The events as `event list --format json` (and `serve`'s /api/events)
/// print them.
pub fn events_json(events: &[crate::store::EventRow]) -> serde_json::Value {
    json!(
        events
            .iter()
            .map(
                |e| json!({"event": e.slug, "title": e.title, "note": e.note,
                    "created_at": e.created_at, "claims": e.claims})
            )
            .collect::<Vec<_>>()
    )
}

/// `event list`: each event with its claim count.
fn list(ctx: &Ctx) -> Result<()> {
    let store = ctx.open()?;
    let events = store.events()?;
    let text = if ctx.format() == Format::Json {
        render::json(&events_json(&events))
    } else {
        let mut grid = Grid::new(&["event", "title", "claims", "created"]);
        for e in &events {
            grid.push(vec![
                e.slug.clone(),
                e.title.clone(),
                e.claims.to_string(),
                e.created_at.clone(),
            ]);
        }
        grid.render(ctx.style)
    };
    render::print(&text)?;
    Ok(())
}

/// `event show`: the event and its claims counted by metric.
fn show(ctx: &Ctx, slug: &str) -> Result<()> {
    let store = ctx.open()?;
    let event = store.event(slug)?;
    let claims = store.claims(&crate::store::ClaimFilter {
        event: Some(slug.to_string()),
        ..Default::default()
    })?;
    let metrics = metric_counts(&claims);
    let text = if ctx.format() == Format::Json {
        render::json(&json!({
            "event": event.slug, "title": event.title, "note": event.note,
            "created_at": event.created_at, "claims": event.claims,
            "metrics": metrics.iter().map(|(m, n, a)| json!({"metric": m, "claims": n, "active": a})).collect::<Vec<_>>(),
        }))
    } else {
        let mut grid = Grid::new(&["metric", "claims", "active"]);
        for (m, n, a) in &metrics {
            grid.push(vec![m.clone(), n.to_string(), a.to_string()]);
        }
        let title = if event.title.is_empty() {
            String::new()
        } else {
            format!(" — {}", event.title)
        };
        format!(
            "{}{}: {} claims\n{}",
            event.slug,
            title,
            event.claims,
            grid.render(ctx.style)
        )
    };
    render::print(&text)?;
    Ok(())
}

/// (metric, claims, active claims) for each metric, in first-seen order.
fn metric_counts(claims: &[crate::domain::Claim]) -> Vec<(String, usize, usize)> {
    let mut metrics: Vec<(String, usize, usize)> = Vec::new();
    for c in claims {
        let active = usize::from(c.status == crate::domain::Status::Active);
        match metrics.iter_mut().find(|m| m.0 == c.metric) {
            Some(m) => {
                m.1 += 1;
                m.2 += active;
            }
            None => metrics.push((c.metric.clone(), 1, active)),
        }
    }
    metrics
}
