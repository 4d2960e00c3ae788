//! Importing calendar events (from our own export, or a meeting created in Outlook) as draft sessions.
//!
//! Each VEVENT becomes one draft session. Its id is the UID when the UID is a UUID (our own export), else a
//! UUID derived from the UID, so importing the same file again finds the sessions it made and reports them as
//! already present. All events are written in one transaction, or none when any is refused.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use council_core::session::{SessionInput, SessionKind};
use council_core::store::SessionImport;
use council_core::{CoreError, CoreResult, ErrorCode, Lang, LocalizedText, Store};
use uuid::Uuid;

use super::read::{RawEvent, read_events};
use super::text::unescape;
use super::when::{When, parse_duration};
use crate::report::{ImportReport, Outcome, Problem, RowReport};

/// The namespace of the ids derived from foreign UIDs.
const UID_NAMESPACE: Uuid = Uuid::from_u128(0x6c1f_4a7e_2d3b_5e90_8a41_c0de_1c5a_1e00);

/// How to read a calendar file.
#[derive(Debug, Clone, Copy)]
pub struct IcsImportOptions {
    /// The venue zone for events whose times name none (UTC, floating or whole-day).
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

/// Turns one event into a session input, or lists everything wrong with it.
fn candidate(event: &RawEvent, options: IcsImportOptions) -> Result<Candidate, Vec<Problem>> {
    let lang = options.lang;
    let mut problems = Vec::new();
    let mut problem = |error: CoreError, column: &str| {
        problems.push(Problem::from_error(&error, Some(column), lang));
    };
    let (title, title_lang) = text_of(event, "SUMMARY").unwrap_or_default();
    if title.is_empty() {
        problem(CoreError::new(ErrorCode::Required, "SUMMARY"), "SUMMARY");
    }
    if event
        .get("STATUS")
        .is_some_and(|s| s.value.trim().eq_ignore_ascii_case("CANCELLED"))
    {
        problem(
            CoreError::new(ErrorCode::InvalidValue, "STATUS:CANCELLED"),
            "STATUS",
        );
    }
    let kind = match event.get("X-COUNCIL-KIND") {
        Some(line) => SessionKind::parse(&line.value).unwrap_or(SessionKind::WorkingGroup),
        None => SessionKind::WorkingGroup,
    };
    let start = match event.get("DTSTART").map(When::parse) {
        None => {
            problem(CoreError::new(ErrorCode::Required, "DTSTART"), "DTSTART");
            None
        }
        Some(Err(error)) => {
            problem(error, "DTSTART");
            None
        }
        Some(Ok(when)) => Some(when),
    };
    let zone = start.and_then(When::zone).unwrap_or(options.default_zone);
    let start_at = start.and_then(|when| {
        let instant = when.instant(zone);
        if instant.is_none() {
            problem(
                CoreError::new(
                    ErrorCode::InvalidDateTime,
                    event.get("DTSTART").map_or("", |l| l.value.as_str()),
                ),
                "DTSTART",
            );
        }
        instant
    });
    let end_at = match (event.get("DTEND"), event.get("DURATION"), start_at) {
        (Some(line), _, _) => match When::parse(line).map(|when| when.instant(zone)) {
            Ok(Some(end)) => Some(end),
            Ok(None) => {
                problem(
                    CoreError::new(ErrorCode::InvalidDateTime, line.value.trim()),
                    "DTEND",
                );
                None
            }
            Err(error) => {
                problem(error, "DTEND");
                None
            }
        },
        (None, Some(line), Some(start)) => match parse_duration(&line.value) {
            Ok(length) => {
                let end = start.checked_add_signed(length);
                if end.is_none() {
                    problem(
                        CoreError::new(ErrorCode::InvalidValue, line.value.trim()),
                        "DURATION",
                    );
                }
                end
            }
            Err(error) => {
                problem(error, "DURATION");
                None
            }
        },
        _ => None,
    };
    if let (Some(start), Some(end)) = (start_at, end_at)
        && end <= start
    {
        problem(CoreError::new(ErrorCode::EndBeforeStart, ""), "DTEND");
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
        return Err(problems);
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
    Ok(Candidate {
        id: session_id_for_uid(&uid),
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
    })
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
    let events = read_events(text);
    let mut file_problems = Vec::new();
    if events.is_empty() {
        file_problems.push(Problem::from_error(
            &CoreError::new(ErrorCode::Required, "VEVENT"),
            None,
            options.lang,
        ));
    }
    let mut rows = Vec::with_capacity(events.len());
    let mut candidates = Vec::new();
    for event in &events {
        let label = text_of(event, "SUMMARY")
            .map(|(t, _)| t)
            .unwrap_or_default();
        match candidate(event, *options) {
            Ok(candidate) => {
                candidates.push((rows.len(), candidate));
                rows.push(RowReport {
                    row: event.line,
                    label,
                    outcome: Outcome::Taken,
                    record_id: None,
                    problems: Vec::new(),
                });
            }
            Err(problems) => rows.push(RowReport {
                row: event.line,
                label,
                outcome: Outcome::Refused,
                record_id: None,
                problems,
            }),
        }
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
    Ok(ImportReport::new(
        options.dry_run,
        outcome.applied,
        file_problems,
        rows,
    ))
}
