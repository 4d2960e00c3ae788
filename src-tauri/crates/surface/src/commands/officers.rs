//! Commands of the officers' accounts: the list, creating and changing them, passwords, signing in and out.

use council_core::officer::{Officer, OfficerInput};
use uuid::Uuid;

use super::Answer;
use crate::Desk;

pub fn list_officers(desk: &Desk) -> Answer<Vec<Officer>> {
    desk.with(|store| store.list_officers())
}

/// The first account is a head and is signed in.
pub fn create_officer(desk: &Desk, input: OfficerInput) -> Answer<Officer> {
    desk.with(|store| store.create_officer(&input))
}

pub fn update_officer(desk: &Desk, id: Uuid, input: OfficerInput) -> Answer<Officer> {
    desk.with(|store| store.update_officer(id, &input))
}

pub fn set_officer_password(desk: &Desk, id: Uuid, password: Option<String>) -> Answer<Officer> {
    desk.with(|store| store.set_officer_password(id, password.as_deref()))
}

pub fn sign_in(desk: &Desk, id: Uuid, password: Option<String>) -> Answer<Officer> {
    desk.with(|store| store.sign_in(id, password.as_deref()))
}

pub fn signed_in(desk: &Desk) -> Answer<Option<Officer>> {
    desk.with(|store| store.signed_in())
}

pub fn sign_out(desk: &Desk) -> Answer<()> {
    desk.with(|store| {
        store.sign_out();
        Ok(())
    })
}
