//! An incoming record's fields, by column, as text: what CSV rows and JSON
//! objects are both read into before any field is checked, and the id of a
//! record that names none.

use super::{COLUMNS, column_index};
use std::borrow::Cow;

/// A bad field in an incoming record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

pub(super) fn bad(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError {
        field,
        message: message.into(),
    }
}

/// An incoming record's fields by column, as text (empty when absent).
/// CSV rows lend their text; JSON lines own theirs.
#[derive(Debug, Clone)]
pub struct Fields<'a> {
    values: Vec<Cow<'a, str>>,
    /// Which columns the record gave (a CSV header's, a JSON line's keys).
    present: Vec<bool>,
}

impl Default for Fields<'_> {
    fn default() -> Self {
        Fields::new()
    }
}

impl<'a> Fields<'a> {
    pub fn new() -> Fields<'a> {
        Fields {
            values: vec![Cow::Borrowed(""); COLUMNS.len()],
            present: vec![false; COLUMNS.len()],
        }
    }

    /// Sets a column by its index in `COLUMNS`.
    pub fn set_at(&mut self, index: usize, value: impl Into<Cow<'a, str>>) {
        self.values[index] = value.into();
        self.present[index] = true;
    }

    /// These fields over `base` (a stored claim's, in `COLUMNS` order): the
    /// columns the record gave, and `base`'s for the others, so a sheet
    /// that leaves a column out leaves it as it was.
    pub fn over(&self, base: Vec<String>) -> Fields<'static> {
        let mut out = Fields::new();
        for (i, stored) in base.into_iter().enumerate().take(COLUMNS.len()) {
            let value = if self.present[i] {
                self.values[i].to_string()
            } else {
                stored
            };
            out.set_at(i, value);
        }
        out
    }

    /// Sets a column by name; false when the name is not a column.
    pub fn set(&mut self, column: &str, value: impl Into<Cow<'a, str>>) -> bool {
        match column_index(column) {
            Some(i) => {
                self.set_at(i, value);
                true
            }
            None => false,
        }
    }

    /// How many bytes of text the record holds, all columns together.
    pub fn text_len(&self) -> usize {
        self.values.iter().map(|v| v.len()).sum()
    }

    /// A column's text, trimmed. Column names are checked by tests: an
    /// unknown name here is a bug, read as empty.
    pub fn get(&self, column: &str) -> &str {
        let index = match column {
            "id" => 0,
            "event" => 1,
            "metric" => 2,
            "qualifier" => 3,
            "kind" => 4,
            "value" => 5,
            "low" => 6,
            "high" => 7,
            "approx" => 8,
            "unit" => 9,
            "as_of" => 10,
            "said_at" => 11,
            "published_at" => 12,
            "source" => 13,
            "claimant" => 14,
            "citing" => 15,
            "url" => 16,
            "quote" => 17,
            "lang" => 18,
            "status" => 19,
            "note" => 20,
            "tags" => 21,
            "retracted_at" => 22,
            "reason" => 23,
            "retracted_by" => 24,
            "superseded_by" => 25,
            _ => return "",
        };
        self.values[index].trim()
    }
}

/// The namespace of ids derived from a record's content.
const CONTENT_ID_NAMESPACE: uuid::Uuid =
    uuid::Uuid::from_u128(0x7c1a_5e0d_2b4f_4c3a_9e61_c1a1_4e0b_0022);

/// The id of a record that has none: a name-based (v5) UUID of every other
/// field, so importing the same file twice still adds nothing.
pub fn content_id(fields: &Fields) -> String {
    let mut text = String::new();
    for name in &COLUMNS[1..] {
        // `citing` came later: left empty it adds nothing, so files
        // without ids written before it keep the ids they had.
        if *name == "citing" && fields.get(name).is_empty() {
            continue;
        }
        text.push_str(fields.get(name));
        text.push('\u{1f}');
    }
    uuid::Uuid::new_v5(&CONTENT_ID_NAMESPACE, text.as_bytes()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_match_the_columns() {
        let mut fields = Fields::new();
        for i in 0..COLUMNS.len() {
            fields.set_at(i, format!("v{i}"));
        }
        for (i, name) in COLUMNS.iter().enumerate() {
            assert_eq!(fields.get(name), format!("v{i}"), "{name}");
        }
    }

    #[test]
    fn fields_over_a_stored_record_keep_what_they_leave_out() {
        let mut sheet = Fields::new();
        sheet.set("id", "kz22-004");
        sheet.set("value", "9");
        sheet.set("note", "");
        let stored: Vec<String> = (0..COLUMNS.len()).map(|i| format!("s{i}")).collect();
        let merged = sheet.over(stored);
        assert_eq!(merged.get("value"), "9");
        assert_eq!(merged.get("note"), "", "a column given empty clears it");
        assert_eq!(merged.get("source"), "s13", "a column left out stays");
    }

    #[test]
    fn records_without_ids_get_the_same_id_each_time() {
        let mut a = Fields::new();
        a.set("event", "kz");
        a.set("value", "26");
        let mut b = a.clone();
        assert_eq!(content_id(&a), content_id(&b));
        b.set("source", "AFP");
        assert_ne!(content_id(&a), content_id(&b));
    }
}
