//! Integration tests of council-core, one module per topic.

mod agenda;
mod attachments;
mod backup;
mod bindings;
mod control;
mod crash;
mod decisions;
mod demo;
mod imports;
mod instructions;
mod pairings;
mod portfolio;
mod regions;
mod registry;
mod search;
mod sessions;
mod store;
mod support;
mod upgrade;
