//! Sites: the registers that exchange their work. Every database belongs to one site (a standalone desk or
//! an office hub); other sites it exchanges packages with are its peers. What travels between them is a
//! [`ChangeEntry`] per write transaction, numbered by the site where it was made.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::LocalizedText;
use crate::region::Country;

/// This database's site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Site {
    /// Stable id (UUID), given once when the database first opened with sites.
    pub id: String,
    pub name: LocalizedText,
    /// The secretariat's country; absent until the site is named.
    pub country: Option<Country>,
    /// Whether an officer has named the site (an existing database is given an unnamed one by its upgrade).
    pub named: bool,
    /// The public half of the signing key, hex; absent until the first card or package is made.
    pub public_key: Option<String>,
}

/// What an officer says about this site when naming it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SiteInput {
    pub name: LocalizedText,
    pub country: Country,
}

impl SiteInput {
    /// The name must be given in at least one language; the others are flagged missing where shown.
    pub fn validate(&self) -> CoreResult<()> {
        if [&self.name.ru, &self.name.uz, &self.name.en]
            .iter()
            .all(|name| name.trim().is_empty())
        {
            return Err(CoreError::new(ErrorCode::Required, "name").on("name"));
        }
        Ok(())
    }
}

/// A site this one exchanges packages with, met once through its card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Peer {
    pub id: String,
    pub name: LocalizedText,
    pub country: Country,
    /// Ed25519 public key, hex (64 characters).
    pub public_key: String,
    /// UTC instant the card was added.
    pub added_at: String,
    /// Number of the last package prepared for this peer (0 when none).
    pub last_sent: i64,
    /// UTC instant the last package for this peer was prepared, if any.
    pub last_sent_at: Option<String>,
    /// Number of the last package received from this peer and applied (0 when none).
    pub last_received: i64,
    /// UTC instant of the last package received, if any.
    pub last_received_at: Option<String>,
    /// Changes this site holds that the peer has not acknowledged yet.
    pub waiting: i64,
}

/// Where a record was made, when that is another site: the record pages say "from the Moscow secretariat".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordOrigin {
    /// The site's id.
    pub site: String,
    /// Its names, when it is a peer of this site (a site met only through a peer has none here).
    pub name: Option<LocalizedText>,
    /// UTC instant the record was made there.
    pub at: String,
}

/// How far a site's changes go: for each origin site, the highest change number held (or acknowledged).
pub type Vector = BTreeMap<String, i64>;

/// One write transaction's changes to the shared records, as it travels between sites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeEntry {
    /// The site where the change was made.
    pub origin: String,
    /// Its number there: 1, 2, 3, … without gaps.
    pub seq: i64,
    /// UTC instant it was made.
    pub at: String,
    /// SQLite session changeset of the shared tables.
    pub changeset: Vec<u8>,
    /// The audit rows the change wrote, as a JSON array (see the store's exchange module).
    pub audit: String,
    /// What its site held of every other site when it was made (empty for a change made before sites kept
    /// it): a write this vector covers is one the change knew of.
    #[serde(default)]
    pub seen: Vector,
}

/// What applying a package did, or would do (a dry run).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApplyReport {
    /// Changes applied now.
    pub applied: i64,
    /// Changes this site already held (a package sent twice, or relayed by two peers).
    pub already_held: i64,
    /// Changes kept aside because an earlier change of their site has not arrived.
    pub waiting: i64,
    /// Records created, by kind (`pairing`, `instruction`, …).
    pub created: BTreeMap<String, i64>,
    /// Records changed, by kind.
    pub changed: BTreeMap<String, i64>,
    /// Values where both sites changed the same field: kept on the review list.
    pub conflicts: i64,
    /// The first missing change per origin site when some wait (origin id → number).
    pub missing: BTreeMap<String, i64>,
    /// The first package from this peer that never arrived, when this one skips some; its changes came in
    /// this one (every package carries all the peer has not acknowledged).
    pub missed_package: Option<i64>,
    /// Records of the sessions this site numbers, made on another site, that got their numbers now.
    pub numbered: i64,
}

/// This site as the exchange screens show it: with the fingerprint of its key, in groups of four hex digits
/// to read aloud over the phone (absent until the site has a key: its first card or package makes one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SiteView {
    pub site: Site,
    pub fingerprint: Option<String>,
}

/// A peer as the exchange screens show it: with the fingerprint of its key, to compare with what its
/// officer reads aloud.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PeerView {
    pub peer: Peer,
    pub fingerprint: String,
}

/// A package written for a peer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SentPackage {
    pub peer: Peer,
    pub number: i64,
    /// Changes it carries.
    pub entries: i64,
    /// Attachment contents it carries.
    pub blobs: i64,
    /// The file written.
    pub file: String,
    /// Its size in bytes.
    pub bytes: i64,
}

/// A package received from a peer, or (a dry run) what receiving it would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReceivedPackage {
    /// The peer that sent it.
    pub peer: Peer,
    pub number: i64,
    pub report: ApplyReport,
}

/// A package file the officer chose, with what receiving it would do; nothing is applied until the file's
/// token is handed back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PackagePreview {
    pub file: crate::paths::ChosenFile,
    pub package: ReceivedPackage,
}

/// How far the window's receive of a package has come: `done` of the package's `total` changes (the
/// `package-progress` event while it applies).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct PackageProgress {
    pub done: i64,
    pub total: i64,
}
