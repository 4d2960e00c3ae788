//! Numbers and computed times of an agenda, from positions and durations alone.
//!
//! Items are read in order (1, 2, 2.1, 2.2, 3). Each starts when the one before it in that order ends, from the
//! session's start, unless it has a fixed start: then it starts at that time, flagged as an overrun when the
//! items before it end later. A parent's own duration comes before its sub-items; its span covers them.

use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use uuid::Uuid;

use super::{Agenda, AgendaEntry, AgendaItem};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::session::{Clocks, Session};
use crate::time::{instant_text, parse_instant_text, parse_zone};

/// Items in the order their siblings have them: by position, ties by creation.
fn in_order<'a>(items: impl Iterator<Item = &'a AgendaItem>) -> Vec<&'a AgendaItem> {
    let mut sorted: Vec<&AgendaItem> = items.collect();
    sorted
        .sort_by(|a, b| (a.position, &a.created_at, a.id).cmp(&(b.position, &b.created_at, b.id)));
    sorted
}

/// Where one item falls, given when the items before it end (`cursor`, moved on to the item's own end).
fn place(
    item: &AgendaItem,
    cursor: &mut DateTime<Utc>,
) -> CoreResult<(DateTime<Utc>, DateTime<Utc>, bool)> {
    let fixed = item
        .fixed_start
        .as_deref()
        .map(parse_instant_text)
        .transpose()?;
    let start = fixed.unwrap_or(*cursor);
    let overrun = fixed.is_some_and(|fixed| fixed < *cursor);
    let end = TimeDelta::try_minutes(item.duration_min)
        .and_then(|duration| start.checked_add_signed(duration))
        .ok_or_else(|| {
            CoreError::new(ErrorCode::InvalidValue, item.duration_min.to_string())
                .on("duration_min")
        })?;
    *cursor = end;
    Ok((start, end, overrun))
}

fn entry(
    item: &AgendaItem,
    number: String,
    depth: u8,
    (start, end, overrun): (DateTime<Utc>, DateTime<Utc>, bool),
    zone: Tz,
) -> AgendaEntry {
    AgendaEntry {
        number,
        depth,
        item: item.clone(),
        starts_at: instant_text(start),
        ends_at: instant_text(end),
        start: Clocks::at(start, zone),
        end: Clocks::at(end, zone),
        overrun,
    }
}

/// The live items of one agenda in reading order, numbered and timed from `session_start`.
/// Items whose parent is not a live top-level item are left out.
pub(crate) fn schedule(
    items: &[AgendaItem],
    session_start: DateTime<Utc>,
    zone: Tz,
) -> CoreResult<Vec<AgendaEntry>> {
    let mut cursor = session_start;
    let mut entries = Vec::with_capacity(items.len());
    let tops = in_order(items.iter().filter(|item| item.parent_id.is_none()));
    for (index, top) in tops.iter().enumerate() {
        let number = (index + 1).to_string();
        let placed = place(top, &mut cursor)?;
        let mut span_end = placed.1;
        let top_at = entries.len();
        entries.push(entry(top, number.clone(), 0, placed, zone));
        let children = in_order(items.iter().filter(|item| item.parent_id == Some(top.id)));
        for (sub, child) in children.iter().enumerate() {
            let placed = place(child, &mut cursor)?;
            span_end = span_end.max(placed.1);
            entries.push(entry(
                child,
                format!("{number}.{}", sub + 1),
                1,
                placed,
                zone,
            ));
        }
        let top_entry = &mut entries[top_at];
        top_entry.ends_at = instant_text(span_end);
        top_entry.end = Clocks::at(span_end, zone);
    }
    Ok(entries)
}

/// What an agenda needs of its session: the session page has the whole session already, so reading an
/// agenda reads only these columns.
#[derive(Debug, Clone)]
pub(crate) struct AgendaHead {
    pub id: Uuid,
    pub starts_at: String,
    pub ends_at: Option<String>,
    pub time_zone: String,
    pub agenda_version: i64,
    pub agenda_approved_at: Option<String>,
}

impl From<&Session> for AgendaHead {
    fn from(session: &Session) -> AgendaHead {
        AgendaHead {
            id: session.id,
            starts_at: session.starts_at.clone(),
            ends_at: session.ends_at.clone(),
            time_zone: session.time_zone.clone(),
            agenda_version: session.agenda_version,
            agenda_approved_at: session.agenda_approved_at.clone(),
        }
    }
}

/// The agenda of `session` from its live items, as the current, unapproved or approved, version.
pub(crate) fn build_agenda(session: &AgendaHead, items: &[AgendaItem]) -> CoreResult<Agenda> {
    let zone = parse_zone(&session.time_zone, "time_zone")?;
    let start = parse_instant_text(&session.starts_at)?;
    let entries = schedule(items, start, zone)?;
    let mut end = start;
    for entry in &entries {
        end = end.max(parse_instant_text(&entry.ends_at)?);
    }
    let planned_end = session
        .ends_at
        .as_deref()
        .map(parse_instant_text)
        .transpose()?;
    Ok(Agenda {
        session_id: session.id,
        version: session.agenda_version,
        approved_at: session.agenda_approved_at.clone(),
        current: true,
        time_zone: session.time_zone.clone(),
        total_min: entries.iter().map(|e| e.item.duration_min).sum(),
        entries,
        starts_at: instant_text(start),
        ends_at: instant_text(end),
        start: Clocks::at(start, zone),
        end: Clocks::at(end, zone),
        overruns_session: planned_end.is_some_and(|planned| end > planned),
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use uuid::Uuid;

    use super::*;
    use crate::agenda::AgendaItemKind;
    use crate::lang::LocalizedText;
    use crate::time::{MOSCOW, TASHKENT, parse_local_datetime};

    fn item(parent: Option<Uuid>, position: i64, duration_min: i64) -> AgendaItem {
        AgendaItem {
            id: crate::ids::new_id(),
            session_id: Uuid::nil(),
            parent_id: parent,
            position,
            kind: AgendaItemKind::Report,
            title: LocalizedText::default(),
            description: LocalizedText::default(),
            duration_min,
            fixed_start: None,
            presenters: Vec::new(),
            pairing_id: None,
            sector_code: None,
            created_at: String::new(),
            updated_at: String::new(),
            deleted_at: None,
        }
    }

    fn start() -> DateTime<Utc> {
        parse_local_datetime("2026-05-27 23:30", MOSCOW, "starts_at").unwrap()
    }

    #[test]
    fn reading_order_numbers_and_spans() {
        let one = item(None, 0, 10);
        let two = item(None, 1, 5);
        let two_one = item(Some(two.id), 0, 20);
        let two_two = item(Some(two.id), 1, 15);
        let three = item(None, 2, 30);
        let items = vec![three, two_two, one, two_one, two];
        let entries = schedule(&items, start(), MOSCOW).unwrap();
        let got: Vec<(&str, &str, &str)> = entries
            .iter()
            .map(|e| {
                (
                    e.number.as_str(),
                    e.start.venue.time.as_str(),
                    e.end.venue.time.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("1", "23:30", "23:40"),
                ("2", "23:40", "00:20"),
                ("2.1", "23:45", "00:05"),
                ("2.2", "00:05", "00:20"),
                ("3", "00:20", "00:50"),
            ]
        );
        // The same instants on Tashkent's clock, two hours ahead and a day later.
        assert_eq!(entries[0].start.tashkent.text(), "2026-05-28 01:30");
        assert_eq!(entries[3].start.moscow.text(), "2026-05-28 00:05");
        assert_eq!(entries[2].start.moscow.date.to_string(), "2026-05-27");
    }

    #[test]
    fn a_fixed_start_is_kept_and_an_overrun_flagged() {
        let mut one = item(None, 0, 90);
        let mut two = item(None, 1, 10);
        two.fixed_start = Some("2026-05-27T21:00:00.000Z".into()); // 00:00 in Moscow, before one ends
        let entries = schedule(&[one.clone(), two.clone()], start(), MOSCOW).unwrap();
        assert!(entries[1].overrun);
        assert_eq!(entries[1].start.venue.time, "00:00");
        one.duration_min = 15;
        two.fixed_start = Some("2026-05-27T21:00:00.000Z".into());
        let entries = schedule(&[one, two], start(), TASHKENT).unwrap();
        assert!(!entries[1].overrun);
        assert_eq!(entries[1].start.venue.text(), "2026-05-28 02:00");
    }

    proptest! {
        #[test]
        fn numbers_and_times_follow_reading_order(
            tree in prop::collection::vec(
                (0i64..120, prop::collection::vec(0i64..60, 0..4)), 0..8),
            seed in any::<u64>(),
        ) {
            let mut items = Vec::new();
            let mut expected = Vec::new();
            for (i, (duration, children)) in tree.iter().enumerate() {
                let top = item(None, i as i64, *duration);
                expected.push(((i + 1).to_string(), top.id));
                for (j, child) in children.iter().enumerate() {
                    let sub = item(Some(top.id), j as i64, *child);
                    expected.push((format!("{}.{}", i + 1, j + 1), sub.id));
                    items.push(sub);
                }
                items.push(top);
            }
            // The input order does not matter.
            let len = items.len().max(1);
            items.rotate_left((seed as usize) % len);
            let entries = schedule(&items, start(), TASHKENT).unwrap();
            let got: Vec<(String, Uuid)> =
                entries.iter().map(|e| (e.number.clone(), e.item.id)).collect();
            prop_assert_eq!(got, expected);
            let mut cursor = start();
            for entry in &entries {
                let begins = parse_instant_text(&entry.starts_at).unwrap();
                prop_assert_eq!(begins, cursor);
                cursor = begins + TimeDelta::minutes(entry.item.duration_min);
            }
            let total: i64 = tree.iter().map(|(d, c)| d + c.iter().sum::<i64>()).sum();
            prop_assert_eq!(cursor, start() + TimeDelta::minutes(total));
        }
    }
}
