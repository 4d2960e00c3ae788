//! The desktop's managed state: the open store (or why it could not be opened), the interface language and
//! where the database and its backups live.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use council_core::{CoreError, CoreResult, ErrorPayload, Lang, Store};

/// How many daily automatic backups are kept.
const KEEP_AUTO_BACKUPS: usize = 7;

/// The store behind every command. A database that cannot be opened does not stop the window from showing:
/// every command answers with the reason, translated, so the officer sees what happened and what to do.
#[derive(Debug)]
pub struct Desk {
    store: Mutex<Result<Store, CoreError>>,
    lang: Mutex<Lang>,
    path: PathBuf,
}

impl Desk {
    /// Opens the database at `path`, then checks it and makes the daily backup in the background.
    pub fn open(path: &Path) -> Desk {
        let store = Store::open(path);
        let lang = store
            .as_ref()
            .ok()
            .and_then(|s| s.language().ok())
            .unwrap_or_default();
        let desk = Desk {
            store: Mutex::new(store),
            lang: Mutex::new(lang),
            path: path.to_path_buf(),
        };
        desk.start_daily_care();
        desk
    }

    /// The folder beside the database that holds its backups.
    pub fn backups_dir(&self) -> PathBuf {
        self.path.parent().unwrap_or(Path::new(".")).join("backups")
    }

    /// A quick integrity check and the daily automatic backup, on a connection of their own so the window
    /// never waits for them. Problems are reported on stderr; the commands report a damaged database anyway.
    fn start_daily_care(&self) {
        let path = self.path.clone();
        let dir = self.backups_dir();
        std::thread::spawn(move || {
            let care = Store::open(&path).and_then(|store| {
                let report = store.check(false)?;
                if !report.ok {
                    eprintln!(
                        "Council Desk: the database check found problems: {:?}",
                        report.messages
                    );
                    return Ok(());
                }
                let today = store.secretariat_today()?;
                store.auto_backup(&dir, KEEP_AUTO_BACKUPS, today).map(drop)
            });
            if let Err(error) = care {
                eprintln!("Council Desk: daily check and backup failed: {error}");
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
