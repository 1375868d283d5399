//! `claimlog log` off a terminal: lines from standard input, context lines
//! carried over, errors named by line, `--atomic`, `--dry-run`, the inline
//! commands, the context remembered per event, and two desks at once.

use crate::workdir::Workdir;
use serde_json::Value;
use std::process::Output;

/// Runs `claimlog log ARGS` with `input` on standard input.
fn log(w: &Workdir, args: &[&str], input: &str) -> Output {
    let mut all = vec!["log"];
    all.extend(args);
    w.cmd(&all).write_stdin(input).output().expect("run")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("utf-8")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

/// `log` that must succeed; gives stderr.
fn log_ok(w: &Workdir, args: &[&str], input: &str) -> String {
    let out = log(w, args, input);
    assert!(out.status.success(), "{}", stderr(&out));
    stderr(&out)
}

fn claims(w: &Workdir) -> Vec<Value> {
    w.json(&["list", "kz", "--deleted"])
        .as_array()
        .expect("array")
        .clone()
}

fn claim(w: &Workdir, number: u64) -> Value {
    w.json(&["show", &number.to_string()])
}

#[test]
fn context_lines_carry_over_to_the_entries_after_them() {
    let w = Workdir::with_event();
    let out = log(
        &w,
        &["kz"],
        "# morning wires\n\
         @ franceinfo\n\
         by Interior Ministry\n\
         said 2022-01-07\n\
         url https://www.francetvinfo.fr/kz\n\
         26 armed criminals killed, 18 wounded\n\
         by -\n\
         @ AFP\n\
         published 2022-01-08\n\
         lang fr\n\
         Des troupes russes sont arrivées jeudi\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // The parse table, with the numbers the claims got.
    let shown = stdout(&out);
    assert!(shown.contains("# "), "{shown}");
    assert!(shown.contains("26 armed criminals killed"), "{shown}");
    assert!(shown.contains("troupes russes"), "{shown}");
    assert!(
        stderr(&out).contains("kz: recorded 3 claims (arrival 1, deaths 1, injured 1)"),
        "{}",
        stderr(&out)
    );
    let first = claim(&w, 1);
    assert_eq!(first["source"], "franceinfo");
    assert_eq!(first["claimant"], "Interior Ministry");
    assert_eq!(first["said_at"], "2022-01-07");
    assert_eq!(first["url"], "https://www.francetvinfo.fr/kz");
    assert_eq!(first["qualifier"], "armed criminals");
    assert_eq!(claim(&w, 2)["metric"], "injured");
    let third = claim(&w, 3);
    assert_eq!(third["source"], "AFP");
    assert_eq!(third["claimant"], "");
    assert_eq!(third["published_at"], "2022-01-08");
    assert_eq!(third["lang"], "fr");
    // "jeudi" read against the day said: the Thursday before the 7th.
    assert_eq!(third["value"], "jeudi");
    assert_eq!(third["low"], "2022-01-06");
}

#[test]
fn a_weekday_and_a_clock_time_are_read_on_the_desks_clock() {
    let w = Workdir::with_event();
    let out = w
        .cmd(&["log", "kz", "--source", "AFP"])
        // A fixed UTC+6 written as a POSIX rule: no zone database needed.
        .env("TZ", "<+06>-6")
        .write_stdin("said vendredi 14:00\n26 dead\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let said = claim(&w, 1)["said_at"].as_str().unwrap().to_string();
    let moment = chrono::DateTime::parse_from_rfc3339(&said).expect(&said);
    use chrono::Datelike;
    assert_eq!(moment.weekday(), chrono::Weekday::Fri, "{said}");
    // 14:00 on the desk's clock, with that clock's offset.
    assert!(said.ends_with("T14:00:00+06:00"), "{said}");
    assert!(moment.date_naive() <= chrono::Local::now().date_naive() + chrono::Days::new(1));
}

#[test]
fn a_bad_line_is_named_with_its_number_and_the_others_are_recorded() {
    let w = Workdir::with_event();
    let out = log(
        &w,
        &["kz", "--source", "AFP"],
        "26 dead\n26 bananas\nsaid someday\n18 wounded\nsaid 2022-01-08\n18 wounded\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("claimlog: line 2 \"26 bananas\": cannot read '26 bananas'"),
        "{err}"
    );
    assert!(
        err.contains("claimlog: line 3 \"said someday\": said:"),
        "{err}"
    );
    // An entry after a failed context line is refused, not recorded with
    // the context before it; once set right, entries go through.
    assert!(
        err.contains("claimlog: line 4 \"18 wounded\": not recorded: the `said` line"),
        "{err}"
    );
    assert!(
        err.trim_end()
            .ends_with("3 of 6 lines failed (lines 2, 3, 4); the other lines were recorded"),
        "{err}"
    );
    assert_eq!(claim(&w, 2)["said_at"], "2022-01-08");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(claims(&w).len(), 2);
}

#[test]
fn atomic_input_is_all_or_nothing() {
    let w = Workdir::with_event();
    let out = log(
        &w,
        &["kz", "--atomic", "--source", "AFP"],
        "26 dead\nby Interior Ministry\n18 wounded\n26 bananas\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("line 4 \"26 bananas\""), "{err}");
    assert!(
        err.trim_end()
            .ends_with("--atomic: 1 of 4 lines failed (line 4); nothing was recorded"),
        "{err}"
    );
    assert_eq!(claims(&w).len(), 0);
    // Not even the context: the next session starts from nothing.
    log_ok(&w, &["kz"], "3 dead\n");
    assert_eq!(claim(&w, 1)["source"], "");
    // A good input is recorded whole.
    let err = log_ok(
        &w,
        &["kz", "--atomic", "--source", "AFP"],
        "26 dead\n18 wounded\n",
    );
    assert!(err.contains("kz: recorded 2 claims"), "{err}");
    assert_eq!(claims(&w).len(), 3);
}

#[test]
fn a_dry_run_shows_everything_and_writes_nothing() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead", "--source", "AFP"]);
    let before = w.ok(&["list", "kz", "--deleted", "--format", "json"]);
    let out = log(
        &w,
        &["kz", "--dry-run"],
        "@ Reuters\n18 wounded\nundo\nretract 1 withdrawn\n164 dead\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = stdout(&out);
    assert!(shown.contains("18 wounded"), "{shown}");
    assert!(shown.contains("RETRACTED"), "{shown}");
    assert!(shown.contains("164 dead"), "{shown}");
    let err = stderr(&out);
    assert!(err.contains("undone: would remove claim 2"), "{err}");
    assert!(
        err.contains("kz: dry run, nothing written: would record 1 claim (deaths 1)"),
        "{err}"
    );
    assert_eq!(
        w.ok(&["list", "kz", "--deleted", "--format", "json"]),
        before
    );
    // Nor its context: a later session does not start at Reuters.
    log_ok(&w, &["kz"], "2 dead\n");
    assert_eq!(claim(&w, 2)["source"], "");
}

#[test]
fn undo_removes_the_last_entrys_claims_as_rm_does_and_again() {
    let w = Workdir::with_event();
    let err = log_ok(
        &w,
        &["kz", "--source", "AFP"],
        "26 dead\n18 wounded, 30 arrested\nundo\nundo\n",
    );
    assert!(
        err.contains("undone: removed claims 2, 3 (kept in history"),
        "{err}"
    );
    assert!(err.contains("undone: removed claim 1 "), "{err}");
    assert!(
        err.contains("kz: recorded 0 claims; 2 entries undone"),
        "{err}"
    );
    let all = claims(&w);
    assert_eq!(all.len(), 3);
    let shown = claim(&w, 2);
    assert_eq!(shown["deleted"], true);
    assert_eq!(shown["history"][1]["action"], "rm");
    // Nothing left to undo is a line error.
    let out = log(&w, &["kz"], "undo\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("line 1 \"undo\": nothing to undo"));
    // Removed claims count nowhere; restore brings one back.
    w.ok(&["restore", "1"]);
    assert_eq!(w.json(&["list", "kz"]).as_array().unwrap().len(), 1);
}

#[test]
fn retract_correct_and_show_work_inline() {
    let w = Workdir::with_event();
    let out = log(
        &w,
        &["kz", "--source", "AFP", "--by", "Health Ministry"],
        "said 2022-01-09\n164 dead\nsaid 2022-01-10\nretract 1 withdrawn as a technical error\n\
         30 wounded\ncorrect 2 at least 35\nshow 2\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let retracted = claim(&w, 1);
    assert_eq!(retracted["status"], "retracted");
    assert_eq!(retracted["reason"], "withdrawn as a technical error");
    // Dated by the context's "said".
    assert_eq!(retracted["retracted_at"], "2022-01-10");
    let corrected = claim(&w, 2);
    assert_eq!(corrected["status"], "superseded");
    let correction = claim(&w, 3);
    assert_eq!(correction["low"], 35.0);
    assert_eq!(correction["said_at"], "2022-01-10");
    // `show 2` prints its history.
    assert!(stdout(&out).contains("supersede"), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("1 retracted, 1 corrected"),
        "{}",
        stderr(&out)
    );
    // A wrong form says the right one.
    let out = log(&w, &["kz"], "retract 1\n");
    assert!(
        stderr(&out).contains("retract N REASON"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_preview_records_nothing() {
    let w = Workdir::with_event();
    let out = log(&w, &["kz"], "? 26 morts, 18 blessés\n");
    assert!(out.status.success());
    assert!(stdout(&out).contains("18 blessés"), "{}", stdout(&out));
    assert_eq!(claims(&w).len(), 0);
}

#[test]
fn the_next_session_on_an_event_starts_from_the_context_the_last_ended_with() {
    let w = Workdir::with_event();
    w.ok(&["event", "add", "other"]);
    log_ok(
        &w,
        &["kz", "--source", "AFP"],
        "by Interior Ministry\nsaid 2022-01-07\n",
    );
    log_ok(&w, &["kz"], "26 dead\n");
    let first = claim(&w, 1);
    assert_eq!(first["source"], "AFP");
    assert_eq!(first["claimant"], "Interior Ministry");
    assert_eq!(first["said_at"], "2022-01-07");
    // Per event: another story starts from nothing.
    w.cmd(&["log", "other"])
        .write_stdin("5 dead\n")
        .assert()
        .success();
    assert_eq!(claim(&w, 2)["source"], "");
    // --fresh ignores it, and what it ends with is kept for the next.
    log_ok(&w, &["kz", "--fresh"], "7 dead\n");
    assert_eq!(claim(&w, 3)["source"], "");
    log_ok(&w, &["kz"], "8 dead\n");
    assert_eq!(claim(&w, 4)["source"], "");
    // A flag overrides one field of the remembered context.
    log_ok(&w, &["kz", "--source", "Reuters"], "by Akimat\n");
    log_ok(&w, &["kz", "--by", "Interior Ministry"], "9 dead\n");
    let last = claim(&w, 5);
    assert_eq!(last["source"], "Reuters");
    assert_eq!(last["claimant"], "Interior Ministry");
}

#[test]
fn a_new_name_like_a_known_one_needs_a_confirmation() {
    let w = Workdir::with_event();
    w.ok(&["add", "kz", "26 dead", "--source", "franceinfo"]);
    let out = log(&w, &["kz"], "@ France Info\n18 wounded\n");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("line 1 \"@ France Info\": source 'France Info' is new; did you mean 'franceinfo'? (--new-name keeps it)"),
        "{err}"
    );
    // The entry after it is not recorded under the source before.
    assert!(
        err.contains("line 2 \"18 wounded\": not recorded: the `@` line that failed above"),
        "{err}"
    );
    assert_eq!(claims(&w).len(), 1);
    // Setting it right lets the lines after it through.
    let out = log(
        &w,
        &["kz"],
        "@ France Info\n18 wounded\n@ AFP\n19 wounded\n",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(claim(&w, 2)["source"], "AFP");
    log_ok(&w, &["kz", "--new-name"], "@ France Info\n19 wounded\n");
    assert_eq!(claim(&w, 3)["source"], "France Info");
    // A flag is asked about the same way, before any line.
    let out = log(&w, &["kz", "--by", "Interior Ministery"], "1 dead\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let out = log(&w, &["kz", "--by", "Interior Ministry"], "1 dead\n");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).starts_with(
        "claimlog: --by: claimant 'Interior Ministry' is new; did you mean 'Interior Ministery'?"
    ));
}

#[test]
fn control_codes_typed_never_reach_the_terminal() {
    let w = Workdir::with_event();
    let out = log(
        &w,
        &["kz"],
        "@ AF\u{1b}[31mP\n26 \u{1b}]0;pwned\u{7} dead\nby \u{202e}evil\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{202e}'),
        "{err:?}"
    );
    assert!(err.contains("\\u{1B}"), "{err}");
    assert!(!stdout(&out).contains('\u{1b}'));
    assert_eq!(claims(&w).len(), 0);
}

#[test]
fn records_stream_as_json_lines() {
    let w = Workdir::with_event();
    let out = w
        .cmd(&["log", "kz", "--source", "AFP", "--format", "jsonl"])
        .write_stdin("26 dead, 18 wounded\n30 arrested\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let records: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect(l))
        .collect();
    assert_eq!(records.len(), 3);
    assert_eq!(records[2]["number"], 3);
    assert_eq!(records[2]["metric"], "detained");
}

#[test]
fn a_bad_flag_is_named_by_the_flag() {
    let w = Workdir::with_event();
    let err = w.fails(&["log", "kz", "--said", "someday"], 1);
    assert_eq!(err, "claimlog: --said: not a date: 'someday'\n");
    let err = w.fails(&["log", "kz", "--lang", "de"], 1);
    assert!(err.starts_with("claimlog: --lang: 'de' is not"), "{err}");
}

#[test]
fn a_missing_event_or_database_is_one_line() {
    let w = Workdir::new();
    let out = log(&w, &["kz"], "26 dead\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no event 'kz'"));
    w.ok(&["event", "add", "kz-unrest"]);
    let err = w.fails(&["log", "kz-unrst"], 1);
    assert!(err.contains("did you mean 'kz-unrest'"), "{err}");
}

#[test]
fn two_desks_logging_at_once_lose_nothing() {
    let w = Workdir::with_event();
    let bin = assert_cmd::cargo::cargo_bin("claimlog");
    let desks: Vec<_> = ["AFP", "Reuters"]
        .into_iter()
        .map(|desk| {
            let (bin, db) = (bin.clone(), w.db());
            std::thread::spawn(move || {
                let mut input = format!("@ {desk}\n");
                for i in 0..120 {
                    input.push_str(&format!("{i} dead, {i} wounded\n"));
                    if i % 10 == 9 {
                        input.push_str("undo\n");
                    }
                }
                let out = assert_cmd::Command::new(bin)
                    .env("CLAIMLOG_DB", db)
                    .args(["log", "kz", "--new-name", "--format", "jsonl"])
                    .write_stdin(input)
                    .output()
                    .expect("run");
                (
                    out.status.success(),
                    String::from_utf8_lossy(&out.stderr).to_string(),
                )
            })
        })
        .collect();
    for desk in desks {
        let (ok, err) = desk.join().unwrap();
        assert!(ok, "{err}");
    }
    let all = claims(&w);
    assert_eq!(all.len(), 480);
    // Each desk's undo removed its own last entry, not the other's.
    assert_eq!(
        w.json(&["list", "kz"]).as_array().unwrap().len(),
        480 - 2 * 24
    );
    for source in ["AFP", "Reuters"] {
        let kept = w.json(&["list", "kz", "--source", source]);
        let values: Vec<&str> = kept
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["value"].as_str().unwrap())
            .collect();
        assert!(
            !values.contains(&"9") && values.contains(&"8"),
            "{source}: {values:?}"
        );
        assert_eq!(values.len(), 2 * 108);
    }
}

#[test]
fn demo_shows_a_desks_session_and_keeps_the_samples_as_they_are() {
    let w = Workdir::new();
    let out = w.cmd(&["demo", "--keep", "demo.db"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = stdout(&out);
    assert!(shown.contains("## log kz-unrest-2022"), "{shown}");
    assert!(
        shown.contains("Des troupes russes sont arrivées jeudi"),
        "{shown}"
    );
    assert!(
        stderr(&out).contains("would record 4 claims (arrival 1, deaths 1, injured 2)"),
        "{}",
        stderr(&out)
    );
    let check = w.ok(&["--db", "demo.db", "check"]);
    assert!(check.starts_with("ok: 67 claims"), "{check}");
}

#[test]
fn citing_carries_over_like_by_and_clears_with_a_dash() {
    let w = Workdir::with_event();
    log_ok(
        &w,
        &["kz", "--source", "Anadolu", "--new-name"],
        "by Anadolu\n\
         citing Health Ministry\n\
         said 2022-01-09\n\
         164 dead\n\
         citing -\n\
         18 wounded\n",
    );
    assert_eq!(claim(&w, 1)["claimant"], "Anadolu");
    assert_eq!(claim(&w, 1)["citing"], "Health Ministry");
    assert_eq!(claim(&w, 2)["citing"], "", "`citing -` clears it");
    // The flag sets it from the start.
    log_ok(
        &w,
        &["kz", "--citing", "Interior Ministry", "--new-name"],
        "12 dead\n",
    );
    assert_eq!(claim(&w, 3)["citing"], "Interior Ministry");
}
