-- Council Desk schema 17: reminder letters sent to the bodies that execute instructions. Append-only.
--
-- One row per instruction a reminder named: the letter's date and outgoing number, how it went (a printed
-- letter, an e-mail, an e-mail file handed to the officer's mail program), the body it went to, and like the
-- instruction's other history rows the officer and the site that recorded it. The rows travel with the
-- instruction. One letter to a body lists several instructions, so it gives several rows with one number; an
-- id of its own (not a per-instruction sequence) lets two sites record reminders of one instruction without
-- their rows colliding.
CREATE TABLE instruction_reminders (
    id             TEXT PRIMARY KEY,
    instruction_id TEXT NOT NULL REFERENCES instructions (id) ON DELETE CASCADE,
    body_id        TEXT NOT NULL REFERENCES bodies (id),
    sent_on        TEXT NOT NULL,                     -- the letter's date, a calendar date
    letter_number  TEXT NOT NULL CHECK (letter_number <> ''),
    channel        TEXT NOT NULL CHECK (channel IN ('letter', 'email', 'email_file')),
    at             TEXT NOT NULL,
    os_user        TEXT NOT NULL,
    officer_id     TEXT,
    officer_ru     TEXT,
    officer_uz     TEXT,
    officer_en     TEXT,
    site           TEXT
) STRICT;

CREATE INDEX reminders_by_instruction ON instruction_reminders (instruction_id, sent_on);
CREATE INDEX reminders_by_body ON instruction_reminders (body_id);
