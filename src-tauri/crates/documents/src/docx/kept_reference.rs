//! The reference document a desk chose in Settings, kept as a copy in a folder beside its database
//! (`council.word-reference/letterhead.docx` beside `council.db`) under the name it was chosen by.
//!
//! A copy, not the path: the original may be on a USB stick, a network share or in a folder later tidied
//! away, and Save as Word… must not start failing weeks later; the copy is checked once, when chosen, and
//! belongs to this database (the demonstration register, in a folder of its own, keeps its own). The copy is
//! this desk's: a desk working with the office hub makes its Word files here, from the hub's data.

use std::fs;
use std::path::{Path, PathBuf};

use council_core::{CoreError, CoreResult, ErrorCode};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Reference;

/// The reference document in use, as Settings shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WordReference {
    /// The name of the file as the officer chose it.
    pub name: String,
    pub size: u64,
}

/// The folder beside the database `db` holding the chosen reference document.
#[must_use]
pub fn reference_folder(db: &Path) -> PathBuf {
    db.with_extension("word-reference")
}

/// The reference document kept for the database `db`, with its path; `None` when none was chosen.
#[must_use]
pub fn kept_reference(db: &Path) -> Option<(WordReference, PathBuf)> {
    let entries = fs::read_dir(reference_folder(db)).ok()?;
    entries
        .filter_map(Result::ok)
        .filter(|entry| !entry.file_name().to_string_lossy().starts_with('.'))
        .find_map(|entry| {
            let metadata = entry.metadata().ok().filter(fs::Metadata::is_file)?;
            let reference = WordReference {
                name: entry.file_name().to_string_lossy().into_owned(),
                size: metadata.len(),
            };
            Some((reference, entry.path()))
        })
}

/// The kept reference document of `db`, read for a Word file; `None` when none was chosen. A copy damaged
/// since it was chosen is refused as a chosen file would be.
pub fn read_kept_reference(db: &Path) -> CoreResult<Option<Reference>> {
    kept_reference(db)
        .map(|(_, path)| Reference::open(&path))
        .transpose()
}

/// Checks that `chosen` is a Word document and keeps a copy of it as the reference document of `db`, in
/// place of the one kept before. A file that is not a Word document, or the database itself or one of its
/// SQLite files (never opened from the app's process: docs/ARCHITECTURE.md, "Holding the database"), is
/// refused with `invalid_value` on `reference` and the reference kept before stays.
pub fn keep_reference(db: &Path, chosen: &Path) -> CoreResult<WordReference> {
    let name = chosen.file_name().map_or_else(
        || chosen.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let refused = || CoreError::new(ErrorCode::InvalidValue, name.clone()).on("reference");
    if is_database_file(db, chosen) {
        return Err(refused());
    }
    let (_, bytes) = Reference::read(chosen)?;
    // A plain name, never a path, and no leading dot (the folder's own working files have one).
    let sanitized = council_core::attachment::sanitize_name(&name);
    let kept_name = match sanitized.trim_start_matches('.') {
        "" => "reference.docx".to_owned(),
        plain => plain.to_owned(),
    };
    let folder = reference_folder(db);
    fs::create_dir_all(&folder)?;
    let incoming = folder.join(".incoming");
    fs::write(&incoming, &bytes)?;
    forget_others(&folder, None)?;
    fs::rename(&incoming, folder.join(&kept_name))?;
    Ok(WordReference {
        name: kept_name,
        size: bytes.len() as u64,
    })
}

/// Stops using a reference document: Word files take the documents' own styles again.
pub fn forget_reference(db: &Path) -> CoreResult<()> {
    let folder = reference_folder(db);
    if folder.exists() {
        forget_others(&folder, Some(".incoming"))?;
        let _ = fs::remove_file(folder.join(".incoming"));
        fs::remove_dir(&folder)?;
    }
    Ok(())
}

/// Removes every file of `folder` but `.incoming` (unless `also` names it).
fn forget_others(folder: &Path, also: Option<&str>) -> CoreResult<()> {
    for entry in fs::read_dir(folder)?.filter_map(Result::ok) {
        let file_name = entry.file_name();
        if file_name == ".incoming" && also.is_none() {
            continue;
        }
        fs::remove_file(entry.path())?;
    }
    Ok(())
}

/// Whether `chosen` is the database `db` or one of its SQLite files (compared by their real paths, which
/// opens neither).
fn is_database_file(db: &Path, chosen: &Path) -> bool {
    let Ok(chosen) = chosen.canonicalize() else {
        return false;
    };
    ["", "-wal", "-shm", "-journal"].iter().any(|suffix| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
            .canonicalize()
            .is_ok_and(|own| own == chosen)
    })
}
