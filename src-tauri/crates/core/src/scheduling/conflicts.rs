//! Conflicts of a planned session: a person booked twice, a venue booked twice, a public holiday, a weekend.
//!
//! Times are half-open intervals `[start, end)`: a meeting ending at 12:00 and one starting at 12:00 do not
//! overlap. A session without a planned end is taken to last [`DEFAULT_LENGTH`]. Conflicts are warnings: the
//! officer sees them before anything is written and may schedule anyway.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::holiday::Holiday;
use crate::lang::{Lang, LocalizedText};
use crate::region::Country;
use crate::session::Clocks;

/// How long a session without a planned end is taken to last.
pub const DEFAULT_LENGTH: TimeDelta = TimeDelta::hours(1);

/// What kind of conflict a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// A person is in another session at an overlapping time.
    PersonBusy,
    /// Another session is at the same venue at an overlapping time.
    VenueBusy,
    /// The session falls on a public holiday of Uzbekistan or Russia.
    Holiday,
    /// The session falls on a Saturday or a Sunday.
    Weekend,
}

/// The part a person plays in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PersonRole {
    CoChair,
    /// Presents an agenda item.
    Presenter,
    Participant,
}

impl PersonRole {
    /// The code of the role as the store keeps it (`session_people.role`).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            PersonRole::CoChair => "co_chair",
            PersonRole::Presenter => "presenter",
            PersonRole::Participant => "participant",
        }
    }

    /// Parses a stored role code.
    pub fn parse(text: &str) -> CoreResult<PersonRole> {
        [
            PersonRole::CoChair,
            PersonRole::Presenter,
            PersonRole::Participant,
        ]
        .into_iter()
        .find(|role| role.code() == text.trim())
        .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("role"))
    }

    fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (PersonRole::CoChair, Lang::Ru) => "сопредседатель",
            (PersonRole::CoChair, Lang::Uz) => "hamrais",
            (PersonRole::CoChair, Lang::En) => "co-chair",
            (PersonRole::Presenter, Lang::Ru) => "докладчик",
            (PersonRole::Presenter, Lang::Uz) => "ma\u{02BC}ruzachi",
            (PersonRole::Presenter, Lang::En) => "presenter",
            (PersonRole::Participant, Lang::Ru) => "участник",
            (PersonRole::Participant, Lang::Uz) => "ishtirokchi",
            (PersonRole::Participant, Lang::En) => "participant",
        }
    }
}

/// A person in a session, in one role (a co-chair who also presents is listed once per role).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Attendee {
    pub person: Uuid,
    pub role: PersonRole,
}

/// Where a session takes place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Venue {
    pub city: LocalizedText,
    pub place: LocalizedText,
}

/// Case, spaces and the kind of quotes do not make two venue names different.
fn folded(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .replace(['«', '»', '“', '”', '"'], "")
}

impl Venue {
    /// Whether two venues are the same place: in some language both name the same place (case and spacing
    /// aside) and do not name different cities. A session whose place is not given has no venue to clash on.
    #[must_use]
    pub fn same_as(&self, other: &Venue) -> bool {
        Lang::ALL.into_iter().any(|lang| {
            let (a, b) = (folded(self.place.get(lang)), folded(other.place.get(lang)));
            let (city_a, city_b) = (folded(self.city.get(lang)), folded(other.city.get(lang)));
            !a.is_empty() && a == b && (city_a.is_empty() || city_b.is_empty() || city_a == city_b)
        })
    }
}

/// The session being scheduled: a new one, or an existing one with its changes.
#[derive(Debug, Clone)]
pub struct PlannedSession {
    /// The session itself when it already exists; it never conflicts with itself.
    pub id: Option<Uuid>,
    pub start: DateTime<Utc>,
    /// The planned end; absent means [`DEFAULT_LENGTH`].
    pub end: Option<DateTime<Utc>>,
    /// The venue's zone: holidays are looked up on the venue's calendar.
    pub zone: Tz,
    pub venue: Venue,
    pub people: Vec<Attendee>,
}

/// A session already in the register, as the conflict check needs it. The store passes neither cancelled
/// sessions nor sessions in the trash.
#[derive(Debug, Clone)]
pub struct BookedSession {
    pub id: Uuid,
    pub title: LocalizedText,
    pub start: DateTime<Utc>,
    pub end: Option<DateTime<Utc>>,
    pub zone: Tz,
    pub venue: Venue,
    pub people: Vec<Attendee>,
}

/// The other session of a conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConflictingSession {
    pub id: Uuid,
    pub title: LocalizedText,
    /// Its start on its venue's, Tashkent's and Moscow's clocks.
    pub start: Clocks,
}

/// The person of a conflict and the parts they play in both sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConflictPerson {
    pub id: Uuid,
    pub name: LocalizedText,
    /// Their part in the session being scheduled.
    pub role: PersonRole,
    /// Their part in the other session.
    pub other_role: PersonRole,
}

/// One warning about a planned session, with its message in Russian, Uzbek and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScheduleConflict {
    /// What the warning is about, the same each time it is raised (`person_busy:<person>:<session>`,
    /// `venue_busy:<session>`, `holiday:<holiday>:<date>`, `weekend:<date>`): what an officer confirms.
    pub key: String,
    pub kind: ConflictKind,
    /// The other session (person and venue conflicts).
    pub session: Option<ConflictingSession>,
    /// The holiday (holiday conflicts).
    pub holiday: Option<Holiday>,
    /// The person booked twice (person conflicts).
    pub person: Option<ConflictPerson>,
    pub message: LocalizedText,
}

/// `[start, end)` of a session.
fn span(start: DateTime<Utc>, end: Option<DateTime<Utc>>) -> (DateTime<Utc>, DateTime<Utc>) {
    (start, end.unwrap_or(start + DEFAULT_LENGTH))
}

/// Whether two half-open intervals share an instant.
fn overlaps(a: (DateTime<Utc>, DateTime<Utc>), b: (DateTime<Utc>, DateTime<Utc>)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The calendar days on the venue's clock that `[start, end)` touches.
fn local_days(start: DateTime<Utc>, end: DateTime<Utc>, zone: Tz) -> Vec<NaiveDate> {
    let first = start.with_timezone(&zone).date_naive();
    let last = (end - TimeDelta::seconds(1))
        .with_timezone(&zone)
        .date_naive()
        .max(first);
    first.iter_days().take_while(|day| *day <= last).collect()
}

/// A text as shown in `lang` (another language's when that translation is missing), or "—".
fn any_variant(text: &LocalizedText, lang: Lang) -> String {
    let shown = text.shown(lang).text;
    if shown.trim().is_empty() {
        "—".to_owned()
    } else {
        shown
    }
}

fn localized(message: impl Fn(Lang) -> String) -> LocalizedText {
    LocalizedText {
        ru: message(Lang::Ru),
        uz: message(Lang::Uz),
        en: message(Lang::En),
    }
}

fn person_message(person: &ConflictPerson, other: &ConflictingSession, lang: Lang) -> String {
    let name = any_variant(&person.name, lang);
    let title = any_variant(&other.title, lang);
    let role = person.other_role.label(lang);
    let when = other.start.venue.text();
    let zone = &other.start.venue.zone;
    match lang {
        Lang::Ru => format!("{name} в это время занят(а): {role}, «{title}», {when} ({zone})."),
        Lang::Uz => format!("{name} bu vaqtda band: {role}, «{title}», {when} ({zone})."),
        Lang::En => format!("{name} is busy at that time: {role}, “{title}”, {when} ({zone})."),
    }
}

fn venue_message(other: &ConflictingSession, lang: Lang) -> String {
    let title = any_variant(&other.title, lang);
    let when = other.start.venue.text();
    let zone = &other.start.venue.zone;
    match lang {
        Lang::Ru => format!("Место занято: «{title}», {when} ({zone})."),
        Lang::Uz => format!("Joy band: «{title}», {when} ({zone})."),
        Lang::En => format!("The venue is taken: “{title}”, {when} ({zone})."),
    }
}

fn holiday_message(holiday: &Holiday, lang: Lang) -> String {
    let name = any_variant(&holiday.name, lang);
    let date = &holiday.date;
    let text = match (lang, holiday.country) {
        (Lang::Ru, Country::Uz) => format!("{date} — праздничный день в Узбекистане: {name}."),
        (Lang::Ru, Country::Ru) => format!("{date} — праздничный день в России: {name}."),
        (Lang::Uz, Country::Uz) => format!("{date} — O\u{02BB}zbekistonda bayram kuni: {name}."),
        (Lang::Uz, Country::Ru) => format!("{date} — Rossiyada bayram kuni: {name}."),
        (Lang::En, Country::Uz) => format!("{date} is a public holiday in Uzbekistan: {name}."),
        (Lang::En, Country::Ru) => format!("{date} is a public holiday in Russia: {name}."),
    };
    if !holiday.by_decree {
        return text;
    }
    let decree = match lang {
        Lang::Ru => "Дата устанавливается указом и ещё не подтверждена.",
        Lang::Uz => "Sana farmon bilan belgilanadi va hali tasdiqlanmagan.",
        Lang::En => "The date is set by decree and not yet confirmed.",
    };
    format!("{text} {decree}")
}

/// The name of `person`, or, when it is unknown, its id in every language.
fn name_of(names: &[(Uuid, LocalizedText)], person: Uuid) -> LocalizedText {
    names.iter().find(|(id, _)| *id == person).map_or_else(
        || localized(|_| person.to_string()),
        |(_, name)| name.clone(),
    )
}

/// Every conflict of `planned` with the booked sessions and the holidays, in a stable order: holidays by date,
/// then the weekend days it touches, then per other session (by start) the venue and then each person booked twice.
///
/// `names` gives the people's names for the messages; a person missing from it is named by id.
#[must_use]
pub fn find_conflicts(
    planned: &PlannedSession,
    booked: &[BookedSession],
    holidays: &[Holiday],
    names: &[(Uuid, LocalizedText)],
) -> Vec<ScheduleConflict> {
    let here = span(planned.start, planned.end);
    let days = local_days(here.0, here.1, planned.zone);
    let mut conflicts: Vec<ScheduleConflict> = holidays
        .iter()
        .filter(|holiday| {
            NaiveDate::parse_from_str(&holiday.date, "%Y-%m-%d")
                .is_ok_and(|date| days.contains(&date))
                && holiday.deleted_at.is_none()
        })
        .map(|holiday| ScheduleConflict {
            key: format!("holiday:{}:{}", holiday.id, holiday.date),
            kind: ConflictKind::Holiday,
            session: None,
            holiday: Some(holiday.clone()),
            person: None,
            message: localized(|lang| holiday_message(holiday, lang)),
        })
        .collect();
    conflicts.extend(days.iter().filter_map(|day| {
        super::day_off::weekend_message(*day).map(|message| ScheduleConflict {
            key: format!("weekend:{day}"),
            kind: ConflictKind::Weekend,
            session: None,
            holiday: None,
            person: None,
            message,
        })
    }));
    let mut others: Vec<&BookedSession> = booked
        .iter()
        .filter(|other| {
            Some(other.id) != planned.id && overlaps(here, span(other.start, other.end))
        })
        .collect();
    others.sort_by_key(|other| (other.start, other.id));
    for other in others {
        let session = ConflictingSession {
            id: other.id,
            title: other.title.clone(),
            start: Clocks::at(other.start, other.zone),
        };
        if planned.venue.same_as(&other.venue) {
            conflicts.push(ScheduleConflict {
                key: format!("venue_busy:{}", other.id),
                kind: ConflictKind::VenueBusy,
                session: Some(session.clone()),
                holiday: None,
                person: None,
                message: localized(|lang| venue_message(&session, lang)),
            });
        }
        let mut reported: Vec<Uuid> = Vec::new();
        for mine in &planned.people {
            if reported.contains(&mine.person) {
                continue;
            }
            let Some(theirs) = other
                .people
                .iter()
                .filter(|a| a.person == mine.person)
                .map(|a| a.role)
                .min()
            else {
                continue;
            };
            reported.push(mine.person);
            let role = planned
                .people
                .iter()
                .filter(|a| a.person == mine.person)
                .map(|a| a.role)
                .min()
                .unwrap_or(mine.role);
            let person = ConflictPerson {
                id: mine.person,
                name: name_of(names, mine.person),
                role,
                other_role: theirs,
            };
            conflicts.push(ScheduleConflict {
                key: format!("person_busy:{}:{}", mine.person, other.id),
                kind: ConflictKind::PersonBusy,
                message: localized(|lang| person_message(&person, &session, lang)),
                session: Some(session.clone()),
                holiday: None,
                person: Some(person),
            });
        }
    }
    conflicts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{TASHKENT, parse_local_datetime};

    fn at(text: &str) -> DateTime<Utc> {
        parse_local_datetime(text, TASHKENT, "t").unwrap()
    }

    fn venue(place: &str, city: &str) -> Venue {
        Venue {
            city: LocalizedText {
                en: city.into(),
                ..LocalizedText::default()
            },
            place: LocalizedText {
                en: place.into(),
                ..LocalizedText::default()
            },
        }
    }

    #[test]
    fn half_open_intervals_touching_do_not_overlap() {
        let a = (at("2026-06-10 10:00"), at("2026-06-10 12:00"));
        assert!(!overlaps(
            a,
            (at("2026-06-10 12:00"), at("2026-06-10 13:00"))
        ));
        assert!(!overlaps(
            a,
            (at("2026-06-10 09:00"), at("2026-06-10 10:00"))
        ));
        assert!(overlaps(
            a,
            (at("2026-06-10 11:59"), at("2026-06-10 13:00"))
        ));
        assert!(overlaps(
            a,
            (at("2026-06-10 10:30"), at("2026-06-10 11:00"))
        ));
    }

    #[test]
    fn venues_match_on_the_place_in_one_language_unless_cities_differ() {
        let hall = venue("Congress  Centre", "Samarkand");
        assert!(hall.same_as(&venue("congress centre", "Samarkand")));
        assert!(hall.same_as(&venue("Congress Centre", "")));
        assert!(!hall.same_as(&venue("Congress Centre", "Moscow")));
        assert!(!hall.same_as(&venue("Registan", "Samarkand")));
        assert!(!venue("", "Samarkand").same_as(&venue("", "Samarkand")));
    }

    #[test]
    fn a_session_past_midnight_touches_two_days_on_the_venue_clock() {
        let days = local_days(at("2026-12-31 22:00"), at("2027-01-01 01:00"), TASHKENT);
        assert_eq!(
            days,
            [
                NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
                NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()
            ]
        );
        let one = local_days(at("2026-12-31 22:00"), at("2027-01-01 00:00"), TASHKENT);
        assert_eq!(one.len(), 1, "ending at midnight stays on one day");
    }
}
