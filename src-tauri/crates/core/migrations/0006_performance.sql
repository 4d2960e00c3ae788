-- Council Desk: indexes for the control screen and the dashboard at ten years of data (~95,000 instructions).
-- Append-only: once shipped, later changes go into a new migration.
--
-- Measured with `cargo bench -p council-core --features bench` on `council demo --scale 10y` (docs/PERFORMANCE.md).
-- Without these, every control-list page, the weekly counts and the execution rates read the instructions
-- table itself: ~600 bytes a row with its three texts, 58 MB in all, far more than SQLite's page cache, so
-- each question re-read tens of megabytes. Each index below holds exactly the columns its question reads
-- (deleted_at too: without it SQLite still visits the table to test `deleted_at IS NULL`), so the answer
-- comes from the index alone (EXPLAIN QUERY PLAN says "USING COVERING INDEX").

-- A control-list page: live instructions in page order (due date, then number). The page is chosen from this
-- index alone: the state and lead-executor filters are tested on its entries, the page stops after its last
-- row, and only the rows of the page visit the table. It replaces instructions_by_due (due_on only), which made
-- every entry visit the table and every page sort its candidates by number.
DROP INDEX instructions_by_due;
CREATE INDEX instructions_page ON instructions (due_on, number, state, lead_body_id, id, deleted_at)
    WHERE deleted_at IS NULL;

-- The same for instructions under control (the screen's default, overdue, due within N days) and the
-- dashboard's open / overdue / due-this-week counts: a third of the instructions at ten years, so scanning it
-- costs a third. Its condition is the store's spelling of "open" word for word, which is what lets SQLite
-- know a query asking for open instructions may use it.
CREATE INDEX instructions_open_page ON instructions (due_on, number, state, lead_body_id, id, deleted_at)
    WHERE deleted_at IS NULL AND state NOT IN ('removed', 'cancelled');

-- Execution rates per lead body and per pairing: the columns the rate counts read, grouped by the key, so the
-- report is one pass over a small index in group order, with no sort and no table reads. Cancelled
-- instructions never count and are left out.
CREATE INDEX instructions_rates_by_body ON instructions (lead_body_id, state, due_on, removed_on, deleted_at)
    WHERE deleted_at IS NULL AND state <> 'cancelled';
CREATE INDEX instructions_rates_by_pairing ON instructions (pairing_id, state, due_on, removed_on, deleted_at)
    WHERE deleted_at IS NULL AND state <> 'cancelled';
