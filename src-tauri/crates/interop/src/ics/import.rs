//! Importing calendar events (from our own export, or a meeting created in Outlook) as draft sessions.
//!
//! Each VEVENT becomes one draft session. Its id is the UID when the UID is a UUID (our own export), else a
//! UUID derived from the UID (and RECURRENCE-ID, for a changed meeting of a series), so importing the same file
//! again finds the sessions it made and reports them as already present. All events are written in one
//! transaction, or none when any is refused. What had to be assumed to read an event (its zone, a whole day,
//! a missing title, a repetition taken once) is said in the report's notes of that event.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use council_core::import::{Note, NoteCode};
use council_core::session::{SessionInput, SessionKind};
use council_core::store::SessionImport;
use council_core::{CoreError, CoreResult, ErrorCode, Lang, LocalizedText, Store};
use uuid::Uuid;

use super::read::{RawEvent, read_calendar};
use super::text::unescape;
use super::tzdef::{FileZones, Match, offset_label};
use super::when::{When, parse_duration};
use crate::report::{ImportReport, Outcome, Problem, RowReport};

/// The namespace of the ids derived from foreign UIDs.
const UID_NAMESPACE: Uuid = Uuid::from_u128(0x6c1f_4a7e_2d3b_5e90_8a41_c0de_1c5a_1e00);

/// How to read a calendar file.
#[derive(Debug, Clone, Copy)]
pub struct IcsImportOptions {
    /// The venue zone for events whose times name none (UTC, floating or whole-day), unless the calendar
    /// names its own (`X-WR-TIMEZONE`).
    pub default_zone: Tz,
    /// The language of titles that say neither their language nor are in Cyrillic, and of the report.
    pub lang: Lang,
    /// Only check, write nothing.
    pub dry_run: bool,
}

/// The session id an event's UID stands for.
#[must_use]
pub fn session_id_for_uid(uid: &str) -> Uuid {
    Uuid::parse_str(uid.trim())
        .unwrap_or_else(|_| Uuid::new_v5(&UID_NAMESPACE, uid.trim().as_bytes()))
}

/// An event turned into what the store needs.
struct Candidate {
    id: Uuid,
    input: SessionInput,
}

/// What reading one event gave: a session input when nothing is wrong, the problems, and what was assumed.
struct Reading {
    candidate: Option<Candidate>,
    problems: Vec<Problem>,
    notes: Vec<Note>,
}

fn text_of(event: &RawEvent, name: &str) -> Option<(String, Option<Lang>)> {
    event.get(name).map(|line| {
        let lang = line
            .param("LANGUAGE")
            .and_then(|l| Lang::parse(l.split('-').next().unwrap_or(l)));
        (unescape(&line.value).trim().to_owned(), lang)
    })
}

/// The language a text is in: as the file says, else Russian for Cyrillic, else the default.
fn language_of(text: &str, said: Option<Lang>, default: Lang) -> Lang {
    said.unwrap_or_else(|| {
        if text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
            Lang::Ru
        } else {
            default
        }
    })
}

fn in_lang(lang: Lang, text: String) -> LocalizedText {
    let mut localized = LocalizedText::default();
    match lang {
        Lang::Ru => localized.ru = text,
        Lang::Uz => localized.uz = text,
        Lang::En => localized.en = text,
    }
    localized
}

fn local_text(instant: DateTime<Utc>, zone: Tz) -> String {
    instant
        .with_timezone(&zone)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// The venue's zone for an event starting at `start`, and the note saying how it was found when something
/// had to be assumed.
fn venue_zone(
    start: Option<When<'_>>,
    start_at: Option<DateTime<Utc>>,
    tzid: Option<&str>,
    options: IcsImportOptions,
) -> (Tz, Option<Note>) {
    let default = options.default_zone;
    let note = |code, args: &[&str]| Some(Note::new(code, args, options.lang));
    match start {
        Some(When::Zoned(_, zone)) => {
            let named = tzid.unwrap_or_default().trim().trim_start_matches('/');
            let windows = named.parse::<Tz>().is_err();
            (
                zone,
                windows
                    .then(|| note(NoteCode::ZoneWindowsName, &[named, zone.name()]))
                    .flatten(),
            )
        }
        Some(When::Defined(_, defined)) => {
            let Some(at) = start_at else {
                return (default, None);
            };
            let (zone, how) = defined.venue_zone(at);
            let said = match how {
                Match::Named if zone.name() == defined.tzid => None,
                Match::Named => note(NoteCode::ZoneFromFile, &[&defined.tzid, zone.name()]),
                Match::SameOffset => note(
                    NoteCode::ZoneSameOffset,
                    &[
                        &defined.tzid,
                        zone.name(),
                        &offset_label(defined.offset_at(at)),
                    ],
                ),
            };
            (zone, said)
        }
        Some(When::Utc(_)) => (default, note(NoteCode::UtcTimes, &[default.name()])),
        Some(When::Floating(_)) => (default, note(NoteCode::FloatingTimes, &[default.name()])),
        Some(When::Day(_)) => (default, note(NoteCode::AllDay, &[default.name()])),
        None => (default, None),
    }
}

/// Turns one event into a session input, listing everything wrong with it and everything assumed.
#[allow(clippy::too_many_lines)] // one property after the other, in the order a reader checks them
fn candidate(event: &RawEvent, zones: &FileZones, options: IcsImportOptions) -> Reading {
    let lang = options.lang;
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    let mut problem = |error: CoreError, column: Option<&str>| {
        problems.push(Problem::from_error(&error, column, lang));
    };
    if event.end.is_none() {
        problem(
            CoreError::new(ErrorCode::ComponentNotClosed, "VEVENT"),
            None,
        );
    }
    for inside in event.unclosed_inside() {
        notes.push(Note::new(
            NoteCode::ComponentNotClosed,
            &[
                &inside.name,
                &inside.line.to_string(),
                &inside.last_line.to_string(),
            ],
            lang,
        ));
    }
    let (title, title_lang) = text_of(event, "SUMMARY").unwrap_or_default();
    if title.is_empty() {
        notes.push(Note::new(NoteCode::TitleMissing, &[], lang));
    }
    if event
        .get("STATUS")
        .is_some_and(|s| s.value.trim().eq_ignore_ascii_case("CANCELLED"))
    {
        problem(
            CoreError::new(ErrorCode::InvalidValue, "STATUS:CANCELLED"),
            Some("STATUS"),
        );
    }
    let kind = match event.get("X-COUNCIL-KIND") {
        Some(line) => SessionKind::parse(&line.value).unwrap_or(SessionKind::WorkingGroup),
        None => SessionKind::WorkingGroup,
    };
    let start = match event.get("DTSTART").map(|line| When::parse(line, zones)) {
        None => {
            problem(
                CoreError::new(ErrorCode::Required, "DTSTART"),
                Some("DTSTART"),
            );
            None
        }
        Some(Err(error)) => {
            problem(error, Some("DTSTART"));
            None
        }
        Some(Ok(when)) => Some(when),
    };
    let start_at = start.and_then(|when| {
        let instant = when.instant(options.default_zone);
        if instant.is_none() {
            problem(
                CoreError::new(
                    ErrorCode::InvalidDateTime,
                    event.get("DTSTART").map_or("", |l| l.value.as_str()),
                ),
                Some("DTSTART"),
            );
        }
        instant
    });
    let tzid = event.get("DTSTART").and_then(|line| line.param("TZID"));
    let (zone, zone_note) = venue_zone(start, start_at, tzid, options);
    notes.extend(zone_note);
    let start_day = match start {
        Some(When::Day(day)) => Some(day),
        _ => None,
    };
    let one_day_after = |start: DateTime<Utc>| start.checked_add_signed(Duration::days(1));
    let end_at = match (event.get("DTEND"), event.get("DURATION"), start_at) {
        (Some(line), _, _) => match When::parse(line, zones) {
            // A whole day ending on the day it starts, as some programs write one day.
            Ok(When::Day(end)) if start_day == Some(end) => {
                notes.push(Note::new(NoteCode::EndIsStart, &[], lang));
                start_at.and_then(one_day_after)
            }
            Ok(when) => {
                let end = when.instant(zone);
                if end.is_none() {
                    problem(
                        CoreError::new(ErrorCode::InvalidDateTime, line.value.trim()),
                        Some("DTEND"),
                    );
                }
                end
            }
            Err(error) => {
                problem(error, Some("DTEND"));
                None
            }
        },
        (None, Some(line), Some(start)) => match parse_duration(&line.value) {
            Ok(length) => {
                let end = start.checked_add_signed(length);
                if end.is_none() {
                    problem(
                        CoreError::new(ErrorCode::InvalidValue, line.value.trim()),
                        Some("DURATION"),
                    );
                }
                end
            }
            Err(error) => {
                problem(error, Some("DURATION"));
                None
            }
        },
        // RFC 5545: a whole-day event without an end lasts that one day.
        (None, None, Some(start)) if start_day.is_some() => one_day_after(start),
        _ => None,
    };
    if let (Some(start), Some(end)) = (start_at, end_at)
        && end <= start
    {
        problem(CoreError::new(ErrorCode::EndBeforeStart, ""), Some("DTEND"));
    }
    let repeats = event
        .get("RRULE")
        .map(|rule| rule.value.trim().to_owned())
        .or_else(|| {
            event
                .get("RDATE")
                .map(|dates| format!("RDATE:{}", dates.value.trim()))
        });
    if let Some(rule) = repeats {
        notes.push(Note::new(NoteCode::Repeats, &[&rule], lang));
    }
    let (place, place_lang) = text_of(event, "LOCATION").unwrap_or_default();
    let venue_lang = language_of(&place, place_lang, lang);
    // Our own files name the city apart, so `place, city` can be split again; a foreign LOCATION is a place.
    let city = text_of(event, "X-COUNCIL-CITY")
        .map(|(c, _)| c)
        .unwrap_or_default();
    let (venue_place, venue_city) = if city.is_empty() {
        (place, String::new())
    } else if place == city {
        (String::new(), city)
    } else {
        match place
            .strip_suffix(&city)
            .and_then(|p| p.trim_end().strip_suffix(','))
        {
            Some(rest) => (rest.trim().to_owned(), city),
            None => (place, city),
        }
    };
    let (Some(start_at), true) = (start_at, problems.is_empty()) else {
        return Reading {
            candidate: None,
            problems,
            notes,
        };
    };
    let uid = event.get("UID").map_or_else(
        || {
            format!(
                "{}|{title}",
                event.get("DTSTART").map_or("", |l| l.value.as_str())
            )
        },
        |line| unescape(&line.value),
    );
    // A changed meeting of a series carries the series' UID: its RECURRENCE-ID tells it apart.
    let key = match event.get("RECURRENCE-ID") {
        Some(recurrence) => format!("{}|{}", uid.trim(), recurrence.value.trim()),
        None => uid,
    };
    Reading {
        candidate: Some(Candidate {
            id: session_id_for_uid(&key),
            input: SessionInput {
                kind,
                title: in_lang(language_of(&title, title_lang, lang), title),
                starts_at: local_text(start_at, zone),
                ends_at: end_at.map(|end| local_text(end, zone)),
                time_zone: zone.name().to_owned(),
                venue_city: in_lang(venue_lang, venue_city),
                venue_place: in_lang(venue_lang, venue_place),
                co_chairs: Vec::new(),
                participants: Vec::new(),
                pairings: Vec::new(),
                sectors: Vec::new(),
            },
        }),
        problems,
        notes,
    }
}

/// The event property a session field comes from, for placing a refusal.
fn property_of(field: Option<&str>) -> &'static str {
    match field {
        Some("title") => "SUMMARY",
        Some("ends_at") => "DTEND",
        Some("kind") => "X-COUNCIL-KIND",
        Some("venue_city" | "venue_place") => "LOCATION",
        _ => "DTSTART",
    }
}

/// Imports every VEVENT of `text` as a draft session; writes only when not a dry run and nothing is refused.
pub fn import_calendar(
    store: &mut Store,
    text: &str,
    options: &IcsImportOptions,
) -> CoreResult<ImportReport> {
    let file_problem = |error: CoreError| Problem::from_error(&error, None, options.lang);
    let calendar = match read_calendar(text) {
        Ok(calendar) => calendar,
        Err(too_long) => {
            let error = CoreError::new(ErrorCode::LineTooLong, too_long.line.to_string());
            return Ok(ImportReport::new(
                options.dry_run,
                false,
                vec![file_problem(error)],
                Vec::new(),
            ));
        }
    };
    let zones = FileZones::read(&calendar.zones);
    // A calendar that names its own zone (Google, Apple) is the better guess for times without one.
    let options = &IcsImportOptions {
        default_zone: calendar
            .calendar_zone
            .as_deref()
            .and_then(|name| name.parse::<Tz>().ok())
            .unwrap_or(options.default_zone),
        ..*options
    };
    let mut file_problems = Vec::new();
    if calendar.events.is_empty() {
        file_problems.push(file_problem(CoreError::new(ErrorCode::Required, "VEVENT")));
    }
    for (name, _) in &calendar.unclosed {
        file_problems.push(file_problem(CoreError::new(
            ErrorCode::ComponentNotClosed,
            name.as_str(),
        )));
    }
    let mut rows = Vec::with_capacity(calendar.events.len());
    let mut candidates = Vec::new();
    for event in &calendar.events {
        let label = text_of(event, "SUMMARY")
            .map(|(t, _)| t)
            .unwrap_or_default();
        let reading = candidate(event, &zones, *options);
        let outcome = match reading.candidate {
            Some(candidate) => {
                candidates.push((rows.len(), candidate));
                Outcome::Taken
            }
            None => Outcome::Refused,
        };
        rows.push(RowReport {
            row: event.line,
            label,
            outcome,
            record_id: None,
            problems: reading.problems,
            notes: reading.notes,
        });
    }
    let apply =
        !options.dry_run && file_problems.is_empty() && rows.iter().all(|r| r.problems.is_empty());
    let inputs: Vec<(Uuid, SessionInput)> = candidates
        .iter()
        .map(|(_, c)| (c.id, c.input.clone()))
        .collect();
    let outcome = store.import_sessions(&inputs, apply)?;
    for ((index, _), result) in candidates.iter().zip(outcome.rows) {
        let row = &mut rows[*index];
        match result {
            Ok(SessionImport::Created(session)) => row.record_id = Some(session.id.to_string()),
            Ok(SessionImport::AlreadyPresent(session)) => {
                row.outcome = Outcome::AlreadyPresent;
                row.record_id = Some(session.id.to_string());
            }
            Err(error) => {
                row.outcome = Outcome::Refused;
                row.problems.push(Problem::from_error(
                    &error,
                    Some(property_of(error.field)),
                    options.lang,
                ));
            }
        }
    }
    Ok(
        ImportReport::new(options.dry_run, outcome.applied, file_problems, rows)
            .written_by(calendar.prodid),
    )
}
