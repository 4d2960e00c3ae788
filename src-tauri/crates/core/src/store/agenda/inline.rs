//! Edits of one field of an agenda item, as the agenda builder makes them in place: every other field is kept
//! as stored (no round trip through a whole input and the venue's clock).

use rusqlite::params;

use super::super::Store;
use super::super::sessions::start_and_zone;
use crate::agenda::{AgendaEntry, check_duration, fixed_start_instant};
use crate::error::CoreResult;
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
}
