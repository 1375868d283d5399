//! Sources and claimants: found through their aliases, case-insensitively;
//! a name no claim uses any more folds into the one it becomes an alias of.

use super::{NamedRow, Party, alias_key, names_check, refuse};
use crate::store::db::{Dialect, NO_ARGS, args};
use crate::store::{Result, Store, StoreError, now};

impl Store {
    /// The id behind a name or alias, if any.
    pub fn party_id(&self, party: Party, name: &str) -> Result<Option<i64>> {
        let sql = format!(
            "SELECT {} FROM {} WHERE key = ?1",
            party.key(),
            party.alias_table()
        );
        self.db.first(&sql, args![alias_key(name)], |r| r.get(0))
    }

    /// The id behind a name, created when new; the flag says it was.
    pub fn ensure_party(&self, party: Party, name: &str) -> Result<(i64, bool)> {
        let name = name.trim();
        if let Some(id) = self.party_id(party, name)? {
            return Ok((id, false));
        }
        Ok((self.add_party(party, name, &[], "")?, true))
    }

    /// Adds a source or claimant with its aliases.
    pub fn add_party(
        &self,
        party: Party,
        name: &str,
        aliases: &[String],
        url: &str,
    ) -> Result<i64> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid(format!(
                "a {} needs a name",
                party.noun()
            )));
        }
        refuse(names_check(party.noun(), name, aliases))?;
        refuse(crate::text::check("url", url, crate::text::Rule::Url))?;
        for word in std::iter::once(name).chain(aliases.iter().map(|a| a.trim())) {
            if let Some(_id) = self.party_id(party, word)? {
                return Err(StoreError::Invalid(format!(
                    "'{word}' already names a {}",
                    party.noun()
                )));
            }
        }
        let id = match party {
            Party::Source => self.db.insert_new(
                "INSERT INTO sources (name, url, created_at) VALUES (?1, ?2, ?3)",
                args![name, url, now()],
            )?,
            Party::Claimant => self.db.insert_new(
                "INSERT INTO claimants (name, created_at) VALUES (?1, ?2)",
                args![name, now()],
            )?,
        };
        let sql = format!(
            "INSERT INTO {} (key, alias, {}) VALUES (?1, ?2, ?3)",
            party.alias_table(),
            party.key()
        );
        for word in std::iter::once(name).chain(aliases.iter().map(|a| a.trim())) {
            if !word.is_empty() {
                self.db.execute(&sql, args![alias_key(word), word, id])?;
            }
        }
        Ok(id)
    }

    /// Adds aliases to an existing source or claimant.
    pub fn add_aliases(&self, party: Party, name: &str, aliases: &[String]) -> Result<()> {
        let id = self
            .party_id(party, name)?
            .ok_or_else(|| StoreError::NotFound(format!("no {} '{name}'", party.noun())))?;
        refuse(names_check(party.noun(), "", aliases))?;
        let sql = format!(
            "INSERT INTO {} (key, alias, {}) VALUES (?1, ?2, ?3)",
            party.alias_table(),
            party.key()
        );
        for word in aliases.iter().map(|a| a.trim()).filter(|a| !a.is_empty()) {
            match self.party_id(party, word)? {
                Some(other) if other == id => {}
                Some(other) if self.party_claims(party, other)? == 0 => {
                    // A name created on the fly that no claim uses any more
                    // (its claims were edited to the right name): fold it,
                    // with its own aliases, into this one.
                    self.db.execute(
                        &format!(
                            "UPDATE {} SET {key} = ?1 WHERE {key} = ?2",
                            party.alias_table(),
                            key = party.key()
                        ),
                        args![id, other],
                    )?;
                    self.db.execute(
                        &format!("DELETE FROM {} WHERE id = ?1", party.table()),
                        args![other],
                    )?;
                }
                Some(_) => {
                    return Err(StoreError::Invalid(format!(
                        "'{word}' already names another {} that has claims (`claimlog edit N --by` moves them first)",
                        party.noun()
                    )));
                }
                None => {
                    self.db.execute(&sql, args![alias_key(word), word, id])?;
                }
            }
        }
        Ok(())
    }

    /// The existing source or claimant a new name most looks like (another
    /// spelling, initials, a known alias: `similar`), by its main name.
    /// `None` when the name exists already or looks like none.
    pub fn lookalike(&self, party: Party, name: &str) -> Result<Option<String>> {
        if name.trim().is_empty() || self.party_id(party, name)?.is_some() {
            return Ok(None);
        }
        let known = self.party_spellings(party)?;
        let known = super::similar::Spellings::new(&known);
        Ok(known.most_like(name.trim()).map(str::to_string))
    }

    /// Every name and alias of the sources or claimants, each with the
    /// main name it leads to: what "did you mean" compares a name with.
    pub fn party_spellings(&self, party: Party) -> Result<Vec<(String, String)>> {
        let sql = format!(
            "SELECT a.alias, p.name FROM {} a JOIN {} p ON p.id = a.{}",
            party.alias_table(),
            party.table(),
            party.key()
        );
        self.db.all(&sql, NO_ARGS, |r| Ok((r.get(0)?, r.get(1)?)))
    }

    /// How many claims (removed ones included) point to a source or claimant.
    fn party_claims(&self, party: Party, id: i64) -> Result<i64> {
        self.db.value(
            &format!("SELECT count(*) FROM claims WHERE {} = ?1", party.key()),
            args![id],
        )
    }

    pub fn parties(&self, party: Party) -> Result<Vec<NamedRow>> {
        // The aliases joined by a control character no name holds.
        let joined = match self.db.dialect() {
            Dialect::Sqlite => "group_concat(alias, char(31))",
            Dialect::Postgres => "string_agg(alias, chr(31))",
        };
        let sql = format!(
            "SELECT p.name, \
                    (SELECT {joined} FROM {alias} a WHERE a.{key} = p.id AND a.alias <> p.name), \
                    (SELECT count(*) FROM claims c WHERE c.{key} = p.id AND c.deleted = 0) \
             FROM {table} p ORDER BY lower(p.name)",
            alias = party.alias_table(),
            key = party.key(),
            table = party.table()
        );
        self.db.all(&sql, NO_ARGS, |r| {
            let aliases: Option<String> = r.get(1)?;
            let mut aliases: Vec<String> = aliases
                .map(|a| a.split('\u{1f}').map(str::to_string).collect())
                .unwrap_or_default();
            aliases.sort();
            Ok(NamedRow {
                name: r.get(0)?,
                aliases,
                claims: r.get(2)?,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_find_a_source_case_insensitively() {
        let store = Store::open_in_memory().unwrap();
        let id = store
            .add_party(
                Party::Source,
                "franceinfo",
                &["France Télévisions".into()],
                "",
            )
            .unwrap();
        assert_eq!(
            store.party_id(Party::Source, "FRANCEINFO").unwrap(),
            Some(id)
        );
        assert_eq!(
            store.party_id(Party::Source, "France Télévisions").unwrap(),
            Some(id)
        );
        let (again, created) = store.ensure_party(Party::Source, "Franceinfo").unwrap();
        assert_eq!((again, created), (id, false));
        let (_, created) = store.ensure_party(Party::Source, "AFP").unwrap();
        assert!(created);
    }

    #[test]
    fn an_unused_name_folds_into_the_alias_it_becomes() {
        let store = Store::open_in_memory().unwrap();
        let (im, _) = store
            .ensure_party(Party::Claimant, "Interior Ministry")
            .unwrap();
        store
            .ensure_party(Party::Claimant, "ministère de l'Intérieur")
            .unwrap();
        store
            .add_aliases(
                Party::Claimant,
                "Interior Ministry",
                &["ministère de l'Intérieur".into()],
            )
            .unwrap();
        assert_eq!(
            store
                .party_id(Party::Claimant, "Ministère de l'Intérieur")
                .unwrap(),
            Some(im)
        );
        assert_eq!(store.parties(Party::Claimant).unwrap().len(), 1);
    }
}
