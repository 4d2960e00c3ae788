//! The commands only the desktop serves (dialogs, documents, windows): each takes the state, calls one core
//! function, and maps the error. They are async so the UI thread never waits for the database. Those that
//! need only the store are `council-surface`'s, which the hub serves too. A function becomes a command by its
//! line in the command table (`crates/surface/src/table.rs`); one left out is dead code.

pub mod attachments;
pub mod data;
pub mod documents;
pub mod exchange;
pub mod hub;
pub mod interop;
pub mod mail;
pub mod notices;
pub mod startup;

pub use council_surface::commands::Answer;
