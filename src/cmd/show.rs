//! `claimlog show`: one claim with its whole history and its verdict (the
//! latest review).

use super::{Ctx, claim_json, status_label};
use crate::interchange::{Record, display_value};
use crate::render::{self, Format, Grid, Style};
use crate::store::Store;
use anyhow::Result;
use serde_json::json;

/// Show one claim (by its number or global id) and every change made to it.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  claimlog show 12\n  claimlog show 0193a5c2-7f3e-7c1a-9a55-0c2f6b1d9e41 --format json"
)]
pub struct Args {
    /// The claim's number or global id.
    pub id: String,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let store = ctx.open()?;
    render::print(&render_claim(&store, &args.id, ctx.style)?)?;
    Ok(())
}

/// One claim and its history as `show` prints it.
pub fn render_claim(store: &Store, id: &str, style: Style) -> Result<String> {
    let claim = store.find_claim(id)?;
    let history = store.history(claim.number)?;
    // The verdict: the latest review in the history.
    let verdict: Option<crate::domain::Review> = history
        .iter()
        .rev()
        .find(|h| h.action == crate::store::Action::Review.as_str())
        .and_then(|h| serde_json::from_str(&h.detail).ok());
    Ok(match style.format {
        Format::Json => {
            let mut value = claim_json(&claim);
            value["deleted"] = json!(claim.deleted);
            value["recorded_at"] = json!(claim.recorded_at.to_rfc3339());
            if let Some(review) = &verdict {
                value["verdict"] = serde_json::to_value(review)?;
            }
            // Details are stored as JSON text; print them as JSON objects.
            value["history"] = json!(
                history
                    .iter()
                    .map(|h| json!({
                        "at": h.at,
                        "action": h.action,
                        "detail": serde_json::from_str::<serde_json::Value>(&h.detail)
                            .unwrap_or_else(|_| json!(h.detail)),
                    }))
                    .collect::<Vec<_>>()
            );
            render::json(&value)
        }
        _ => {
            let record = Record::from_claim(&claim).to_csv_fields();
            let mut fields = Grid::new(&["field", "value"]);
            fields.push(vec!["number".into(), claim.number.to_string()]);
            for (name, value) in crate::interchange::COLUMNS.iter().zip(record) {
                if !value.is_empty() {
                    fields.push(vec![(*name).to_string(), value]);
                }
            }
            fields.push(vec![
                "reads as".into(),
                display_value(&claim.value, &claim.text),
            ]);
            fields.push(vec!["state".into(), status_label(&claim).0]);
            if let Some(review) = &verdict {
                let by = [review.reviewer.as_str(), &review.date.to_string()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ");
                fields.push(vec!["verdict".into(), format!("{} ({by})", review.rating)]);
            }
            fields.push(vec!["recorded_at".into(), claim.recorded_at.to_rfc3339()]);
            let mut log = Grid::new(&["at", "action", "detail"]);
            for h in &history {
                log.push(vec![h.at.clone(), h.action.clone(), h.detail.clone()]);
            }
            format!("{}\nhistory:\n{}", fields.render(style), log.render(style))
        }
    })
}
