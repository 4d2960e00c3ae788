//! The import report is a core type (it crosses IPC to the desktop); re-exported here for the importers.

pub use council_core::import::{ImportReport, Outcome, Problem, RowReport};
