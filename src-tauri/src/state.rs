//! The desktop's managed state: the open store (or why it could not be opened), the interface language and
//! where the database and its backups live.

use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

use council_core::{CoreError, CoreResult, ErrorCode, ErrorPayload, Lang, Store};

/// The store behind every command. A database that cannot be opened does not stop the window from showing:
/// every command answers with the reason, translated, so the officer sees what happened and what to do.
#[derive(Debug)]
pub struct Desk {
    /// `None` while the database is being opened; commands wait for it.
    store: Mutex<Option<Result<Store, CoreError>>>,
    opened: Condvar,
    lang: Mutex<Lang>,
    path: PathBuf,
}

impl Desk {
    /// A desk whose database at `path` is still to be opened by [`Desk::finish_opening`], which the app
    /// runs on a thread of its own: the window and its page load meanwhile (opening runs the quick check,
    /// which reads the whole file: seconds at ten years of data), and the first command waits for it.
    pub fn opening(path: &Path) -> Desk {
        Desk {
            store: Mutex::new(None),
            opened: Condvar::new(),
            lang: Mutex::new(Lang::default()),
            path: path.to_path_buf(),
        }
    }

    /// Opens the database and runs the quick check; a damaged database is not used, and every command
    /// answers with the message that names the way out (Settings → Data → Restore…). A healthy one gets its
    /// daily backup in the background.
    pub fn finish_opening(&self) {
        let store = Store::open_checked(&self.path);
        if let Ok(lang) = store
            .as_ref()
            .map_err(drop)
            .and_then(|s| s.language().map_err(drop))
        {
            *self.lang.lock().unwrap_or_else(PoisonError::into_inner) = lang;
        }
        let healthy = store.is_ok();
        *self.store.lock().unwrap_or_else(PoisonError::into_inner) = Some(store);
        self.opened.notify_all();
        if healthy {
            self.start_daily_backup();
        }
    }

    /// The store, once opened (waiting for [`Desk::finish_opening`] until then).
    fn store(&self) -> MutexGuard<'_, Option<Result<Store, CoreError>>> {
        let guard = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        self.opened
            .wait_while(guard, |store| store.is_none())
            .unwrap_or_else(PoisonError::into_inner)
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
        let mut guard = self.store();
        let lang = self.lang();
        match guard.as_mut() {
            Some(Ok(store)) => call(store).map_err(|error| error.payload(lang)),
            Some(Err(open_error)) => Err(open_error.payload(lang)),
            // store() waits until the database is opened; this only keeps a panic from the IPC boundary.
            None => Err(CoreError::new(ErrorCode::Storage, "not open").payload(lang)),
        }
    }

    /// Restores `backup` over the database: closes the connection, lets the core verify and swap, then opens
    /// the result (the restored data, or the untouched current data when the backup was refused). Answers
    /// where the replaced data was kept.
    pub fn restore(&self, backup: &Path) -> Result<Option<PathBuf>, ErrorPayload> {
        let mut guard = self.store();
        let lang = self.lang();
        // Dropping the store closes its connection, so SQLite folds the write-ahead log into the file.
        *guard = Some(Err(CoreError::new(
            ErrorCode::Storage,
            "restoring a backup",
        )));
        let restored = Store::restore_backup(backup, &self.path, &self.backups_dir());
        *guard = Some(Store::open_checked(&self.path));
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
