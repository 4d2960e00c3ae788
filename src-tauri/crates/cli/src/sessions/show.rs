//! How `council sessions` prints a session: the three clocks side by side, people, history.

use std::io::Write;

use council_core::session::{Clocks, LocalTime, Session, SessionStatus};
use council_core::{CoreResult, Lang, LocalizedText, Store};

use crate::output;

/// A text as the core shows it in `lang`; a missing translation is flagged before the other language's text.
pub(crate) fn localized(lang: Lang, text: &LocalizedText) -> String {
    let shown = text.shown(lang);
    if shown.missing && !shown.text.is_empty() {
        format!("[no {}] {}", lang.code(), shown.text)
    } else {
        shown.text
    }
}

/// `№ 3` for a council session, `-` for other sessions.
fn ordinal(session: &Session) -> String {
    session
        .ordinal
        .map_or_else(|| "-".to_owned(), |n| format!("№ {n}"))
}

pub(super) fn row(session: &Session, lang: Lang) -> Vec<String> {
    vec![
        ordinal(session),
        session.id.to_string(),
        session.kind.code().to_owned(),
        session.status.code().to_owned(),
        format!("{} {}", session.start.venue.text(), session.time_zone),
        format!("Tashkent {}", session.start.tashkent.text()),
        format!("Moscow {}", session.start.moscow.text()),
        localized(lang, &session.title),
    ]
}

/// `2026-05-27 10:00–13:00`, or both dates when the end falls on another day.
pub(crate) fn span(start: &LocalTime, end: Option<&LocalTime>) -> String {
    match end {
        Some(end) if end.date == start.date => format!("{}–{}", start.text(), end.time),
        Some(end) => format!("{} – {}", start.text(), end.text()),
        None => start.text(),
    }
}

/// The three clock lines of a start and an optional end.
pub(crate) fn clock_lines(start: &Clocks, end: Option<&Clocks>) -> Vec<String> {
    let mut lines = vec![format!(
        "venue     {} {} ({})",
        span(&start.venue, end.map(|e| &e.venue)),
        start.venue.zone,
        start.venue.offset
    )];
    if start.capitals_differ {
        lines.push(format!(
            "Tashkent  {} ({})",
            span(&start.tashkent, end.map(|e| &e.tashkent)),
            start.tashkent.offset
        ));
        lines.push(format!(
            "Moscow    {} ({})",
            span(&start.moscow, end.map(|e| &e.moscow)),
            start.moscow.offset
        ));
    } else {
        lines.push(format!(
            "Tashkent and Moscow  {}",
            span(&start.tashkent, end.map(|e| &e.tashkent))
        ));
    }
    lines
}

fn names(store: &Store, ids: &[impl std::fmt::Display], lang: Lang) -> CoreResult<String> {
    let mut names = Vec::with_capacity(ids.len());
    for id in ids {
        names.push(localized(lang, &store.person(&id.to_string())?.full_name));
    }
    Ok(names.join(", "))
}

pub(super) fn show(
    out: &mut dyn Write,
    store: &Store,
    json: bool,
    session: &Session,
    lang: Lang,
) -> CoreResult<()> {
    if json {
        return output::json(out, session);
    }
    let mut lines = vec![
        format!(
            "{}  {}  {}  {}",
            ordinal(session),
            session.kind.code(),
            session.status.code(),
            session.id
        ),
        localized(lang, &session.title),
    ];
    lines.extend(clock_lines(&session.start, session.end.as_ref()));
    let venue = [
        localized(lang, &session.venue_city),
        localized(lang, &session.venue_place),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    if !venue.is_empty() {
        lines.push(format!("place     {venue}"));
    }
    if !session.co_chairs.is_empty() {
        lines.push(format!(
            "co-chairs {}",
            names(store, &session.co_chairs, lang)?
        ));
    }
    if !session.participants.is_empty() {
        lines.push(format!(
            "participants {}",
            names(store, &session.participants, lang)?
        ));
    }
    if !session.sectors.is_empty() {
        lines.push(format!("sectors   {}", session.sectors.join(", ")));
    }
    for pairing in &session.pairings {
        lines.push(format!("pairing   {pairing}"));
    }
    let agenda = if session.agenda_approved_at.is_some() {
        "approved"
    } else {
        "draft"
    };
    lines.push(format!(
        "agenda    version {} {agenda}",
        session.agenda_version
    ));
    if !session.status_reason.is_empty() {
        lines.push(format!("reason    {}", session.status_reason));
    }
    let next: Vec<&str> = session.next_statuses.iter().map(|s| s.code()).collect();
    lines.push(format!("next      {}", next.join(", ")));
    for event in store.session_events(&session.id.to_string())? {
        let from = event.from_status.map_or("", SessionStatus::code);
        let moved = match (&event.old_start, &event.new_start) {
            (Some(old), Some(new)) if old != new => {
                format!("  start {} → {}", old.venue.text(), new.venue.text())
            }
            _ => String::new(),
        };
        let line = format!(
            "  {} {from} → {}{moved}  {}",
            event.at,
            event.to_status.code(),
            event.reason
        );
        lines.push(line.trim_end().to_owned());
    }
    output::lines(out, &lines)
}
