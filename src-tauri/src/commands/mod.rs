//! The IPC commands: each takes the state, calls one core function, and maps the error.
//! They are async so the UI thread never waits for the database. One file per area of the app. A function
//! becomes a command by its line in the command table (`src/surface/table.rs`); one left out is dead code.

pub mod attachments;
pub mod control;
pub mod data;
pub mod documents;
pub mod exchange;
pub mod interop;
pub mod officers;
pub mod portfolio;
pub mod records;
pub mod registry;
pub mod scheduling;
pub mod sessions;
pub mod startup;

use council_core::ErrorPayload;

/// What every command answers: its value, or the error as `{ code, message, field }`.
pub type Answer<T> = Result<T, ErrorPayload>;
