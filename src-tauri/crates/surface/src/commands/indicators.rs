//! Commands of the Council's indicators: the overview, the targets and the values entered by period.

use council_core::indicator::{
    CouncilOverview, Indicator, IndicatorInput, IndicatorProgress, IndicatorValue,
    IndicatorValueInput,
};
use council_core::pairing_activity::PairingMap;
use uuid::Uuid;

use super::Answer;
use crate::Desk;

pub fn council_overview(desk: &Desk) -> Answer<CouncilOverview> {
    desk.with(|store| store.council_overview(store.secretariat_today()?))
}

pub fn pairing_map(desk: &Desk) -> Answer<PairingMap> {
    desk.with(|store| store.pairing_map(store.secretariat_today()?))
}

pub fn list_indicators(desk: &Desk) -> Answer<Vec<IndicatorProgress>> {
    desk.with(|store| store.list_indicators())
}

pub fn get_indicator(desk: &Desk, id: Uuid) -> Answer<IndicatorProgress> {
    desk.with(|store| store.indicator(&id.to_string()))
}

pub fn add_indicator(desk: &Desk, input: IndicatorInput) -> Answer<Indicator> {
    desk.with(|store| store.add_indicator(&input))
}

pub fn update_indicator(desk: &Desk, id: Uuid, input: IndicatorInput) -> Answer<Indicator> {
    desk.with(|store| store.update_indicator(&id.to_string(), &input))
}

pub fn delete_indicator(desk: &Desk, id: Uuid) -> Answer<Indicator> {
    desk.with(|store| store.delete_indicator(&id.to_string()))
}

pub fn add_indicator_value(desk: &Desk, input: IndicatorValueInput) -> Answer<IndicatorValue> {
    desk.with(|store| store.add_indicator_value(&input))
}

pub fn update_indicator_value(
    desk: &Desk,
    id: Uuid,
    input: IndicatorValueInput,
) -> Answer<IndicatorValue> {
    desk.with(|store| store.update_indicator_value(&id.to_string(), &input))
}

pub fn delete_indicator_value(desk: &Desk, id: Uuid) -> Answer<IndicatorValue> {
    desk.with(|store| store.delete_indicator_value(&id.to_string()))
}
