//! Integration tests of the office formats, checked with independent readers (Python's icalendar,
//! `LibreOffice`) where the format is meant for other programs.

mod calendars;
mod csv;
mod fuzz;
mod fuzz_csv;
mod fuzz_ics;
mod ics;
mod support;
mod xlsx;
mod xlsx_control;
