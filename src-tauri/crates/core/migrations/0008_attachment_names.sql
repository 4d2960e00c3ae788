-- Council Desk schema 8: the schema holds every attachment name to the rule of the name sanitiser.
-- Append-only: once shipped, later changes go into a new migration.
--
-- A name is a display label; it reaches a file system only as a name the officer chose in a save dialog.
-- Names were made safe only when a file was attached, so a restored or imported row could carry any text
-- (`../../.config/autostart/x.desktop`). The table is STRICT and cannot get a CHECK without being rebuilt,
-- so two triggers do what the CHECK would: a name goes in only when the sanitiser would store it as it is
-- (`council_attachment_name_ok`, registered by the store on each connection, so a write made without the
-- store fails instead of slipping past). Rows already there are checked by restore and the full check.

CREATE TRIGGER attachments_name_on_insert BEFORE INSERT ON attachments
WHEN NOT council_attachment_name_ok(NEW.name)
BEGIN
    SELECT RAISE(ABORT, 'attachment name refused: not a sanitised file name');
END;

CREATE TRIGGER attachments_name_on_update BEFORE UPDATE OF name ON attachments
WHEN NOT council_attachment_name_ok(NEW.name)
BEGIN
    SELECT RAISE(ABORT, 'attachment name refused: not a sanitised file name');
END;
