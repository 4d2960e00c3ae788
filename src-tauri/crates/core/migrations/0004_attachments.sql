-- Council Desk schema 4: files attached to agreements, agenda items, decisions and execution reports.
-- Append-only: once shipped, later changes go into a new migration.
--
-- The content of an attachment lives outside the database, under its SHA-256 in the attachments folder
-- beside the database; a row names the content, its owner and how to show it. An owner is one of four
-- record types, so it is checked by the store, not by a foreign key. Deleting sets deleted_at (the trash).

CREATE TABLE attachments (
    id         TEXT PRIMARY KEY,
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('agreement', 'agenda_item', 'decision', 'execution_report')),
    owner_id   TEXT NOT NULL,
    name       TEXT NOT NULL CHECK (name <> ''),            -- sanitised; unique among the owner's live ones
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
    size       INTEGER NOT NULL CHECK (size >= 0),
    media_type TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL,
    deleted_at TEXT
) STRICT;

CREATE INDEX attachments_by_owner ON attachments (owner_kind, owner_id, added_at);
CREATE INDEX attachments_by_content ON attachments (sha256);
