//! Commands of scheduling: series of recurring meetings, public holidays (a session's warnings come with the
//! refusal of its save: `create_session`, `update_session`).

use council_core::holiday::{Holiday, HolidayFilter};
use council_core::{SeriesInput, SeriesPreview, SessionSeries};

use super::Answer;
use crate::Desk;

pub fn preview_series(desk: &Desk, input: SeriesInput) -> Answer<SeriesPreview> {
    desk.with(|store| store.preview_series(&input))
}

pub fn create_series(desk: &Desk, input: SeriesInput) -> Answer<SessionSeries> {
    desk.with(|store| store.create_series(&input))
}

pub fn list_holidays(desk: &Desk, filter: HolidayFilter) -> Answer<Vec<Holiday>> {
    desk.with(|store| store.list_holidays(&filter))
}
