//! Flags shared by the report and list commands: groups of filters several
//! commands take (flattened into their arguments, so each is read and
//! explained once), and the closed sets of words they take, read by clap as
//! value enums.
//!
//! The value enums are implemented here rather than derived in `domain`,
//! which stays free of the command line.

use super::{opt_when_arg, today, when_arg};
use crate::domain::Status;
use crate::report::{DAY, Moment, parse_window};
use crate::store::ClaimFilter;
use anyhow::{Result, anyhow, bail};
use clap::builder::PossibleValue;

/// `--as-of` and `--window`: the picture `summary` and `compare` show.
#[derive(Debug, Clone, clap::Args)]
pub struct Picture {
    /// The picture on this date (default: now). A bare day (2022-01-09)
    /// is that calendar day where each figure's own offset puts it; an
    /// instant needs its offset (2022-01-09T12:00+06:00).
    #[arg(long)]
    pub as_of: Option<String>,
    /// Claims this close to the newest are current (1d, 12h, 2w).
    #[arg(long, default_value = "1d")]
    pub window: String,
}

impl Picture {
    /// The moment, the window in seconds (at most ten years) and the
    /// moment as written in reports (`None` for now).
    pub fn read(&self) -> Result<(Moment, i64, Option<String>)> {
        let when = opt_when_arg("--as-of", &self.as_of, Some(today()))?;
        let window = parse_window(&self.window).map_err(|e| anyhow!("--window: {e}"))?;
        Ok((
            Moment::from(when),
            window.clamp(0, 3650 * DAY),
            when.map(|w| w.to_iso()),
        ))
    }
}

/// `--metric`, `--qualifier`, `--source` and `--by`: which figures, and
/// whose, `timeline` and `list` read.
#[derive(Debug, Clone, clap::Args)]
pub struct Scope {
    #[arg(long)]
    pub metric: Option<String>,
    #[arg(long)]
    pub qualifier: Option<String>,
    /// Only claims carried by this source.
    #[arg(long)]
    pub source: Option<String>,
    /// Only claims attributed to this claimant.
    #[arg(long)]
    pub by: Option<String>,
}

impl Scope {
    /// The filter for these flags, on `event` (every event when `None`).
    pub fn filter(self, event: Option<String>) -> ClaimFilter {
        ClaimFilter {
            event,
            metric: self.metric,
            qualifier: self.qualifier,
            source: self.source,
            claimant: self.by,
            ..Default::default()
        }
    }
}

/// The filters `--where` takes, as `list` names them (`by` is the
/// claimant; `claimant` is read as `by`).
pub const WHERE_FILTERS: &str = "event, metric, qualifier, source, by, status, since, until";

/// `--where FILTER=VALUE` (repeatable): the filters of `list`, for commands
/// that change every claim they pick (`edit --where`). Removed claims are
/// never picked. `qualifier=` picks the claims with no qualifier.
pub fn selection(pairs: &[String]) -> Result<ClaimFilter> {
    let mut filter = ClaimFilter::default();
    let mut seen: Vec<&str> = Vec::new();
    for pair in pairs {
        let Some((key, value)) = pair.split_once('=') else {
            bail!("--where: '{pair}' is not FILTER=VALUE (like by=\"Interior Ministry\")");
        };
        let (key, value) = (key.trim(), value.trim());
        let key = if key == "claimant" { "by" } else { key };
        if seen.contains(&key) {
            bail!("--where: '{key}' is given twice (a claim has one {key})");
        }
        seen.push(key);
        if value.is_empty() && key != "qualifier" {
            bail!("--where: '{key}=' needs a value");
        }
        set_filter(&mut filter, key, value)?;
    }
    Ok(filter)
}

/// Sets one `--where` filter.
fn set_filter(filter: &mut ClaimFilter, key: &str, value: &str) -> Result<()> {
    let text = Some(value.to_string());
    match key {
        "event" => filter.event = text,
        "metric" => filter.metric = text,
        "qualifier" => filter.qualifier = text,
        "source" => filter.source = text,
        "by" => filter.claimant = text,
        "status" => {
            filter.status = Some(Status::parse(value).ok_or_else(|| {
                anyhow!("--where: status '{value}' is not active, retracted or superseded")
            })?);
        }
        "since" => filter.from = Some(when_arg("--where since", value, Some(today()))?),
        "until" => filter.to = Some(when_arg("--where until", value, Some(today()))?),
        other => bail!("--where: no filter '{other}' (the filters are {WHERE_FILTERS})"),
    }
    Ok(())
}

/// `--status active|retracted|superseded`: the stored words, exactly.
impl clap::ValueEnum for Status {
    fn value_variants<'a>() -> &'a [Self] {
        &[Status::Active, Status::Retracted, Status::Superseded]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.as_str()))
    }
}

/// `--lang` as clap reads it: the code or name of a language claimlog
/// reads (`fr`, `french`, `français`); the message lists them all.
pub fn lang_arg(text: &str) -> std::result::Result<crate::lang::Lang, String> {
    crate::lang::Lang::from_code(text).ok_or_else(|| format!("'{text}' is not {}", known_langs()))
}

/// The codes of the languages claimlog reads, as a message says them:
/// "en or fr".
pub fn known_langs() -> String {
    let codes: Vec<&str> = crate::lang::ALL.iter().map(|l| l.code()).collect();
    match codes.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    fn pick(pairs: &[&str]) -> Result<ClaimFilter> {
        selection(&pairs.iter().map(|p| (*p).to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn where_reads_the_filters_of_list() {
        let f = pick(&[
            "event=kz",
            "by = UN OCHA",
            "qualifier=",
            "status=retracted",
            "since=2022-01-07",
            "until=2022-01-09",
        ])
        .unwrap();
        assert_eq!(f.event.as_deref(), Some("kz"));
        assert_eq!(f.claimant.as_deref(), Some("UN OCHA"));
        assert_eq!(f.qualifier.as_deref(), Some(""));
        assert_eq!(f.status, Some(Status::Retracted));
        assert_eq!(f.from.unwrap().to_iso(), "2022-01-07");
        assert_eq!(f.to.unwrap().to_iso(), "2022-01-09");
        assert!(!f.include_deleted);
        let f = pick(&["claimant=OCHA", "source=AFP", "metric=deaths"]).unwrap();
        assert_eq!(f.claimant.as_deref(), Some("OCHA"));
    }

    #[test]
    fn where_refuses_what_it_cannot_read() {
        for (pairs, says) in [
            (&["by"][..], "is not FILTER=VALUE"),
            (&["who=OCHA"][..], "no filter 'who'"),
            (&["by=A", "claimant=B"][..], "'by' is given twice"),
            (&["source="][..], "'source=' needs a value"),
            (&["status=gone"][..], "status 'gone'"),
            (&["since=2022-02-30"][..], "--where since"),
        ] {
            let err = pick(pairs).unwrap_err().to_string();
            assert!(err.contains(says), "{pairs:?}: {err}");
        }
    }

    #[test]
    fn status_words_are_the_stored_ones() {
        for status in Status::value_variants() {
            let value = status.to_possible_value().unwrap();
            assert_eq!(Status::parse(value.get_name()), Some(*status));
        }
        assert!(Status::from_str("gone", false).is_err());
    }
}
