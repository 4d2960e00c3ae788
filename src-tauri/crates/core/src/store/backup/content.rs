//! The content of the attachments a database names, and whether it is there: for the full check, for a
//! backup (what goes in, what is missing) and for a restore (what is still missing after it).

use std::io;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::sha256_file;
use crate::attachment::blob::blob_path;
use crate::backup::{ContentFault, MissingContent};
use crate::error::CoreResult;

/// One distinct content the attachments of a database name.
pub(super) struct NamedContent {
    pub sha256: String,
    /// Where the content should be; `None` when `sha256` is not a checksum at all.
    pub file: Option<PathBuf>,
    /// The attachments naming it: `(id, name, size)`.
    pub rows: Vec<(String, String, i64)>,
}

/// The distinct contents the attachments of `conn` name (those in the trash too), in checksum order,
/// each with the attachments naming it and where it lives under `dir`.
pub(super) fn contents_named_by(conn: &Connection, dir: &Path) -> CoreResult<Vec<NamedContent>> {
    let mut stmt =
        conn.prepare("SELECT sha256, id, name, size FROM attachments ORDER BY sha256, id")?;
    let mut rows = stmt.query([])?;
    let mut contents: Vec<NamedContent> = Vec::new();
    while let Some(row) = rows.next()? {
        let sha256: String = row.get(0)?;
        let named = (row.get(1)?, row.get(2)?, row.get(3)?);
        match contents.last_mut() {
            Some(last) if last.sha256 == sha256 => last.rows.push(named),
            _ => contents.push(NamedContent {
                file: blob_path(dir, &sha256),
                sha256,
                rows: vec![named],
            }),
        }
    }
    Ok(contents)
}

/// A content file verified against its checksum: `(sha256, file, size)`.
pub(super) type GoodContent = (String, PathBuf, u64);

/// Reads every content file whole: answers those that are there with their checksum, and one
/// [`MissingContent`] for each attachment whose content is not (or whose size is not the content's).
pub(super) fn verify_contents(
    contents: &[NamedContent],
) -> (Vec<GoodContent>, Vec<MissingContent>) {
    let mut good = Vec::with_capacity(contents.len());
    let mut missing = Vec::new();
    for content in contents {
        let found = match &content.file {
            None => Err(ContentFault::Damaged),
            Some(file) => match sha256_file(file) {
                Ok((size, sha256)) if sha256 == content.sha256 => Ok(size),
                Err(error) if error.io_kind() == Some(io::ErrorKind::NotFound) => {
                    Err(ContentFault::Missing)
                }
                // Other bytes, a folder, a file that cannot be read: not the content.
                _ => Err(ContentFault::Damaged),
            },
        };
        match found {
            Ok(size) => {
                if let Some(file) = &content.file {
                    good.push((content.sha256.clone(), file.clone(), size));
                }
                // The content is sound; an attachment giving another size is not.
                missing.extend(
                    faults(content, ContentFault::Damaged)
                        .zip(&content.rows)
                        .filter(|(_, (_, _, declared))| u64::try_from(*declared) != Ok(size))
                        .map(|(fault, _)| fault),
                );
            }
            Err(fault) => missing.extend(faults(content, fault)),
        }
    }
    (good, missing)
}

fn faults(
    content: &NamedContent,
    fault: ContentFault,
) -> impl Iterator<Item = MissingContent> + '_ {
    content
        .rows
        .iter()
        .map(move |(id, name, _)| MissingContent {
            attachment_id: id.clone(),
            name: name.clone(),
            sha256: content.sha256.clone(),
            fault,
        })
}
