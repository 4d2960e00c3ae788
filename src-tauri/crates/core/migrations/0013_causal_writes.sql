-- Council Desk schema 13: what each change knew of, so that the same field changed on two sites is decided
-- by the owner-wins rule (issue #20). Append-only.
--
-- A change carries what its site held of every other site when it was made (`seen`, JSON {origin site:
-- highest change number}, the vector `receive` keeps); changes made before this schema saw nothing.
ALTER TABLE exchange_log ADD COLUMN seen TEXT NOT NULL DEFAULT '{}';
ALTER TABLE exchange_waiting ADD COLUMN seen TEXT NOT NULL DEFAULT '{}';

-- The writer of a row's making and of a field's last change is a change `(site, seq)`; a field's writer also
-- keeps how many of the row owner's changes it had seen (its own number when the owner wrote it): the rank
-- the rule compares first. Rows noted before this schema find their change by its site and instant.
ALTER TABLE record_sites ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE field_writers ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE field_writers ADD COLUMN owner_seen INTEGER NOT NULL DEFAULT 0;

UPDATE record_sites SET seq = coalesce(
    (SELECT min(l.seq) FROM exchange_log l WHERE l.origin = record_sites.owner AND l.at = record_sites.at), 0);
UPDATE field_writers SET seq = coalesce(
    (SELECT max(l.seq) FROM exchange_log l WHERE l.origin = field_writers.site AND l.at = field_writers.at), 0);
UPDATE field_writers SET owner_seen = seq
WHERE site = (SELECT r.owner FROM record_sites r
              WHERE r.tbl = field_writers.tbl AND r.record_key = field_writers.record_key);
