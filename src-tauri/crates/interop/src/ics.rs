//! iCalendar (RFC 5545): sessions out as `.ics`, events in as draft sessions.

mod import;
mod read;
mod text;
mod when;
mod write;
mod zone;

pub use import::{IcsImportOptions, import_calendar, session_id_for_uid};
pub use read::{RawEvent, read_events};
pub use text::{escape, unescape, unfold};
pub use write::{EventSource, export_sessions, location, status_of, write_calendar};
