//! The exchange with other sites (Settings → Exchange, To review): this site and its card, peers added from
//! their cards, packages prepared for a peer and received from one, the values two sites changed differently.
//! Files are chosen in the native dialogs (see `dialogs`); the files themselves are `council-exchange`'s.

use std::path::{Path, PathBuf};

use council_core::paths::ChosenFile;
use council_core::session::Session;
use council_core::site::{
    PackagePreview, Peer, PeerView, ReceivedPackage, RecordOrigin, SentPackage, SiteInput, SiteView,
};
use council_core::store::ExchangeConflict;
use council_core::{CoreResult, Lang, LocalizedText, Store};
use council_exchange::fingerprint;
use tauri::{AppHandle, Manager, State};
use uuid::Uuid;

use super::Answer;
use crate::dialogs::{self, DialogStart};
use crate::state::Desk;

const CARD: (&str, &str) = ("Council Desk site card", "council-card");
const PACKAGE: (&str, &str) = ("Council Desk package", "council-package");

/// A dialog in the documents folder showing one kind of exchange file, proposing `file_name` (save dialogs).
fn start(
    app: &AppHandle,
    (format, extension): (&str, &'static str),
    file_name: Option<String>,
) -> DialogStart {
    DialogStart {
        directory: app.path().document_dir().ok(),
        file_name,
        filter: Some((format.to_owned(), vec![extension])),
    }
}

fn site_view(store: &Store) -> CoreResult<SiteView> {
    let site = store.site()?;
    let fingerprint = site.public_key.as_deref().map(fingerprint);
    Ok(SiteView { site, fingerprint })
}

fn peer_view(peer: Peer) -> PeerView {
    PeerView {
        fingerprint: fingerprint(&peer.public_key),
        peer,
    }
}

/// A file name for a site's file: its name in the window's language (or another when that one is missing),
/// without the characters a file name cannot hold, then `suffix`.
fn site_file_name(name: &LocalizedText, lang: Lang, suffix: &str) -> String {
    let name = [name.get(lang), &name.en, &name.ru, &name.uz]
        .into_iter()
        .find(|name| !name.trim().is_empty())
        .unwrap_or("site");
    let name: String = name
        .chars()
        .map(|c| {
            if "/\\:*?\"<>|".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    format!("{}{suffix}", name.trim())
}

pub async fn this_site(desk: State<'_, Desk>) -> Answer<SiteView> {
    desk.with(|store| site_view(store))
}

pub async fn name_site(desk: State<'_, Desk>, input: SiteInput) -> Answer<SiteView> {
    desk.with(|store| {
        store.name_site(&input)?;
        site_view(store)
    })
}

/// Asks where to save this site's card and writes it (making the site's keys the first time); the site with
/// its fingerprint, or `None` when cancelled.
pub async fn save_site_card(app: AppHandle, desk: State<'_, Desk>) -> Answer<Option<SiteView>> {
    let lang = desk.lang();
    let site = desk.with(|store| store.site())?;
    let name = site_file_name(&site.name, lang, &format!(".{}", CARD.1));
    let Some(out) = dialogs::save_file(start(&app, CARD, Some(name))).await else {
        return Ok(None);
    };
    desk.with(|store| {
        council_exchange::save_site_card(store, &out)?;
        site_view(store).map(Some)
    })
}

pub async fn list_peers(desk: State<'_, Desk>) -> Answer<Vec<PeerView>> {
    desk.with(|store| Ok(store.peers()?.into_iter().map(peer_view).collect()))
}

/// Asks for a peer's card and adds the peer (or renames one already added); `None` when cancelled.
pub async fn add_peer_from_card(app: AppHandle, desk: State<'_, Desk>) -> Answer<Option<PeerView>> {
    let Some(card) = dialogs::pick_file(start(&app, CARD, None)).await else {
        return Ok(None);
    };
    desk.with(|store| council_exchange::add_peer_from_card(store, &card))
        .map(|peer| Some(peer_view(peer)))
}

/// Asks where to save the next package for the peer `peer_id` (its name and number proposed) and writes it;
/// `None` when cancelled.
pub async fn prepare_package(
    app: AppHandle,
    desk: State<'_, Desk>,
    peer_id: Uuid,
) -> Answer<Option<SentPackage>> {
    let lang = desk.lang();
    let proposed = desk.with(|store| {
        let peer = store.peer(&peer_id.to_string())?;
        let suffix = format!(" {}.{}", peer.last_sent + 1, PACKAGE.1);
        Ok(site_file_name(&peer.name, lang, &suffix))
    })?;
    let Some(out) = dialogs::save_file(start(&app, PACKAGE, Some(proposed))).await else {
        return Ok(None);
    };
    let sent =
        desk.with(|store| council_exchange::prepare_package(store, &peer_id.to_string(), &out))?;
    Ok(Some(SentPackage {
        peer: sent.peer,
        number: sent.number,
        entries: i64::try_from(sent.entries).unwrap_or(i64::MAX),
        blobs: i64::try_from(sent.blobs).unwrap_or(i64::MAX),
        file: sent.path.display().to_string(),
        bytes: i64::try_from(sent.bytes).unwrap_or(i64::MAX),
    }))
}

fn receive(store: &mut Store, file: &Path, dry_run: bool) -> CoreResult<ReceivedPackage> {
    let received = council_exchange::receive_package(store, file, dry_run)?;
    Ok(ReceivedPackage {
        peer: received.peer,
        number: received.number,
        report: received.report,
    })
}

/// Asks for a package and answers what receiving it would do (a dry run: nothing changes); `None` when
/// cancelled. `receive_package` applies it when given the answered token.
pub async fn look_at_package(
    app: AppHandle,
    desk: State<'_, Desk>,
) -> Answer<Option<PackagePreview>> {
    let Some(path): Option<PathBuf> = dialogs::pick_file(start(&app, PACKAGE, None)).await else {
        return Ok(None);
    };
    let package = desk.with(|store| receive(store, &path, true))?;
    let file: ChosenFile = desk.remember_chosen(path);
    Ok(Some(PackagePreview { file, package }))
}

/// Receives the package chosen under `file` (a token of `look_at_package`): all of it, or (refused) nothing.
pub async fn receive_package(desk: State<'_, Desk>, file: String) -> Answer<ReceivedPackage> {
    let path = desk.chosen(&file)?;
    desk.with(|store| receive(store, &path, false))
}

pub async fn exchange_conflicts(desk: State<'_, Desk>) -> Answer<Vec<ExchangeConflict>> {
    desk.with(|store| store.exchange_conflicts())
}

/// Confirms the value kept, or (`swap`) puts the other value in its place.
pub async fn review_conflict(desk: State<'_, Desk>, id: Uuid, swap: bool) -> Answer<()> {
    desk.with(|store| store.review_conflict(&id.to_string(), swap))
}

pub async fn session_numbering_site(desk: State<'_, Desk>, session_id: Uuid) -> Answer<String> {
    desk.with(|store| store.session_numbering_site(&session_id.to_string()))
}

pub async fn hand_over_numbering(
    desk: State<'_, Desk>,
    session_id: Uuid,
    site_id: String,
) -> Answer<Session> {
    desk.with(|store| store.hand_over_numbering(&session_id.to_string(), &site_id))
}

pub async fn site_name_not_now(desk: State<'_, Desk>) -> Answer<()> {
    desk.with(Store::site_name_not_now)
}

pub async fn record_origin(
    desk: State<'_, Desk>,
    entity: String,
    id: Uuid,
) -> Answer<Option<RecordOrigin>> {
    desk.with(|store| store.record_origin(&entity, &id.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_proposed_under_the_sites_name_in_the_windows_language() {
        let name = LocalizedText {
            ru: "Москва / МИД".into(),
            uz: String::new(),
            en: "Moscow".into(),
        };
        assert_eq!(
            site_file_name(&name, Lang::Ru, " 3.council-package"),
            "Москва _ МИД 3.council-package"
        );
        // Without an Uzbek name, another language's.
        assert_eq!(
            site_file_name(&name, Lang::Uz, ".council-card"),
            "Moscow.council-card"
        );
    }
}
