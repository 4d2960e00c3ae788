//! Integration tests of council-core, one module per topic.

mod agenda;
mod attachments;
mod backup;
mod bindings;
mod conflicts;
mod control;
mod crash;
mod decisions;
mod demo;
mod history;
mod holidays;
mod imports;
mod instructions;
mod opening;
mod pairing_records;
mod pairings;
mod portfolio;
mod regions;
mod registry;
mod search;
mod series;
mod sessions;
mod store;
mod support;
mod tallies;
mod upgrade;
