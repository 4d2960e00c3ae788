//! Series of recurring meetings: the rule, its exceptions, and the sessions it was expanded into.
//!
//! Creating a series writes the series and one real session per date of its rule in one transaction. Each
//! occurrence is then an ordinary session: it is moved, confirmed or cancelled on its own with the session use
//! cases. Skipping a date adds an exception and cancels the occurrence on that date. Deleting a series moves
//! it to the trash together with its occurrences that are still drafts and have not started; held, confirmed
//! or already changed meetings stay. Changing the rule touches only future meetings nobody has changed
//! (see [`rule`]).

mod rule;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::record_kind::RecordKind;
use super::sessions::{self, Sessions, status};
use super::{Store, scheduling};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::new_id;
use crate::officer::{Actor, Role};
use crate::scheduling::{RecurrenceRule, ScheduleConflict, expand};
use crate::session::{CheckedSession, Session, SessionInput, SessionStatus, StatusChange};
use crate::time::{now_text, parse_date, parse_instant_text};

/// What an officer submits to create a series: the first meeting as a session form gives it, the rule, and the
/// dates to skip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SeriesInput {
    /// The first meeting: its date starts the rule; every occurrence has its times of day and its fields.
    pub session: SessionInput,
    pub rule: RecurrenceRule,
    /// Dates to skip, `YYYY-MM-DD`.
    pub exceptions: Vec<String>,
}

/// One meeting of a series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SeriesOccurrence {
    /// The date the rule gave it (the meeting may since have moved).
    pub date: NaiveDate,
    pub session: Session,
}

/// The warnings of one meeting of a planned series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DatedConflicts {
    pub date: NaiveDate,
    pub conflicts: Vec<ScheduleConflict>,
}

/// What a planned series would create.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SeriesPreview {
    /// The dates of its meetings, in order.
    pub dates: Vec<NaiveDate>,
    /// The warnings of the meetings that have any.
    pub conflicts: Vec<DatedConflicts>,
}

/// A series as the register holds it, with its meetings in the register (trashed ones left out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionSeries {
    pub id: Uuid,
    pub rule: RecurrenceRule,
    /// The date the rule counts from.
    pub first_date: NaiveDate,
    /// `HH:MM` on the venue's clock.
    pub start_time: String,
    pub end_time: Option<String>,
    /// The fields every meeting was made from.
    pub template: SessionInput,
    /// Skipped dates, in order.
    pub exceptions: Vec<NaiveDate>,
    pub occurrences: Vec<SeriesOccurrence>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// A series input checked without the database.
struct CheckedSeries {
    first: NaiveDate,
    start_time: String,
    end_time: Option<String>,
    /// Days from the start's date to the end's date (an evening meeting may end after midnight).
    end_days: i64,
    exceptions: Vec<NaiveDate>,
}

/// `YYYY-MM-DD` and `HH:MM` of a checked wall-clock text.
fn split(text: &str) -> (String, String) {
    let text = text.trim().replace('T', " ");
    let (date, time) = text.split_once(' ').unwrap_or((&text, ""));
    (date.to_owned(), time.chars().take(5).collect())
}

impl SeriesInput {
    fn checked(&self) -> CoreResult<CheckedSeries> {
        self.session.check()?;
        let (date, start_time) = split(&self.session.starts_at);
        let first = parse_date(&date, "starts_at")?;
        self.rule.check(first)?;
        let (end_time, end_days) = match self.session.ends_at.as_deref().map(str::trim) {
            Some(end) if !end.is_empty() => {
                let (end_date, end_time) = split(end);
                let end_date = parse_date(&end_date, "ends_at")?;
                (Some(end_time), (end_date - first).num_days())
            }
            _ => (None, 0),
        };
        let exceptions = self
            .exceptions
            .iter()
            .filter(|text| !text.trim().is_empty())
            .map(|text| parse_date(text, "exceptions"))
            .collect::<CoreResult<Vec<_>>>()?;
        Ok(CheckedSeries {
            first,
            start_time,
            end_time,
            end_days,
            exceptions,
        })
    }

    /// The dates the series would have, in order: what the officer sees before confirming.
    pub fn dates(&self) -> CoreResult<Vec<NaiveDate>> {
        let s = self.checked()?;
        Ok(expand(s.first, &self.rule, &s.exceptions))
    }
}

impl CheckedSeries {
    /// The session input of the meeting on `date`.
    fn occurrence(&self, template: &SessionInput, date: NaiveDate) -> CoreResult<CheckedSession> {
        let mut input = template.clone();
        input.starts_at = format!("{date} {}", self.start_time);
        input.ends_at = self
            .end_time
            .as_ref()
            .map(|time| format!("{} {time}", date + chrono::TimeDelta::days(self.end_days)));
        input.check()
    }
}

const SERIES_COLUMNS: &str =
    "id, rule, first_date, start_time, end_time, template, created_at, updated_at, deleted_at";

fn load(conn: &Connection, id: &str) -> CoreResult<Option<SessionSeries>> {
    let row = conn
        .prepare_cached(&format!(
            "SELECT {SERIES_COLUMNS} FROM session_series WHERE id = lower(?1)"
        ))?
        .query_row(params![id.trim()], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, Option<String>>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, String>(6)?,
                row.get::<_, String>(7)?,
                row.get::<_, Option<String>>(8)?,
            ))
        })
        .optional()?;
    let Some((id, rule, first, start_time, end_time, template, created_at, updated_at, deleted_at)) =
        row
    else {
        return Ok(None);
    };
    let exceptions = conn
        .prepare_cached(
            "SELECT on_date FROM session_series_exceptions WHERE series_id = ?1 ORDER BY on_date",
        )?
        .query_map(params![id], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let occurrence_rows = conn
        .prepare_cached(
            "SELECT id, occurrence_date FROM sessions
             WHERE series_id = ?1 AND deleted_at IS NULL ORDER BY occurrence_date, starts_at",
        )?
        .query_map(params![id], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut occurrences = Vec::with_capacity(occurrence_rows.len());
    for (session_id, date) in occurrence_rows {
        occurrences.push(SeriesOccurrence {
            date: parse_date(&date, "occurrence_date")?,
            session: sessions::require(conn, &session_id, "id")?,
        });
    }
    Ok(Some(SessionSeries {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        rule: serde_json::from_str(&rule)?,
        first_date: parse_date(&first, "first_date")?,
        start_time,
        end_time,
        template: serde_json::from_str(&template)?,
        exceptions: exceptions
            .iter()
            .map(|date| parse_date(date, "exceptions"))
            .collect::<CoreResult<_>>()?,
        occurrences,
        created_at,
        updated_at,
        deleted_at,
    }))
}

fn add_exception(tx: &Transaction, id: &str, date: NaiveDate) -> CoreResult<()> {
    tx.execute(
        "INSERT INTO session_series_exceptions (series_id, on_date) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![id, date.to_string()],
    )?;
    Ok(())
}

/// Series of meetings as a kind of register record (see [`RecordKind`]).
struct Series;

impl RecordKind for Series {
    type Record = SessionSeries;
    const TABLE: &'static str = "session_series";
    const ENTITY: &'static str = "session_series";
    const KEY_FIELD: Option<&'static str> = Some("series");

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<SessionSeries>> {
        load(conn, key)
    }

    /// A series goes to the trash with its meetings that are still drafts and have not started yet; the
    /// others stay in the register as they are.
    fn before_delete(
        &self,
        tx: &Transaction,
        actor: &Actor,
        series: &SessionSeries,
    ) -> CoreResult<()> {
        let now = chrono::Utc::now();
        for occurrence in &series.occurrences {
            let session = &occurrence.session;
            if session.status == SessionStatus::Draft
                && parse_instant_text(&session.starts_at)? > now
            {
                Sessions.trash(tx, actor, session)?;
            }
        }
        Ok(())
    }
}

impl Store {
    /// Creates a series and, in the same transaction, one draft session per date of its rule.
    pub fn create_series(&mut self, input: &SeriesInput) -> CoreResult<SessionSeries> {
        let s = input.checked()?;
        let dates = expand(s.first, &input.rule, &s.exceptions);
        if dates.is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "dates").on("rule"));
        }
        let occurrences = dates
            .iter()
            .map(|date| s.occurrence(&input.session, *date))
            .collect::<CoreResult<Vec<_>>>()?;
        let id = new_id().to_string();
        self.write(Role::Officer, |tx, actor| {
            let now = now_text();
            tx.execute(
                "INSERT INTO session_series (id, rule, first_date, start_time, end_time, template, created_at,
                                             updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![
                    id,
                    serde_json::to_string(&input.rule)?,
                    s.first.to_string(),
                    s.start_time,
                    s.end_time,
                    serde_json::to_string(&input.session)?,
                    now
                ],
            )?;
            for date in &s.exceptions {
                add_exception(tx, &id, *date)?;
            }
            for (date, c) in dates.iter().zip(&occurrences) {
                sessions::insert(tx, actor, &new_id().to_string(), c, Some((&id, *date)))?;
            }
            Series.record_create(tx, actor, &id)
        })
    }

    /// The dates a series would have and the warnings each meeting would raise (dates without warnings are
    /// left out of `conflicts`): what the officer sees before confirming. Nothing is written.
    pub fn preview_series(&self, input: &SeriesInput) -> CoreResult<SeriesPreview> {
        let s = input.checked()?;
        let dates = expand(s.first, &input.rule, &s.exceptions);
        let mut found = Vec::new();
        for date in dates.iter().copied() {
            let c = s.occurrence(&input.session, date)?;
            let conflicts = scheduling::conflicts_of(&self.conn, &c, None)?;
            if !conflicts.is_empty() {
                found.push(DatedConflicts { date, conflicts });
            }
        }
        Ok(SeriesPreview {
            dates,
            conflicts: found,
        })
    }

    /// The live series, oldest first.
    pub fn list_series(&self) -> CoreResult<Vec<SessionSeries>> {
        let ids = self
            .conn
            .prepare_cached(
                "SELECT id FROM session_series WHERE deleted_at IS NULL ORDER BY first_date, id",
            )?
            .query_map([], |row| row.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        ids.iter()
            .map(|id| Series.require(&self.conn, id))
            .collect()
    }

    /// One series by id, live or in the trash.
    pub fn series(&self, id: &str) -> CoreResult<SessionSeries> {
        load(&self.conn, id)?.ok_or_else(|| CoreError::not_found(id.trim()))
    }

    /// Skips one date of a series: the date becomes an exception, and the meeting on it, unless already held,
    /// is cancelled with `reason`. A date the rule does not give is refused.
    pub fn skip_series_date(
        &mut self,
        id: &str,
        date: &str,
        reason: &str,
    ) -> CoreResult<SessionSeries> {
        let date = parse_date(date, "date")?;
        let today = self.secretariat_today()?;
        self.write(Role::Officer, |tx, actor| {
            Series.update(tx, actor, id, |before, id| {
                if !expand(before.first_date, &before.rule, &[]).contains(&date) {
                    return Err(
                        CoreError::new(ErrorCode::InvalidValue, date.to_string()).on("date")
                    );
                }
                add_exception(tx, id, date)?;
                for occurrence in before.occurrences.iter().filter(|o| o.date == date) {
                    if occurrence
                        .session
                        .status
                        .can_become(SessionStatus::Cancelled)
                    {
                        let change = StatusChange {
                            to: SessionStatus::Cancelled,
                            new_start: None,
                            reason: reason.to_owned(),
                        };
                        status::change_status(
                            tx,
                            actor,
                            &occurrence.session.id.to_string(),
                            &change,
                            today,
                        )?;
                    }
                }
                tx.execute(
                    "UPDATE session_series SET updated_at = ?2 WHERE id = ?1",
                    params![id, now_text()],
                )?;
                Ok(())
            })
        })
    }

    /// Moves a series to the trash with its meetings that are still drafts and have not started yet; the
    /// others stay in the register as they are.
    pub fn delete_series(&mut self, id: &str) -> CoreResult<SessionSeries> {
        self.write(Role::Officer, |tx, actor| Series.delete(tx, actor, id))
    }

    /// Brings a series back from the trash; its meetings come back one by one from the trash.
    pub fn restore_series(&mut self, id: &str) -> CoreResult<SessionSeries> {
        self.write(Role::Officer, |tx, actor| Series.restore(tx, actor, id))
    }
}
