-- 004: counts of each event's claims (`event list`) read from an index of
-- the claims not removed, instead of every claim's row (1.4 s against
-- 0.07 s on a million claims).

CREATE INDEX claims_live_by_event ON claims (event_id) WHERE deleted = 0;
