-- Council Desk schema 15: indexes on the two references between large tables that had none. Append-only.
--
-- While SQLite applies a changeset (a package received from another site) it defers foreign keys, and rows
-- come in no particular order within a table; while any reference is unresolved, every row written to a
-- parent table looks for its children. Without these indexes each agenda item received read every agenda
-- item and every decision: most of the time the first package of a ten-year register took.
CREATE INDEX agenda_items_by_parent ON agenda_items (parent_id);
CREATE INDEX decisions_by_agenda_item ON decisions (agenda_item_id);
