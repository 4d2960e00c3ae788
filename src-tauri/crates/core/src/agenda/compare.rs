//! What changed between two versions of one session's agenda.
//!
//! Items are matched by their id. A version is not a copy: revising an approved agenda bumps the session's
//! version and keeps editing the same item rows, and an approved version is a snapshot of those rows, so an
//! item keeps its id through every version (also through the trash and back). Two items with the same title
//! are therefore never confused, and an item that was renamed is still the same item.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::{Agenda, AgendaEntry};
use crate::lang::LocalizedText;
use crate::session::Clocks;

/// One way an item differs between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AgendaChangeKind {
    /// Only in the newer version.
    Added,
    /// Only in the older version.
    Removed,
    /// Its number changed (another place, another parent, or items added or removed before it).
    Moved,
    /// Its duration or its start changed.
    Retimed,
    /// Its title changed in any language.
    Retitled,
}

/// An item as one version has it: what a comparison shows of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaItemState {
    /// `2`, or `2.1` for a sub-item.
    pub number: String,
    pub title: LocalizedText,
    pub duration_min: i64,
    /// The computed start, UTC instant.
    pub starts_at: String,
    pub start: Clocks,
    pub end: Clocks,
}

impl From<&AgendaEntry> for AgendaItemState {
    fn from(entry: &AgendaEntry) -> AgendaItemState {
        AgendaItemState {
            number: entry.number.clone(),
            title: entry.item.title.clone(),
            duration_min: entry.item.duration_min,
            starts_at: entry.starts_at.clone(),
            start: entry.start.clone(),
            end: entry.end.clone(),
        }
    }
}

/// An item that differs between the two versions, with how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaItemChange {
    pub item_id: Uuid,
    /// `added` or `removed` alone, else any of `moved`, `retimed`, `retitled`, in that order.
    pub changes: Vec<AgendaChangeKind>,
    /// The item in the older version; absent when it was added.
    pub before: Option<AgendaItemState>,
    /// The item in the newer version; absent when it was removed.
    pub after: Option<AgendaItemState>,
}

/// The differences between two versions of one session's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgendaComparison {
    pub session_id: Uuid,
    /// The version compared from (the "before").
    pub from_version: i64,
    /// The version compared with (the "after").
    pub to_version: i64,
    /// The items of the `to` version that changed, in its reading order, then the removed ones in the
    /// reading order of the `from` version. Empty when nothing changed.
    pub items: Vec<AgendaItemChange>,
}

/// How `to` differs from `from`, item by item (matched by id, see the module's note).
#[must_use]
pub fn compare_agendas(from: &Agenda, to: &Agenda) -> AgendaComparison {
    let before: HashMap<Uuid, &AgendaEntry> = from.entries.iter().map(|e| (e.item.id, e)).collect();
    let after: HashMap<Uuid, &AgendaEntry> = to.entries.iter().map(|e| (e.item.id, e)).collect();
    let mut items: Vec<AgendaItemChange> = to
        .entries
        .iter()
        .filter_map(|new| {
            let old = before.get(&new.item.id).copied();
            let changes = match old {
                None => vec![AgendaChangeKind::Added],
                Some(old) => changes_of(old, new),
            };
            (!changes.is_empty()).then(|| AgendaItemChange {
                item_id: new.item.id,
                changes,
                before: old.map(AgendaItemState::from),
                after: Some(AgendaItemState::from(new)),
            })
        })
        .collect();
    items.extend(
        from.entries
            .iter()
            .filter(|old| !after.contains_key(&old.item.id))
            .map(|old| AgendaItemChange {
                item_id: old.item.id,
                changes: vec![AgendaChangeKind::Removed],
                before: Some(AgendaItemState::from(old)),
                after: None,
            }),
    );
    AgendaComparison {
        session_id: to.session_id,
        from_version: from.version,
        to_version: to.version,
        items,
    }
}

/// How one item present in both versions changed.
fn changes_of(old: &AgendaEntry, new: &AgendaEntry) -> Vec<AgendaChangeKind> {
    let moved = old.number != new.number;
    let retimed = old.item.duration_min != new.item.duration_min || old.starts_at != new.starts_at;
    let retitled = old.item.title != new.item.title;
    [
        (moved, AgendaChangeKind::Moved),
        (retimed, AgendaChangeKind::Retimed),
        (retitled, AgendaChangeKind::Retitled),
    ]
    .into_iter()
    .filter_map(|(changed, kind)| changed.then_some(kind))
    .collect()
}
