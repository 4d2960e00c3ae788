//! Commands of the substance of pairings: agreements, joint projects, exchange rates and the portfolio.

use council_core::agreement::{Agreement, AgreementFilter, AgreementInput};
use council_core::money::{Currency, ExchangeRate};
use council_core::project::{
    Project, ProjectFilter, ProjectGrouping, ProjectInput, ProjectPortfolio,
};
use uuid::Uuid;

use super::Answer;
use crate::Desk;

pub fn list_agreements(desk: &Desk, filter: AgreementFilter) -> Answer<Vec<Agreement>> {
    desk.with(|store| store.list_agreements(&filter))
}

pub fn create_agreement(desk: &Desk, input: AgreementInput) -> Answer<Agreement> {
    desk.with(|store| store.create_agreement(&input))
}

pub fn update_agreement(desk: &Desk, id: Uuid, input: AgreementInput) -> Answer<Agreement> {
    desk.with(|store| store.update_agreement(&id.to_string(), &input))
}

pub fn delete_agreement(desk: &Desk, id: Uuid) -> Answer<Agreement> {
    desk.with(|store| store.delete_agreement(&id.to_string()))
}

pub fn list_projects(desk: &Desk, filter: ProjectFilter) -> Answer<Vec<Project>> {
    desk.with(|store| store.list_projects(&filter))
}

pub fn create_project(desk: &Desk, input: ProjectInput) -> Answer<Project> {
    desk.with(|store| store.create_project(&input))
}

pub fn update_project(desk: &Desk, id: Uuid, input: ProjectInput) -> Answer<Project> {
    desk.with(|store| store.update_project(&id.to_string(), &input))
}

pub fn delete_project(desk: &Desk, id: Uuid) -> Answer<Project> {
    desk.with(|store| store.delete_project(&id.to_string()))
}

pub fn project_portfolio(
    desk: &Desk,
    by: ProjectGrouping,
    as_of: Option<String>,
) -> Answer<ProjectPortfolio> {
    desk.with(|store| store.project_portfolio(by, as_of.as_deref()))
}

pub fn list_rates(desk: &Desk, currency: Option<Currency>) -> Answer<Vec<ExchangeRate>> {
    desk.with(|store| store.list_rates(currency))
}

pub fn set_rate(
    desk: &Desk,
    currency: Currency,
    on_date: String,
    rate: String,
) -> Answer<ExchangeRate> {
    desk.with(|store| store.set_rate(currency, &on_date, &rate))
}
