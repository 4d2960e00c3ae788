//! Integration tests of council-core, one module per topic.

mod agenda;
mod backup;
mod bindings;
mod control;
mod crash;
mod decisions;
mod demo;
mod history;
mod instructions;
mod pairing_records;
mod pairings;
mod portfolio;
mod regions;
mod registry;
mod search;
mod sessions;
mod store;
mod support;
mod upgrade;
