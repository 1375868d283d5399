//! The story page: one HTML document holding a whole report of an event,
//! a pure function of the report values (`Page`), built with maud so every
//! value is escaped by the template itself.
//!
//! The page needs nothing from the network: the style is inline, the
//! charts are inline SVG, and a content security policy forbids fetching
//! anything. The only links out are each figure's own web address
//! (`links`). `claimlog report` writes it to a file; `claimlog serve`
//! builds it per request and may add its small refresh script (`live`).
//!
//! Sections: current figures (`figures`), charts (`charts`), comparisons
//! (`figures`), conflicts and timeline (`story`), and the note on how
//! figures are chosen. Big events are summarised, never truncated
//! silently: each section says what it left out and which command lists
//! it all.

pub mod charts;
mod figures;
pub mod index;
pub mod links;
mod story;
#[cfg(test)]
mod tests;

pub use charts::Chart;

use crate::report::compare::Report as Comparison;
use crate::report::conflicts::Conflict;
use crate::report::summary::Row;
use crate::report::timeline::Entry;
use maud::{DOCTYPE, Markup, PreEscaped, html};

/// The page's style: phone first, a print style for A4, and colours from
/// the Okabe–Ito palette (read by colour-blind readers), every mark also
/// carried by a word or a symbol.
const STYLE: &str = include_str!("story.css");

/// A report file fetches nothing: no script, no style sheet, no image,
/// no font, no frame; inline style and data images only.
pub const FILE_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// A served page may also run the server's own refresh script and fetch
/// its own pages to refresh.
pub const SERVED_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/// The event a page is about.
#[derive(Debug, Clone, Default)]
pub struct Event {
    pub slug: String,
    pub title: String,
    pub note: String,
}

/// Everything one story page shows.
pub struct Page<'a> {
    pub event: Event,
    /// `--as-of` as written, or `None` for the picture now.
    pub as_of: Option<String>,
    /// The window, as given (`1d`).
    pub window: String,
    /// Claims of the event that the page draws on (the metrics asked for).
    pub claims: usize,
    pub summary: &'a [Row],
    pub by_claimant: &'a Comparison<'a>,
    pub by_source: &'a Comparison<'a>,
    /// The widest conflicts, and how many there are in all.
    pub conflicts: &'a [Conflict<'a>],
    pub conflicts_total: usize,
    pub timeline: &'a [Entry<'a>],
    pub charts: &'a [Chart],
    /// Served pages: the address of the refresh script; report files have
    /// none and run nothing.
    pub live: Option<&'a str>,
}

/// A user's text as a page shows it: control characters and invisible
/// reordering marks written out (`\u{202E}`); maud escapes the markup.
pub fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    crate::text::escape(text)
}

/// The whole page.
pub fn story_page(page: &Page) -> String {
    let event = &page.event;
    let heading = if event.title.is_empty() || event.title == event.slug {
        event.slug.clone()
    } else {
        format!("{} ({})", event.title, event.slug)
    };
    let moment = match &page.as_of {
        Some(t) => format!("As it stood on {t}"),
        None => "As it stands now".to_string(),
    };
    let doc = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta http-equiv="Content-Security-Policy"
                    content=(if page.live.is_some() { SERVED_POLICY } else { FILE_POLICY });
                meta name="generator" content=(concat!("claimlog ", env!("CARGO_PKG_VERSION")));
                title { (shown(&event.slug)) " — " (moment) " — claimlog" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    p.kicker { "claimlog story report" }
                    h1 { (shown(&heading)) }
                    p.moment {
                        strong #moment { (moment) }
                        " · " (page.claims) " claims · conflicts within " (shown(&page.window))
                    }
                    @if !event.note.is_empty() { p.note { (shown(&event.note)) } }
                    nav aria-label="Sections" {
                        a href="#figures" { "Figures" }
                        a href="#charts" { "Charts" }
                        a href="#compare" { "Compare" }
                        a href="#conflicts" { "Conflicts" }
                        a href="#timeline" { "Timeline" }
                        a href="#method" { "How figures are chosen" }
                    }
                }
                main #story {
                    (figures::current(page))
                    (charts::section(page.charts))
                    (figures::comparisons(page))
                    (story::conflicts(page))
                    (story::timeline(page))
                    (method(page))
                }
                footer {
                    p { "Made with claimlog " (env!("CARGO_PKG_VERSION"))
                        ". Every figure links to where it appeared; names and quotes are as recorded." }
                }
                @if let Some(script) = page.live {
                    script src=(script) defer {}
                }
            }
        }
    };
    doc.into_string()
}

/// "How figures are chosen": the rules behind the numbers, in a few lines.
fn method(page: &Page) -> Markup {
    html! {
        section #method aria-labelledby="method-h" {
            h2 #method-h { "How figures are chosen" }
            ul {
                li { "A " strong { "series" } " is one claimant's figures for one scope (metric and qualifier); an unattributed figure is its outlet's own series. Ten outlets repeating one ministry's figure are one claimant, not ten confirmations; an agency citing another claimant counts as that claimant." }
                li { "The " strong { "current" } " figure of a series is its latest claim as of the page's date that was not retracted by then. Series whose latest figure is more than "
                    (shown(&page.window)) " older than the newest are " em { "stale" } " and left out of the range." }
                li { strong { "Low" } " and " strong { "high" } " are the lowest and highest current bounds (open ends such as “at least 26” bound one side only). "
                    strong { "Best" } " is the median of the current figures (a range's midpoint, a vague word's low end), the lower middle one when there is an even number, so it is always a figure someone reported." }
                li { "A " strong { "conflict" } " is two current figures of one scope, from different claimants, within the window of each other, whose ranges do not overlap (approximate figures widened by 10%). For running totals a later, higher toll is the toll moving, not a conflict. The same figure described two ways (26 “armed criminals” and 26 “protesters”) is a " em { "characterization" } " conflict; one claimant reported with two figures by two outlets is an " em { "echo" } " conflict." }
                li { "A " strong { "retracted" } " figure stays in the timeline, marked, and counts nowhere else. The date a page shows is the story as it stood then: only figures said by that date count, and a retraction counts from its own date." }
            }
        }
    }
}
