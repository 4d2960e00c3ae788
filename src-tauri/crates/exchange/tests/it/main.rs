//! Integration tests of council-exchange, one module per topic.

mod cards;
mod fuzz;
mod keys;
mod refusals;
mod round_trip;
mod support;
mod transfer;
