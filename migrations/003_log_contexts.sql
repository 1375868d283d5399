-- 003: the context a `claimlog log` session ended with, per event: the
-- source, claimant, times, link and language the next entries share, as
-- JSON. The next `log` on that event starts there.

CREATE TABLE log_contexts (
    event_id    INTEGER PRIMARY KEY REFERENCES events(id),
    context     TEXT NOT NULL,               -- JSON: {"source": …, "by": …, …}
    updated_at  TEXT NOT NULL
);
