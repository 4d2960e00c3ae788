//! The desk's state, the desktop's managed state and the hub's alike: the open store (or why it could not be
//! opened), the interface language and where the database and its backups live.

use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use council_core::backup::RestoreOutcome;
use council_core::paths::ChosenFile;
use council_core::{CoreError, CoreResult, ErrorCode, ErrorPayload, Lang, Store};

/// The store behind every command. A database that cannot be opened does not stop the window from showing:
/// every command answers with the reason, translated, so the officer sees what happened and what to do.
#[derive(Debug)]
pub struct Desk {
    opening: Mutex<Opening>,
    /// Notified when the database is open, when a command needs the check's verdict and when it has one.
    progressed: Condvar,
    lang: Mutex<Lang>,
    path: PathBuf,
    /// The daily backup while it runs: a restore waits for it, so no other connection of this process is
    /// open on the files a restore replaces.
    daily_backup: Mutex<Option<std::thread::JoinHandle<()>>>,
    /// Files chosen in the native open dialogs, by the token the window was given for each.
    chosen: Mutex<Chosen>,
}

/// The files the officer chose to read, kept in Rust: the window holds only their tokens.
#[derive(Debug, Default)]
struct Chosen {
    issued: u64,
    files: std::collections::HashMap<String, PathBuf>,
}

/// How far opening the database has got.
#[derive(Debug, Default)]
struct Opening {
    /// `None` while the database is being opened; after a failed check, the check's error.
    store: Option<Result<Store, CoreError>>,
    /// Whether a command waits for the check's verdict: the check starts then (or after [`CHECK_UNASKED`]).
    wanted: bool,
    /// Whether the start-up quick check has its verdict.
    checked: bool,
}

/// When the start-up check begins if no command has needed it by then.
const CHECK_UNASKED: Duration = Duration::from_secs(3);

impl Desk {
    /// A desk whose database at `path` is still to be opened by [`Desk::finish_opening`], which the app
    /// runs on a thread of its own: the window and its page load meanwhile, and commands wait for it.
    #[must_use]
    pub fn opening(path: &Path) -> Desk {
        Desk {
            opening: Mutex::new(Opening::default()),
            progressed: Condvar::new(),
            lang: Mutex::new(Lang::default()),
            path: path.to_path_buf(),
            daily_backup: Mutex::new(None),
            chosen: Mutex::new(Chosen::default()),
        }
    }

    /// Opens the database, then runs the quick check on a connection of its own. The check reads the whole
    /// file (about a second at ten years of data), so the first screen's reads go ahead without it
    /// ([`Desk::with_first_screen`]); every other command, and so every write, waits for its verdict. It
    /// starts when a command first needs the verdict (the window asks once its first screen is in, so the
    /// check does not take the processor from that screen), or after [`CHECK_UNASKED`]. A damaged database
    /// is then not used: every command answers with the message that names the way out (Settings → Data →
    /// Restore…). A healthy one gets its daily backup in the background.
    pub fn finish_opening(&self) {
        let store = Store::open(&self.path);
        if let Ok(lang) = store
            .as_ref()
            .map_err(drop)
            .and_then(|s| s.language().map_err(drop))
        {
            *self.lang.lock().unwrap_or_else(PoisonError::into_inner) = lang;
        }
        let opened = store.is_ok();
        self.progress(|opening| {
            opening.store = Some(store);
            opening.checked = !opened;
        });
        if !opened {
            return;
        }
        drop(
            self.progressed
                .wait_timeout_while(self.lock(), CHECK_UNASKED, |opening| !opening.wanted)
                .unwrap_or_else(PoisonError::into_inner),
        );
        let verdict = Store::quick_check_file(&self.path);
        let healthy = verdict.is_ok();
        self.progress(|opening| {
            if let Err(damaged) = verdict {
                opening.store = Some(Err(damaged));
            }
            opening.checked = true;
        });
        if healthy {
            self.start_daily_backup();
        }
    }

    fn lock(&self) -> MutexGuard<'_, Opening> {
        self.opening.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn progress(&self, change: impl FnOnce(&mut Opening)) {
        change(&mut self.lock());
        self.progressed.notify_all();
    }

    /// The opening state once the database is open and, when `checked`, once its check has a verdict (which
    /// starts the check if it has not started).
    fn wait(&self, checked: bool) -> MutexGuard<'_, Opening> {
        let mut guard = self.lock();
        if checked && !guard.wanted {
            guard.wanted = true;
            self.progressed.notify_all();
        }
        self.progressed
            .wait_while(guard, |opening| {
                opening.store.is_none() || (checked && !opening.checked)
            })
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The desk's own database file (on a hub desk too: files of this machine are kept beside it).
    pub fn db_path(&self) -> &Path {
        &self.path
    }

    /// The folder beside the database that holds its backups.
    pub fn backups_dir(&self) -> PathBuf {
        council_core::backup::backups_dir(&self.path)
    }

    /// The daily automatic backup (keeping as many as Settings says), on a connection of its own so the
    /// window never waits for it. A failure is reported on stderr; the backups already made stay.
    pub fn start_daily_backup(&self) {
        let path = self.path.clone();
        let dir = self.backups_dir();
        let running = std::thread::spawn(move || {
            let made = Store::open(&path).and_then(|store| {
                let today = store.secretariat_today()?;
                let keep = store.backups_keep()? as usize;
                store.auto_backup(&dir, keep, today).map(drop)
            });
            if let Err(error) = made {
                eprintln!("Council Desk: the daily backup failed: {error}");
            }
        });
        *self
            .daily_backup
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(running);
    }

    /// The interface language errors are translated into.
    pub fn lang(&self) -> Lang {
        *self
            .lang
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Runs one core call on the checked store and turns its error into the IPC shape.
    pub fn with<T>(
        &self,
        call: impl FnOnce(&mut Store) -> CoreResult<T>,
    ) -> Result<T, ErrorPayload> {
        off_runtime(|| self.answer(self.wait(true), call))
    }

    /// For the reads the window opens with: once the database is open, without waiting for its start-up
    /// check. A database the check then finds damaged answers every later command with the way out, and
    /// the window asks for the verdict once its first screen is in (`startup_check`).
    pub fn with_first_screen<T>(
        &self,
        call: impl FnOnce(&mut Store) -> CoreResult<T>,
    ) -> Result<T, ErrorPayload> {
        off_runtime(|| self.answer(self.wait(false), call))
    }

    fn answer<T>(
        &self,
        mut opening: MutexGuard<'_, Opening>,
        call: impl FnOnce(&mut Store) -> CoreResult<T>,
    ) -> Result<T, ErrorPayload> {
        let lang = self.lang();
        match opening.store.as_mut() {
            Some(Ok(store)) => call(store).map_err(|error| error.payload(lang)),
            Some(Err(open_error)) => Err(open_error.payload(lang)),
            // wait() returns once the database is opened; this only keeps a panic from the IPC boundary.
            None => Err(CoreError::new(ErrorCode::Storage, "not open").payload(lang)),
        }
    }

    /// Restores `backup` over the database: closes the connection, lets the core verify and swap, then opens
    /// the result (the restored data, or the untouched current data when the backup was refused). Answers
    /// where the replaced data was kept and which attachments' content the restored data lacks.
    pub fn restore(&self, backup: &Path) -> Result<RestoreOutcome, ErrorPayload> {
        let mut opening = self.wait(true);
        let lang = self.lang();
        let daily_backup = self
            .daily_backup
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(running) = daily_backup {
            let _ = running.join();
        }
        // Dropping the store closes its connection, so SQLite folds the write-ahead log into the file.
        opening.store = Some(Err(CoreError::new(
            ErrorCode::Storage,
            "restoring a backup",
        )));
        let restored = Store::restore_from(backup, &self.path, &self.backups_dir());
        opening.store = Some(Store::open_checked(&self.path));
        restored.map_err(|error| error.payload(lang))
    }

    /// Keeps `path`, which the officer chose in an open dialog, and answers what the window may know of it.
    pub fn remember_chosen(&self, path: PathBuf) -> ChosenFile {
        let mut chosen = self.chosen.lock().unwrap_or_else(PoisonError::into_inner);
        chosen.issued += 1;
        let token = chosen.issued.to_string();
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        chosen.files.insert(token.clone(), path);
        ChosenFile { token, name }
    }

    /// The file chosen under `token`; a token this desk did not issue names no file.
    pub fn chosen(&self, token: &str) -> Result<PathBuf, ErrorPayload> {
        self.chosen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .files
            .get(token)
            .cloned()
            .ok_or_else(|| CoreError::not_found("file").payload(self.lang()))
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

/// Runs `call`, which may wait for the store (its mutex, the opening's condition variable) or hold it for a
/// long write: on a worker of the async runtime the commands run on, the worker's other tasks move to another
/// thread meanwhile, so one waiting command never stalls the others. Elsewhere it simply runs.
fn off_runtime<T>(call: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(runtime) if runtime.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(call)
        }
        _ => call(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use council_core::demo::{DemoOptions, Scale};

    use super::*;

    fn demo_database(dir: &Path) -> PathBuf {
        let path = dir.join("council.db");
        let mut store = Store::open(&path).unwrap();
        store
            .load_demo(&DemoOptions {
                scale: Scale::Small,
                seed: 11,
                today: "2026-11-29".parse().unwrap(),
            })
            .unwrap();
        path
    }

    #[test]
    fn the_first_screen_is_read_while_the_check_runs_and_everything_else_waits_for_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = demo_database(dir.path());
        let desk = Desk::opening(&path);
        // Open, check still running.
        desk.progress(|opening| opening.store = Some(Store::open(&path)));
        let reference = desk.with_first_screen(|store| store.reference()).unwrap();
        assert!(!reference.regions.is_empty());

        std::thread::scope(|scope| {
            let (answered, answer) = mpsc::channel();
            let desk = &desk;
            scope.spawn(move || answered.send(desk.with(|store| store.about())).unwrap());
            assert!(
                answer.recv_timeout(Duration::from_millis(200)).is_err(),
                "a command other than the first screen's answered before the check's verdict"
            );
            desk.progress(|opening| opening.checked = true);
            assert!(answer.recv().unwrap().is_ok());
        });
    }

    #[test]
    fn a_chosen_file_is_read_only_by_the_token_issued_for_it() {
        let desk = Desk::opening(Path::new("council.db"));
        let first = desk.remember_chosen(PathBuf::from("/home/officer/friday.council-backup"));
        let second = desk.remember_chosen(PathBuf::from("/home/officer/wg.ics"));
        assert_eq!(first.name, "friday.council-backup");
        assert_ne!(first.token, second.token);
        assert_eq!(
            desk.chosen(&second.token).unwrap(),
            PathBuf::from("/home/officer/wg.ics")
        );
        let unknown = desk.chosen("/etc/passwd").unwrap_err();
        assert_eq!(unknown.code, ErrorCode::NotFound);
    }

    #[test]
    fn the_check_waits_for_a_command_that_needs_it_and_then_starts() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::opening(&demo_database(dir.path()));
        std::thread::scope(|scope| {
            scope.spawn(|| desk.finish_opening());
            desk.with_first_screen(|store| store.reference()).unwrap();
            std::thread::sleep(Duration::from_millis(300));
            assert!(
                !desk.lock().checked,
                "the check started before anything needed it"
            );
            assert!(desk.with(|store| store.about()).is_ok());
            assert!(desk.lock().checked);
        });
    }

    #[test]
    fn a_database_damaged_deep_inside_opens_and_then_answers_with_the_way_out() {
        let dir = tempfile::tempdir().unwrap();
        let path = demo_database(dir.path());
        let mut bytes = std::fs::read(&path).unwrap();
        let len = bytes.len();
        // The last pages: past the schema and the reference data that opening reads.
        bytes[len - 3 * 4096..].fill(0xFF);
        std::fs::write(&path, &bytes).unwrap();

        let desk = Desk::opening(&path);
        let error = std::thread::scope(|scope| {
            scope.spawn(|| desk.finish_opening());
            desk.with(|store| store.about()).unwrap_err()
        });
        assert_eq!(error.code, ErrorCode::DatabaseDamaged, "{}", error.message);
        let error = desk
            .with_first_screen(|store| store.reference())
            .unwrap_err();
        assert_eq!(error.code, ErrorCode::DatabaseDamaged, "{}", error.message);
        // No daily backup of a damaged database.
        assert!(!desk.backups_dir().exists());
    }

    #[test]
    fn a_command_waiting_for_the_store_leaves_the_runtime_to_the_other_commands() {
        let dir = tempfile::tempdir().unwrap();
        let path = demo_database(dir.path());
        let desk = std::sync::Arc::new(Desk::opening(&path));
        // One worker: a command that held it while waiting would stall every other task.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .build()
            .unwrap();
        let (released, release) = mpsc::channel::<()>();
        let waiting = {
            let desk = std::sync::Arc::clone(&desk);
            runtime.spawn(async move { desk.with(|store| store.about()).map(|_| ()) })
        };
        // The database is still opening: the first command waits. Another task must still run.
        let other = runtime.spawn(async move { released.send(()).unwrap() });
        let ran = release.recv_timeout(std::time::Duration::from_secs(20));
        // Opened: the waiting command answers (also when the other task never ran, so the test ends).
        desk.progress(|opening| {
            opening.store = Some(Store::open(&path));
            opening.checked = true;
        });
        assert!(
            ran.is_ok(),
            "the other task did not run while a command waited"
        );
        runtime.block_on(async {
            other.await.unwrap();
            assert!(waiting.await.unwrap().is_ok());
        });
    }
}
