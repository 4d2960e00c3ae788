//! Attachments: their rows, and the use cases that keep rows and stored content in step.

use std::path::{Path, PathBuf};

use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use super::record_kind::RecordKind;
use super::{Store, found};
use crate::attachment::blob::{copy_blob_out, read_blob, store_blob};
use crate::attachment::name::numbered;
use crate::attachment::{
    Attachment, OwnerKind, attachments_dir, is_sanitized, media_type_for, opening_file_name,
    opens_in_viewer, sanitize_name,
};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::new_id;
use crate::officer::Role;
use crate::time::now_text;

const SELECT: &str =
    "SELECT id, owner_kind, owner_id, name, sha256, size, media_type, added_at, added_by,
    deleted_at FROM attachments";

/// Registers `council_attachment_name_ok(name)`, which the triggers of migration 0008 ask before a name
/// goes in: true only for a name the sanitiser stores as it is (text only; anything else is refused).
pub(super) fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8
        | FunctionFlags::SQLITE_DETERMINISTIC
        | FunctionFlags::SQLITE_INNOCUOUS;
    conn.create_scalar_function("council_attachment_name_ok", 1, flags, |ctx| {
        Ok(match ctx.get_raw(0) {
            ValueRef::Text(bytes) => std::str::from_utf8(bytes).is_ok_and(is_sanitized),
            _ => false,
        })
    })
}

/// One line per attachment whose stored name the sanitiser would refuse today, naming the record: rows
/// the triggers never saw (a restored database, a row from before schema 8).
pub(super) fn refused_names(conn: &Connection) -> CoreResult<Vec<String>> {
    let mut stmt = conn.prepare("SELECT id, name FROM attachments ORDER BY id")?;
    let mut rows = stmt.query([])?;
    let mut refused = Vec::new();
    while let Some(row) = rows.next()? {
        let id: String = row.get(0)?;
        let ok = match row.get_ref(1)? {
            ValueRef::Text(bytes) => std::str::from_utf8(bytes).is_ok_and(is_sanitized),
            _ => false,
        };
        if !ok {
            let shown = String::from_utf8_lossy(row.get_ref(1)?.as_bytes().unwrap_or_default())
                .escape_debug()
                .to_string();
            refused.push(format!(
                "attachment {id}: the name \"{shown}\" is not a safe file name"
            ));
        }
    }
    Ok(refused)
}

fn from_row(row: &Row) -> rusqlite::Result<Attachment> {
    let kind: String = row.get(1)?;
    Ok(Attachment {
        id: super::instructions::uuid(row.get(0)?).unwrap_or_default(),
        owner_kind: OwnerKind::parse(&kind).unwrap_or(OwnerKind::Agreement),
        owner_id: super::instructions::uuid(row.get(2)?).unwrap_or_default(),
        name: row.get(3)?,
        sha256: row.get(4)?,
        size: row.get::<_, i64>(5)? as u64,
        media_type: row.get(6)?,
        added_at: row.get(7)?,
        added_by: row.get(8)?,
        deleted_at: row.get(9)?,
    })
}

fn load(conn: &Connection, id: &str) -> CoreResult<Option<Attachment>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE id = lower(trim(?1))"))?
        .query_row(params![id], from_row)
        .optional()?)
}

/// Attachments as a kind of register record (see [`RecordKind`]).
struct Attachments;

impl RecordKind for Attachments {
    type Record = Attachment;
    const TABLE: &'static str = "attachments";
    const ENTITY: &'static str = "attachment";

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<Attachment>> {
        load(conn, key)
    }

    /// An attachment comes back only to a live record; its name is numbered when the record has meanwhile
    /// got another attachment of that name.
    fn before_restore(&self, tx: &Transaction, attachment: &Attachment) -> CoreResult<()> {
        let owner = live_owner(tx, attachment.owner_kind, &attachment.owner_id.to_string())?;
        // A row from before the schema held names to the sanitiser's rule gets a name that holds.
        let base = if is_sanitized(&attachment.name) {
            attachment.name.clone()
        } else {
            sanitize_name(&attachment.name)
        };
        let name = unique_name(tx, attachment.owner_kind, &owner, &base)?;
        tx.execute(
            "UPDATE attachments SET name = ?2 WHERE id = ?1",
            params![attachment.id.to_string(), name],
        )?;
        Ok(())
    }
}

/// The live owner's id as stored, or `not_found`.
fn live_owner(tx: &rusqlite::Connection, kind: OwnerKind, id: &str) -> CoreResult<String> {
    let table = match kind {
        OwnerKind::Agreement => "agreements",
        OwnerKind::AgendaItem => "agenda_items",
        OwnerKind::Decision => "decisions",
        OwnerKind::ExecutionReport => "execution_reports",
    };
    found(
        tx.query_row(
            &format!("SELECT id FROM {table} WHERE id = lower(trim(?1)) AND deleted_at IS NULL"),
            params![id],
            |row| row.get(0),
        ),
        id.trim(),
    )
    .map_err(|error| error.on("owner_id"))
}

/// `name`, or `name (2)`, `name (3)`, … so that it differs from every live attachment of the owner.
fn unique_name(tx: &Transaction, kind: OwnerKind, owner: &str, name: &str) -> CoreResult<String> {
    let mut stmt = tx.prepare_cached(
        "SELECT 1 FROM attachments
         WHERE owner_kind = ?1 AND owner_id = ?2 AND name = ?3 AND deleted_at IS NULL",
    )?;
    let mut candidate = name.to_owned();
    let mut n = 1;
    while stmt.exists(params![kind.code(), owner, candidate])? {
        n += 1;
        candidate = numbered(name, n);
    }
    Ok(candidate)
}

impl Store {
    /// The folder beside the database holding the content of its attachments.
    #[must_use]
    pub fn attachments_dir(&self) -> PathBuf {
        attachments_dir(self.path())
    }

    /// Attaches the file at `file` to a live record. The content is copied and checked into the attachments
    /// folder first (so a committed row always finds its content), then the row and its audit entry are
    /// written in one transaction. The stored name is the sanitised file name, numbered when the record
    /// already has a live attachment of that name. A missing owner, a folder or a file over the limit is
    /// refused before anything is written.
    pub fn attach_file(
        &mut self,
        kind: OwnerKind,
        owner_id: &str,
        file: &Path,
    ) -> CoreResult<Attachment> {
        live_owner(&self.conn, kind, owner_id)?;
        let raw_name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (sha256, size) = store_blob(&self.attachments_dir(), file)?;
        self.write(Role::Officer, |tx, actor| {
            let owner = live_owner(tx, kind, owner_id)?;
            let name = unique_name(tx, kind, &owner, &sanitize_name(&raw_name))?;
            let id = new_id().to_string();
            tx.execute(
                "INSERT INTO attachments (id, owner_kind, owner_id, name, sha256, size, media_type,
                     added_at, added_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    id,
                    kind.code(),
                    owner,
                    name,
                    sha256,
                    size as i64,
                    media_type_for(&name),
                    now_text(),
                    actor.os_user
                ],
            )?;
            Attachments.record_create(tx, actor, &id)
        })
    }

    /// The live attachments of a record, oldest first.
    pub fn attachments(&self, kind: OwnerKind, owner_id: &str) -> CoreResult<Vec<Attachment>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SELECT} WHERE owner_kind = ?1 AND owner_id = lower(trim(?2)) AND deleted_at IS NULL
             ORDER BY added_at, id"
        ))?;
        let rows = stmt.query_map(params![kind.code(), owner_id], from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One attachment by id, live or in the trash.
    pub fn attachment(&self, id: &str) -> CoreResult<Attachment> {
        found(
            self.conn
                .prepare_cached(&format!("{SELECT} WHERE id = lower(trim(?1))"))?
                .query_row(params![id], from_row),
            id.trim(),
        )
    }

    /// Copies an attachment's content to `out`, checking it against its SHA-256 on the way. An existing
    /// `out` is replaced only with `overwrite`.
    pub fn export_attachment(&self, id: &str, out: &Path, overwrite: bool) -> CoreResult<PathBuf> {
        let attachment = self.attachment(id)?;
        copy_blob_out(
            &self.attachments_dir(),
            &attachment.sha256,
            &attachment.name,
            out,
            overwrite,
        )
    }

    /// An attachment and its content, checked against its SHA-256: what the office hub sends a desk that
    /// opens or saves it.
    pub fn attachment_bytes(&self, id: &str) -> CoreResult<(Attachment, Vec<u8>)> {
        let attachment = self.attachment(id)?;
        let bytes = read_blob(
            &self.attachments_dir(),
            &attachment.sha256,
            &attachment.name,
        )?;
        Ok((attachment, bytes))
    }

    /// A copy of a document or image attachment in `dir`, for opening with the system's default application
    /// (the stored content has no extension to choose the application by). The copy is named by
    /// [`opening_file_name`]: the id and a cleaned extension, never the stored name (a display label only),
    /// so it always lands directly in `dir`. Any other kind of file is refused with `not_viewable`, to be
    /// saved instead.
    pub fn attachment_copy_for_opening(&self, id: &str, dir: &Path) -> CoreResult<PathBuf> {
        let attachment = self.attachment(id)?;
        if !opens_in_viewer(&attachment.name) {
            return Err(CoreError::new(
                ErrorCode::NotViewable,
                attachment.name.as_str(),
            ));
        }
        let out = dir.join(opening_file_name(attachment.id, &attachment.name));
        copy_blob_out(
            &self.attachments_dir(),
            &attachment.sha256,
            &attachment.name,
            &out,
            true,
        )
    }

    /// Moves an attachment to the trash; its content stays until no backup could need it.
    pub fn delete_attachment(&mut self, id: &str) -> CoreResult<Attachment> {
        self.write(Role::Officer, |tx, actor| Attachments.delete(tx, actor, id))
    }

    /// Brings an attachment back from the trash, if its record is live; its name is numbered when the
    /// record has meanwhile got another attachment of that name.
    pub fn restore_attachment(&mut self, id: &str) -> CoreResult<Attachment> {
        self.write(Role::Officer, |tx, actor| {
            Attachments.restore(tx, actor, id)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_refuses_a_name_the_sanitiser_would_not_store() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("council.db")).unwrap();
        // An owner is checked by the store, not by a foreign key: any id will do here.
        let agreement = "0192f0c4-0000-7000-8000-000000000001";
        let insert = |conn: &Connection, id: &str, name: &str| {
            conn.execute(
                "INSERT INTO attachments (id, owner_kind, owner_id, name, sha256, size, media_type,
                     added_at, added_by)
                 VALUES (?1, 'agreement', ?2, ?3, ?4, 0, 'text/plain', 'x', 'x')",
                params![id, agreement, name, "ab".repeat(32)],
            )
        };
        for bad in [
            "../../../../.config/autostart/x.desktop",
            ".bashrc",
            "CON",
            "a\u{202E}b",
        ] {
            let error = insert(&store.conn, "bad", bad).unwrap_err();
            assert!(
                error.to_string().contains("not a sanitised file name"),
                "{bad:?}: {error}"
            );
        }
        insert(&store.conn, "good", "Qoʻshma loyiha.pdf").unwrap();
        let error = store
            .conn
            .execute("UPDATE attachments SET name = 'a/b' WHERE id = 'good'", [])
            .unwrap_err();
        assert!(error.to_string().contains("not a sanitised file name"));
        assert!(refused_names(&store.conn).unwrap().is_empty());
        // A row the triggers never saw is named by the check.
        store
            .conn
            .execute_batch("DROP TRIGGER attachments_name_on_update")
            .unwrap();
        store
            .conn
            .execute("UPDATE attachments SET name = '../x' WHERE id = 'good'", [])
            .unwrap();
        assert_eq!(
            refused_names(&store.conn).unwrap(),
            ["attachment good: the name \"../x\" is not a safe file name"]
        );
    }
}
