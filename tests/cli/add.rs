//! Quick entry and structured entry through `claimlog add`.

use crate::workdir::Workdir;
use serde_json::json;

#[test]
fn french_entry_records_two_claims() {
    let w = Workdir::with_event();
    let out = w.json(&[
        "add",
        "kz",
        "26 criminels armés tués, 18 blessés",
        "--lang",
        "fr",
        "--source",
        "franceinfo",
        "--by",
        "ministère de l'Intérieur",
        "--said",
        "2022-01-07",
    ]);
    let claims = out.as_array().unwrap();
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[0]["metric"], "deaths");
    assert_eq!(claims[0]["qualifier"], "criminels armés");
    assert_eq!(claims[0]["low"], 26);
    assert_eq!(claims[0]["high"], 26);
    assert_eq!(claims[0]["as_of"], "2022-01-07");
    assert_eq!(claims[0]["source"], "franceinfo");
    assert_eq!(claims[1]["metric"], "injured");
    assert_eq!(claims[1]["low"], 18);
    assert_eq!(claims[1]["qualifier"], "");
    assert_eq!(w.count(), 2);
}

#[test]
fn arrival_said_on_friday_is_thursday() {
    let w = Workdir::with_event();
    let out = w.json(&[
        "add",
        "kz",
        "Des troupes russes sont arrivées jeudi",
        "--said",
        "2022-01-07",
        "--source",
        "franceinfo",
    ]);
    let claim = &out[0];
    assert_eq!(claim["metric"], "arrival");
    assert_eq!(claim["kind"], "date");
    assert_eq!(claim["low"], "2022-01-06");
    assert_eq!(claim["high"], "2022-01-06");
    assert_eq!(claim["value"], "jeudi");
    assert_eq!(claim["lang"], "fr");
}

#[test]
fn an_unreadable_fragment_writes_nothing() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "3 dead"]);
    let before = w.snapshot();
    let err = w.fails(&["add", "kz", "26 dead, many wounded"], 1);
    assert!(err.contains("many wounded"), "{err}");
    let err = w.fails(&["add", "kz", "26 dead, 18"], 1);
    assert!(err.contains("'18'"), "{err}");
    assert_eq!(w.count(), 1);
    assert_eq!(w.snapshot(), before);
}

#[test]
fn structured_entry_skips_the_parser() {
    let w = Workdir::with_event();
    let out = w.json(&[
        "add",
        "kz",
        "--metric",
        "deaths",
        "--value",
        "at least 225",
        "--qualifier",
        "Overall",
        "--by",
        "Prosecutor General's Office",
        "--source",
        "Reuters",
        "--said",
        "2022-01-15",
        "--url",
        "https://example.org/r",
        "--quote",
        "225 people died",
        "--note",
        "n",
        "--tag",
        "official",
        "--tag",
        "briefing",
    ]);
    let c = &out[0];
    assert_eq!(c["low"], 225);
    assert_eq!(c["high"], json!(null));
    assert_eq!(c["qualifier"], "overall");
    assert_eq!(c["tags"], json!(["official", "briefing"]));
    assert_eq!(c["url"], "https://example.org/r");
}

#[test]
fn dry_run_shows_and_records_nothing() {
    let w = Workdir::with_event();
    let out = w.json(&["add", "kz", "26 killed; 18 injured", "--dry-run"]);
    assert_eq!(out.as_array().unwrap().len(), 2);
    assert_eq!(w.count(), 0);
}

#[test]
fn new_names_are_announced_and_aliases_reuse_them() {
    let w = Workdir::with_event();
    w.ok(&[
        "source",
        "add",
        "franceinfo",
        "--alias",
        "France Télévisions",
    ]);
    let out = w
        .cmd(&[
            "add",
            "kz",
            "26 dead",
            "--source",
            "france télévisions",
            "--by",
            "Interior Ministry",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("new claimant 'Interior Ministry'"), "{err}");
    assert!(!err.contains("new source"), "{err}");
    let list = w.json(&["list"]);
    assert_eq!(list[0]["source"], "franceinfo");
    let sources = w.json(&["source", "list"]);
    assert_eq!(sources[0]["claims"], 1);
}

#[test]
fn unknown_event_suggests_the_closest() {
    let w = Workdir::new();
    w.ok(&["event", "add", "kz-unrest-2022"]);
    let err = w.fails(&["add", "kz-unrest-2202", "26 dead"], 1);
    assert!(err.contains("did you mean 'kz-unrest-2022'"), "{err}");
}

#[test]
fn parse_prints_records_without_an_event() {
    let w = Workdir::new();
    let out = w.json(&[
        "parse",
        "troops arrived Thursday, 12 dead and 300",
        "--ref",
        "2022-01-07",
    ]);
    let rows = out.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["event"], json!(null));
    assert_eq!(rows[0]["metric"], "arrival");
    assert_eq!(rows[0]["low"], "2022-01-06");
    assert_eq!(rows[1]["metric"], "deaths");
    assert_eq!(rows[2]["metric"], json!(null));
    assert!(w.untouched(), "parse never creates a database");
}

#[test]
fn user_metric_words_work_in_quick_entry() {
    let w = Workdir::with_event();
    w.ok(&[
        "metric",
        "add",
        "homes",
        "--alias",
        "homes destroyed",
        "--alias",
        "maisons détruites",
    ]);
    let out = w.json(&["add", "kz", "300 homes destroyed"]);
    assert_eq!(out[0]["metric"], "homes");
    assert_eq!(out[0]["low"], 300);
}

#[test]
fn list_filters_and_formats() {
    let w = Workdir::with_event();
    w.ok(&[
        "add",
        "kz",
        "26 dead, 18 wounded",
        "--source",
        "AFP",
        "--by",
        "Interior Ministry",
        "--said",
        "2022-01-07",
    ]);
    w.ok(&[
        "add",
        "kz",
        "164 dead",
        "--source",
        "Khabar 24",
        "--by",
        "Health Ministry",
        "--said",
        "2022-01-09",
    ]);
    assert_eq!(
        w.json(&["list", "kz", "--metric", "deaths"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        w.json(&["list", "--by", "health ministry"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        w.json(&["list", "--source", "afp"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        w.json(&["list", "--since", "2022-01-08"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        w.json(&["list", "--until", "2022-01-07"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        w.json(&["list", "--limit", "1"]).as_array().unwrap().len(),
        1
    );
    let csv = w.ok(&["list", "--format", "csv"]);
    assert!(csv.starts_with("id,event,metric,qualifier,kind,value,low,high,approx,unit,as_of,said_at,published_at,source,claimant,citing,url,quote,lang,status,note,tags"));
    assert_eq!(csv.lines().count(), 4);
    let md = w.ok(&["list", "--format", "markdown"]);
    assert!(md.contains("| # | event | metric |"), "{md}");
    let table = w.ok(&["list"]);
    assert!(
        table.contains("Health Ministry") && !table.contains('\u{1b}'),
        "{table}"
    );
}

#[test]
fn a_figure_of_no_metric_beside_claims_is_left_out_and_said() {
    let w = Workdir::with_event();
    let out = w
        .cmd(&["add", "kz", "40 killed, 30 rescued", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let claims: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(claims.as_array().unwrap().len(), 1);
    assert_eq!(claims[0]["metric"], "deaths");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("left out '30 rescued'"), "{err}");
    assert_eq!(w.count(), 1);
    // Alone, it is refused with a word, and nothing is written.
    let err = w.fails(&["add", "kz", "30 rescued"], 1);
    assert!(err.contains("no metric word"), "{err}");
    assert_eq!(w.count(), 1);
}

#[test]
fn an_english_line_on_a_french_desk_is_read_and_recorded_as_english() {
    let w = Workdir::with_event();
    let out = w.json(&[
        "add",
        "kz",
        "storm: at least 23 dead, 4 of them children",
        "--lang",
        "fr",
    ]);
    let claims = out.as_array().unwrap();
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[0]["metric"], "deaths");
    assert_eq!(claims[0]["low"], 23);
    assert_eq!(claims[0]["high"], serde_json::Value::Null);
    assert_eq!(claims[0]["lang"], "en");
    assert_eq!(claims[1]["qualifier"], "children");
    // A French line stays French.
    let out = w.json(&["add", "kz", "au moins 5 morts", "--lang", "fr"]);
    assert_eq!(out[0]["lang"], "fr");
}
