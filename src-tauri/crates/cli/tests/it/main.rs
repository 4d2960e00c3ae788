//! End-to-end tests of the `council` binary on temporary database files.

mod pairings;
mod regions;
mod support;
