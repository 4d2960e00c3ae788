//! Integration tests of the print documents: real PDFs checked with qpdf and poppler, as a reader would.

mod agenda;
mod bindings;
mod cells;
mod controls;
mod determinism;
mod injection;
mod preview;
mod readers;
mod records;
mod reminders;
mod session_documents;
mod support;
mod word;
mod word_reference;
