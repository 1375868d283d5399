//! `claimlog report`: the story page of the samples rendered by a real
//! browser (headless Chromium): the figures it must hold, nothing it may
//! fetch or run, hostile names that must stay text, and how a big event
//! is summarised.

use crate::browser::{Tag, dump_dom, file_url, screenshot, tags, text_of};
use crate::workdir::Workdir;
use std::path::PathBuf;

const EVENT: &str = "kz-unrest-2022";

fn samples() -> Workdir {
    let w = Workdir::new();
    let csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/kz-unrest-2022.csv");
    w.ok(&["import", csv.to_str().unwrap()]);
    w
}

/// Writes the report with `extra` flags and returns the DOM Chromium
/// built from the file.
fn rendered(w: &Workdir, name: &str, extra: &[&str]) -> String {
    let mut args = vec!["report", EVENT, "-o", name];
    args.extend(extra);
    w.ok(&args);
    dump_dom(&file_url(&w.dir.path().join(name)))
}

/// The serialized row of the table whose header cell reads `header`,
/// from the first such row after `after`.
fn row<'d>(dom: &'d str, after: &str, header: &str) -> &'d str {
    let from = dom.find(after).unwrap_or_else(|| panic!("no {after}"));
    let cell = format!("<th scope=\"row\">{header}</th>");
    let at = from
        + dom[from..]
            .find(&cell)
            .unwrap_or_else(|| panic!("no row {header}"));
    let end = at + dom[at..].find("</tr>").unwrap();
    &dom[at..end]
}

/// Nothing on the page is fetched or run: no script, style sheet,
/// frame, object or image element, no attribute that loads anything, and
/// links only to the page's own sections or to the claims' web addresses.
pub fn assert_fetches_nothing(dom: &str, links_start: &str) {
    let all: Vec<Tag> = tags(dom);
    assert!(all.len() > 100, "a page of {} tags", all.len());
    for tag in &all {
        assert!(
            ![
                "script", "link", "iframe", "frame", "object", "embed", "img", "video", "audio",
                "base"
            ]
            .contains(&tag.name.as_str()),
            "a <{}> element: {tag:?}",
            tag.name
        );
        for (name, value) in &tag.attributes {
            assert!(
                ![
                    "src",
                    "srcset",
                    "poster",
                    "action",
                    "formaction",
                    "background",
                    "ping"
                ]
                .contains(&name.as_str())
                    && !name.starts_with("on"),
                "<{} {name}=\"{value}\">",
                tag.name
            );
            if name == "href" || name == "xlink:href" {
                assert!(
                    value.starts_with('#') || value.starts_with(links_start),
                    "<{} href=\"{value}\">",
                    tag.name
                );
            }
        }
    }
    let policy = all
        .iter()
        .find(|t| t.name == "meta" && t.get("http-equiv") == Some("Content-Security-Policy"))
        .and_then(|t| t.get("content"))
        .expect("a content security policy");
    assert!(policy.starts_with("default-src 'none'"), "{policy}");
    assert!(!policy.contains("script-src"), "{policy}");
}

#[test]
fn the_samples_page_holds_the_figures_in_a_real_browser() {
    let w = samples();
    let dom = rendered(&w, "story.html", &[]);
    assert_fetches_nothing(&dom, "https://example.org/");
    // The current toll, linked to where it appeared.
    let deaths = row(&dom, "id=\"figures\"", "deaths");
    assert!(
        deaths.contains("rel=\"noopener noreferrer\">230</a>"),
        "{deaths}"
    );
    // The Prosecutor General's 225 of 15 January, in the timeline.
    let toll = row(&dom, "id=\"timeline\"", "2022-01-15");
    assert!(
        toll.contains(">225</a>") && toll.contains("first"),
        "{toll}"
    );
    // The Health Ministry's 164, struck through and marked retracted.
    let retracted = dom
        .split("<tr class=\"retracted\">")
        .skip(1)
        .find(|r| r.contains(">164</a>"))
        .expect("the retracted 164 in the timeline");
    assert!(retracted.contains("✗ RETRACTED 2022-01-10"), "{retracted}");
    // 26 "armed criminals" against 26 "protesters".
    let conflict = dom
        .split("<article class=\"conflict\"")
        .skip(1)
        .find(|a| a.contains("armed criminals") && a.contains("protesters"))
        .expect("the 26 vs 26 characterization conflict");
    assert!(conflict.contains("Characterization conflict"), "{conflict}");
    assert_eq!(conflict.matches(">26</a>").count(), 2, "{conflict}");
    assert!(conflict.contains("Interior Ministry") && conflict.contains("franceinfo"));
    // Tables with header cells, charts with text alternatives.
    let all = tags(&dom);
    let scoped = |s: &str| {
        all.iter()
            .filter(|t| t.name == "th" && t.get("scope") == Some(s))
            .count()
    };
    assert!(
        scoped("col") >= 20 && scoped("row") >= 40,
        "{} {}",
        scoped("col"),
        scoped("row")
    );
    let charts: Vec<&Tag> = all.iter().filter(|t| t.name == "svg").collect();
    assert_eq!(charts.len(), 3, "deaths, detained, injured");
    for chart in &charts {
        assert_eq!(chart.get("role"), Some("img"));
        let labels = chart.get("aria-labelledby").expect("labelled");
        for id in labels.split(' ') {
            assert!(dom.contains(&format!("id=\"{id}\"")), "{id}");
        }
    }
    assert_eq!(all.iter().filter(|t| t.name == "figcaption").count(), 3);
    let text = text_of(&dom);
    assert!(text.contains("How figures are chosen"));
    assert!(
        text.contains("deaths: best 230 (low 230, high 230)"),
        "the chart's caption says its figures"
    );
}

#[test]
fn as_of_gives_the_page_as_it_stood_then() {
    let w = samples();
    let dom = rendered(&w, "jan16.html", &["--as-of", "2022-01-16"]);
    assert!(text_of(&dom).contains("As it stood on 2022-01-16"));
    let deaths = row(&dom, "id=\"figures\"", "deaths");
    assert!(deaths.contains(">225</a>"), "{deaths}");
    assert!(
        !dom.contains(">230</a>"),
        "the 14 March figure was not said yet"
    );
    // On the 9th the 164 was not withdrawn yet: a figure, not struck.
    let dom = rendered(&w, "jan9.html", &["--as-of", "2022-01-09"]);
    assert!(!dom.contains("RETRACTED"));
    assert!(!dom.contains("<tr class=\"retracted\">"));
    let deaths = row(&dom, "id=\"figures\"", "deaths");
    assert!(deaths.contains(">164</a>"), "{deaths}");
}

#[test]
fn screenshots_at_desktop_and_phone_widths() {
    let w = samples();
    w.ok(&["report", EVENT, "-o", "story.html"]);
    let url = file_url(&w.dir.path().join("story.html"));
    // Kept under target/ for a person to look at.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    for (name, width) in [("report-desktop.png", 1280), ("report-phone.png", 390)] {
        let png = dir.join(name);
        let _ = std::fs::remove_file(&png);
        assert_eq!(screenshot(&url, &png, width, 2400), (width, 2400));
        let size = std::fs::metadata(&png).unwrap().len();
        assert!(size > 50_000, "{name}: {size} bytes, a blank page?");
    }
}

/// A claim whose every field a user typed is hostile, and whose address
/// (stored before addresses were checked) is a `javascript:` one.
fn hostile() -> Workdir {
    let w = Workdir::new();
    let csv = w.dir.path().join("hostile.csv");
    std::fs::write(
        &csv,
        "event,metric,value,qualifier,claimant,source,as_of,url,quote\n\
         kz,deaths,26,armed criminals,Interior Ministry,AFP,2022-01-07,https://example.org/afp,\n\
         kz,deaths,26,\"</script>&'\"\"protesters\",<script>alert(1)</script>,\"\"\"><img src=x onerror=alert(2)>\",2022-01-07,https://example.org/x,\"it was </script><script>alert(4)</script>\"\n",
    )
    .unwrap();
    w.ok(&["import", csv.to_str().unwrap()]);
    w.sql("UPDATE claims SET url = 'javascript:alert(3)' WHERE url = 'https://example.org/x'");
    w
}

#[test]
fn hostile_names_quotes_and_addresses_stay_text_in_a_real_browser() {
    let w = hostile();
    w.ok(&["report", "kz", "-o", "kz.html"]);
    let dom = dump_dom(&file_url(&w.dir.path().join("kz.html")));
    assert_fetches_nothing(&dom, "https://example.org/afp");
    let text = text_of(&dom);
    for shown in [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "\"&gt;&lt;img src=x onerror=alert(2)&gt;",
        "&lt;/script&gt;&amp;'\"protesters",
        "it was &lt;/script&gt;&lt;script&gt;alert(4)&lt;/script&gt;",
        "javascript:alert(3)",
    ] {
        assert!(text.contains(shown), "{shown} is not shown as text");
    }
    assert!(
        !tags(&dom)
            .iter()
            .any(|t| t.get("href").is_some_and(|h| h.contains("javascript")))
    );
    // The same names in the chart stay text too.
    assert!(dom.contains("<svg"));
    assert!(!dom.contains("<script"));
}

#[test]
fn a_report_that_cannot_be_built_writes_nothing() {
    let w = samples();
    let err = w.fails(&["report", "kz-unrest-2202", "-o", "x.html"], 1);
    assert!(err.contains("kz-unrest-2022"), "suggests the slug: {err}");
    let err = w.fails(&["report", EVENT, "--metric", "deaht", "-o", "x.html"], 1);
    assert!(err.contains("deaht"), "{err}");
    let err = w.fails(&["report", EVENT, "--as-of", "someday", "-o", "x.html"], 1);
    assert!(err.contains("--as-of"), "{err}");
    assert!(!w.dir.path().join("x.html").exists());
    // A page never goes over the database file (a server's database is
    // no file to write over).
    if !w.on_postgres() {
        let db = w.db();
        let err = w.fails(&["report", EVENT, "-o", db.to_str().unwrap()], 1);
        assert!(err.contains("database"), "{err}");
    }
    // The default name is the event's.
    w.ok(&["report", EVENT]);
    assert!(w.dir.path().join("kz-unrest-2022.html").exists());
}

#[test]
fn a_big_event_is_summarised_and_says_so() {
    let w = Workdir::new();
    let csv = w.dir.path().join("big.csv");
    let mut rows = String::from("event,metric,value,claimant,source,as_of,url\n");
    for i in 0..2_400 {
        rows.push_str(&format!(
            "big,deaths,{},Official {},Outlet {},2022-01-{:02},https://example.org/{i}\n",
            100 + i,
            i % 90,
            i % 70,
            1 + i / 100
        ));
    }
    std::fs::write(&csv, rows).unwrap();
    w.ok(&["import", csv.to_str().unwrap()]);
    w.ok(&["report", "big", "-o", "big.html"]);
    let page = std::fs::read_to_string(w.dir.path().join("big.html")).unwrap();
    assert!(page.contains("--by claimant</code> lists them all"));
    assert!(
        page.contains("30 more are left out"),
        "90 claimants, 60 shown"
    );
    assert!(
        page.contains("most cited of 90"),
        "the chart names what it drew"
    );
    let dom = dump_dom(&file_url(&w.dir.path().join("big.html")));
    let claimants = row(&dom, "id=\"by-claimant\"", "Official 0");
    assert!(claimants.contains("https://example.org/"), "{claimants}");
}
