//! Errors of the core: a stable code the interfaces branch on, a translated message, and the field at fault.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::lang::Lang;
use crate::scheduling::ScheduleConflict;

mod messages;

/// A stable, translatable error code. The interfaces branch on these; renaming one is a breaking change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A required field is empty.
    Required,
    /// A date is not a real calendar date in `YYYY-MM-DD` form.
    InvalidDate,
    /// A value is not one of the allowed ones (status, country, kind, language).
    InvalidValue,
    /// A region named by id or ISO code does not exist.
    RegionNotFound,
    /// A region with this ISO code already exists.
    RegionDuplicate,
    /// A pairing must join one Uzbek and one Russian region.
    PairingCountries,
    /// The same two regions already have an active pairing.
    PairingDuplicateActive,
    /// A sector code is not in the list of sectors.
    SectorNotFound,
    /// The record does not exist (or is in the trash when it must not be).
    NotFound,
    /// The record is not in the trash, so it cannot be restored.
    NotInTrash,
    /// A state change that the state machine does not allow (`held → draft`).
    InvalidTransition,
    /// An instruction leaves control only against an execution report.
    ReportRequired,
    /// The agenda is approved and locked; a change needs a new version.
    AgendaLocked,
    /// Sub-items cannot have sub-items of their own.
    NestingTooDeep,
    /// An end (date or time) lies before its start.
    EndBeforeStart,
    /// Not an IANA time zone name.
    InvalidTimeZone,
    /// Not a date and time in `YYYY-MM-DD HH:MM` form.
    InvalidDateTime,
    /// No exchange rate of this currency to the US dollar on or before the date.
    RateMissing,
    /// A backup file is damaged or is not a Council Desk backup.
    BackupInvalid,
    /// The database file is damaged; the way out is restoring the latest backup.
    DatabaseDamaged,
    /// The app no longer holds the database file it writes to: another program (or code in this process)
    /// released SQLite's lock on it or replaced its write-ahead log. Nothing more is written until restart.
    DatabaseDetached,
    /// Demonstration data goes only into a database without records of its own.
    DatabaseNotEmpty,
    /// The database was written by a newer version of Council Desk.
    SchemaTooNew,
    /// The database file cannot be opened or is damaged.
    Storage,
    /// A fault of the program, not of the data or of what the officer entered: the window's side answers it
    /// for anything thrown that is not an error of the core (the argument: what was thrown).
    Internal,
    /// A file to attach is larger than the limit (100 MiB).
    AttachmentTooLarge,
    /// The path to attach is missing or is not a regular file (a folder, a device).
    NotAFile,
    /// The file to write already exists and the caller did not ask to replace it.
    FileExists,
    /// An attachment that is not a document or image is not handed to the system's viewer; it can be saved.
    NotViewable,
    /// The stored content of an attachment is missing or does not match its checksum.
    AttachmentMissing,
    /// An imported file has refused rows (or cannot be read), so nothing of it was written.
    ImportRefused,
    /// A session has scheduling warnings (people or venue booked twice, a holiday) the officer has not
    /// confirmed; nothing was saved. The error carries every warning the session raises.
    ScheduleConflicts,
    /// A print document could not be typeset or written (a template fault or an unwritable file).
    DocumentFailed,
    /// A quote in an imported CSV file opens a cell and is never closed.
    UnclosedQuote,
    /// A cell of an imported file holds more characters than one cell may.
    CellTooLong,
    /// A file to import is larger than the limit.
    ImportFileTooLarge,
    /// One line of an imported file is longer than the limit (1 MiB), so the file is not read.
    LineTooLong,
    /// A file to import is larger than the limit.
    FileTooLarge,
    /// A component of a calendar file (`BEGIN:VEVENT`) has no matching `END`, so its data may be cut short.
    ComponentNotClosed,
    /// The disk is full: a file (a backup, the safety copy of a restore, the database) could not be
    /// written whole; nothing was changed.
    DiskFull,
    /// A date lies outside the years the register keeps (1900–2200).
    DateOutOfRange,
    /// A session is marked held before the day it starts (the argument: that day).
    SessionNotStarted,
    /// An execution report is dated before the instruction was given (the argument: the first allowed date).
    ReportBeforeInstruction,
    /// A received package holds a change that would break a rule of the register (a number given twice, a
    /// record whose parent is missing); nothing of the package was applied (the argument: what).
    PackageRefused,
    /// This site has no name yet, so it has no card and makes no packages.
    SiteUnnamed,
    /// A file offered as a site card is not one (too large, not JSON, another format, a bad id, name or key).
    SiteCardInvalid,
    /// A package was changed or cut short after it was signed, or is not a package at all.
    PackageDamaged,
    /// A package was made by a newer version of Council Desk (the argument: that version).
    PackageTooNew,
    /// A package is addressed to another site.
    PackageForOtherSite,
    /// A package from this peer was already received (the argument: its number).
    PackageReplayed,
    /// A package comes from a site that is not among this desk's peers.
    PeerUnknown,
    /// An earlier package from the peer has not arrived (the argument: its number); this one is kept.
    PackageGap,
    /// The numbering of a session is handed over only by the site that numbers it now (the argument: that
    /// site).
    NumberingElsewhere,
    /// The signed-in officer's role does not allow this (the argument: the role needed, `officer` or `head`).
    Forbidden,
    /// The register has accounts and nobody is signed in, so nothing may be changed (the argument: the role
    /// needed).
    SignInRequired,
    /// The password given to sign in is not the account's (the argument: attempts left before the lock).
    WrongPassword,
    /// Too many wrong passwords: the account is locked for a while (the argument: until when, Tashkent time).
    AccountLocked,
    /// The account is switched off and cannot sign in.
    AccountInactive,
    /// The change would leave the register without an active head of the secretariat.
    LastHead,
    /// The account has no password, so it cannot sign in to the office hub (which never trusts a name alone).
    PasswordRequired,
    /// Another officer (or another site) changed the record after the version the write started from; nothing
    /// was changed. The argument: the time of that change on the secretariat's clock and the officer's name
    /// in ru, uz and en, one per line (see [`CoreError::stale`]).
    Stale,
    /// The office hub this desk works with does not answer (the argument: its address); nothing was sent or
    /// the hub did not acknowledge it, so what the officer typed is still in the window.
    HubUnreachable,
    /// The office hub showed a certificate other than the one this desk pinned (the argument: its address);
    /// nothing was sent.
    HubCertificate,
    /// The desk works with the office hub, and this (backups, the exchange of packages) is done on the hub's
    /// machine for now.
    HubElsewhere,
    /// The period (the argument: `2026` or `2026 Q3`) already has a value of this indicator: correct that one.
    IndicatorValueExists,
    /// A text given as an e-mail address is not one (the argument: the text).
    EmailInvalid,
    /// No mail server is set up (Settings → E-mail: its host), so nothing can be sent; .eml files still can.
    MailNotConfigured,
    /// The mail server's account needs a password and none was given or kept (the window asks for it).
    MailPasswordRequired,
    /// The mail server could not be reached or the connection broke (the argument: the server and why);
    /// the message was not sent.
    MailUnreachable,
    /// The mail server refused the message, one of its recipients or the sign-in (the argument: the server's
    /// reply); the message was not sent.
    MailRefused,
    /// The system keyring could not keep or give the mail password (the argument: why).
    KeyringFailed,
}

impl ErrorCode {
    /// The code as it crosses the IPC boundary and appears in CLI output.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Required => "required",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::InvalidValue => "invalid_value",
            ErrorCode::RegionNotFound => "region_not_found",
            ErrorCode::RegionDuplicate => "region_duplicate",
            ErrorCode::PairingCountries => "pairing_countries",
            ErrorCode::PairingDuplicateActive => "pairing_duplicate_active",
            ErrorCode::SectorNotFound => "sector_not_found",
            ErrorCode::NotFound => "not_found",
            ErrorCode::NotInTrash => "not_in_trash",
            ErrorCode::InvalidTransition => "invalid_transition",
            ErrorCode::ReportRequired => "report_required",
            ErrorCode::AgendaLocked => "agenda_locked",
            ErrorCode::NestingTooDeep => "nesting_too_deep",
            ErrorCode::EndBeforeStart => "end_before_start",
            ErrorCode::InvalidTimeZone => "invalid_time_zone",
            ErrorCode::InvalidDateTime => "invalid_date_time",
            ErrorCode::RateMissing => "rate_missing",
            ErrorCode::BackupInvalid => "backup_invalid",
            ErrorCode::DatabaseDamaged => "database_damaged",
            ErrorCode::DatabaseDetached => "database_detached",
            ErrorCode::DatabaseNotEmpty => "database_not_empty",
            ErrorCode::SchemaTooNew => "schema_too_new",
            ErrorCode::Storage => "storage",
            ErrorCode::Internal => "internal",
            ErrorCode::AttachmentTooLarge => "attachment_too_large",
            ErrorCode::NotAFile => "not_a_file",
            ErrorCode::FileExists => "file_exists",
            ErrorCode::NotViewable => "not_viewable",
            ErrorCode::AttachmentMissing => "attachment_missing",
            ErrorCode::ImportRefused => "import_refused",
            ErrorCode::ScheduleConflicts => "schedule_conflicts",
            ErrorCode::DocumentFailed => "document_failed",
            ErrorCode::UnclosedQuote => "unclosed_quote",
            ErrorCode::CellTooLong => "cell_too_long",
            ErrorCode::ImportFileTooLarge => "import_file_too_large",
            ErrorCode::LineTooLong => "line_too_long",
            ErrorCode::FileTooLarge => "file_too_large",
            ErrorCode::ComponentNotClosed => "component_not_closed",
            ErrorCode::DiskFull => "disk_full",
            ErrorCode::DateOutOfRange => "date_out_of_range",
            ErrorCode::SessionNotStarted => "session_not_started",
            ErrorCode::ReportBeforeInstruction => "report_before_instruction",
            ErrorCode::PackageRefused => "package_refused",
            ErrorCode::SiteUnnamed => "site_unnamed",
            ErrorCode::SiteCardInvalid => "site_card_invalid",
            ErrorCode::PackageDamaged => "package_damaged",
            ErrorCode::PackageTooNew => "package_too_new",
            ErrorCode::PackageForOtherSite => "package_for_other_site",
            ErrorCode::PackageReplayed => "package_replayed",
            ErrorCode::PeerUnknown => "peer_unknown",
            ErrorCode::PackageGap => "package_gap",
            ErrorCode::NumberingElsewhere => "numbering_elsewhere",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::SignInRequired => "sign_in_required",
            ErrorCode::WrongPassword => "wrong_password",
            ErrorCode::AccountLocked => "account_locked",
            ErrorCode::AccountInactive => "account_inactive",
            ErrorCode::LastHead => "last_head",
            ErrorCode::PasswordRequired => "password_required",
            ErrorCode::Stale => "stale",
            ErrorCode::HubUnreachable => "hub_unreachable",
            ErrorCode::HubCertificate => "hub_certificate",
            ErrorCode::HubElsewhere => "hub_elsewhere",
            ErrorCode::IndicatorValueExists => "indicator_value_exists",
            ErrorCode::EmailInvalid => "email_invalid",
            ErrorCode::MailNotConfigured => "mail_not_configured",
            ErrorCode::MailPasswordRequired => "mail_password_required",
            ErrorCode::MailUnreachable => "mail_unreachable",
            ErrorCode::MailRefused => "mail_refused",
            ErrorCode::KeyringFailed => "keyring_failed",
        }
    }
}

/// An error of the core. Every refused change leaves the database as it was.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub struct CoreError {
    /// What went wrong, as a stable code.
    pub code: ErrorCode,
    /// The input field at fault, when one is (`since`, `region_a`, …).
    pub field: Option<&'static str>,
    /// The value the message quotes: the bad date, the unknown code, the field's label.
    pub arg: String,
    /// The scheduling warnings a `schedule_conflicts` refusal is about; empty for every other error.
    pub conflicts: Vec<ScheduleConflict>,
    #[source]
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

/// Result of every fallible core operation.
pub type CoreResult<T> = Result<T, CoreError>;

impl CoreError {
    /// An error with a code and the value its message quotes.
    pub fn new(code: ErrorCode, arg: impl Into<String>) -> Self {
        CoreError {
            code,
            field: None,
            arg: arg.into(),
            conflicts: Vec::new(),
            source: None,
        }
    }

    /// The refusal of a save over scheduling warnings the officer did not confirm, carrying them all.
    #[must_use]
    pub fn unconfirmed(conflicts: Vec<ScheduleConflict>) -> Self {
        CoreError {
            code: ErrorCode::ScheduleConflicts,
            field: None,
            arg: conflicts.len().to_string(),
            conflicts,
            source: None,
        }
    }

    /// The same error, attributed to an input field.
    #[must_use]
    pub fn on(mut self, field: &'static str) -> Self {
        self.field = Some(field);
        self
    }

    /// The refusal of a stale write: the record was changed at `at` (Tashkent time, as the message shows it)
    /// by the officer `by`.
    #[must_use]
    pub fn stale(at: &str, by: &crate::lang::LocalizedText) -> Self {
        CoreError::new(ErrorCode::Stale, [at, &by.ru, &by.uz, &by.en].join("\n"))
    }

    /// The `not_found` error for a record id or name.
    pub fn not_found(what: impl Into<String>) -> Self {
        CoreError::new(ErrorCode::NotFound, what)
    }

    /// The translated, human message.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        if let Some(role) = crate::officer::Role::parse(&self.arg)
            .filter(|_| matches!(self.code, ErrorCode::Forbidden | ErrorCode::SignInRequired))
        {
            return messages::refusal(self.code, role, lang).to_owned();
        }
        if self.code == ErrorCode::Stale {
            let mut parts = self.arg.split('\n');
            let at = parts.next().unwrap_or_default();
            let line = match lang {
                Lang::Ru => 0,
                Lang::Uz => 1,
                Lang::En => 2,
            };
            let name = parts.nth(line).unwrap_or_default();
            return self
                .code
                .template(lang)
                .replace("{at}", at)
                .replace("{name}", name);
        }
        self.code.template(lang).replace("{}", &self.arg)
    }

    /// The kind of I/O error behind this one, if it is one (a closed pipe, a full disk).
    #[must_use]
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        self.source
            .as_ref()
            .and_then(|source| source.downcast_ref::<std::io::Error>())
            .map(std::io::Error::kind)
    }

    /// The `{ code, message, field }` shape that crosses the IPC boundary.
    #[must_use]
    pub fn payload(&self, lang: Lang) -> ErrorPayload {
        ErrorPayload {
            code: self.code,
            message: self.message(lang),
            field: self.field.map(str::to_owned),
            conflicts: self.conflicts.clone(),
        }
    }
}

impl From<rusqlite::Error> for CoreError {
    fn from(error: rusqlite::Error) -> Self {
        let code = match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) => {
                ErrorCode::DatabaseDamaged
            }
            Some(rusqlite::ErrorCode::DiskFull) => ErrorCode::DiskFull,
            _ => ErrorCode::Storage,
        };
        CoreError {
            code,
            field: None,
            arg: error.to_string(),
            conflicts: Vec::new(),
            source: Some(Box::new(error)),
        }
    }
}

impl From<serde_json::Error> for CoreError {
    fn from(error: serde_json::Error) -> Self {
        CoreError {
            code: ErrorCode::Storage,
            field: None,
            arg: error.to_string(),
            conflicts: Vec::new(),
            source: Some(Box::new(error)),
        }
    }
}

impl From<std::io::Error> for CoreError {
    fn from(error: std::io::Error) -> Self {
        // A full disk (or a full quota) is its own error: the way out is freeing space, not a repair.
        let full = matches!(
            error.kind(),
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
        );
        CoreError {
            code: if full {
                ErrorCode::DiskFull
            } else {
                ErrorCode::Storage
            },
            field: None,
            arg: error.to_string(),
            conflicts: Vec::new(),
            source: Some(Box::new(error)),
        }
    }
}

/// An error as the interfaces receive it (and a desk reads it from the office hub).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
    /// The warnings of a `schedule_conflicts` refusal, to show and confirm; absent otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<Vec<ScheduleConflict>>")]
    pub conflicts: Vec<ScheduleConflict>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_json_shape_is_pinned() {
        let error = CoreError::new(ErrorCode::InvalidDate, "2025-02-30").on("since");
        let json = serde_json::to_value(error.payload(Lang::En)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "invalid_date",
                "message": "“2025-02-30” is not a real date. Enter the date as YYYY-MM-DD.",
                "field": "since",
            })
        );
    }

    #[test]
    fn serialized_code_matches_as_str() {
        for code in [
            ErrorCode::Required,
            ErrorCode::PairingDuplicateActive,
            ErrorCode::SchemaTooNew,
        ] {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json, serde_json::json!(code.as_str()));
        }
    }

    #[test]
    fn exchange_codes_cross_the_boundary_by_their_names() {
        let codes = [
            (ErrorCode::SiteCardInvalid, "site_card_invalid"),
            (ErrorCode::PackageDamaged, "package_damaged"),
            (ErrorCode::PackageTooNew, "package_too_new"),
            (ErrorCode::PackageForOtherSite, "package_for_other_site"),
            (ErrorCode::PackageReplayed, "package_replayed"),
            (ErrorCode::PeerUnknown, "peer_unknown"),
            (ErrorCode::PackageGap, "package_gap"),
            (ErrorCode::NumberingElsewhere, "numbering_elsewhere"),
        ];
        for (code, name) in codes {
            assert_eq!(serde_json::to_value(code).unwrap(), serde_json::json!(name));
            assert_eq!(code.as_str(), name);
            let error = CoreError::new(code, "14");
            for lang in Lang::ALL {
                let message = error.message(lang);
                assert!(message.contains("14"), "{name} in {lang:?}: {message}");
                assert!(
                    !message.contains(['\'', '‘']),
                    "{name} in {lang:?}: {message}"
                );
            }
        }
        let gap = CoreError::new(ErrorCode::PackageGap, "14");
        assert_eq!(
            gap.message(Lang::Uz),
            "14-paket hali kelmagan; bu paket u kelguncha saqlab qoʻyildi."
        );
    }

    #[test]
    fn a_stale_write_names_the_colleague_and_the_time_in_each_language() {
        let by = crate::lang::LocalizedText {
            ru: "Н. Иванова".to_owned(),
            uz: "N. Ivanova".to_owned(),
            en: "N. Ivanova".to_owned(),
        };
        let error = CoreError::stale("10:42", &by);
        assert_eq!(error.code.as_str(), "stale");
        assert_eq!(
            error.message(Lang::Ru),
            "Запись уже изменил сотрудник Н. Иванова в 10:42 — обновите её. Ничего не сохранено."
        );
        assert_eq!(
            error.message(Lang::Uz),
            "Yozuvni soat 10:42 da N. Ivanova oʻzgartirdi — uni yangilang. Hech narsa saqlanmadi."
        );
        assert_eq!(
            error.message(Lang::En),
            "Changed by N. Ivanova at 10:42 — reload it. Nothing was saved."
        );
    }

    #[test]
    fn a_full_disk_is_called_a_full_disk() {
        for kind in [
            std::io::ErrorKind::StorageFull,
            std::io::ErrorKind::QuotaExceeded,
        ] {
            let error = CoreError::from(std::io::Error::from(kind));
            assert_eq!(error.code, ErrorCode::DiskFull);
            assert!(error.message(Lang::Ru).contains("Диск заполнен"));
            assert!(error.message(Lang::En).contains("disk is full"));
            assert_eq!(error.io_kind(), Some(kind));
        }
    }

    #[test]
    fn every_message_is_translated() {
        let error = CoreError::new(ErrorCode::PairingCountries, "");
        let messages: Vec<String> = Lang::ALL.iter().map(|l| error.message(*l)).collect();
        assert!(messages[0].contains("Узбекистана"));
        assert!(messages[1].contains("Oʻzbekistonning"));
        assert!(messages[2].contains("Uzbekistan"));
    }
}
