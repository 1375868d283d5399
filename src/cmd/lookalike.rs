//! "Did you mean": before `add` or `edit` creates a source or claimant, a
//! name that looks like one the database knows (another spelling,
//! initials, a known alias) stops the command, so a typo never starts a
//! second series for one claimant. `--new-name` keeps the name as given.

use crate::store::Store;
use crate::store::names::Party;
use anyhow::{Result, bail};

/// Refuses, in one line naming each, the new names in `names` that look
/// like existing ones; nothing has been written when it does.
pub fn refuse_lookalikes<'a>(
    store: &Store,
    names: impl IntoIterator<Item = (Party, &'a str)>,
) -> Result<()> {
    let mut seen: Vec<(Party, String)> = Vec::new();
    let mut hints: Vec<String> = Vec::new();
    for (party, name) in names {
        let name = name.trim();
        if seen.iter().any(|(p, n)| *p == party && n == name) {
            continue;
        }
        seen.push((party, name.to_string()));
        if let Some(known) = store.lookalike(party, name)? {
            hints.push(format!(
                "{} '{name}' is new; did you mean '{known}'?",
                party.noun()
            ));
        }
    }
    match hints.len() {
        0 => Ok(()),
        1 => bail!("{} (--new-name keeps it)", hints[0]),
        _ => bail!("{} (--new-name keeps them)", hints.join(" ")),
    }
}
