-- 002: a metric says whether its figure is a running total (deaths so far),
-- which conflicts need: a later, higher toll on another day is the toll
-- moving, not a contradiction. A claim says whom its claimant relays
-- (`citing`), which independence needs: an agency citing a ministry is not
-- a second confirmation.

ALTER TABLE metrics ADD COLUMN cumulative INTEGER NOT NULL DEFAULT 0;

-- The built-in running totals. A metric a user made under one of these
-- names (builtin = 0) is theirs to flag.
UPDATE metrics SET cumulative = 1
WHERE builtin <> 0 AND name IN ('deaths', 'injured', 'detained');

ALTER TABLE claims ADD COLUMN citing_id INTEGER REFERENCES claimants(id);
