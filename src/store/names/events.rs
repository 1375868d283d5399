//! Events: the stories claims belong to, named by slug.

use super::{EventRow, closest, refuse, validate_slug};
use crate::store::db::{NO_ARGS, args};
use crate::store::{Result, Store, StoreError, now};

impl Store {
    pub fn event_id(&self, slug: &str) -> Result<Option<i64>> {
        self.db
            .first("SELECT id FROM events WHERE slug = ?1", args![slug], |r| {
                r.get(0)
            })
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
        self.db.insert_new(
            "INSERT INTO events (slug, title, note, created_at) VALUES (?1, ?2, ?3, ?4)",
            args![slug, title, note, now()],
        )
    }

    /// The id of an event, created when new (import names its events).
    pub fn ensure_event(&self, slug: &str) -> Result<(i64, bool)> {
        match self.event_id(slug)? {
            Some(id) => Ok((id, false)),
            None => Ok((self.create_event(slug, "", "")?, true)),
        }
    }

    pub fn event_slugs(&self) -> Result<Vec<String>> {
        self.db
            .all("SELECT slug FROM events ORDER BY slug", NO_ARGS, |r| {
                r.get(0)
            })
    }

    pub fn events(&self) -> Result<Vec<EventRow>> {
        self.db.all(
            // One pass over the claims, counted by event: a count per
            // event looked up through the index visits each claim's row
            // in random order (4.9 s against 0.5 s on a million claims on
            // PostgreSQL).
            "SELECT e.slug, e.title, e.note, e.created_at, coalesce(n.claims, 0) \
             FROM events e LEFT JOIN \
                  (SELECT event_id, count(*) AS claims FROM claims WHERE deleted = 0 \
                   GROUP BY event_id) n ON n.event_id = e.id \
             ORDER BY e.slug",
            NO_ARGS,
            |r| {
                Ok(EventRow {
                    slug: r.get(0)?,
                    title: r.get(1)?,
                    note: r.get(2)?,
                    created_at: r.get(3)?,
                    claims: r.get(4)?,
                })
            },
        )
    }

    pub fn event(&self, slug: &str) -> Result<EventRow> {
        self.require_event(slug)?;
        Ok(self
            .events()?
            .into_iter()
            .find(|e| e.slug == slug)
            .expect("event exists"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
