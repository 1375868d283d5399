//! Unit tests of reading and writing claims.

use super::*;
use crate::domain::{Claim, Lang};
use crate::report::fixture::ClaimBuilder;
use crate::store::names::Party;
use crate::store::{Action, Origin, Store};
use chrono::NaiveDate;

fn sample(store: &Store) -> Claim {
    store.ensure_event("kz").unwrap();
    ClaimBuilder::deaths(26)
        .qualifier("armed criminals")
        .source("franceinfo")
        .by("Interior Ministry")
        .day(7)
        .lang(Lang::from_code("fr").unwrap().code())
        .tag("official")
        .build()
}

#[test]
fn a_claim_round_trips_through_the_store() {
    let store = Store::open_in_memory().unwrap();
    let claim = sample(&store);
    let n = store
        .insert_claim(&claim, Origin::Add, "")
        .unwrap()
        .unwrap();
    let back = store.find_claim(&n.to_string()).unwrap();
    assert_eq!(back.value, claim.value);
    assert_eq!(back.qualifier, "armed criminals");
    assert_eq!(back.source, "franceinfo");
    assert_eq!(back.tags, vec!["official".to_string()]);
    assert_eq!(store.find_claim(&back.id).unwrap().number, n);
    assert_eq!(store.find_claim(&back.id[..12]).unwrap().number, n);
    assert_eq!(store.history(n).unwrap()[0].action, "add");
}

#[test]
fn the_store_refuses_controls_whatever_path_a_claim_takes() {
    let store = Store::open_in_memory().unwrap();
    let mut claim = sample(&store);
    claim.source = "AF\u{1b}P".into();
    let err = store.insert_claim(&claim, Origin::Add, "").unwrap_err();
    assert!(
        err.to_string().starts_with("source: character 3 is U+001B"),
        "{err}"
    );
    claim.source = "AFP".into();
    let n = store
        .insert_claim(&claim, Origin::Add, "")
        .unwrap()
        .unwrap();
    let mut edited = store.find_claim(&n.to_string()).unwrap();
    edited.url = "javascript:alert(1)".into();
    let err = store.update_claim(&edited, Action::Edit, "").unwrap_err();
    assert!(err.to_string().starts_with("url: "), "{err}");
    assert_eq!(store.claim_count().unwrap(), 1);
    assert!(
        store
            .party_id(Party::Source, "AF\u{1b}P")
            .unwrap()
            .is_none()
    );
}

#[test]
fn the_same_global_id_is_added_once() {
    let store = Store::open_in_memory().unwrap();
    let mut claim = sample(&store);
    claim.id = "kz22-001".into();
    assert!(
        store
            .insert_claim(&claim, Origin::Import, "")
            .unwrap()
            .is_some()
    );
    assert!(
        store
            .insert_claim(&claim, Origin::Import, "")
            .unwrap()
            .is_none()
    );
    assert_eq!(store.claim_count().unwrap(), 1);
}

#[test]
fn history_is_append_only() {
    let store = Store::open_in_memory().unwrap();
    let n = store
        .insert_claim(&sample(&store), Origin::Add, "")
        .unwrap()
        .unwrap();
    let mut removed = store.find_claim(&n.to_string()).unwrap();
    removed.deleted = true;
    store.update_claim(&removed, Action::Rm, "").unwrap();
    assert!(store.db.batch("DELETE FROM claim_history").is_err());
    assert!(
        store
            .db
            .batch("UPDATE claim_history SET action = 'x'")
            .is_err()
    );
    assert!(store.db.batch("DELETE FROM claims").is_err());
    let history = store.history(n).unwrap();
    let actions: Vec<&str> = history.iter().map(|h| h.action.as_str()).collect();
    assert_eq!(actions, ["add", "rm"]);
}

#[test]
fn filters_narrow_the_list() {
    let store = Store::open_in_memory().unwrap();
    let claim = sample(&store);
    store.insert_claim(&claim, Origin::Add, "").unwrap();
    let mut other = claim.clone();
    other.metric = "injured".into();
    other.qualifier = String::new();
    other.source = "AFP".into();
    other.as_of = When::Day(NaiveDate::from_ymd_opt(2022, 1, 9).unwrap());
    store.insert_claim(&other, Origin::Add, "").unwrap();
    let all = store.claims(&ClaimFilter::default()).unwrap();
    assert_eq!(all.len(), 2);
    let by_source = ClaimFilter {
        source: Some("afp".into()),
        ..Default::default()
    };
    assert_eq!(store.claims(&by_source).unwrap().len(), 1);
    let until_8th = ClaimFilter {
        to: When::parse_iso("2022-01-08"),
        ..Default::default()
    };
    assert_eq!(store.claims(&until_8th).unwrap().len(), 1);
    let by_qualifier = ClaimFilter {
        qualifier: Some("Armed Criminals".into()),
        ..Default::default()
    };
    assert_eq!(store.claims(&by_qualifier).unwrap().len(), 1);
}
