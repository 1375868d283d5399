//! Metrics and the words quick entry reads them by: the built-in lexicon
//! and the words users add, each tied to a language or to all of them.

use super::{MetricRow, closest, names_check, refuse};
use crate::domain::Kind;
use crate::parse::lexicon::{Alias, Lexicon, builtin_aliases};
use crate::store::{Result, Store, StoreError};
use rusqlite::{OptionalExtension, params};

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

#[cfg(test)]
mod tests {
    use super::*;

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
