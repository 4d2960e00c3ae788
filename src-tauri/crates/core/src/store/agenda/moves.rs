//! Where agenda items stand: positions kept dense among live siblings, moves between places and parents.

use rusqlite::{Connection, Transaction, params};

use super::{AgendaItems, entry_of, require_item, stored_parent, unlocked_session};
use crate::agenda::{AgendaEntry, AgendaItemKind, AgendaPlace};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::officer::Role;
use crate::store::Store;
use crate::store::record_kind::RecordKind;
use crate::time::now_text;

/// The live items under `parent` (top level when `None`) in their order, leaving out `except`.
pub(super) fn sibling_ids(
    conn: &Connection,
    session_id: &str,
    parent: Option<&str>,
    except: &str,
) -> CoreResult<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM agenda_items
         WHERE session_id = ?1 AND parent_id IS ?2 AND deleted_at IS NULL AND id <> ?3
         ORDER BY position, created_at, id",
    )?;
    let rows = stmt.query_map(params![session_id, parent, except], |row| row.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Numbers the items from 0 in the order given.
pub(super) fn write_positions(tx: &Transaction, ids: &[String]) -> CoreResult<()> {
    let mut stmt = tx
        .prepare_cached("UPDATE agenda_items SET position = ?2 WHERE id = ?1 AND position <> ?2")?;
    for (position, id) in ids.iter().enumerate() {
        stmt.execute(params![id, position as i64])?;
    }
    Ok(())
}

/// The parent an item may go under: a live top-level item of the same session, other than the item, and only
/// when the item has no sub-items of its own (one level of nesting).
fn checked_parent(
    tx: &Transaction,
    session_id: &str,
    item_id: &str,
    parent: Option<&str>,
) -> CoreResult<Option<String>> {
    let Some(key) = parent.map(str::trim).filter(|key| !key.is_empty()) else {
        return Ok(None);
    };
    let parent = require_item(tx, key, "parent_id")?;
    let parent_id = parent.id.to_string();
    if parent.session_id.to_string() != session_id {
        return Err(CoreError::not_found(key).on("parent_id"));
    }
    if parent_id == item_id {
        return Err(CoreError::new(ErrorCode::InvalidValue, key).on("parent_id"));
    }
    let has_children = !sibling_ids(tx, session_id, Some(item_id), "")?.is_empty();
    if parent.parent_id.is_some() || has_children {
        return Err(CoreError::new(ErrorCode::NestingTooDeep, "").on("parent_id"));
    }
    Ok(Some(parent_id))
}

/// Where a new item of `kind` goes when added at `place`: a top-level item without a position goes before
/// the closing item (the last one, should there be two), so that reports need not be moved above it one by
/// one; a closing item, a sub-item, a set position or an agenda without a closing item is left as asked.
pub(super) fn new_item_place(
    conn: &Connection,
    session_id: &str,
    kind: AgendaItemKind,
    place: &AgendaPlace,
) -> CoreResult<AgendaPlace> {
    let top_level = place
        .parent_id
        .as_deref()
        .is_none_or(|parent| parent.trim().is_empty());
    if !top_level || place.position.is_some() || kind == AgendaItemKind::Closing {
        return Ok(place.clone());
    }
    let closing: Option<i64> = conn
        .prepare_cached(
            "SELECT max(position) FROM agenda_items
             WHERE session_id = ?1 AND parent_id IS NULL AND deleted_at IS NULL AND kind = ?2",
        )?
        .query_row(params![session_id, AgendaItemKind::Closing.code()], |row| {
            row.get(0)
        })?;
    Ok(AgendaPlace {
        parent_id: None,
        position: closing,
    })
}

/// Puts an item at `place`: out of its old siblings (which close the gap) and into its new ones.
pub(super) fn place(
    tx: &Transaction,
    session_id: &str,
    item_id: &str,
    place: &AgendaPlace,
) -> CoreResult<()> {
    let parent = checked_parent(tx, session_id, item_id, place.parent_id.as_deref())?;
    let position = match place.position {
        Some(position) if position < 0 => {
            return Err(
                CoreError::new(ErrorCode::InvalidValue, position.to_string()).on("position"),
            );
        }
        Some(position) => Some(usize::try_from(position).unwrap_or(usize::MAX)),
        None => None,
    };
    let old_parent = stored_parent(tx, item_id)?;
    tx.execute(
        "UPDATE agenda_items SET parent_id = ?2 WHERE id = ?1",
        params![item_id, parent],
    )?;
    if old_parent != parent {
        let old = sibling_ids(tx, session_id, old_parent.as_deref(), item_id)?;
        write_positions(tx, &old)?;
    }
    let mut siblings = sibling_ids(tx, session_id, parent.as_deref(), item_id)?;
    let at = position.map_or(siblings.len(), |p| p.min(siblings.len()));
    siblings.insert(at, item_id.to_owned());
    write_positions(tx, &siblings)
}

impl Store {
    /// Moves an item to another place, under another parent or to the top level; sub-items move with their
    /// parent, and the numbers of everything around it follow.
    pub fn move_agenda_item(&mut self, id: &str, to: &AgendaPlace) -> CoreResult<AgendaEntry> {
        self.write(Role::Officer, |tx, actor| {
            let before = AgendaItems.require(tx, id)?;
            let id = before.id.to_string();
            let session = unlocked_session(tx, &before.session_id.to_string())?;
            place(tx, &session.id.to_string(), &id, to)?;
            tx.execute(
                "UPDATE agenda_items SET updated_at = ?2 WHERE id = ?1",
                params![id, now_text()],
            )?;
            AgendaItems.record_update(tx, actor, &before)?;
            entry_of(tx, &session, &id)
        })
    }
}
