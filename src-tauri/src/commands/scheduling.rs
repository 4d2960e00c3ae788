//! Commands of scheduling: the warnings of a planned session, series of recurring meetings, public holidays.

use council_core::holiday::{Holiday, HolidayFilter};
use council_core::scheduling::ScheduleConflict;
use council_core::{SeriesInput, SeriesPreview, SessionDraft, SessionSeries};
use tauri::State;

use super::Answer;
use crate::state::Desk;

pub async fn session_conflicts(
    desk: State<'_, Desk>,
    draft: SessionDraft,
) -> Answer<Vec<ScheduleConflict>> {
    desk.with(|store| store.schedule_conflicts(&draft))
}

pub async fn preview_series(desk: State<'_, Desk>, input: SeriesInput) -> Answer<SeriesPreview> {
    desk.with(|store| store.preview_series(&input))
}

pub async fn create_series(desk: State<'_, Desk>, input: SeriesInput) -> Answer<SessionSeries> {
    desk.with(|store| store.create_series(&input))
}

pub async fn list_holidays(desk: State<'_, Desk>, filter: HolidayFilter) -> Answer<Vec<Holiday>> {
    desk.with(|store| store.list_holidays(&filter))
}
