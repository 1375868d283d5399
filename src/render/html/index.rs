//! `claimlog serve`'s front page: every event with its headline figures,
//! each linked to its story page and its JSON.

use super::{Event, SERVED_POLICY, shown};
use crate::render::reports::{figure_text, scope_label};
use crate::report::summary::Row;
use maud::{DOCTYPE, PreEscaped, html};

/// The index lists this many headline figures per event: the scopes with
/// the most claims.
pub const HEADLINES: usize = 3;

/// One event on the index.
pub struct Listed {
    pub event: Event,
    pub claims: usize,
    /// Its summary rows, most cited first (at most `HEADLINES`).
    pub headlines: Vec<Row>,
}

/// A path segment as a URL writes it: unreserved characters as they
/// are, every other byte percent-encoded.
pub fn encode_segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The scopes of one event's summary most worth a headline: most claims
/// first, then name.
pub fn headlines(mut rows: Vec<Row>) -> Vec<Row> {
    rows.sort_by(|a, b| {
        b.claims
            .cmp(&a.claims)
            .then_with(|| (&a.metric, &a.qualifier).cmp(&(&b.metric, &b.qualifier)))
    });
    rows.truncate(HEADLINES);
    rows
}

/// The index page. It loads no script: building it reads every event,
/// which a database of a thousand events makes a matter of seconds, too
/// much to repeat every few seconds for every open tab.
pub fn index_page(events: &[Listed]) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta http-equiv="Content-Security-Policy" content=(SERVED_POLICY);
                title { "Events — claimlog" }
                style { (PreEscaped(super::STYLE)) }
            }
            body {
                header {
                    p.kicker { "claimlog" }
                    h1 { "Events" }
                    p.moment { strong #moment { "As it stands now" } " · a read-only view of the database; event pages follow it as claims are logged" }
                }
                main #story {
                    @if events.is_empty() {
                        p.empty { "No events yet: " code { "claimlog event add SLUG" } " starts one." }
                    } @else {
                        div.scroll {
                            table.index {
                                caption { "Each event's most cited figures now (best, and the low–high range). JSON: " a href="/api/events" { "/api/events" } "." }
                                thead { tr {
                                    th scope="col" { "Event" }
                                    th scope="col" { "Claims" }
                                    th scope="col" { "Headline figures" }
                                } }
                                tbody {
                                    @for listed in events {
                                        @let slug = encode_segment(&listed.event.slug);
                                        tr {
                                            th scope="row" {
                                                a href=(format!("/events/{slug}")) { (shown(&listed.event.slug)) }
                                                @if !listed.event.title.is_empty() && listed.event.title != listed.event.slug {
                                                    br; span.title { (shown(&listed.event.title)) }
                                                }
                                            }
                                            td.num { (listed.claims) }
                                            td {
                                                @if listed.headlines.is_empty() { span.empty { "no figures yet" } }
                                                ul.headlines {
                                                    @for r in &listed.headlines {
                                                        li {
                                                            (shown(&scope_label(&r.metric, &r.qualifier))) ": "
                                                            strong { (figure_text(r.best)) }
                                                            @if r.low != r.high {
                                                                " (" (figure_text(r.low)) "–" (figure_text(r.high)) ")"
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    .into_string()
}
