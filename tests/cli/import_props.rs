//! Property tests of import: whatever bytes it is given, it never panics,
//! and when it fails the database is exactly as it was.

use claimlog::cmd::import::import_records;
use claimlog::store::{Store, StoreError};
use proptest::prelude::*;

/// A store holding two claims, so "unchanged" is about real data.
fn seeded() -> Store {
    let store = Store::open_in_memory().expect("store");
    let seed = "event,metric,value,as_of,source,claimant\n\
                kz,deaths,26,2022-01-07,franceinfo,Interior Ministry\n\
                kz,injured,about 1000,2022-01-07,AFP,\n";
    store
        .write(|s| {
            import_records(s, seed.as_bytes(), false, "seed.csv", false)
                .map_err(|e| StoreError::Invalid(format!("{e:#}")))
        })
        .expect("seed");
    store
}

/// Every table's row count and a check of the invariants.
fn fingerprint(store: &Store) -> Vec<(String, i64)> {
    let health = store.check().expect("check");
    assert!(health.ok(), "{:?}", health.problems);
    health.counts
}

/// Imports `input` the way `claimlog import` does (one transaction) and
/// checks a failure left nothing behind.
fn import_leaves_all_or_nothing(input: &[u8], jsonl: bool) -> Result<(), TestCaseError> {
    let store = seeded();
    let before = fingerprint(&store);
    let result = store.write(|s| {
        import_records(s, input, jsonl, "input", false)
            .map_err(|e| StoreError::Invalid(format!("{e:#}")))
    });
    let after = fingerprint(&store);
    match result {
        Ok(tally) => {
            let claims = |counts: &[(String, i64)]| counts[0].1;
            prop_assert_eq!(claims(&after), claims(&before) + tally.added as i64);
        }
        Err(e) => {
            let message = e.to_string();
            // Every failure names the input (and, but for unreadable text,
            // the line). Field values are echoed as given, newlines too:
            // the binary prints any message on one line.
            prop_assert!(message.starts_with("input"), "{}", message);
            prop_assert_eq!(after, before);
        }
    }
    Ok(())
}

const COLUMNS: &[&str] = &[
    "id",
    "event",
    "metric",
    "qualifier",
    "kind",
    "value",
    "low",
    "high",
    "approx",
    "unit",
    "as_of",
    "said_at",
    "published_at",
    "source",
    "claimant",
    "url",
    "quote",
    "lang",
    "status",
    "note",
    "tags",
    "colour",
];

/// Field values that have tripped parsers before, and some noise.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "", "kz", "kz-unrest-2022", "Bad Slug", "deaths", "injured", "arrival", "weather",
            "26", "at least 26", "vingt-six", "8,000", "between 20 and 30", "dozens", "-", "lots",
            "1e308", "NaN", "-5", "2022-01-07", "2022-13-45", "2022-01-07T10:00:00+06:00",
            "Thursday", "jeudi", "count", "date", "text", "true", "maybe", "retracted",
            "superseded", "active", "en", "fr", "a;b", "\"", "a,b", "line\nbreak", "é", "\u{0}",
            "0193a5c2-7f3e-7c1a-9a55-0c2f6b1d9e41",
        ]).prop_map(String::from),
        1 => ".{0,12}",
    ]
}

fn csv_quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// A field for `column`: mostly a valid one, so imports get far (and some
/// fail after rows were already inserted), sometimes anything.
fn field_for(column: &'static str) -> BoxedStrategy<String> {
    let valid: Vec<&'static str> = match column {
        "event" => vec!["kz", "kz-unrest-2022"],
        "metric" => vec!["deaths", "injured", "detained"],
        "value" => vec![
            "26",
            "at least 26",
            "vingt-six",
            "8,000",
            "dozens",
            "between 20 and 30",
        ],
        "as_of" | "said_at" | "published_at" => {
            vec!["2022-01-07", "2022-01-08T10:00:00+06:00", ""]
        }
        _ => vec![""],
    };
    prop_oneof![
        6 => prop::sample::select(valid).prop_map(String::from),
        1 => field(),
    ]
    .boxed()
}

/// The columns of a header: event, metric and value, and a few others
/// (perhaps an unknown one), in any order.
fn header() -> impl Strategy<Value = Vec<&'static str>> {
    prop::sample::subsequence(COLUMNS.to_vec(), 0..5)
        .prop_map(|mut columns| {
            columns.retain(|c| !["event", "metric", "value"].contains(c));
            columns.extend(["event", "metric", "value"]);
            columns
        })
        .prop_shuffle()
}

/// CSV of tricky rows under such a header, now and then of the wrong length.
fn csv_text() -> impl Strategy<Value = String> {
    header().prop_flat_map(|header| {
        let row: Vec<BoxedStrategy<String>> = header.iter().map(|c| field_for(c)).collect();
        let row = (
            row,
            prop_oneof![8 => Just(0i8), 1 => Just(-1i8), 1 => Just(1i8)],
        );
        prop::collection::vec(row, 0..6).prop_map(move |rows| {
            let mut text = header.join(",");
            text.push('\n');
            for (mut fields, stretch) in rows {
                match stretch {
                    -1 => {
                        fields.pop();
                    }
                    1 => fields.push("extra".into()),
                    _ => {}
                }
                let fields: Vec<String> = fields.iter().map(|f| csv_quote(f)).collect();
                text.push_str(&fields.join(","));
                text.push('\n');
            }
            text
        })
    })
}

/// JSON Lines of objects with event, metric and value (and other keys,
/// perhaps unknown) whose values are of any JSON type, mixed with lines
/// that are not objects.
fn jsonl_text() -> impl Strategy<Value = String> {
    let value = |column: &'static str| {
        prop_oneof![
            8 => field_for(column).prop_map(serde_json::Value::from),
            1 => any::<f64>().prop_map(serde_json::Value::from),
            1 => any::<bool>().prop_map(serde_json::Value::from),
            1 => Just(serde_json::Value::Null),
            1 => prop::collection::vec(field(), 0..3).prop_map(serde_json::Value::from),
        ]
    };
    let object = header()
        .prop_flat_map(move |columns| {
            let values: Vec<_> = columns.iter().map(|c| value(c)).collect();
            (Just(columns), values)
        })
        .prop_map(|(columns, values)| {
            let map: serde_json::Map<String, serde_json::Value> =
                columns.into_iter().map(String::from).zip(values).collect();
            serde_json::Value::Object(map).to_string()
        });
    let line = prop_oneof![8 => object, 1 => ".{0,20}", 1 => Just("[1, 2]".to_string())];
    prop::collection::vec(line, 0..5).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_or_half_write(bytes in prop::collection::vec(any::<u8>(), 0..300), jsonl in any::<bool>()) {
        import_leaves_all_or_nothing(&bytes, jsonl)?;
    }

    #[test]
    fn arbitrary_text_never_panics_or_half_writes(text in ".{0,300}", jsonl in any::<bool>()) {
        import_leaves_all_or_nothing(text.as_bytes(), jsonl)?;
    }

    #[test]
    fn csv_shaped_input_imports_whole_or_not_at_all(text in csv_text()) {
        import_leaves_all_or_nothing(text.as_bytes(), false)?;
    }

    #[test]
    fn jsonl_shaped_input_imports_whole_or_not_at_all(text in jsonl_text()) {
        import_leaves_all_or_nothing(text.as_bytes(), true)?;
    }
}
