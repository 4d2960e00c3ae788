-- Council Desk schema 16: the Council's indicators, the targets the heads of state set and the values the
-- secretariat enters for them by period. Append-only.
--
-- A value is an INTEGER of thousandths of the indicator's unit (a million US dollars or a count), so three
-- decimals are kept exactly. A value belongs to a year, or to a quarter of it; one live value per period.
-- `measure` says how values meet the target: `annual` (the latest year's value; a year without its own value
-- is the sum of its quarters), `stock` (the latest period's level), `cumulative` (every year's value summed).
CREATE TABLE indicators (
    id           TEXT PRIMARY KEY,
    code         TEXT NOT NULL DEFAULT '',             -- shipped indicators only; '' for the secretariat's own
    name_ru      TEXT NOT NULL,
    name_uz      TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    unit         TEXT NOT NULL CHECK (unit IN ('usd_million', 'count')),
    measure      TEXT NOT NULL CHECK (measure IN ('annual', 'stock', 'cumulative')),
    target_kind  TEXT NOT NULL CHECK (target_kind IN ('reach', 'more_than', 'about')),
    target_milli INTEGER CHECK (target_milli > 0),
    position     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
) STRICT;

CREATE TABLE indicator_values (
    id           TEXT PRIMARY KEY,
    indicator_id TEXT NOT NULL REFERENCES indicators (id),
    year         INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    quarter      INTEGER CHECK (quarter BETWEEN 1 AND 4), -- NULL: the whole year
    value_milli  INTEGER NOT NULL CHECK (value_milli >= 0),
    source       TEXT NOT NULL,                        -- where the figure comes from (statistics office, ministry)
    as_of        TEXT NOT NULL,                        -- 'YYYY-MM-DD': the date of the figure
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
) STRICT;

CREATE UNIQUE INDEX indicator_values_one_per_period
    ON indicator_values (indicator_id, year, coalesce(quarter, 0)) WHERE deleted_at IS NULL;

-- The summit's targets (state visit of May 2024): the same ids on every site.
INSERT INTO indicators (id, code, name_ru, name_uz, name_en, unit, measure, target_kind, target_milli, position,
                        created_at, updated_at)
VALUES
    ('5d1c0a7e-3f0b-5c62-9a41-7b8e2d6f0001', 'trade_turnover',
     'Товарооборот', 'Tovar aylanmasi', 'Trade turnover',
     'usd_million', 'annual', 'reach', 30000000, 1, '2024-05-27T00:00:00.000Z', '2024-05-27T00:00:00.000Z'),
    ('5d1c0a7e-3f0b-5c62-9a41-7b8e2d6f0002', 'joint_ventures',
     'Совместные предприятия', 'Qoʻshma korxonalar', 'Joint ventures',
     'count', 'stock', 'more_than', 3000000, 2, '2024-05-27T00:00:00.000Z', '2024-05-27T00:00:00.000Z'),
    ('5d1c0a7e-3f0b-5c62-9a41-7b8e2d6f0003', 'project_portfolio',
     'Портфель совместных проектов', 'Qoʻshma loyihalar portfeli', 'Joint project portfolio',
     'usd_million', 'stock', 'about', 45000000, 3, '2024-05-27T00:00:00.000Z', '2024-05-27T00:00:00.000Z'),
    ('5d1c0a7e-3f0b-5c62-9a41-7b8e2d6f0004', 'agreements_signed',
     'Соглашения по новым проектам', 'Yangi loyihalar boʻyicha kelishuvlar', 'Agreements on new projects',
     'usd_million', 'cumulative', 'more_than', 20000000, 4, '2024-05-27T00:00:00.000Z', '2024-05-27T00:00:00.000Z');
