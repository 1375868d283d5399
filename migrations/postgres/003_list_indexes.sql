-- Version 4: counts of each event's claims (`event list`) read from an
-- index of the claims not removed, and lists across events in time order
-- (`list --limit 100`) read in index order to the last key: ties of one
-- time are ordered by id in the index, as SQLite's rowid orders them,
-- instead of being gathered and sorted.

CREATE INDEX claims_live_by_event ON claims (event_id) WHERE deleted = 0;

DROP INDEX claims_by_time;
CREATE INDEX claims_by_time ON claims (as_of_ts, id);
