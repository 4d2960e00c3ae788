//! Commands that keep the data safe: the trash, restoring a backup chosen earlier, the daily backups'
//! settings, integrity checks and the search. Those that ask for a file are the desktop's.

use council_core::backup::{BackupOutcome, CheckReport, RestoreOutcome};
use council_core::mail::MailSettings;
use council_core::officer::Role;
use council_core::search::SearchHit;
use uuid::Uuid;

use super::Answer;
use crate::Desk;

pub fn restore_from_trash(desk: &Desk, entity: String, id: Uuid) -> Answer<()> {
    desk.with(|store| {
        store.restore_from_trash(&entity, &id.to_string(), store.secretariat_today()?)
    })
}

/// How the last daily backup went (`None` before the first): Settings → Data and the window's banner.
pub fn last_daily_backup(desk: &Desk) -> Answer<Option<BackupOutcome>> {
    desk.with(|store| store.last_daily_backup())
}

/// Restores the backup chosen under `file` (a token of `choose_backup_file`) over the current data, which is
/// kept as a backup first; answers where it was kept and what content the restored data lacks. A damaged
/// backup is refused and changes nothing.
pub fn restore_backup(desk: &Desk, file: String) -> Answer<RestoreOutcome> {
    desk.with(|store| store.require_role(Role::Head))?;
    desk.restore(&desk.chosen(&file)?)
}

/// How many daily automatic backups are kept (1 to 365).
pub fn set_backups_keep(desk: &Desk, keep: u32) -> Answer<u32> {
    desk.with(|store| store.set_backups_keep(keep))
}

/// The site's mail server and sender.
pub fn mail_settings(desk: &Desk) -> Answer<MailSettings> {
    desk.with(|store| store.mail_settings())
}

/// Keeps the site's mail server and sender, checked first.
pub fn set_mail_settings(desk: &Desk, settings: MailSettings) -> Answer<MailSettings> {
    desk.with(|store| store.set_mail_settings(&settings))
}

/// The verdict of the quick check the app runs on its database at start, once it has one: nothing when the
/// database is sound, else the error naming the way out. The window asks once its first screen is in.
pub fn startup_check(desk: &Desk) -> Answer<()> {
    desk.with(|_| Ok(()))
}

pub fn check_database(desk: &Desk, full: bool) -> Answer<CheckReport> {
    desk.with(|store| store.check(full))
}

/// The global search (Ctrl+K): records of every register matching the query in either script.
pub fn search(desk: &Desk, query: String, limit: u32) -> Answer<Vec<SearchHit>> {
    desk.with(|store| store.search(&query, limit))
}
