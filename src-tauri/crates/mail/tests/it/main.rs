//! Integration tests of council-mail: sending to an SMTP sink on loopback started by the test, and .eml files,
//! both read back by an independent reader (Python's `email` package).

mod eml;
mod reader;
mod reminders;
mod sending;
mod support;
