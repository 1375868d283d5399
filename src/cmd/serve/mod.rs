//! `claimlog serve`: the story pages and the reports' JSON, live from the
//! database over HTTP, read-only.
//!
//! The server is tiny_http: synchronous, a few threads, no async runtime,
//! which is all a local read-only view needs. Each worker holds its own
//! read-only connection and builds every answer from the database at the
//! time of the request (`routes`), so a page follows a `log` session in
//! progress; the connection is opened read-only, so serving can never
//! write.

pub mod query;
pub mod routes;

use super::{Ctx, note};
use crate::store::Store;
use anyhow::{Result, anyhow};
use tiny_http::{Header, Response, Server};

/// Requests answered at once: one per core of a small machine; a page is
/// built in milliseconds.
const WORKERS: usize = 2;

/// Serve the story pages and the reports' JSON from the database,
/// read-only: an index of events at /, each event's page at /events/EVENT
/// (as of a date with ?as_of=), and JSON in the shapes `--format json`
/// prints at /api/events and /api/events/EVENT/summary, compare, timeline
/// and conflicts (?as_of=, ?window=, ?metric=; compare takes ?by=).
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimlog serve                              # http://127.0.0.1:8080/
  claimlog serve --addr 127.0.0.1:0           # any free port (the address is printed)
  claimlog serve --db team.db --addr 0.0.0.0:8080   # reachable by the whole network
  curl 'http://127.0.0.1:8080/api/events/kz-unrest-2022/summary?as_of=2022-01-09'")]
pub struct Args {
    /// Where to listen: 127.0.0.1 (this machine only) unless told otherwise.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
}

/// The headers every answer carries: its type, no sniffing, no caching
/// (the database moves on), no referrer sent to the claims' links, and
/// what the page may load.
fn headers(content_type: &str) -> Vec<Header> {
    let policy = if content_type == routes::HTML {
        crate::render::html::SERVED_POLICY
    } else {
        "default-src 'none'"
    };
    [
        ("Content-Type", content_type),
        ("X-Content-Type-Options", "nosniff"),
        ("Cache-Control", "no-store"),
        ("Referrer-Policy", "no-referrer"),
        ("Content-Security-Policy", policy),
    ]
    .into_iter()
    .filter_map(|(name, value)| Header::from_bytes(name.as_bytes(), value.as_bytes()).ok())
    .collect()
}

/// Answers requests until the server stops.
fn work(server: &Server, store: &Store) {
    while let Ok(request) = server.recv() {
        let answer = routes::answer(store, request.method().as_str(), request.url());
        let mut response = Response::from_string(answer.body).with_status_code(answer.status);
        for header in headers(answer.content_type) {
            response.add_header(header);
        }
        // A client that went away is no one's error.
        let _ = request.respond(response);
    }
}

pub fn run(ctx: &Ctx, args: Args) -> Result<()> {
    // Opened before listening, so a missing or unreadable database fails
    // at once, with nothing served.
    let first = Store::open_read_only_existing(&ctx.db)?;
    let server = Server::http(args.addr.as_str())
        .map_err(|e| anyhow!("--addr {}: cannot listen there: {e}", args.addr))?;
    let bound = server
        .server_addr()
        .to_ip()
        .map_or_else(|| args.addr.clone(), |a| a.to_string());
    if server
        .server_addr()
        .to_ip()
        .is_some_and(|a| !a.ip().is_loopback())
    {
        note(format!(
            "{bound} is not this machine's loopback address: anyone who can reach it can read every claim"
        ));
    }
    // A server's address is shown without its password.
    let shown = Store::server_shown(&ctx.db).unwrap_or_else(|| ctx.db.display().to_string());
    note(format!(
        "serving {shown} read-only at http://{bound}/ (Ctrl-C stops)"
    ));
    let mut stores = vec![first];
    for _ in 1..WORKERS {
        stores.push(Store::open_read_only_existing(&ctx.db)?);
    }
    let server = &server;
    std::thread::scope(|scope| {
        for store in stores {
            scope.spawn(move || work(server, &store));
        }
    });
    Ok(())
}
