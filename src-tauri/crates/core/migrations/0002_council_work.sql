-- Council Desk schema 2: the working life of the Council — bodies and people, agreements and joint projects,
-- sessions and their agendas, decisions, instructions and their execution control.
-- Same conventions as schema 1: UUID text ids, UTC RFC 3339 instants, 'YYYY-MM-DD' dates, deleted_at = trash.
-- Money is an INTEGER of minor units (cents, kopecks, tiyin) with its currency; rates are micro-units of a
-- currency per one US dollar, so conversions stay in integers.

-- Named sequences that are given in order and never reused (council session ordinals, standalone instructions).
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE bodies (
    id         TEXT PRIMARY KEY,
    country    TEXT NOT NULL CHECK (country IN ('UZ', 'RU')),
    kind       TEXT NOT NULL CHECK (kind IN ('ministry', 'agency', 'regional_administration', 'company', 'other')),
    name_ru    TEXT NOT NULL,
    name_uz    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    region_id  TEXT REFERENCES regions (id),          -- for regional administrations
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;

CREATE TABLE people (
    id          TEXT PRIMARY KEY,
    full_name_ru TEXT NOT NULL,
    full_name_uz TEXT NOT NULL,
    full_name_en TEXT NOT NULL,
    position_ru TEXT NOT NULL DEFAULT '',
    position_uz TEXT NOT NULL DEFAULT '',
    position_en TEXT NOT NULL DEFAULT '',
    body_id     TEXT REFERENCES bodies (id),
    country     TEXT NOT NULL CHECK (country IN ('UZ', 'RU')),
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE INDEX people_by_body ON people (body_id);

CREATE TABLE exchange_rates (
    currency        TEXT NOT NULL CHECK (currency IN ('RUB', 'UZS', 'USD')),
    on_date         TEXT NOT NULL,
    micros_per_usd  INTEGER NOT NULL CHECK (micros_per_usd > 0),
    created_at      TEXT NOT NULL,
    PRIMARY KEY (currency, on_date)
) STRICT, WITHOUT ROWID;

CREATE TABLE sessions (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('council_session', 'working_group', 'forum', 'preparatory')),
    ordinal        INTEGER UNIQUE,                    -- council sessions only; from counters, never reused
    title_ru       TEXT NOT NULL DEFAULT '',
    title_uz       TEXT NOT NULL DEFAULT '',
    title_en       TEXT NOT NULL DEFAULT '',
    starts_at      TEXT NOT NULL,                     -- UTC instant
    ends_at        TEXT,                              -- planned end, UTC instant
    time_zone      TEXT NOT NULL,                     -- the venue's IANA zone
    venue_city_ru  TEXT NOT NULL DEFAULT '',
    venue_city_uz  TEXT NOT NULL DEFAULT '',
    venue_city_en  TEXT NOT NULL DEFAULT '',
    venue_place_ru TEXT NOT NULL DEFAULT '',
    venue_place_uz TEXT NOT NULL DEFAULT '',
    venue_place_en TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'confirmed', 'held', 'minutes_approved',
                                                   'postponed', 'cancelled')),
    status_reason  TEXT NOT NULL DEFAULT '',          -- why it was cancelled or postponed
    agenda_version INTEGER NOT NULL DEFAULT 1,        -- the version the live agenda items belong to
    agenda_approved_at TEXT,                          -- set while the current version is approved (locked)
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT
) STRICT;

CREATE INDEX sessions_by_start ON sessions (starts_at);

-- Every status change of a session, with the start it had before (a postponement keeps the old date here).
CREATE TABLE session_events (
    session_id     TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    at             TEXT NOT NULL,
    from_status    TEXT,
    to_status      TEXT NOT NULL,
    old_starts_at  TEXT,
    new_starts_at  TEXT,
    reason         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE session_people (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    person_id  TEXT NOT NULL REFERENCES people (id),
    role       TEXT NOT NULL CHECK (role IN ('co_chair', 'participant')),
    PRIMARY KEY (session_id, person_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX session_people_by_person ON session_people (person_id);

CREATE TABLE session_pairings (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    pairing_id TEXT NOT NULL REFERENCES pairings (id),
    PRIMARY KEY (session_id, pairing_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE session_sectors (
    session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    sector_code TEXT NOT NULL REFERENCES sectors (code),
    PRIMARY KEY (session_id, sector_code)
) STRICT, WITHOUT ROWID;

-- The live agenda of a session is its agenda_items; an approved version is also frozen here as JSON,
-- so every version stays readable after the agenda is revised.
CREATE TABLE agenda_versions (
    session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    approved_at TEXT NOT NULL,
    snapshot    TEXT NOT NULL,
    PRIMARY KEY (session_id, version)
) STRICT, WITHOUT ROWID;

CREATE TABLE agenda_items (
    id             TEXT PRIMARY KEY,
    session_id     TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    parent_id      TEXT REFERENCES agenda_items (id),  -- one level of sub-items
    position       INTEGER NOT NULL,                    -- order among live siblings, from 0, no gaps
    kind           TEXT NOT NULL CHECK (kind IN ('opening', 'report', 'discussion', 'signing', 'break', 'closing',
                                                 'instructions_review')),
    title_ru       TEXT NOT NULL DEFAULT '',
    title_uz       TEXT NOT NULL DEFAULT '',
    title_en       TEXT NOT NULL DEFAULT '',
    description_ru TEXT NOT NULL DEFAULT '',
    description_uz TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    duration_min   INTEGER NOT NULL CHECK (duration_min >= 0),
    fixed_start    TEXT,                                -- UTC instant, when the item must start at a set time
    pairing_id     TEXT REFERENCES pairings (id),
    sector_code    TEXT REFERENCES sectors (code),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT
) STRICT;

CREATE INDEX agenda_items_by_session ON agenda_items (session_id, parent_id, position);

CREATE TABLE agenda_item_presenters (
    item_id   TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    person_id TEXT REFERENCES people (id),
    body_id   TEXT REFERENCES bodies (id),
    PRIMARY KEY (item_id, position),
    CHECK ((person_id IS NULL) <> (body_id IS NULL))
) STRICT, WITHOUT ROWID;

CREATE TABLE agreements (
    id           TEXT PRIMARY KEY,
    title_ru     TEXT NOT NULL DEFAULT '',
    title_uz     TEXT NOT NULL DEFAULT '',
    title_en     TEXT NOT NULL DEFAULT '',
    number       TEXT NOT NULL DEFAULT '',
    signed_on    TEXT,
    pairing_id   TEXT REFERENCES pairings (id),
    session_id   TEXT REFERENCES sessions (id),        -- signed at this session
    status       TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'in_force', 'expired', 'terminated')),
    value_minor  INTEGER,
    currency     TEXT CHECK (currency IN ('RUB', 'UZS', 'USD')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    CHECK ((value_minor IS NULL) = (currency IS NULL))
) STRICT;

CREATE INDEX agreements_by_pairing ON agreements (pairing_id);
CREATE INDEX agreements_by_session ON agreements (session_id);

CREATE TABLE agreement_parties (
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    body_id      TEXT NOT NULL REFERENCES bodies (id),
    PRIMARY KEY (agreement_id, body_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE projects (
    id          TEXT PRIMARY KEY,
    title_ru    TEXT NOT NULL DEFAULT '',
    title_uz    TEXT NOT NULL DEFAULT '',
    title_en    TEXT NOT NULL DEFAULT '',
    sector_code TEXT REFERENCES sectors (code),
    pairing_id  TEXT REFERENCES pairings (id),
    value_minor INTEGER,
    currency    TEXT CHECK (currency IN ('RUB', 'UZS', 'USD')),
    status      TEXT NOT NULL CHECK (status IN ('proposed', 'agreed', 'under_way', 'completed', 'frozen')),
    starts_on   TEXT,
    ends_on     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    CHECK ((value_minor IS NULL) = (currency IS NULL))
) STRICT;

CREATE INDEX projects_by_pairing ON projects (pairing_id);

CREATE TABLE project_regions (
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    region_id  TEXT NOT NULL REFERENCES regions (id),
    PRIMARY KEY (project_id, region_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE project_bodies (
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    body_id    TEXT NOT NULL REFERENCES bodies (id),
    PRIMARY KEY (project_id, body_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE decisions (
    id             TEXT PRIMARY KEY,
    session_id     TEXT NOT NULL REFERENCES sessions (id),
    seq            INTEGER NOT NULL,                   -- n in "{ordinal}/{n}", in order of adoption
    number         TEXT NOT NULL,                      -- "{ordinal}/{n}", fixed when adopted
    agenda_item_id TEXT REFERENCES agenda_items (id),
    text_ru        TEXT NOT NULL DEFAULT '',
    text_uz        TEXT NOT NULL DEFAULT '',
    text_en        TEXT NOT NULL DEFAULT '',
    adopted_on     TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('in_force', 'amended', 'rescinded')),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT,
    UNIQUE (session_id, seq)
) STRICT;

-- Every amendment or rescission keeps the text it replaced.
CREATE TABLE decision_revisions (
    decision_id TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('amended', 'rescinded')),
    old_text_ru TEXT NOT NULL,
    old_text_uz TEXT NOT NULL,
    old_text_en TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (decision_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE instructions (
    id                   TEXT PRIMARY KEY,
    number               TEXT NOT NULL UNIQUE,         -- "{decision number}.{k}", "{parent}.{k}" or "S-{year}-{k}"
    decision_id          TEXT REFERENCES decisions (id),
    session_id           TEXT REFERENCES sessions (id), -- the decision's session, kept for the weekly queries
    parent_id            TEXT REFERENCES instructions (id),
    seq                  INTEGER NOT NULL,             -- k among its siblings
    text_ru              TEXT NOT NULL DEFAULT '',
    text_uz              TEXT NOT NULL DEFAULT '',
    text_en              TEXT NOT NULL DEFAULT '',
    lead_body_id         TEXT NOT NULL REFERENCES bodies (id),
    controller_person_id TEXT REFERENCES people (id),
    pairing_id           TEXT REFERENCES pairings (id),
    due_on               TEXT NOT NULL,                -- a calendar date, the current one after extensions
    state                TEXT NOT NULL CHECK (state IN ('assigned', 'in_progress', 'reported', 'removed',
                                                        'cancelled')),
    state_reason         TEXT NOT NULL DEFAULT '',      -- why it was cancelled
    removed_on           TEXT,                          -- the date it left control
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted_at           TEXT
) STRICT;

-- The control screen's filters; open instructions are those not removed and not cancelled.
CREATE INDEX instructions_by_due ON instructions (due_on) WHERE deleted_at IS NULL;
CREATE INDEX instructions_by_body ON instructions (lead_body_id, due_on);
CREATE INDEX instructions_by_session ON instructions (session_id);
CREATE INDEX instructions_by_pairing ON instructions (pairing_id);
CREATE INDEX instructions_by_decision ON instructions (decision_id);
CREATE INDEX instructions_by_parent ON instructions (parent_id);

CREATE TABLE instruction_co_executors (
    instruction_id TEXT NOT NULL REFERENCES instructions (id) ON DELETE CASCADE,
    body_id        TEXT NOT NULL REFERENCES bodies (id),
    PRIMARY KEY (instruction_id, body_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX co_executors_by_body ON instruction_co_executors (body_id);

-- Every extension of a due date with its reason; the first old_due_on is the original due date.
CREATE TABLE instruction_extensions (
    instruction_id TEXT NOT NULL REFERENCES instructions (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    at             TEXT NOT NULL,
    os_user        TEXT NOT NULL,
    old_due_on     TEXT NOT NULL,
    new_due_on     TEXT NOT NULL,
    reason         TEXT NOT NULL,
    PRIMARY KEY (instruction_id, seq)
) STRICT, WITHOUT ROWID;

-- Every state change of an instruction.
CREATE TABLE instruction_events (
    instruction_id TEXT NOT NULL REFERENCES instructions (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    at             TEXT NOT NULL,
    os_user        TEXT NOT NULL,
    from_state     TEXT,
    to_state       TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (instruction_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE execution_reports (
    id             TEXT PRIMARY KEY,
    instruction_id TEXT NOT NULL REFERENCES instructions (id),
    reported_on    TEXT NOT NULL,
    text           TEXT NOT NULL,
    author         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    deleted_at     TEXT
) STRICT;

CREATE INDEX reports_by_instruction ON execution_reports (instruction_id, reported_on);
