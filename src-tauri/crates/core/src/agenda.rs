//! The agenda of a session: ordered items with one level of sub-items, durations, presenters and computed times.

mod compare;
pub(crate) mod schedule;

pub use compare::{
    AgendaChangeKind, AgendaComparison, AgendaItemChange, AgendaItemState, compare_agendas,
};

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::{Lang, LocalizedText};
use crate::session::Clocks;
use crate::time::parse_local_datetime;

/// The longest an item may last, in minutes (a full day).
pub const MAX_DURATION_MIN: i64 = 24 * 60;

/// What happens during an agenda item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AgendaItemKind {
    Opening,
    Report,
    Discussion,
    Signing,
    Break,
    Closing,
    /// The status of the instructions of earlier sessions.
    InstructionsReview,
}

impl AgendaItemKind {
    /// Every kind, in the order forms list them.
    pub const ALL: [AgendaItemKind; 7] = [
        AgendaItemKind::Opening,
        AgendaItemKind::Report,
        AgendaItemKind::Discussion,
        AgendaItemKind::Signing,
        AgendaItemKind::Break,
        AgendaItemKind::Closing,
        AgendaItemKind::InstructionsReview,
    ];

    /// The code stored in the database and used on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            AgendaItemKind::Opening => "opening",
            AgendaItemKind::Report => "report",
            AgendaItemKind::Discussion => "discussion",
            AgendaItemKind::Signing => "signing",
            AgendaItemKind::Break => "break",
            AgendaItemKind::Closing => "closing",
            AgendaItemKind::InstructionsReview => "instructions_review",
        }
    }

    /// Parses a kind code.
    pub fn parse(text: &str) -> CoreResult<AgendaItemKind> {
        AgendaItemKind::ALL
            .into_iter()
            .find(|kind| kind.code() == text.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("kind"))
    }
}

/// Whether a presenter is a person or a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PresenterKind {
    Person,
    Body,
}

/// Who presents an item, with the name to print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Presenter {
    pub kind: PresenterKind,
    pub id: Uuid,
    /// The person's full name or the body's name.
    pub name: LocalizedText,
}

/// A presenter as a user names one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PresenterInput {
    pub kind: PresenterKind,
    /// The person's or body's id.
    pub id: String,
}

/// An agenda item as the store holds it; numbers and times are computed in [`AgendaEntry`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaItem {
    pub id: Uuid,
    pub session_id: Uuid,
    /// The item this is a sub-item of.
    pub parent_id: Option<Uuid>,
    /// The place among its live siblings, from 0 and without gaps.
    pub position: i64,
    pub kind: AgendaItemKind,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub duration_min: i64,
    /// UTC instant at which the item must start, when it has a set time.
    pub fixed_start: Option<String>,
    /// In the order they speak.
    pub presenters: Vec<Presenter>,
    pub pairing_id: Option<Uuid>,
    pub sector_code: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// An item in its place in the agenda: its number and its computed start and end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaEntry {
    /// `2`, or `2.1` for a sub-item.
    pub number: String,
    /// 0 for an item, 1 for a sub-item.
    pub depth: u8,
    pub item: AgendaItem,
    /// The computed start, UTC instant.
    pub starts_at: String,
    /// The computed end, UTC instant; an item's span covers its sub-items.
    pub ends_at: String,
    pub start: Clocks,
    pub end: Clocks,
    /// The items before a fixed-start item end after its fixed start.
    pub overrun: bool,
}

/// A version of the agenda of a session, live or as approved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Agenda {
    pub session_id: Uuid,
    pub version: i64,
    /// Set when this version is approved; the live version is then locked.
    pub approved_at: Option<String>,
    /// Whether this is the session's current version (older ones are read from their approved snapshot).
    pub current: bool,
    /// The venue's IANA time zone.
    pub time_zone: String,
    /// Every live item in reading order (1, 2, 2.1, 2.2, 3).
    pub entries: Vec<AgendaEntry>,
    /// The sum of every item's duration.
    pub total_min: i64,
    /// The session's start, UTC instant.
    pub starts_at: String,
    /// When the last item ends, UTC instant.
    pub ends_at: String,
    pub start: Clocks,
    pub end: Clocks,
    /// The items end after the session's planned end.
    pub overruns_session: bool,
}

/// A version of an agenda in the list of versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaVersion {
    pub version: i64,
    /// Absent for the current draft.
    pub approved_at: Option<String>,
}

/// What a user submits to create or change an agenda item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaItemInput {
    pub kind: AgendaItemKind,
    pub title: LocalizedText,
    pub description: LocalizedText,
    /// From 0 to a day (1440).
    pub duration_min: i64,
    /// A set start on the venue's clock: `HH:MM` on the session's first day, or `YYYY-MM-DD HH:MM`.
    pub fixed_start: Option<String>,
    pub presenters: Vec<PresenterInput>,
    /// A pairing id.
    pub pairing_id: Option<String>,
    pub sector_code: Option<String>,
}

/// Where an item goes when it is added or moved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaPlace {
    /// The item to nest under (id); none for a top-level item.
    pub parent_id: Option<String>,
    /// The place among its siblings, from 0; none (or past the end) puts it last.
    pub position: Option<i64>,
}

fn non_empty(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
}

impl AgendaItemInput {
    /// Checks what needs no database: a title, a duration within a day; trims text.
    pub(crate) fn check(&self) -> CoreResult<AgendaItemInput> {
        let title = self.title.trimmed();
        if Lang::ALL.iter().all(|lang| title.get(*lang).is_empty()) {
            return Err(CoreError::new(ErrorCode::Required, "title").on("title"));
        }
        check_duration(self.duration_min)?;
        let mut presenters: Vec<PresenterInput> = Vec::new();
        for presenter in &self.presenters {
            let cleaned = PresenterInput {
                kind: presenter.kind,
                id: presenter.id.trim().to_lowercase(),
            };
            if !cleaned.id.is_empty() && !presenters.contains(&cleaned) {
                presenters.push(cleaned);
            }
        }
        Ok(AgendaItemInput {
            kind: self.kind,
            title,
            description: self.description.trimmed(),
            duration_min: self.duration_min,
            fixed_start: self
                .fixed_start
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned),
            presenters,
            pairing_id: non_empty(self.pairing_id.as_deref()),
            sector_code: non_empty(self.sector_code.as_deref()),
        })
    }
}

impl AgendaItem {
    /// The input that would recreate this item as it is, for editing it field by field.
    #[must_use]
    pub fn to_input(&self, zone: Tz) -> AgendaItemInput {
        AgendaItemInput {
            kind: self.kind,
            title: self.title.clone(),
            description: self.description.clone(),
            duration_min: self.duration_min,
            fixed_start: self
                .fixed_start
                .as_deref()
                .and_then(|text| crate::time::parse_instant_text(text).ok())
                .map(|instant| {
                    instant
                        .with_timezone(&zone)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                }),
            presenters: self
                .presenters
                .iter()
                .map(|p| PresenterInput {
                    kind: p.kind,
                    id: p.id.to_string(),
                })
                .collect(),
            pairing_id: self.pairing_id.map(|id| id.to_string()),
            sector_code: self.sector_code.clone(),
        }
    }
}

/// An item's duration is from 0 minutes to a day.
pub(crate) fn check_duration(minutes: i64) -> CoreResult<()> {
    if (0..=MAX_DURATION_MIN).contains(&minutes) {
        Ok(())
    } else {
        Err(CoreError::new(ErrorCode::InvalidValue, minutes.to_string()).on("duration_min"))
    }
}

/// A fixed start typed by a user, as a UTC instant: `HH:MM` falls on the session's first day on the venue's clock.
pub(crate) fn fixed_start_instant(
    text: &str,
    session_start: DateTime<Utc>,
    zone: Tz,
) -> CoreResult<DateTime<Utc>> {
    let trimmed = text.trim();
    match NaiveTime::parse_from_str(trimmed, "%H:%M") {
        Ok(time) => {
            let day = session_start.with_timezone(&zone).date_naive();
            parse_local_datetime(
                &format!("{day} {}", time.format("%H:%M")),
                zone,
                "fixed_start",
            )
        }
        Err(_) => parse_local_datetime(trimmed, zone, "fixed_start"),
    }
}

/// The standing items a session's agenda starts from: opening, the status of previous instructions, closing.
#[must_use]
pub fn standing_items() -> [AgendaItemInput; 3] {
    let item = |kind, duration_min, ru: &str, uz: &str, en: &str| AgendaItemInput {
        kind,
        title: LocalizedText {
            ru: ru.to_owned(),
            uz: uz.to_owned(),
            en: en.to_owned(),
        },
        description: LocalizedText::default(),
        duration_min,
        fixed_start: None,
        presenters: Vec::new(),
        pairing_id: None,
        sector_code: None,
    };
    [
        item(
            AgendaItemKind::Opening,
            10,
            "Открытие заседания",
            "Majlisning ochilishi",
            "Opening of the session",
        ),
        item(
            AgendaItemKind::InstructionsReview,
            20,
            "О ходе исполнения поручений предыдущего заседания",
            "Oldingi majlis topshiriqlarining bajarilishi to\u{02BB}g\u{02BB}risida",
            "Status of the instructions of the previous session",
        ),
        item(
            AgendaItemKind::Closing,
            5,
            "Закрытие заседания",
            "Majlisning yopilishi",
            "Closing of the session",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{MOSCOW, TASHKENT, instant_text};

    fn input() -> AgendaItemInput {
        standing_items()[1].clone()
    }

    #[test]
    fn a_title_and_a_sane_duration_are_required() {
        let mut missing = input();
        missing.title = LocalizedText::default();
        assert_eq!(missing.check().unwrap_err().field, Some("title"));
        for minutes in [-1, MAX_DURATION_MIN + 1] {
            let mut bad = input();
            bad.duration_min = minutes;
            assert_eq!(bad.check().unwrap_err().field, Some("duration_min"));
        }
    }

    #[test]
    fn a_fixed_time_falls_on_the_sessions_first_local_day() {
        // 23:30 in Moscow on 27 May is 28 May in Tashkent: "10:00" means 28 May 10:00 for a Tashkent venue.
        let start = parse_local_datetime("2026-05-27 23:30", MOSCOW, "starts_at").unwrap();
        let fixed = fixed_start_instant("10:00", start, TASHKENT).unwrap();
        assert_eq!(instant_text(fixed), "2026-05-28T05:00:00.000Z");
        let full = fixed_start_instant("2026-05-29 09:15", start, TASHKENT).unwrap();
        assert_eq!(instant_text(full), "2026-05-29T04:15:00.000Z");
        assert_eq!(
            fixed_start_instant("25:00", start, TASHKENT)
                .unwrap_err()
                .code,
            ErrorCode::InvalidDateTime
        );
    }

    #[test]
    fn standing_titles_use_the_uzbek_modifier_letter() {
        for item in standing_items() {
            assert!(
                !item.title.uz.contains(['\'', '‘', '’']),
                "{}",
                item.title.uz
            );
            assert!(item.title.missing().is_empty());
        }
    }
}
