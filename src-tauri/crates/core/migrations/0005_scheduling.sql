-- Council Desk: scheduling — public holidays of both countries and series of recurring meetings.
-- Append-only: once shipped, later changes go into a new migration.

-- Public holidays (days off) of Uzbekistan and Russia. Shipped rows (assets/holidays.json) have a stable
-- UUID v5 id and are inserted when missing; a row the officer edited is marked user_edited and never
-- overwritten. Holidays fixed each year by decree (the hayits, Russia's transferred days off) carry
-- by_decree = 1 until the officer confirms the date.
CREATE TABLE holidays (
    id          TEXT PRIMARY KEY,
    country     TEXT NOT NULL CHECK (country IN ('UZ', 'RU')),
    on_date     TEXT NOT NULL,                     -- YYYY-MM-DD
    name_ru     TEXT NOT NULL,
    name_uz     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    by_decree   INTEGER NOT NULL DEFAULT 0 CHECK (by_decree IN (0, 1)),
    user_edited INTEGER NOT NULL DEFAULT 0 CHECK (user_edited IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE INDEX holidays_by_date ON holidays (on_date);

-- A series of recurring meetings (a working group meeting every second Tuesday, …). Its occurrences are
-- ordinary sessions carrying series_id and their occurrence date; the series keeps the rule and the
-- template the occurrences were made from.
CREATE TABLE session_series (
    id          TEXT PRIMARY KEY,
    rule        TEXT NOT NULL,                     -- JSON of the recurrence rule (frequency, weekday, end)
    first_date  TEXT NOT NULL,                     -- YYYY-MM-DD, the day the rule starts counting from
    start_time  TEXT NOT NULL,                     -- HH:MM on the venue's clock
    end_time    TEXT,                              -- HH:MM on the venue's clock, the same day
    template    TEXT NOT NULL,                     -- JSON of the session input every occurrence starts from
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

-- Dates the rule skips (a holiday, a cancelled week).
CREATE TABLE session_series_exceptions (
    series_id TEXT NOT NULL REFERENCES session_series (id) ON DELETE CASCADE,
    on_date   TEXT NOT NULL,                       -- YYYY-MM-DD
    PRIMARY KEY (series_id, on_date)
) STRICT, WITHOUT ROWID;

ALTER TABLE sessions ADD COLUMN series_id TEXT REFERENCES session_series (id);
ALTER TABLE sessions ADD COLUMN occurrence_date TEXT;   -- YYYY-MM-DD, the date the rule gave it

CREATE INDEX sessions_by_series ON sessions (series_id, occurrence_date);
