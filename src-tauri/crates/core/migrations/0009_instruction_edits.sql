-- Council Desk schema 9: edits of an instruction go into its own history, like its changes of state.
-- Append-only: once shipped, later changes go into a new migration.
--
-- An edit on the control screen (text, lead executor, co-executors, controller, pairing) was kept only in
-- `audit_log`, so the instruction's timeline never showed it. Each edit is one `seq`; each field it changed
-- is one row, with the value before and after as the officer read it then (a body, person or pairing by its
-- name in ru, uz and en; a text as typed), so a later rename or deletion does not rewrite the history.

CREATE TABLE instruction_edits (
    instruction_id TEXT NOT NULL REFERENCES instructions (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    field          TEXT NOT NULL CHECK (field IN ('text_ru', 'text_uz', 'text_en', 'lead_body',
                                                  'co_executors', 'controller', 'pairing')),
    at             TEXT NOT NULL,
    os_user        TEXT NOT NULL,
    old_ru         TEXT NOT NULL,
    old_uz         TEXT NOT NULL,
    old_en         TEXT NOT NULL,
    new_ru         TEXT NOT NULL,
    new_uz         TEXT NOT NULL,
    new_en         TEXT NOT NULL,
    PRIMARY KEY (instruction_id, seq, field)
) STRICT, WITHOUT ROWID;
