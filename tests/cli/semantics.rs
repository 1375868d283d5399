//! The report rules of issue 11 through the real binary: a correction's
//! own times, `--citing`, cumulative metrics and their conflicts.

use crate::workdir::Workdir;

#[test]
fn a_correction_said_later_counts_from_its_own_day() {
    let w = Workdir::with_event();
    w.ok(&[
        "add",
        "kz",
        "26 dead",
        "--by",
        "Interior Ministry",
        "--said",
        "2022-01-07",
        "--published",
        "2022-01-07T10:00:00+06:00",
    ]);
    let out = w.json(&["correct", "1", "28", "--said", "2022-01-09"]);
    assert_eq!(out[0]["said_at"], "2022-01-09");
    assert_eq!(out[0]["as_of"], "2022-01-09", "not the old claim's day");
    assert_eq!(out[0]["published_at"], serde_json::Value::Null);
    // On the 8th the old figure still stood; from the 9th the correction.
    let on_8th = w.json(&["summary", "kz", "--as-of", "2022-01-08"]);
    assert_eq!(on_8th[0]["best"], 26);
    let on_9th = w.json(&["summary", "kz", "--as-of", "2022-01-09"]);
    assert_eq!(on_9th[0]["best"], 28);
}

#[test]
fn metrics_say_which_are_running_totals_and_conflicts_follow() {
    let w = Workdir::with_event();
    w.ok(&[
        "metric",
        "add",
        "rescued",
        "--alias",
        "rescued",
        "--cumulative",
    ]);
    let metrics = w.json(&["metric", "list"]);
    let flag = |name: &str| {
        metrics
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["metric"] == name)
            .map(|m| m["cumulative"].clone())
            .unwrap()
    };
    assert_eq!(flag("deaths"), true);
    assert_eq!(flag("rescued"), true);
    assert_eq!(flag("displaced"), false);
    assert!(w.ok(&["metric", "list"]).contains("cumulative"));
    let add = |text: &str, by: &str, day: &str| {
        w.ok(&["add", "kz", text, "--by", by, "--said", day]);
    };
    add("150 dead", "Red Crescent", "2022-01-11");
    add("5,300 dead", "Interior Minister", "2022-01-12");
    add("3,840 dead", "Health Minister", "2022-01-12");
    add("2,000 displaced", "UNHCR", "2022-01-12");
    add("more than 2,000 displaced", "NRC", "2022-01-12");
    let found = w.json(&["conflicts", "kz"]);
    let pairs: Vec<(i64, i64)> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["a"]["low"].as_i64().unwrap(),
                c["b"]["low"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(pairs, [(5300, 3840)], "only the two ministers of one day");
}

#[test]
fn a_claim_citing_another_claimant_is_kept_shown_exported_and_counted_once() {
    let w = Workdir::with_event();
    let said = ["--said", "2022-01-12"];
    let mut args = vec!["add", "kz", "3,840 dead", "--by", "Health Ministry"];
    args.extend(said);
    w.ok(&args);
    let mut args = vec!["add", "kz", "3,840 dead", "--by", "Anadolu", "--citing"];
    args.extend(["Health Ministry", "--source", "Anadolu"]);
    args.extend(said);
    let added = w.json(&args);
    assert_eq!(added[0]["claimant"], "Anadolu", "who said it is kept");
    assert_eq!(added[0]["citing"], "Health Ministry");
    let shown = w.json(&["show", "2"]);
    assert_eq!(shown["citing"], "Health Ministry");
    assert!(w.ok(&["show", "2"]).contains("Health Ministry"));
    let summary = w.json(&["summary", "kz"]);
    assert_eq!(
        summary[0]["claimants"], 1,
        "a relay is no second confirmation"
    );
    // The column travels through CSV and JSONL, and back.
    let csv = w.ok(&["export", "kz", "--format", "csv"]);
    let header = csv.lines().next().unwrap();
    assert!(header.contains("claimant,citing,url"), "{header}");
    let jsonl = w.ok(&["export", "kz", "--format", "jsonl"]);
    assert!(jsonl.contains(r#""citing":"Health Ministry""#), "{jsonl}");
    let other = Workdir::new();
    let file = w.dir.path().join("out.csv");
    std::fs::write(&file, &csv).unwrap();
    other.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(other.json(&["show", "2"])["citing"], "Health Ministry");
    // edit --citing changes it, and "" clears it.
    w.ok(&["edit", "2", "--citing", ""]);
    assert_eq!(w.json(&["show", "2"])["citing"], "");
    assert_eq!(w.json(&["summary", "kz"])[0]["claimants"], 2);
}

#[test]
fn two_untimed_figures_of_one_day_say_their_order_is_unknown() {
    let w = Workdir::with_event();
    for text in ["3,840 dead", "5,300 dead"] {
        w.ok(&[
            "add",
            "kz",
            text,
            "--by",
            "Ministry",
            "--said",
            "2022-01-12",
        ]);
    }
    let timeline = w.json(&["timeline", "kz"]);
    assert_eq!(timeline[1]["change"], "unordered");
    assert!(w.ok(&["timeline", "kz"]).contains("? order unknown"));
    let summary = w.json(&["summary", "kz"]);
    assert_eq!(summary[0]["order_unknown"], serde_json::json!(["Ministry"]));
    assert_eq!(summary[0]["low"], 3840);
    assert_eq!(summary[0]["high"], 5300);
    let table = w.ok(&["summary", "kz"]);
    assert!(table.contains("order unknown: Ministry"), "{table}");
    // With times, the later one is the series' figure.
    let w = Workdir::with_event();
    for (text, at) in [("3,840 dead", "09:00"), ("5,300 dead", "18:00")] {
        let said = format!("2022-01-12T{at}:00+03:00");
        w.ok(&["add", "kz", text, "--by", "Ministry", "--said", &said]);
    }
    assert_eq!(w.json(&["timeline", "kz"])[1]["change"], "up");
    let summary = w.json(&["summary", "kz"]);
    assert_eq!(summary[0]["best"], 5300);
    assert_eq!(summary[0]["order_unknown"], serde_json::json!([]));
}
