//! `claimlog review`: a fact-checker's verdict on a claim, kept in the
//! claim's history (a second review is a new entry; the latest is the
//! verdict). `export --format claimreview` publishes it.

use super::{Ctx, note, opt_when_arg, today};
use crate::domain::Review;
use crate::render::{self, Format, Grid};
use anyhow::{Result, bail};

/// Attach a verdict to a claim (kept in its history; the latest counts).
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:
  claimlog review 41 --rating \"False\" --explanation \"withdrawn by the Health Ministry the next day\" --reviewer \"Desk Check\" --url https://example.org/checks/kz-164 --date 2022-01-11")]
pub struct Args {
    /// The claim's number or global id.
    pub id: String,
    /// The verdict in words ("False", "Misleading", "Trompeur").
    #[arg(long)]
    pub rating: String,
    /// Why, in a sentence or two.
    #[arg(long)]
    pub explanation: Option<String>,
    /// Who reviewed it: the fact-checker or their outlet (ClaimReview's
    /// author).
    #[arg(long)]
    pub reviewer: Option<String>,
    /// The fact-check article (http or https).
    #[arg(long)]
    pub url: Option<String>,
    /// The day the review was published (default: today).
    #[arg(long)]
    pub date: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let trimmed = |o: &Option<String>| o.as_deref().unwrap_or("").trim().to_string();
    let (rating, explanation, reviewer, url) = (
        args.rating.trim().to_string(),
        trimmed(&args.explanation),
        trimmed(&args.reviewer),
        trimmed(&args.url),
    );
    {
        // A rating is a short label a reader compares: no invisible
        // characters (a zero-width joiner would make "False" another one).
        use crate::text::{Rule, check_all, or_empty};
        check_all([
            ("--rating", rating.as_str(), Rule::Name),
            ("--explanation", explanation.as_str(), Rule::Text),
            ("--reviewer", reviewer.as_str(), Rule::Name),
            ("--url", url.as_str(), Rule::Url),
            ("--date", or_empty(&args.date), Rule::Text),
        ])?;
    }
    if rating.is_empty() {
        bail!("--rating: give the verdict in words, such as \"False\" or \"Misleading\"");
    }
    let date = opt_when_arg("--date", &args.date, Some(today()))?.map_or_else(today, |w| w.date());
    if date > today() {
        bail!("--date {date}: a review is dated when it is published, not later than today");
    }
    let review = Review {
        rating,
        explanation,
        reviewer,
        url,
        date,
    };
    let store = ctx.open()?;
    let number = store.write(|s| {
        let claim = s.find_claim(&args.id)?;
        if claim.deleted {
            bail!(
                "claim {}: it was removed (rm); `claimlog restore {}` first",
                claim.number,
                claim.number
            );
        }
        let said = claim.said_at.or(claim.published_at).map(|w| w.date());
        if let Some(said) = said.filter(|said| date < *said) {
            bail!(
                "--date {date}: claim {} was only said on {said}; a review cannot come before it",
                claim.number
            );
        }
        s.add_review(claim.number, &review)?;
        Ok::<_, anyhow::Error>(claim.number)
    })?;
    // ClaimReview needs both; say so now rather than at export time.
    for (missing, flag) in [
        (review.url.is_empty(), "--url"),
        (review.reviewer.is_empty(), "--reviewer"),
    ] {
        if missing {
            note(format!(
                "claim {number}: this review has no {flag}; `export --format claimreview` needs one (review again to add it)"
            ));
        }
    }
    print_review(ctx, number, &review)
}

/// The review as recorded: a field/value table, or its JSON.
fn print_review(ctx: &Ctx, number: i64, review: &Review) -> Result<()> {
    let text = match ctx.format() {
        Format::Json | Format::Jsonl => {
            let mut value = serde_json::to_value(review)?;
            value["claim"] = serde_json::json!(number);
            render::json(&value)
        }
        _ => {
            let mut grid = Grid::new(&["field", "value"]);
            grid.push(vec!["claim".into(), number.to_string()]);
            grid.push(vec!["rating".into(), review.rating.clone()]);
            for (name, value) in [
                ("explanation", &review.explanation),
                ("reviewer", &review.reviewer),
                ("url", &review.url),
            ] {
                if !value.is_empty() {
                    grid.push(vec![name.into(), value.clone()]);
                }
            }
            grid.push(vec!["date".into(), review.date.to_string()]);
            grid.render(ctx.style)
        }
    };
    render::print(&text)?;
    Ok(())
}
