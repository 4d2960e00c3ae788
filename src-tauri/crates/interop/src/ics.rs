//! iCalendar (RFC 5545): sessions out as `.ics`, events in as draft sessions.

mod import;
mod read;
mod text;
mod tzdef;
mod when;
mod write;
mod zone;

pub use import::{IcsImportOptions, import_calendar, session_id_for_uid};
pub use read::{Calendar, Component, RawEvent, read_calendar};
pub use text::{LineTooLong, MAX_LINE_OCTETS, escape, unescape, unfold};
pub use tzdef::{FileZone, FileZones, KNOWN_ZONES};
pub use write::{EventSource, export_sessions, location, status_of, write_calendar};
