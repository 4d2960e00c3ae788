//! Officer accounts: rows, reads and writes, signing in, and the role check every write passes through.

use chrono::{Duration, Utc};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use uuid::Uuid;

use super::audit::{self, AuditAction};
use super::{Store, people};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::new_id;
use crate::lang::LocalizedText;
use crate::officer::{
    Actor, Officer, OfficerInput, Role, forbidden, hash_password, password_matches, verify_password,
};
use crate::time::{TASHKENT, instant_text, now_text, parse_instant_text};

/// Wrong passwords in a row that lock an account.
pub const SIGN_IN_ATTEMPTS: i64 = 5;
/// How long a locked account stays locked.
pub const LOCK_MINUTES: i64 = 15;

const OFFICER_COLUMNS: &str = "id, name_ru, name_uz, name_en, position_ru, position_uz, position_en, \
     email, phone, role, person_id, password_hash IS NOT NULL, active";

fn officer_from_row(row: &Row) -> rusqlite::Result<Officer> {
    let id: String = row.get(0)?;
    let role: String = row.get(9)?;
    Ok(Officer {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        name: LocalizedText {
            ru: row.get(1)?,
            uz: row.get(2)?,
            en: row.get(3)?,
        },
        position: LocalizedText {
            ru: row.get(4)?,
            uz: row.get(5)?,
            en: row.get(6)?,
        },
        email: row.get(7)?,
        phone: row.get(8)?,
        role: Role::parse(&role).unwrap_or(Role::Observer),
        person_id: row.get(10)?,
        has_password: row.get(11)?,
        active: row.get(12)?,
    })
}

/// The account with this id, active or not.
fn load(conn: &Connection, id: Uuid) -> CoreResult<Option<Officer>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {OFFICER_COLUMNS} FROM officers WHERE id = ?1"
        ))?
        .query_row(params![id.to_string()], officer_from_row)
        .optional()?)
}

/// The account as the change left it, its update recorded in the history against `before`.
fn updated(tx: &Transaction, actor: &Actor, id: Uuid, before: &Officer) -> CoreResult<Officer> {
    let after = require(tx, id)?;
    audit::record(
        tx,
        actor,
        AuditAction::Update,
        "officer",
        &id.to_string(),
        Some(before),
        Some(&after),
    )?;
    Ok(after)
}

fn require(conn: &Connection, id: Uuid) -> CoreResult<Officer> {
    load(conn, id)?.ok_or_else(|| CoreError::not_found(id.to_string()).on("id"))
}

/// Whether the register has accounts: without any, nothing is checked.
pub(super) fn has_accounts(conn: &Connection) -> CoreResult<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM officers)")?
        .query_row([], |row| row.get(0))?)
}

/// Who makes a change that needs `need`, asked inside the writing transaction (so an account switched off
/// or demoted by another process counts at once): the OS user alone on a register without accounts; else
/// the signed-in, active officer whose role allows it, or the refusal naming the role needed. What an
/// observer may do (`need` is [`Role::Observer`]) is refused to nobody.
pub(super) fn authorize(
    conn: &Connection,
    base: &Actor,
    signed_in: Option<Uuid>,
    need: Role,
) -> CoreResult<Actor> {
    let officer = match signed_in {
        Some(id) => load(conn, id)?.filter(|officer| officer.active),
        None => None,
    };
    let actor = |officer: Option<&Officer>| Actor {
        os_user: base.os_user.clone(),
        site: base.site.clone(),
        officer: officer.map(|officer| (officer.id, officer.name.clone())),
        basis: base.basis,
    };
    if need == Role::Observer || !has_accounts(conn)? {
        return Ok(actor(officer.as_ref()));
    }
    match officer {
        None => Err(CoreError::new(ErrorCode::SignInRequired, need.code())),
        Some(officer) if !officer.role.allows(need) => Err(forbidden(need)),
        Some(officer) => Ok(actor(Some(&officer))),
    }
}

/// Refuses an input whose person does not exist.
fn check_person(conn: &Connection, input: &OfficerInput) -> CoreResult<()> {
    if let Some(person) = input.person_id.as_deref() {
        people::require(conn, person, "person_id")?;
    }
    Ok(())
}

/// Refuses a change that would leave the register without an active head (nobody could manage it then).
fn keep_a_head(tx: &Transaction) -> CoreResult<()> {
    let heads: i64 = tx.query_row(
        "SELECT count(*) FROM officers WHERE role = 'head' AND active = 1",
        [],
        |row| row.get(0),
    )?;
    if heads == 0 {
        return Err(CoreError::new(ErrorCode::LastHead, "").on("role"));
    }
    Ok(())
}

fn write_row(tx: &Transaction, id: Uuid, input: &OfficerInput, create: bool) -> CoreResult<()> {
    let now = now_text();
    let sql = if create {
        "INSERT INTO officers (id, name_ru, name_uz, name_en, position_ru, position_uz, position_en, email,
                               phone, role, person_id, active, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)"
    } else {
        "UPDATE officers SET name_ru = ?2, name_uz = ?3, name_en = ?4, position_ru = ?5, position_uz = ?6,
                position_en = ?7, email = ?8, phone = ?9, role = ?10, person_id = ?11, active = ?12,
                updated_at = ?13
         WHERE id = ?1"
    };
    tx.execute(
        sql,
        params![
            id.to_string(),
            input.name.ru,
            input.name.uz,
            input.name.en,
            input.position.ru,
            input.position.uz,
            input.position.en,
            input.email,
            input.phone,
            input.role.code(),
            input.person_id,
            input.active,
            now
        ],
    )?;
    Ok(())
}

/// The outcome of a password check, kept whether or not it lets the officer in (a refusal still counts).
fn check_password(
    tx: &Transaction,
    officer: Uuid,
    password: Option<&str>,
) -> CoreResult<Result<(), CoreError>> {
    let (hash, locked_until): (Option<String>, Option<String>) = tx.query_row(
        "SELECT password_hash, locked_until FROM officers WHERE id = ?1",
        params![officer.to_string()],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    let now = Utc::now();
    let until = locked_until
        .as_deref()
        .map(parse_instant_text)
        .transpose()?;
    if let Some(until) = until.filter(|until| *until > now) {
        return Ok(Err(locked(until)));
    }
    let Some(hash) = hash else {
        return Ok(Ok(()));
    };
    // No password given is not a wrong one: asked for, not counted.
    let Some(password) = password.filter(|password| !password.is_empty()) else {
        return Ok(Err(
            CoreError::new(ErrorCode::Required, "password").on("password")
        ));
    };
    record_attempt(tx, officer, verify_password(password, &hash))
}

/// Counts a password check of `officer`: a match clears the count, a mismatch adds one, and the last allowed
/// one locks the account for [`LOCK_MINUTES`]. An account locked meanwhile stays locked whatever the outcome.
fn record_attempt(
    tx: &Transaction,
    officer: Uuid,
    matched: bool,
) -> CoreResult<Result<(), CoreError>> {
    let (failed, locked_until): (i64, Option<String>) = tx.query_row(
        "SELECT failed_attempts, locked_until FROM officers WHERE id = ?1",
        params![officer.to_string()],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    let now = Utc::now();
    let until = locked_until
        .as_deref()
        .map(parse_instant_text)
        .transpose()?;
    if let Some(until) = until.filter(|until| *until > now) {
        return Ok(Err(locked(until)));
    }
    if matched {
        tx.execute(
            "UPDATE officers SET failed_attempts = 0, locked_until = NULL WHERE id = ?1",
            params![officer.to_string()],
        )?;
        return Ok(Ok(()));
    }
    let failed = failed + 1;
    if failed >= SIGN_IN_ATTEMPTS {
        let until = now + Duration::minutes(LOCK_MINUTES);
        tx.execute(
            "UPDATE officers SET failed_attempts = 0, locked_until = ?2 WHERE id = ?1",
            params![officer.to_string(), instant_text(until)],
        )?;
        return Ok(Err(locked(until)));
    }
    tx.execute(
        "UPDATE officers SET failed_attempts = ?2, locked_until = NULL WHERE id = ?1",
        params![officer.to_string(), failed],
    )?;
    Ok(Err(CoreError::new(
        ErrorCode::WrongPassword,
        (SIGN_IN_ATTEMPTS - failed).to_string(),
    )
    .on("password")))
}

/// The setting that holds the command line's default account for an OS user.
fn default_officer_key(os_user: &str) -> String {
    format!("cli_officer:{os_user}")
}

/// The lock-out refusal, saying until when (Tashkent time, to the minute).
fn locked(until: chrono::DateTime<Utc>) -> CoreError {
    let local = until.with_timezone(&TASHKENT);
    CoreError::new(
        ErrorCode::AccountLocked,
        local.format("%Y-%m-%d %H:%M").to_string(),
    )
}

impl Store {
    /// Every account of this site, active ones first, by name.
    pub fn list_officers(&self) -> CoreResult<Vec<Officer>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {OFFICER_COLUMNS} FROM officers
             ORDER BY active DESC, name_ru COLLATE NOCASE, name_uz COLLATE NOCASE, name_en COLLATE NOCASE"
        ))?;
        let rows = stmt.query_map([], officer_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Creates an account (the head's). The first account of a register is a head whatever the input says,
    /// and is signed in: from then on every write needs a signed-in officer.
    pub fn create_officer(&mut self, input: &OfficerInput) -> CoreResult<Officer> {
        let mut input = input.check()?;
        let id = new_id();
        let first = self.write_local(Role::Head, |tx, actor| {
            check_person(tx, &input)?;
            let first = !has_accounts(tx)?;
            if first {
                input.role = Role::Head;
                input.active = true;
            }
            write_row(tx, id, &input, true)?;
            let officer = require(tx, id)?;
            audit::record(
                tx,
                actor,
                AuditAction::Create,
                "officer",
                &id.to_string(),
                None,
                Some(&officer),
            )?;
            Ok(first)
        })?;
        if first {
            self.signed_in = Some(id);
        }
        require(&self.conn, id)
    }

    /// Changes an account (the head's). The register always keeps an active head.
    pub fn update_officer(&mut self, id: Uuid, input: &OfficerInput) -> CoreResult<Officer> {
        let input = input.check()?;
        self.write_local(Role::Head, |tx, actor| {
            let before = require(tx, id)?;
            check_person(tx, &input)?;
            write_row(tx, id, &input, false)?;
            keep_a_head(tx)?;
            updated(tx, actor, id, &before)
        })
    }

    /// Sets or removes (`None` or empty) an account's password: the head's, or the officer's own. Unlocks the
    /// account.
    pub fn set_officer_password(
        &mut self,
        id: Uuid,
        password: Option<&str>,
    ) -> CoreResult<Officer> {
        let hash = password
            .filter(|password| !password.is_empty())
            .map(hash_password)
            .transpose()?;
        let need = if self.signed_in == Some(id) {
            Role::Observer
        } else {
            Role::Head
        };
        self.write_local(need, |tx, actor| {
            let before = require(tx, id)?;
            tx.execute(
                "UPDATE officers SET password_hash = ?2, failed_attempts = 0, locked_until = NULL,
                        updated_at = ?3
                 WHERE id = ?1",
                params![id.to_string(), hash, now_text()],
            )?;
            updated(tx, actor, id, &before)
        })
    }

    /// Makes the account the acting officer of this store, checking its password when it has one. A wrong
    /// password is refused and counted; [`SIGN_IN_ATTEMPTS`] in a row lock the account for
    /// [`LOCK_MINUTES`] minutes.
    pub fn sign_in(&mut self, id: Uuid, password: Option<&str>) -> CoreResult<Officer> {
        let outcome = self.write_unchecked(|tx| {
            let officer = require(tx, id)?;
            if !officer.active {
                return Err(CoreError::new(
                    ErrorCode::AccountInactive,
                    officer.id.to_string(),
                ));
            }
            check_password(tx, id, password)
        })?;
        outcome?;
        self.signed_in = Some(id);
        require(&self.conn, id)
    }

    /// The officer signed in on this store, while their account is active.
    pub fn signed_in(&self) -> CoreResult<Option<Officer>> {
        match self.signed_in {
            Some(id) => Ok(load(&self.conn, id)?.filter(|officer| officer.active)),
            None => Ok(None),
        }
    }

    /// The account named by `key`: its id, its e-mail address or its name in any language (letter case
    /// aside). A name two accounts share names neither (`invalid_value`: use the id or the e-mail).
    pub fn find_officer(&self, key: &str) -> CoreResult<Officer> {
        let key = key.trim();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {OFFICER_COLUMNS} FROM officers
             WHERE id = lower(?1) OR (email <> '' AND lower(email) = lower(?1))
                OR ?1 <> '' AND lower(?1) IN (lower(name_ru), lower(name_uz), lower(name_en))
             ORDER BY id = lower(?1) DESC"
        ))?;
        let found: Vec<Officer> = stmt
            .query_map(params![key], officer_from_row)?
            .collect::<Result<_, _>>()?;
        match found.as_slice() {
            [] => Err(CoreError::not_found(key).on("officer")),
            [one] => Ok(one.clone()),
            [first, ..] if first.id.to_string() == key.to_lowercase() => Ok(first.clone()),
            _ => Err(CoreError::new(ErrorCode::InvalidValue, key).on("officer")),
        }
    }

    /// The account the command line acts as for this OS user when none is named, if one was chosen (and
    /// still exists).
    pub fn default_officer(&self) -> CoreResult<Option<Officer>> {
        let Some(id) = self.setting(&default_officer_key(&self.actor.os_user))? else {
            return Ok(None);
        };
        match Uuid::parse_str(&id) {
            Ok(id) => load(&self.conn, id),
            Err(_) => Ok(None),
        }
    }

    /// Chooses the account the command line acts as for this OS user (a setting of this site). It signs
    /// nobody in: each run signs in as it, asking its password when it has one.
    pub fn use_officer(&mut self, id: Uuid) -> CoreResult<Officer> {
        let key = default_officer_key(&self.actor.os_user);
        self.write_local(Role::Observer, |tx, _| {
            let officer = require(tx, id)?;
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, id.to_string()],
            )?;
            Ok(officer)
        })
    }

    /// Refuses, as a write would, when the signed-in officer (or nobody) may not do what needs `need`: for
    /// the use cases that are not one write of this store (restoring a backup, preparing a package).
    pub fn require_role(&self, need: Role) -> CoreResult<()> {
        authorize(&self.conn, &self.actor, self.signed_in, need).map(|_| ())
    }

    /// Nobody acts on this store any more (until the next sign-in).
    pub fn sign_out(&mut self) {
        self.signed_in = None;
    }

    /// Checks the password of the account named by `key` (its id or e-mail, as [`Store::find_officer`]) as
    /// signing in does (a wrong one counted, the account locked after [`SIGN_IN_ATTEMPTS`]), without making it
    /// the acting officer of this store: for a front door that keeps its own sessions (the office hub). An
    /// account without a password is refused (`password_required`): a name alone admits no one there.
    pub fn check_sign_in(&mut self, key: &str, password: &str) -> CoreResult<Officer> {
        let (officer, hash) = self.sign_in_hash(key)?;
        self.record_sign_in(officer.id, password_matches(password, &hash))
    }

    /// The first half of [`Store::check_sign_in`], for a front door that checks the (deliberately slow)
    /// password hash while the store serves others: the account named by `key` and its hash. Refused at once:
    /// an unknown, inactive or locked account, or one without a password.
    pub fn sign_in_hash(&self, key: &str) -> CoreResult<(Officer, String)> {
        let officer = self.find_officer(key)?;
        if !officer.active {
            return Err(CoreError::new(
                ErrorCode::AccountInactive,
                officer.id.to_string(),
            ));
        }
        let (hash, locked_until): (Option<String>, Option<String>) = self.conn.query_row(
            "SELECT password_hash, locked_until FROM officers WHERE id = ?1",
            params![officer.id.to_string()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let until = locked_until
            .as_deref()
            .map(parse_instant_text)
            .transpose()?;
        if let Some(until) = until.filter(|until| *until > Utc::now()) {
            return Err(locked(until));
        }
        let hash =
            hash.ok_or_else(|| CoreError::new(ErrorCode::PasswordRequired, "").on("password"))?;
        Ok((officer, hash))
    }

    /// The second half of [`Store::check_sign_in`]: counts the check of `id`'s password (`matched` by
    /// [`password_matches`] against [`Store::sign_in_hash`]'s hash) as signing in does, and answers the
    /// account or the refusal (`wrong_password` with the attempts left, `account_locked`).
    pub fn record_sign_in(&mut self, id: Uuid, matched: bool) -> CoreResult<Officer> {
        self.write_unchecked(|tx| record_attempt(tx, id, matched))??;
        require(&self.conn, id)
    }

    /// Makes `officer` (or nobody) the one this store acts as, without a password: for a front door that
    /// checked it itself ([`Store::check_sign_in`]) and acts for several officers in turn, each call as the
    /// officer of its session. The role and the account's being active are checked at each write as usual.
    pub fn act_as(&mut self, officer: Option<Uuid>) {
        self.signed_in = officer;
    }
}
