//! `claimlog extract` on HTML: markup is read for its text (tags dropped,
//! entities decoded, scripts and the head ignored, blocks ending
//! sentences), spans count characters of that text, and plain text is read
//! as before.

use crate::workdir::Workdir;
use serde_json::Value;

/// The records `extract` prints for `input` on standard input.
fn extract(w: &Workdir, input: &str, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["extract", "-", "--published", "2022-01-08"];
    args.extend(extra);
    let out = w.cmd(&args).write_stdin(input).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn claims(found: &[Value]) -> Vec<(String, Value, Value)> {
    found
        .iter()
        .map(|r| {
            (
                r["metric"].as_str().unwrap().to_string(),
                r["low"].clone(),
                r["high"].clone(),
            )
        })
        .collect()
}

#[test]
fn tags_do_not_split_figures_or_leak_into_sentences() {
    let w = Workdir::new();
    let found = extract(
        &w,
        "<p>At least <b>26</b> people were killed, <a href=\"/police\">police</a> said.</p>",
        &[],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["metric"], "deaths");
    assert_eq!(found[0]["low"], 26);
    assert_eq!(found[0]["value"], "At least 26");
    assert_eq!(found[0]["claimant"], "police");
    let sentence = found[0]["sentence"].as_str().unwrap();
    assert_eq!(sentence, "At least 26 people were killed, police said.");
    assert!(!found[0]["quote"].as_str().unwrap().contains('<'));
}

#[test]
fn entities_are_decoded_and_french_thousands_read_whole() {
    let w = Workdir::new();
    let found = extract(
        &w,
        "<p>Pr&egrave;s de 8&nbsp;000 personnes ont &eacute;t&eacute; d&eacute;plac&eacute;es, selon l&#39;ONU.</p>\
         <p>Au moins 1&#8239;200 bless&eacute;s &amp; 3 morts.</p>",
        &["--lang", "fr"],
    );
    let got = claims(&found);
    assert_eq!(
        got[0],
        (
            "displaced".to_string(),
            Value::from(8000),
            Value::from(8000)
        )
    );
    assert_eq!(found[0]["claimant"], "ONU");
    assert!(got.contains(&("injured".to_string(), Value::from(1200), Value::Null)));
    assert!(got.contains(&("deaths".to_string(), Value::from(3), Value::from(3))));
}

#[test]
fn scripts_styles_head_and_navigation_are_ignored() {
    let w = Workdir::new();
    let found = extract(
        &w,
        "<!DOCTYPE html><html><head><title>99 dead</title>\
         <script>var s = '<p>50 people were killed</p>'; if (a < 40) {}</script>\
         <style>p::before { content: '12 injured'; }</style></head>\
         <body><nav>Live: 77 killed</nav><p>Three people died on Friday.</p>\
         <script>document.write('40 dead')</script></body></html>",
        &[],
    );
    assert_eq!(
        claims(&found),
        vec![("deaths".to_string(), Value::from(3), Value::from(3))],
        "{found:?}"
    );
}

#[test]
fn inline_markup_inside_a_number_joins_it() {
    let w = Workdir::new();
    let found = extract(
        &w,
        "<p>Au moins <b>8</b><span>&nbsp;</span><i>000</i> déplacés.</p>",
        &["--lang", "fr"],
    );
    assert_eq!(
        claims(&found),
        vec![("displaced".to_string(), Value::from(8000), Value::Null)]
    );
    assert_eq!(found[0]["value"], "Au moins 8\u{a0}000");
}

#[test]
fn a_malformed_document_is_read_as_a_browser_shows_it() {
    let w = Workdir::new();
    let found = extract(
        &w,
        "<html><p>At least <b>26 people were killed<div class=\"x>unclosed <p>4 injured, <i>police said</p></b></html></span>",
        &[],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["low"], 26);
    let found = extract(
        &w,
        "<p>At least <b>26 people were killed</p><p>4 injured, police said",
        &[],
    );
    assert_eq!(
        claims(&found),
        vec![
            ("deaths".to_string(), Value::from(26), Value::Null),
            ("injured".to_string(), Value::from(4), Value::from(4)),
        ]
    );
    assert_eq!(found[1]["claimant"], "police");
}

#[test]
fn spans_count_characters_of_the_extracted_text() {
    let w = Workdir::new();
    let found = extract(&w, "<h1>Élan</h1>\n<p>At least <b>26</b> killed.</p>", &[]);
    // The text read is "Élan\n\nAt least 26 killed.".
    let text = "Élan\n\nAt least 26 killed.";
    let span = found[0]["span"].as_array().unwrap();
    let (a, b) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    let words: String = text.chars().skip(a).take(b - a).collect();
    assert_eq!(words, "At least 26 killed");
}

#[test]
fn html_is_chosen_by_flag_extension_or_content_and_text_can_be_forced() {
    let w = Workdir::new();
    let page = "At least <b>26</b> killed.";
    // Sniffed from the tags.
    assert_eq!(extract(&w, page, &[])[0]["sentence"], "At least 26 killed.");
    // --text reads the markup as words: the tag stays in the sentence.
    let raw = extract(&w, page, &["--text"]);
    assert!(
        raw.iter()
            .all(|r| r["sentence"].as_str().unwrap().contains("<b>")),
        "{raw:?}"
    );
    // A .html file, even without a tag the sniffing knows.
    let file = w.dir.path().join("story.html");
    std::fs::write(&file, "<x-article>5 people died &amp; more</x-article>").unwrap();
    let out = w.ok(&[
        "extract",
        file.to_str().unwrap(),
        "--published",
        "2022-01-08",
    ]);
    assert!(
        out.contains("\"sentence\":\"5 people died & more\""),
        "{out}"
    );
    // --html on standard input.
    let found = extract(&w, "<x>5 people died &amp; more</x>", &["--html"]);
    assert_eq!(found[0]["sentence"], "5 people died & more");
}

#[test]
fn plain_text_with_angle_brackets_is_unchanged() {
    let w = Workdir::new();
    let text = "Fewer than <10 people died, a<b officials said.\nAt least 26 people were killed & 3 injured.";
    let sniffed = extract(&w, text, &[]);
    assert_eq!(sniffed, extract(&w, text, &["--text"]));
    assert!(
        sniffed
            .iter()
            .any(|r| r["sentence"].as_str().unwrap().contains("& 3"))
    );
    assert_eq!(sniffed.len(), 3, "{sniffed:?}");
}

#[test]
fn a_long_page_streams_every_paragraph() {
    let w = Workdir::new();
    let mut page = String::from("<html><body>");
    for i in 1..=3000 {
        page.push_str(&format!(
            "<p>At least <b>{i}</b> people were killed, police said.</p>\n"
        ));
    }
    page.push_str("</body></html>");
    let found = extract(&w, &page, &[]);
    assert_eq!(found.len(), 3000);
    assert_eq!(found[2999]["low"], 3000);
}

#[test]
fn a_run_with_no_sentence_break_is_one_line_and_exit_1() {
    let w = Workdir::new();
    let long = format!("Three died. Then{}", " word".repeat(20_000));
    let out = w
        .cmd(&["extract", "-", "--published", "2022-01-08"])
        .write_stdin(long)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("character 12") && err.contains("no sentence break"),
        "{err}"
    );
    // The records before it were printed.
    assert!(String::from_utf8(out.stdout).unwrap().contains("\"low\":3"));
}
