//! Integration tests of council-core, one module per topic.

mod bindings;
mod pairings;
mod regions;
mod store;
mod support;
