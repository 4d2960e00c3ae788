-- Council Desk schema 14: officer accounts and roles (issue #21). Append-only.
--
-- Accounts belong to this site and never travel (the exchange's shared tables do not list `officers`). Who
-- made a change travels as data with the rows that show it in the history: the officer's id and name in
-- every language, so the other site, where the account does not exist, shows the name in its interface
-- language. Rows written before the register had accounts name no officer.

CREATE TABLE officers (
    id              TEXT PRIMARY KEY,
    name_ru         TEXT NOT NULL DEFAULT '',
    name_uz         TEXT NOT NULL DEFAULT '',
    name_en         TEXT NOT NULL DEFAULT '',
    position_ru     TEXT NOT NULL DEFAULT '',
    position_uz     TEXT NOT NULL DEFAULT '',
    position_en     TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('observer', 'officer', 'head')),
    person_id       TEXT REFERENCES people (id),
    password_hash   TEXT,                             -- argon2id PHC string; NULL: no password asked
    failed_attempts INTEGER NOT NULL DEFAULT 0,       -- wrong passwords since the last sign-in or lock
    locked_until    TEXT,                             -- UTC instant; signing in is refused before it
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

ALTER TABLE audit_log ADD COLUMN officer_id TEXT;
ALTER TABLE audit_log ADD COLUMN officer_ru TEXT;
ALTER TABLE audit_log ADD COLUMN officer_uz TEXT;
ALTER TABLE audit_log ADD COLUMN officer_en TEXT;

-- The instruction's own history travels as shared rows: each names its officer and the site it was made on.
ALTER TABLE instruction_events ADD COLUMN officer_id TEXT;
ALTER TABLE instruction_events ADD COLUMN officer_ru TEXT;
ALTER TABLE instruction_events ADD COLUMN officer_uz TEXT;
ALTER TABLE instruction_events ADD COLUMN officer_en TEXT;
ALTER TABLE instruction_events ADD COLUMN site TEXT;
ALTER TABLE instruction_extensions ADD COLUMN officer_id TEXT;
ALTER TABLE instruction_extensions ADD COLUMN officer_ru TEXT;
ALTER TABLE instruction_extensions ADD COLUMN officer_uz TEXT;
ALTER TABLE instruction_extensions ADD COLUMN officer_en TEXT;
ALTER TABLE instruction_extensions ADD COLUMN site TEXT;
ALTER TABLE instruction_edits ADD COLUMN officer_id TEXT;
ALTER TABLE instruction_edits ADD COLUMN officer_ru TEXT;
ALTER TABLE instruction_edits ADD COLUMN officer_uz TEXT;
ALTER TABLE instruction_edits ADD COLUMN officer_en TEXT;
ALTER TABLE instruction_edits ADD COLUMN site TEXT;
