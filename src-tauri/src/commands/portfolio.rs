//! Commands of the substance of pairings: agreements, joint projects, exchange rates and the portfolio.

use council_core::agreement::{Agreement, AgreementFilter, AgreementInput};
use council_core::money::{Currency, ExchangeRate};
use council_core::project::{
    Project, ProjectFilter, ProjectGrouping, ProjectInput, ProjectPortfolio,
};
use tauri::State;
use uuid::Uuid;

use super::Answer;
use crate::state::Desk;

pub async fn list_agreements(
    desk: State<'_, Desk>,
    filter: AgreementFilter,
) -> Answer<Vec<Agreement>> {
    desk.with(|store| store.list_agreements(&filter))
}

pub async fn create_agreement(desk: State<'_, Desk>, input: AgreementInput) -> Answer<Agreement> {
    desk.with(|store| store.create_agreement(&input))
}

pub async fn update_agreement(
    desk: State<'_, Desk>,
    id: Uuid,
    input: AgreementInput,
) -> Answer<Agreement> {
    desk.with(|store| store.update_agreement(&id.to_string(), &input))
}

pub async fn delete_agreement(desk: State<'_, Desk>, id: Uuid) -> Answer<Agreement> {
    desk.with(|store| store.delete_agreement(&id.to_string()))
}

pub async fn list_projects(desk: State<'_, Desk>, filter: ProjectFilter) -> Answer<Vec<Project>> {
    desk.with(|store| store.list_projects(&filter))
}

pub async fn create_project(desk: State<'_, Desk>, input: ProjectInput) -> Answer<Project> {
    desk.with(|store| store.create_project(&input))
}

pub async fn update_project(
    desk: State<'_, Desk>,
    id: Uuid,
    input: ProjectInput,
) -> Answer<Project> {
    desk.with(|store| store.update_project(&id.to_string(), &input))
}

pub async fn delete_project(desk: State<'_, Desk>, id: Uuid) -> Answer<Project> {
    desk.with(|store| store.delete_project(&id.to_string()))
}

pub async fn project_portfolio(
    desk: State<'_, Desk>,
    by: ProjectGrouping,
    as_of: Option<String>,
) -> Answer<ProjectPortfolio> {
    desk.with(|store| store.project_portfolio(by, as_of.as_deref()))
}

pub async fn list_rates(
    desk: State<'_, Desk>,
    currency: Option<Currency>,
) -> Answer<Vec<ExchangeRate>> {
    desk.with(|store| store.list_rates(currency))
}

pub async fn set_rate(
    desk: State<'_, Desk>,
    currency: Currency,
    on_date: String,
    rate: String,
) -> Answer<ExchangeRate> {
    desk.with(|store| store.set_rate(currency, &on_date, &rate))
}
