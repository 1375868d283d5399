//! schema.org JSON-LD, one node per claim, for fact-checking tools that
//! speak ClaimReview: a reviewed claim is a `ClaimReview` (the verdict,
//! with the `Claim` as `itemReviewed`), any other a plain `Claim`. Every
//! `Claim` has a stable `@id` made from its global id.
//!
//! A claim's `author` is its claimant (the outlet when unattributed), its
//! `appearance` the article that carried it (URL and publisher), and its
//! `firstAppearance` the earliest appearance of the same figure from the
//! same claimant.
//!
//! Each node is written by `script_safe`, so a line can be pasted into an
//! HTML `<script type="application/ld+json">` as it is: a name holding
//! `</script>` cannot close the element. Links are http(s) only.

use crate::domain::{Claim, Review, Value};
use serde_json::{Map, Value as Json, json};
use std::collections::HashMap;

/// What makes two claims "the same figure from the same claimant".
pub type FigureKey = (String, String, String, String, String);

pub fn figure_key(claim: &Claim) -> FigureKey {
    let (low, high) = super::bounds(&claim.value);
    let text = |b: Option<super::Bound>| b.map(|b| b.to_text()).unwrap_or_default();
    (
        format!("{}/{}/{}", claim.event, claim.metric, claim.qualifier),
        claim.series().to_string(),
        text(low),
        text(high),
        claim.kind().as_str().to_string(),
    )
}

/// When a claim first appeared: its published date, else said, else as_of.
/// For ordering, a bare day counts from its last second: "published on the
/// 7th" is not known to come before "published the 7th at 08:12".
fn appeared_at(claim: &Claim) -> (i64, String) {
    let when = claim.published_at.or(claim.said_at).unwrap_or(claim.as_of);
    let order = match when {
        crate::domain::When::Day(_) => when.timestamp() + 86_399,
        crate::domain::When::Instant(_) => when.timestamp(),
    };
    (order, when.to_iso())
}

/// The earliest appearance of each figure, gathered in one pass so the
/// export can stream.
#[derive(Debug, Default)]
pub struct FirstAppearances {
    first: HashMap<FigureKey, (i64, i64, Json)>,
}

impl FirstAppearances {
    pub fn add(&mut self, claim: &Claim) {
        let (ts, _) = appeared_at(claim);
        let key = figure_key(claim);
        let earlier = self
            .first
            .get(&key)
            .is_none_or(|(t, n, _)| (ts, claim.number) < (*t, *n));
        if earlier {
            self.first
                .insert(key, (ts, claim.number, appearance(claim)));
        }
    }

    pub fn of(&self, claim: &Claim) -> Option<&Json> {
        self.first.get(&figure_key(claim)).map(|(_, _, j)| j)
    }
}

/// A claimant as a schema.org `Person` or `Organization`: a person's name
/// opens with a title some language lists (`President Tokayev`, `Dr
/// Kluge`, `M. Dupont`, `porte-parole`) and does not end on a word of a
/// body (`President's Office`, `porte-parole du gouvernement` are bodies
/// speaking; `Ministry of Health` opens with no title). Anything else is
/// an organisation.
fn party(name: &str) -> Json {
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == '\'')
        .filter(|w| !w.is_empty())
        .map(|w| crate::text::words::fold_word(w.trim_end_matches(['.', ','])))
        .collect();
    let first = words.first().map(String::as_str).unwrap_or("");
    // A hyphenated title counts by its head too (`secretary-general`).
    let head = first.split('-').next().unwrap_or("");
    let titled = crate::lang::ALL
        .iter()
        .any(|l| l.persons.titles.iter().any(|t| *t == first || *t == head));
    let last = words.last().map(String::as_str).unwrap_or("");
    let body = crate::lang::ALL
        .iter()
        .any(|l| l.persons.bodies.contains(&last));
    let kind = if titled && !body {
        "Person"
    } else {
        "Organization"
    };
    json!({"@type": kind, "name": name})
}

/// The article a claim appeared in.
pub fn appearance(claim: &Claim) -> Json {
    let mut work = Map::new();
    work.insert("@type".into(), json!("CreativeWork"));
    // `javascript:` or `data:` from an older database is no source link.
    if crate::text::is_web_link(&claim.url) {
        work.insert("url".into(), json!(claim.url));
    }
    if !claim.source.is_empty() {
        work.insert(
            "publisher".into(),
            json!({"@type": "Organization", "name": claim.source}),
        );
    }
    if let Some(p) = claim.published_at {
        work.insert("datePublished".into(), json!(p.to_iso()));
    }
    Json::Object(work)
}

/// A short sentence stating the claim: "at least 225 deaths (security
/// forces)", "arrival (russian troops) on 2022-01-06".
pub fn claim_text(claim: &Claim) -> String {
    let qualifier = if claim.qualifier.is_empty() {
        String::new()
    } else {
        format!(" ({})", claim.qualifier)
    };
    match &claim.value {
        Value::Date(span) if span.start == span.end => {
            format!(
                "{}{} on {} (\"{}\")",
                claim.metric, qualifier, span.start, claim.text
            )
        }
        Value::Date(span) => format!(
            "{}{} between {} and {} (\"{}\")",
            claim.metric, qualifier, span.start, span.end, claim.text
        ),
        _ => format!("{} {}{}", claim.text, claim.metric, qualifier),
    }
}

/// A JSON-LD node on one line, safe inside an HTML `<script>` element:
/// `<`, `>` and `&` (and U+2028/U+2029, line ends to older JavaScript) are
/// written as `\u` escapes. They can only stand inside JSON strings, where
/// the escape means the same character, so the data is unchanged.
pub fn script_safe(node: &Json) -> String {
    let text = node.to_string();
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(ch),
        }
    }
    out
}

/// Google's limit on `claimReviewed`, in characters.
pub const CLAIM_REVIEWED_MAX: usize = 75;

/// The stable `@id` of a claim: a URN from its global id, percent-encoded
/// beyond the characters a URN keeps as they are.
pub fn claim_iri(claim: &Claim) -> String {
    let mut out = String::from("urn:claimlog:claim:");
    for byte in claim.id.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `text` cut to `max` characters at a word, with `…` when cut.
fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let head: String = text.chars().take(max - 1).collect();
    let cut = head
        .rfind(' ')
        .filter(|&i| i > max / 2)
        .unwrap_or(head.len());
    format!("{}…", head[..cut].trim_end())
}

/// Why a review cannot be published as a ClaimReview, if it cannot: Google
/// requires the article's `url` (a web link: a `javascript:` one from a
/// tampered file is never published) and an `author`.
pub fn unpublishable(review: &Review) -> Option<&'static str> {
    if review.url.is_empty() {
        Some("has no --url")
    } else if !crate::text::is_web_link(&review.url) {
        Some("has a --url that is no web link")
    } else if review.reviewer.is_empty() {
        Some("has no --reviewer")
    } else {
        None
    }
}

/// A reviewed claim as a schema.org `ClaimReview` with the claim as its
/// `itemReviewed`. The review must be publishable (`unpublishable`).
pub fn claim_review_of(claim: &Claim, first: &FirstAppearances, review: &Review) -> Json {
    let mut item = claim_review(claim, first);
    if let Some(item) = item.as_object_mut() {
        item.shift_remove("@context");
    }
    let mut rating = Map::new();
    rating.insert("@type".into(), json!("Rating"));
    rating.insert("alternateName".into(), json!(review.rating));
    if !review.explanation.is_empty() {
        rating.insert("ratingExplanation".into(), json!(review.explanation));
    }
    json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": review.url,
        "claimReviewed": shortened(&claim_text(claim), CLAIM_REVIEWED_MAX),
        "author": party(&review.reviewer),
        "datePublished": review.date.to_string(),
        "reviewRating": Json::Object(rating),
        "itemReviewed": item,
    })
}

/// One claim as a schema.org `Claim` in JSON-LD.
pub fn claim_review(claim: &Claim, first: &FirstAppearances) -> Json {
    let mut node = Map::new();
    node.insert("@context".into(), json!("https://schema.org"));
    node.insert("@type".into(), json!("Claim"));
    node.insert("@id".into(), json!(claim_iri(claim)));
    node.insert("identifier".into(), json!(claim.id));
    node.insert("text".into(), json!(claim_text(claim)));
    node.insert(
        "about".into(),
        json!({"@type": "Event", "name": claim.event}),
    );
    let author = if claim.claimant.is_empty() {
        json!({"@type": "Organization", "name": claim.source})
    } else {
        party(&claim.claimant)
    };
    node.insert("author".into(), author);
    let (_, published) = appeared_at(claim);
    node.insert("datePublished".into(), json!(published));
    if let Some(lang) = claim.lang {
        node.insert("inLanguage".into(), json!(lang.code()));
    }
    node.insert("appearance".into(), appearance(claim));
    if let Some(f) = first.of(claim) {
        node.insert("firstAppearance".into(), f.clone());
    }
    if !claim.tags.is_empty() {
        node.insert("keywords".into(), json!(claim.tags.join(", ")));
    }
    // A withdrawn or corrected figure says so (schema.org's status of a
    // creative work), with the reason or the correcting claim.
    match claim.status {
        crate::domain::Status::Active => {}
        crate::domain::Status::Retracted => {
            node.insert("creativeWorkStatus".into(), json!("retracted"));
            if !claim.retract_reason.is_empty() {
                node.insert(
                    "description".into(),
                    json!(format!("Withdrawn: {}", claim.retract_reason)),
                );
            }
        }
        crate::domain::Status::Superseded => {
            node.insert("creativeWorkStatus".into(), json!("superseded"));
            if let Some(by) = &claim.superseded_by {
                node.insert(
                    "description".into(),
                    json!(format!("Corrected by claim {by}")),
                );
            }
        }
    }
    Json::Object(node)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture::{claim, count, date};

    #[test]
    fn first_appearance_is_the_earliest_of_the_same_figure_and_claimant() {
        let mut late = claim(
            1,
            "deaths",
            "",
            count(26.0, 26.0),
            8,
            "Reuters",
            "Interior Ministry",
        );
        late.url = "https://example.org/late".into();
        let mut early = claim(
            2,
            "deaths",
            "",
            count(26.0, 26.0),
            7,
            "AFP",
            "Interior Ministry",
        );
        early.url = "https://example.org/early".into();
        let other = claim(
            3,
            "deaths",
            "",
            count(44.0, 44.0),
            6,
            "BBC",
            "Interior Ministry",
        );
        let mut first = FirstAppearances::default();
        for c in [&late, &early, &other] {
            first.add(c);
        }
        let node = claim_review(&late, &first);
        assert_eq!(node["firstAppearance"]["url"], "https://example.org/early");
        assert_eq!(node["appearance"]["url"], "https://example.org/late");
        assert_eq!(node["appearance"]["publisher"]["name"], "Reuters");
        assert_eq!(
            node["author"],
            json!({"@type": "Organization", "name": "Interior Ministry"})
        );
        assert_eq!(node["text"], "26 deaths");
        assert_eq!(
            claim_review(&other, &first)["firstAppearance"]["publisher"]["name"],
            "BBC"
        );
    }

    #[test]
    fn nodes_are_safe_inside_a_script_element() {
        let mut c = claim(
            1,
            "deaths",
            "",
            count(26.0, 26.0),
            7,
            "AFP & co\u{2028}",
            "</script><script>alert(1)</script>",
        );
        c.url = "javascript:alert(1)".into();
        let mut first = FirstAppearances::default();
        first.add(&c);
        let node = claim_review(&c, &first);
        let line = script_safe(&node);
        for raw in ["<", ">", "&", "\u{2028}", "\n"] {
            assert!(!line.contains(raw), "{raw:?} in {line}");
        }
        assert!(line.contains("\\u003c/script\\u003e"), "{line}");
        // The same data once parsed.
        assert_eq!(serde_json::from_str::<Json>(&line).unwrap(), node);
        assert_eq!(node["author"]["name"], "</script><script>alert(1)</script>");
        // A link that is not http(s) is left out, not passed on.
        assert!(node["appearance"].get("url").is_none(), "{node}");
        assert!(node["firstAppearance"].get("url").is_none(), "{node}");
        assert_eq!(node["appearance"]["publisher"]["name"], "AFP & co\u{2028}");
        c.url = "https://example.org/a?b=1&c=2".into();
        let node = claim_review(&c, &FirstAppearances::default());
        assert_eq!(node["appearance"]["url"], "https://example.org/a?b=1&c=2");
        assert!(script_safe(&node).contains("b=1\\u0026c=2"));
    }

    #[test]
    fn people_and_dates_read_naturally() {
        let c = claim(
            1,
            "arrival",
            "russian troops",
            date(6),
            7,
            "franceinfo",
            "President Tokayev",
        );
        let node = claim_review(&c, &FirstAppearances::default());
        assert_eq!(node["author"]["@type"], "Person");
        assert_eq!(
            node["text"],
            "arrival (russian troops) on 2022-01-06 (\"jeudi\")"
        );
        let unattributed = claim(2, "deaths", "", count(5.0, 5.0), 7, "AFP", "");
        assert_eq!(
            claim_review(&unattributed, &FirstAppearances::default())["author"]["name"],
            "AFP"
        );
    }

    #[test]
    fn people_are_told_from_bodies_in_either_language() {
        let kind = |name: &str| party(name)["@type"].as_str().unwrap().to_string();
        for person in [
            "President Tokayev",
            "Dr Hans Kluge",
            "Dr. Hans Kluge",
            "M. Jean Dupont",
            "Minister of Health Alexei Tsoi",
            "Ministre de l'Intérieur",
            "porte-parole du gouvernement Ivanov",
            "Secretary-General António Guterres",
            "Préfète Marie Martin",
        ] {
            assert_eq!(kind(person), "Person", "{person}");
        }
        for body in [
            "Ministry of Health",
            "porte-parole du gouvernement",
            "Minister's Office",
            "Interior Ministry",
            "ministère de l'Intérieur",
            "President's Office",
            "Red Crescent",
            "OCHA",
            "Kazinform",
        ] {
            assert_eq!(kind(body), "Organization", "{body}");
        }
    }
}
