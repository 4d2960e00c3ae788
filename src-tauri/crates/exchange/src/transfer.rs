//! Preparing a package for a peer and receiving one: the files of [`crate::package`] over the store's log.

use std::fs::File;
use std::path::{Path, PathBuf};

use council_core::site::{ApplyReport, Peer};
use council_core::time::now_text;
use council_core::{CoreError, CoreResult, ErrorCode, SCHEMA_VERSION, Store};
use serde::Serialize;

use crate::meeting::named_site;
use crate::package::{PACKAGE_FORMAT, PackageFile, PackageHeader, PackageWriter, Record};

/// A package made for a peer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PreparedPackage {
    pub peer: Peer,
    pub number: i64,
    /// Changes it carries.
    pub entries: u64,
    /// Attachment contents it carries.
    pub blobs: u64,
    pub path: PathBuf,
    /// Size of the file in bytes.
    pub bytes: u64,
}

/// A package received (or, in a dry run, looked at).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReceivedPackage {
    pub peer: Peer,
    pub number: i64,
    pub report: ApplyReport,
}

/// The peer named by id, or by a name in any language (case-insensitive).
pub fn find_peer(store: &Store, name: &str) -> CoreResult<Peer> {
    let wanted = name.trim().to_lowercase();
    store
        .peers()?
        .into_iter()
        .find(|peer| {
            peer.id == name.trim()
                || [&peer.name.ru, &peer.name.uz, &peer.name.en]
                    .iter()
                    .any(|n| n.to_lowercase() == wanted)
        })
        .ok_or_else(|| CoreError::not_found(name.trim()).on("peer"))
}

/// Writes the next package for `peer` to `out`: every change it has not acknowledged, the attachment contents
/// they need, and what this site holds; signed with this site's key. The file appears whole or not at all.
pub fn prepare_package(store: &mut Store, peer: &str, out: &Path) -> CoreResult<PreparedPackage> {
    // Packages are the head's, like everything of the exchange; asked before the file is written.
    store.require_role(council_core::officer::Role::Head)?;
    let (site, keys) = named_site(store)?;
    let peer = find_peer(store, peer)?;
    let plan = store.plan_package(&peer.id)?;
    let header = PackageHeader {
        format: PACKAGE_FORMAT,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        schema_version: SCHEMA_VERSION,
        from: site.id,
        to: peer.id.clone(),
        number: plan.number,
        created_at: now_text(),
        receipts: plan.receipts.clone(),
        entries: plan.entries,
        blobs: plan.blobs.len() as u64,
    };
    let mut writer = PackageWriter::create(out, header, &keys)?;
    store.outgoing_changes(&peer.id, plan.through, |entry| writer.add_entry(&entry))?;
    for sha256 in &plan.blobs {
        let path = store
            .attachment_content(sha256)
            .ok_or_else(|| CoreError::new(ErrorCode::AttachmentMissing, sha256.clone()))?;
        let mut content = File::open(&path)?;
        let len = content.metadata()?.len();
        writer.add_blob(sha256, len, &mut content)?;
    }
    writer.finish()?;
    store.package_sent(&peer.id, plan.number)?;
    Ok(PreparedPackage {
        peer: store.peer(&peer.id)?,
        number: plan.number,
        entries: plan.entries,
        blobs: plan.blobs.len() as u64,
        path: out.to_path_buf(),
        bytes: std::fs::metadata(out)?.len(),
    })
}

/// Receives the package at `path`: checks it is for this site, from a peer, signed by that peer's key and
/// not received before, then applies it in one transaction (or, with `dry_run`, only reports what it would
/// change). Any refusal changes nothing.
pub fn receive_package(
    store: &mut Store,
    path: &Path,
    dry_run: bool,
) -> CoreResult<ReceivedPackage> {
    let file = PackageFile::open(path)?;
    let header = file.header().clone();
    let peer = store
        .peer(&header.from)
        .map_err(|_| CoreError::new(ErrorCode::PeerUnknown, header.from.clone()))?;
    if header.to != store.site_id() {
        return Err(CoreError::new(
            ErrorCode::PackageForOtherSite,
            header.to.clone(),
        ));
    }
    file.verify(&peer.public_key)?;
    // The store refuses a package received before (`package_replayed`), inside its transaction.
    let mut report = store.receive_package(
        &peer.id,
        header.number,
        &header.receipts,
        dry_run,
        |receiving| {
            file.for_each(|record| match record {
                Record::Entry(entry) => receiving.entry(entry),
                Record::Blob {
                    sha256, content, ..
                } => receiving.blob(&sha256, content),
            })
        },
    )?;
    if header.number > peer.last_received + 1 {
        report.missed_package = Some(peer.last_received + 1);
    }
    Ok(ReceivedPackage {
        peer: store.peer(&peer.id)?,
        number: header.number,
        report,
    })
}
