//! The desktop's managed state: the open store (or why it could not be opened), the interface language and
//! where the database and its backups live.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use council_core::{CoreError, CoreResult, ErrorCode, ErrorPayload, Lang, Store};

/// The store behind every command. A database that cannot be opened does not stop the window from showing:
/// every command answers with the reason, translated, so the officer sees what happened and what to do.
#[derive(Debug)]
pub struct Desk {
    store: Mutex<Result<Store, CoreError>>,
    lang: Mutex<Lang>,
    path: PathBuf,
}

impl Desk {
    /// Opens the database at `path` and runs the quick check; a damaged database is not used, and every
    /// command answers with the message that names the way out (Settings → Data → Restore…). A healthy one
    /// gets its daily backup in the background.
    pub fn open(path: &Path) -> Desk {
        let store = Store::open_checked(path);
        let lang = store
            .as_ref()
            .ok()
            .and_then(|s| s.language().ok())
            .unwrap_or_default();
        let healthy = store.is_ok();
        let desk = Desk {
            store: Mutex::new(store),
            lang: Mutex::new(lang),
            path: path.to_path_buf(),
        };
        if healthy {
            desk.start_daily_backup();
        }
        desk
    }

    /// The folder beside the database that holds its backups.
    pub fn backups_dir(&self) -> PathBuf {
        council_core::backup::backups_dir(&self.path)
    }

    /// The daily automatic backup (keeping as many as Settings says), on a connection of its own so the
    /// window never waits for it. A failure is reported on stderr; the backups already made stay.
    fn start_daily_backup(&self) {
        let path = self.path.clone();
        let dir = self.backups_dir();
        std::thread::spawn(move || {
            let made = Store::open(&path).and_then(|store| {
                let today = store.secretariat_today()?;
                let keep = store.backups_keep()? as usize;
                store.auto_backup(&dir, keep, today).map(drop)
            });
            if let Err(error) = made {
                eprintln!("Council Desk: the daily backup failed: {error}");
            }
        });
    }

    /// The interface language errors are translated into.
    pub fn lang(&self) -> Lang {
        *self
            .lang
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Runs one core call on the store and turns its error into the IPC shape.
    pub fn with<T>(
        &self,
        call: impl FnOnce(&mut Store) -> CoreResult<T>,
    ) -> Result<T, ErrorPayload> {
        let lang = self.lang();
        let mut guard = self
            .store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match guard.as_mut() {
            Ok(store) => call(store).map_err(|error| error.payload(lang)),
            Err(open_error) => Err(open_error.payload(lang)),
        }
    }

    /// Restores `backup` over the database: closes the connection, lets the core verify and swap, then opens
    /// the result (the restored data, or the untouched current data when the backup was refused). Answers
    /// where the replaced data was kept.
    pub fn restore(&self, backup: &Path) -> Result<Option<PathBuf>, ErrorPayload> {
        let lang = self.lang();
        let mut guard = self
            .store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // Dropping the store closes its connection, so SQLite folds the write-ahead log into the file.
        *guard = Err(CoreError::new(ErrorCode::Storage, "restoring a backup"));
        let restored = Store::restore_backup(backup, &self.path, &self.backups_dir());
        *guard = Store::open_checked(&self.path);
        restored
            .map(|(_, kept)| kept)
            .map_err(|error| error.payload(lang))
    }

    /// Switches the interface language and remembers it in the database.
    pub fn set_lang(&self, lang: Lang) -> Result<(), ErrorPayload> {
        self.with(|store| store.set_language(lang))?;
        *self
            .lang
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = lang;
        Ok(())
    }
}
