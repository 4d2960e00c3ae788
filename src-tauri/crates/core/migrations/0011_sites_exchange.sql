-- Council Desk schema 11: sites, and the exchange of changes between them (the Tashkent and Moscow
-- secretariats, a laptop at a session's venue). Append-only: once shipped, later changes go into a new migration.
--
-- Every write transaction's changes to the shared records are captured (SQLite's session extension) into
-- `exchange_log` in the same transaction, numbered per site of origin; a package for a peer carries the
-- entries that peer has not acknowledged. Received entries join the same log, so they travel on to other
-- peers. Derived tables (search, tallies, counters) and the site's own settings never travel.

-- This database's site: exactly one row. The store gives it an id when it first opens; an officer names it.
CREATE TABLE site (
    one        INTEGER PRIMARY KEY CHECK (one = 1),
    id         TEXT NOT NULL,
    name_ru    TEXT NOT NULL DEFAULT '',
    name_uz    TEXT NOT NULL DEFAULT '',
    name_en    TEXT NOT NULL DEFAULT '',
    country    TEXT CHECK (country IN ('UZ', 'RU')),
    named      INTEGER NOT NULL DEFAULT 0,
    secret_key BLOB,                                  -- Ed25519 signing key (32 bytes); never exported
    public_key TEXT,                                  -- its public half, hex
    created_at TEXT NOT NULL
) STRICT;

-- Sites met through their cards.
CREATE TABLE peers (
    id               TEXT PRIMARY KEY,
    name_ru          TEXT NOT NULL,
    name_uz          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    country          TEXT NOT NULL CHECK (country IN ('UZ', 'RU')),
    public_key       TEXT NOT NULL,
    added_at         TEXT NOT NULL,
    last_sent        INTEGER NOT NULL DEFAULT 0,      -- number of the last package prepared for it
    last_sent_at     TEXT,
    last_received    INTEGER NOT NULL DEFAULT 0,      -- number of the last package applied from it
    last_received_at TEXT,
    acked            TEXT NOT NULL DEFAULT '{}'       -- JSON {origin site: highest change number it holds}
) STRICT;

-- Every change to the shared records, made here or received, in order of arrival (`pos`).
CREATE TABLE exchange_log (
    pos       INTEGER PRIMARY KEY,
    origin    TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    at        TEXT NOT NULL,
    changeset BLOB NOT NULL,
    audit     TEXT NOT NULL,                          -- JSON array of the audit rows the change wrote
    UNIQUE (origin, seq)
) STRICT;

-- Changes that arrived before an earlier change of their site: kept until it comes.
CREATE TABLE exchange_waiting (
    origin    TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    at        TEXT NOT NULL,
    changeset BLOB NOT NULL,
    audit     TEXT NOT NULL,
    PRIMARY KEY (origin, seq)
) STRICT, WITHOUT ROWID;

-- Where and when each shared row was made: its fields' writer until one of them is changed.
CREATE TABLE record_sites (
    tbl        TEXT NOT NULL,
    record_key TEXT NOT NULL,                         -- the primary key's values, joined by U+001F
    owner      TEXT NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (tbl, record_key)
) STRICT, WITHOUT ROWID;

-- Which site last changed a field of a shared row, and when: the later write wins when two sites change it.
CREATE TABLE field_writers (
    tbl        TEXT NOT NULL,
    record_key TEXT NOT NULL,
    field      INTEGER NOT NULL,                      -- the column's position in its table
    site       TEXT NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (tbl, record_key, field)
) STRICT, WITHOUT ROWID;

-- Fields two sites changed differently: the value kept and the other one, until an officer reviews them.
CREATE TABLE exchange_conflicts (
    id          TEXT PRIMARY KEY,
    at          TEXT NOT NULL,
    tbl         TEXT NOT NULL,
    record_key  TEXT NOT NULL,
    field       TEXT NOT NULL,
    kept        TEXT,                                 -- JSON value
    kept_site   TEXT NOT NULL,
    other       TEXT,                                 -- JSON value
    other_site  TEXT NOT NULL,
    reviewed_at TEXT
) STRICT;

CREATE INDEX exchange_conflicts_open ON exchange_conflicts (reviewed_at, at);

-- The site where an audited change was made; NULL for this site's own changes.
ALTER TABLE audit_log ADD COLUMN site TEXT;
