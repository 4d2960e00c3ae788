//! Settings shared by both front doors (the interface language, …).

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Store;
use crate::error::CoreResult;
use crate::lang::Lang;

/// What Settings → About shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct About {
    /// The version of Council Desk.
    pub version: String,
    /// Where the database file lives.
    pub db_path: String,
    pub schema_version: i64,
    pub language: Lang,
}

impl Store {
    /// The facts Settings → About shows.
    pub fn about(&self) -> CoreResult<About> {
        Ok(About {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            db_path: self.path().display().to_string(),
            schema_version: self.schema_version()?,
            language: self.language()?,
        })
    }

    /// The interface language; Russian until someone chooses another.
    pub fn language(&self) -> CoreResult<Lang> {
        let code: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'language'",
                [],
                |row| row.get(0),
            )
            .optional()?;
        Ok(code.as_deref().and_then(Lang::parse).unwrap_or_default())
    }

    /// Remembers the interface language.
    pub fn set_language(&mut self, lang: Lang) -> CoreResult<()> {
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES ('language', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![lang.code()],
            )?;
            Ok(())
        })
    }
}
