//! Settings shared by both front doors (the interface language, …).

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Store;
use crate::control::{NOTICE_DAYS_RANGE, NoticeSettings};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::Lang;
use crate::mail::MailSettings;
use crate::officer::Role;

/// How many daily automatic backups are kept unless the officer chooses another number.
pub const DEFAULT_BACKUPS_KEEP: u32 = 7;

/// The numbers of daily backups one may choose to keep.
pub const BACKUPS_KEEP_RANGE: std::ops::RangeInclusive<u32> = 1..=365;

/// What Settings → About shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct About {
    /// The version of Council Desk.
    pub version: String,
    /// Where the database file lives.
    pub db_path: String,
    pub schema_version: i64,
    pub language: Lang,
    /// The folder beside the database where backups go.
    pub backups_dir: String,
    /// How many daily automatic backups are kept.
    pub backups_keep: u32,
    /// A demonstration register made at the first start, kept apart from the real one.
    pub demonstration: bool,
}

impl Store {
    /// The facts Settings → About shows.
    pub fn about(&self) -> CoreResult<About> {
        Ok(About {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            db_path: self.path().display().to_string(),
            schema_version: self.schema_version()?,
            language: self.language()?,
            backups_dir: self.backups_dir().display().to_string(),
            backups_keep: self.backups_keep()?,
            demonstration: self.is_demonstration()?,
        })
    }

    /// Whether this database is a demonstration register (see [`Store::mark_demonstration`]).
    pub fn is_demonstration(&self) -> CoreResult<bool> {
        Ok(self.setting("demonstration")?.as_deref() == Some("1"))
    }

    /// The value of one setting, `None` until someone sets it.
    pub(crate) fn setting(&self, key: &str) -> CoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }

    /// Marks this database as a demonstration register, so every screen says its records are not real.
    pub fn mark_demonstration(&mut self) -> CoreResult<()> {
        self.write(Role::Officer, |tx, _| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES ('demonstration', '1')
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [],
            )?;
            Ok(())
        })
    }

    /// The interface language; Russian until someone chooses another.
    pub fn language(&self) -> CoreResult<Lang> {
        let code = self.setting("language")?;
        Ok(code.as_deref().and_then(Lang::parse).unwrap_or_default())
    }

    /// How many daily automatic backups are kept; 7 until someone chooses another number.
    pub fn backups_keep(&self) -> CoreResult<u32> {
        let value = self.setting("backups_keep")?;
        Ok(value
            .and_then(|v| v.parse().ok())
            .filter(|n| BACKUPS_KEEP_RANGE.contains(n))
            .unwrap_or(DEFAULT_BACKUPS_KEEP))
    }

    /// Remembers how many daily automatic backups to keep (1 to 365).
    pub fn set_backups_keep(&mut self, keep: u32) -> CoreResult<u32> {
        if !BACKUPS_KEEP_RANGE.contains(&keep) {
            return Err(
                CoreError::new(ErrorCode::InvalidValue, keep.to_string()).on("backups_keep")
            );
        }
        self.write(Role::Head, |tx, actor| {
            let before: Option<String> = tx
                .query_row(
                    "SELECT value FROM settings WHERE key = 'backups_keep'",
                    [],
                    |row| row.get(0),
                )
                .optional()?;
            tx.execute(
                "INSERT INTO settings (key, value) VALUES ('backups_keep', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![keep.to_string()],
            )?;
            super::audit::record(
                tx,
                actor,
                super::AuditAction::Update,
                "setting",
                "backups_keep",
                before.as_ref(),
                Some(&keep.to_string()),
            )?;
            Ok(keep)
        })
    }

    /// How the deadline notice is given: a week's window and a desktop notification until someone chooses.
    pub fn notice_settings(&self) -> CoreResult<NoticeSettings> {
        let defaults = NoticeSettings::default();
        let within_days = self
            .setting("notice_days")?
            .and_then(|v| v.parse().ok())
            .filter(|n| NOTICE_DAYS_RANGE.contains(n))
            .unwrap_or(defaults.within_days);
        let desktop = self
            .setting("notice_desktop")?
            .map_or(defaults.desktop, |v| v != "0");
        Ok(NoticeSettings {
            within_days,
            desktop,
        })
    }

    /// Remembers how the deadline notice is given; a window outside 1 to 60 days is refused.
    pub fn set_notice_settings(&mut self, settings: NoticeSettings) -> CoreResult<NoticeSettings> {
        if !NOTICE_DAYS_RANGE.contains(&settings.within_days) {
            return Err(
                CoreError::new(ErrorCode::InvalidValue, settings.within_days.to_string())
                    .on("within_days"),
            );
        }
        // An officer's preference, as the language is: anyone may set it, and it is not a record's history.
        self.write(Role::Observer, |tx, _| {
            for (key, value) in [
                ("notice_days", settings.within_days.to_string()),
                ("notice_desktop", u8::from(settings.desktop).to_string()),
            ] {
                tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    params![key, value],
                )?;
            }
            Ok(())
        })?;
        Ok(settings)
    }

    /// Remembers the interface language.
    pub fn set_language(&mut self, lang: Lang) -> CoreResult<()> {
        self.write(Role::Observer, |tx, _| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES ('language', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![lang.code()],
            )?;
            Ok(())
        })
    }

    /// The site's mail server settings; empty (no server) until someone sets them.
    pub fn mail_settings(&self) -> CoreResult<MailSettings> {
        Ok(self
            .setting("mail")?
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default())
    }

    /// Remembers the site's mail server settings (checked first: a refusal changes nothing). The password
    /// is never among them.
    pub fn set_mail_settings(&mut self, settings: &MailSettings) -> CoreResult<MailSettings> {
        let settings = settings.normalized()?;
        let json = serde_json::to_string(&settings)?;
        self.write(Role::Head, |tx, actor| {
            let before: Option<String> = tx
                .query_row("SELECT value FROM settings WHERE key = 'mail'", [], |row| {
                    row.get(0)
                })
                .optional()?;
            tx.execute(
                "INSERT INTO settings (key, value) VALUES ('mail', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![json],
            )?;
            let before: Option<MailSettings> =
                before.and_then(|json| serde_json::from_str(&json).ok());
            super::audit::record(
                tx,
                actor,
                super::AuditAction::Update,
                "setting",
                "mail",
                before.as_ref(),
                Some(&settings),
            )?;
            Ok(settings)
        })
    }
}
