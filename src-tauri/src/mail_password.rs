//! The mail password of this machine: in the system keyring where one answers (a Secret Service on Linux,
//! the system's stores on Windows and macOS), else held in memory while the app runs and asked for again
//! after a restart. Never in the database, never in a file.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use council_core::mail::{MailPassword, MailSettings, PasswordKeeping};
use council_core::{CoreError, ErrorCode};

/// The keyring's service name for Council Desk's mail passwords.
const SERVICE: &str = "Council Desk mail";

/// The passwords this run holds where no keyring answers, by account.
#[derive(Debug, Default)]
pub struct MailPasswords {
    running: Mutex<HashMap<String, String>>,
}

/// The account a password belongs to: the same sign-in on the same server.
fn account(settings: &MailSettings) -> String {
    format!("{}@{}:{}", settings.account, settings.host, settings.port)
}

/// The keyring's entry for the account, when a keyring answers on this machine: its password, if any.
fn keyring(settings: &MailSettings) -> Option<(keyring::Entry, Option<String>)> {
    let entry = keyring::Entry::new(SERVICE, &account(settings)).ok()?;
    match entry.get_password() {
        Ok(password) => Some((entry, Some(password))),
        Err(keyring::Error::NoEntry) => Some((entry, None)),
        Err(_) => None,
    }
}

impl MailPasswords {
    fn running(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        self.running.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Where the password is kept and whether one is there for the settings' account.
    pub fn status(&self, settings: &MailSettings) -> MailPassword {
        match keyring(settings) {
            Some((_, kept)) => MailPassword {
                keeping: PasswordKeeping::Keyring,
                kept: kept.is_some(),
            },
            None => MailPassword {
                keeping: PasswordKeeping::WhileRunning,
                kept: self.running().contains_key(&account(settings)),
            },
        }
    }

    /// The password kept for the settings' account.
    pub fn get(&self, settings: &MailSettings) -> Option<String> {
        match keyring(settings) {
            Some((_, kept)) => kept,
            None => self.running().get(&account(settings)).cloned(),
        }
    }

    /// Keeps `password` for the settings' account (`None` or empty forgets it).
    pub fn keep(
        &self,
        settings: &MailSettings,
        password: Option<&str>,
    ) -> Result<MailPassword, CoreError> {
        let password = password.filter(|password| !password.is_empty());
        let failed =
            |error: keyring::Error| CoreError::new(ErrorCode::KeyringFailed, error.to_string());
        if let Some((entry, kept)) = keyring(settings) {
            match password {
                Some(password) => entry.set_password(password).map_err(failed)?,
                None if kept.is_some() => entry.delete_credential().map_err(failed)?,
                None => {}
            }
        } else {
            let mut running = self.running();
            match password {
                Some(password) => running.insert(account(settings), password.to_owned()),
                None => running.remove(&account(settings)),
            };
        }
        Ok(self.status(settings))
    }
}
