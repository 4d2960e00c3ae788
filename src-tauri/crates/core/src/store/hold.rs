//! The store's hold on its database files, checked around every write.
//!
//! SQLite's locks on Unix are POSIX advisory locks, which belong to the process, and closing *any*
//! descriptor of a file releases all of them. Code in the process that opens and closes the database file
//! or its `-shm` (a file dialog guessing the type of the files it shows did) silently takes away the lock
//! that tells other processes this one is still reading. The next `council` process to close then thinks it
//! is the last, checkpoints and deletes the `-wal` and `-shm`, and this store goes on writing into the
//! deleted files: acknowledged work that vanishes when the app closes.
//!
//! The desktop runs its file dialogs in a process of their own so this cannot happen; this check is the
//! safety net. Before a write the store makes sure it still holds its lock on the database and on its
//! shared memory (Linux: `/proc/locks`) and that the `-wal` and `-shm` at the database's path are still the
//! files it opened (compared by path with `stat`, which opens nothing). A lost lock with the files still in
//! place is mended by opening the connection again (its frames are in the live log, so nothing is lost);
//! replaced files stop every further write with `database_detached`, and the connection will not checkpoint
//! on close, so closing it cannot delete the files another process now uses. After each commit the files
//! are checked again: a change that went into a deleted log is reported, not acknowledged.
//!
//! On Windows locks belong to handles, so a stray close releases nothing and the check has nothing to do.

use std::path::{Path, PathBuf};

use crate::error::{CoreError, ErrorCode};

/// A file's identity: device and inode. Two paths with the same identity are the same file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileId {
    dev: u64,
    ino: u64,
}

/// What the store opened: the identities of its database, log and shared-memory files.
#[derive(Debug, Clone, Default)]
pub(super) struct Hold {
    db: Option<FileId>,
    wal: Option<FileId>,
    shm: Option<FileId>,
    /// Whether the kernel's table of locks shows this process's locks on these files: it did when they were
    /// noted. On a file system that names its files differently there (some overlay or subvolume set-ups),
    /// only the files' identities are checked, never a lock that merely looks lost.
    locks_visible: bool,
}

/// What a check of the hold found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Verdict {
    /// The store holds its lock and its files: writing is safe.
    Held,
    /// The files are the ones opened, but this process no longer holds SQLite's lock on them: reopening the
    /// connection takes the lock again, and nothing written so far is lost.
    LockLost,
    /// The log or shared memory at the database's path is not the file this connection writes to.
    Detached(String),
}

fn sibling(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.file_name().map(ToOwned::to_owned).unwrap_or_default();
    name.push(suffix);
    db.with_file_name(name)
}

#[cfg(unix)]
fn identity(path: &Path) -> Option<FileId> {
    use std::os::unix::fs::MetadataExt;
    // `metadata` is stat(2) by path: no descriptor is opened, so none is closed.
    std::fs::metadata(path).ok().map(|meta| FileId {
        dev: meta.dev(),
        ino: meta.ino(),
    })
}

#[cfg(not(unix))]
fn identity(_path: &Path) -> Option<FileId> {
    None
}

impl Hold {
    /// Notes the files of the database at `db` as they are now, once the connection has read from it (so
    /// SQLite has opened its log and shared memory).
    pub(super) fn take(db: &Path) -> Hold {
        let mut hold = Hold {
            db: identity(db),
            wal: identity(&sibling(db, "-wal")),
            shm: identity(&sibling(db, "-shm")),
            locks_visible: false,
        };
        hold.locks_visible = locks::held_by_this_process(&[hold.db, hold.shm]) == Some(true);
        hold
    }

    /// Whether the files at `db`'s path are still those noted, and this process still holds its locks.
    pub(super) fn verdict(&self, db: &Path) -> Verdict {
        for (noted, path, what) in [
            (self.db, db.to_path_buf(), "database file"),
            (self.wal, sibling(db, "-wal"), "-wal"),
            (self.shm, sibling(db, "-shm"), "-shm"),
        ] {
            // Nothing noted (a store still opening, or a system without inodes): nothing to compare.
            let Some(noted) = noted else { continue };
            if identity(&path) != Some(noted) {
                return Verdict::Detached(format!("{what} replaced or deleted"));
            }
        }
        if self.locks_visible && locks::held_by_this_process(&[self.db, self.shm]) == Some(false) {
            Verdict::LockLost
        } else {
            Verdict::Held
        }
    }
}

/// The error every write answers once the store is detached from its files.
pub(super) fn detached(why: &str) -> CoreError {
    CoreError::new(ErrorCode::DatabaseDetached, why)
}

/// Reading the kernel's table of locks.
mod locks {
    use super::FileId;

    /// Whether this process holds a POSIX lock on each of `files` (those noted); `None` where the system
    /// does not say (no `/proc/locks`).
    #[cfg(target_os = "linux")]
    pub(super) fn held_by_this_process(files: &[Option<FileId>]) -> Option<bool> {
        let table = std::fs::read_to_string("/proc/locks").ok()?;
        let pid = std::process::id();
        Some(files.iter().flatten().all(|file| holds(&table, pid, *file)))
    }

    #[cfg(not(target_os = "linux"))]
    pub(super) fn held_by_this_process(_files: &[Option<FileId>]) -> Option<bool> {
        None
    }

    /// Whether a line of the lock table `table` is a POSIX lock of `pid` on `file`. A line reads
    /// `1: POSIX  ADVISORY  READ 4242 fd:01:1234567 1073741826 1073742335` (device as hex major:minor);
    /// a lock someone waits for carries `->` and is not held.
    pub(super) fn holds(table: &str, pid: u32, file: FileId) -> bool {
        let wanted_device = format!("{:02x}:{:02x}", major(file.dev), minor(file.dev));
        // A device number stat(2) gives that the table writes otherwise would only make locks look lost:
        // `take` then finds none and the check is not used.
        table.lines().any(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let [_, kind, _, _, owner, where_, ..] = fields.as_slice() else {
                return false;
            };
            if *kind != "POSIX" || owner.parse::<u32>().ok() != Some(pid) {
                return false;
            }
            let Some((device, inode)) = where_.rsplit_once(':') else {
                return false;
            };
            inode.parse::<u64>().ok() == Some(file.ino) && device == wanted_device
        })
    }

    /// The major number of a Linux device number (glibc's `gnu_dev_major`).
    fn major(dev: u64) -> u64 {
        ((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff)
    }

    /// The minor number of a Linux device number (glibc's `gnu_dev_minor`).
    fn minor(dev: u64) -> u64 {
        (dev & 0xff) | ((dev >> 12) & !0xff)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        const TABLE: &str = "\
1: POSIX  ADVISORY  READ 4242 fd:01:1234567 1073741826 1073742335
2: POSIX  ADVISORY  READ 4242 08:02:7654321 128 128
3: OFDLCK ADVISORY  READ -1 fd:01:555 0 EOF
4: POSIX  ADVISORY  WRITE 99 fd:01:1234567 1073741824 1073741824
5: -> POSIX  ADVISORY  WRITE 4242 fd:01:888 0 EOF
";

        fn file(major: u64, minor: u64, ino: u64) -> FileId {
            FileId {
                dev: (major << 8) | minor,
                ino,
            }
        }

        #[test]
        fn a_lock_counts_only_for_its_process_file_and_device() {
            assert!(holds(TABLE, 4242, file(0xfd, 1, 1_234_567)));
            assert!(holds(TABLE, 4242, file(8, 2, 7_654_321)));
            assert!(!holds(TABLE, 4243, file(0xfd, 1, 1_234_567)), "another pid");
            assert!(!holds(TABLE, 4242, file(8, 1, 1_234_567)), "another device");
            assert!(!holds(TABLE, 4242, file(0xfd, 1, 555)), "an OFD lock");
            assert!(!holds(TABLE, 4242, file(0xfd, 1, 888)), "a lock waited for");
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn files(dir: &Path) -> PathBuf {
        let db = dir.join("council.db");
        for path in [db.clone(), sibling(&db, "-wal"), sibling(&db, "-shm")] {
            std::fs::write(path, b"").unwrap();
        }
        db
    }

    #[test]
    fn files_nobody_locks_are_held_as_long_as_they_are_the_same_files() {
        let dir = tempfile::tempdir().unwrap();
        let db = files(dir.path());
        // No lock was ever shown for them: a lock that looks lost is never reported.
        let hold = Hold::take(&db);
        assert!(!hold.locks_visible);
        assert_eq!(hold.verdict(&db), Verdict::Held);

        // Another file put in its place (made while the first still exists, so it is surely another inode).
        std::fs::write(sibling(&db, "-wal.new"), b"").unwrap();
        std::fs::rename(sibling(&db, "-wal.new"), sibling(&db, "-wal")).unwrap();
        assert_eq!(
            hold.verdict(&db),
            Verdict::Detached("-wal replaced or deleted".to_owned())
        );
        std::fs::remove_file(sibling(&db, "-shm")).unwrap();
        let hold = Hold {
            wal: identity(&sibling(&db, "-wal")),
            ..hold
        };
        assert_eq!(
            hold.verdict(&db),
            Verdict::Detached("-shm replaced or deleted".to_owned())
        );
    }

    #[test]
    fn a_store_still_opening_has_nothing_to_compare() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            Hold::default().verdict(&dir.path().join("none.db")),
            Verdict::Held
        );
    }
}
