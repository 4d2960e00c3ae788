//! The signed package: every change one site sends another, with the content of the attachments they need,
//! in one file that is written and read as a stream (memory stays bounded whatever the package's size).
//!
//! Layout: the magic line `COUNCIL-DESK-PACKAGE\n`, then records `[kind: u8][length: u32 BE][bytes]`:
//!
//! | kind | record | bytes |
//! |------|--------|-------|
//! | 1    | header | the JSON of [`PackageHeader`]; exactly one, the first record |
//! | 2    | entry  | a [`ChangeEntry`](council_core::site::ChangeEntry), framed as [`format`](mod@format) documents |
//! | 3    | blob   | 64 lower-case hex digits of the content's SHA-256, then the content (at most 100 MiB) |
//! | 255  | end    | the Ed25519 signature of the SHA-512 of every byte before this record; the last record |
//!
//! Writing goes to `NAME.partial`, renamed to the package's name only once the end record is written, so a
//! write cut short never looks like a package. Reading first checks the whole file against the sender's key
//! ([`PackageFile::verify`]), then hands the records over in order ([`PackageFile::for_each`]).

pub mod format;
mod reader;
mod stream;
mod writer;

pub use format::{PACKAGE_FORMAT, PackageHeader};
pub use reader::{PackageFile, Record};
pub use writer::PackageWriter;
