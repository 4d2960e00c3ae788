//! `council_number_key(number)`: the numeric order of cited numbers, for `ORDER BY` (see
//! [`crate::number_order`]).

use rusqlite::Connection;
use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;

use crate::number_order::sort_key;

/// Registers `council_number_key(text)` on `conn`: the text's [`sort_key`]; NULL and non-text stay as
/// they are compared by SQLite.
pub(super) fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8
        | FunctionFlags::SQLITE_DETERMINISTIC
        | FunctionFlags::SQLITE_INNOCUOUS;
    conn.create_scalar_function("council_number_key", 1, flags, |ctx| {
        Ok(match ctx.get_raw(0) {
            ValueRef::Text(bytes) => Some(sort_key(&String::from_utf8_lossy(bytes))),
            _ => None,
        })
    })
}
