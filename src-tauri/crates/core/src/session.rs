//! Sessions: council sessions, working-group meetings, forums and preparatory meetings, and their status machine.

pub mod clock;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::{Lang, LocalizedText};
use crate::time::{parse_local_datetime, parse_zone};

pub use clock::{Clocks, LocalTime};

/// What kind of meeting a session is. Only council sessions are numbered (1st, 2nd, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    CouncilSession,
    WorkingGroup,
    Forum,
    Preparatory,
}

impl SessionKind {
    /// Every kind, in the order forms list them.
    pub const ALL: [SessionKind; 4] = [
        SessionKind::CouncilSession,
        SessionKind::WorkingGroup,
        SessionKind::Forum,
        SessionKind::Preparatory,
    ];

    /// The code stored in the database and used on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            SessionKind::CouncilSession => "council_session",
            SessionKind::WorkingGroup => "working_group",
            SessionKind::Forum => "forum",
            SessionKind::Preparatory => "preparatory",
        }
    }

    /// Parses a kind code.
    pub fn parse(text: &str) -> CoreResult<SessionKind> {
        SessionKind::ALL
            .into_iter()
            .find(|kind| kind.code() == text.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("kind"))
    }
}

/// Where a session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Draft,
    Scheduled,
    Confirmed,
    Held,
    MinutesApproved,
    /// Moved off its date; scheduled again with a new start.
    Postponed,
    /// Will not take place (the reason is kept).
    Cancelled,
}

impl SessionStatus {
    /// Every status, in the order a session usually passes through them.
    pub const ALL: [SessionStatus; 7] = [
        SessionStatus::Draft,
        SessionStatus::Scheduled,
        SessionStatus::Confirmed,
        SessionStatus::Held,
        SessionStatus::MinutesApproved,
        SessionStatus::Postponed,
        SessionStatus::Cancelled,
    ];

    /// The code stored in the database and used on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            SessionStatus::Draft => "draft",
            SessionStatus::Scheduled => "scheduled",
            SessionStatus::Confirmed => "confirmed",
            SessionStatus::Held => "held",
            SessionStatus::MinutesApproved => "minutes_approved",
            SessionStatus::Postponed => "postponed",
            SessionStatus::Cancelled => "cancelled",
        }
    }

    /// Parses a status code.
    pub fn parse(text: &str) -> CoreResult<SessionStatus> {
        SessionStatus::ALL
            .into_iter()
            .find(|status| status.code() == text.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("status"))
    }

    /// The statuses a session in this status may move to; every other move is refused.
    #[must_use]
    pub fn allowed_next(self) -> &'static [SessionStatus] {
        use SessionStatus::{Cancelled, Confirmed, Held, MinutesApproved, Postponed, Scheduled};
        match self {
            SessionStatus::Draft | Postponed => &[Scheduled, Cancelled],
            Scheduled => &[Confirmed, Postponed, Cancelled],
            Confirmed => &[Held, Postponed, Cancelled],
            Held => &[MinutesApproved],
            MinutesApproved | Cancelled => &[],
        }
    }

    /// Whether the status machine allows moving from this status to `to`.
    #[must_use]
    pub fn can_become(self, to: SessionStatus) -> bool {
        self.allowed_next().contains(&to)
    }

    /// Whether a session in this status is still ahead: it may yet take place (so "next sessions" lists it).
    #[must_use]
    pub fn is_ahead(self) -> bool {
        matches!(
            self,
            SessionStatus::Draft
                | SessionStatus::Scheduled
                | SessionStatus::Confirmed
                | SessionStatus::Postponed
        )
    }

    /// Checks a move on the calendar as well as on the machine: a session starting on `starts_on` (its venue's
    /// date) cannot be marked held while the secretariat's `today` is before that day. Confirming a future
    /// session is the normal course and stays allowed.
    pub fn check_move(
        self,
        to: SessionStatus,
        starts_on: NaiveDate,
        today: NaiveDate,
    ) -> CoreResult<()> {
        if !self.can_become(to) {
            return Err(self.refusal(to));
        }
        if to == SessionStatus::Held && starts_on > today {
            return Err(
                CoreError::new(ErrorCode::SessionNotStarted, starts_on.to_string()).on("status"),
            );
        }
        Ok(())
    }

    /// The refusal of a move the machine does not allow, quoting it as `held → draft`.
    #[must_use]
    pub fn refusal(self, to: SessionStatus) -> CoreError {
        CoreError::new(
            ErrorCode::InvalidTransition,
            format!("{} → {}", self.code(), to.code()),
        )
        .on("status")
    }
}

/// A session as the register holds it, with its times on the three clocks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Session {
    pub id: Uuid,
    pub kind: SessionKind,
    /// 1st, 2nd, … for council sessions; given at creation, never reused.
    pub ordinal: Option<i64>,
    pub title: LocalizedText,
    /// UTC instant of the start.
    pub starts_at: String,
    /// UTC instant of the planned end.
    pub ends_at: Option<String>,
    /// The venue's IANA time zone.
    pub time_zone: String,
    pub venue_city: LocalizedText,
    pub venue_place: LocalizedText,
    pub status: SessionStatus,
    /// Why it was cancelled or postponed.
    pub status_reason: String,
    /// What the status machine allows next (the buttons a screen shows).
    pub next_statuses: Vec<SessionStatus>,
    /// Co-chairs (person ids), Uzbek first, then by name.
    pub co_chairs: Vec<Uuid>,
    /// Other participants (person ids), Uzbek first, then by name.
    pub participants: Vec<Uuid>,
    pub pairings: Vec<Uuid>,
    /// Sector codes, sorted.
    pub sectors: Vec<String>,
    /// The version the live agenda is.
    pub agenda_version: i64,
    /// Set while the live agenda version is approved (locked).
    pub agenda_approved_at: Option<String>,
    /// The start on the venue's, Tashkent's and Moscow's clocks.
    pub start: Clocks,
    /// The planned end on the three clocks.
    pub end: Option<Clocks>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// What a user submits to create or change a session. Times are wall-clock text in the venue's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionInput {
    pub kind: SessionKind,
    pub title: LocalizedText,
    /// `YYYY-MM-DD HH:MM` on the venue's clock.
    pub starts_at: String,
    /// The planned end, `YYYY-MM-DD HH:MM` on the venue's clock; after the start.
    pub ends_at: Option<String>,
    /// The venue's IANA time zone (`Asia/Tashkent`, `Europe/Moscow`).
    pub time_zone: String,
    pub venue_city: LocalizedText,
    pub venue_place: LocalizedText,
    /// Person ids.
    pub co_chairs: Vec<String>,
    /// Person ids; someone who is also a co-chair is a co-chair only.
    pub participants: Vec<String>,
    /// Pairing ids.
    pub pairings: Vec<String>,
    /// Sector codes.
    pub sectors: Vec<String>,
}

/// A session input checked without the database.
#[derive(Debug, Clone)]
pub(crate) struct CheckedSession {
    pub kind: SessionKind,
    pub title: LocalizedText,
    pub starts_at: DateTime<Utc>,
    pub ends_at: Option<DateTime<Utc>>,
    pub zone: Tz,
    pub venue_city: LocalizedText,
    pub venue_place: LocalizedText,
    pub co_chairs: Vec<String>,
    pub participants: Vec<String>,
    pub pairings: Vec<String>,
    pub sectors: Vec<String>,
}

/// Trimmed, non-empty, each once, in the order given.
fn clean_list(values: &[String]) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for value in values.iter().map(|v| v.trim().to_lowercase()) {
        if !value.is_empty() && !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen
}

impl SessionInput {
    /// Checks what needs no database: a title, a real zone, real times, an end after the start.
    pub(crate) fn check(&self) -> CoreResult<CheckedSession> {
        self.check_title(true)
    }

    /// [`SessionInput::check`] for an imported meeting that came without any title (a calendar event without
    /// SUMMARY): it is kept with the title missing in every language, which screens flag, and the first edit
    /// asks for one.
    pub(crate) fn check_untitled(&self) -> CoreResult<CheckedSession> {
        self.check_title(false)
    }

    fn check_title(&self, title_required: bool) -> CoreResult<CheckedSession> {
        let title = self.title.trimmed();
        if title_required && Lang::ALL.iter().all(|lang| title.get(*lang).is_empty()) {
            return Err(CoreError::new(ErrorCode::Required, "title").on("title"));
        }
        if self.time_zone.trim().is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "time_zone").on("time_zone"));
        }
        let zone = parse_zone(&self.time_zone, "time_zone")?;
        if self.starts_at.trim().is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "starts_at").on("starts_at"));
        }
        let starts_at = parse_local_datetime(&self.starts_at, zone, "starts_at")?;
        let ends_at = match self.ends_at.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => Some(parse_local_datetime(text, zone, "ends_at")?),
        };
        if ends_at.is_some_and(|end| end <= starts_at) {
            return Err(CoreError::new(ErrorCode::EndBeforeStart, "").on("ends_at"));
        }
        let co_chairs = clean_list(&self.co_chairs);
        let participants = clean_list(&self.participants)
            .into_iter()
            .filter(|id| !co_chairs.contains(id))
            .collect();
        let mut sectors = clean_list(&self.sectors);
        sectors.sort();
        Ok(CheckedSession {
            kind: self.kind,
            title,
            starts_at,
            ends_at,
            zone,
            venue_city: self.venue_city.trimmed(),
            venue_place: self.venue_place.trimmed(),
            co_chairs,
            participants,
            pairings: clean_list(&self.pairings),
            sectors,
        })
    }
}

impl Session {
    /// The input that would recreate this session as it is, for editing it field by field.
    #[must_use]
    pub fn to_input(&self) -> SessionInput {
        let ids = |list: &[Uuid]| list.iter().map(Uuid::to_string).collect();
        SessionInput {
            kind: self.kind,
            title: self.title.clone(),
            starts_at: self.start.venue.text(),
            ends_at: self.end.as_ref().map(|end| end.venue.text()),
            time_zone: self.time_zone.clone(),
            venue_city: self.venue_city.clone(),
            venue_place: self.venue_place.clone(),
            co_chairs: ids(&self.co_chairs),
            participants: ids(&self.participants),
            pairings: ids(&self.pairings),
            sectors: self.sectors.clone(),
        }
    }
}

/// A change of status, or of the start date, in a session's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionEvent {
    pub seq: i64,
    /// UTC instant of the change.
    pub at: String,
    /// Absent for the creation.
    pub from_status: Option<SessionStatus>,
    pub to_status: SessionStatus,
    /// The start before the change (UTC instant); a postponement keeps the old date here.
    pub old_starts_at: Option<String>,
    /// The start after the change (UTC instant).
    pub new_starts_at: Option<String>,
    /// The start before the change on the venue's, Tashkent's and Moscow's clocks.
    pub old_start: Option<Clocks>,
    /// The start after the change on the three clocks.
    pub new_start: Option<Clocks>,
    pub reason: String,
}

/// A requested change of status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatusChange {
    pub to: SessionStatus,
    /// A new start, `YYYY-MM-DD HH:MM` on the venue's clock: required to schedule a postponed session again,
    /// allowed when postponing; refused for other changes.
    pub new_start: Option<String>,
    /// Why; required to cancel.
    pub reason: String,
}

impl StatusChange {
    /// The role the change needs: cancelling is the head's, every other move an officer's.
    #[must_use]
    pub fn need(&self) -> crate::officer::Role {
        if self.to == SessionStatus::Cancelled {
            crate::officer::Role::Head
        } else {
            crate::officer::Role::Officer
        }
    }
}

/// Which sessions a listing shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionFilter {
    /// Sessions starting on or after this date (`YYYY-MM-DD`, on the venue's clock).
    pub from: Option<String>,
    /// Sessions starting on or before this date (`YYYY-MM-DD`, on the venue's clock).
    pub to: Option<String>,
    pub kind: Option<SessionKind>,
    pub status: Option<SessionStatus>,
    /// List the trash instead of the live register.
    pub deleted: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> SessionInput {
        SessionInput {
            kind: SessionKind::CouncilSession,
            title: LocalizedText {
                ru: " Заседание Совета ".into(),
                uz: "Kengash majlisi".into(),
                en: "Council session".into(),
            },
            starts_at: "2026-05-27 10:00".into(),
            ends_at: Some("2026-05-27 13:00".into()),
            time_zone: "Asia/Tashkent".into(),
            venue_city: LocalizedText::default(),
            venue_place: LocalizedText::default(),
            co_chairs: vec!["A".into(), "b".into()],
            participants: vec!["a".into(), "c".into(), "c".into()],
            pairings: Vec::new(),
            sectors: vec!["tourism".into(), "energy".into()],
        }
    }

    #[test]
    fn check_trims_dedupes_and_converts_to_utc() {
        let checked = input().check().unwrap();
        assert_eq!(checked.title.ru, "Заседание Совета");
        assert_eq!(checked.participants, vec!["c"]);
        assert_eq!(checked.sectors, vec!["energy", "tourism"]);
        assert_eq!(
            crate::time::instant_text(checked.starts_at),
            "2026-05-27T05:00:00.000Z"
        );
    }

    #[test]
    fn an_end_not_after_the_start_is_refused() {
        for end in ["2026-05-27 10:00", "2026-05-26 23:00"] {
            let mut bad = input();
            bad.ends_at = Some(end.into());
            let error = bad.check().unwrap_err();
            assert_eq!(
                (error.code, error.field),
                (ErrorCode::EndBeforeStart, Some("ends_at"))
            );
        }
    }

    #[test]
    fn a_bad_zone_or_time_is_refused() {
        let mut bad = input();
        bad.time_zone = "Asia/Samarkandia".into();
        assert_eq!(bad.check().unwrap_err().code, ErrorCode::InvalidTimeZone);
        let mut bad = input();
        bad.starts_at = "27.05.2026 10:00".into();
        assert_eq!(bad.check().unwrap_err().code, ErrorCode::InvalidDateTime);
    }

    #[test]
    fn codes_round_trip() {
        for status in SessionStatus::ALL {
            assert_eq!(SessionStatus::parse(status.code()).unwrap(), status);
        }
        for kind in SessionKind::ALL {
            assert_eq!(SessionKind::parse(kind.code()).unwrap(), kind);
        }
        let refusal = SessionStatus::Held.refusal(SessionStatus::Draft);
        let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
        let (april, today) = (day("2027-04-15"), day("2026-12-07"));
        let confirmed = SessionStatus::Confirmed;
        let early = confirmed
            .check_move(SessionStatus::Held, april, today)
            .unwrap_err();
        assert_eq!(early.code, ErrorCode::SessionNotStarted);
        assert_eq!(early.arg, "2027-04-15");
        assert!(
            confirmed
                .check_move(SessionStatus::Held, today, today)
                .is_ok()
        );
        assert!(
            SessionStatus::Scheduled
                .check_move(confirmed, april, today)
                .is_ok()
        );
        assert!(!SessionStatus::Held.is_ahead() && SessionStatus::Confirmed.is_ahead());
        assert_eq!(refusal.arg, "held → draft");
        assert_eq!(refusal.code, ErrorCode::InvalidTransition);
    }
}
