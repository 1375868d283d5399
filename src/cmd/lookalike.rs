//! "Did you mean": before `add` or `edit` creates a source or claimant, a
//! name that looks like one the database knows (another spelling,
//! initials, a known alias) stops the command, so a typo never starts a
//! second series for one claimant. `--new-name` keeps the name as given.
//! `import` creates its names without asking (files are often exports of
//! another log) and only warns.

use crate::store::Store;
use crate::store::names::Party;
use crate::store::names::similar::Spellings;
use anyhow::{Result, bail};
use std::collections::HashSet;

/// The names and aliases of sources and claimants before an import, to
/// tell afterwards which names it brought.
pub struct Known {
    spellings: [Vec<(String, String)>; 2],
}

/// Past this many comparisons (new names × known spellings) an import
/// skips the warnings rather than make the user wait for them (about a
/// second in a debug build, far less in a release one).
const MOST_COMPARISONS: usize = 200_000;

const PARTIES: [Party; 2] = [Party::Source, Party::Claimant];

impl Known {
    pub fn read(store: &Store) -> Result<Known> {
        Ok(Known {
            spellings: [
                store.party_spellings(PARTIES[0])?,
                store.party_spellings(PARTIES[1])?,
            ],
        })
    }

    /// A warning for each name an import created that looks like one the
    /// database knew before it (printed once the import is announced).
    pub fn lookalikes(&self, store: &Store) -> Result<Vec<String>> {
        let mut warnings = Vec::new();
        for (party, before) in PARTIES.into_iter().zip(&self.spellings) {
            let known: HashSet<&str> = before.iter().map(|(_, main)| main.as_str()).collect();
            let after = store.party_spellings(party)?;
            let mut new: Vec<&str> = after
                .iter()
                .map(|(_, main)| main.as_str())
                .filter(|main| !known.contains(main))
                .collect();
            new.sort_unstable();
            new.dedup();
            if new.len().saturating_mul(before.len()) > MOST_COMPARISONS {
                continue;
            }
            let before = Spellings::new(before);
            let noun = party.noun();
            for name in new {
                if let Some(close) = before.most_like(name) {
                    warnings.push(format!(
                        "warning: new {noun} '{name}' looks like '{close}', which exists: another spelling in the file? (`claimlog {noun} merge` folds them)"
                    ));
                }
            }
        }
        Ok(warnings)
    }
}

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
