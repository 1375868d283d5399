//! Metrics and the words quick entry reads them by: the built-in lexicon
//! and the words users add, each tied to a language or to all of them.
//!
//! Built-in words reach databases made by older versions through a seed
//! version kept in `metrics.builtin` (no schema change, so the schema
//! version and every file stay as they were): 0 marks a user's metric; a
//! built-in metric holds the seed its words were last brought up to, 1 for
//! every database seeded before seeds were counted. The seed is a
//! fingerprint of the built-in lexicon, so a build whose words changed finds
//! every older database stale and adds the new words the first time it
//! opens it for writing, leaving the words users added as they are.

use super::{MetricRow, closest, names_check, refuse};
use crate::domain::Kind;
use crate::parse::lexicon::{Alias, Lexicon, builtin_aliases};
use crate::store::db::{NO_ARGS, args};
use crate::store::{Result, Store, StoreError};

/// The seed of databases seeded before seeds were counted (`builtin` was a
/// flag then).
const FIRST_SEED: i64 = 1;

/// The seed of this build's built-in lexicon: a fingerprint of its words
/// (FNV-1a), above `FIRST_SEED`, so it changes whenever the words do and
/// nobody has to remember to bump it. The words are sorted first: tables
/// moved around without a word changing keep the seed.
pub(crate) fn lexicon_seed() -> i64 {
    static SEED: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    *SEED.get_or_init(|| {
        let mut lines: Vec<String> = builtin_aliases()
            .into_iter()
            .map(|a| format!("{}\t{}\t{}\t{}\n", a.metric, a.kind, a.lang, a.word))
            .collect();
        lines.sort();
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in lines.iter().flat_map(|line| line.bytes()) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        // 31 bits: a small positive integer, whatever SQLite reads it as.
        (hash >> 33) as i64 + FIRST_SEED + 1
    })
}

impl Store {
    /// Writes the built-in lexicon into a new database, or brings an older
    /// one's up to this build's: built-in metrics it lacks are made, and
    /// built-in words it lacks are added unless the word already names
    /// another metric in a clashing language (a user's word stays theirs).
    /// A metric of the same name the user made is left alone, words and
    /// all. Call inside a write transaction.
    pub(crate) fn seed_lexicon(&self) -> Result<()> {
        let seed = lexicon_seed();
        let mut metrics: std::collections::HashMap<String, Option<i64>> = Default::default();
        for alias in builtin_aliases() {
            let id = match metrics.get(&alias.metric) {
                Some(id) => *id,
                None => {
                    let id = match self.metric_with_seed(&alias.metric)? {
                        None => Some(self.ensure_metric(&alias.metric, alias.kind, seed)?),
                        Some((id, kind, builtin)) if builtin != 0 && kind == alias.kind => Some(id),
                        Some(_) => None,
                    };
                    metrics.insert(alias.metric.clone(), id);
                    id
                }
            };
            let Some(id) = id else { continue };
            // As `add_metric` judges a clash: a word without a language
            // holds in every language.
            let taken: bool = self.db.value(
                "SELECT EXISTS (SELECT 1 FROM metric_aliases WHERE lower(word) = lower(?1) \
                 AND (lang = ?2 OR lang = '' OR ?2 = '') AND metric_id <> ?3)",
                args![alias.word, alias.lang, id],
            )?;
            if !taken {
                self.db.execute(
                    "INSERT INTO metric_aliases (word, lang, metric_id) \
                     VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
                    args![alias.word, alias.lang, id],
                )?;
            }
        }
        self.db.execute(
            "UPDATE metrics SET builtin = ?1 WHERE builtin <> 0 AND builtin <> ?1",
            args![seed],
        )?;
        Ok(())
    }

    /// Whether some built-in metric was seeded by another build than this
    /// one: a cheap read of the small `metrics` table, made on every open
    /// for writing.
    pub(crate) fn lexicon_is_stale(&self) -> Result<bool> {
        self.db.value(
            "SELECT EXISTS (SELECT 1 FROM metrics WHERE builtin <> 0 AND builtin <> ?1)",
            args![lexicon_seed()],
        )
    }

    /// Brings the built-in lexicon up to this build's when it is older
    /// (checked again under the write lock: another process may have done
    /// it meanwhile).
    pub(crate) fn reseed_lexicon(&self) -> Result<()> {
        if self.lexicon_is_stale()? {
            self.seed_lexicon()?;
        }
        Ok(())
    }

    /// A metric's id, kind and seed (0 for a user's metric).
    fn metric_with_seed(&self, name: &str) -> Result<Option<(i64, Kind, i64)>> {
        let row: Option<(i64, String, i64)> = self.db.first(
            "SELECT id, kind, builtin FROM metrics WHERE lower(name) = lower(?1)",
            args![name.trim()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        Ok(row.map(|(id, kind, seed)| (id, Kind::parse(&kind).unwrap_or(Kind::Count), seed)))
    }

    pub fn metric(&self, name: &str) -> Result<Option<(i64, Kind)>> {
        let row: Option<(i64, String)> = self.db.first(
            "SELECT id, kind FROM metrics WHERE lower(name) = lower(?1)",
            args![name.trim()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
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

    /// The id of a metric, made when missing with `seed` in `builtin` (0
    /// for a user's metric).
    fn ensure_metric(&self, name: &str, kind: Kind, seed: i64) -> Result<i64> {
        if let Some((id, _)) = self.metric(name)? {
            return Ok(id);
        }
        self.db.insert_new(
            "INSERT INTO metrics (name, kind, builtin) VALUES (?1, ?2, ?3)",
            args![name, kind.as_str(), seed],
        )
    }

    /// Adds a metric, or words to an existing one of the same kind.
    pub fn add_metric(&self, name: &str, kind: Kind, words: &[String], lang: &str) -> Result<bool> {
        let name = name.trim();
        refuse(names_check("metric", name, words))?;
        // A name is a word of letters, digits, `_` and `-`: never markup, a
        // formula, a list (`a;b`) or an HXL tag (`#indicator`).
        let word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
        if name.is_empty() || !name.chars().all(word) {
            return Err(StoreError::Invalid(format!(
                "metric names are one word of letters, digits, _ or -, like 'deaths' or 'homes_destroyed' (got '{name}')"
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
        let id = self.ensure_metric(name, kind, 0)?;
        for word in words.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
            // An alias belongs to its language; one without a language
            // holds in every language, so it clashes with the word in any.
            let taken: Vec<(String, String)> = self.db.all(
                "SELECT m.name, a.lang FROM metric_aliases a JOIN metrics m ON m.id = a.metric_id \
                 WHERE lower(a.word) = lower(?1) AND (a.lang = ?2 OR a.lang = '' OR ?2 = '') \
                 ORDER BY a.lang = ?2 DESC",
                args![word, lang],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
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
                    self.db.execute(
                        "INSERT INTO metric_aliases (word, lang, metric_id) VALUES (?1, ?2, ?3)",
                        args![word, lang, id],
                    )?;
                }
            }
        }
        Ok(created)
    }

    /// Flags `name` as a running total, or not. Only counts can be.
    pub fn set_cumulative(&self, name: &str, cumulative: bool) -> Result<()> {
        match self.metric(name)? {
            Some((id, Kind::Count)) => {
                self.db.execute(
                    "UPDATE metrics SET cumulative = ?1 WHERE id = ?2",
                    args![cumulative, id],
                )?;
                Ok(())
            }
            Some((_, kind)) => Err(StoreError::Invalid(format!(
                "only a count can be cumulative; '{name}' is a {kind} metric"
            ))),
            None => Err(StoreError::Invalid(format!("no metric '{name}'"))),
        }
    }

    /// The names of the metrics whose figures are running totals.
    pub fn cumulative_metrics(&self) -> Result<crate::report::Cumulative> {
        let names: Vec<String> = self.db.all(
            "SELECT name FROM metrics WHERE cumulative <> 0",
            NO_ARGS,
            |r| r.get(0),
        )?;
        Ok(names.into_iter().collect())
    }

    pub fn metrics(&self) -> Result<Vec<MetricRow>> {
        let mut out: Vec<MetricRow> = Vec::new();
        self.db.each(
            "SELECT m.name, m.kind, m.builtin, a.word, a.lang, m.cumulative FROM metrics m \
             LEFT JOIN metric_aliases a ON a.metric_id = m.id ORDER BY m.id, a.lang, a.word",
            NO_ARGS,
            |r| {
                let name: String = r.get(0)?;
                if out.last().is_none_or(|m| m.name != name) {
                    let kind: String = r.get(1)?;
                    out.push(MetricRow {
                        name,
                        kind: Kind::parse(&kind).unwrap_or(Kind::Count),
                        builtin: r.get::<i64>(2)? != 0,
                        cumulative: r.get(5)?,
                        aliases: Vec::new(),
                    });
                }
                if let (Some(word), Some(metric)) = (r.get::<Option<String>>(3)?, out.last_mut()) {
                    let lang: String = r.get(4)?;
                    metric.aliases.push((word, lang));
                }
                Ok(true)
            },
        )?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn running_totals(store: &Store) -> Vec<String> {
        store.cumulative_metrics().unwrap().into_iter().collect()
    }

    #[test]
    fn the_builtin_running_totals_are_flagged_in_new_and_older_files() {
        let fresh = Store::open_in_memory().unwrap();
        assert_eq!(running_totals(&fresh), ["deaths", "detained", "injured"]);
        // A file of schema version 1, brought up to date by migration 002.
        let older = Store {
            db: crate::store::db::Db::Sqlite(rusqlite::Connection::open_in_memory().unwrap()),
        };
        older.db.batch(crate::store::MIGRATIONS[0]).unwrap();
        older.seed_lexicon().unwrap();
        older.db.batch("PRAGMA user_version = 1").unwrap();
        older.ensure_schema().unwrap();
        assert_eq!(
            older.schema_version().unwrap(),
            crate::store::SCHEMA_VERSION
        );
        assert_eq!(running_totals(&older), ["deaths", "detained", "injured"]);
    }

    #[test]
    fn only_a_count_can_be_a_running_total() {
        let store = Store::open_in_memory().unwrap();
        store.add_metric("evacuated", Kind::Count, &[], "").unwrap();
        store.set_cumulative("evacuated", true).unwrap();
        assert!(running_totals(&store).contains(&"evacuated".to_string()));
        assert!(store.set_cumulative("arrival", true).is_err());
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

    /// The words of `metric` as (word, lang) pairs.
    fn words(store: &Store, metric: &str) -> Vec<(String, String)> {
        let row = store
            .metrics()
            .unwrap()
            .into_iter()
            .find(|m| m.name == metric);
        row.map(|m| m.aliases).unwrap_or_default()
    }

    #[test]
    fn an_older_seed_gets_the_new_builtin_words_and_keeps_the_users() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        let builtin: Vec<Alias> = builtin_aliases()
            .into_iter()
            .filter(|a| a.metric == "deaths")
            .collect();
        let (new, claimed) = (&builtin[0], &builtin[1]);
        {
            // A database as an older build left it: seeded before two of
            // today's built-in words existed, then given words by its user,
            // one of them a word the built-in lexicon has since taken up.
            let store = Store::open(&path, true).unwrap();
            store.execute_for_test(&format!(
                "DELETE FROM metric_aliases WHERE word IN ('{}', '{}'); \
                 UPDATE metrics SET builtin = {FIRST_SEED} WHERE builtin <> 0;",
                new.word, claimed.word
            ));
            store
                .write(|s| {
                    s.add_metric("deaths", Kind::Count, &["perished".into()], "en")?;
                    s.add_metric(
                        "victims",
                        Kind::Count,
                        std::slice::from_ref(&claimed.word),
                        "",
                    )
                })
                .unwrap();
            assert!(store.lexicon_is_stale().unwrap());
            assert!(!words(&store, "deaths").contains(&(new.word.clone(), new.lang.clone())));
        }
        let store = Store::open(&path, false).unwrap();
        assert!(!store.lexicon_is_stale().unwrap());
        let deaths = words(&store, "deaths");
        assert!(
            deaths.contains(&(new.word.clone(), new.lang.clone())),
            "{deaths:?}"
        );
        assert!(
            deaths.contains(&("perished".into(), "en".into())),
            "{deaths:?}"
        );
        assert!(
            !deaths.iter().any(|(w, _)| *w == claimed.word),
            "{deaths:?}"
        );
        assert_eq!(
            words(&store, "victims"),
            [(claimed.word.clone(), String::new())]
        );
        let victims = store
            .metrics()
            .unwrap()
            .into_iter()
            .find(|m| m.name == "victims");
        assert!(
            !victims.unwrap().builtin,
            "the user's metric stays the user's"
        );
    }

    #[test]
    fn a_new_database_is_seeded_as_the_older_code_seeded_it() {
        // Every built-in word, each naming its metric, nothing else.
        let store = Store::open_in_memory().unwrap();
        let mut stored: Vec<(String, String, String)> = store
            .aliases()
            .unwrap()
            .into_iter()
            .map(|a| (a.metric, a.word, a.lang))
            .collect();
        let mut expected: Vec<(String, String, String)> = Vec::new();
        for a in builtin_aliases() {
            let key = (a.metric, a.word, a.lang);
            if !expected
                .iter()
                .any(|e| e.1.eq_ignore_ascii_case(&key.1) && e.2 == key.2)
            {
                expected.push(key);
            }
        }
        stored.sort();
        expected.sort();
        assert_eq!(stored, expected);
        assert!(!store.lexicon_is_stale().unwrap());
        assert!(lexicon_seed() > FIRST_SEED);
    }
}
