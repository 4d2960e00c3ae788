//! The commands that need only the store: each takes the desk, calls one core function, and maps the error.
//! One file per area of the app. The desktop calls them from its Tauri commands, the hub by name
//! ([`crate::dispatch`]); a function becomes a command by its line in the command table (`table.rs`).

pub mod attachments;
pub mod control;
pub mod data;
pub mod exchange;
pub mod indicators;
pub mod interop;
pub mod officers;
pub mod portfolio;
pub mod records;
pub mod registry;
pub mod scheduling;
pub mod sessions;

use council_core::ErrorPayload;

/// What every command answers: its value, or the error as `{ code, message, field }`.
pub type Answer<T> = Result<T, ErrorPayload>;
