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
#[derive(Debug)]
pub struct MailPasswords {
    running: Mutex<HashMap<String, String>>,
    /// Whether to ask the system keyring at all (always, but in tests of the fallback).
    keyring: bool,
}

impl Default for MailPasswords {
    fn default() -> Self {
        MailPasswords {
            running: Mutex::default(),
            keyring: true,
        }
    }
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
    /// The keyring's entry for the account and its password, when a keyring answers.
    fn keyring(&self, settings: &MailSettings) -> Option<(keyring::Entry, Option<String>)> {
        if self.keyring {
            keyring(settings)
        } else {
            None
        }
    }

    fn running(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        self.running.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Where the password is kept and whether one is there for the settings' account.
    pub fn status(&self, settings: &MailSettings) -> MailPassword {
        match self.keyring(settings) {
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
        match self.keyring(settings) {
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
        if let Some((entry, kept)) = self.keyring(settings) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn server(host: &str) -> MailSettings {
        MailSettings {
            host: host.to_owned(),
            port: 587,
            account: "kotibiyat".to_owned(),
            ..MailSettings::default()
        }
    }

    #[test]
    fn without_a_keyring_the_password_is_held_for_this_run_and_this_account_only() {
        let passwords = MailPasswords {
            running: Mutex::default(),
            keyring: false,
        };
        let office = server("mail.kengash.uz");
        assert_eq!(
            passwords.status(&office),
            MailPassword {
                keeping: PasswordKeeping::WhileRunning,
                kept: false
            }
        );
        assert!(passwords.keep(&office, Some("maxfiy")).unwrap().kept);
        assert_eq!(passwords.get(&office).as_deref(), Some("maxfiy"));
        // Another server is another account: its password is asked for.
        assert_eq!(passwords.get(&server("smtp.example.uz")), None);
        assert!(!passwords.keep(&office, Some("")).unwrap().kept);
        assert_eq!(passwords.get(&office), None);
    }
}
