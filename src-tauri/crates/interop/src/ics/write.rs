//! The iCalendar writer: one VCALENDAR with a VTIMEZONE per venue zone and a VEVENT per session.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use council_core::agenda::Agenda;
use council_core::session::{Session, SessionStatus};
use council_core::time::{parse_instant_text, parse_zone};
use council_core::{CoreResult, Lang, LocalizedText, Store};

use super::text::{escape, push_folded};
use super::zone::push_vtimezone;

/// The product that wrote the file, as PRODID says.
const PRODID: &str = "-//Council of Regions//Council Desk//EN";

/// One session as a calendar event shows it.
#[derive(Debug, Clone)]
pub struct EventSource {
    pub session: Session,
    /// The live agenda; its items go into DESCRIPTION.
    pub agenda: Option<Agenda>,
    /// How many times the session changed; only grows.
    pub sequence: i64,
}

/// The iCalendar file of `sessions` with summaries, places and agendas in `lang`.
pub fn export_sessions(store: &Store, sessions: &[Session], lang: Lang) -> CoreResult<String> {
    let mut events = Vec::with_capacity(sessions.len());
    for session in sessions {
        let id = session.id.to_string();
        events.push(EventSource {
            session: session.clone(),
            agenda: Some(store.agenda(&id, None)?),
            sequence: store.session_change_count(&id)?,
        });
    }
    write_calendar(&events, lang, Utc::now())
}

/// The iCalendar status of a session: drafts, scheduled and postponed sessions are tentative.
#[must_use]
pub fn status_of(status: SessionStatus) -> &'static str {
    match status {
        SessionStatus::Draft | SessionStatus::Scheduled | SessionStatus::Postponed => "TENTATIVE",
        SessionStatus::Confirmed | SessionStatus::Held | SessionStatus::MinutesApproved => {
            "CONFIRMED"
        }
        SessionStatus::Cancelled => "CANCELLED",
    }
}

/// The text as shown in `lang` (another language's when that translation is missing: a calendar entry cannot be
/// left without a title).
fn text_in(text: &LocalizedText, lang: Lang) -> String {
    text.shown(lang).text.trim().to_owned()
}

/// `place, city` in `lang`, leaving out what is empty.
#[must_use]
pub fn location(session: &Session, lang: Lang) -> String {
    [
        text_in(&session.venue_place, lang),
        text_in(&session.venue_city, lang),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

/// The agenda as numbered lines with times on the venue's clock: `1. 10:00–10:30 Opening`.
fn agenda_text(agenda: &Agenda, lang: Lang) -> String {
    agenda
        .entries
        .iter()
        .map(|entry| {
            let indent = "   ".repeat(usize::from(entry.depth));
            format!(
                "{indent}{}. {}–{} {}",
                entry.number,
                entry.start.venue.time,
                entry.end.venue.time,
                text_in(&entry.item.title, lang)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn local_stamp(instant: DateTime<Utc>, zone: Tz) -> String {
    instant
        .with_timezone(&zone)
        .format("%Y%m%dT%H%M%S")
        .to_string()
}

fn utc_stamp(instant: DateTime<Utc>) -> String {
    instant.format("%Y%m%dT%H%M%SZ").to_string()
}

fn lang_param(lang: Lang) -> String {
    format!(";LANGUAGE={}", lang.code())
}

/// Writes the calendar: CRLF line ends, lines folded at 75 octets, TEXT values escaped.
pub fn write_calendar(
    events: &[EventSource],
    lang: Lang,
    stamp: DateTime<Utc>,
) -> CoreResult<String> {
    let mut out = String::new();
    push_folded(&mut out, "BEGIN:VCALENDAR");
    push_folded(&mut out, "VERSION:2.0");
    push_folded(&mut out, &format!("PRODID:{PRODID}"));
    push_folded(&mut out, "CALSCALE:GREGORIAN");
    // Each zone once, covering every instant of its events.
    let mut zones: BTreeMap<String, (Tz, DateTime<Utc>, DateTime<Utc>)> = BTreeMap::new();
    let mut timed = Vec::with_capacity(events.len());
    for event in events {
        let session = &event.session;
        let zone = parse_zone(&session.time_zone, "time_zone")?;
        let start = parse_instant_text(&session.starts_at)?;
        let end = match (&session.ends_at, &event.agenda) {
            (Some(end), _) => Some(parse_instant_text(end)?),
            (None, Some(agenda)) if !agenda.entries.is_empty() => {
                Some(parse_instant_text(&agenda.ends_at)?)
            }
            _ => None,
        };
        let span = zones
            .entry(zone.name().to_owned())
            .or_insert((zone, start, start));
        span.1 = span.1.min(start);
        span.2 = span.2.max(end.unwrap_or(start));
        timed.push((event, zone, start, end));
    }
    for (zone, first, last) in zones.values() {
        push_vtimezone(&mut out, *zone, *first, *last);
    }
    for (event, zone, start, end) in timed {
        let session = &event.session;
        let tzid = zone.name();
        push_folded(&mut out, "BEGIN:VEVENT");
        push_folded(&mut out, &format!("UID:{}", session.id));
        push_folded(&mut out, &format!("DTSTAMP:{}", utc_stamp(stamp)));
        push_folded(&mut out, &format!("SEQUENCE:{}", event.sequence));
        push_folded(
            &mut out,
            &format!("DTSTART;TZID={tzid}:{}", local_stamp(start, zone)),
        );
        if let Some(end) = end {
            push_folded(
                &mut out,
                &format!("DTEND;TZID={tzid}:{}", local_stamp(end, zone)),
            );
        }
        push_folded(
            &mut out,
            &format!(
                "SUMMARY{}:{}",
                lang_param(lang),
                escape(&text_in(&session.title, lang))
            ),
        );
        let place = location(session, lang);
        if !place.is_empty() {
            push_folded(
                &mut out,
                &format!("LOCATION{}:{}", lang_param(lang), escape(&place)),
            );
        }
        if let Some(agenda) = event.agenda.as_ref().filter(|a| !a.entries.is_empty()) {
            push_folded(
                &mut out,
                &format!(
                    "DESCRIPTION{}:{}",
                    lang_param(lang),
                    escape(&agenda_text(agenda, lang))
                ),
            );
        }
        push_folded(&mut out, &format!("STATUS:{}", status_of(session.status)));
        push_folded(&mut out, &format!("X-COUNCIL-KIND:{}", session.kind.code()));
        let city = text_in(&session.venue_city, lang);
        if !city.is_empty() {
            push_folded(&mut out, &format!("X-COUNCIL-CITY:{}", escape(&city)));
        }
        push_folded(&mut out, "END:VEVENT");
    }
    push_folded(&mut out, "END:VCALENDAR");
    Ok(out)
}
