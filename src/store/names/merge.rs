//! Folding one source or claimant into another (`claimlog claimant merge
//! A B`): A's name and aliases become aliases of B, A's claims move to B
//! with a `merge` line in each one's history, and A is gone. The caller
//! runs it in one transaction (`Store::write`, or `Store::rehearse` for a
//! dry run), so it happens whole or not at all.

use super::Party;
use crate::store::db::args;
use crate::store::{Action, Result, Store, StoreError};
use serde_json::json;

/// What a merge did (or, rehearsed, would do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// A's main name, as stored.
    pub from: String,
    /// B's main name, as stored.
    pub into: String,
    /// A's name and aliases, now aliases of B.
    pub names: Vec<String>,
    /// The local numbers of the claims moved, removed ones included.
    pub claims: Vec<i64>,
}

impl Store {
    /// Folds the source or claimant `from` into `into` (either given by
    /// any of its names). Unknown names and a name merged into itself are
    /// refused before anything changes.
    pub fn merge_party(&self, party: Party, from: &str, into: &str) -> Result<Merged> {
        let from_id = self.require_party(party, from)?;
        let into_id = self.require_party(party, into)?;
        if from_id == into_id {
            return Err(StoreError::Invalid(format!(
                "'{}' and '{}' are already one {}",
                from.trim(),
                into.trim(),
                party.noun()
            )));
        }
        let merged = Merged {
            from: self.party_name(party, from_id)?,
            into: self.party_name(party, into_id)?,
            names: self.party_aliases(party, from_id)?,
            claims: self.party_claim_numbers(party, from_id)?,
        };
        self.move_claims(party, &merged, from_id, into_id)?;
        self.move_names(party, from_id, into_id)?;
        Ok(merged)
    }

    /// The id behind a name that must exist; an unknown one suggests the
    /// closest known name.
    fn require_party(&self, party: Party, name: &str) -> Result<i64> {
        if let Some(id) = self.party_id(party, name)? {
            return Ok(id);
        }
        let noun = party.noun();
        let name = name.trim();
        Err(StoreError::NotFound(match self.lookalike(party, name)? {
            Some(known) => format!("no {noun} '{name}'; did you mean '{known}'?"),
            None => format!("no {noun} '{name}' (`claimlog {noun} list` shows them)"),
        }))
    }

    fn party_name(&self, party: Party, id: i64) -> Result<String> {
        let sql = format!("SELECT name FROM {} WHERE id = ?1", party.table());
        self.db.value(&sql, args![id])
    }

    /// Every name a source or claimant goes by, its main name included.
    fn party_aliases(&self, party: Party, id: i64) -> Result<Vec<String>> {
        let sql = format!(
            "SELECT alias FROM {} WHERE {} = ?1 ORDER BY alias",
            party.alias_table(),
            party.key()
        );
        self.db.all(&sql, args![id], |r| r.get(0))
    }

    fn party_claim_numbers(&self, party: Party, id: i64) -> Result<Vec<i64>> {
        let sql = format!(
            "SELECT id FROM claims WHERE {} = ?1 ORDER BY id",
            party.key()
        );
        self.db.all(&sql, args![id], |r| r.get(0))
    }

    /// Points A's claims at B; each one's history says from which name to
    /// which, in the shape of an edit (`{field: {from, to}}`).
    fn move_claims(&self, party: Party, merged: &Merged, from_id: i64, into_id: i64) -> Result<()> {
        let field = match party {
            Party::Source => "source",
            Party::Claimant => "claimant",
        };
        let detail = json!({ field: {"from": merged.from, "to": merged.into} }).to_string();
        let sql = format!(
            "UPDATE claims SET {key} = ?1 WHERE {key} = ?2",
            key = party.key()
        );
        self.db.execute(&sql, args![into_id, from_id])?;
        for number in &merged.claims {
            self.append_history(*number, Action::Merge, &detail)?;
        }
        if party == Party::Claimant {
            self.move_citing(merged, from_id, into_id)?;
        }
        Ok(())
    }

    /// Claims that cite A now cite B (A is about to go), each with a
    /// history line saying so.
    fn move_citing(&self, merged: &Merged, from_id: i64, into_id: i64) -> Result<()> {
        let citing: Vec<i64> = self.db.all(
            "SELECT id FROM claims WHERE citing_id = ?1 ORDER BY id",
            args![from_id],
            |r| r.get(0),
        )?;
        let detail = json!({ "citing": {"from": merged.from, "to": merged.into} }).to_string();
        self.db.execute(
            "UPDATE claims SET citing_id = ?1 WHERE citing_id = ?2",
            args![into_id, from_id],
        )?;
        for number in citing {
            self.append_history(number, Action::Merge, &detail)?;
        }
        Ok(())
    }

    /// A's names become B's aliases; A's home page goes to B when B has
    /// none; then A, which nothing points to any more, is deleted.
    fn move_names(&self, party: Party, from_id: i64, into_id: i64) -> Result<()> {
        let sql = format!(
            "UPDATE {} SET {key} = ?1 WHERE {key} = ?2",
            party.alias_table(),
            key = party.key()
        );
        self.db.execute(&sql, args![into_id, from_id])?;
        if party == Party::Source {
            self.db.execute(
                "UPDATE sources SET url = (SELECT url FROM sources WHERE id = ?2) \
                 WHERE id = ?1 AND url = ''",
                args![into_id, from_id],
            )?;
        }
        let sql = format!("DELETE FROM {} WHERE id = ?1", party.table());
        self.db.execute(&sql, args![from_id])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::names::NamedRow;

    fn desk() -> Store {
        let store = Store::open_in_memory().unwrap();
        store
            .add_party(Party::Claimant, "UN OCHA", &["Bureau de l'ONU".into()], "")
            .unwrap();
        store.add_party(Party::Claimant, "OCHA", &[], "").unwrap();
        store
    }

    #[test]
    fn names_become_aliases_of_the_one_kept() {
        let store = desk();
        let merged = store
            .merge_party(Party::Claimant, "bureau de l'onu", "ocha")
            .unwrap();
        assert_eq!(
            (merged.from.as_str(), merged.into.as_str()),
            ("UN OCHA", "OCHA")
        );
        assert_eq!(merged.names, ["Bureau de l'ONU", "UN OCHA"]);
        assert!(merged.claims.is_empty());
        assert_eq!(
            store.parties(Party::Claimant).unwrap(),
            [NamedRow {
                name: "OCHA".into(),
                aliases: vec!["Bureau de l'ONU".into(), "UN OCHA".into()],
                claims: 0,
            }]
        );
    }

    #[test]
    fn unknown_and_identical_names_are_refused() {
        let store = desk();
        let err = store
            .merge_party(Party::Claimant, "UN OCHA", "OCHAA")
            .unwrap_err()
            .to_string();
        assert_eq!(err, "no claimant 'OCHAA'; did you mean 'OCHA'?");
        let err = store
            .merge_party(Party::Claimant, "Bureau de l'ONU", "un ocha")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "'Bureau de l'ONU' and 'un ocha' are already one claimant"
        );
        assert_eq!(store.parties(Party::Claimant).unwrap().len(), 2);
    }
}
