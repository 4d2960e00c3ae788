//! The fixed rule every site applies alike when two sites changed the same field: the owner-wins rule.
//!
//! A write (a field's change, or a row's making) is a change `(site, seq)` with its instant and its *rank*:
//! how many of the row owner's changes its site had seen when it was made (the owner's own writes rank by
//! their own number). Of two writes the greater `(rank, instant, site)` wins. This is the rule:
//! - one write knew of the other: it wins. Its rank is not lower (it saw all the other saw, and the owner's
//!   number grows), and its instant is later: a change is stamped after every write of the fields it
//!   changes ([`causal_at`]), even when the other site's clock runs ahead;
//! - concurrent, one by the owner: the owner's wins (the other had not seen it, so ranks lower);
//! - concurrent, neither the owner's, or no owner known: the later, then the greater site id; first, though,
//!   the one that had seen more of the owner's changes (without it three sites could decide in a circle:
//!   A's edit beats the owner's it saw, the owner's beats B's, B's later one beats A's).
//!
//! One order over all writes of a field, so every site ends with the same value whatever order packages
//! come in; and it never lets an older value undo a change that knew of it.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::CoreResult;
use crate::site::{ChangeEntry, Vector};

/// A change as the rule needs it: its site and number, its instant, and what it had seen.
#[derive(Debug, Clone, Copy)]
pub(super) struct Change<'a> {
    pub(super) origin: &'a str,
    pub(super) seq: i64,
    pub(super) at: &'a str,
    pub(super) seen: &'a Vector,
}

impl<'a> From<&'a ChangeEntry> for Change<'a> {
    fn from(entry: &'a ChangeEntry) -> Change<'a> {
        Change {
            origin: &entry.origin,
            seq: entry.seq,
            at: &entry.at,
            seen: &entry.seen,
        }
    }
}

impl Change<'_> {
    /// Whether this change was made knowing of `write` (its site held it).
    pub(super) fn knew_of(&self, write: &Write) -> bool {
        if write.site == self.origin {
            write.seq < self.seq
        } else {
            self.seen.get(&write.site).copied().unwrap_or(0) >= write.seq
        }
    }

    /// This change's write of a field of the row `(table, key)`.
    pub(super) fn write_of(&self, conn: &Connection, table: &str, key: &str) -> CoreResult<Write> {
        let owner = owner_of(conn, table, key)?;
        Ok(self.write_for(owner.as_deref()))
    }

    /// This change's write of a field of a row made by `owner`.
    pub(super) fn write_for(&self, owner: Option<&str>) -> Write {
        let rank = match owner {
            Some(owner) if owner == self.origin => self.seq,
            Some(owner) => self.seen.get(owner).copied().unwrap_or(0),
            None => 0,
        };
        Write {
            site: self.origin.to_owned(),
            seq: self.seq,
            at: self.at.to_owned(),
            rank,
        }
    }
}

/// A write of a field as the rule compares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Write {
    pub(super) site: String,
    pub(super) seq: i64,
    pub(super) at: String,
    /// How many of the row owner's changes its site had seen (`field_writers.owner_seen`).
    pub(super) rank: i64,
}

impl Write {
    /// A field whose writer is not known here: any write that comes wins over it.
    pub(super) fn unknown(site: &str) -> Write {
        Write {
            site: site.to_owned(),
            seq: 0,
            at: String::new(),
            rank: 0,
        }
    }

    /// Whether this write wins over `other`.
    pub(super) fn beats(&self, other: &Write) -> bool {
        (self.rank, self.at.as_str(), self.site.as_str())
            > (other.rank, other.at.as_str(), other.site.as_str())
    }
}

/// The site that made the row, if known.
pub(super) fn owner_of(conn: &Connection, table: &str, key: &str) -> CoreResult<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT owner FROM record_sites WHERE tbl = ?1 AND record_key = ?2")?
        .query_row(params![table, key], |row| row.get(0))
        .optional()?)
}

/// The write a field holds here: its last change, or the row's making.
pub(super) fn writer_of(
    conn: &Connection,
    table: &str,
    key: &str,
    field: usize,
) -> CoreResult<Option<Write>> {
    let changed = conn
        .prepare_cached(
            "SELECT site, seq, at, owner_seen FROM field_writers
             WHERE tbl = ?1 AND record_key = ?2 AND field = ?3",
        )?
        .query_row(params![table, key, field as i64], |row| {
            Ok(Write {
                site: row.get(0)?,
                seq: row.get(1)?,
                at: row.get(2)?,
                rank: row.get(3)?,
            })
        })
        .optional()?;
    if changed.is_some() {
        return Ok(changed);
    }
    Ok(conn
        .prepare_cached(
            "SELECT owner, seq, at FROM record_sites WHERE tbl = ?1 AND record_key = ?2",
        )?
        .query_row(params![table, key], |row| {
            let seq = row.get(1)?;
            Ok(Write {
                site: row.get(0)?,
                seq,
                at: row.get(2)?,
                rank: seq,
            })
        })
        .optional()?)
}

/// The instant a change made here now is stamped with: now, or just after the latest write of the fields
/// it changes when that is later (another site's clock ran ahead), so that it wins over what it knew of.
pub(super) fn causal_at(now: String, latest_known: Option<String>) -> String {
    let Some(latest) = latest_known.filter(|latest| *latest >= now) else {
        return now;
    };
    crate::time::parse_instant_text(&latest).map_or(now, |instant| {
        crate::time::instant_text(instant + chrono::Duration::milliseconds(1))
    })
}
