//! The context a `claimlog log` session ended with, one per event, kept so
//! the next session on that event starts where the last one stopped. The
//! store holds it as the JSON text the command gives; what it says is the
//! command's business.

use super::db::args;
use super::{Result, Store, StoreError, now};

impl Store {
    /// The context last saved for an event, if any.
    pub fn log_context(&self, event: &str) -> Result<Option<String>> {
        self.db.first(
            "SELECT l.context FROM log_contexts l JOIN events e ON e.id = l.event_id \
             WHERE e.slug = ?1",
            args![event],
            |r| r.get(0),
        )
    }

    /// Saves an event's context in place of the one before.
    pub fn save_log_context(&self, event: &str, context: &str) -> Result<()> {
        let event_id = self.require_event(event)?;
        self.db.execute(
            "INSERT INTO log_contexts (event_id, context, updated_at) VALUES (?1, ?2, ?3) \
             ON CONFLICT (event_id) DO UPDATE SET context = excluded.context, \
             updated_at = excluded.updated_at",
            args![event_id, context, now()],
        )?;
        Ok(())
    }

    /// Runs `f` inside a savepoint of the caller's transaction: an error
    /// takes back what `f` wrote and nothing else, so one bad line of an
    /// all-or-nothing input can be reported while the lines before it stay
    /// pending.
    pub fn savepoint<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        // Both backends read these three statements alike.
        self.db.batch("SAVEPOINT line").map_err(E::from)?;
        match f(self) {
            Ok(value) => {
                self.db.batch("RELEASE line").map_err(E::from)?;
                Ok(value)
            }
            Err(e) => {
                let _ = self.db.batch("ROLLBACK TO line; RELEASE line");
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::store::{Store, StoreError};

    #[test]
    fn an_events_context_is_saved_replaced_and_read_back() {
        let store = Store::open_in_memory().unwrap();
        store.create_event("kz", "", "").unwrap();
        assert_eq!(store.log_context("kz").unwrap(), None);
        store.save_log_context("kz", r#"{"source":"AFP"}"#).unwrap();
        store
            .save_log_context("kz", r#"{"source":"TASS"}"#)
            .unwrap();
        assert_eq!(
            store.log_context("kz").unwrap().as_deref(),
            Some(r#"{"source":"TASS"}"#)
        );
        assert!(store.save_log_context("kx", "{}").is_err());
    }

    #[test]
    fn a_failed_savepoint_takes_back_only_its_own_writes() {
        let store = Store::open_in_memory().unwrap();
        store
            .write(|s| -> crate::store::Result<()> {
                s.create_event("kept", "", "")?;
                let failed: crate::store::Result<()> = s.savepoint(|s| {
                    s.create_event("dropped", "", "")?;
                    Err(StoreError::Invalid("a bad line".into()))
                });
                assert!(failed.is_err());
                s.savepoint(|s| s.create_event("also-kept", "", "").map(drop))
            })
            .unwrap();
        assert_eq!(
            store.event_slugs().unwrap(),
            ["also-kept".to_string(), "kept".to_string()]
        );
    }
}
