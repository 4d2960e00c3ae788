//! `council peers …`: the sites this one exchanges packages with, each added once from its card.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;
use council_core::site::Peer;
use council_core::{CoreResult, Lang, Store};
use serde::Serialize;

use crate::output::{self, pick};
use crate::sessions::localized;

#[derive(Debug, Subcommand)]
pub enum PeersCommand {
    /// Add the site whose card this is (adding it again renames it; its key never changes). Compare the
    /// fingerprint printed with the one the other secretariat reads out over the phone.
    Add {
        /// The site card file the other secretariat sent.
        card: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// The peers: name, country, key fingerprint, last package sent and received, changes waiting for each.
    List {
        #[arg(long)]
        json: bool,
    },
}

/// A peer as the CLI shows it: with its key's fingerprint.
#[derive(Debug, Serialize)]
pub struct PeerView {
    #[serde(flatten)]
    pub peer: Peer,
    pub fingerprint: String,
}

impl PeerView {
    pub fn of(peer: Peer) -> PeerView {
        let fingerprint = council_exchange::fingerprint(&peer.public_key);
        PeerView { peer, fingerprint }
    }
}

pub fn run(
    command: PeersCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        PeersCommand::Add { card, json } => {
            let view = PeerView::of(council_exchange::add_peer_from_card(store, &card)?);
            if json {
                return output::json(out, &view);
            }
            let peer = &view.peer;
            output::lines(
                out,
                &[
                    format!(
                        "{} ({})  {}",
                        localized(lang, &peer.name),
                        peer.country.code(),
                        peer.id
                    ),
                    format!(
                        "{}: {}",
                        pick(
                            lang,
                            "отпечаток карточки (сверьте с тем, что зачитает другой секретариат)",
                            "kartochka kalit izi (boshqa kotibiyat oʻqib bergani bilan solishtiring)",
                            "the card's fingerprint (compare it with what the other secretariat reads out)",
                        ),
                        view.fingerprint
                    ),
                ],
            )
        }
        PeersCommand::List { json } => {
            let peers: Vec<PeerView> = store.peers()?.into_iter().map(PeerView::of).collect();
            listing(out, json, &peers, lang)
        }
    }
}

/// The peers, one row each: name, country, fingerprint, last sent, last received (with its date), waiting.
pub fn listing(out: &mut dyn Write, json: bool, peers: &[PeerView], lang: Lang) -> CoreResult<()> {
    output::listing(out, json, peers, |view| {
        let peer = &view.peer;
        let sent = match &peer.last_sent_at {
            Some(at) if peer.last_sent > 0 => format!("{} ({})", peer.last_sent, minute(at)),
            _ => peer.last_sent.to_string(),
        };
        let received = match &peer.last_received_at {
            Some(at) if peer.last_received > 0 => {
                format!("{} ({})", peer.last_received, minute(at))
            }
            _ => peer.last_received.to_string(),
        };
        vec![
            localized(lang, &peer.name),
            peer.country.code().to_owned(),
            view.fingerprint.clone(),
            format!("{}: {sent}", pick(lang, "отправлен", "yuborilgan", "sent")),
            format!(
                "{}: {received}",
                pick(lang, "получен", "qabul qilingan", "received")
            ),
            format!(
                "{}: {}",
                pick(lang, "ждут отправки", "yuborilishini kutmoqda", "waiting"),
                peer.waiting
            ),
        ]
    })
}

/// A UTC instant to the minute, as people read it: `2026-12-07 12:35 UTC`.
fn minute(at: &str) -> String {
    match at.get(..16) {
        Some(prefix) if at.len() > 16 => format!("{} UTC", prefix.replacen('T', " ", 1)),
        _ => at.to_owned(),
    }
}
