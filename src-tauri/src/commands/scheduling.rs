//! Commands of scheduling: series of recurring meetings, public holidays (a session's warnings come with the
//! refusal of its save: `create_session`, `update_session`).

use council_core::holiday::{Holiday, HolidayFilter};
use council_core::{SeriesInput, SeriesPreview, SessionSeries};
use tauri::State;

use super::Answer;
use crate::state::Desk;

pub async fn preview_series(desk: State<'_, Desk>, input: SeriesInput) -> Answer<SeriesPreview> {
    desk.with(|store| store.preview_series(&input))
}

pub async fn create_series(desk: State<'_, Desk>, input: SeriesInput) -> Answer<SessionSeries> {
    desk.with(|store| store.create_series(&input))
}

pub async fn list_holidays(desk: State<'_, Desk>, filter: HolidayFilter) -> Answer<Vec<Holiday>> {
    desk.with(|store| store.list_holidays(&filter))
}
