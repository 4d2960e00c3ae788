//! Council Desk core: the domain of the Council of Regions, its validation and use cases, and the SQLite store.
//!
//! Both front doors (the desktop app and the `council` command-line tool) call this crate and nothing else
//! decides. It knows nothing of Tauri.

pub mod agenda;
pub mod agreement;
pub mod attachment;
pub mod backup;
pub mod body;
pub mod control;
pub mod decision;
pub mod demo;
pub mod error;
pub mod holiday;
pub mod hub;
pub mod ids;
pub mod import;
pub mod indicator;
pub mod instruction;
pub mod lang;
pub mod mail;
pub mod money;
pub mod number_order;
pub mod numbering;
pub mod officer;
pub mod pairing;
pub mod pairing_activity;
pub mod paths;
pub mod person;
pub mod project;
pub mod region;
pub mod reminder;
pub mod scheduling;
pub mod search;
pub mod sector;
pub mod session;
pub mod site;
pub mod store;
pub mod time;

pub use error::{CoreError, CoreResult, ErrorCode, ErrorPayload};
pub use ids::RecordKey;
pub use lang::{Lang, LocalizedText, Shown};
pub use pairing::{Basis, Pairing, PairingInput, PairingStatus, RegionRef};
pub use region::{Country, Region, RegionFilter, RegionInput, RegionKind};
pub use search::{MatchKind, SearchHit, SnippetSegment};
pub use sector::Sector;
pub use store::{
    About, AuditAction, AuditEntry, AuditFilter, DatedConflicts, PairingFilter, SCHEMA_VERSION,
    SeriesInput, SeriesOccurrence, SeriesPreview, SessionDraft, SessionSeries, Store, TrashEntry,
};
