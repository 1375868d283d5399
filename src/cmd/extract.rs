//! `claimlog extract`: candidate claims in an article's text, printed as
//! interchange records (plus `sentence` and `span`) ready for `import`.

use super::{Ctx, jsonl, today, when_arg};
use crate::domain::{Lang, Value};
use crate::extract::{Candidate, extract, extraction_lexicon};
use crate::interchange::{COLUMNS, Record, bounds, display_value};
use crate::parse::lang;
use crate::render::{self, Format, Grid};
use anyhow::{Context, Result, anyhow};
use serde_json::{Value as Json, json};
use std::io::Read;

/// Find candidate claims in an article (a file, or - for standard input).
///
/// Each figure next to a metric word in the same clause ("26 criminels
/// armés avaient été tués et 18 blessés") and each dated happening ("troops
/// arrived Thursday") becomes one record, with the claimant the sentence
/// attributes it to ("selon X", "the Interior Ministry said"). Weekdays are
/// resolved against --published (else today); a weekday equal to the
/// publication day's means that day. Records carry `sentence` and `span`
/// (character offsets of the claim's words in the text), which import
/// skips. Without --event, `event` is null and import refuses the rows:
/// give --event to pipe straight into import. Review before importing: these
/// are candidates, not checked claims.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog extract samples/article-fr.txt --lang fr --published 2022-01-09 --format table
  claimlog extract samples/article-en.txt --published 2022-01-08 --source Reuters --event kz-unrest-2022 | claimlog import - --format jsonl")]
pub struct Args {
    /// The article's text file, or - for standard input.
    pub file: String,
    /// en or fr (guessed from the whole text when left out).
    #[arg(long)]
    pub lang: Option<String>,
    /// The outlet that published the article.
    #[arg(long)]
    pub source: Option<String>,
    /// When the article was published (resolves weekdays; default said_at).
    #[arg(long)]
    pub published: Option<String>,
    /// The event to file the records under (without it `event` is null and
    /// import refuses them).
    #[arg(long)]
    pub event: Option<String>,
    /// The article's address, copied into each record.
    #[arg(long)]
    pub url: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let text = read_text(&args.file)?;
    let lang = match &args.lang {
        Some(code) => {
            Lang::from_code(code).ok_or_else(|| anyhow!("--lang: '{code}' is not en or fr"))?
        }
        None => lang::guess(&text),
    };
    let published = args
        .published
        .as_deref()
        .map(|p| when_arg("--published", p, Some(today())))
        .transpose()?;
    let reference = published.map_or_else(today, |w| w.date());
    let lexicon = extraction_lexicon(ctx.aliases()?);
    let candidates = extract(&text, lang, &lexicon, reference, published.is_some());

    let published_at = published.map(|w| w.to_iso());
    let records: Vec<Json> = candidates
        .iter()
        .map(|c| {
            let mut map = record_of(c, &args, lang, &published_at).to_json();
            map.insert("sentence".into(), json!(c.sentence));
            map.insert("span".into(), json!([c.span.0, c.span.1]));
            Json::Object(map)
        })
        .collect();
    // Records by default, ready for `import - --format jsonl`.
    let format = if ctx.requested.is_none() {
        Format::Jsonl
    } else {
        ctx.format()
    };
    let out = match format {
        Format::Jsonl => jsonl(records.into_iter()),
        Format::Json => render::json(&Json::Array(records)),
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let mut header: Vec<&str> = COLUMNS.to_vec();
            header.extend(["sentence", "span"]);
            writer.write_record(&header)?;
            for c in &candidates {
                let mut fields = record_of(c, &args, lang, &published_at).to_csv_fields();
                fields.push(c.sentence.clone());
                fields.push(format!("{}-{}", c.span.0, c.span.1));
                writer.write_record(&fields)?;
            }
            String::from_utf8(writer.into_inner()?)?
        }
        Format::Table | Format::Markdown | Format::Claimreview => {
            let mut grid = Grid::new(&[
                "span",
                "metric",
                "qualifier",
                "value",
                "as said",
                "as of",
                "claimant",
                "words",
            ]);
            let chars: Vec<char> = text.chars().collect();
            for c in &candidates {
                let words: String = chars[c.span.0..c.span.1].iter().collect();
                grid.push(vec![
                    format!("{}–{}", c.span.0, c.span.1),
                    c.metric.clone(),
                    c.qualifier.clone(),
                    display_value(&c.value, &c.text),
                    c.text.clone(),
                    c.as_of.map(|d| d.to_string()).unwrap_or_default(),
                    c.claimant.clone(),
                    words,
                ]);
            }
            grid.render(ctx.style)
        }
    };
    render::print(&out)?;
    Ok(())
}

/// The article's text: a file, or standard input for `-`.
fn read_text(file: &str) -> Result<String> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .context("<stdin>: cannot read")?;
    } else {
        bytes = std::fs::read(file).with_context(|| format!("{file}: cannot open"))?;
    }
    String::from_utf8(bytes).map_err(|_| anyhow!("{file}: not UTF-8 text"))
}

/// The database's metric words (built-in and user ones).
/// The interchange record of a candidate (no id; `event` from --event).
fn record_of(c: &Candidate, args: &Args, lang: Lang, published_at: &Option<String>) -> Record {
    let (low, high) = bounds(&c.value);
    let day = |d: Option<chrono::NaiveDate>| d.map(crate::domain::iso_day);
    Record {
        id: None,
        event: args.event.clone(),
        metric: Some(c.metric.clone()),
        qualifier: c.qualifier.clone(),
        kind: c.value.kind().as_str(),
        value: c.text.clone(),
        low,
        high,
        approx: matches!(c.value, Value::Count(n) if n.approx),
        unit: String::new(),
        as_of: day(c.as_of),
        said_at: day(c.said_at),
        published_at: published_at.clone(),
        source: args.source.clone().unwrap_or_default(),
        claimant: c.claimant.clone(),
        url: args.url.clone().unwrap_or_default(),
        quote: c.sentence.clone(),
        lang: lang.code().to_string(),
        status: "active",
        note: String::new(),
        tags: Vec::new(),
        retracted_at: None,
        reason: String::new(),
        retracted_by: String::new(),
        superseded_by: None,
    }
}
