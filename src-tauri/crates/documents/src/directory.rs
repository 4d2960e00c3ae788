//! Names of people and bodies as documents print them, read once per document.

use std::collections::HashMap;

use council_core::body::Body;
use council_core::person::Person;
use council_core::{CoreResult, LocalizedText, Store};
use serde::Serialize;
use uuid::Uuid;

use crate::printed::Printed;

/// A person as a document names them: name, position and body.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PersonView {
    pub name: Printed,
    pub position: Printed,
    pub body: Option<Printed>,
}

/// Every person and body, live or in the trash (a printed record still names whoever it named).
pub(crate) struct Directory {
    people: HashMap<Uuid, Person>,
    bodies: HashMap<Uuid, Body>,
}

impl Directory {
    pub(crate) fn load(store: &Store) -> CoreResult<Directory> {
        let mut people = store.list_people(None, false)?;
        people.extend(store.list_people(None, true)?);
        let mut bodies = store.list_bodies(None, false)?;
        bodies.extend(store.list_bodies(None, true)?);
        Ok(Directory {
            people: people.into_iter().map(|p| (p.id, p)).collect(),
            bodies: bodies.into_iter().map(|b| (b.id, b)).collect(),
        })
    }

    /// A body's name; empty when the id is unknown.
    pub(crate) fn body(&self, id: Uuid) -> LocalizedText {
        self.bodies
            .get(&id)
            .map(|b| b.name.clone())
            .unwrap_or_default()
    }

    /// A person with position and body, if the id names one.
    pub(crate) fn person(&self, id: Uuid) -> Option<PersonView> {
        self.people.get(&id).map(|p| PersonView {
            name: (&p.full_name).into(),
            position: (&p.position).into(),
            body: p.body_id.map(|b| self.body(b).into()),
        })
    }
}
