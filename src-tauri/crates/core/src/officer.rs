//! Officers of the secretariat: the accounts of this site, their roles, and who made each change.
//!
//! A register without accounts works as a single desk always did: no role is checked and the history names the
//! operating-system user. The first account makes the register one of several officers: from then on every
//! write needs a signed-in officer whose role allows it (checked by the store, in the writing transaction).
//! Accounts belong to their site and never travel; the name of the officer who made a change travels with the
//! change's history rows, so the other site shows it without knowing the account.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::{Lang, LocalizedText};
use crate::person::looks_like_email;

mod password;

pub(crate) use password::{hash_password, verify_password};

/// Whether `password` is the one `hash` was made from (argon2id; deliberately slow, tens to hundreds of
/// milliseconds): see [`crate::Store::sign_in_hash`].
#[must_use]
pub fn password_matches(password: &str, hash: &str) -> bool {
    verify_password(password, hash)
}

/// What an officer may do. The roles are ordered: each allows everything the ones below it do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Reads, prints and exports; writes nothing.
    Observer,
    /// Prepares sessions, agendas, decisions, instructions, reports, attachments and the registers.
    Officer,
    /// The head of the secretariat: also approves agendas, removes instructions from control, cancels,
    /// restores backups, manages the accounts and the exchange with the other secretariat.
    Head,
}

impl Role {
    /// Every role, lowest first.
    pub const ALL: [Role; 3] = [Role::Observer, Role::Officer, Role::Head];

    /// The code stored in the database and used on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Role::Observer => "observer",
            Role::Officer => "officer",
            Role::Head => "head",
        }
    }

    /// The role of a stored or typed code.
    #[must_use]
    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|role| role.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Whether this role may do what `need` is needed for.
    #[must_use]
    pub fn allows(self, need: Role) -> bool {
        self >= need
    }
}

/// An officer's account on this site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Officer {
    pub id: Uuid,
    pub name: LocalizedText,
    pub position: LocalizedText,
    pub email: String,
    pub phone: String,
    pub role: Role,
    /// The person record this officer is, when there is one.
    pub person_id: Option<String>,
    /// Whether signing in asks for a password (never the password or its hash).
    pub has_password: bool,
    /// An inactive account cannot sign in; its name stays in the history.
    pub active: bool,
}

/// What a user submits to create or change an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficerInput {
    pub name: LocalizedText,
    pub position: LocalizedText,
    pub email: String,
    pub phone: String,
    pub role: Role,
    /// The person record (id) this officer is, if any.
    pub person_id: Option<String>,
    pub active: bool,
}

impl OfficerInput {
    /// Checks what needs no database: a name in at least one language, a plausible e-mail address.
    pub(crate) fn check(&self) -> CoreResult<OfficerInput> {
        let name = self.name.trimmed();
        if Lang::ALL.iter().all(|lang| name.get(*lang).is_empty()) {
            return Err(CoreError::new(ErrorCode::Required, "name").on("name"));
        }
        let email = self.email.trim().to_owned();
        if !email.is_empty() && !looks_like_email(&email) {
            return Err(CoreError::new(ErrorCode::InvalidValue, email).on("email"));
        }
        Ok(OfficerInput {
            name,
            position: self.position.trimmed(),
            email,
            phone: self.phone.trim().to_owned(),
            role: self.role,
            person_id: self
                .person_id
                .as_deref()
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned),
            active: self.active,
        })
    }
}

/// The author the history names for changes made before the register had accounts (the OS user is kept
/// beside it).
#[must_use]
pub fn before_accounts() -> LocalizedText {
    LocalizedText {
        ru: "До учётных записей".to_owned(),
        uz: "Hisoblar joriy etilgunga qadar".to_owned(),
        en: "Before accounts".to_owned(),
    }
}

/// Who makes a change: the OS user always, the signed-in officer once the register has accounts. Every
/// history row the change writes names both.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Actor {
    pub os_user: String,
    /// This database's site.
    pub site: String,
    pub officer: Option<(Uuid, LocalizedText)>,
    /// The newest history row the officer had seen when they loaded what they change (see
    /// [`Store::with_basis`](crate::store::Store::with_basis)); `None`: no stale-write check.
    pub basis: Option<i64>,
}

impl Actor {
    /// The officer's id as stored in history rows.
    pub fn officer_id(&self) -> Option<String> {
        self.officer.as_ref().map(|(id, _)| id.to_string())
    }

    /// The officer's name in `lang` as stored in history rows.
    pub fn officer_name(&self, lang: Lang) -> Option<&str> {
        self.officer.as_ref().map(|(_, name)| name.get(lang))
    }
}

/// The refusal of a write the signed-in officer's role does not allow (or of any write when nobody is signed
/// in on a register with accounts); the argument is the role needed.
#[must_use]
pub fn forbidden(need: Role) -> CoreError {
    CoreError::new(ErrorCode::Forbidden, need.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_ordered() {
        assert!(Role::Head.allows(Role::Officer));
        assert!(Role::Officer.allows(Role::Officer));
        assert!(!Role::Observer.allows(Role::Officer));
        assert!(!Role::Officer.allows(Role::Head));
        assert_eq!(Role::parse(" HEAD "), Some(Role::Head));
    }
}
