//! Scheduling intelligence: conflicts a planned session would have, and series of recurring meetings.

pub mod conflicts;
pub mod day_off;
pub mod series;

pub use conflicts::{
    Attendee, BookedSession, ConflictKind, ConflictPerson, ConflictingSession, PersonRole,
    PlannedSession, ScheduleConflict, Venue, find_conflicts,
};
pub use day_off::{due_date_warning, is_weekend};
pub use series::{
    DayOfWeek, MAX_OCCURRENCES, MonthWeek, RecurrenceRule, Repeat, SeriesEnd, expand,
};
