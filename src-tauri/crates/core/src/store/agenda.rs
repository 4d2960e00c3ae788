//! Agenda items: rows, reads, and the use cases that add, change, trash and restore them.
//! Moves live in `moves`, approval and versions in `versions`.

mod inline;
mod moves;
mod versions;

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use super::record_kind::RecordKind;
use super::sessions::{self, start_and_zone};
use super::{Store, bodies, people};
use crate::agenda::schedule::{AgendaHead, build_agenda};
use crate::agenda::{
    Agenda, AgendaEntry, AgendaItem, AgendaItemInput, AgendaItemKind, AgendaPlace, Presenter,
    PresenterKind, fixed_start_instant,
};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::new_id;
use crate::lang::LocalizedText;
use crate::officer::{Actor, Role};
use crate::session::Session;
use crate::time::{instant_text, now_text, parse_instant_text};

/// An item's columns, its presenters last as a JSON list in their order (`[person, body, ru, uz, en]` each),
/// so that an agenda of sixty items is one statement rather than sixty-one.
const ITEM_COLUMNS: &str = "i.id, i.session_id, i.parent_id, i.position, i.kind, i.title_ru, i.title_uz, \
     i.title_en, i.description_ru, i.description_uz, i.description_en, i.duration_min, i.fixed_start, \
     i.pairing_id, i.sector_code, i.created_at, i.updated_at, i.deleted_at, \
     (SELECT json_group_array(json_array(a.person_id, a.body_id, coalesce(p.full_name_ru, b.name_ru), \
             coalesce(p.full_name_uz, b.name_uz), coalesce(p.full_name_en, b.name_en)) ORDER BY a.position) \
      FROM agenda_item_presenters a LEFT JOIN people p ON p.id = a.person_id \
      LEFT JOIN bodies b ON b.id = a.body_id WHERE a.item_id = i.id)";

/// An item is live when neither it nor its parent is in the trash.
const LIVE: &str = "i.deleted_at IS NULL AND (i.parent_id IS NULL OR EXISTS
     (SELECT 1 FROM agenda_items p WHERE p.id = i.parent_id AND p.deleted_at IS NULL))";

fn uuid(text: &str) -> Uuid {
    Uuid::parse_str(text).unwrap_or_default()
}

fn texts(row: &Row, first: usize) -> rusqlite::Result<LocalizedText> {
    Ok(LocalizedText {
        ru: row.get(first)?,
        uz: row.get(first + 1)?,
        en: row.get(first + 2)?,
    })
}

fn item_from_row(row: &Row) -> rusqlite::Result<AgendaItem> {
    let id: String = row.get(0)?;
    let session: String = row.get(1)?;
    let parent: Option<String> = row.get(2)?;
    let kind: String = row.get(4)?;
    let pairing: Option<String> = row.get(13)?;
    Ok(AgendaItem {
        id: uuid(&id),
        session_id: uuid(&session),
        parent_id: parent.as_deref().map(uuid),
        position: row.get(3)?,
        kind: AgendaItemKind::parse(&kind).unwrap_or(AgendaItemKind::Report),
        title: texts(row, 5)?,
        description: texts(row, 8)?,
        duration_min: row.get(11)?,
        fixed_start: row.get(12)?,
        presenters: presenters_from_json(&row.get::<_, String>(18)?)?,
        pairing_id: pairing.as_deref().map(uuid),
        sector_code: row.get(14)?,
        created_at: row.get(15)?,
        updated_at: row.get(16)?,
        deleted_at: row.get(17)?,
    })
}

/// A presenter as the item's statement lists it: person id, body id, name in ru, uz, en.
type PresenterRow = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The presenters of an item from their JSON list (see [`ITEM_COLUMNS`]).
fn presenters_from_json(json: &str) -> rusqlite::Result<Vec<Presenter>> {
    let rows: Vec<PresenterRow> = serde_json::from_str(json).map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(18, rusqlite::types::Type::Text, Box::new(error))
    })?;
    Ok(rows
        .into_iter()
        .map(|(person, body, ru, uz, en)| {
            let (kind, id) = match (person, body) {
                (Some(person), _) => (PresenterKind::Person, person),
                (None, body) => (PresenterKind::Body, body.unwrap_or_default()),
            };
            Presenter {
                kind,
                id: uuid(&id),
                name: LocalizedText {
                    ru: ru.unwrap_or_default(),
                    uz: uz.unwrap_or_default(),
                    en: en.unwrap_or_default(),
                },
            }
        })
        .collect())
}

fn query_items(conn: &Connection, condition: &str, key: &str) -> CoreResult<Vec<AgendaItem>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ITEM_COLUMNS} FROM agenda_items i WHERE {condition}
         ORDER BY i.parent_id IS NOT NULL, i.position, i.created_at, i.id"
    ))?;
    Ok(stmt
        .query_map(params![key], item_from_row)?
        .collect::<Result<Vec<_>, _>>()?)
}

/// The item with this id, live or in the trash.
fn load_item(conn: &Connection, id: &str) -> CoreResult<Option<AgendaItem>> {
    Ok(query_items(conn, "i.id = lower(?1)", id.trim())?.pop())
}

/// The live item with this id (neither it nor its parent in the trash), or a `not_found` on `field`.
pub(super) fn require_item(
    conn: &Connection,
    id: &str,
    field: &'static str,
) -> CoreResult<AgendaItem> {
    query_items(conn, &format!("i.id = lower(?1) AND {LIVE}"), id.trim())?
        .pop()
        .ok_or_else(|| CoreError::not_found(id.trim()).on(field))
}

/// Every live item of a session.
fn live_items(conn: &Connection, session_id: &str) -> CoreResult<Vec<AgendaItem>> {
    query_items(conn, &format!("i.session_id = ?1 AND {LIVE}"), session_id)
}

/// The live session named by `key`, refused with `agenda_locked` while its agenda is approved.
fn unlocked_session(conn: &Connection, key: &str) -> CoreResult<Session> {
    let session = sessions::require(conn, key, "session_id")?;
    if session.agenda_approved_at.is_some() {
        return Err(CoreError::new(ErrorCode::AgendaLocked, ""));
    }
    Ok(session)
}

/// The live agenda of a session.
pub(super) fn live_agenda(conn: &Connection, session: &Session) -> CoreResult<Agenda> {
    live_agenda_of(conn, &AgendaHead::from(session))
}

/// The live agenda from what it needs of its session.
pub(super) fn live_agenda_of(conn: &Connection, head: &AgendaHead) -> CoreResult<Agenda> {
    build_agenda(head, &live_items(conn, &head.id.to_string())?)
}

/// What the agenda needs of the session named by `key` (its id, or a council session's ordinal), trashed or not,
/// like [`Store::session`], without the session's people, pairings and sectors.
pub(super) fn agenda_head(conn: &Connection, key: &str) -> CoreResult<AgendaHead> {
    let (column, value) = sessions::key_condition(key);
    conn.prepare_cached(&format!(
        "SELECT id, starts_at, ends_at, time_zone, agenda_version, agenda_approved_at
         FROM sessions WHERE {column}"
    ))?
    .query_row(params![value], |row| {
        Ok(AgendaHead {
            id: Uuid::parse_str(&row.get::<_, String>(0)?).unwrap_or_default(),
            starts_at: row.get(1)?,
            ends_at: row.get(2)?,
            time_zone: row.get(3)?,
            agenda_version: row.get(4)?,
            agenda_approved_at: row.get(5)?,
        })
    })
    .optional()?
    .ok_or_else(|| CoreError::not_found(key.trim()))
}

/// An item in its place in the live agenda.
fn entry_of(conn: &Connection, session: &Session, item_id: &str) -> CoreResult<AgendaEntry> {
    live_agenda(conn, session)?
        .entries
        .into_iter()
        .find(|entry| entry.item.id.to_string() == item_id)
        .ok_or_else(|| CoreError::not_found(item_id))
}

/// Presenters as stored: whether each is a person or a body, and its id.
type PresenterIds = Vec<(PresenterKind, String)>;

/// Checks the pairing, sector and presenters an item names; the presenters' ids as stored.
fn check_links(conn: &Connection, input: &AgendaItemInput) -> CoreResult<PresenterIds> {
    if let Some(pairing) = &input.pairing_id {
        let exists = conn
            .prepare_cached("SELECT 1 FROM pairings WHERE id = ?1 AND deleted_at IS NULL")?
            .exists(params![pairing])?;
        if !exists {
            return Err(CoreError::not_found(pairing.clone()).on("pairing_id"));
        }
    }
    if let Some(code) = &input.sector_code {
        let exists = conn
            .prepare_cached("SELECT 1 FROM sectors WHERE code = ?1 AND deleted_at IS NULL")?
            .exists(params![code])?;
        if !exists {
            return Err(CoreError::new(ErrorCode::SectorNotFound, code.clone()).on("sector_code"));
        }
    }
    input
        .presenters
        .iter()
        .map(|presenter| {
            let id = match presenter.kind {
                PresenterKind::Person => people::require(conn, &presenter.id, "presenters")?.id,
                PresenterKind::Body => bodies::require(conn, &presenter.id, "presenters")?.id,
            };
            Ok((presenter.kind, id.to_string()))
        })
        .collect()
}

/// Writes an item's own fields and presenters (not its place).
fn write_fields(
    tx: &Transaction,
    id: &str,
    input: &AgendaItemInput,
    fixed_start: Option<DateTime<Utc>>,
    presenters: &[(PresenterKind, String)],
) -> CoreResult<()> {
    tx.execute(
        "UPDATE agenda_items SET kind = ?2, title_ru = ?3, title_uz = ?4, title_en = ?5, description_ru = ?6,
                description_uz = ?7, description_en = ?8, duration_min = ?9, fixed_start = ?10, pairing_id = ?11,
                sector_code = ?12, updated_at = ?13
         WHERE id = ?1",
        params![
            id,
            input.kind.code(),
            input.title.ru,
            input.title.uz,
            input.title.en,
            input.description.ru,
            input.description.uz,
            input.description.en,
            input.duration_min,
            fixed_start.map(instant_text),
            input.pairing_id,
            input.sector_code,
            now_text(),
        ],
    )?;
    tx.execute(
        "DELETE FROM agenda_item_presenters WHERE item_id = ?1",
        params![id],
    )?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO agenda_item_presenters (item_id, position, person_id, body_id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, (kind, presenter)) in presenters.iter().enumerate() {
        let (person, body) = match kind {
            PresenterKind::Person => (Some(presenter), None),
            PresenterKind::Body => (None, Some(presenter)),
        };
        insert.execute(params![id, position as i64, person, body])?;
    }
    Ok(())
}

/// Checks an input against the register and the session; the fixed start as an instant.
fn resolve(
    conn: &Connection,
    input: &AgendaItemInput,
    session: &Session,
) -> CoreResult<(Option<DateTime<Utc>>, PresenterIds)> {
    let presenters = check_links(conn, input)?;
    let (start, zone) = start_and_zone(session)?;
    let fixed = input
        .fixed_start
        .as_deref()
        .map(|text| fixed_start_instant(text, start, zone))
        .transpose()?;
    Ok((fixed, presenters))
}

/// Inserts a checked item at `place` in the agenda of an unlocked session, with its audit row; its id.
fn insert_item(
    tx: &Transaction,
    actor: &Actor,
    session: &Session,
    input: &AgendaItemInput,
    place: &AgendaPlace,
) -> CoreResult<String> {
    let session_id = session.id.to_string();
    let (fixed, presenters) = resolve(tx, input, session)?;
    let place = moves::new_item_place(tx, &session_id, input.kind, place)?;
    let id = new_id().to_string();
    tx.execute(
        "INSERT INTO agenda_items (id, session_id, position, kind, duration_min, created_at, updated_at)
         VALUES (?1, ?2, 0, ?3, ?4, ?5, ?5)",
        params![
            id,
            session_id,
            input.kind.code(),
            input.duration_min,
            now_text()
        ],
    )?;
    write_fields(tx, &id, input, fixed, &presenters)?;
    moves::place(tx, &session_id, &id, &place)?;
    AgendaItems.record_create(tx, actor, &id)?;
    Ok(id)
}

/// Keeps the time of day of the items with a set time when their session moves to another start or zone,
/// even while the agenda is locked: the session moved, the agenda did not change.
pub(super) fn shift_fixed_starts(
    tx: &Transaction,
    session_id: &str,
    (old_start, old_zone): (DateTime<Utc>, Tz),
    (new_start, new_zone): (DateTime<Utc>, Tz),
) -> CoreResult<()> {
    let days = (new_start.with_timezone(&new_zone).date_naive()
        - old_start.with_timezone(&old_zone).date_naive())
    .num_days();
    let fixed: Vec<(String, String)> = tx
        .prepare_cached(
            "SELECT id, fixed_start FROM agenda_items WHERE session_id = ?1 AND fixed_start IS NOT NULL",
        )?
        .query_map(params![session_id], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (id, text) in fixed {
        let at = parse_instant_text(&text)?;
        let moved = TimeDelta::try_days(days)
            .and_then(|delta| {
                at.with_timezone(&old_zone)
                    .naive_local()
                    .checked_add_signed(delta)
            })
            .and_then(|local| new_zone.from_local_datetime(&local).earliest())
            .map(|local| local.with_timezone(&Utc))
            .or_else(|| at.checked_add_signed(new_start - old_start))
            .unwrap_or(at);
        tx.execute(
            "UPDATE agenda_items SET fixed_start = ?2 WHERE id = ?1",
            params![id, instant_text(moved)],
        )?;
    }
    Ok(())
}

/// Agenda items as a kind of register record (see [`RecordKind`]): only an unlocked agenda changes.
pub(super) struct AgendaItems;

impl RecordKind for AgendaItems {
    type Record = AgendaItem;
    const TABLE: &'static str = "agenda_items";
    const ENTITY: &'static str = "agenda_item";

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<AgendaItem>> {
        load_item(conn, key)
    }

    /// An item is live only while its parent is too.
    fn require(&self, conn: &Connection, key: &str) -> CoreResult<AgendaItem> {
        require_item(conn, key, "id")
    }

    /// The items after it close the gap.
    fn before_delete(&self, tx: &Transaction, _actor: &Actor, item: &AgendaItem) -> CoreResult<()> {
        let session = unlocked_session(tx, &item.session_id.to_string())?;
        let parent = item.parent_id.map(|p| p.to_string());
        let siblings = moves::sibling_ids(
            tx,
            &session.id.to_string(),
            parent.as_deref(),
            &item.id.to_string(),
        )?;
        moves::write_positions(tx, &siblings)
    }

    /// An item comes back to an unlocked agenda under a live top-level parent, at the place it had as far
    /// as its siblings now allow.
    fn before_restore(&self, tx: &Transaction, item: &AgendaItem) -> CoreResult<()> {
        let session = unlocked_session(tx, &item.session_id.to_string())?;
        let parent = item.parent_id.map(|p| p.to_string());
        if let Some(parent) = &parent {
            let parent = require_item(tx, parent, "parent_id")?;
            if parent.parent_id.is_some() {
                return Err(CoreError::new(ErrorCode::NestingTooDeep, "").on("parent_id"));
            }
        }
        let id = item.id.to_string();
        let mut siblings = moves::sibling_ids(tx, &session.id.to_string(), parent.as_deref(), &id)?;
        let at = usize::try_from(item.position)
            .unwrap_or(0)
            .min(siblings.len());
        siblings.insert(at, id);
        moves::write_positions(tx, &siblings)
    }
}

impl Store {
    /// One agenda item by id, live or in the trash.
    pub fn agenda_item(&self, id: &str) -> CoreResult<AgendaItem> {
        load_item(&self.conn, id)?.ok_or_else(|| CoreError::not_found(id.trim()))
    }

    /// The items of a session's agenda that are in the trash, most recently deleted first.
    pub fn agenda_trash(&self, session: &str) -> CoreResult<Vec<AgendaItem>> {
        let session = self.session(session)?;
        let mut items = query_items(
            &self.conn,
            "i.session_id = ?1 AND i.deleted_at IS NOT NULL",
            &session.id.to_string(),
        )?;
        items.sort_by(|a, b| b.deleted_at.cmp(&a.deleted_at));
        Ok(items)
    }

    /// Adds an item to a session's draft agenda at a place, optionally under a parent item; without a position
    /// it goes last, a top-level item before the closing item.
    pub fn add_agenda_item(
        &mut self,
        session: &str,
        input: &AgendaItemInput,
        place: &AgendaPlace,
    ) -> CoreResult<AgendaEntry> {
        let input = input.check()?;
        self.write(Role::Officer, |tx, actor| {
            let session = unlocked_session(tx, session)?;
            let id = insert_item(tx, actor, &session, &input, place)?;
            entry_of(tx, &session, &id)
        })
    }

    /// Changes an item's fields; its place stays.
    pub fn update_agenda_item(
        &mut self,
        id: &str,
        input: &AgendaItemInput,
    ) -> CoreResult<AgendaEntry> {
        let input = input.check()?;
        self.change_item(id, |tx, session, id| {
            let (fixed, presenters) = resolve(tx, &input, session)?;
            write_fields(tx, id, &input, fixed, &presenters)
        })
    }

    /// Moves an item (and its sub-items with it) to the trash; the items after it close the gap.
    pub fn delete_agenda_item(&mut self, id: &str) -> CoreResult<AgendaItem> {
        self.write(Role::Officer, |tx, actor| AgendaItems.delete(tx, actor, id))
    }

    /// Brings an item back from the trash to the place it had, as far as its siblings now allow.
    pub fn restore_agenda_item(&mut self, id: &str) -> CoreResult<AgendaEntry> {
        self.write(Role::Officer, |tx, actor| {
            let after = AgendaItems.restore(tx, actor, id)?;
            let session = sessions::require(tx, &after.session_id.to_string(), "session_id")?;
            entry_of(tx, &session, &after.id.to_string())
        })
    }
}

/// The item's parent as stored, live or not.
fn stored_parent(conn: &Connection, id: &str) -> CoreResult<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT parent_id FROM agenda_items WHERE id = ?1")?
        .query_row(params![id], |row| row.get(0))
        .optional()?
        .flatten())
}
