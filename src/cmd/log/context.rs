//! What a `log` session's entries share until a context line changes it:
//! the source, the claimant, the times, the link and the language. Context
//! lines (`@ AFP`, `by Interior Ministry`, `said vendredi 14:00`, …) are
//! read here; the result is kept per event in the database as JSON so the
//! next session starts where this one ended.

use crate::cmd::add::ClaimFields;
use crate::domain::When;
use crate::lang::{ALL, Lang};
use crate::parse::date::{Tense, find_day, parse_when};
use crate::text::{Rule, check};
use anyhow::{Result, anyhow, bail};
use chrono::{Days, Local, NaiveDate, NaiveTime, TimeZone};
use serde::{Deserialize, Serialize};

/// The shared fields, as stored: names as typed, times in their stored ISO
/// form (already resolved: `said vendredi` names one day for good).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Context {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// Whom the claimant relays (`citing Health Ministry`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citing: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub said: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// The field a context line sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Source,
    By,
    Citing,
    Said,
    Published,
    AsOf,
    Url,
    Lang,
}

impl Key {
    /// How a line names the field (and what the error messages call it).
    pub fn word(self) -> &'static str {
        match self {
            Key::Source => "@",
            Key::By => "by",
            Key::Citing => "citing",
            Key::Said => "said",
            Key::Published => "published",
            Key::AsOf => "as of",
            Key::Url => "url",
            Key::Lang => "lang",
        }
    }
}

/// What a value of `-` means on a context line: clear the field.
pub const CLEAR: &str = "-";

impl Context {
    /// Reads a remembered context; one written by another version that no
    /// longer reads is dropped rather than stopping the session.
    pub fn from_json(text: &str) -> Option<Context> {
        serde_json::from_str(text).ok()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// The context with one field set from a line's value (`-` clears it),
    /// checked and, for times, resolved against `today`.
    pub fn with(&self, key: Key, value: &str, today: NaiveDate) -> Result<Context> {
        let value = value.trim();
        let mut next = self.clone();
        let slot = match key {
            Key::Source => &mut next.source,
            Key::By => &mut next.by,
            Key::Citing => &mut next.citing,
            Key::Said => &mut next.said,
            Key::Published => &mut next.published,
            Key::AsOf => &mut next.as_of,
            Key::Url => &mut next.url,
            Key::Lang => &mut next.lang,
        };
        if value == CLEAR {
            *slot = None;
            return Ok(next);
        }
        if value.is_empty() {
            bail!("{}: give a value, or - to clear it", key.word());
        }
        let rule = match key {
            Key::Source | Key::By | Key::Citing => Rule::Name,
            Key::Url => Rule::Url,
            _ => Rule::Text,
        };
        check(key.word(), value, rule)?;
        *slot = Some(match key {
            Key::Said | Key::Published => read_moment(value, today)
                .map_err(|e| anyhow!("{}: {e}", key.word()))?
                .to_iso(),
            // "as of" reads against the day the figure was said, as
            // `--as-of` does.
            Key::AsOf => read_moment(value, self.reference(today))
                .map_err(|e| anyhow!("{}: {e}", key.word()))?
                .to_iso(),
            Key::Lang => Lang::from_code(value)
                .ok_or_else(|| {
                    anyhow!(
                        "lang: '{value}' is not {}",
                        crate::cmd::filters::known_langs()
                    )
                })?
                .code()
                .to_string(),
            Key::Url if !crate::text::is_web_link(value) => {
                bail!("url: '{value}' is not a web link (http:// or https://)")
            }
            _ => value.to_string(),
        });
        Ok(next)
    }

    /// The day weekdays and "yesterday" in entries resolve against.
    pub fn reference(&self, today: NaiveDate) -> NaiveDate {
        [&self.said, &self.published]
            .into_iter()
            .flatten()
            .find_map(|t| When::parse_iso(t))
            .map_or(today, |w| w.date())
    }

    /// The day the next entries' figures describe, as the prompt shows it.
    pub fn day(&self, today: NaiveDate) -> NaiveDate {
        self.as_of
            .as_deref()
            .and_then(When::parse_iso)
            .map_or(self.reference(today), |w| w.date())
    }

    /// The flags `add` would take for these entries.
    pub fn fields(&self) -> ClaimFields {
        ClaimFields {
            source: self.source.clone(),
            by: self.by.clone(),
            citing: self.citing.clone(),
            said: self.said.clone(),
            published: self.published.clone(),
            as_of: self.as_of.clone(),
            url: self.url.clone(),
            lang: self.lang.as_deref().and_then(Lang::from_code),
            ..ClaimFields::default()
        }
    }

    /// The context as the prompt shows it: `kz @ AFP by Interior Ministry
    /// · 2022-01-07> ` (names escaped: a control character in a stored
    /// name cannot drive the terminal).
    pub fn prompt(&self, event: &str, today: NaiveDate) -> String {
        let mut prompt = event.to_string();
        if let Some(source) = &self.source {
            prompt.push_str(&format!(" @ {source}"));
        }
        if let Some(by) = &self.by {
            prompt.push_str(&format!(" by {by}"));
        }
        if let Some(citing) = &self.citing {
            prompt.push_str(&format!(" citing {citing}"));
        }
        prompt.push_str(&format!(" · {}", self.day(today)));
        if let Some(lang) = &self.lang {
            prompt.push_str(&format!(" · {lang}"));
        }
        format!("{}> ", crate::text::escape(&prompt))
    }

    /// One line per field set, as `help` and the session's start show it.
    pub fn describe(&self) -> String {
        let fields = [
            (Key::Source, &self.source),
            (Key::By, &self.by),
            (Key::Citing, &self.citing),
            (Key::Said, &self.said),
            (Key::Published, &self.published),
            (Key::AsOf, &self.as_of),
            (Key::Url, &self.url),
            (Key::Lang, &self.lang),
        ];
        let set: Vec<String> = fields
            .iter()
            .filter_map(|(key, value)| value.as_ref().map(|v| format!("{} {v}", key.word())))
            .collect();
        if set.is_empty() {
            "no context yet".into()
        } else {
            set.join(", ")
        }
    }
}

/// Reads a moment on a context line. Beyond what `--said` takes, a desk
/// logging live may name the day by its weekday (`vendredi`: the latest
/// such day up to today, as what was said is past) and add a clock time
/// without an offset (`14:00`, `14h`, `14h30`), read on the desk's own
/// clock: the local time zone (`TZ`) gives the offset stored.
pub fn read_moment(text: &str, today: NaiveDate) -> Result<When, String> {
    let text = text.trim();
    let whole = parse_when(text, Some(today));
    if whole.is_ok() {
        return whole;
    }
    let (day_text, time) = match text.rsplit_once(char::is_whitespace) {
        Some((day, last)) => match clock_time(last) {
            Some(time) => (day.trim(), Some(time)),
            None => (text, None),
        },
        None => (text, None),
    };
    let day = read_day(day_text, today).ok_or_else(|| match (&whole, time) {
        (Err(e), None) => e.clone(),
        _ => format!("not a day: '{day_text}'"),
    })?;
    let Some(time) = time else {
        return Ok(When::Day(day));
    };
    let local = Local
        .from_local_datetime(&day.and_time(time))
        .earliest()
        .ok_or_else(|| format!("{day} {time} does not exist on this clock (a DST gap)"))?;
    Ok(When::Instant(local.fixed_offset()))
}

/// A day as `--said` reads it, or a weekday: the latest such day up to
/// `today` (today itself when it is that weekday).
fn read_day(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    if let Ok(when) = parse_when(text, Some(today)) {
        return Some(when.date());
    }
    // The mention must be the whole text: "vendredi", "last Friday".
    let tomorrow = today.checked_add_days(Days::new(1))?;
    ALL.iter().find_map(|&lang| {
        let (span, bytes) = find_day(text, lang, Some(tomorrow), Tense::Past)?;
        (bytes == (0..text.len()) && span.start == span.end && span.start <= today)
            .then_some(span.start)
    })
}

/// `14:00`, `9:05`, `14h`, `14h30`, `14H30`.
fn clock_time(text: &str) -> Option<NaiveTime> {
    let lower = text.to_ascii_lowercase();
    let (hours, minutes) = lower.split_once(':').or_else(|| lower.split_once('h'))?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(hours) || !(minutes.is_empty() && lower.contains('h') || digits(minutes)) {
        return None;
    }
    let minutes = if minutes.is_empty() { "0" } else { minutes };
    NaiveTime::from_hms_opt(hours.parse().ok()?, minutes.parse().ok()?, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_weekday_is_the_latest_such_day_up_to_today() {
        // 2022-01-10 is a Monday.
        let monday = day("2022-01-10");
        assert_eq!(
            read_moment("vendredi", monday).unwrap(),
            When::Day(day("2022-01-07"))
        );
        assert_eq!(read_moment("Monday", monday).unwrap(), When::Day(monday));
        assert_eq!(
            read_moment("hier", monday).unwrap(),
            When::Day(day("2022-01-09"))
        );
    }

    #[test]
    fn a_clock_time_is_read_on_the_local_clock() {
        let when = read_moment("vendredi 14:00", day("2022-01-10")).unwrap();
        let When::Instant(t) = when else {
            panic!("{when:?}")
        };
        assert_eq!(t.date_naive(), day("2022-01-07"));
        assert_eq!(t.time(), NaiveTime::from_hms_opt(14, 0, 0).unwrap());
        let when = read_moment("2022-01-07 9h30", day("2022-01-10")).unwrap();
        assert_eq!(when.date(), day("2022-01-07"));
        // An offset given is kept as given.
        assert_eq!(
            read_moment("2022-01-07T14:00+06:00", day("2022-01-10"))
                .unwrap()
                .to_iso(),
            "2022-01-07T14:00:00+06:00"
        );
    }

    #[test]
    fn what_is_not_a_moment_says_so() {
        let today = day("2022-01-10");
        assert!(read_moment("banana", today).unwrap_err().contains("banana"));
        assert!(read_moment("vendredi 25:00", today).is_err());
        assert!(read_moment("14:00", today).is_err());
    }

    #[test]
    fn context_lines_set_and_clear_fields() {
        let today = day("2022-01-10");
        let c = Context::default()
            .with(Key::Source, " AFP ", today)
            .unwrap()
            .with(Key::By, "Ministère de l'Intérieur", today)
            .unwrap()
            .with(Key::Said, "vendredi", today)
            .unwrap()
            .with(Key::Lang, "FR", today)
            .unwrap();
        assert_eq!(c.source.as_deref(), Some("AFP"));
        assert_eq!(c.said.as_deref(), Some("2022-01-07"));
        assert_eq!(c.lang.as_deref(), Some("fr"));
        assert_eq!(c.day(today), day("2022-01-07"));
        assert_eq!(
            c.prompt("kz", today),
            "kz @ AFP by Ministère de l'Intérieur · 2022-01-07 · fr> "
        );
        let citing = c.with(Key::Citing, "Health Ministry", today).unwrap();
        assert_eq!(
            citing.prompt("kz", today),
            "kz @ AFP by Ministère de l'Intérieur citing Health Ministry · 2022-01-07 · fr> "
        );
        assert_eq!(citing.fields().citing.as_deref(), Some("Health Ministry"));
        let cleared = c.with(Key::By, "-", today).unwrap();
        assert_eq!(cleared.by, None);
        assert_eq!(Context::from_json(&cleared.to_json()), Some(cleared));
        // "as of" reads against the day said.
        let c = c.with(Key::AsOf, "hier", today).unwrap();
        assert_eq!(c.as_of.as_deref(), Some("2022-01-06"));
    }

    #[test]
    fn bad_context_values_are_refused_naming_the_field() {
        let today = day("2022-01-10");
        let c = Context::default();
        let err = |key, value| c.with(key, value, today).unwrap_err().to_string();
        assert!(err(Key::Lang, "de").starts_with("lang: 'de' is not"));
        assert!(err(Key::Url, "not a link").starts_with("url:"));
        assert!(err(Key::By, "").starts_with("by: give a value"));
        assert!(err(Key::Source, "AF\u{1b}[31mP").contains('@'));
        assert!(err(Key::Said, "soon").starts_with("said:"));
    }
}
