//! Where the database lives.
//!
//! Both front doors resolve it the same way: an explicit path (the CLI's `--db`) wins, then the `COUNCIL_DB`
//! environment variable, then `council.db` in the per-user app-data directory
//! (on Linux `~/.local/share/org.councildesk.desk/council.db`).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The application identifier; also the name of the app-data directory.
pub const APP_ID: &str = "org.councildesk.desk";

/// The environment variable that names the database file.
pub const DB_ENV: &str = "COUNCIL_DB";

/// The database file name inside the app-data directory.
pub const DB_FILE: &str = "council.db";

/// A file the officer chose in a native dialog, as the window knows it: the file's name to show, and a token
/// the desktop keeps the path under. The window never names a path to read: it hands the token back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChosenFile {
    pub token: String,
    /// The file's name, without its folder.
    pub name: String,
}

/// The demonstration register offered at the first start: a database of its own in a folder of its own
/// beside `db` (so its daily backups never mix with the real register's).
#[must_use]
pub fn demonstration_db(db: &Path) -> PathBuf {
    db.parent()
        .unwrap_or_else(|| Path::new("."))
        .join("demonstration")
        .join(DB_FILE)
}

/// The per-user app-data directory of Council Desk, when the OS has one.
#[must_use]
pub fn default_data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join(APP_ID))
}

/// Chooses the database path: `explicit`, else a non-empty `env_value`, else `data_dir/council.db`.
#[must_use]
pub fn resolve_db_path(
    explicit: Option<&Path>,
    env_value: Option<OsString>,
    data_dir: Option<&Path>,
) -> Option<PathBuf> {
    explicit
        .map(Path::to_path_buf)
        .or_else(|| {
            env_value
                .filter(|value| !value.is_empty())
                .map(PathBuf::from)
        })
        .or_else(|| data_dir.map(|dir| dir.join(DB_FILE)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_path_wins_over_environment_and_default() {
        let chosen = resolve_db_path(
            Some(Path::new("/tmp/a.db")),
            Some("/tmp/b.db".into()),
            Some(Path::new("/home/x/.local/share/app")),
        );
        assert_eq!(chosen, Some(PathBuf::from("/tmp/a.db")));
    }

    #[test]
    fn environment_wins_over_default_unless_empty() {
        let data = Path::new("/home/x/.local/share/app");
        assert_eq!(
            resolve_db_path(None, Some("/tmp/b.db".into()), Some(data)),
            Some(PathBuf::from("/tmp/b.db"))
        );
        assert_eq!(
            resolve_db_path(None, Some(OsString::new()), Some(data)),
            Some(data.join("council.db"))
        );
    }

    #[test]
    fn default_is_in_the_app_data_directory() {
        let dir = default_data_dir().expect("a data directory");
        assert!(dir.ends_with(APP_ID));
    }
}
