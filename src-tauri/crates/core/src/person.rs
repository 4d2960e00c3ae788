//! People: co-chairs, participants, presenters, controllers, executors' contacts.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::{Lang, LocalizedText};
use crate::region::Country;

/// A person as the register holds them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Person {
    pub id: Uuid,
    pub full_name: LocalizedText,
    pub position: LocalizedText,
    pub body_id: Option<Uuid>,
    pub country: Country,
    pub phone: String,
    pub email: String,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// What a user submits to create or change a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PersonInput {
    pub full_name: LocalizedText,
    pub position: LocalizedText,
    /// The body they work for (id), if any.
    pub body_id: Option<String>,
    pub country: Country,
    pub phone: String,
    pub email: String,
}

impl PersonInput {
    /// Checks what needs no database: a name in at least one language, a plausible e-mail address.
    pub(crate) fn check(&self) -> CoreResult<PersonInput> {
        let full_name = self.full_name.trimmed();
        if Lang::ALL.iter().all(|lang| full_name.get(*lang).is_empty()) {
            return Err(CoreError::new(ErrorCode::Required, "full_name").on("full_name"));
        }
        let email = self.email.trim().to_owned();
        if !email.is_empty() && !looks_like_email(&email) {
            return Err(CoreError::new(ErrorCode::InvalidValue, email).on("email"));
        }
        Ok(PersonInput {
            full_name,
            position: self.position.trimmed(),
            body_id: self
                .body_id
                .as_deref()
                .map(str::trim)
                .filter(|b| !b.is_empty())
                .map(str::to_owned),
            country: self.country,
            phone: self.phone.trim().to_owned(),
            email,
        })
    }
}

/// One `@`, something before it, a dot in the domain after it, no spaces.
pub(crate) fn looks_like_email(text: &str) -> bool {
    let mut parts = text.split('@');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(local), Some(domain), None) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.contains(char::is_whitespace)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_checked_loosely() {
        assert!(looks_like_email("a.karimov@mfa.uz"));
        assert!(!looks_like_email("karimov"));
        assert!(!looks_like_email("a@b"));
        assert!(!looks_like_email("a b@c.uz"));
    }
}
