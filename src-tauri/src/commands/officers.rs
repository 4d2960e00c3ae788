//! Commands of the officers' accounts: the list, creating and changing them, passwords, signing in and out.

use council_core::officer::{Officer, OfficerInput};
use tauri::State;
use uuid::Uuid;

use super::Answer;
use crate::state::Desk;

pub async fn list_officers(desk: State<'_, Desk>) -> Answer<Vec<Officer>> {
    desk.with(|store| store.list_officers())
}

/// The first account is a head and is signed in.
pub async fn create_officer(desk: State<'_, Desk>, input: OfficerInput) -> Answer<Officer> {
    desk.with(|store| store.create_officer(&input))
}

pub async fn update_officer(
    desk: State<'_, Desk>,
    id: Uuid,
    input: OfficerInput,
) -> Answer<Officer> {
    desk.with(|store| store.update_officer(id, &input))
}

pub async fn set_officer_password(
    desk: State<'_, Desk>,
    id: Uuid,
    password: Option<String>,
) -> Answer<Officer> {
    desk.with(|store| store.set_officer_password(id, password.as_deref()))
}

pub async fn sign_in(desk: State<'_, Desk>, id: Uuid, password: Option<String>) -> Answer<Officer> {
    desk.with(|store| store.sign_in(id, password.as_deref()))
}

pub async fn signed_in(desk: State<'_, Desk>) -> Answer<Option<Officer>> {
    desk.with(|store| store.signed_in())
}

pub async fn sign_out(desk: State<'_, Desk>) -> Answer<()> {
    desk.with(|store| {
        store.sign_out();
        Ok(())
    })
}
