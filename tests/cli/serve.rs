//! `claimlog serve` as a process on a free port: its JSON is the bytes
//! `--format json` prints, its pages render in a real browser, it answers
//! bad addresses with plain 404/400s, follows the database as claims are
//! logged, and never writes to it.

use crate::browser::{dump_dom, dump_dom_after, screenshot, tags, text_of};
use crate::workdir::Workdir;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

const EVENT: &str = "kz-unrest-2022";

fn samples() -> Workdir {
    let w = Workdir::new();
    let csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/kz-unrest-2022.csv");
    w.ok(&["import", csv.to_str().unwrap()]);
    w
}

/// A running `claimlog serve`, stopped when dropped.
struct Served {
    child: Child,
    addr: String,
    /// The lines it wrote on stderr before serving.
    said: Vec<String>,
}

impl Served {
    fn start(w: &Workdir, addr: &str) -> Served {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("claimlog"))
            .current_dir(w.dir.path())
            .env("CLAIMLOG_DB", w.db())
            .env("NO_COLOR", "1")
            .args(["serve", "--addr", addr])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start serve");
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let mut said = Vec::new();
        let addr = loop {
            let line = lines
                .next()
                .unwrap_or_else(|| panic!("serve stopped: {said:?}"))
                .expect("stderr");
            said.push(line.clone());
            if let Some(rest) = line.split_once("at http://").map(|(_, r)| r) {
                break rest.split('/').next().unwrap().to_string();
            }
        };
        // Keep reading, so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Served { child, addr, said }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// `method path` over a plain connection: status, headers, body.
    fn request(&self, method: &str, path: &str) -> (u16, String, String) {
        let mut stream = TcpStream::connect(&self.addr).expect("connect");
        write!(
            stream,
            "{method} {path} HTTP/1.0\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.addr
        )
        .unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        let answer = String::from_utf8(answer).expect("UTF-8 answer");
        let (head, body) = answer.split_once("\r\n\r\n").expect("a head");
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        (status, head.to_ascii_lowercase(), body.to_string())
    }

    fn get(&self, path: &str) -> (u16, String, String) {
        self.request("GET", path)
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn the_api_answers_the_bytes_format_json_prints() {
    let w = samples();
    let served = Served::start(&w, "127.0.0.1:0");
    let e = EVENT;
    let pairs: Vec<(String, Vec<&str>)> = vec![
        ("/api/events".into(), vec!["event", "list"]),
        (format!("/api/events/{e}/summary"), vec!["summary", e]),
        (
            format!("/api/events/{e}/summary?as_of=2022-01-09&window=2d"),
            vec!["summary", e, "--as-of", "2022-01-09", "--window", "2d"],
        ),
        (format!("/api/events/{e}/compare"), vec!["compare", e]),
        (
            format!("/api/events/{e}/compare?by=source&as_of=2022-01-16&metric=deaths"),
            vec![
                "compare",
                e,
                "--by",
                "source",
                "--as-of",
                "2022-01-16",
                "--metric",
                "deaths",
            ],
        ),
        (format!("/api/events/{e}/timeline"), vec!["timeline", e]),
        (
            format!("/api/events/{e}/timeline?metric=deaths&qualifier=armed+criminals"),
            vec![
                "timeline",
                e,
                "--metric",
                "deaths",
                "--qualifier",
                "armed criminals",
            ],
        ),
        (format!("/api/events/{e}/conflicts"), vec!["conflicts", e]),
        (
            format!("/api/events/{e}/conflicts?window=2d&metric=injured"),
            vec!["conflicts", e, "--window", "2d", "--metric", "injured"],
        ),
    ];
    for (path, args) in pairs {
        let (status, head, body) = served.get(&path);
        assert_eq!(status, 200, "{path}: {body}");
        assert!(
            head.contains("content-type: application/json"),
            "{path}: {head}"
        );
        let mut with_format = args.clone();
        with_format.extend(["--format", "json"]);
        assert_eq!(body, w.ok(&with_format), "{path} differs from {args:?}");
        assert!(body.len() > 3, "{path} is empty");
    }
    // As of a date, the timeline is as it stood: the 164 not yet withdrawn.
    let (_, _, body) = served.get(&format!(
        "/api/events/{e}/timeline?metric=deaths&as_of=2022-01-09"
    ));
    let rows: serde_json::Value = serde_json::from_str(&body).unwrap();
    let withdrawn: Vec<&serde_json::Value> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["value"] == "164")
        .collect();
    assert!(!withdrawn.is_empty());
    assert!(
        withdrawn
            .iter()
            .all(|r| r["change"] != "retracted" && r["status"] == "active")
    );
}

#[test]
fn bad_addresses_and_parameters_get_plain_refusals() {
    let w = samples();
    let served = Served::start(&w, "127.0.0.1:0");
    let e = EVENT;
    let cases: Vec<(String, u16, &str)> = vec![
        ("/nope".into(), 404, "no page at /nope"),
        ("/api/events/nope/summary".into(), 404, "no event 'nope'"),
        ("/events/kz-unrest-2202".into(), 404, "kz-unrest-2022"),
        (
            format!("/api/events/{e}/whatever"),
            404,
            "no report 'whatever'",
        ),
        (format!("/api/events/{e}"), 404, "name a report"),
        (
            format!("/api/events/{e}/summary?metric=deaht"),
            404,
            "deaht",
        ),
        (
            format!("/api/events/{e}/summary?as_of=someday"),
            400,
            "as_of",
        ),
        (format!("/events/{e}?window=forever"), 400, "window"),
        (format!("/events/{e}?as_of=1&as_of=2"), 400, "given twice"),
        (
            format!("/api/events/{e}/compare?by=outlet"),
            400,
            "claimant or source",
        ),
        (
            format!("/api/events/{e}/timeline?window=2d"),
            400,
            "unknown parameter 'window'",
        ),
        ("/events/%zz".into(), 400, "bad percent escape"),
        ("/events/%3Cscript%3E".into(), 404, "no event '<script>'"),
    ];
    for (path, code, says) in cases {
        let (status, head, body) = served.get(&path);
        assert_eq!(status, code, "{path}: {body}");
        assert!(head.contains("content-type: text/plain"), "{path}: {head}");
        assert!(head.contains("x-content-type-options: nosniff"), "{path}");
        assert!(
            body.starts_with("claimlog: ") && body.lines().count() == 1,
            "{path}: {body}"
        );
        assert!(body.contains(says), "{path}: {body}");
    }
    let (status, _, body) = served.request("POST", "/api/events");
    assert_eq!(status, 405, "{body}");
    assert!(body.contains("read-only"), "{body}");
}

#[test]
fn served_pages_render_in_a_real_browser() {
    let w = samples();
    let served = Served::start(&w, "127.0.0.1:0");
    let dom = dump_dom(&served.url(&format!("/events/{EVENT}")));
    let text = text_of(&dom);
    assert!(text.contains("As it stands now"));
    assert!(dom.contains(">230</a>") && dom.contains(">225</a>"));
    assert!(
        dom.split("<tr class=\"retracted\">")
            .skip(1)
            .any(|r| r.contains(">164</a>"))
    );
    assert!(text.contains("Characterization conflict"));
    // Its one script is the server's own; links go to the page's sections
    // or to the claims.
    let all = tags(&dom);
    let scripts: Vec<_> = all.iter().filter(|t| t.name == "script").collect();
    assert_eq!(scripts.len(), 1);
    assert_eq!(scripts[0].get("src"), Some("/refresh.js"));
    for t in all.iter().filter(|t| t.name == "a") {
        let href = t.get("href").unwrap_or("");
        assert!(
            href.starts_with('#') || href.starts_with("https://example.org/"),
            "{href}"
        );
    }
    let (status, head, script) = served.get("/refresh.js");
    assert_eq!(status, 200);
    assert!(head.contains("text/javascript") && script.contains("getElementById(\"story\")"));
    // The page as it stood on 16 January.
    let dom = dump_dom(&served.url(&format!("/events/{EVENT}?as_of=2022-01-16")));
    assert!(text_of(&dom).contains("As it stood on 2022-01-16"));
    assert!(!dom.contains(">230</a>"));
    // The index lists the event with its headline figures.
    let index = dump_dom(&served.url("/"));
    assert!(
        index.contains(&format!("href=\"/events/{EVENT}\"")),
        "{index}"
    );
    assert!(
        index.contains("detained: <strong>8,000</strong> (8,000–12,000)"),
        "{index}"
    );
    let png = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("serve-page.png");
    assert_eq!(
        screenshot(&served.url(&format!("/events/{EVENT}")), &png, 1024, 1400),
        (1024, 1400)
    );
}

#[test]
fn pages_follow_the_database_and_serving_writes_nothing() {
    let w = samples();
    let before = w.snapshot();
    let served = Served::start(&w, "127.0.0.1:0");
    for path in ["/", "/api/events", &format!("/events/{EVENT}")] {
        assert_eq!(served.get(path).0, 200, "{path}");
    }
    assert!(w.snapshot() == before, "serving changed the database");
    assert!(
        !served
            .get(&format!("/events/{EVENT}"))
            .2
            .contains(">231</a>")
    );
    w.ok(&[
        "add",
        EVENT,
        "231 dead",
        "--source",
        "AFP",
        "--by",
        "Health Ministry",
        "--said",
        "2022-03-15",
        "--url",
        "https://example.org/afp/new",
    ]);
    let (_, _, page) = served.get(&format!("/events/{EVENT}"));
    assert!(
        page.contains(r#"<a href="https://example.org/afp/new" rel="noopener noreferrer">231</a>"#)
    );
}

#[test]
fn serve_listens_on_loopback_unless_told_and_refuses_what_it_cannot_serve() {
    let w = samples();
    let help = w.ok(&["serve", "--help"]);
    assert!(help.contains("[default: 127.0.0.1:8080]"), "{help}");
    let served = Served::start(&w, "127.0.0.1:0");
    assert!(served.addr.starts_with("127.0.0.1:"));
    assert!(
        !served.said.iter().any(|l| l.contains("loopback")),
        "{:?}",
        served.said
    );
    drop(served);
    let open = Served::start(&w, "0.0.0.0:0");
    assert!(
        open.said
            .iter()
            .any(|l| l.contains("not this machine's loopback")),
        "{:?}",
        open.said
    );
    drop(open);
    let err = w.fails(&["serve", "--db", "missing.db", "--addr", "127.0.0.1:0"], 1);
    assert!(err.contains("missing.db"), "{err}");
    assert!(!w.dir.path().join("missing.db").exists());
    let err = w.fails(&["serve", "--addr", "nowhere"], 1);
    assert!(err.contains("--addr nowhere"), "{err}");
}

/// Forwards every connection to `served`, and once it holds the first
/// answer (the page), runs `between` before handing it over: the page a
/// browser loads is the one from before, and anything it asks later sees
/// the change.
fn proxy(served: String, between: impl FnOnce() + Send + 'static) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        let mut between = Some(between);
        for stream in listener.incoming() {
            let Ok(mut browser) = stream else { return };
            let mut head = Vec::new();
            let mut byte = [0u8];
            while !head.ends_with(b"\r\n\r\n") && browser.read(&mut byte).unwrap_or(0) == 1 {
                head.push(byte[0]);
            }
            let head = String::from_utf8_lossy(&head).to_string();
            let target = head.split(' ').nth(1).unwrap_or("/").to_string();
            let mut server = TcpStream::connect(&served).unwrap();
            write!(server, "GET {target} HTTP/1.0\r\nHost: {served}\r\n\r\n").unwrap();
            let mut answer = Vec::new();
            server.read_to_end(&mut answer).unwrap();
            if let Some(change) = between.take() {
                change();
            }
            let _ = browser.write_all(&answer);
        }
    });
    addr
}

#[test]
fn a_served_page_refreshes_itself_as_claims_are_logged() {
    let w = samples();
    let served = Served::start(&w, "127.0.0.1:0");
    let db = w.db();
    let via = proxy(served.addr.clone(), move || {
        let status = Command::new(assert_cmd::cargo::cargo_bin("claimlog"))
            .env("CLAIMLOG_DB", &db)
            .args([
                "add",
                EVENT,
                "778 dead",
                "--source",
                "AFP",
                "--by",
                "Prosecutor General's Office",
            ])
            .args([
                "--said",
                "2022-03-21",
                "--url",
                "https://example.org/afp/778",
            ])
            .output()
            .unwrap();
        assert!(status.status.success(), "{status:?}");
    });
    let page = format!("http://{via}/events/{EVENT}");
    // Loaded before the claim: only the refresh script can bring it in.
    let dom = dump_dom_after(&page, 20_000);
    assert!(dom.contains(">778</a>"), "the page did not refresh");
    assert!(dom.contains("↑ revised up from 230"));
    // As of a past date a page never changes, and the script leaves it.
    let dom = dump_dom_after(&format!("{page}?as_of=2022-01-16"), 20_000);
    assert!(!dom.contains(">778</a>"));
}

#[test]
fn an_older_database_is_refused_and_left_as_it_is() {
    // Serving never upgrades (that would be a write): the database keeps
    // its older version, on either backend.
    let w = samples();
    w.set_schema_version(2);
    let err = w.fails(&["serve", "--addr", "127.0.0.1:0"], 1);
    assert!(err.contains("an older claimlog database"), "{err}");
    assert!(!err.contains("password"), "{err}");
    let out = w.cmd(&["check"]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("schema version 2, but"), "{stdout}");
}
