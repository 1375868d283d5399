-- claimlog schema, version 4: the readable whole of what the migrations build.
-- Keep it equal to migrations/ applied in order (a unit test checks).


CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    url         TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

-- Every source is reachable by its own name too: the name is its first alias.
-- `key` is the alias lower-cased by claimlog (SQLite's NOCASE folds only
-- ASCII, and "MINISTÈRE" must find "ministère").
CREATE TABLE source_aliases (
    key         TEXT NOT NULL PRIMARY KEY,
    alias       TEXT NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES sources(id)
);

CREATE TABLE claimants (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at  TEXT NOT NULL
);

CREATE TABLE claimant_aliases (
    key         TEXT NOT NULL PRIMARY KEY,
    alias       TEXT NOT NULL,
    claimant_id INTEGER NOT NULL REFERENCES claimants(id)
);

CREATE TABLE metrics (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind        TEXT NOT NULL CHECK (kind IN ('count', 'date', 'text')),
    builtin     INTEGER NOT NULL DEFAULT 0, -- 0: a user's; else its lexicon seed
    cumulative  INTEGER NOT NULL DEFAULT 0  -- 1: a running total (deaths so far)
);

-- Words that name a metric, per language ('' = any language).
CREATE TABLE metric_aliases (
    word        TEXT NOT NULL COLLATE NOCASE,
    lang        TEXT NOT NULL DEFAULT '',
    metric_id   INTEGER NOT NULL REFERENCES metrics(id),
    PRIMARY KEY (word, lang)
);

CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,          -- the short local number
    gid            TEXT NOT NULL UNIQUE,         -- the global, stable id
    event_id       INTEGER NOT NULL REFERENCES events(id),
    metric_id      INTEGER NOT NULL REFERENCES metrics(id),
    qualifier      TEXT NOT NULL DEFAULT '',
    -- OR chains, not IN lists: SQLite builds a temporary table for an IN
    -- list in a CHECK on every insert, a third of an import's work.
    kind           TEXT NOT NULL CHECK (kind = 'count' OR kind = 'date' OR kind = 'text'),
    value          TEXT NOT NULL,                -- the text as said
    low            REAL,                         -- counts: bounds, NULL when open
    high           REAL,
    date_low       TEXT,                         -- dates: resolved ISO days
    date_high      TEXT,
    approx         INTEGER NOT NULL DEFAULT 0,
    vague          INTEGER NOT NULL DEFAULT 0,
    unit           TEXT NOT NULL DEFAULT '',
    as_of          TEXT NOT NULL,                -- ISO day or RFC 3339 instant
    as_of_ts       INTEGER NOT NULL,             -- seconds, for order and windows
    said_at        TEXT,
    published_at   TEXT,
    recorded_at    TEXT NOT NULL,
    source_id      INTEGER REFERENCES sources(id),
    claimant_id    INTEGER REFERENCES claimants(id),
    url            TEXT NOT NULL DEFAULT '',
    quote          TEXT NOT NULL DEFAULT '',
    lang           TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'active'
                   CHECK (status = 'active' OR status = 'retracted' OR status = 'superseded'),
    retracted_at   TEXT,
    retract_reason TEXT NOT NULL DEFAULT '',
    retracted_by   TEXT NOT NULL DEFAULT '',     -- who withdrew it, as named
    superseded_by  TEXT,                         -- gid of the correcting claim
    note           TEXT NOT NULL DEFAULT '',
    tags           TEXT NOT NULL DEFAULT '',     -- ';'-separated
    deleted        INTEGER NOT NULL DEFAULT 0,
    origin         TEXT NOT NULL DEFAULT 'add',  -- how it came in: add, import, correct
    origin_detail  TEXT NOT NULL DEFAULT '',
    citing_id      INTEGER REFERENCES claimants(id) -- whom the claimant relays
);

-- Serves every report: one event's claims, by scope, in time order.
CREATE INDEX claims_by_scope ON claims (event_id, metric_id, qualifier, as_of_ts);

-- Serves lists across events in time order (`list --limit 100`).
CREATE INDEX claims_by_time ON claims (as_of_ts);

-- Counts each event's claims (`event list`) without reading their rows.
CREATE INDEX claims_live_by_event ON claims (event_id) WHERE deleted = 0;

-- Finds the claim a correction replaced (few claims are superseded).
CREATE INDEX claims_by_correction ON claims (superseded_by) WHERE superseded_by IS NOT NULL;

-- Append-only: every change to a claim after it came in (its coming in is
-- the claim's origin and recorded_at), with what it was before.
CREATE TABLE claim_history (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims(id),
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT ''
);

CREATE INDEX claim_history_by_claim ON claim_history (claim_id, id);

CREATE TRIGGER claim_history_no_update BEFORE UPDATE ON claim_history
BEGIN
    SELECT RAISE(ABORT, 'claim history is append-only');
END;

CREATE TRIGGER claim_history_no_delete BEFORE DELETE ON claim_history
BEGIN
    SELECT RAISE(ABORT, 'claim history is append-only');
END;

-- Claims are never deleted: rm only marks them.
CREATE TRIGGER claims_no_delete BEFORE DELETE ON claims
BEGIN
    SELECT RAISE(ABORT, 'claims are never deleted; use rm, which keeps them');
END;

-- The context a `claimlog log` session ended with, per event: the source,
-- claimant, times, link and language the next entries share, as JSON. The
-- next `log` on that event starts there.
CREATE TABLE log_contexts (
    event_id    INTEGER PRIMARY KEY REFERENCES events(id),
    context     TEXT NOT NULL,               -- JSON: {"source": …, "by": …, …}
    updated_at  TEXT NOT NULL
);
