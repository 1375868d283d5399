//! `claimlog source add|list` and `claimlog claimant add|list`: the outlets
//! that report claims and the people or bodies they are attributed to.

use super::Ctx;
use crate::render::{self, Format, Grid};
use crate::store::names::Party;
use anyhow::Result;
use clap::Subcommand;
use serde_json::json;

/// Outlets where claims appear, with aliases (franceinfo = France Télévisions).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  claimlog source add franceinfo --alias \"France Télévisions\" --url https://www.francetvinfo.fr\n  claimlog source list\n  claimlog source merge \"France TV Info\" franceinfo --dry-run"
)]
pub struct SourceArgs {
    #[command(subcommand)]
    pub action: Action,
}

/// Who claims are attributed to (`--by`), with aliases.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  claimlog claimant add \"Interior Ministry\" --alias \"ministère de l'Intérieur\"\n  claimlog claimant list\n  claimlog claimant merge \"UN OCHA\" OCHA"
)]
pub struct ClaimantArgs {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Add one (or more aliases to an existing one).
    Add {
        name: String,
        /// Another name it goes by (repeatable).
        #[arg(long = "alias")]
        aliases: Vec<String>,
        /// Home page (sources only).
        #[arg(long, default_value = "")]
        url: String,
    },
    /// List them with aliases and claim counts.
    List,
    /// Fold A into B: A's name and aliases become aliases of B, and every
    /// claim of A moves to B (each one's history says so).
    Merge {
        /// The name to fold away (any of its names).
        a: String,
        /// The name to keep (any of its names).
        b: String,
        /// List the claims that would move, and change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

pub fn run_source(ctx: &Ctx, args: SourceArgs) -> Result<()> {
    run(ctx, Party::Source, args.action)
}

pub fn run_claimant(ctx: &Ctx, args: ClaimantArgs) -> Result<()> {
    run(ctx, Party::Claimant, args.action)
}

fn run(ctx: &Ctx, party: Party, action: Action) -> Result<()> {
    match action {
        Action::Add { name, aliases, url } => {
            if party == Party::Claimant && !url.is_empty() {
                anyhow::bail!("--url: only sources have a URL");
            }
            // Before the database is opened: a refused name must not leave
            // a new, empty database behind.
            {
                use crate::text::{Rule, check, check_all};
                check("NAME", &name, Rule::Name)?;
                check_all(aliases.iter().map(|a| ("--alias", a.as_str(), Rule::Name)))?;
                check("--url", &url, Rule::Url)?;
            }
            let store = ctx.open_or_create()?;
            let existed = store.party_id(party, &name)?.is_some();
            // Asked for by name, so created; but a lookalike is still worth a word.
            let lookalike = if existed {
                None
            } else {
                store.lookalike(party, &name)?
            };
            store.write(|s| {
                if existed {
                    s.add_aliases(party, &name, &aliases)
                } else {
                    s.add_party(party, &name, &aliases, &url).map(|_| ())
                }
            })?;
            if existed {
                super::note(format!("{} '{name}': aliases added", party.noun()));
            } else {
                super::note(format!("new {} '{name}'", party.noun()));
            }
            if let Some(known) = lookalike {
                let noun = party.noun();
                super::note(format!(
                    "warning: '{name}' looks like '{known}', which exists (`claimlog {noun} merge \"{name}\" \"{known}\"` folds them if they are one)"
                ));
            }
            Ok(())
        }
        Action::Merge { a, b, dry_run } => super::merge::run(ctx, party, &a, &b, dry_run),
        Action::List => {
            let store = ctx.open()?;
            let rows = store.parties(party)?;
            let text = if ctx.format() == Format::Json {
                render::json(&json!(
                    rows.iter()
                        .map(|r| json!({"name": r.name, "aliases": r.aliases, "claims": r.claims}))
                        .collect::<Vec<_>>()
                ))
            } else {
                let mut grid = Grid::new(&[party.noun(), "aliases", "claims"]);
                for r in &rows {
                    grid.push(vec![
                        r.name.clone(),
                        r.aliases.join("; "),
                        r.claims.to_string(),
                    ]);
                }
                grid.render(ctx.style)
            };
            render::print(&text)?;
            Ok(())
        }
    }
}
