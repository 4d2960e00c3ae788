//! End-to-end tests of the `council` binary on temporary database files.

mod backup;
mod control;
mod pairings;
mod print;
mod regions;
mod registry;
mod search;
mod sessions;
mod support;
