//! The office hub over real TLS on loopback, with a real HTTP client that trusts only the pinned certificate.

mod calls;
mod client;
mod events;
mod refusals;
mod stale;
mod support;
