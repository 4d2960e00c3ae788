//! `council exchange …`: packages of changes to and from peers, the state of the exchange, and the review
//! list of values two sites changed differently.

mod kinds;
mod progress;
mod receive;

use std::io::Write;
use std::path::PathBuf;

use clap::{ArgGroup, Subcommand};
use council_core::site::Site;
use council_core::store::ExchangeConflict;
use council_core::{CoreResult, Lang, Store};
use serde::Serialize;

use crate::output::{self, pick};
use crate::peers::PeerView;
use crate::sessions::localized;
use crate::site::SiteView;

#[derive(Debug, Subcommand)]
pub enum ExchangeCommand {
    /// Write the next package for a peer: every change it has not acknowledged, with the attachment contents
    /// they need, signed with this site's key.
    Prepare {
        /// The peer: its name in any language, or its id.
        #[arg(long, value_name = "PEER")]
        to: String,
        /// The package file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Receive a package from a peer and apply it; with --dry-run only tell what it would create and change.
    Receive {
        /// The package file.
        file: PathBuf,
        /// Change nothing; print what receiving the package would do.
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    /// This site, its peers with the last package sent and received and the changes waiting, and the number
    /// of conflicts to review.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// The values two sites changed differently, waiting for an officer's review.
    Conflicts {
        #[arg(long)]
        json: bool,
    },
    /// Hand the numbering of a session (its decisions and instructions) to another site, e.g. the laptop taken
    /// to the venue, or back; only the site that numbers the session now may do it.
    HandOver {
        /// The session: its id, or a council session's ordinal.
        #[arg(long, value_name = "KEY")]
        session: String,
        /// The site that numbers from now on: a peer's name in any language or its id, or this site.
        #[arg(long, value_name = "PEER")]
        to: String,
        #[arg(long)]
        json: bool,
    },
    /// Review a conflict: keep the value the rule kept, or swap in the other site's value.
    #[command(group(ArgGroup::new("choice").required(true).args(["keep", "swap"])))]
    Review {
        /// The conflict's id, as `council exchange conflicts` shows it.
        id: String,
        /// Keep the value the rule kept.
        #[arg(long)]
        keep: bool,
        /// Replace it with the other site's value (a change of this site, sent to the peers like any other).
        #[arg(long)]
        swap: bool,
        #[arg(long)]
        json: bool,
    },
}

/// What `exchange status --json` prints.
#[derive(Debug, Serialize)]
struct Status {
    site: SiteView,
    peers: Vec<PeerView>,
    /// Conflicts waiting for review.
    conflicts: usize,
}

/// What `exchange hand-over --json` prints.
#[derive(Debug, Serialize)]
struct HandedOver {
    session: String,
    numbering_site: String,
}

/// What `exchange review --json` prints.
#[derive(Debug, Serialize)]
struct Reviewed {
    id: String,
    swapped: bool,
}

pub fn run(
    command: ExchangeCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        ExchangeCommand::Prepare {
            to,
            out: file,
            json,
        } => {
            let prepared = council_exchange::prepare_package(store, &to, &file)?;
            if json {
                return output::json(out, &prepared);
            }
            let peer = localized(lang, &prepared.peer.name);
            let number = prepared.number;
            output::lines(
                out,
                &[
                    match lang {
                        Lang::Ru => format!(
                            "Пакет {number} для секретариата «{peer}»: {}",
                            file.display()
                        ),
                        Lang::Uz => format!("«{peer}» uchun {number}-paket: {}", file.display()),
                        Lang::En => format!("Package {number} for {peer}: {}", file.display()),
                    },
                    format!(
                        "{}: {}",
                        pick(lang, "изменений", "oʻzgarishlar", "changes"),
                        prepared.entries
                    ),
                    format!(
                        "{}: {}",
                        pick(
                            lang,
                            "файлов вложений",
                            "ilova fayllari",
                            "attachment contents"
                        ),
                        prepared.blobs
                    ),
                    format!(
                        "{}: {} {}",
                        pick(lang, "размер", "hajmi", "size"),
                        prepared.bytes,
                        pick(lang, "байт", "bayt", "bytes")
                    ),
                ],
            )
        }
        ExchangeCommand::Receive {
            file,
            dry_run,
            json,
        } => receive::run(&file, dry_run, json, store, lang, out),
        ExchangeCommand::Status { json } => {
            let status = Status {
                site: SiteView::of(store.site()?),
                peers: store.peers()?.into_iter().map(PeerView::of).collect(),
                conflicts: store.exchange_conflicts()?.len(),
            };
            if json {
                return output::json(out, &status);
            }
            output::lines(
                out,
                &[
                    format!(
                        "{}: {}",
                        pick(lang, "этот секретариат", "ushbu kotibiyat", "this site"),
                        crate::site::describe(&status.site.site, lang)
                    ),
                    crate::site::fingerprint_line(status.site.fingerprint.as_deref(), lang),
                ],
            )?;
            if status.peers.is_empty() {
                output::lines(
                    out,
                    &[pick(
                        lang,
                        "узлов для обмена нет: council peers add КАРТОЧКА",
                        "almashinuv hamkorlari yoʻq: council peers add KARTOCHKA",
                        "no peers yet: council peers add CARD",
                    )
                    .to_owned()],
                )?;
            }
            crate::peers::listing(out, false, &status.peers, lang)?;
            output::lines(
                out,
                &[format!("{}: {}", conflicts_label(lang), status.conflicts)],
            )
        }
        ExchangeCommand::Conflicts { json } => {
            let conflicts = store.exchange_conflicts()?;
            let names = SiteNames::of(store)?;
            output::listing(out, json, &conflicts, |c| conflict_row(c, &names, lang))
        }
        ExchangeCommand::HandOver { session, to, json } => {
            let own = store.site()?;
            let to = if [own.id.as_str(), &own.name.ru, &own.name.uz, &own.name.en]
                .iter()
                .any(|name| name.to_lowercase() == to.trim().to_lowercase())
            {
                own.id
            } else {
                council_exchange::find_peer(store, &to)?.id
            };
            let session = store.hand_over_numbering(&session, &to)?;
            if json {
                return output::json(
                    out,
                    &HandedOver {
                        session: session.id.to_string(),
                        numbering_site: to,
                    },
                );
            }
            let names = SiteNames::of(store)?;
            let handed = pick(
                lang,
                "нумерацию решений и поручений ведёт",
                "qaror va topshiriqlarni raqamlaydi",
                "decisions and instructions are numbered by",
            );
            output::lines(
                out,
                &[format!(
                    "{}: {handed} {}",
                    session.id,
                    names.name(&to, lang)
                )],
            )
        }
        ExchangeCommand::Review { id, swap, json, .. } => {
            store.review_conflict(&id, swap)?;
            if json {
                return output::json(out, &Reviewed { id, swapped: swap });
            }
            let done = if swap {
                pick(
                    lang,
                    "заменено значением другого секретариата",
                    "boshqa kotibiyat qiymati bilan almashtirildi",
                    "swapped",
                )
            } else {
                pick(
                    lang,
                    "оставлено как есть",
                    "oʻzgarishsiz qoldirildi",
                    "kept",
                )
            };
            output::lines(out, &[format!("{id}: {done}")])
        }
    }
}

/// One conflict: id, kind, record, field, the value kept and its site, the other value and its site.
fn conflict_row(conflict: &ExchangeConflict, names: &SiteNames, lang: Lang) -> Vec<String> {
    let value = |value: &Option<String>| value.clone().unwrap_or_else(|| "null".to_owned());
    vec![
        conflict.id.clone(),
        kinds::name(&conflict.kind, lang).to_owned(),
        conflict.record_id.clone(),
        conflict.field.clone(),
        format!(
            "{}: {} ({})",
            pick(lang, "оставлено", "qoldirildi", "kept"),
            value(&conflict.kept),
            names.name(&conflict.kept_site, lang)
        ),
        format!(
            "{}: {} ({})",
            pick(lang, "другое", "boshqasi", "other"),
            value(&conflict.other),
            names.name(&conflict.other_site, lang)
        ),
    ]
}

/// The sites this database knows by id (itself and its peers), to name them in what is printed.
pub struct SiteNames {
    site: Site,
    peers: Vec<PeerView>,
}

impl SiteNames {
    pub fn of(store: &Store) -> CoreResult<SiteNames> {
        Ok(SiteNames {
            site: store.site()?,
            peers: store.peers()?.into_iter().map(PeerView::of).collect(),
        })
    }

    /// The site's name in `lang`, or its id when this database does not know it.
    pub fn name(&self, id: &str, lang: Lang) -> String {
        if id == self.site.id && self.site.named {
            return localized(lang, &self.site.name);
        }
        self.peers
            .iter()
            .find(|view| view.peer.id == id)
            .map_or_else(|| id.to_owned(), |view| localized(lang, &view.peer.name))
    }
}

/// "Conflicts to review", as the status and a received package's report say it.
fn conflicts_label(lang: Lang) -> &'static str {
    pick(
        lang,
        "конфликтов на проверку",
        "koʻrib chiqiladigan ziddiyatlar",
        "conflicts to review",
    )
}
