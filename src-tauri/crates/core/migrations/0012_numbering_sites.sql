-- Council Desk schema 12: which site gives the numbers people cite (issue #20). Append-only.
--
-- A session's decisions and instructions are numbered by its numbering site: the site that made the session
-- (NULL here: the maker noted in `record_sites`) until an officer hands the numbering over to another site
-- (the laptop at the venue) and back. The column travels with the session row.
ALTER TABLE sessions ADD COLUMN numbering_site TEXT;

-- The site that numbers the register's standalone instructions: one row that travels. No row: every desk
-- numbers its own (a desk that has never exchanged works as before).
CREATE TABLE register_numbering (
    one  INTEGER PRIMARY KEY CHECK (one = 1),
    site TEXT NOT NULL
) STRICT;

-- A pending number is a placeholder nobody cites: search_source is made again without it (search finds the
-- record by its texts, and by its number once it has one).
DROP VIEW search_source;

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
        'basis_title_ru', t.basis_title_ru, 'basis_title_uz', t.basis_title_uz,
        'basis_title_en', t.basis_title_en, 'basis_number', t.basis_number,
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
        'number', iif(t.number LIKE 'pending:%', '', t.number), 'text_ru', t.text_ru, 'text_uz', t.text_uz, 'text_en', t.text_en)) f
    WHERE t.deleted_at IS NULL AND f.value <> ''
UNION ALL
    SELECT 'instruction', t.id, f.key, f.value
    FROM instructions t, json_each(json_object(
        'number', iif(t.number LIKE 'pending:%', '', t.number), 'text_ru', t.text_ru, 'text_uz', t.text_uz, 'text_en', t.text_en)) f
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
