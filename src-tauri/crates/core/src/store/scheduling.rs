//! The conflict check of a planned session: the sessions and holidays it is checked against, read here and
//! judged by [`crate::scheduling::find_conflicts`].

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::{Store, holidays, sessions};
use crate::error::{CoreError, CoreResult};
use crate::ids::new_id;
use crate::lang::LocalizedText;
use crate::officer::Role;
use crate::scheduling::conflicts::DEFAULT_LENGTH;
use crate::scheduling::{
    Attendee, BookedSession, PersonRole, PlannedSession, ScheduleConflict, Venue, find_conflicts,
};
use crate::session::{CheckedSession, Session, SessionInput, StatusChange};
use crate::time::{instant_text, parse_instant_text, parse_local_datetime, parse_zone};

/// A session about to be created or changed, as the conflict check receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionDraft {
    /// The session being changed; absent for a new one.
    pub session_id: Option<String>,
    pub input: SessionInput,
}

/// The people of a stored session: co-chairs, participants, and the people presenting its live agenda items.
fn attendees(conn: &Connection, session_id: &str) -> CoreResult<Vec<Attendee>> {
    let mut stmt = conn.prepare_cached(
        "SELECT person_id, role FROM session_people WHERE session_id = ?1
         UNION
         SELECT p.person_id, ?2 FROM agenda_item_presenters p JOIN agenda_items i ON i.id = p.item_id
         WHERE i.session_id = ?1 AND i.deleted_at IS NULL AND p.person_id IS NOT NULL",
    )?;
    let rows = stmt.query_map(params![session_id, PersonRole::Presenter.code()], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })?;
    let mut people = Vec::new();
    for row in rows {
        let (id, code) = row?;
        people.push(Attendee {
            person: Uuid::parse_str(&id).unwrap_or_default(),
            role: PersonRole::parse(&code)?,
        });
    }
    Ok(people)
}

fn texts(row: &rusqlite::Row, first: usize) -> rusqlite::Result<LocalizedText> {
    Ok(LocalizedText {
        ru: row.get(first)?,
        uz: row.get(first + 1)?,
        en: row.get(first + 2)?,
    })
}

/// Live sessions, not cancelled, whose time may overlap `[start, end)`.
fn booked_between(
    conn: &Connection,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> CoreResult<Vec<BookedSession>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, title_ru, title_uz, title_en, starts_at, ends_at, time_zone, venue_city_ru, venue_city_uz,
                venue_city_en, venue_place_ru, venue_place_uz, venue_place_en
         FROM sessions
         WHERE deleted_at IS NULL AND status <> 'cancelled' AND starts_at < ?2
               AND (ends_at > ?1 OR (ends_at IS NULL AND starts_at > ?3))
         ORDER BY starts_at, id",
    )?;
    let rows = stmt
        .query_map(
            params![
                instant_text(start),
                instant_text(end),
                instant_text(start - DEFAULT_LENGTH)
            ],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    texts(row, 1)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, Option<String>>(5)?,
                    row.get::<_, String>(6)?,
                    Venue {
                        city: texts(row, 7)?,
                        place: texts(row, 10)?,
                    },
                ))
            },
        )?
        .collect::<Result<Vec<_>, _>>()?;
    let mut booked = Vec::with_capacity(rows.len());
    for (id, title, starts_at, ends_at, zone, venue) in rows {
        booked.push(BookedSession {
            id: Uuid::parse_str(&id).unwrap_or_default(),
            title,
            start: parse_instant_text(&starts_at)?,
            end: ends_at.as_deref().map(parse_instant_text).transpose()?,
            zone: parse_zone(&zone, "time_zone")?,
            venue,
            people: attendees(conn, &id)?,
        });
    }
    Ok(booked)
}

fn names(conn: &Connection, ids: &[Uuid]) -> CoreResult<Vec<(Uuid, LocalizedText)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT full_name_ru, full_name_uz, full_name_en FROM people WHERE id = ?1",
    )?;
    let mut names = Vec::new();
    for id in ids {
        let mut rows = stmt.query(params![id.to_string()])?;
        if let Some(row) = rows.next()? {
            names.push((*id, texts(row, 0)?));
        }
    }
    Ok(names)
}

/// The conflicts of a checked session; `editing` is the stored session it changes, whose agenda presenters
/// count among its people.
pub(super) fn conflicts_of(
    conn: &Connection,
    c: &CheckedSession,
    editing: Option<&str>,
) -> CoreResult<Vec<ScheduleConflict>> {
    let mut people: Vec<Attendee> = Vec::new();
    for (list, role, field) in [
        (&c.co_chairs, PersonRole::CoChair, "co_chairs"),
        (&c.participants, PersonRole::Participant, "participants"),
    ] {
        for id in list {
            let person =
                Uuid::parse_str(id).map_err(|_| CoreError::not_found(id.clone()).on(field))?;
            people.push(Attendee { person, role });
        }
    }
    let id = match editing {
        Some(key) => {
            let session = sessions::require(conn, key, "session_id")?;
            let id = session.id.to_string();
            people.extend(
                attendees(conn, &id)?
                    .into_iter()
                    .filter(|a| a.role == PersonRole::Presenter),
            );
            Some(session.id)
        }
        None => None,
    };
    let planned = PlannedSession {
        id,
        start: c.starts_at,
        end: c.ends_at,
        zone: c.zone,
        venue: Venue {
            city: c.venue_city.clone(),
            place: c.venue_place.clone(),
        },
        people,
    };
    let end = c.ends_at.unwrap_or(c.starts_at + DEFAULT_LENGTH);
    let booked = booked_between(conn, c.starts_at, end)?;
    let first = c.starts_at.with_timezone(&c.zone).date_naive();
    let last = end.with_timezone(&c.zone).date_naive();
    let holidays = holidays::between(conn, &first.to_string(), &last.to_string())?;
    let ids: Vec<Uuid> = planned.people.iter().map(|a| a.person).collect();
    Ok(find_conflicts(
        &planned,
        &booked,
        &holidays,
        &names(conn, &ids)?,
    ))
}

/// The warnings of a checked session as drafted (see [`Store::schedule_conflicts`]); `editing` is the stored
/// session it changes.
fn draft_conflicts(
    conn: &Connection,
    c: &CheckedSession,
    editing: Option<&str>,
) -> CoreResult<Vec<ScheduleConflict>> {
    if let Some(key) = editing {
        let stored = sessions::require(conn, key, "session_id")?
            .to_input()
            .check()?;
        let slot = |c: &CheckedSession| {
            (
                c.starts_at,
                c.ends_at,
                c.zone,
                c.venue_city.clone(),
                c.venue_place.clone(),
                c.co_chairs.clone(),
                c.participants.clone(),
            )
        };
        if slot(&stored) == slot(c) {
            return Ok(Vec::new());
        }
    }
    conflicts_of(conn, c, editing)
}

/// Refuses the warnings the officer did not confirm, with every warning, so the front door can show them all.
fn check_confirmed(conflicts: Vec<ScheduleConflict>, confirmed: &[String]) -> CoreResult<()> {
    if conflicts
        .iter()
        .all(|conflict| confirmed.contains(&conflict.key))
    {
        Ok(())
    } else {
        Err(CoreError::unconfirmed(conflicts))
    }
}

impl Store {
    /// The warnings a session would raise if it were saved as drafted: people booked twice, the venue booked
    /// twice, public holidays of Uzbekistan or Russia on its days. Nothing is written. Cancelled sessions and
    /// sessions in the trash raise nothing; the draft never conflicts with the session it changes. A change
    /// that keeps the times, zone, venue and people of a stored session (a new title, a sector) raises nothing
    /// either: its warnings were seen when it was scheduled.
    pub fn schedule_conflicts(&self, draft: &SessionDraft) -> CoreResult<Vec<ScheduleConflict>> {
        let c = draft.input.check()?;
        draft_conflicts(&self.conn, &c, draft.session_id.as_deref())
    }

    /// Creates a session as a draft when every warning it raises (as [`Store::schedule_conflicts`] finds them
    /// inside the writing transaction) is among the keys the officer `confirmed`; else refuses with
    /// `schedule_conflicts`, carrying every warning, and writes nothing.
    pub fn create_session_checked(
        &mut self,
        input: &SessionInput,
        confirmed: &[String],
    ) -> CoreResult<Session> {
        let c = input.check()?;
        let id = new_id().to_string();
        self.write(Role::Officer, |tx, actor| {
            check_confirmed(draft_conflicts(tx, &c, None)?, confirmed)?;
            sessions::insert(tx, actor, &id, &c, None)
        })
    }

    /// Changes a session's fields like [`Store::update_session`] when every warning the change raises is among
    /// the keys the officer `confirmed`, checked inside the writing transaction; else refuses with
    /// `schedule_conflicts`, carrying every warning, and writes nothing.
    pub fn update_session_checked(
        &mut self,
        id: &str,
        input: &SessionInput,
        confirmed: &[String],
    ) -> CoreResult<Session> {
        let c = input.check()?;
        self.write(Role::Officer, |tx, actor| {
            sessions::require(tx, id, "id")?;
            check_confirmed(draft_conflicts(tx, &c, Some(id))?, confirmed)?;
            sessions::update(tx, actor, id, &c)
        })
    }

    /// The warnings moving a stored session to `new_start` (`YYYY-MM-DD HH:MM` on its venue's clock) would
    /// raise; its planned end moves with it, as a status change with a new start does.
    pub fn reschedule_conflicts(
        &self,
        key: &str,
        new_start: &str,
    ) -> CoreResult<Vec<ScheduleConflict>> {
        reschedule_warnings(&self.conn, key, new_start)
    }

    /// Changes a session's status like [`Store::change_session_status`]; a change that gives a new start is
    /// saved only when every warning the move raises is among the keys the officer `confirmed`, checked inside
    /// the writing transaction (else refused with `schedule_conflicts`, carrying the warnings).
    pub fn change_session_status_checked(
        &mut self,
        id: &str,
        change: &StatusChange,
        confirmed: &[String],
    ) -> CoreResult<Session> {
        let today = self.secretariat_today()?;
        self.write(change.need(), |tx, actor| {
            let start = change.new_start.as_deref().map(str::trim);
            let warnings = match start.filter(|s| !s.is_empty()) {
                Some(start) => reschedule_warnings(tx, id, start)?,
                None => Vec::new(),
            };
            // The change's own rules first (a refused transition is not a scheduling question); a refusal
            // over the warnings then rolls the change back.
            let changed = sessions::status::change_status(tx, actor, id, change, today)?;
            check_confirmed(warnings, confirmed)?;
            Ok(changed)
        })
    }
}

/// The warnings of moving the session `key` to `new_start` on its venue's clock, its end moving with it.
fn reschedule_warnings(
    conn: &Connection,
    key: &str,
    new_start: &str,
) -> CoreResult<Vec<ScheduleConflict>> {
    let session = sessions::require(conn, key, "session")?;
    let (old_start, zone) = sessions::start_and_zone(&session)?;
    let start = parse_local_datetime(new_start, zone, "new_start")?;
    let mut input = session.to_input();
    input.starts_at = start
        .with_timezone(&zone)
        .format("%Y-%m-%d %H:%M")
        .to_string();
    if let Some(end) = session.ends_at.as_deref() {
        let end = parse_instant_text(end)? + (start - old_start);
        input.ends_at = Some(
            end.with_timezone(&zone)
                .format("%Y-%m-%d %H:%M")
                .to_string(),
        );
    }
    let c = input.check()?;
    conflicts_of(conn, &c, Some(&session.id.to_string()))
}
