//! `claimlog extract`: candidate claims in an article's text, printed as
//! interchange records (plus `sentence` and `span`) ready for `import`.
//!
//! The text is read and the records written as a stream, so a long input
//! costs time in proportion and little memory (a table, which needs every
//! row to size its columns, holds the candidates but not the text).

use super::{Ctx, today, when_arg};
use crate::domain::{Lang, Value};
use crate::extract::html::{self, HtmlText};
use crate::extract::{Candidate, Extractor, MAX_SENTENCE, StreamError, extraction_lexicon};
use crate::interchange::{COLUMNS, ClaimRecord, Record, bounds, display_value};
use crate::parse::lang;
use crate::render::{self, Format, Grid};
use anyhow::{Context, Result, anyhow};
use serde_json::{Value as Json, json};
use std::io::{self, BufWriter, Read, Write};

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
///
/// HTML (a page or a fragment with tags, a .html/.htm file, or --html) is
/// read for its text: tags and scripts, styles, the head and navigation
/// are dropped, entities decoded, and each block element (paragraph,
/// heading, list item, cell) ends a sentence; `span` then counts characters
/// of that text, not of the markup. Records are printed as the text is
/// read; a run of more than 64 KiB with no sentence break is refused, after
/// the records before it.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog extract samples/article-fr.txt --lang fr --published 2022-01-09 --format table
  claimlog extract samples/article-en.txt --published 2022-01-08 --source Reuters --event kz-unrest-2022 | claimlog import - --format jsonl
  claimlog extract saved-page.html --lang en --published 2022-01-08 --format table")]
pub struct Args {
    /// The article's text file, or - for standard input.
    pub file: String,
    /// en or fr (guessed from the first 64 KiB of text when left out).
    #[arg(long, value_parser = super::filters::lang_arg)]
    pub lang: Option<Lang>,
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
    /// Read the input as HTML (the default for .html/.htm files and for
    /// text that opens with tags).
    #[arg(long, conflicts_with = "text")]
    pub html: bool,
    /// Read the input as plain text even where it looks like HTML.
    #[arg(long)]
    pub text: bool,
}

/// How much text the language guess and the HTML sniffing look at.
const START: usize = 64 * 1024;

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let published = args
        .published
        .as_deref()
        .map(|p| when_arg("--published", p, Some(today())))
        .transpose()?;
    let lang_arg = args.lang;
    let reference = published.map_or_else(today, |w| w.date());
    let lexicon = extraction_lexicon(ctx.aliases()?);
    let mut input = Input::open(&args.file)?;
    let opening = Opening::read(&mut input, &args, lang_arg.is_some())?;
    let lang = lang_arg.unwrap_or_else(|| lang::guess(&opening.text));

    let published_at = published.map(|w| w.to_iso());
    let format = if ctx.requested.is_none() {
        // Records by default, ready for `import - --format jsonl`.
        Format::Jsonl
    } else {
        ctx.format()
    };
    let mut out = Output::new(format, ctx.style, &args, lang, published_at)?;
    let extractor = Extractor::new(lang, &lexicon, reference, published.is_some());
    match extract_all(extractor, &mut input, opening, &mut |c| out.write(c)) {
        Ok(()) => {}
        Err(Failure::Read(e)) => return Err(e),
        Err(Failure::Stream(StreamError::Emit(e))) => return Err(e),
        Err(Failure::Stream(StreamError::SentenceTooLong { at })) => {
            out.close()?;
            return Err(anyhow!(
                "{}: character {at} starts a run of more than {} KiB with no sentence break: not article text",
                input.name,
                MAX_SENTENCE / 1024
            ));
        }
    }
    out.close()?;
    Ok(())
}

/// The start of the input, read before anything is extracted: it decides
/// HTML or not, and the language.
struct Opening {
    /// The text read so far (for HTML, without the markup).
    text: String,
    /// The HTML reader, when the input is HTML.
    markup: Option<HtmlText>,
    /// The input ended within the opening.
    ended: bool,
}

impl Opening {
    fn read(input: &mut Input, args: &Args, lang_given: bool) -> Result<Opening> {
        let mut start = String::new();
        while start.len() < START {
            match input.next()? {
                Some(piece) => start.push_str(&piece),
                None => break,
            }
        }
        let by_name = [".html", ".htm"]
            .iter()
            .any(|e| args.file.to_lowercase().ends_with(e));
        let mut markup = (!args.text && (args.html || by_name || html::looks_like_html(&start)))
            .then(HtmlText::new);
        let mut text = match &mut markup {
            Some(h) => h.feed(&start),
            None => std::mem::take(&mut start),
        };
        // For HTML, the guess wants text, not the markup around it.
        let mut ended = false;
        while markup.is_some() && !lang_given && text.len() < START && !ended {
            match (input.next()?, &mut markup) {
                (Some(piece), Some(h)) => text.push_str(&h.feed(&piece)),
                _ => ended = true,
            }
        }
        Ok(Opening {
            text,
            markup,
            ended,
        })
    }
}

/// Feeds the opening, then the rest of the input, to the extractor.
fn extract_all(
    mut extractor: Extractor,
    input: &mut Input,
    opening: Opening,
    emit: &mut impl FnMut(Candidate) -> Result<()>,
) -> Result<(), Failure> {
    let Opening {
        text,
        mut markup,
        ended,
    } = opening;
    extractor.feed(&text, emit)?;
    drop(text);
    loop {
        let piece = if ended {
            None
        } else {
            input.next().map_err(Failure::Read)?
        };
        match (piece, &mut markup) {
            (Some(piece), Some(h)) => extractor.feed(&h.feed(&piece), emit)?,
            (Some(piece), None) => extractor.feed(&piece, emit)?,
            (None, Some(_)) => {
                let rest = markup.take().map(HtmlText::finish).unwrap_or_default();
                extractor.feed(&rest, emit)?;
                break;
            }
            (None, None) => break,
        }
    }
    extractor.finish(emit).map_err(Failure::from)
}

/// Why reading the input stopped.
enum Failure {
    Read(anyhow::Error),
    Stream(StreamError<anyhow::Error>),
}

impl From<StreamError<anyhow::Error>> for Failure {
    fn from(e: StreamError<anyhow::Error>) -> Failure {
        Failure::Stream(e)
    }
}

/// The article's bytes (a file, or standard input for `-`), handed out as
/// text in pieces that end on a character boundary.
struct Input {
    name: String,
    reader: Box<dyn Read>,
    /// Bytes of a character cut by the end of the last read.
    carry: Vec<u8>,
    /// Bytes handed out so far, for the position of a bad byte.
    offset: usize,
}

impl Input {
    fn open(file: &str) -> Result<Input> {
        let (name, reader): (String, Box<dyn Read>) = if file == "-" {
            ("<stdin>".to_string(), Box::new(io::stdin()))
        } else {
            let f = std::fs::File::open(file).with_context(|| format!("{file}: cannot open"))?;
            (file.to_string(), Box::new(f))
        };
        Ok(Input {
            name,
            reader,
            carry: Vec::new(),
            offset: 0,
        })
    }

    /// The next piece of text, or None at the end.
    fn next(&mut self) -> Result<Option<String>> {
        let mut bytes = std::mem::take(&mut self.carry);
        let had = bytes.len();
        bytes.resize(had + START, 0);
        let n = loop {
            match self.reader.read(&mut bytes[had..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(anyhow!(e).context(format!("{}: cannot read", self.name))),
            }
        };
        bytes.truncate(had + n);
        if bytes.is_empty() {
            return Ok(None);
        }
        let valid = match std::str::from_utf8(&bytes) {
            Ok(_) => bytes.len(),
            // A character cut by the read: keep its bytes for the next one.
            Err(e) if e.error_len().is_none() && n > 0 => e.valid_up_to(),
            Err(e) => {
                return Err(anyhow!(
                    "{}: not UTF-8 text (byte {})",
                    self.name,
                    self.offset + e.valid_up_to()
                ));
            }
        };
        self.carry = bytes.split_off(valid);
        self.offset += valid;
        Ok(Some(String::from_utf8(bytes).expect("checked above")))
    }
}

/// Where the records go, in the chosen format.
struct Output<'a> {
    format: Format,
    style: render::Style,
    args: &'a Args,
    lang: Lang,
    published_at: Option<String>,
    out: BufWriter<io::StdoutLock<'static>>,
    csv: Option<csv::Writer<BufWriter<io::StdoutLock<'static>>>>,
    /// Records written so far (JSON needs to know the first).
    written: usize,
    /// The table's rows, which need every row to size the columns.
    grid: Option<Grid>,
}

impl<'a> Output<'a> {
    fn new(
        format: Format,
        style: render::Style,
        args: &'a Args,
        lang: Lang,
        published_at: Option<String>,
    ) -> Result<Output<'a>> {
        let mut csv = None;
        if format == Format::Csv {
            let mut writer = csv::Writer::from_writer(BufWriter::new(io::stdout().lock()));
            let mut header: Vec<&str> = COLUMNS.to_vec();
            header.extend(["sentence", "span"]);
            writer.write_record(&header).map_err(csv_error)?;
            csv = Some(writer);
        }
        let grid = matches!(
            format,
            Format::Table | Format::Markdown | Format::Claimreview | Format::Hxl
        )
        .then(|| {
            Grid::new(&[
                "span",
                "metric",
                "qualifier",
                "value",
                "as said",
                "as of",
                "claimant",
                "words",
            ])
        });
        Ok(Output {
            format,
            style,
            args,
            lang,
            published_at,
            out: BufWriter::new(io::stdout().lock()),
            csv,
            written: 0,
            grid,
        })
    }

    fn write(&mut self, c: Candidate) -> Result<()> {
        let record = record_of(&c, self.args, self.lang, &self.published_at);
        match self.format {
            Format::Jsonl | Format::Json => {
                let mut map = record.to_json();
                map.insert("sentence".into(), json!(c.sentence));
                map.insert("span".into(), json!([c.span.0, c.span.1]));
                let value = Json::Object(map);
                if self.format == Format::Jsonl {
                    writeln!(self.out, "{value}")
                } else {
                    // The array as serde_json pretty-prints it whole: each
                    // element indented one level.
                    let pretty = serde_json::to_string_pretty(&value)?;
                    let opening = if self.written == 0 { "[\n" } else { ",\n" };
                    let body: Vec<String> = pretty.lines().map(|l| format!("  {l}")).collect();
                    write!(self.out, "{opening}{}", body.join("\n"))
                }
                .map_err(stdout_error)?;
            }
            Format::Csv => {
                let mut fields = record.to_csv_fields();
                fields.push(c.sentence.clone());
                fields.push(format!("{}-{}", c.span.0, c.span.1));
                if let Some(w) = &mut self.csv {
                    w.write_record(&fields).map_err(csv_error)?;
                }
            }
            Format::Table | Format::Markdown | Format::Claimreview | Format::Hxl => {
                if let Some(grid) = &mut self.grid {
                    grid.push(vec![
                        format!("{}–{}", c.span.0, c.span.1),
                        c.metric.clone(),
                        c.qualifier.clone(),
                        display_value(&c.value, &c.text),
                        c.text.clone(),
                        c.as_of.map(|d| d.to_string()).unwrap_or_default(),
                        c.claimant.clone(),
                        c.words.clone(),
                    ]);
                }
            }
        }
        self.written += 1;
        Ok(())
    }

    /// Ends the output: closes a JSON array, prints a table, flushes.
    fn close(mut self) -> Result<()> {
        if self.format == Format::Json {
            let end = if self.written == 0 { "[]\n" } else { "\n]\n" };
            self.out.write_all(end.as_bytes()).map_err(stdout_error)?;
        }
        if let Some(w) = self.csv.take() {
            w.into_inner()
                .map_err(|e| stdout_error(e.into_error()))?
                .flush()
                .map_err(stdout_error)?;
        }
        self.out.flush().map_err(stdout_error)?;
        if let Some(grid) = self.grid.take() {
            render::print(&grid.render(self.style))?;
        }
        Ok(())
    }
}

/// A failed write to standard output (a closed pipe ends quietly: see
/// `exit::failure`).
fn stdout_error(e: io::Error) -> anyhow::Error {
    anyhow!(e).context("writing standard output")
}

fn csv_error(e: csv::Error) -> anyhow::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => stdout_error(e),
        other => anyhow!("writing standard output: {other:?}"),
    }
}

/// The interchange record of a candidate (no id; `event` from --event).
fn record_of(c: &Candidate, args: &Args, lang: Lang, published_at: &Option<String>) -> ClaimRecord {
    let (low, high) = bounds(&c.value);
    let day = |d: Option<chrono::NaiveDate>| d.map(crate::domain::iso_day);
    let record = Record {
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
    };
    ClaimRecord {
        record,
        citing: c.citing.clone(),
    }
}
