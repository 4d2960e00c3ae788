-- Council Desk schema 3: one full-text search over every register, in either script.
-- Append-only: once shipped, later changes go into a new migration.
--
-- search_source names every searchable text of every live record (trashed ones are left out), one row per
-- field; search_entries holds those texts. search_index indexes each entry by its folded Latin key and its
-- consonant skeleton, computed by the functions search_fold() and search_skeleton() that the core registers
-- on every connection (see src/search/fold.rs).
-- Triggers on every source table rewrite a record's entries in the statement that changed the record, so
-- the index commits or rolls back with the write; triggers on search_entries keep search_index in step.

CREATE TABLE search_entries (
    id        INTEGER PRIMARY KEY,              -- the rowid of the entry in search_index
    entity    TEXT NOT NULL,                    -- region, pairing, body, person, session, agenda_item, ...
    record_id TEXT NOT NULL,
    field     TEXT NOT NULL,                    -- name_ru, number, ...
    text      TEXT NOT NULL,                    -- the field as stored, for snippets
    UNIQUE (entity, record_id, field)
) STRICT;

-- The index keeps no copy of the texts (contentless); its rows are deleted by rowid. Folded texts are
-- letters and digits separated by single spaces, and the ascii tokenizer splits only at ASCII punctuation
-- and spaces, so it splits them exactly where the core does.
CREATE VIRTUAL TABLE search_index USING fts5 (
    folded, skeleton,
    content = '', contentless_delete = 1,
    tokenize = 'ascii'
);

CREATE TRIGGER search_entries_insert AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_index (rowid, folded, skeleton)
    VALUES (NEW.id, search_fold(NEW.text), search_skeleton(NEW.text));
END;

CREATE TRIGGER search_entries_delete AFTER DELETE ON search_entries BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id;
END;

CREATE TRIGGER search_entries_update AFTER UPDATE ON search_entries BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id;
    INSERT INTO search_index (rowid, folded, skeleton)
    VALUES (NEW.id, search_fold(NEW.text), search_skeleton(NEW.text));
END;

-- Every searchable text of every live record. A filter on entity and record_id reaches each table's
-- primary key (SQLite pushes it into every arm).
CREATE VIEW search_source (entity, record_id, field, text) AS
    SELECT 'region', t.id, f.key, f.value
    FROM regions t, json_each(json_object(
        'name_ru', t.name_ru, 'name_uz', t.name_uz, 'name_en', t.name_en,
        'centre_ru', t.centre_ru, 'centre_uz', t.centre_uz, 'centre_en', t.centre_en,
        'iso_code', t.iso_code)) f
    WHERE t.deleted_at IS NULL AND f.value <> ''
UNION ALL
    SELECT 'pairing', t.id, f.key, f.value
    FROM pairings t
    JOIN regions u ON u.id = t.uz_region_id
    JOIN regions r ON r.id = t.ru_region_id,
    json_each(json_object(
        'regions_ru', u.name_ru || ' — ' || r.name_ru,
        'regions_uz', u.name_uz || ' — ' || r.name_uz,
        'regions_en', u.name_en || ' — ' || r.name_en,
        'basis_title', t.basis_title, 'basis_number', t.basis_number,
        'notes_ru', t.notes_ru, 'notes_uz', t.notes_uz, 'notes_en', t.notes_en,
        'contacts', t.contacts)) f
    WHERE t.deleted_at IS NULL AND f.value <> ''
UNION ALL
    SELECT 'body', t.id, f.key, f.value
    FROM bodies t, json_each(json_object('name_ru', t.name_ru, 'name_uz', t.name_uz, 'name_en', t.name_en)) f
    WHERE t.deleted_at IS NULL AND f.value <> ''
UNION ALL
    SELECT 'person', t.id, f.key, f.value
    FROM people t, json_each(json_object(
        'full_name_ru', t.full_name_ru, 'full_name_uz', t.full_name_uz, 'full_name_en', t.full_name_en,
        'position_ru', t.position_ru, 'position_uz', t.position_uz, 'position_en', t.position_en,
        'email', t.email)) f
    WHERE t.deleted_at IS NULL AND f.value <> ''
UNION ALL
    SELECT 'session', t.id, f.key, f.value
    FROM sessions t, json_each(json_object(
        'title_ru', t.title_ru, 'title_uz', t.title_uz, 'title_en', t.title_en,
        'venue_city_ru', t.venue_city_ru, 'venue_city_uz', t.venue_city_uz, 'venue_city_en', t.venue_city_en,
        'venue_place_ru', t.venue_place_ru, 'venue_place_uz', t.venue_place_uz,
        'venue_place_en', t.venue_place_en)) f
    WHERE t.deleted_at IS NULL AND f.value <> ''
UNION ALL
    SELECT 'agenda_item', t.id, f.key, f.value
    FROM agenda_items t, json_each(json_object(
        'title_ru', t.title_ru, 'title_uz', t.title_uz, 'title_en', t.title_en,
        'description_ru', t.description_ru, 'description_uz', t.description_uz,
        'description_en', t.description_en)) f
    WHERE t.deleted_at IS NULL AND f.value <> ''
UNION ALL
    SELECT 'decision', t.id, f.key, f.value
    FROM decisions t, json_each(json_object(
        'number', t.number, 'text_ru', t.text_ru, 'text_uz', t.text_uz, 'text_en', t.text_en)) f
    WHERE t.deleted_at IS NULL AND f.value <> ''
UNION ALL
    SELECT 'instruction', t.id, f.key, f.value
    FROM instructions t, json_each(json_object(
        'number', t.number, 'text_ru', t.text_ru, 'text_uz', t.text_uz, 'text_en', t.text_en)) f
    WHERE t.deleted_at IS NULL AND f.value <> ''
UNION ALL
    SELECT 'agreement', t.id, f.key, f.value
    FROM agreements t, json_each(json_object(
        'title_ru', t.title_ru, 'title_uz', t.title_uz, 'title_en', t.title_en, 'number', t.number)) f
    WHERE t.deleted_at IS NULL AND f.value <> ''
UNION ALL
    SELECT 'project', t.id, f.key, f.value
    FROM projects t, json_each(json_object('title_ru', t.title_ru, 'title_uz', t.title_uz, 'title_en', t.title_en)) f
    WHERE t.deleted_at IS NULL AND f.value <> '';

-- Regions: their own entries, and those of their pairings, whose label names them.
CREATE TRIGGER search_regions_insert AFTER INSERT ON regions BEGIN
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'region' AND record_id = NEW.id;
END;
CREATE TRIGGER search_regions_update AFTER UPDATE ON regions BEGIN
    DELETE FROM search_entries WHERE entity = 'region' AND record_id = OLD.id;
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'region' AND record_id = NEW.id;
    DELETE FROM search_entries WHERE entity = 'pairing' AND record_id IN
        (SELECT id FROM pairings WHERE uz_region_id = NEW.id OR ru_region_id = NEW.id);
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'pairing' AND record_id IN
        (SELECT id FROM pairings WHERE uz_region_id = NEW.id OR ru_region_id = NEW.id);
END;
CREATE TRIGGER search_regions_delete AFTER DELETE ON regions BEGIN
    DELETE FROM search_entries WHERE entity = 'region' AND record_id = OLD.id;
END;

CREATE TRIGGER search_pairings_insert AFTER INSERT ON pairings BEGIN
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'pairing' AND record_id = NEW.id;
END;
CREATE TRIGGER search_pairings_update AFTER UPDATE ON pairings BEGIN
    DELETE FROM search_entries WHERE entity = 'pairing' AND record_id = OLD.id;
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'pairing' AND record_id = NEW.id;
END;
CREATE TRIGGER search_pairings_delete AFTER DELETE ON pairings BEGIN
    DELETE FROM search_entries WHERE entity = 'pairing' AND record_id = OLD.id;
END;

CREATE TRIGGER search_bodies_insert AFTER INSERT ON bodies BEGIN
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'body' AND record_id = NEW.id;
END;
CREATE TRIGGER search_bodies_update AFTER UPDATE ON bodies BEGIN
    DELETE FROM search_entries WHERE entity = 'body' AND record_id = OLD.id;
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'body' AND record_id = NEW.id;
END;
CREATE TRIGGER search_bodies_delete AFTER DELETE ON bodies BEGIN
    DELETE FROM search_entries WHERE entity = 'body' AND record_id = OLD.id;
END;

CREATE TRIGGER search_people_insert AFTER INSERT ON people BEGIN
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'person' AND record_id = NEW.id;
END;
CREATE TRIGGER search_people_update AFTER UPDATE ON people BEGIN
    DELETE FROM search_entries WHERE entity = 'person' AND record_id = OLD.id;
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'person' AND record_id = NEW.id;
END;
CREATE TRIGGER search_people_delete AFTER DELETE ON people BEGIN
    DELETE FROM search_entries WHERE entity = 'person' AND record_id = OLD.id;
END;

CREATE TRIGGER search_sessions_insert AFTER INSERT ON sessions BEGIN
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'session' AND record_id = NEW.id;
END;
CREATE TRIGGER search_sessions_update AFTER UPDATE ON sessions BEGIN
    DELETE FROM search_entries WHERE entity = 'session' AND record_id = OLD.id;
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'session' AND record_id = NEW.id;
END;
CREATE TRIGGER search_sessions_delete AFTER DELETE ON sessions BEGIN
    DELETE FROM search_entries WHERE entity = 'session' AND record_id = OLD.id;
END;

CREATE TRIGGER search_agenda_items_insert AFTER INSERT ON agenda_items BEGIN
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'agenda_item' AND record_id = NEW.id;
END;
CREATE TRIGGER search_agenda_items_update AFTER UPDATE ON agenda_items BEGIN
    DELETE FROM search_entries WHERE entity = 'agenda_item' AND record_id = OLD.id;
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'agenda_item' AND record_id = NEW.id;
END;
CREATE TRIGGER search_agenda_items_delete AFTER DELETE ON agenda_items BEGIN
    DELETE FROM search_entries WHERE entity = 'agenda_item' AND record_id = OLD.id;
END;

CREATE TRIGGER search_decisions_insert AFTER INSERT ON decisions BEGIN
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'decision' AND record_id = NEW.id;
END;
CREATE TRIGGER search_decisions_update AFTER UPDATE ON decisions BEGIN
    DELETE FROM search_entries WHERE entity = 'decision' AND record_id = OLD.id;
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'decision' AND record_id = NEW.id;
END;
CREATE TRIGGER search_decisions_delete AFTER DELETE ON decisions BEGIN
    DELETE FROM search_entries WHERE entity = 'decision' AND record_id = OLD.id;
END;

CREATE TRIGGER search_instructions_insert AFTER INSERT ON instructions BEGIN
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'instruction' AND record_id = NEW.id;
END;
CREATE TRIGGER search_instructions_update AFTER UPDATE ON instructions BEGIN
    DELETE FROM search_entries WHERE entity = 'instruction' AND record_id = OLD.id;
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'instruction' AND record_id = NEW.id;
END;
CREATE TRIGGER search_instructions_delete AFTER DELETE ON instructions BEGIN
    DELETE FROM search_entries WHERE entity = 'instruction' AND record_id = OLD.id;
END;

CREATE TRIGGER search_agreements_insert AFTER INSERT ON agreements BEGIN
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'agreement' AND record_id = NEW.id;
END;
CREATE TRIGGER search_agreements_update AFTER UPDATE ON agreements BEGIN
    DELETE FROM search_entries WHERE entity = 'agreement' AND record_id = OLD.id;
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'agreement' AND record_id = NEW.id;
END;
CREATE TRIGGER search_agreements_delete AFTER DELETE ON agreements BEGIN
    DELETE FROM search_entries WHERE entity = 'agreement' AND record_id = OLD.id;
END;

CREATE TRIGGER search_projects_insert AFTER INSERT ON projects BEGIN
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'project' AND record_id = NEW.id;
END;
CREATE TRIGGER search_projects_update AFTER UPDATE ON projects BEGIN
    DELETE FROM search_entries WHERE entity = 'project' AND record_id = OLD.id;
    INSERT INTO search_entries (entity, record_id, field, text)
    SELECT entity, record_id, field, text FROM search_source WHERE entity = 'project' AND record_id = NEW.id;
END;
CREATE TRIGGER search_projects_delete AFTER DELETE ON projects BEGIN
    DELETE FROM search_entries WHERE entity = 'project' AND record_id = OLD.id;
END;

-- Records that exist already (a database of schema 2) are indexed now.
INSERT INTO search_entries (entity, record_id, field, text) SELECT entity, record_id, field, text FROM search_source;
