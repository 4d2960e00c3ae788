-- Council Desk schema 1: reference data (regions, sectors), pairings, audit history, settings.
-- Append-only: this file shipped; later changes go into a new migration.
-- Ids are UUID text; instants are UTC RFC 3339 text with milliseconds ('2026-11-29T08:30:00.000Z');
-- calendar dates are 'YYYY-MM-DD'. A non-NULL deleted_at puts a record in the trash.

CREATE TABLE regions (
    id          TEXT PRIMARY KEY,
    iso_code    TEXT UNIQUE,                       -- NULL for regions a user added without an ISO code
    country     TEXT NOT NULL CHECK (country IN ('UZ', 'RU')),
    kind        TEXT NOT NULL CHECK (kind IN ('region', 'republic', 'city', 'krai', 'autonomous_oblast', 'autonomous_okrug')),
    name_ru     TEXT NOT NULL,
    name_uz     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    centre_ru   TEXT NOT NULL DEFAULT '',
    centre_uz   TEXT NOT NULL DEFAULT '',
    centre_en   TEXT NOT NULL DEFAULT '',
    time_zone   TEXT NOT NULL,
    user_edited INTEGER NOT NULL DEFAULT 0 CHECK (user_edited IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE INDEX regions_by_country ON regions (country, name_ru);

CREATE TABLE sectors (
    code       TEXT PRIMARY KEY,
    name_ru    TEXT NOT NULL,
    name_uz    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    position   INTEGER NOT NULL,
    deleted_at TEXT
) STRICT;

CREATE TABLE pairings (
    id           TEXT PRIMARY KEY,
    uz_region_id TEXT NOT NULL REFERENCES regions (id),
    ru_region_id TEXT NOT NULL REFERENCES regions (id),
    status       TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'suspended', 'ended')),
    since        TEXT,
    basis_title  TEXT NOT NULL DEFAULT '',
    basis_number TEXT NOT NULL DEFAULT '',
    basis_date   TEXT,
    notes_ru     TEXT NOT NULL DEFAULT '',
    notes_uz     TEXT NOT NULL DEFAULT '',
    notes_en     TEXT NOT NULL DEFAULT '',
    contacts     TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
) STRICT;

-- The rule "no second active pairing of the same two regions", enforced by the database as a last line;
-- the core checks it first to give a translated error.
CREATE UNIQUE INDEX pairings_one_active ON pairings (uz_region_id, ru_region_id)
    WHERE status = 'active' AND deleted_at IS NULL;
CREATE INDEX pairings_by_ru_region ON pairings (ru_region_id);

CREATE TABLE pairing_sectors (
    pairing_id  TEXT NOT NULL REFERENCES pairings (id) ON DELETE CASCADE,
    sector_code TEXT NOT NULL REFERENCES sectors (code),
    PRIMARY KEY (pairing_id, sector_code)
) STRICT, WITHOUT ROWID;

-- Every change, in the transaction that made it: who (OS user), when, what record, before and after as JSON.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    os_user   TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    before    TEXT,
    after     TEXT
) STRICT;

CREATE INDEX audit_by_record ON audit_log (entity, record_id, seq);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
