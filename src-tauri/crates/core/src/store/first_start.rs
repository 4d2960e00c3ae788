//! The first start of a desk: whether the register is still empty, and the demonstration register offered then.

use std::path::Path;

use super::Store;
use crate::demo::{DemoOptions, Scale};
use crate::error::{CoreError, CoreResult, ErrorCode};

impl Store {
    /// Whether the register holds nothing an officer entered yet (the shipped regions, sectors, holidays and
    /// indicators do not count; their values do): the desk is at its first start.
    pub fn register_is_empty(&self) -> CoreResult<bool> {
        Ok(self.conn.query_row(
            "SELECT NOT (EXISTS (SELECT 1 FROM pairings) OR EXISTS (SELECT 1 FROM sessions)
                 OR EXISTS (SELECT 1 FROM bodies) OR EXISTS (SELECT 1 FROM people)
                 OR EXISTS (SELECT 1 FROM instructions) OR EXISTS (SELECT 1 FROM indicator_values))",
            [],
            |row| row.get(0),
        )?)
    }

    /// Makes the demonstration register at `path` (the year of demonstration data around the secretariat's
    /// date, marked as a demonstration), or keeps the one made before. A database there that is not a
    /// demonstration is never touched: `database_not_empty`.
    pub fn prepare_demonstration(path: &Path) -> CoreResult<()> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        let mut store = Store::open(path)?;
        if store.register_is_empty()? {
            let today = store.secretariat_today()?;
            store.load_demo(&DemoOptions {
                scale: Scale::Small,
                seed: 1,
                today,
            })?;
            store.mark_demonstration()?;
        } else if !store.is_demonstration()? {
            return Err(CoreError::new(ErrorCode::DatabaseNotEmpty, ""));
        }
        Ok(())
    }
}
