//! Sessions: rows, reads, and the use cases that create, change and trash them.

pub(super) mod status;

use chrono::{DateTime, Days, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use super::record_kind::RecordKind;
use super::{Store, agenda, people, regions};
use crate::error::{CoreError, CoreResult};
use crate::ids::new_id;
use crate::lang::LocalizedText;
use crate::officer::{Actor, Role};
use crate::scheduling::PersonRole;
use crate::session::{
    CheckedSession, Clocks, Session, SessionFilter, SessionInput, SessionKind, SessionStatus,
};
use crate::time::{instant_text, now_text, parse_instant_text, parse_optional_date, parse_zone};

/// The counter council session ordinals are taken from.
const ORDINAL_COUNTER: &str = "council_session";

/// A session's columns and its links as JSON lists, so a listing of many sessions is one statement (asking for
/// each session's links apart made the dashboard's "coming sessions" 150 queries at ten years of data).
const SESSION_COLUMNS: &str = "id, kind, ordinal, title_ru, title_uz, title_en, starts_at, ends_at, time_zone, \
     venue_city_ru, venue_city_uz, venue_city_en, venue_place_ru, venue_place_uz, venue_place_en, status, \
     status_reason, agenda_version, agenda_approved_at, created_at, updated_at, deleted_at, \
     (SELECT json_group_array(json_array(sp.person_id, sp.role) ORDER BY p.country <> 'UZ', p.full_name_ru, p.id) \
      FROM session_people sp JOIN people p ON p.id = sp.person_id WHERE sp.session_id = sessions.id), \
     (SELECT json_group_array(pairing_id ORDER BY pairing_id) FROM session_pairings \
      WHERE session_id = sessions.id), \
     (SELECT json_group_array(sector_code ORDER BY sector_code) FROM session_sectors \
      WHERE session_id = sessions.id)";

/// A session row before its links and clocks are added.
struct SessionRow {
    id: String,
    kind: String,
    ordinal: Option<i64>,
    title: LocalizedText,
    starts_at: String,
    ends_at: Option<String>,
    time_zone: String,
    venue_city: LocalizedText,
    venue_place: LocalizedText,
    status: String,
    status_reason: String,
    agenda_version: i64,
    agenda_approved_at: Option<String>,
    created_at: String,
    updated_at: String,
    deleted_at: Option<String>,
    /// `[[person_id, role], …]`, co-chairs and participants, Uzbek side first, by name.
    people: String,
    /// `[pairing_id, …]`.
    pairings: String,
    /// `[sector_code, …]`.
    sectors: String,
}

fn texts(row: &Row, first: usize) -> rusqlite::Result<LocalizedText> {
    Ok(LocalizedText {
        ru: row.get(first)?,
        uz: row.get(first + 1)?,
        en: row.get(first + 2)?,
    })
}

fn session_row(row: &Row) -> rusqlite::Result<SessionRow> {
    Ok(SessionRow {
        id: row.get(0)?,
        kind: row.get(1)?,
        ordinal: row.get(2)?,
        title: texts(row, 3)?,
        starts_at: row.get(6)?,
        ends_at: row.get(7)?,
        time_zone: row.get(8)?,
        venue_city: texts(row, 9)?,
        venue_place: texts(row, 12)?,
        status: row.get(15)?,
        status_reason: row.get(16)?,
        agenda_version: row.get(17)?,
        agenda_approved_at: row.get(18)?,
        created_at: row.get(19)?,
        updated_at: row.get(20)?,
        deleted_at: row.get(21)?,
        people: row.get(22)?,
        pairings: row.get(23)?,
        sectors: row.get(24)?,
    })
}

fn uuid(text: &str) -> Uuid {
    Uuid::parse_str(text).unwrap_or_default()
}

/// A session from its row: its people, pairings and sectors, its times on the three clocks, and the statuses
/// it may move to at the secretariat's `today` (never "held" before its day).
fn build(r: SessionRow, today: NaiveDate) -> CoreResult<Session> {
    let zone = parse_zone(&r.time_zone, "time_zone")?;
    let start = parse_instant_text(&r.starts_at)?;
    let end = r.ends_at.as_deref().map(parse_instant_text).transpose()?;
    let status = SessionStatus::parse(&r.status)?;
    let mut co_chairs = Vec::new();
    let mut participants = Vec::new();
    for (id, role) in serde_json::from_str::<Vec<(String, String)>>(&r.people)? {
        if PersonRole::parse(&role)? == PersonRole::CoChair {
            co_chairs.push(uuid(&id));
        } else {
            participants.push(uuid(&id));
        }
    }
    let pairings: Vec<String> = serde_json::from_str(&r.pairings)?;
    let sectors: Vec<String> = serde_json::from_str(&r.sectors)?;
    Ok(Session {
        id: uuid(&r.id),
        kind: SessionKind::parse(&r.kind)?,
        ordinal: r.ordinal,
        title: r.title,
        starts_at: r.starts_at,
        ends_at: r.ends_at,
        time_zone: r.time_zone,
        venue_city: r.venue_city,
        venue_place: r.venue_place,
        status,
        status_reason: r.status_reason,
        next_statuses: next_statuses(status, Clocks::at(start, zone).venue.date, today),
        co_chairs,
        participants,
        pairings: pairings.iter().map(|id| uuid(id)).collect(),
        sectors,
        agenda_version: r.agenda_version,
        agenda_approved_at: r.agenda_approved_at,
        start: Clocks::at(start, zone),
        end: end.map(|end| Clocks::at(end, zone)),
        created_at: r.created_at,
        updated_at: r.updated_at,
        deleted_at: r.deleted_at,
    })
}

/// How a session is named by `key`: its id, or when `key` is a number, a council session's ordinal. The
/// `WHERE` condition on `sessions` with its one parameter.
pub(super) fn key_condition(key: &str) -> (&'static str, rusqlite::types::Value) {
    let key = key.trim();
    match key.parse::<i64>() {
        Ok(ordinal) => ("ordinal = ?1", rusqlite::types::Value::Integer(ordinal)),
        Err(_) => (
            "id = lower(?1)",
            rusqlite::types::Value::Text(key.to_owned()),
        ),
    }
}

/// The session with this id (or, when `key` is a number, this council session ordinal), live or in the trash.
pub(super) fn load(conn: &Connection, key: &str) -> CoreResult<Option<Session>> {
    let (condition, value) = key_condition(key);
    let row = conn
        .prepare_cached(&format!(
            "SELECT {SESSION_COLUMNS} FROM sessions WHERE {condition}"
        ))?
        .query_row(params![value], session_row)
        .optional()?;
    let today = super::control::secretariat_today(conn)?;
    row.map(|row| build(row, today)).transpose()
}

/// The moves a screen may offer: those the status machine allows that the calendar allows today too.
fn next_statuses(
    status: SessionStatus,
    starts_on: NaiveDate,
    today: NaiveDate,
) -> Vec<SessionStatus> {
    status
        .allowed_next()
        .iter()
        .copied()
        .filter(|to| status.check_move(*to, starts_on, today).is_ok())
        .collect()
}

/// The live session named by `key`, or a `not_found` attributed to `field`.
pub(super) fn require(conn: &Connection, key: &str, field: &'static str) -> CoreResult<Session> {
    load(conn, key)?
        .filter(|session| session.deleted_at.is_none())
        .ok_or_else(|| CoreError::not_found(key.trim()).on(field))
}

/// The start instant and venue zone of a session the store wrote.
pub(super) fn start_and_zone(session: &Session) -> CoreResult<(DateTime<Utc>, Tz)> {
    Ok((
        parse_instant_text(&session.starts_at)?,
        parse_zone(&session.time_zone, "time_zone")?,
    ))
}

/// Changes a session's fields (not its status). A new start is kept in its history; agenda items with a set
/// time keep their time of day on the new date. Becoming a council session takes the next ordinal.
pub(super) fn update(
    tx: &Transaction,
    actor: &Actor,
    id: &str,
    c: &CheckedSession,
) -> CoreResult<Session> {
    Sessions.update(tx, actor, id, |before, id| {
        check_links(tx, c)?;
        let ordinal = match (c.kind, before.ordinal) {
            (SessionKind::CouncilSession, Some(ordinal)) => Some(ordinal),
            (SessionKind::CouncilSession, None) => next_ordinal(tx)?,
            _ => None,
        };
        let old = start_and_zone(before)?;
        write_fields(tx, id, c, ordinal)?;
        if old != (c.starts_at, c.zone) {
            agenda::shift_fixed_starts(tx, id, old, (c.starts_at, c.zone))?;
        }
        if old.0 != c.starts_at {
            let new_start = instant_text(c.starts_at);
            status::insert_event(
                tx,
                id,
                Some(before.status),
                before.status,
                (Some(&before.starts_at), Some(&new_start)),
                "",
            )?;
        }
        Ok(())
    })
}

/// Checks that every person, pairing and sector a session names exists.
fn check_links(conn: &Connection, c: &CheckedSession) -> CoreResult<()> {
    for id in &c.co_chairs {
        people::require(conn, id, "co_chairs")?;
    }
    for id in &c.participants {
        people::require(conn, id, "participants")?;
    }
    let mut pairing =
        conn.prepare_cached("SELECT 1 FROM pairings WHERE id = ?1 AND deleted_at IS NULL")?;
    for id in &c.pairings {
        if !pairing.exists(params![id])? {
            return Err(CoreError::not_found(id.clone()).on("pairings"));
        }
    }
    regions::check_sectors(conn, &c.sectors)
}

fn write_links(tx: &Transaction, id: &str, c: &CheckedSession) -> CoreResult<()> {
    for table in ["session_people", "session_pairings", "session_sectors"] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE session_id = ?1"),
            params![id],
        )?;
    }
    let mut person = tx.prepare_cached(
        "INSERT INTO session_people (session_id, person_id, role) VALUES (?1, ?2, ?3)",
    )?;
    for (list, role) in [
        (&c.co_chairs, PersonRole::CoChair),
        (&c.participants, PersonRole::Participant),
    ] {
        for person_id in list {
            person.execute(params![id, person_id, role.code()])?;
        }
    }
    let mut pairing =
        tx.prepare_cached("INSERT INTO session_pairings (session_id, pairing_id) VALUES (?1, ?2)")?;
    for pairing_id in &c.pairings {
        pairing.execute(params![id, pairing_id])?;
    }
    let mut sector =
        tx.prepare_cached("INSERT INTO session_sectors (session_id, sector_code) VALUES (?1, ?2)")?;
    for code in &c.sectors {
        sector.execute(params![id, code])?;
    }
    Ok(())
}

/// The next council session ordinal, or none yet on a site that does not number the register (the ordinal is
/// pending until the register's numbering site receives the session: see `store/numbering.rs`).
fn next_ordinal(tx: &Transaction) -> CoreResult<Option<i64>> {
    if super::numbering::numbers_here(tx, None)? {
        give_ordinal(tx).map(Some)
    } else {
        Ok(None)
    }
}

/// The next council session ordinal. The counter only grows, so a number is never given twice, not even after
/// its session was deleted or cancelled.
pub(super) fn give_ordinal(tx: &Connection) -> CoreResult<i64> {
    let counted: i64 = tx.query_row(
        "SELECT coalesce((SELECT value FROM counters WHERE name = ?1), 0)",
        params![ORDINAL_COUNTER],
        |row| row.get(0),
    )?;
    let used: i64 = tx.query_row(
        "SELECT coalesce(max(ordinal), 0) FROM sessions",
        [],
        |row| row.get(0),
    )?;
    let next = counted.max(used) + 1;
    tx.execute(
        "INSERT INTO counters (name, value) VALUES (?1, ?2)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        params![ORDINAL_COUNTER, next],
    )?;
    Ok(next)
}

/// Writes the fields of a checked input to an existing row.
fn write_fields(
    tx: &Transaction,
    id: &str,
    c: &CheckedSession,
    ordinal: Option<i64>,
) -> CoreResult<()> {
    tx.execute(
        "UPDATE sessions SET kind = ?2, ordinal = ?3, title_ru = ?4, title_uz = ?5, title_en = ?6, starts_at = ?7,
                ends_at = ?8, time_zone = ?9, venue_city_ru = ?10, venue_city_uz = ?11, venue_city_en = ?12,
                venue_place_ru = ?13, venue_place_uz = ?14, venue_place_en = ?15, updated_at = ?16
         WHERE id = ?1",
        params![
            id,
            c.kind.code(),
            ordinal,
            c.title.ru,
            c.title.uz,
            c.title.en,
            instant_text(c.starts_at),
            c.ends_at.map(instant_text),
            c.zone.name(),
            c.venue_city.ru,
            c.venue_city.uz,
            c.venue_city.en,
            c.venue_place.ru,
            c.venue_place.uz,
            c.venue_place.en,
            now_text(),
        ],
    )?;
    write_links(tx, id, c)
}

/// Inserts a checked session as a draft under `id`, with its history and audit rows; an occurrence of a
/// series carries the series id and the date the rule gave it. A council session takes the next ordinal.
pub(super) fn insert(
    tx: &Transaction,
    actor: &Actor,
    id: &str,
    c: &CheckedSession,
    occurrence: Option<(&str, NaiveDate)>,
) -> CoreResult<Session> {
    check_links(tx, c)?;
    let ordinal = if c.kind == SessionKind::CouncilSession {
        next_ordinal(tx)?
    } else {
        None
    };
    let now = now_text();
    let start = instant_text(c.starts_at);
    tx.execute(
        "INSERT INTO sessions (id, kind, starts_at, time_zone, status, created_at, updated_at, series_id,
                               occurrence_date)
         VALUES (?1, ?2, ?3, ?4, 'draft', ?5, ?5, ?6, ?7)",
        params![
            id,
            c.kind.code(),
            start,
            c.zone.name(),
            now,
            occurrence.map(|(series, _)| series),
            occurrence.map(|(_, date)| date.to_string())
        ],
    )?;
    write_fields(tx, id, c, ordinal)?;
    status::insert_event(tx, id, None, SessionStatus::Draft, (None, Some(&start)), "")?;
    Sessions.record_create(tx, actor, id)
}

/// Sessions as a kind of register record (see [`RecordKind`]).
pub(super) struct Sessions;

impl RecordKind for Sessions {
    type Record = Session;
    const TABLE: &'static str = "sessions";
    const ENTITY: &'static str = "session";
    const KEY_FIELD: Option<&'static str> = Some("id");

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<Session>> {
        load(conn, key)
    }
}

impl Store {
    /// Sessions matching the filter, by start.
    pub fn list_sessions(&self, filter: &SessionFilter) -> CoreResult<Vec<Session>> {
        let from = parse_optional_date(filter.from.as_deref(), "from")?;
        let to = parse_optional_date(filter.to.as_deref(), "to")?;
        // The dates are on each venue's clock, the column is UTC: SQL keeps the sessions starting within a day
        // of the range (no zone is a day away from UTC), so only those are built; the exact test follows.
        let utc_from = from
            .and_then(|d| d.checked_sub_days(Days::new(1)))
            .map(|d| d.to_string());
        let utc_until = to
            .and_then(|d| d.checked_add_days(Days::new(2)))
            .map(|d| d.to_string());
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SESSION_COLUMNS} FROM sessions
             WHERE (deleted_at IS NOT NULL) = ?1 AND (?2 IS NULL OR kind = ?2) AND (?3 IS NULL OR status = ?3)
               AND (?4 IS NULL OR starts_at >= ?4) AND (?5 IS NULL OR starts_at < ?5)
             ORDER BY starts_at, id"
        ))?;
        let rows = stmt
            .query_map(
                params![
                    filter.deleted,
                    filter.kind.map(SessionKind::code),
                    filter.status.map(SessionStatus::code),
                    utc_from,
                    utc_until
                ],
                session_row,
            )?
            .collect::<Result<Vec<_>, _>>()?;
        let mut sessions = Vec::with_capacity(rows.len());
        let today = self.secretariat_today()?;
        for row in rows {
            let session = build(row, today)?;
            let day = session.start.venue.date;
            if from.is_none_or(|from| day >= from) && to.is_none_or(|to| day <= to) {
                sessions.push(session);
            }
        }
        Ok(sessions)
    }

    /// One session by id (or council session ordinal), live or in the trash.
    pub fn session(&self, key: &str) -> CoreResult<Session> {
        load(&self.conn, key)?.ok_or_else(|| CoreError::not_found(key.trim()))
    }

    /// Creates a session as a draft, whatever scheduling warnings it raises (tests, data already agreed); a
    /// council session takes the next ordinal. An officer's save goes through
    /// [`Store::create_session_checked`].
    pub fn create_session(&mut self, input: &SessionInput) -> CoreResult<Session> {
        let c = input.check()?;
        let id = new_id().to_string();
        self.write(Role::Officer, |tx, actor| insert(tx, actor, &id, &c, None))
    }

    /// Changes a session's fields (not its status), whatever scheduling warnings it raises; an officer's save
    /// goes through [`Store::update_session_checked`].
    pub fn update_session(&mut self, id: &str, input: &SessionInput) -> CoreResult<Session> {
        let c = input.check()?;
        self.write(Role::Officer, |tx, actor| update(tx, actor, id, &c))
    }

    /// Moves a session to the trash; its ordinal stays taken.
    pub fn delete_session(&mut self, id: &str) -> CoreResult<Session> {
        self.write(Role::Officer, |tx, actor| Sessions.delete(tx, actor, id))
    }

    /// Brings a session back from the trash.
    pub fn restore_session(&mut self, id: &str) -> CoreResult<Session> {
        self.write(Role::Officer, |tx, actor| Sessions.restore(tx, actor, id))
    }
}
