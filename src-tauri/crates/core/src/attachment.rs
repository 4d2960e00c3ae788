//! Attachments: files attached to agreements, agenda items, decisions and execution reports.
//!
//! The content is stored once per distinct content, under its SHA-256 in the `attachments` folder beside the
//! database (`attachments/ab/ab12…`); the database keeps the metadata: the owner, the display name (always
//! sanitised, see [`sanitize_name`]), size, media type, who added it and when. Deleting an attachment moves
//! its row to the trash; the content stays, so restoring it (or an older backup) finds it again.

pub(crate) mod blob;
pub(crate) mod name;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};

pub use name::{is_sanitized, opening_file_name, opens_in_viewer, sanitize_name};

/// The largest file that can be attached: 100 MiB. Larger files belong in a document system, not here.
pub const MAX_ATTACHMENT_BYTES: u64 = 100 * 1024 * 1024;

/// The folder name, beside the database, that holds the content of attachments.
pub const ATTACHMENTS_DIR: &str = "attachments";

/// The kind of record an attachment belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OwnerKind {
    Agreement,
    AgendaItem,
    Decision,
    ExecutionReport,
}

impl OwnerKind {
    /// Every kind, in the order they are listed.
    pub const ALL: [OwnerKind; 4] = [
        OwnerKind::Agreement,
        OwnerKind::AgendaItem,
        OwnerKind::Decision,
        OwnerKind::ExecutionReport,
    ];

    /// The code stored in the database and typed on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            OwnerKind::Agreement => "agreement",
            OwnerKind::AgendaItem => "agenda_item",
            OwnerKind::Decision => "decision",
            OwnerKind::ExecutionReport => "execution_report",
        }
    }

    /// Reads a code; anything else is an `invalid_value` on `owner_kind`.
    pub fn parse(code: &str) -> CoreResult<OwnerKind> {
        OwnerKind::ALL
            .into_iter()
            .find(|kind| kind.code() == code.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, code.trim()).on("owner_kind"))
    }
}

/// A file attached to a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Attachment {
    pub id: Uuid,
    pub owner_kind: OwnerKind,
    pub owner_id: Uuid,
    /// The sanitised file name, unique among the live attachments of the owner.
    pub name: String,
    /// Lowercase hex SHA-256 of the content; also where the content lives.
    pub sha256: String,
    #[ts(type = "number")]
    pub size: u64,
    /// Guessed from the name's extension (`application/pdf`, …).
    pub media_type: String,
    /// UTC instant it was attached.
    pub added_at: String,
    /// The OS user who attached it.
    pub added_by: String,
    pub deleted_at: Option<String>,
}

/// The folder holding the attachments of the database at `db`.
#[must_use]
pub fn attachments_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join(ATTACHMENTS_DIR)
}

/// Where content with this SHA-256 lives, relative to the attachments folder: `ab/ab12…`.
/// `None` when `sha256` is not 64 lowercase hex digits (so a manifest entry can never point elsewhere).
#[must_use]
pub fn blob_relative_path(sha256: &str) -> Option<PathBuf> {
    let valid = sha256.len() == 64
        && sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    valid.then(|| Path::new(&sha256[..2]).join(sha256))
}

/// The media type of a file, guessed from its extension; `application/octet-stream` when unknown.
#[must_use]
pub fn media_type_for(name: &str) -> &'static str {
    let extension = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match extension.as_str() {
        "pdf" => "application/pdf",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ppt" => "application/vnd.ms-powerpoint",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt" => "application/vnd.oasis.opendocument.text",
        "ods" => "application/vnd.oasis.opendocument.spreadsheet",
        "rtf" => "application/rtf",
        "txt" => "text/plain",
        "csv" => "text/csv",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "tif" | "tiff" => "image/tiff",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_kinds_round_trip_and_unknown_ones_are_refused() {
        for kind in OwnerKind::ALL {
            assert_eq!(OwnerKind::parse(kind.code()).unwrap(), kind);
        }
        let error = OwnerKind::parse("pairing").unwrap_err();
        assert_eq!(error.code, ErrorCode::InvalidValue);
        assert_eq!(error.field, Some("owner_kind"));
    }

    #[test]
    fn blob_paths_accept_only_a_sha256() {
        let sha = "ab".repeat(32);
        assert_eq!(blob_relative_path(&sha), Some(Path::new("ab").join(&sha)));
        assert_eq!(blob_relative_path("../../etc/passwd"), None);
        assert_eq!(blob_relative_path(&"AB".repeat(32)), None);
        assert_eq!(blob_relative_path(&"ab".repeat(31)), None);
    }

    #[test]
    fn media_types_follow_the_extension() {
        assert_eq!(media_type_for("Соглашение.PDF"), "application/pdf");
        assert_eq!(media_type_for("photo.jpeg"), "image/jpeg");
        assert_eq!(media_type_for("no-extension"), "application/octet-stream");
    }
}
