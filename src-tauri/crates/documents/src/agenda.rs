//! The agenda of a session: heading, time-zone note, numbered items with time slots and presenters.

use chrono::NaiveDate;
use council_core::agenda::{AgendaEntry, PresenterKind};
use council_core::session::{Clocks, LocalTime};
use council_core::{CoreResult, Store};
use serde::Serialize;

use crate::directory::{Directory, PersonView};
use crate::printed::Printed;
use crate::render::{DocLang, DocumentData, document_data};

#[derive(Debug, Serialize)]
struct AgendaData {
    langs: Vec<&'static str>,
    printed_on: NaiveDate,
    draft: bool,
    session: SessionHead,
    items: Vec<ItemView>,
}

/// What the heading of a session says; shared with the minutes.
#[derive(Debug, Serialize)]
pub(crate) struct SessionHead {
    pub ordinal: Option<i64>,
    pub title: Printed,
    pub date: NaiveDate,
    pub start: String,
    pub end: String,
    pub venue_city: Printed,
    pub venue_place: Printed,
    pub zone: String,
    pub offset: String,
    pub others: Vec<OtherClock>,
}

/// A capital whose clock shows another time than the venue's, with the session's start and end on it.
#[derive(Debug, Serialize)]
pub(crate) struct OtherClock {
    city: &'static str,
    offset: String,
    start: String,
    end: String,
}

#[derive(Debug, Serialize)]
struct ItemView {
    number: String,
    depth: u8,
    kind: &'static str,
    title: Printed,
    description: Printed,
    slot: String,
    other_slots: Vec<OtherSlot>,
    presenters: Vec<PersonView>,
}

#[derive(Debug, Serialize)]
struct OtherSlot {
    city: &'static str,
    slot: String,
}

/// The capitals whose wall clock differs from the venue's at `at`, with their clock.
fn other_capitals(at: &Clocks) -> Vec<(&'static str, &LocalTime)> {
    [("tashkent", &at.tashkent), ("moscow", &at.moscow)]
        .into_iter()
        .filter(|(_, clock)| (clock.date, &clock.time) != (at.venue.date, &at.venue.time))
        .collect()
}

fn slot(start: &str, end: &str) -> String {
    if start == end {
        start.to_owned()
    } else {
        format!("{start}–{end}")
    }
}

/// The heading facts of `session` scheduled from `start` to `end`.
pub(crate) fn session_head(
    session: &council_core::session::Session,
    start: &Clocks,
    end: &Clocks,
) -> SessionHead {
    SessionHead {
        ordinal: session.ordinal,
        title: (&session.title).into(),
        date: start.venue.date,
        start: start.venue.time.clone(),
        end: end.venue.time.clone(),
        venue_city: (&session.venue_city).into(),
        venue_place: (&session.venue_place).into(),
        zone: start.venue.zone.clone(),
        offset: start.venue.offset.clone(),
        others: other_capitals(start)
            .into_iter()
            .map(|(city, clock)| OtherClock {
                city,
                offset: clock.offset.clone(),
                start: clock.time.clone(),
                end: other_capitals(end)
                    .into_iter()
                    .find(|(c, _)| *c == city)
                    .map_or_else(|| end.venue.time.clone(), |(_, clock)| clock.time.clone()),
            })
            .collect(),
    }
}

fn item_view(entry: &AgendaEntry, directory: &Directory) -> ItemView {
    let item = &entry.item;
    let presenters = item
        .presenters
        .iter()
        .map(|p| match p.kind {
            PresenterKind::Person => directory.person(p.id).unwrap_or_else(|| PersonView {
                name: (&p.name).into(),
                position: Printed::default(),
                body: None,
            }),
            PresenterKind::Body => PersonView {
                name: (&p.name).into(),
                position: Printed::default(),
                body: None,
            },
        })
        .collect();
    let ends = other_capitals(&entry.end);
    ItemView {
        number: entry.number.clone(),
        depth: entry.depth,
        kind: item.kind.code(),
        title: (&item.title).into(),
        description: (&item.description).into(),
        slot: slot(&entry.start.venue.time, &entry.end.venue.time),
        other_slots: other_capitals(&entry.start)
            .into_iter()
            .map(|(city, start)| OtherSlot {
                city,
                slot: slot(
                    &start.time,
                    ends.iter()
                        .find(|(c, _)| *c == city)
                        .map_or(&entry.end.venue.time, |(_, end)| &end.time),
                ),
            })
            .collect(),
        presenters,
    }
}

/// The agenda of `session` (its current version, or `version`), typeset, printed on `today`. It carries the
/// DRAFT mark until that version is approved.
pub fn agenda_document(
    store: &Store,
    session: &str,
    version: Option<i64>,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<DocumentData> {
    let record = store.session(session)?;
    let agenda = store.agenda(&record.id.to_string(), version)?;
    let directory = Directory::load(store)?;
    let data = AgendaData {
        langs: lang.langs(),
        printed_on: today,
        draft: agenda.approved_at.is_none(),
        session: session_head(&record, &agenda.start, &agenda.end),
        items: agenda
            .entries
            .iter()
            .map(|entry| item_view(entry, &directory))
            .collect(),
    };
    document_data(
        "/agenda.typ",
        &data,
        today,
        &format!("agenda/{}/{}", record.id, agenda.version),
    )
}
