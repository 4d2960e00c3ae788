//! The exchange with other sites that needs no dialog: this site, its peers, what receiving a package does
//! (the receive itself, which tells the window its progress, and choosing files are the desktop's:
//! `src-tauri/src/commands/exchange.rs`), the values two sites changed differently, the numbering of a
//! session. The files themselves are `council-exchange`'s.

use std::path::Path;

use council_core::session::Session;
use council_core::site::{Peer, PeerView, ReceivedPackage, RecordOrigin, SiteInput, SiteView};
use council_core::store::ExchangeConflict;
use council_core::{CoreResult, Store};
use council_exchange::{ReceiveProgress, fingerprint};
use uuid::Uuid;

use super::Answer;
use crate::Desk;

/// This site with the fingerprint of its key, once it has one.
pub fn site_view(store: &Store) -> CoreResult<SiteView> {
    let site = store.site()?;
    let fingerprint = site.public_key.as_deref().map(fingerprint);
    Ok(SiteView { site, fingerprint })
}

/// A peer with the fingerprint of its key.
#[must_use]
pub fn peer_view(peer: Peer) -> PeerView {
    PeerView {
        fingerprint: fingerprint(&peer.public_key),
        peer,
    }
}

/// Receives (or, `dry_run`, looks at) the package in `file`.
pub fn receive(store: &mut Store, file: &Path, dry_run: bool) -> CoreResult<ReceivedPackage> {
    receive_telling(store, file, dry_run, |_| {})
}

/// [`receive`], telling `progress` how many of the package's changes are done as it goes.
pub fn receive_telling(
    store: &mut Store,
    file: &Path,
    dry_run: bool,
    progress: impl FnMut(ReceiveProgress),
) -> CoreResult<ReceivedPackage> {
    let received = council_exchange::receive_package_with_progress(store, file, dry_run, progress)?;
    Ok(ReceivedPackage {
        peer: received.peer,
        number: received.number,
        report: received.report,
    })
}

pub fn this_site(desk: &Desk) -> Answer<SiteView> {
    desk.with(|store| site_view(store))
}

pub fn name_site(desk: &Desk, input: SiteInput) -> Answer<SiteView> {
    desk.with(|store| {
        store.name_site(&input)?;
        site_view(store)
    })
}

pub fn list_peers(desk: &Desk) -> Answer<Vec<PeerView>> {
    desk.with(|store| Ok(store.peers()?.into_iter().map(peer_view).collect()))
}

pub fn exchange_conflicts(desk: &Desk) -> Answer<Vec<ExchangeConflict>> {
    desk.with(|store| store.exchange_conflicts())
}

/// Confirms the value kept, or (`swap`) puts the other value in its place.
pub fn review_conflict(desk: &Desk, id: Uuid, swap: bool) -> Answer<()> {
    desk.with(|store| store.review_conflict(&id.to_string(), swap))
}

pub fn session_numbering_site(desk: &Desk, session_id: Uuid) -> Answer<String> {
    desk.with(|store| store.session_numbering_site(&session_id.to_string()))
}

pub fn hand_over_numbering(desk: &Desk, session_id: Uuid, site_id: String) -> Answer<Session> {
    desk.with(|store| store.hand_over_numbering(&session_id.to_string(), &site_id))
}

pub fn site_name_not_now(desk: &Desk) -> Answer<()> {
    desk.with(Store::site_name_not_now)
}

pub fn record_origin(desk: &Desk, entity: String, id: Uuid) -> Answer<Option<RecordOrigin>> {
    desk.with(|store| store.record_origin(&entity, &id.to_string()))
}
