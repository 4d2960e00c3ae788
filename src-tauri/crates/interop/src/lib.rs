//! Council Desk office formats: sessions as iCalendar files (out and in), the control list, the pairings
//! register and agendas as XLSX workbooks, bodies, people and instructions from CSV files.
//!
//! Every read and write goes through `council_core::Store`; this crate only translates formats. Imports are
//! all or nothing: a dry run or any refused row leaves the database as it was.

pub mod csv_import;
pub mod files;
pub mod ics;
pub mod report;
pub mod xlsx;

/// Text of an imported file: UTF-8 (BOM stripped) or, failing that, Windows-1251.
pub use csv_import::decode as decode_text;
pub use report::{ImportReport, Outcome, Problem, RowReport};
