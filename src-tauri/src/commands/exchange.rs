//! The exchange with other sites (Settings → Exchange, To review): this site and its card, peers added from
//! their cards, packages prepared for a peer and received from one, the values two sites changed differently.
//! Files are chosen in the native dialogs (see `dialogs`); the files themselves are `council-exchange`'s.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use council_core::paths::ChosenFile;
use council_core::site::{
    PackagePreview, PackageProgress, PeerView, ReceivedPackage, SentPackage, SiteView,
};
use council_core::{Lang, LocalizedText};
use council_exchange::ReceiveProgress;
use tauri::{AppHandle, Emitter, Manager, State};
use uuid::Uuid;

use super::Answer;
use crate::dialogs::{self, DialogStart};
use council_surface::Desk;
use council_surface::commands::exchange::{peer_view, receive, receive_telling, site_view};

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

/// Applies the package chosen under `file` (a token of `look_at_package`): all of it, or (refused) nothing.
/// While it applies, the main window hears `package-progress` ([`PackageProgress`]) at the pace of [`Pace`].
pub async fn receive_package(
    app: AppHandle,
    desk: State<'_, Desk>,
    file: String,
) -> Answer<ReceivedPackage> {
    let path = desk.chosen(&file)?;
    let mut pace = Pace::new(Instant::now());
    desk.with(|store| {
        receive_telling(store, &path, false, |progress| {
            if pace.due(Instant::now(), progress) {
                let told = PackageProgress {
                    done: i64::try_from(progress.done).unwrap_or(i64::MAX),
                    total: i64::try_from(progress.total).unwrap_or(i64::MAX),
                };
                // A window that misses one hears the next; the receive goes on either way.
                let _ = app.emit_to("main", "package-progress", told);
            }
        })
    })
}

/// A receive shorter than this tells the window nothing: it shows its plain indicator.
const MOMENT: Duration = Duration::from_millis(300);
/// After the moment, the window is told at most this often (ten times a second), and of the last change.
const STEP: Duration = Duration::from_millis(100);

/// When the window is next told how far a receive has come.
struct Pace {
    started: Instant,
    told: Option<Instant>,
}

impl Pace {
    fn new(started: Instant) -> Pace {
        Pace {
            started,
            told: None,
        }
    }

    /// Whether `progress`, reached at `now`, is to be told (and then counts as told).
    fn due(&mut self, now: Instant, progress: ReceiveProgress) -> bool {
        let last = progress.done >= progress.total;
        let fresh = self.told.is_some_and(|at| now.duration_since(at) < STEP);
        if now.duration_since(self.started) < MOMENT || (fresh && !last) {
            return false;
        }
        self.told = Some(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_hears_of_a_receive_after_a_moment_ten_times_a_second_and_at_its_end() {
        let start = Instant::now();
        let mut pace = Pace::new(start);
        let at = |ms: u64| start + Duration::from_millis(ms);
        let of = |done: u64| ReceiveProgress {
            done,
            total: 15_000,
        };
        // Within the moment, nothing (the plain indicator is enough).
        assert!(!pace.due(at(0), of(0)));
        assert!(!pace.due(at(299), of(900)));
        // Then at most every tenth of a second, however many changes are done in between.
        let told: Vec<u64> = (300..=1_000)
            .step_by(10)
            .filter(|&ms| pace.due(at(ms), of(ms * 10)))
            .collect();
        assert_eq!(told, [300, 400, 500, 600, 700, 800, 900, 1_000]);
        // The last change is told even when the previous was a moment ago.
        assert!(!pace.due(at(1_050), of(14_999)));
        assert!(pace.due(at(1_060), of(15_000)));
    }

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
