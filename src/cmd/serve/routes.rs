//! What `serve` answers at each address, as a pure function of the
//! database (read-only) and the request: the index, the story pages, the
//! refresh script, and the reports' JSON in the shapes `--format json`
//! prints, byte for byte. Bad addresses and parameters are plain-text
//! 404 and 400 answers that say what was wrong.

use super::query::Target;
use crate::cmd::event::events_json;
use crate::cmd::report::{self, View};
use crate::render::html;
use crate::render::html::index::{Listed, headlines, index_page};
use crate::render::{self as render_out, Format, reports};
use crate::report::compare::{By, compare};
use crate::report::conflicts::in_order;
use crate::report::snapshot::as_stood;
use crate::report::summary::summary;
use crate::report::timeline::timeline;
use crate::report::{DAY, Moment, parse_window};
use crate::store::{ClaimFilter, Store, StoreError};

/// Where the refresh script is served.
pub const SCRIPT: &str = "/refresh.js";
const SCRIPT_TEXT: &str = include_str!("../../render/html/refresh.js");

pub const HTML: &str = "text/html; charset=utf-8";
pub const JSON: &str = "application/json; charset=utf-8";
pub const TEXT: &str = "text/plain; charset=utf-8";
const JS: &str = "text/javascript; charset=utf-8";

/// The addresses, as a 404 lists them.
const ADDRESSES: &str = "/, /events/EVENT, /api/events, /api/events/EVENT/summary, /api/events/EVENT/compare, /api/events/EVENT/timeline, /api/events/EVENT/conflicts";

/// One answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: String,
}

impl Answer {
    fn ok(content_type: &'static str, body: String) -> Answer {
        Answer {
            status: 200,
            content_type,
            body,
        }
    }

    /// A plain-text refusal: one line, any control character escaped.
    pub fn refuse(status: u16, message: &str) -> Answer {
        Answer {
            status,
            content_type: TEXT,
            body: format!("claimlog: {}\n", crate::text::escape(message)),
        }
    }
}

/// Why a request failed: the status it gets and its message.
struct Refusal(u16, String);

impl From<anyhow::Error> for Refusal {
    /// Unknown names (an event, a metric) are 404s; anything else the
    /// database says is the server's fault.
    fn from(e: anyhow::Error) -> Refusal {
        match e.downcast_ref::<StoreError>() {
            Some(StoreError::NotFound(_)) => Refusal(404, e.to_string()),
            _ => Refusal(500, format!("{e:#}")),
        }
    }
}

impl From<StoreError> for Refusal {
    fn from(e: StoreError) -> Refusal {
        Refusal::from(anyhow::Error::from(e))
    }
}

fn bad(message: String) -> Refusal {
    Refusal(400, message)
}

/// The answer to `method url`.
pub fn answer(store: &Store, method: &str, url: &str) -> Answer {
    if method != "GET" && method != "HEAD" {
        return Answer::refuse(
            405,
            &format!("{method}: claimlog serve is read-only; it answers GET only"),
        );
    }
    let target = match Target::read(url) {
        Ok(t) => t,
        Err(message) => return Answer::refuse(400, &message),
    };
    match route(store, &target) {
        Ok(answer) => answer,
        Err(Refusal(status, message)) => Answer::refuse(status, &message),
    }
}

fn route(store: &Store, target: &Target) -> Result<Answer, Refusal> {
    let segments: Vec<&str> = target.segments.iter().map(String::as_str).collect();
    match segments.as_slice() {
        [] => {
            target.only(&[]).map_err(bad)?;
            Ok(Answer::ok(HTML, index(store)?))
        }
        ["refresh.js"] => Ok(Answer::ok(JS, SCRIPT_TEXT.to_string())),
        ["events", event] => page(store, event, target),
        ["api", "events"] => {
            target.only(&[]).map_err(bad)?;
            Ok(Answer::ok(
                JSON,
                render_out::json(&events_json(&store.events()?)),
            ))
        }
        ["api", "events", event, which] => api(store, event, which, target),
        ["api", "events", event] => Err(Refusal(
            404,
            format!(
                "/api/events/{event}: name a report: /api/events/{event}/summary, compare, timeline or conflicts"
            ),
        )),
        _ => Err(Refusal(
            404,
            format!(
                "no page at /{}; the pages are {ADDRESSES}",
                target.segments.join("/")
            ),
        )),
    }
}

/// The index: every event with its most cited figures now.
fn index(store: &Store) -> Result<String, Refusal> {
    let mut listed = Vec::new();
    for event in store.events()? {
        let claims = store.claims(&ClaimFilter {
            event: Some(event.slug.clone()),
            ..Default::default()
        })?;
        listed.push(Listed {
            headlines: headlines(summary(&claims, Moment::NOW, DAY)),
            claims: usize::try_from(event.claims).unwrap_or(0),
            event: html::Event {
                slug: event.slug,
                title: event.title,
                note: event.note,
            },
        });
    }
    Ok(index_page(&listed))
}

/// `as_of` and `window` from the query, read as `--as-of` and `--window`.
fn picture(target: &Target) -> Result<(Moment, i64, Option<String>, String), Refusal> {
    let as_of = target.param("as_of").map_err(bad)?;
    let window_text = target.param("window").map_err(bad)?.unwrap_or("1d");
    let when = as_of
        .map(|t| crate::cmd::when_arg("as_of", t, Some(crate::cmd::today())))
        .transpose()
        .map_err(|e| bad(e.to_string()))?;
    let window = parse_window(window_text).map_err(|e| bad(format!("window: {e}")))?;
    Ok((
        Moment::from(when),
        window.clamp(0, 3650 * DAY),
        when.map(|w| w.to_iso()),
        window_text.to_string(),
    ))
}

fn page(store: &Store, event: &str, target: &Target) -> Result<Answer, Refusal> {
    target.only(&["as_of", "window", "metric"]).map_err(bad)?;
    let (t, window, as_of, window_text) = picture(target)?;
    let metrics = target.all("metric");
    let text = report::page(
        store,
        &View {
            event,
            t,
            window,
            window_text: &window_text,
            as_of,
            metrics: &metrics,
            live: Some(SCRIPT),
        },
    )?;
    Ok(Answer::ok(HTML, text))
}

/// One report's JSON, as `claimlog REPORT EVENT --format json` prints it.
fn api(store: &Store, event: &str, which: &str, target: &Target) -> Result<Answer, Refusal> {
    let known: &[&str] = match which {
        "summary" | "conflicts" => &["as_of", "window", "metric"],
        "compare" => &["as_of", "window", "metric", "by"],
        "timeline" => &["as_of", "metric", "qualifier"],
        _ => {
            return Err(Refusal(
                404,
                format!(
                    "no report '{which}': the reports are summary, compare, timeline and conflicts"
                ),
            ));
        }
    };
    target.only(known).map_err(bad)?;
    let (t, window, as_of, _) = picture(target)?;
    store.require_event(event)?;
    let metric = target.param("metric").map_err(bad)?;
    if let Some(m) = metric {
        store.require_metric(m)?;
    }
    // Each report reads its claims as its command does.
    let mut claims = store.claims(&ClaimFilter {
        event: Some(event.to_string()),
        metric: metric.filter(|_| which != "compare").map(str::to_string),
        qualifier: target.param("qualifier").map_err(bad)?.map(str::to_string),
        ..Default::default()
    })?;
    if let (Some(m), "compare") = (metric, which) {
        claims.retain(|c| m.eq_ignore_ascii_case(&c.metric));
    }
    let body = match which {
        "summary" => render_out::json(&reports::summary_json(&summary(&claims, t, window))),
        "compare" => {
            let by = match target.param("by").map_err(bad)? {
                None | Some("claimant") => By::Claimant,
                Some("source") => By::Source,
                Some(other) => {
                    return Err(bad(format!(
                        "by: '{}' is not claimant or source",
                        crate::text::escape(other)
                    )));
                }
            };
            let cumulative = store.cumulative_metrics()?;
            let report = compare(&claims, by, t, window, &cumulative);
            render_out::json(&reports::compare_json(&report, event, as_of))
        }
        "timeline" => {
            let then = as_stood(&claims, t);
            render_out::json(&reports::timeline_json(&timeline(&then)))
        }
        _ => {
            let then = as_stood(&claims, t);
            let cumulative = store.cumulative_metrics()?;
            // `conflicts --window` is not capped at ten years.
            let window = parse_window(target.param("window").map_err(bad)?.unwrap_or("1d"))
                .map_err(|e| bad(format!("window: {e}")))?;
            let mut writer = reports::ConflictWriter::new(Vec::new(), Format::Json);
            let batch = crate::report::conflicts::batch_for(then.len());
            in_order(&then, window, &cumulative, batch, None, |rows| {
                writer.write(rows)
            })
            .map_err(|e| Refusal(500, e.to_string()))?;
            let bytes = writer.finish().map_err(|e| Refusal(500, e.to_string()))?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    Ok(Answer::ok(JSON, body))
}
