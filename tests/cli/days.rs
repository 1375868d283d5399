//! Days and instants: a bare day is the calendar day where each figure's own
//! offset puts it, for `list --since/--until`, every report's `--as-of` and
//! retraction dates; an instant with an offset compares as an instant; a
//! clock time without an offset, or a weekday resolved outside the years 1
//! to 9999, is refused.

use crate::workdir::Workdir;
use serde_json::Value;

/// 26 dead as of 7 January 03:00 in Almaty (still the 6th in UTC), and 30
/// dead as of 6 January 22:00 in New York (already the 7th in UTC), from
/// two claimants.
fn across_midnight() -> Workdir {
    let w = Workdir::with_event();
    w.ok(&[
        "add",
        "kz",
        "26 dead",
        "--source",
        "AFP",
        "--by",
        "Interior Ministry",
        "--as-of",
        "2022-01-07T03:00+06:00",
    ]);
    w.ok(&[
        "add",
        "kz",
        "30 dead",
        "--source",
        "Reuters",
        "--by",
        "Health Ministry",
        "--as-of",
        "2022-01-06T22:00-05:00",
    ]);
    w
}

fn values(list: &Value) -> Vec<String> {
    let mut v: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["value"].as_str().unwrap().to_string())
        .collect();
    v.sort();
    v
}

/// The summary's `claims` for deaths as of `at`, 0 when there is no row.
fn claims_as_of(w: &Workdir, at: &str) -> u64 {
    let rows = w.json(&["summary", "kz", "--as-of", at]);
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["metric"] == "deaths")
        .map_or(0, |r| {
            r["claims"].as_u64().unwrap_or_else(|| panic!("{rows}"))
        })
}

#[test]
fn list_days_are_each_figures_own_calendar_day() {
    let w = across_midnight();
    let on = |since: &str, until: &str| {
        values(&w.json(&["list", "kz", "--since", since, "--until", until]))
    };
    assert_eq!(
        on("2022-01-07", "2022-01-07"),
        ["26"],
        "7 January in Almaty"
    );
    assert_eq!(
        on("2022-01-06", "2022-01-06"),
        ["30"],
        "6 January in New York"
    );
    assert_eq!(on("2022-01-06", "2022-01-07"), ["26", "30"]);
    // An instant with an offset is an instant: 03:00 in Almaty is 21:00 UTC
    // on the 6th.
    let after = |since: &str| values(&w.json(&["list", "kz", "--since", since]));
    assert_eq!(after("2022-01-06T21:00Z"), ["26", "30"]);
    assert_eq!(after("2022-01-06T21:00:01Z"), ["30"]);
    assert_eq!(after("2022-01-07T03:00:01Z"), Vec::<String>::new());
    // The limit counts the claims that pass the exact test.
    let limited = w.json(&["list", "kz", "--until", "2022-01-06", "--limit", "1"]);
    assert_eq!(values(&limited), ["30"]);
}

#[test]
fn as_of_a_day_counts_the_figures_of_that_local_day() {
    let w = across_midnight();
    assert_eq!(claims_as_of(&w, "2022-01-06"), 1, "only New York's 6th");
    assert_eq!(claims_as_of(&w, "2022-01-07"), 2);
    assert_eq!(claims_as_of(&w, "2022-01-05"), 0);
    // Instants compare as instants: Almaty's 03:00 is 21:00 UTC on the
    // 6th, New York's 22:00 is 03:00 UTC on the 7th.
    assert_eq!(claims_as_of(&w, "2022-01-07T02:59:59+06:00"), 0);
    assert_eq!(claims_as_of(&w, "2022-01-07T03:00+06:00"), 1);
    assert_eq!(claims_as_of(&w, "2022-01-07T02:59:59Z"), 1);
    assert_eq!(claims_as_of(&w, "2022-01-07T03:00Z"), 2);
    // compare reads --as-of the same way.
    let cells = |at: &str| {
        w.json(&["compare", "kz", "--as-of", at])["cells"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(cells("2022-01-06"), 1);
    assert_eq!(cells("2022-01-07"), 2);
}

#[test]
fn a_retraction_counts_from_its_own_local_day() {
    let w = across_midnight();
    // Withdrawn at 02:00 on the 8th in Almaty: the 7th in UTC.
    w.ok(&[
        "retract",
        "1",
        "--reason",
        "withdrawn",
        "--said",
        "2022-01-08T02:00+06:00",
    ]);
    assert_eq!(
        claims_as_of(&w, "2022-01-07"),
        2,
        "still standing on the 7th"
    );
    assert_eq!(claims_as_of(&w, "2022-01-08"), 1, "withdrawn on the 8th");
    assert_eq!(
        claims_as_of(&w, "2022-01-07T20:00Z"),
        1,
        "an instant after it"
    );
    assert_eq!(
        claims_as_of(&w, "2022-01-07T19:59Z"),
        2,
        "an instant before it"
    );
}

#[test]
fn a_time_without_an_offset_is_refused_in_flags_and_import() {
    let w = Workdir::with_event();
    let before = w.snapshot();
    let err = w.fails(&["add", "kz", "26 dead", "--said", "2022-01-07T14:00"], 1);
    assert!(
        err.contains("--said: '2022-01-07T14:00' has a time but no UTC offset"),
        "{err}"
    );
    assert!(err.contains("2022-01-07T14:00+06:00"), "{err}");
    let err = w.fails(&["summary", "kz", "--as-of", "2022-01-07 14:00"], 1);
    assert!(
        err.contains("--as-of: '2022-01-07 14:00' has a time but no UTC offset"),
        "{err}"
    );
    let err = w.fails(&["list", "--since", "2022-01-07T14:00:00"], 1);
    assert!(
        err.contains("--since: '2022-01-07T14:00:00' has a time but no UTC offset"),
        "{err}"
    );
    let file = w.dir.path().join("naive.csv");
    std::fs::write(
        &file,
        "id,event,metric,value,as_of,source\n\
         r1,kz,deaths,26,2022-01-07T10:00+06:00,AFP\n\
         r2,kz,deaths,30,2022-01-07T14:00,AFP\n",
    )
    .unwrap();
    let err = w.fails(&["import", file.to_str().unwrap()], 1);
    assert!(
        err.contains("naive.csv:3: as_of: '2022-01-07T14:00' has a time but no UTC offset"),
        "{err}"
    );
    assert_eq!(w.snapshot(), before, "nothing written");
    // With the offset or Z it is an instant, kept as given.
    w.ok(&["add", "kz", "26 dead", "--said", "2022-01-07T14:00Z"]);
    let list = w.json(&["list"]);
    assert_eq!(list[0]["said_at"], "2022-01-07T14:00:00Z");
}

#[test]
fn a_weekday_resolved_outside_the_calendar_is_refused() {
    let w = Workdir::with_event();
    w.ok(&["metric", "add", "arrival", "--kind", "date"]);
    let before = w.snapshot();
    let err = w.fails(
        &["add", "kz", "troops arrived Friday", "--said", "0001-01-01"],
        1,
    );
    assert!(
        err.contains("'Friday' falls on 0000-12-29, outside the years 1 to 9999"),
        "{err}"
    );
    let err = w.fails(
        &[
            "add",
            "kz",
            // 9999-12-31 is a Friday, which would be that very day.
            "troops will arrive Saturday",
            "--said",
            "9999-12-31",
        ],
        1,
    );
    assert!(err.contains("outside the years 1 to 9999"), "{err}");
    let err = w.fails(
        &[
            "add",
            "kz",
            "--metric",
            "arrival",
            "--value",
            "last Monday",
            "--said",
            "0001-01-01",
        ],
        1,
    );
    assert!(err.contains("outside the years 1 to 9999"), "{err}");
    let file = w.dir.path().join("edge.csv");
    std::fs::write(
        &file,
        "id,event,metric,kind,value,low,said_at,source\n\
         r1,kz,arrival,date,Friday,,0001-01-01,AFP\n\
         r2,kz,arrival,date,Friday,0000-12-29,0001-01-01,AFP\n",
    )
    .unwrap();
    let out = w
        .cmd(&["import", "--dry-run", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("edge.csv:3: low: '0000-12-29' is outside the years 1 to 9999"),
        "{err}"
    );
    let err = w.fails(&["import", file.to_str().unwrap()], 1);
    assert!(
        err.contains("edge.csv:2: value: 'Friday' falls on 0000-12-29"),
        "{err}"
    );
    assert_eq!(w.snapshot(), before, "nothing written");
    // The same weekday a week later is fine.
    w.ok(&["add", "kz", "troops arrived Friday", "--said", "0001-01-10"]);
}
