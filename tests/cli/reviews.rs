//! `review` and the ClaimReview export: verdicts kept in each claim's
//! history, published as schema.org `ClaimReview` nodes with the fields
//! Google's fact-check markup requires, checked against schema.org's own
//! definitions; incomplete reviews refused before anything is written.

use crate::interchange::Vocabulary;
use crate::workdir::Workdir;
use serde_json::Value;
use std::path::PathBuf;

fn samples() -> Workdir {
    let w = Workdir::new();
    let csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/kz-unrest-2022.csv");
    w.ok(&["import", csv.to_str().unwrap()]);
    w
}

fn review_41(w: &Workdir, rating: &str) {
    w.ok(&[
        "review",
        "41",
        "--rating",
        rating,
        "--explanation",
        "the Health Ministry withdrew the 164 the next day as a technical error",
        "--reviewer",
        "Desk Check",
        "--url",
        "https://example.org/checks/kz-164",
        "--date",
        "2022-01-11",
    ]);
}

fn nodes(w: &Workdir) -> Vec<Value> {
    w.ok(&["export", "--format", "claimreview"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn a_second_review_is_a_new_history_entry_and_the_latest_counts() {
    let w = samples();
    review_41(&w, "False");
    review_41(&w, "Misleading");
    let shown = w.json(&["show", "41"]);
    let reviews: Vec<&Value> = shown["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["action"] == "review")
        .collect();
    assert_eq!(reviews.len(), 2, "{shown}");
    assert_eq!(reviews[0]["detail"]["rating"], "False");
    assert_eq!(reviews[1]["detail"]["rating"], "Misleading");
    assert_eq!(shown["verdict"]["rating"], "Misleading", "{shown}");
    let table = w.ok(&["show", "41"]);
    assert!(table.contains("Misleading"), "{table}");
    let review = nodes(&w)
        .into_iter()
        .find(|n| n["@type"] == "ClaimReview")
        .unwrap();
    assert_eq!(review["reviewRating"]["alternateName"], "Misleading");
}

#[test]
fn a_reviewed_claim_is_a_claim_review_google_accepts() {
    let w = samples();
    review_41(&w, "False");
    let nodes = nodes(&w);
    assert_eq!(nodes.len(), w.count(), "one node per claim");
    let reviews: Vec<&Value> = nodes
        .iter()
        .filter(|n| n["@type"] == "ClaimReview")
        .collect();
    assert_eq!(reviews.len(), 1);
    let review = reviews[0];
    // Google's required and recommended fields.
    for key in [
        "url",
        "claimReviewed",
        "reviewRating",
        "author",
        "datePublished",
        "itemReviewed",
    ] {
        assert!(review.get(key).is_some(), "{key} missing: {review}");
    }
    assert!(review["claimReviewed"].as_str().unwrap().chars().count() <= 75);
    assert_eq!(review["reviewRating"]["@type"], "Rating");
    assert_eq!(review["reviewRating"]["alternateName"], "False");
    assert_eq!(review["url"], "https://example.org/checks/kz-164");
    assert_eq!(review["datePublished"], "2022-01-11");
    let item = &review["itemReviewed"];
    assert_eq!(item["@type"], "Claim");
    for key in [
        "appearance",
        "firstAppearance",
        "author",
        "datePublished",
        "@id",
    ] {
        assert!(
            item.get(key).is_some(),
            "itemReviewed.{key} missing: {item}"
        );
    }
    assert_eq!(item["author"]["name"], "Health Ministry");
    assert!(item.get("@context").is_none(), "one context, at the top");
    // Every node fits schema.org's definitions.
    let vocabulary = Vocabulary::load();
    let mut problems = Vec::new();
    for (i, node) in nodes.iter().enumerate() {
        vocabulary.check(node, &format!("node {i}"), &mut problems);
    }
    assert!(problems.is_empty(), "{problems:#?}");
    // The rest are plain claims, each with a stable @id of its own.
    let ids: Vec<&str> = nodes
        .iter()
        .filter(|n| n["@type"] == "Claim")
        .map(|n| n["@id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), nodes.len() - 1);
    let unique: std::collections::HashSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
    assert!(ids.contains(&"urn:claimlog:claim:kz22-001"), "{ids:?}");
    let again = self::nodes(&w);
    assert_eq!(again, nodes, "the same export twice");
}

#[test]
fn a_long_claim_is_cut_to_75_characters_at_a_word() {
    let w = samples();
    w.ok(&[
        "add",
        "kz-unrest-2022",
        "--metric",
        "deaths",
        "--value",
        "at least 225",
        "--qualifier",
        "civilians and members of the security forces in almaty and the southern regions",
        "--source",
        "AFP",
        "--said",
        "2022-01-15",
    ]);
    let number = w.count().to_string();
    w.ok(&[
        "review",
        &number,
        "--rating",
        "Accurate",
        "--reviewer",
        "Desk Check",
        "--url",
        "https://example.org/checks/225",
    ]);
    let review = nodes(&w)
        .into_iter()
        .find(|n| n["@type"] == "ClaimReview")
        .unwrap();
    let text = review["claimReviewed"].as_str().unwrap();
    assert!(text.chars().count() <= 75, "{text}");
    assert!(text.ends_with('…'), "{text}");
    assert!(text.starts_with("at least 225 deaths (civilians"), "{text}");
}

#[test]
fn a_review_without_url_or_reviewer_is_refused_at_export() {
    let w = samples();
    w.ok(&[
        "review",
        "41",
        "--rating",
        "False",
        "--reviewer",
        "Desk Check",
    ]);
    let out = w
        .cmd(&["export", "--format", "claimreview"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing written before the error");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("claim 41: its review has no --url"), "{err}");
    // Another event's export is not held up by it.
    w.ok(&["event", "add", "other"]);
    w.ok(&["export", "other", "--format", "claimreview"]);
    // A complete review later makes the export whole.
    review_41(&w, "False");
    assert_eq!(nodes(&w).len(), w.count());
}

#[test]
fn review_refuses_what_it_cannot_keep() {
    let w = samples();
    let before = w.snapshot();
    let err = w.fails(&["review", "999", "--rating", "False"], 1);
    assert!(err.contains("999"), "{err}");
    let err = w.fails(&["review", "41", "--rating", " "], 1);
    assert!(err.contains("--rating"), "{err}");
    let err = w.fails(
        &[
            "review",
            "41",
            "--rating",
            "False",
            "--url",
            "javascript:alert(1)",
        ],
        1,
    );
    assert!(err.contains("--url"), "{err}");
    let err = w.fails(&["review", "41", "--rating", "Fa\u{1b}[31mlse"], 1);
    assert!(err.contains("--rating"), "{err}");
    // An invisible character would make another "False".
    let err = w.fails(&["review", "41", "--rating", "False\u{200d}"], 1);
    assert!(err.contains("ZERO WIDTH JOINER"), "{err}");
    // A web link is checked as it is kept: trimmed.
    let err = w.fails(&["review", "41", "--rating", "F", "--url", "https:// "], 1);
    assert!(err.contains("not a web link"), "{err}");
    // Not before the claim was said, not after today.
    let err = w.fails(
        &["review", "42", "--rating", "F", "--date", "2022-01-08"],
        1,
    );
    assert!(
        err.contains("claim 42 was only said on 2022-01-09"),
        "{err}"
    );
    let err = w.fails(
        &["review", "42", "--rating", "F", "--date", "2999-01-01"],
        1,
    );
    assert!(err.contains("not later than today"), "{err}");
    assert_eq!(w.snapshot(), before, "nothing written");
    // A removed claim is restored before it is reviewed.
    w.ok(&["rm", "5"]);
    let err = w.fails(&["review", "5", "--rating", "False"], 1);
    assert!(err.contains("restore 5"), "{err}");
}

#[test]
fn a_review_url_that_is_no_web_link_is_never_published() {
    // Only a tampered or older file can hold one: review refuses it.
    let w = samples();
    w.sql(
        r#"INSERT INTO claim_history (claim_id, at, action, detail) VALUES (1, '2026-01-01T00:00:00Z', 'review', '{"rating":"False","reviewer":"R","url":"javascript:alert(1)","date":"2022-01-11"}')"#,
    );
    let out = w
        .cmd(&["export", "--format", "claimreview"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("claim 1: its review has a --url that is no web link"),
        "{err}"
    );
}

#[test]
fn people_are_persons_and_bodies_organizations() {
    let w = samples();
    w.ok(&[
        "add",
        "kz-unrest-2022",
        "--metric",
        "deaths",
        "--value",
        "225",
        "--by",
        "President Tokayev",
        "--source",
        "Reuters",
        "--said",
        "2022-01-15",
    ]);
    let nodes = nodes(&w);
    let author_type = |name: &str| {
        nodes
            .iter()
            .find(|n| n["author"]["name"] == name)
            .map(|n| n["author"]["@type"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(author_type("President Tokayev"), "Person");
    assert_eq!(author_type("Interior Ministry"), "Organization");
}
