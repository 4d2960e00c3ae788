-- Council Desk: execution tallies, kept by the database itself, so the dashboard's execution rates and weekly
-- counts no longer read every instruction of ten years on every call.
-- Append-only: once shipped, later changes go into a new migration.
--
-- Why (docs/PERFORMANCE.md): the execution rate per body or per pairing aggregated every live instruction that
-- is not cancelled (86,000 at ten years), 45 ms per body and 67 ms per pairing even over covering indexes; the
-- weekly counts scanned every open one (36,000), 6 ms. Counting rows is linear in SQLite, so no index gets these
-- under 5 ms; what does is to keep the counts that do not depend on the date.
--
-- What is kept: for each lead body and each pairing, how many of its instructions were removed from control, of
-- them how many on or before their due date and how many after, and how many are still open (neither removed
-- nor cancelled). An instruction counts when it is live (not in the trash) and not cancelled, exactly as the
-- rates always counted. These are derived numbers, like an index: the triggers below keep them on every
-- insert, update and delete of an instruction, in the same transaction, so they can never be typed or drift.
-- The full database check compares them with a recount (Store::check).
--
-- What stays computed at "today": overdue = open minus open due on or after today; counted in the rate =
-- removed + open minus open due after today. Both subtract the open instructions due from today on: the
-- few ahead of the secretariat, a range of the index below.

CREATE TABLE execution_tallies (
    grouping TEXT NOT NULL CHECK (grouping IN ('body', 'pairing')),
    key      TEXT NOT NULL,               -- the lead body's or the pairing's id; '' for "without a pairing"
    removed  INTEGER NOT NULL DEFAULT 0,  -- removed from control
    on_time  INTEGER NOT NULL DEFAULT 0,  -- of those, removed on or before the due date
    late     INTEGER NOT NULL DEFAULT 0,  -- of those, removed after it
    open     INTEGER NOT NULL DEFAULT 0,  -- still under control
    PRIMARY KEY (grouping, key)
) STRICT, WITHOUT ROWID;

INSERT INTO execution_tallies (grouping, key, removed, on_time, late, open)
SELECT 'body', lead_body_id, coalesce(sum(state = 'removed'), 0),
       coalesce(sum(state = 'removed' AND removed_on <= due_on), 0),
       coalesce(sum(state = 'removed' AND removed_on > due_on), 0), coalesce(sum(state <> 'removed'), 0)
FROM instructions WHERE deleted_at IS NULL AND state <> 'cancelled' GROUP BY lead_body_id
UNION ALL
SELECT 'pairing', coalesce(pairing_id, ''), coalesce(sum(state = 'removed'), 0),
       coalesce(sum(state = 'removed' AND removed_on <= due_on), 0),
       coalesce(sum(state = 'removed' AND removed_on > due_on), 0), coalesce(sum(state <> 'removed'), 0)
FROM instructions WHERE deleted_at IS NULL AND state <> 'cancelled' GROUP BY coalesce(pairing_id, '');

-- An instruction's share: added when it starts to count, taken back when it stops or changes, once under its
-- lead body and once under its pairing.
CREATE TRIGGER execution_tallies_insert AFTER INSERT ON instructions
WHEN NEW.deleted_at IS NULL AND NEW.state <> 'cancelled'
BEGIN
    INSERT INTO execution_tallies (grouping, key, removed, on_time, late, open)
    SELECT g.grouping, g.key, NEW.state = 'removed',
           coalesce(NEW.state = 'removed' AND NEW.removed_on <= NEW.due_on, 0),
           coalesce(NEW.state = 'removed' AND NEW.removed_on > NEW.due_on, 0), NEW.state <> 'removed'
    FROM (SELECT 'body' AS grouping, NEW.lead_body_id AS key
          UNION ALL SELECT 'pairing', coalesce(NEW.pairing_id, '')) g
    WHERE true
    ON CONFLICT (grouping, key) DO UPDATE SET removed = removed + excluded.removed,
        on_time = on_time + excluded.on_time, late = late + excluded.late, open = open + excluded.open;
END;

CREATE TRIGGER execution_tallies_delete AFTER DELETE ON instructions
WHEN OLD.deleted_at IS NULL AND OLD.state <> 'cancelled'
BEGIN
    UPDATE execution_tallies
    SET removed = removed - (OLD.state = 'removed'),
        on_time = on_time - coalesce(OLD.state = 'removed' AND OLD.removed_on <= OLD.due_on, 0),
        late = late - coalesce(OLD.state = 'removed' AND OLD.removed_on > OLD.due_on, 0),
        open = open - (OLD.state <> 'removed')
    WHERE (grouping = 'body' AND key = OLD.lead_body_id)
       OR (grouping = 'pairing' AND key = coalesce(OLD.pairing_id, ''));
END;

CREATE TRIGGER execution_tallies_update
AFTER UPDATE OF state, lead_body_id, pairing_id, due_on, removed_on, deleted_at ON instructions
BEGIN
    UPDATE execution_tallies
    SET removed = removed - (OLD.state = 'removed'),
        on_time = on_time - coalesce(OLD.state = 'removed' AND OLD.removed_on <= OLD.due_on, 0),
        late = late - coalesce(OLD.state = 'removed' AND OLD.removed_on > OLD.due_on, 0),
        open = open - (OLD.state <> 'removed')
    WHERE OLD.deleted_at IS NULL AND OLD.state <> 'cancelled'
      AND ((grouping = 'body' AND key = OLD.lead_body_id)
           OR (grouping = 'pairing' AND key = coalesce(OLD.pairing_id, '')));
    INSERT INTO execution_tallies (grouping, key, removed, on_time, late, open)
    SELECT g.grouping, g.key, NEW.state = 'removed',
           coalesce(NEW.state = 'removed' AND NEW.removed_on <= NEW.due_on, 0),
           coalesce(NEW.state = 'removed' AND NEW.removed_on > NEW.due_on, 0), NEW.state <> 'removed'
    FROM (SELECT 'body' AS grouping, NEW.lead_body_id AS key
          UNION ALL SELECT 'pairing', coalesce(NEW.pairing_id, '')) g
    WHERE NEW.deleted_at IS NULL AND NEW.state <> 'cancelled'
    ON CONFLICT (grouping, key) DO UPDATE SET removed = removed + excluded.removed,
        on_time = on_time + excluded.on_time, late = late + excluded.late, open = open + excluded.open;
END;

-- The open instructions due from a date on, with both keys: what "today" subtracts from the tallies. A range
-- of this index from today, without the table (state and deleted_at are there so SQLite need not visit the
-- table to confirm the index's own condition).
CREATE INDEX instructions_open_ahead ON instructions (due_on, lead_body_id, pairing_id, state, deleted_at)
    WHERE deleted_at IS NULL AND state NOT IN ('removed', 'cancelled');

-- The rates no longer scan the instructions; their indexes (migration 0006) only cost writes now.
DROP INDEX instructions_rates_by_body;
DROP INDEX instructions_rates_by_pairing;
