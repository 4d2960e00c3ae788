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
