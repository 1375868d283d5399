//! `import --update`: a row whose id is already in the database brings its
//! differences as an edit of that claim (the old values stay in its
//! history), so a log can go out to a spreadsheet and come back.
//!
//! A column the sheet leaves out leaves that field as it was; a cell left
//! empty clears it. A name spelled in another case than the stored one is
//! the same name, not an edit. One id on two rows is refused: which row is
//! the claim?

use crate::cmd::edit::{Edited, changes};
use crate::domain::Claim;
use crate::interchange::{Fields, Record};
use crate::store::{Action, Store};
use std::collections::HashMap;

/// What a row is to `--update`.
pub enum Row {
    /// No id, or an id the database does not hold: a claim to add.
    New,
    /// A claim already there: the row's fields over the stored ones, and
    /// the stored claim.
    Merged(Fields<'static>, Box<Claim>),
}

/// The ids met so far (folded), with the line of each.
#[derive(Default)]
pub struct Seen(HashMap<String, u64>);

impl Seen {
    /// Reads one row: new, or merged over the claim its id names.
    pub fn take(&mut self, store: &Store, line: u64, fields: &Fields) -> Result<Row, String> {
        let id = fields.get("id");
        if id.is_empty() {
            return Ok(Row::New);
        }
        let Some(number) = store.claim_number_by_gid(id).map_err(|e| e.to_string())? else {
            return Ok(Row::New);
        };
        if let Some(first) = self.0.insert(id.to_lowercase(), line) {
            return Err(format!(
                "id: '{id}' is on line {first} too; a sheet gives each claim once"
            ));
        }
        let stored = store
            .find_claim(&format!("#{number}"))
            .map_err(|e| e.to_string())?;
        let merged = fields.over(Record::from_claim(&stored).to_csv_fields());
        Ok(Row::Merged(merged, Box::new(stored)))
    }
}

/// Makes the stored claim `before` read as `incoming` does, as one edit;
/// None when it already does. The claim keeps its number, its recorded
/// time and whether it was removed (`rm` is not a column).
pub fn apply(store: &Store, before: Claim, incoming: &Claim) -> Result<Option<Edited>, String> {
    let mut after = incoming.clone();
    after.number = before.number;
    after.id = before.id.clone();
    after.recorded_at = before.recorded_at;
    after.deleted = before.deleted;
    same_names_as(&mut after, &before);
    let diff = changes(&before, &after);
    if diff.is_empty() {
        return Ok(None);
    }
    let detail = serde_json::Value::Object(diff.clone()).to_string();
    store
        .update_claim(&after, Action::Edit, &detail)
        .map_err(|e| e.to_string())?;
    Ok(Some(Edited {
        number: before.number,
        id: before.id,
        changes: diff,
    }))
}

/// Names are looked up without case or extra spaces: a sheet that writes
/// `khabar 24` means the stored `Khabar 24`, so nothing changes.
fn same_names_as(after: &mut Claim, before: &Claim) {
    use crate::store::names::alias_key;
    for (new, old) in [
        (&mut after.source, &before.source),
        (&mut after.claimant, &before.claimant),
        (&mut after.citing, &before.citing),
        (&mut after.metric, &before.metric),
    ] {
        if alias_key(new) == alias_key(old) {
            new.clone_from(old);
        }
    }
}
