//! `claimlog metric add|list`: what claims measure, and the words that name
//! each metric in quick entry.

use super::Ctx;
use crate::domain::{Kind, Lang};
use crate::render::{self, Format, Grid};
use anyhow::{Result, anyhow};
use clap::Subcommand;
use serde_json::json;

/// Metrics (deaths, injured, arrival…) and their words per language.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  claimlog metric add homes_destroyed --alias \"homes destroyed\" --alias \"maisons détruites\"\n  claimlog metric add curfew --kind date --alias \"curfew imposed\" --lang en\n  claimlog metric list"
)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Add a metric, or words to an existing one.
    Add {
        name: String,
        /// count, date or text.
        #[arg(long, default_value = "count")]
        kind: String,
        /// A word or phrase that names it (repeatable).
        #[arg(long = "alias")]
        aliases: Vec<String>,
        /// Language of the words (en or fr); any language when left out.
        #[arg(long, value_parser = super::filters::lang_arg)]
        lang: Option<Lang>,
        /// A running total (deaths so far): a later, higher figure on
        /// another day is then the total moving, not a conflict.
        #[arg(long)]
        cumulative: bool,
    },
    /// List the metrics and their words.
    List,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.action {
        Action::Add {
            name,
            kind,
            aliases,
            lang,
            cumulative,
        } => {
            let kind = Kind::parse(&kind)
                .ok_or_else(|| anyhow!("--kind: '{kind}' is not count, date or text"))?;
            // Before the database is opened: a refused name must not leave
            // a new, empty database behind.
            {
                use crate::text::{Rule, check, check_all};
                check("NAME", &name, Rule::Name)?;
                check_all(aliases.iter().map(|a| ("--alias", a.as_str(), Rule::Name)))?;
            }
            let lang = lang.map(|l| l.code().to_string()).unwrap_or_default();
            let store = ctx.open_or_create()?;
            let created = store.write(|s| {
                let created = s.add_metric(&name, kind, &aliases, &lang)?;
                if cumulative {
                    s.set_cumulative(&name, true)?;
                }
                Ok::<_, crate::store::StoreError>(created)
            })?;
            if created {
                super::note(format!("new {kind} metric '{name}'"));
            } else {
                super::note(format!("metric '{name}': words added"));
            }
            Ok(())
        }
        Action::List => {
            // Listing never creates a database: without one, the built-in words.
            let metrics = match crate::store::Store::open_for_reading(&ctx.db)? {
                Some(store) => store.metrics()?,
                None => crate::store::Store::open_in_memory()?.metrics()?,
            };
            fn words(m: &crate::store::MetricRow, lang: &str) -> Vec<String> {
                m.aliases
                    .iter()
                    .filter(|(_, l)| l == lang)
                    .map(|(w, _)| w.clone())
                    .collect()
            }
            let text = if ctx.format() == Format::Json {
                render::json(&json!(metrics
                    .iter()
                    .map(|m| json!({"metric": m.name, "kind": m.kind.as_str(), "builtin": m.builtin, "cumulative": m.cumulative,
                        "aliases": m.aliases.iter().map(|(w, l)| json!({"word": w, "lang": l})).collect::<Vec<_>>()}))
                    .collect::<Vec<_>>()))
            } else {
                let mut grid = Grid::new(&["metric", "kind", "cumulative", "en", "fr", "any"]);
                for m in &metrics {
                    grid.push(vec![
                        m.name.clone(),
                        m.kind.to_string(),
                        if m.cumulative { "yes" } else { "" }.to_string(),
                        words(m, "en").join(", "),
                        words(m, "fr").join(", "),
                        words(m, "").join(", "),
                    ]);
                }
                grid.render(ctx.style)
            };
            render::print(&text)?;
            Ok(())
        }
    }
}
