//! Integration tests of the office formats, checked with independent readers (Python's icalendar,
//! `LibreOffice`) where the format is meant for other programs.

mod csv;
mod fuzz;
mod fuzz_csv;
mod ics;
mod support;
mod xlsx;
