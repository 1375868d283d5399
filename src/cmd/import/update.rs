//! `import --update`: a row whose id is already in the database brings its
//! differences as an edit of that claim (the old values stay in its
//! history), so a log can go out to a spreadsheet and come back.

use crate::cmd::edit::{Edited, changes};
use crate::domain::Claim;
use crate::store::{Action, Store};

/// Makes the claim with `incoming`'s global id read as `incoming` does,
/// as one edit; None when it already does. The claim keeps its number,
/// its recorded time and whether it was removed (`rm` is not a column).
pub fn apply(store: &Store, incoming: &Claim) -> Result<Option<Edited>, String> {
    let number = store
        .claim_number_by_gid(&incoming.id)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("id: no claim '{}' to update", incoming.id))?;
    let before = store
        .find_claim(&format!("#{number}"))
        .map_err(|e| e.to_string())?;
    let mut after = incoming.clone();
    after.number = before.number;
    after.id = before.id.clone();
    after.recorded_at = before.recorded_at;
    after.deleted = before.deleted;
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
