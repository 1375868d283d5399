//! A real browser for the page tests: headless Chromium, run as a
//! process (`--dump-dom`, `--screenshot`), and a reader of what it
//! returns (the elements of the DOM it serialized, a PNG's size).
//!
//! Chromium must be installed (`.ci/run` installs it from the Debian
//! packages): without it these tests fail, they never skip.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The browser: `$CHROMIUM`, else the first of the usual names on PATH.
pub fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return PathBuf::from(path);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    panic!(
        "Chromium is not installed: these tests render pages in a real browser \
         (apt-get install chromium; .ci/run does it)"
    );
}

/// Runs headless Chromium on `url` with `extra` flags, in a profile of its
/// own; killed after a minute. Returns its standard output.
fn run(url: &str, extra: &[String]) -> String {
    let profile = tempfile::tempdir().expect("profile dir");
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--hide-scrollbars",
            "--run-all-compositor-stages-before-draw",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut out = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut out, &mut text).expect("chromium output");
        text
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().expect("wait chromium") {
            assert!(status.success(), "chromium failed on {url}: {status}");
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium took over a minute on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().expect("reader")
}

/// The DOM Chromium built from `url`, serialized.
pub fn dump_dom(url: &str) -> String {
    dump_dom_after(url, 0)
}

/// The DOM after the page's scripts ran for `ms` milliseconds of the
/// browser's virtual time (timers fire without waiting in real time;
/// time stands still while a request is out).
pub fn dump_dom_after(url: &str, ms: u32) -> String {
    let mut flags = vec!["--dump-dom".to_string()];
    if ms > 0 {
        flags.push(format!("--virtual-time-budget={ms}"));
    }
    let dom = run(url, &flags);
    assert!(dom.contains("</html>"), "no DOM for {url}: {dom}");
    dom
}

/// A screenshot of `url` at `width`×`height` into `png`; returns the
/// image's size as the PNG header says it.
pub fn screenshot(url: &str, png: &Path, width: u32, height: u32) -> (u32, u32) {
    run(
        url,
        &[
            format!("--screenshot={}", png.display()),
            format!("--window-size={width},{height}"),
        ],
    );
    let bytes = std::fs::read(png).expect("screenshot written");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

/// A `file://` address for a local path.
pub fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// One element start tag of a serialized DOM: its name and attributes
/// (values unescaped of `&quot;` and `&amp;` only, as tests need).
#[derive(Debug)]
pub struct Tag {
    pub name: String,
    pub attributes: Vec<(String, String)>,
}

impl Tag {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Every start tag in a DOM Chromium serialized: text there never holds a
/// raw `<` (it is written `&lt;`), so each `<` that opens a name is a tag.
pub fn tags(dom: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    let mut rest = dom;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if name.is_empty() {
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        found.push(Tag {
            name: name.to_ascii_lowercase(),
            attributes: attributes(&rest[name.len()..end]),
        });
        rest = &rest[end..];
    }
    found
}

/// `a="1" b c="x"` as name/value pairs.
fn attributes(mut text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    loop {
        text = text.trim_start_matches([' ', '/', '\n']);
        let name_end = text
            .find(|c: char| c == '=' || c.is_whitespace() || c == '/')
            .unwrap_or(text.len());
        if name_end == 0 {
            return out;
        }
        let name = text[..name_end].to_ascii_lowercase();
        text = &text[name_end..];
        let value = if let Some(quoted) = text.strip_prefix("=\"") {
            let close = quoted.find('"').unwrap_or(quoted.len());
            let value = quoted[..close]
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
            text = quoted.get(close + 1..).unwrap_or("");
            value
        } else {
            String::new()
        };
        out.push((name, value));
    }
}

/// The text of a serialized DOM with its tags taken out (entities kept).
pub fn text_of(dom: &str) -> String {
    let mut out = String::with_capacity(dom.len());
    let mut inside = false;
    for ch in dom.chars() {
        match ch {
            '<' => inside = true,
            '>' if inside => {
                inside = false;
                out.push(' ');
            }
            _ if !inside => out.push(ch),
            _ => {}
        }
    }
    out
}
