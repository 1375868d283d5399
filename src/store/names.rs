//! Events, sources, claimants and metrics: the names claims point to.
//!
//! Sources and claimants are found through their aliases, case-insensitively
//! (`France Télévisions` and `franceinfo` can be one source); a name seen for
//! the first time creates a new one.

use super::{Result, Store, StoreError, now};
use crate::domain::Kind;
use crate::parse::lexicon::{Alias, Lexicon, builtin_aliases};
use rusqlite::{OptionalExtension, params};

/// An event with its claim count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub slug: String,
    pub title: String,
    pub note: String,
    pub created_at: String,
    pub claims: i64,
}

/// A source or claimant with its aliases and claim count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedRow {
    pub name: String,
    pub aliases: Vec<String>,
    pub claims: i64,
}

/// A metric with its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricRow {
    pub name: String,
    pub kind: Kind,
    pub builtin: bool,
    /// (word, lang) pairs; lang empty for any language.
    pub aliases: Vec<(String, String)>,
}

/// Which of the two alias-bearing tables a call is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    Source,
    Claimant,
}

impl Party {
    fn table(self) -> &'static str {
        match self {
            Party::Source => "sources",
            Party::Claimant => "claimants",
        }
    }
    fn alias_table(self) -> &'static str {
        match self {
            Party::Source => "source_aliases",
            Party::Claimant => "claimant_aliases",
        }
    }
    fn key(self) -> &'static str {
        match self {
            Party::Source => "source_id",
            Party::Claimant => "claimant_id",
        }
    }
    pub fn noun(self) -> &'static str {
        match self {
            Party::Source => "source",
            Party::Claimant => "claimant",
        }
    }
}

impl Store {
    pub(crate) fn seed_lexicon(&self) -> Result<()> {
        for alias in builtin_aliases() {
            let id = self.ensure_metric(&alias.metric, alias.kind, true)?;
            self.conn.execute(
                "INSERT OR IGNORE INTO metric_aliases (word, lang, metric_id) VALUES (?1, ?2, ?3)",
                params![alias.word, alias.lang, id],
            )?;
        }
        Ok(())
    }

    // ---- events -------------------------------------------------------

    pub fn event_id(&self, slug: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM events WHERE slug = ?1")?
            .query_row([slug], |r| r.get(0))
            .optional()?)
    }

    /// The id of an event that must exist; an unknown slug is an error that
    /// suggests the closest one, so a typo never starts a new story.
    pub fn require_event(&self, slug: &str) -> Result<i64> {
        if let Some(id) = self.event_id(slug)? {
            return Ok(id);
        }
        let slugs = self.event_slugs()?;
        Err(StoreError::NotFound(match closest(&slugs, slug, 0.7) {
            Some(s) => format!(
                "no event '{slug}'; did you mean '{s}'? (`claimlog event add {slug}` starts a new one)"
            ),
            None => format!("no event '{slug}' (`claimlog event add {slug}` starts it)"),
        }))
    }

    pub fn create_event(&self, slug: &str, title: &str, note: &str) -> Result<i64> {
        validate_slug(slug)?;
        refuse(crate::text::check_all([
            ("title", title, crate::text::Rule::Text),
            ("note", note, crate::text::Rule::Paragraph),
        ]))?;
        if self.event_id(slug)?.is_some() {
            return Err(StoreError::Invalid(format!(
                "event '{slug}' exists already"
            )));
        }
        self.conn.execute(
            "INSERT INTO events (slug, title, note, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![slug, title, note, now()],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// The id of an event, created when new (import names its events).
    pub fn ensure_event(&self, slug: &str) -> Result<(i64, bool)> {
        match self.event_id(slug)? {
            Some(id) => Ok((id, false)),
            None => Ok((self.create_event(slug, "", "")?, true)),
        }
    }

    pub fn event_slugs(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("SELECT slug FROM events ORDER BY slug")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn events(&self) -> Result<Vec<EventRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT e.slug, e.title, e.note, e.created_at, \
                    (SELECT count(*) FROM claims c WHERE c.event_id = e.id AND c.deleted = 0) \
             FROM events e ORDER BY e.slug",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(EventRow {
                slug: r.get(0)?,
                title: r.get(1)?,
                note: r.get(2)?,
                created_at: r.get(3)?,
                claims: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn event(&self, slug: &str) -> Result<EventRow> {
        self.require_event(slug)?;
        Ok(self
            .events()?
            .into_iter()
            .find(|e| e.slug == slug)
            .expect("event exists"))
    }

    // ---- sources and claimants -----------------------------------------

    /// The id behind a name or alias, if any.
    pub fn party_id(&self, party: Party, name: &str) -> Result<Option<i64>> {
        let sql = format!(
            "SELECT {} FROM {} WHERE key = ?1",
            party.key(),
            party.alias_table()
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([alias_key(name)], |r| r.get(0))
            .optional()?)
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
        match party {
            Party::Source => self.conn.execute(
                "INSERT INTO sources (name, url, created_at) VALUES (?1, ?2, ?3)",
                params![name, url, now()],
            )?,
            Party::Claimant => self.conn.execute(
                "INSERT INTO claimants (name, created_at) VALUES (?1, ?2)",
                params![name, now()],
            )?,
        };
        let id = self.conn.last_insert_rowid();
        let sql = format!(
            "INSERT INTO {} (key, alias, {}) VALUES (?1, ?2, ?3)",
            party.alias_table(),
            party.key()
        );
        for word in std::iter::once(name).chain(aliases.iter().map(|a| a.trim())) {
            if !word.is_empty() {
                self.conn
                    .execute(&sql, params![alias_key(word), word, id])?;
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
                    self.conn.execute(
                        &format!(
                            "UPDATE {} SET {key} = ?1 WHERE {key} = ?2",
                            party.alias_table(),
                            key = party.key()
                        ),
                        params![id, other],
                    )?;
                    self.conn.execute(
                        &format!("DELETE FROM {} WHERE id = ?1", party.table()),
                        params![other],
                    )?;
                }
                Some(_) => {
                    return Err(StoreError::Invalid(format!(
                        "'{word}' already names another {} that has claims (`claimlog edit N --by` moves them first)",
                        party.noun()
                    )));
                }
                None => {
                    self.conn
                        .execute(&sql, params![alias_key(word), word, id])?;
                }
            }
        }
        Ok(())
    }

    /// How many claims (removed ones included) point to a source or claimant.
    fn party_claims(&self, party: Party, id: i64) -> Result<i64> {
        Ok(self.conn.query_row(
            &format!("SELECT count(*) FROM claims WHERE {} = ?1", party.key()),
            [id],
            |r| r.get(0),
        )?)
    }

    pub fn parties(&self, party: Party) -> Result<Vec<NamedRow>> {
        let sql = format!(
            "SELECT p.name, \
                    (SELECT group_concat(alias, char(31)) FROM {alias} a WHERE a.{key} = p.id AND a.alias <> p.name), \
                    (SELECT count(*) FROM claims c WHERE c.{key} = p.id AND c.deleted = 0) \
             FROM {table} p ORDER BY p.name COLLATE NOCASE",
            alias = party.alias_table(),
            key = party.key(),
            table = party.table()
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], |r| {
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
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ---- metrics --------------------------------------------------------

    pub fn metric(&self, name: &str) -> Result<Option<(i64, Kind)>> {
        let row: Option<(i64, String)> = self
            .conn
            .prepare_cached("SELECT id, kind FROM metrics WHERE name = ?1")?
            .query_row([name.trim()], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(row.map(|(id, kind)| (id, Kind::parse(&kind).unwrap_or(Kind::Count))))
    }

    /// A metric that must exist, with the closest known name as a hint.
    pub fn require_metric(&self, name: &str) -> Result<(i64, Kind)> {
        if let Some(found) = self.metric(name)? {
            return Ok(found);
        }
        let names: Vec<String> = self.metrics()?.into_iter().map(|m| m.name).collect();
        Err(StoreError::NotFound(match closest(&names, name, 0.8) {
            Some(n) => format!(
                "no metric '{name}'; did you mean '{n}'? (known: {})",
                names.join(", ")
            ),
            None => format!(
                "no metric '{name}' (known: {}; `claimlog metric add {name} --alias WORD` adds it)",
                names.join(", ")
            ),
        }))
    }

    fn ensure_metric(&self, name: &str, kind: Kind, builtin: bool) -> Result<i64> {
        if let Some((id, _)) = self.metric(name)? {
            return Ok(id);
        }
        self.conn.execute(
            "INSERT INTO metrics (name, kind, builtin) VALUES (?1, ?2, ?3)",
            params![name, kind.as_str(), builtin],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Adds a metric, or words to an existing one of the same kind.
    pub fn add_metric(&self, name: &str, kind: Kind, words: &[String], lang: &str) -> Result<bool> {
        let name = name.trim();
        refuse(names_check("metric", name, words))?;
        if name.is_empty() || name.chars().any(char::is_whitespace) {
            return Err(StoreError::Invalid(format!(
                "metric names are one word, like 'deaths' or 'homes_destroyed' (got '{name}')"
            )));
        }
        let created = match self.metric(name)? {
            Some((_, existing)) if existing != kind => {
                return Err(StoreError::Invalid(format!(
                    "metric '{name}' exists already as a {existing} metric"
                )));
            }
            Some(_) => false,
            None => true,
        };
        let id = self.ensure_metric(name, kind, false)?;
        for word in words.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
            // An alias belongs to its language; one without a language
            // holds in every language, so it clashes with the word in any.
            let taken: Vec<(String, String)> = self
                .conn
                .prepare(
                    "SELECT m.name, a.lang FROM metric_aliases a JOIN metrics m ON m.id = a.metric_id \
                     WHERE a.word = ?1 AND (a.lang = ?2 OR a.lang = '' OR ?2 = '') \
                     ORDER BY a.lang = ?2 DESC",
                )?
                .query_map(params![word, lang], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let same_lang = taken
                .iter()
                .any(|(m, l)| l == lang && m.eq_ignore_ascii_case(name));
            match taken.iter().find(|(m, _)| !m.eq_ignore_ascii_case(name)) {
                Some((other, other_lang)) => {
                    let hint = match (lang, other_lang.as_str()) {
                        ("", "en") => " in English: give --lang fr to add it for French only",
                        ("", "fr") => " in French: give --lang en to add it for English only",
                        ("", _) | (_, "") => " in every language",
                        _ => "",
                    };
                    return Err(StoreError::Invalid(format!(
                        "'{word}' already names the metric '{other}'{hint}"
                    )));
                }
                None if same_lang => {}
                None => {
                    self.conn.execute(
                        "INSERT INTO metric_aliases (word, lang, metric_id) VALUES (?1, ?2, ?3)",
                        params![word, lang, id],
                    )?;
                }
            }
        }
        Ok(created)
    }

    pub fn metrics(&self) -> Result<Vec<MetricRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT m.name, m.kind, m.builtin, a.word, a.lang FROM metrics m \
             LEFT JOIN metric_aliases a ON a.metric_id = m.id ORDER BY m.id, a.lang, a.word",
        )?;
        let mut rows = stmt.query([])?;
        let mut out: Vec<MetricRow> = Vec::new();
        while let Some(r) = rows.next()? {
            let name: String = r.get(0)?;
            if out.last().is_none_or(|m| m.name != name) {
                let kind: String = r.get(1)?;
                out.push(MetricRow {
                    name,
                    kind: Kind::parse(&kind).unwrap_or(Kind::Count),
                    builtin: r.get(2)?,
                    aliases: Vec::new(),
                });
            }
            if let Some(word) = r.get::<_, Option<String>>(3)? {
                let lang: String = r.get(4)?;
                out.last_mut()
                    .expect("pushed above")
                    .aliases
                    .push((word, lang));
            }
        }
        Ok(out)
    }

    /// The lexicon quick entry matches against: built-in and user words.
    pub fn lexicon(&self) -> Result<Lexicon> {
        Ok(Lexicon::new(self.aliases()?))
    }

    /// Every metric word, built-in and the user's.
    pub fn aliases(&self) -> Result<Vec<Alias>> {
        let mut aliases = Vec::new();
        for metric in self.metrics()? {
            for (word, lang) in metric.aliases {
                aliases.push(Alias {
                    word,
                    lang,
                    metric: metric.name.clone(),
                    kind: metric.kind,
                });
            }
        }
        Ok(aliases)
    }
}

/// A name and its aliases checked as names (`text::Rule::Name`).
fn names_check(
    noun: &str,
    name: &str,
    aliases: &[String],
) -> std::result::Result<(), crate::text::Refused> {
    use crate::text::{Rule, check, check_all};
    check(noun, name, Rule::Name)?;
    check_all(aliases.iter().map(|a| ("alias", a.as_str(), Rule::Name)))
}

fn refuse(checked: std::result::Result<(), crate::text::Refused>) -> Result<()> {
    checked.map_err(|e| StoreError::Invalid(e.to_string()))
}

/// The candidate most like `name` (Jaro-Winkler above `threshold`), for
/// "did you mean" hints.
pub fn closest<'a>(candidates: &'a [String], name: &str, threshold: f64) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(c, name), c))
        .filter(|(score, _)| *score > threshold)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.as_str())
}

/// How a source or claimant name is looked up: lower-cased (in every
/// script), outer spaces dropped, inner runs of spaces made one.
pub fn alias_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Event slugs are short, lower-case, and safe in file names and URLs.
pub fn validate_slug(slug: &str) -> Result<()> {
    let ok = !slug.is_empty()
        && slug.len() <= 64
        && slug.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' || c == '.'
        });
    if ok {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!(
            "'{slug}' is not an event slug: use lower-case letters, digits and '-', like 'kz-unrest-2022'"
        )))
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

    #[test]
    fn unknown_event_suggests_the_closest_slug() {
        let store = Store::open_in_memory().unwrap();
        store.create_event("kz-unrest-2022", "", "").unwrap();
        let err = store
            .require_event("kz-unrest-2202")
            .unwrap_err()
            .to_string();
        assert!(err.contains("did you mean 'kz-unrest-2022'"), "{err}");
    }

    #[test]
    fn bad_slugs_are_refused() {
        let store = Store::open_in_memory().unwrap();
        assert!(store.create_event("Kazakhstan unrest", "", "").is_err());
        assert!(store.create_event("", "", "").is_err());
    }

    #[test]
    fn metric_words_cannot_name_two_metrics() {
        let store = Store::open_in_memory().unwrap();
        assert!(
            store
                .add_metric("homes", Kind::Count, &["destroyed".into()], "")
                .unwrap()
        );
        let err = store
            .add_metric("ruins", Kind::Count, &["destroyed".into()], "")
            .unwrap_err();
        assert!(err.to_string().contains("homes"));
        let err = store.add_metric("deaths", Kind::Date, &[], "").unwrap_err();
        assert!(err.to_string().contains("count metric"));
    }
}
