//! End-to-end tests of the `council` binary on temporary database files.

mod attachments;
mod backup;
mod control;
mod exchange;
mod holding;
mod indicators;
mod interop;
mod locking;
mod mail;
mod officers;
mod packaging;
mod pairings;
mod print;
mod regions;
mod registry;
mod remind;
mod remind_email;
mod scheduling;
mod search;
mod serve;
mod sessions;
mod support;
mod terminal;
