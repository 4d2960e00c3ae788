//! Edits of one field of an agenda item, as the agenda builder makes them in place: every other field is kept
//! as stored (no round trip through a whole input and the venue's clock); and the skeleton every change of one
//! item's fields shares.

use rusqlite::{Transaction, params};

use super::super::Store;
use super::super::record_kind::RecordKind;
use super::super::sessions::start_and_zone;
use super::{AgendaItems, entry_of, unlocked_session};
use crate::agenda::{AgendaEntry, check_duration, fixed_start_instant};
use crate::error::CoreResult;
use crate::officer::Role;
use crate::session::Session;
use crate::time::{instant_text, now_text};

impl Store {
    /// Changes only an item's duration, from 0 minutes to a day.
    pub fn set_agenda_item_duration(&mut self, id: &str, minutes: i64) -> CoreResult<AgendaEntry> {
        check_duration(minutes)?;
        self.change_item(id, |tx, _, id| {
            tx.execute(
                "UPDATE agenda_items SET duration_min = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, minutes, now_text()],
            )?;
            Ok(())
        })
    }

    /// Sets or clears only an item's set start, typed on the venue's clock: `HH:MM` on the session's first day,
    /// or `YYYY-MM-DD HH:MM`; none or blank clears it.
    pub fn set_agenda_item_start(
        &mut self,
        id: &str,
        start: Option<&str>,
    ) -> CoreResult<AgendaEntry> {
        let start = start.map(str::trim).filter(|text| !text.is_empty());
        self.change_item(id, |tx, session, id| {
            let (session_start, zone) = start_and_zone(session)?;
            let fixed = start
                .map(|text| fixed_start_instant(text, session_start, zone))
                .transpose()?;
            tx.execute(
                "UPDATE agenda_items SET fixed_start = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, fixed.map(instant_text), now_text()],
            )?;
            Ok(())
        })
    }

    /// Changes a live item of an unlocked agenda with `change` (given the session and the item's id) and
    /// records the change; the item in its place afterwards. A refusal changes nothing.
    pub(super) fn change_item(
        &mut self,
        id: &str,
        change: impl FnOnce(&Transaction, &Session, &str) -> CoreResult<()>,
    ) -> CoreResult<AgendaEntry> {
        self.write(Role::Officer, |tx, actor| {
            let before = AgendaItems.require(tx, id)?;
            let id = before.id.to_string();
            let session = unlocked_session(tx, &before.session_id.to_string())?;
            change(tx, &session, &id)?;
            AgendaItems.record_update(tx, actor, &before)?;
            entry_of(tx, &session, &id)
        })
    }
}
