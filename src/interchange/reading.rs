//! Reading incoming JSON records strictly: a duplicated key, or a value of
//! the wrong JSON type for its field (an array where a name belongs), is an
//! error naming the key, never a silent last-one-wins or a joined string.

use super::{COLUMNS, FieldError, Fields, IGNORED_KEYS, column_index};
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value as Json};
use std::fmt;

/// One item of incoming JSON: an object (with the first key it repeated,
/// if any), or anything else, which is not a record.
#[derive(Debug)]
pub enum Item {
    Object {
        map: Map<String, Json>,
        duplicate: Option<String>,
    },
    NotAnObject,
}

impl Item {
    /// The object, or why it is not a record.
    pub fn into_object(self) -> Result<Map<String, Json>, String> {
        match self {
            Item::Object {
                duplicate: Some(key),
                ..
            } => Err(format!("duplicated key '{key}'")),
            Item::Object { map, .. } => Ok(map),
            Item::NotAnObject => Err("not a JSON object".to_string()),
        }
    }
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Item, D::Error> {
        deserializer.deserialize_any(ItemVisitor)
    }
}

struct ItemVisitor;

impl<'de> Visitor<'de> for ItemVisitor {
    type Value = Item;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON record")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Item, A::Error> {
        // serde_json's own map keeps the last of two equal keys: read the
        // entries one by one to notice.
        let mut map = Map::new();
        let mut duplicate = None;
        while let Some(key) = access.next_key::<String>()? {
            let value: Json = access.next_value()?;
            if map.insert(key.clone(), value).is_some() && duplicate.is_none() {
                duplicate = Some(key);
            }
        }
        Ok(Item::Object { map, duplicate })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut access: A) -> Result<Item, A::Error> {
        while access.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Item::NotAnObject)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Item, E> {
        Ok(Item::NotAnObject)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Item, E> {
        Ok(Item::NotAnObject)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Item, E> {
        Ok(Item::NotAnObject)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Item, E> {
        Ok(Item::NotAnObject)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Item, E> {
        Ok(Item::NotAnObject)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Item, E> {
        Ok(Item::NotAnObject)
    }
}

/// Reads one JSON Lines record.
pub fn object_from_line(line: &str) -> Result<Map<String, Json>, String> {
    serde_json::from_str::<Item>(line)
        .map_err(|e| format!("not a JSON record: {e}"))?
        .into_object()
}

/// An object of an incoming array, or why that item is not a record.
pub type ArrayItem = Result<Map<String, Json>, String>;

/// Reads a JSON array of records; each item is an object or why it is not.
pub fn objects_from_array(text: &str) -> Result<Vec<ArrayItem>, String> {
    let items: Vec<Item> = serde_json::from_str(text).map_err(|e| e.to_string())?;
    Ok(items.into_iter().map(Item::into_object).collect())
}

/// The JSON type of a value, for messages.
fn type_name(value: &Json) -> &'static str {
    match value {
        Json::Null => "null",
        Json::Bool(_) => "true/false",
        Json::Number(_) => "a number",
        Json::String(_) => "text",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

impl Fields<'static> {
    /// Reads one JSON object (a JSONL line or an array item). Every field
    /// takes text (or null); besides, `value`, `low` and `high` take a
    /// number, `approx` true or false, and `tags` an array of texts.
    pub fn from_json(object: &Map<String, Json>) -> Result<Fields<'static>, FieldError> {
        let mut fields = Fields::new();
        for (key, value) in object {
            if IGNORED_KEYS.contains(&key.as_str()) {
                continue;
            }
            let Some(index) = column_index(key) else {
                return Err(FieldError {
                    field: "record",
                    message: format!("unknown key '{key}' (known: {})", COLUMNS.join(", ")),
                });
            };
            let field = COLUMNS[index];
            let wrong = || FieldError {
                field,
                message: format!("holds {}, where text belongs", type_name(value)),
            };
            let text = match (field, value) {
                (_, Json::Null) => String::new(),
                (_, Json::String(s)) => s.clone(),
                ("approx", Json::Bool(b)) => b.to_string(),
                ("value" | "low" | "high", Json::Number(n)) => n.to_string(),
                ("tags", Json::Array(items)) => {
                    tags_text(items).map_err(|message| FieldError { field, message })?
                }
                _ => return Err(wrong()),
            };
            fields.set_at(index, text);
        }
        Ok(fields)
    }
}

/// A JSON array of tags as the `;`-separated column text. A tag holding
/// `;` would come back as two tags from CSV, so it is refused.
fn tags_text(items: &[Json]) -> Result<String, String> {
    let mut tags = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Json::String(tag) => {
                if let Some(why) = crate::domain::tag_problem(tag) {
                    return Err(why);
                }
                tags.push(tag.as_str());
            }
            other => {
                return Err(format!(
                    "holds {} in its array, not a tag",
                    type_name(other)
                ));
            }
        }
    }
    Ok(tags.join(";"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(line: &str) -> Result<Fields<'static>, String> {
        let object = object_from_line(line)?;
        Fields::from_json(&object).map_err(|e| e.to_string())
    }

    #[test]
    fn a_duplicated_key_is_named() {
        let err = fields(r#"{"event":"kz","source":"AFP","source":"Reuters"}"#).unwrap_err();
        assert_eq!(err, "duplicated key 'source'");
    }

    #[test]
    fn arrays_and_objects_where_text_belongs_are_refused() {
        assert_eq!(
            fields(r#"{"source":["AFP","Reuters"]}"#).unwrap_err(),
            "source: holds an array, where text belongs"
        );
        assert_eq!(
            fields(r#"{"claimant":{"name":"x"}}"#).unwrap_err(),
            "claimant: holds an object, where text belongs"
        );
        assert_eq!(
            fields(r#"{"source":12}"#).unwrap_err(),
            "source: holds a number, where text belongs"
        );
        assert_eq!(
            fields(r#"{"approx":"maybe","tags":[1]}"#).unwrap_err(),
            "tags: holds a number in its array, not a tag"
        );
        assert_eq!(
            fields(r#"{"value":true}"#).unwrap_err(),
            "value: holds true/false, where text belongs"
        );
    }

    #[test]
    fn numbers_bools_and_tag_arrays_fit_their_fields() {
        let f = fields(
            r#"{"value":26,"low":26,"high":30.5,"approx":true,"tags":["official","echo"],"number":3,"history":[]}"#,
        )
        .unwrap();
        assert_eq!(f.get("value"), "26");
        assert_eq!(f.get("high"), "30.5");
        assert_eq!(f.get("approx"), "true");
        assert_eq!(f.get("tags"), "official;echo");
    }

    #[test]
    fn a_tag_holding_a_semicolon_is_refused() {
        let err = fields(r#"{"tags":["a;b"]}"#).unwrap_err();
        assert!(err.starts_with("tags: tag 'a;b' holds ';'"), "{err}");
    }

    #[test]
    fn arrays_say_which_items_are_not_records() {
        let items = objects_from_array(r#"[{"event":"kz"}, 3, {"a":1,"a":2}]"#).unwrap();
        assert!(items[0].is_ok());
        assert_eq!(items[1].as_ref().unwrap_err(), "not a JSON object");
        assert_eq!(items[2].as_ref().unwrap_err(), "duplicated key 'a'");
    }
}
