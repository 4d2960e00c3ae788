//! Changing the rule of a series: only future meetings nobody has touched follow the new rule.
//!
//! A meeting is untouched while it is a draft at the time the rule gave it, on or after today. Changing the
//! rule moves to the trash the untouched meetings whose dates the new rule no longer gives, and creates a
//! meeting for every new date from today on that has none yet (not even a trashed or moved one). Past,
//! scheduled, confirmed, held, cancelled or moved meetings stay exactly as they are.

use chrono::NaiveDate;
use rusqlite::params;

use super::{Series, SeriesInput, SessionSeries};
use crate::error::CoreResult;
use crate::ids::new_id;
use crate::officer::Role;
use crate::scheduling::{RecurrenceRule, expand};
use crate::session::SessionStatus;
use crate::store::Store;
use crate::store::record_kind::RecordKind;
use crate::store::sessions::{self, Sessions};
use crate::time::{instant_text, now_text, parse_date};

impl Store {
    /// Gives a series a new rule from `today` on (see the module's rule for which meetings change).
    pub fn change_series_rule(
        &mut self,
        id: &str,
        rule: &RecurrenceRule,
        today: NaiveDate,
    ) -> CoreResult<SessionSeries> {
        self.write(Role::Officer, |tx, actor| {
            Series.update(tx, actor, id, |before, id| {
                let planned = SeriesInput {
                    session: before.template.clone(),
                    rule: rule.clone(),
                    exceptions: Vec::new(),
                }
                .checked()?;
                let dates = expand(before.first_date, rule, &before.exceptions);
                for occurrence in &before.occurrences {
                    let session = &occurrence.session;
                    let as_planned = planned.occurrence(&before.template, occurrence.date)?;
                    let untouched = session.status == SessionStatus::Draft
                        && occurrence.date >= today
                        && session.starts_at == instant_text(as_planned.starts_at);
                    if untouched && !dates.contains(&occurrence.date) {
                        Sessions.trash(tx, actor, session)?;
                    }
                }
                // Every date that has, or had, a meeting: moved and trashed ones keep their date taken.
                let taken = tx
                    .prepare_cached("SELECT occurrence_date FROM sessions WHERE series_id = ?1")?
                    .query_map(params![id], |row| row.get::<_, String>(0))?
                    .collect::<Result<Vec<_>, _>>()?
                    .iter()
                    .map(|date| parse_date(date, "occurrence_date"))
                    .collect::<CoreResult<Vec<_>>>()?;
                for date in dates.iter().filter(|d| **d >= today && !taken.contains(d)) {
                    let c = planned.occurrence(&before.template, *date)?;
                    sessions::insert(tx, actor, &new_id().to_string(), &c, Some((id, *date)))?;
                }
                tx.execute(
                    "UPDATE session_series SET rule = ?2, updated_at = ?3 WHERE id = ?1",
                    params![id, serde_json::to_string(rule)?, now_text()],
                )?;
                Ok(())
            })
        })
    }
}
