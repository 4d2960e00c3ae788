//! The SQLite store: the only place SQL lives.
//!
//! Opening a store sets the connection up (WAL, foreign keys, a busy timeout, full sync so an acknowledged
//! write survives a crash), applies pending migrations atomically, then loads the shipped reference data.
//! Every change runs in one immediate transaction together with its audit row.

mod agenda;
mod agreements;
mod attachments;
mod audit;
mod backup;
mod bodies;
mod control;
mod decisions;
mod demo;
mod exchange;
mod first_start;
mod hold;
mod holidays;
mod imports;
mod indicators;
mod instruction_edits;
mod instruction_history;
mod instructions;
mod migrations;
mod number_order;
pub(super) mod numbering;
mod officers;
mod opening;
mod pairing_activity;
mod pairing_records;
mod pairings;
mod people;
mod portfolio;
mod projects;
#[cfg(feature = "bench")]
mod raw_bench;
mod record_kind;
mod regions;
mod reminders;
mod scheduling;
mod search;
mod series;
mod sessions;
mod settings;
mod stale;
mod trash;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::officer::{Actor, Role};

pub use audit::{AuditAction, AuditEntry, AuditFilter};
pub use exchange::{ExchangeConflict, Outgoing, Receiving};
pub use imports::{BatchOutcome, SessionImport};
pub use migrations::SCHEMA_VERSION;
pub use opening::{DASHBOARD_OVERDUE, DASHBOARD_SESSIONS, Dashboard, Reference};
pub use pairings::PairingFilter;
#[cfg(feature = "bench")]
pub use raw_bench::{RawControl, RawRow};
pub use scheduling::SessionDraft;
pub use series::{DatedConflicts, SeriesInput, SeriesOccurrence, SeriesPreview, SessionSeries};
pub use settings::{About, BACKUPS_KEEP_RANGE, DEFAULT_BACKUPS_KEEP};
pub use trash::TrashEntry;

/// An open Council Desk database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The OS user, named by the changes made without an officer (before accounts, received numbering).
    actor: Actor,
    /// The officer signed in on this store, if any (see [`officers`]).
    signed_in: Option<uuid::Uuid>,
    /// This database's site (see [`exchange`]).
    site_id: String,
    /// The files this connection opened, checked around every write (see [`hold`]).
    hold: hold::Hold,
}

impl Store {
    /// Opens (creating when missing) the database at `path` and brings it to the current schema.
    pub fn open(path: &Path) -> CoreResult<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        let mut store = Store {
            conn: connect(path)?,
            path: path.to_path_buf(),
            actor: Actor {
                os_user: os_user(),
                ..Actor::default()
            },
            signed_in: None,
            site_id: String::new(),
            hold: hold::Hold::default(),
        };
        migrations::apply(&mut store.conn)?;
        store.site_id = exchange::ensure_site(&store.conn)?;
        store.actor.site.clone_from(&store.site_id);
        store.load_reference_data()?;
        // The connection has read the database, so SQLite has opened its log and shared memory.
        store.hold = hold::Hold::take(path);
        Ok(store)
    }

    /// The file this store was opened from.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> CoreResult<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }

    /// Runs `work` in one immediate transaction, for an officer whose role allows `need` (asked inside it:
    /// `officers::authorize`); it commits only when `work` succeeds. What it changes in the shared records is
    /// captured into the exchange log in the same transaction. Every write use case goes through here or
    /// [`Store::write_local`], so none exists without the role it needs.
    fn write<T>(
        &mut self,
        need: Role,
        work: impl FnOnce(&Transaction, &Actor) -> CoreResult<T>,
    ) -> CoreResult<T> {
        let site = self.site_id.clone();
        self.write_local(need, |tx, actor| {
            let capture = exchange::Capture::start(tx)?;
            let value = work(tx, actor)?;
            capture.finish(tx, &site)?;
            Ok(value)
        })
    }

    /// Like [`Store::write`], for what belongs to this site alone and never travels (the site's name and
    /// peers, its accounts, its settings).
    fn write_local<T>(
        &mut self,
        need: Role,
        work: impl FnOnce(&Transaction, &Actor) -> CoreResult<T>,
    ) -> CoreResult<T> {
        let (base, signed_in) = (self.actor.clone(), self.signed_in);
        self.write_unchecked(|tx| {
            let actor = officers::authorize(tx, &base, signed_in, need)?;
            work(tx, &actor)
        })
    }

    /// One immediate transaction with no role asked: only for what no officer does (the shipped reference
    /// data every open loads, the sign-in's count of wrong passwords).
    fn write_unchecked<T>(
        &mut self,
        work: impl FnOnce(&Transaction) -> CoreResult<T>,
    ) -> CoreResult<T> {
        self.ensure_held()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = work(&tx)?;
        tx.commit()?;
        self.confirm_held()?;
        Ok(value)
    }

    /// Makes sure a write about to start goes into the files other processes read: takes SQLite's lock
    /// again (by opening the connection anew) when this process lost it with the files still in place, and
    /// refuses when the files were replaced.
    fn ensure_held(&mut self) -> CoreResult<()> {
        match self.hold.verdict(&self.path) {
            hold::Verdict::Held => return Ok(()),
            hold::Verdict::Detached(why) => return Err(self.detach(&why)),
            hold::Verdict::LockLost => {}
        }
        // The old connection is closed first: while it is open, SQLite counts this process as holding the
        // lock and a new connection would not take it again. It must not checkpoint on its way out.
        let fresh = Connection::open_in_memory()?;
        let old = std::mem::replace(&mut self.conn, fresh);
        old.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
        drop(old);
        self.conn = connect(&self.path)?;
        match self.hold.verdict(&self.path) {
            // Still not shown: another connection of this process keeps SQLite from taking the lock again.
            // The files are the live ones, so the write is safe: a process that folds and deletes the log
            // first copies every frame in it, and a log deleted before the next write refuses that write.
            hold::Verdict::Held | hold::Verdict::LockLost => Ok(()),
            hold::Verdict::Detached(why) => Err(self.detach(&why)),
        }
    }

    /// After a commit: the change is acknowledged only if it went into the files other processes read.
    fn confirm_held(&self) -> CoreResult<()> {
        match self.hold.verdict(&self.path) {
            hold::Verdict::Detached(why) => Err(self.detach(&why)),
            hold::Verdict::Held | hold::Verdict::LockLost => Ok(()),
        }
    }

    /// Stops this connection from touching files it no longer owns: closing it will not checkpoint (which
    /// would delete the log and shared memory another process now uses, found by their path).
    fn detach(&self, why: &str) -> CoreError {
        let _ = self
            .conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
        hold::detached(why)
    }
    /// Loads shipped regions, sectors and holidays that are not there yet; never touches existing rows.
    /// Whether any is missing is asked first with a read, so an open that finds them all (every open but the
    /// first of a new version) takes no write lock, and reading works while another process writes.
    fn load_reference_data(&mut self) -> CoreResult<()> {
        let regions = crate::region::shipped_regions()?;
        let sectors = crate::sector::shipped_sectors()?;
        let holidays = crate::holiday::shipped_holidays()?;
        if !regions::shipped_missing(&self.conn, &regions, &sectors)?
            && !holidays::shipped_missing(&self.conn, &holidays)?
        {
            return Ok(());
        }
        self.write_unchecked(|tx| {
            regions::insert_shipped(tx, &regions)?;
            regions::insert_shipped_sectors(tx, &sectors)?;
            holidays::insert_shipped(tx, &holidays)
        })
    }
}

/// A connection to the database at `path`, set up as every store's is: WAL, full sync so an acknowledged
/// write survives a crash, foreign keys, a busy timeout, and the search functions the triggers call.
fn connect(path: &Path) -> CoreResult<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    // Room for every statement the screens repeat (the control list alone prepares one per combination
    // of filters in use), so none is parsed again while the app runs.
    conn.set_prepared_statement_cache_capacity(64);
    // A file that is not a database fails here, on the first read, with a storage error.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // SQLite's default page cache is 2 MB; at ten years of data (400 MB) the indexes one screen reads no
    // longer fit, and every question re-reads its pages from the OS. 32 MB holds them; it fills only as
    // far as the database is read, so a small database costs nothing more.
    conn.pragma_update(None, "cache_size", -32_768)?;
    search::register_functions(&conn)?;
    attachments::register_functions(&conn)?;
    number_order::register_functions(&conn)?;
    Ok(conn)
}

/// The OS user name recorded in the audit history.
fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
        .unwrap_or_else(|| "unknown".to_owned())
}

/// Turns a "no rows" result into a typed `not_found` for `what`.
fn found<T>(result: rusqlite::Result<T>, what: &str) -> CoreResult<T> {
    match result {
        Err(rusqlite::Error::QueryReturnedNoRows) => Err(CoreError::not_found(what)),
        other => Ok(other?),
    }
}

/// Refuses a database whose schema is newer than this build knows.
fn schema_too_new(found: i64) -> CoreError {
    CoreError::new(ErrorCode::SchemaTooNew, found.to_string())
}
