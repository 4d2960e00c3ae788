//! The exchange between sites, as the store keeps it: this site and its peers, the log of changes made here
//! or received (captured from every write transaction), what each peer has acknowledged, applying a peer's
//! changes, and the review list of fields two sites changed differently. The package file, its signature
//! and the site cards live in the `council-exchange` crate; this module is the SQL side.

mod baseline;
mod capture;
mod guard;
mod merge;
mod origin;
mod receive;
mod review;
mod rule;
mod site;
mod tables;
mod trash;

use crate::officer::Role;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

pub(in crate::store) use capture::Capture;
pub use receive::Receiving;
pub use review::ExchangeConflict;
pub(in crate::store) use site::ensure_site;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::site::{ChangeEntry, Vector};
use crate::store::Store;

/// What this site holds: per site of origin, the highest change number in the log. Read by hopping from
/// one origin to the next in the log's `(origin, seq)` index (every write asks: a few lookups, not a scan).
fn held_vector(conn: &Connection) -> CoreResult<Vector> {
    let mut next = conn.prepare_cached(
        "SELECT origin, (SELECT max(seq) FROM exchange_log l WHERE l.origin = e.origin)
         FROM exchange_log e WHERE origin > ?1 ORDER BY origin LIMIT 1",
    )?;
    let mut vector = Vector::new();
    let mut after = String::new();
    while let Some((origin, seq)) = next
        .query_row(params![after], |row| {
            Ok((row.get::<_, String>(0)?, row.get(1)?))
        })
        .optional()?
    {
        vector.insert(origin.clone(), seq);
        after = origin;
    }
    Ok(vector)
}

/// What `peer` said it holds, as of its last package.
fn acked_vector(conn: &Connection, peer: &str) -> CoreResult<Vector> {
    let acked: Option<String> = conn
        .query_row(
            "SELECT acked FROM peers WHERE id = ?1",
            params![peer],
            |row| row.get(0),
        )
        .optional()?;
    let acked = acked.ok_or_else(|| CoreError::new(ErrorCode::PeerUnknown, peer))?;
    Ok(serde_json::from_str(&acked).unwrap_or_default())
}

/// Takes note of what a peer holds; what it acknowledged never goes back (an older package's receipts
/// cannot make this site send everything again, nor less).
fn raise_acked(tx: &Transaction, peer: &str, receipts: &Vector) -> CoreResult<()> {
    let mut acked = acked_vector(tx, peer)?;
    for (origin, seq) in receipts {
        let known = acked.entry(origin.clone()).or_default();
        *known = (*known).max(*seq);
    }
    tx.execute(
        "UPDATE peers SET acked = ?2 WHERE id = ?1",
        params![peer, serde_json::to_string(&acked)?],
    )?;
    Ok(())
}

/// A package about to be made for a peer: its number and what it acknowledges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// The package's number (one more than the last one made for this peer).
    pub number: i64,
    /// What this site holds, so the peer knows what not to send again.
    pub receipts: Vector,
    /// How many changes it will carry.
    pub entries: u64,
    /// The attachment contents the changes need, by SHA-256 (each once).
    pub blobs: Vec<String>,
    /// The last change of the log the package carries (changes made after the plan wait for the next one).
    pub through: i64,
}

impl Store {
    /// What the next package for `peer` holds, without making it: its number, receipts, the number of
    /// changes and the attachment contents they need.
    pub fn plan_package(&self, peer: &str) -> CoreResult<Outgoing> {
        let acked = acked_vector(&self.conn, peer)?;
        let last_sent: i64 = self.conn.query_row(
            "SELECT last_sent FROM peers WHERE id = ?1",
            params![peer],
            |row| row.get(0),
        )?;
        let mut entries = 0;
        let mut blobs = std::collections::BTreeSet::new();
        let through: i64 = self.conn.query_row(
            "SELECT coalesce(max(pos), 0) FROM exchange_log",
            [],
            |row| row.get(0),
        )?;
        self.for_each_outgoing(peer, &acked, through, |entry| {
            entries += 1;
            capture::attachment_contents(&entry.changeset, &mut blobs)
        })?;
        Ok(Outgoing {
            number: last_sent + 1,
            receipts: self.held_vector()?,
            entries,
            blobs: blobs.into_iter().collect(),
            through,
        })
    }

    /// Passes each change `peer` has not acknowledged to `each`, in the order this site received them, up
    /// to the plan's last change (`through`).
    pub fn outgoing_changes(
        &self,
        peer: &str,
        through: i64,
        each: impl FnMut(ChangeEntry) -> CoreResult<()>,
    ) -> CoreResult<()> {
        let acked = acked_vector(&self.conn, peer)?;
        self.for_each_outgoing(peer, &acked, through, each)
    }

    /// Where the content of an attachment with this SHA-256 is kept, if it is here.
    #[must_use]
    pub fn attachment_content(&self, sha256: &str) -> Option<std::path::PathBuf> {
        crate::attachment::blob::blob_path(&self.attachments_dir(), sha256)
            .filter(|path| path.is_file())
    }

    fn for_each_outgoing(
        &self,
        peer: &str,
        acked: &Vector,
        through: i64,
        mut each: impl FnMut(ChangeEntry) -> CoreResult<()>,
    ) -> CoreResult<()> {
        // The log is in order of arrival; the first change the peer lacks bounds the scan.
        let mut first_pos: Option<i64> = None;
        for (origin, held) in self.held_vector()? {
            let known = acked.get(&origin).copied().unwrap_or(0);
            if origin == peer || held <= known {
                continue;
            }
            let pos: i64 = self
                .conn
                .prepare_cached("SELECT min(pos) FROM exchange_log WHERE origin = ?1 AND seq > ?2")?
                .query_row(params![origin, known], |row| row.get(0))?;
            first_pos = Some(first_pos.map_or(pos, |p| p.min(pos)));
        }
        let Some(first_pos) = first_pos else {
            return Ok(());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT origin, seq, at, changeset, audit, seen FROM exchange_log
             WHERE pos >= ?2 AND pos <= ?3 AND origin <> ?1 ORDER BY pos",
        )?;
        let mut rows = stmt.query(params![peer, first_pos, through])?;
        while let Some(row) = rows.next()? {
            let origin: String = row.get(0)?;
            let seq: i64 = row.get(1)?;
            if seq <= acked.get(&origin).copied().unwrap_or(0) {
                continue;
            }
            each(ChangeEntry {
                origin,
                seq,
                at: row.get(2)?,
                changeset: row.get(3)?,
                audit: row.get(4)?,
                seen: serde_json::from_str(&row.get::<_, String>(5)?).unwrap_or_default(),
            })?;
        }
        Ok(())
    }

    /// Records that package `number` was made for `peer` (after its file was written whole).
    pub fn package_sent(&mut self, peer: &str, number: i64) -> CoreResult<()> {
        self.write_local(Role::Head, |tx, _| {
            tx.execute(
                "UPDATE peers SET last_sent = max(last_sent, ?2), last_sent_at = ?3 WHERE id = ?1",
                params![peer, number, crate::time::now_text()],
            )?;
            Ok(())
        })
    }

    /// The id of this database's site.
    #[must_use]
    pub fn site_id(&self) -> &str {
        &self.site_id
    }
}
