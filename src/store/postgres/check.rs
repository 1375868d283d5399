//! `check` on PostgreSQL: the schema's objects against
//! `schema.postgres.sql`, the version, and claimlog's own rules, each
//! problem in the same words as on SQLite. The server keeps its own
//! storage and foreign keys sound, so those checks are its.

use super::{APPLICATION_ID, SCHEMA};
use crate::store::db::{NO_ARGS, args};
use crate::store::maintenance::{Health, SUPERSEDE_CYCLES, TABLES};
use crate::store::{Result, SCHEMA_VERSION, Store};
use std::collections::BTreeSet;

/// claimlog's own rules, each query giving one sentence per breach: the
/// same rules and words as the SQLite check's.
const INVARIANTS: &[&str] = &[
    "SELECT format('claim %s is superseded by ''%s'', which does not exist', c.id, c.superseded_by) \
     FROM claims c WHERE c.superseded_by IS NOT NULL \
     AND NOT EXISTS (SELECT 1 FROM claims n WHERE n.gid = c.superseded_by) ORDER BY c.id",
    "SELECT format('claim %s is superseded but does not say by which claim', id) \
     FROM claims WHERE status = 'superseded' AND superseded_by IS NULL ORDER BY id",
    "SELECT format('claim %s is retracted but has no retraction date', id) \
     FROM claims WHERE status = 'retracted' AND retracted_at IS NULL ORDER BY id",
    "SELECT format('claim %s came in as ''%s'', which claimlog does not know', id, origin) \
     FROM claims WHERE origin NOT IN ('add', 'import', 'correct') ORDER BY id",
    "SELECT format('claim %s has a lower bound (%s) above its upper bound (%s)', id, low, high) \
     FROM claims WHERE low IS NOT NULL AND high IS NOT NULL AND low > high ORDER BY id",
    "SELECT format('claim %s is a date claim without its resolved days', id) \
     FROM claims WHERE kind = 'date' AND (date_low IS NULL OR date_high IS NULL) ORDER BY id",
    "SELECT format('claim %s has kind %s but its metric %s is a %s', c.id, c.kind, m.name, m.kind) \
     FROM claims c JOIN metrics m ON m.id = c.metric_id WHERE c.kind <> m.kind ORDER BY c.id",
    "SELECT format('claim %s has an empty global id', id) FROM claims WHERE gid = '' ORDER BY id",
    "SELECT format('claim %s is active but names ''%s'' as the claim that replaced it', id, superseded_by) \
     FROM claims WHERE status = 'active' AND superseded_by IS NOT NULL ORDER BY id",
];

/// The (kind, name) of each table, index, trigger and function the
/// schema file creates.
fn expected_objects() -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for line in SCHEMA.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let (kind, name) = match words.as_slice() {
            ["CREATE", "TABLE", name, ..] => ("table", *name),
            ["CREATE", "INDEX", name, ..] | ["CREATE", "UNIQUE", "INDEX", name, ..] => {
                ("index", *name)
            }
            ["CREATE", "TRIGGER", name, ..] => ("trigger", *name),
            ["CREATE", "FUNCTION", name, ..] => ("function", *name),
            _ => continue,
        };
        let name = name.split('(').next().unwrap_or(name);
        out.insert((kind.to_string(), name.to_string()));
    }
    out
}

/// The same objects as the database holds them (indexes that back a
/// primary key or UNIQUE constraint are the table's, not the schema's).
const LIVE_OBJECTS: &str = "\
    SELECT 'table', tablename::text FROM pg_catalog.pg_tables WHERE schemaname = current_schema() \
    UNION ALL SELECT 'index', i.relname::text FROM pg_catalog.pg_index x \
        JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid \
        JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace \
        WHERE n.nspname = current_schema() \
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conindid = x.indexrelid) \
    UNION ALL SELECT 'trigger', t.tgname::text FROM pg_catalog.pg_trigger t \
        JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid \
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
        WHERE n.nspname = current_schema() AND NOT t.tgisinternal \
    UNION ALL SELECT 'function', p.proname::text FROM pg_catalog.pg_proc p \
        JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace \
        WHERE n.nspname = current_schema()";

impl Store {
    /// Every check claimlog makes on a PostgreSQL database, reading only,
    /// in one snapshot.
    pub(crate) fn check_postgres(&self) -> Result<Health> {
        self.db
            .batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
        let result = self.check_postgres_inside();
        let _ = self.db.batch("COMMIT");
        result
    }

    fn check_postgres_inside(&self) -> Result<Health> {
        let mut problems = Vec::new();
        let (app_id, version, _) = self.postgres_header()?;
        if app_id != APPLICATION_ID {
            problems.push(format!(
                "the database's application id is {app_id:#x}, not claimlog's {APPLICATION_ID:#x}"
            ));
        }
        if version != SCHEMA_VERSION {
            problems.push(format!(
                "schema version {version}, but this claimlog writes {SCHEMA_VERSION} \
                 (the next write command upgrades it)"
            ));
        }
        let live: BTreeSet<(String, String)> = self
            .db
            .all(LIVE_OBJECTS, NO_ARGS, |r| Ok((r.get(0)?, r.get(1)?)))?
            .into_iter()
            .collect();
        let expected = expected_objects();
        for (kind, name) in expected.difference(&live) {
            problems.push(format!("{kind} {name} is missing"));
        }
        for (kind, name) in live.difference(&expected) {
            problems.push(format!("{kind} {name} is not part of claimlog's schema"));
        }
        let mut counts = Vec::new();
        for table in TABLES {
            if live.contains(&("table".to_string(), table.to_string())) {
                let n: i64 = self
                    .db
                    .value(&format!("SELECT count(*) FROM {table}"), NO_ARGS)?;
                counts.push((table.to_string(), n));
            }
        }
        let shaped = ["claims", "claim_history", "metrics"]
            .iter()
            .all(|t| live.contains(&("table".to_string(), t.to_string())));
        if shaped {
            for sql in INVARIANTS {
                problems.extend(self.db.all(sql, NO_ARGS, |r| r.get::<String>(0))?);
            }
            let cycles = format!(
                "SELECT format('claim %s is superseded in a cycle: its corrections lead back to it', id) \
                 FROM claims WHERE gid IN ({SUPERSEDE_CYCLES}) ORDER BY id"
            );
            problems.extend(self.db.all(&cycles, args![], |r| r.get::<String>(0))?);
        }
        Ok(Health {
            problems,
            schema_version: version,
            counts,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_file_names_every_table_check_counts() {
        let expected = expected_objects();
        for table in TABLES {
            assert!(
                expected.contains(&("table".to_string(), table.to_string())),
                "{table}"
            );
        }
        assert!(expected.contains(&("trigger".into(), "claims_no_delete".into())));
        assert!(expected.contains(&("index".into(), "metrics_name".into())));
    }
}
