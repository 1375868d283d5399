//! `claimlog source merge A B` and `claimlog claimant merge A B`: fold two
//! names of one body into one, in one transaction; `--dry-run` lists the
//! claims that would move.

use super::{Ctx, note, plural, print_claims};
use crate::domain::Claim;
use crate::store::names::Party;
use crate::store::{Merged, Store};
use anyhow::Result;

/// Folds `from` into `into` (or rehearses it), says what moved on stderr
/// and prints the claims that moved.
pub fn run(ctx: &Ctx, party: Party, from: &str, into: &str, dry_run: bool) -> Result<()> {
    {
        use crate::text::{Rule, check_all};
        check_all([("A", from, Rule::Name), ("B", into, Rule::Name)])?;
    }
    let store = ctx.open()?;
    let merged = if dry_run {
        store.rehearse(|s| s.merge_party(party, from, into))?
    } else {
        store.write(|s| s.merge_party(party, from, into))?
    };
    note(summary(party, &merged, dry_run));
    print_claims(ctx.style, &claims(&store, &merged)?)
}

/// One line: how many claims move, and which names become aliases.
fn summary(party: Party, merged: &Merged, dry_run: bool) -> String {
    let names = merged
        .names
        .iter()
        .map(|n| format!("'{n}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let (from, into) = (&merged.from, &merged.into);
    let claims = plural(merged.claims.len(), "claim");
    let noun = party.noun();
    let one = merged.names.len() == 1;
    if dry_run {
        let what = if one { "an alias" } else { "aliases" };
        format!(
            "dry run: merging {noun} '{from}' into '{into}' would move {claims} and make {names} {what} of '{into}'"
        )
    } else {
        let what = if one {
            "is now an alias"
        } else {
            "are now aliases"
        };
        format!("merged {noun} '{from}' into '{into}': {claims} moved; {names} {what} of '{into}'")
    }
}

/// The claims a merge moved, as they now read (after a dry run: as they
/// still read).
fn claims(store: &Store, merged: &Merged) -> Result<Vec<Claim>> {
    // `#N`: the local number, never a global id that happens to be digits.
    Ok(merged
        .claims
        .iter()
        .map(|n| store.find_claim(&format!("#{n}")))
        .collect::<crate::store::Result<_>>()?)
}
