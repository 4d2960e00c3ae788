//! `council exchange receive FILE [--dry-run]`: what a package created and changed (or would), by kind, the
//! conflicts it put on the review list, the changes kept until an earlier one arrives, a missed package.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::Path;

use council_core::store::ExchangeConflict;
use council_core::{CoreResult, Lang, Store};
use council_exchange::ReceivedPackage;
use serde::Serialize;

use super::progress::ProgressLine;
use super::{SiteNames, conflict_row, kinds};
use crate::output::{self, pick};
use crate::sessions::localized;

/// What `exchange receive --json` prints.
#[derive(Debug, Serialize)]
struct Received {
    #[serde(flatten)]
    package: ReceivedPackage,
    /// Nothing was changed: this is what receiving it would do.
    dry_run: bool,
    /// The conflicts this package put on the review list (none in a dry run).
    review: Vec<ExchangeConflict>,
}

pub fn run(
    file: &Path,
    dry_run: bool,
    json: bool,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    let before: HashSet<String> = store
        .exchange_conflicts()?
        .into_iter()
        .map(|conflict| conflict.id)
        .collect();
    let mut progress = ProgressLine::on_terminal(lang);
    let received = council_exchange::receive_package_with_progress(store, file, dry_run, |done| {
        if let Some(line) = progress.as_mut() {
            line.show(done);
        }
    });
    if let Some(line) = &progress {
        line.clear();
    }
    let received = received?;
    let review: Vec<ExchangeConflict> = store
        .exchange_conflicts()?
        .into_iter()
        .filter(|conflict| !before.contains(&conflict.id))
        .collect();
    let received = Received {
        package: received,
        dry_run,
        review,
    };
    if json {
        return output::json(out, &received);
    }
    let names = SiteNames::of(store)?;
    output::lines(out, &describe(&received, &names, lang))?;
    output::listing(out, false, &received.review, |c| {
        conflict_row(c, &names, lang)
    })
}

/// The lines people read: a heading, the changes, what was created and changed, conflicts, what waits.
fn describe(received: &Received, names: &SiteNames, lang: Lang) -> Vec<String> {
    let ReceivedPackage {
        peer,
        number,
        report,
    } = &received.package;
    let peer_name = localized(lang, &peer.name);
    let mut lines = vec![match (lang, received.dry_run) {
        (Lang::Ru, false) => format!("Пакет {number} от секретариата «{peer_name}» получен."),
        (Lang::Uz, false) => format!("«{peer_name}» kotibiyatidan {number}-paket qabul qilindi."),
        (Lang::En, false) => format!("Package {number} from {peer_name} received."),
        (Lang::Ru, true) => format!(
            "Пакет {number} от секретариата «{peer_name}»: что он изменит (пробный прогон, ничего не изменено)."
        ),
        (Lang::Uz, true) => format!(
            "«{peer_name}» kotibiyatidan {number}-paket: nimani oʻzgartiradi (sinov, hech narsa oʻzgartirilmadi)."
        ),
        (Lang::En, true) => format!(
            "Package {number} from {peer_name}: what it would do (dry run, nothing was changed)."
        ),
    }];
    lines.push(format!(
        "{}: {}; {}: {}",
        pick(lang, "новых изменений", "yangi oʻzgarishlar", "new changes"),
        report.applied,
        pick(lang, "уже были здесь", "allaqachon bor edi", "already held"),
        report.already_held
    ));
    lines.extend(by_kind(
        &report.created,
        pick(lang, "создано", "yaratildi", "created"),
        lang,
    ));
    lines.extend(by_kind(
        &report.changed,
        pick(lang, "изменено", "oʻzgartirildi", "changed"),
        lang,
    ));
    lines.push(format!(
        "{}: {}",
        super::conflicts_label(lang),
        report.conflicts
    ));
    if report.waiting > 0 {
        lines.push(format!(
            "{}: {}",
            pick(
                lang,
                "изменений ждут более раннего",
                "oldingisini kutayotgan oʻzgarishlar",
                "changes kept until an earlier one arrives"
            ),
            report.waiting
        ));
    }
    for (origin, seq) in &report.missing {
        let site = names.name(origin, lang);
        lines.push(match lang {
            Lang::Ru => format!("не хватает изменения {seq} секретариата «{site}»"),
            Lang::Uz => format!("«{site}» kotibiyatining {seq}-oʻzgarishi yetishmayapti"),
            Lang::En => format!("change {seq} of {site} is missing"),
        });
    }
    if let Some(missed) = report.missed_package {
        lines.push(match lang {
            Lang::Ru => format!(
                "Пакет {missed} от секретариата «{peer_name}» не приходил; его изменения пришли в этом."
            ),
            Lang::Uz => format!(
                "«{peer_name}» kotibiyatidan {missed}-paket kelmagan; uning oʻzgarishlari shu paketda keldi."
            ),
            Lang::En => format!(
                "Package {missed} from {peer_name} never arrived; its changes came in this one."
            ),
        });
    }
    lines
}

/// `created:` then one indented line per kind, `  Instruction  60`, aligned; nothing when the map is empty.
fn by_kind(counts: &BTreeMap<String, i64>, label: &str, lang: Lang) -> Vec<String> {
    if counts.is_empty() {
        return Vec::new();
    }
    let names: Vec<(&str, i64)> = counts
        .iter()
        .map(|(kind, count)| (kinds::name(kind, lang), *count))
        .collect();
    let width = names
        .iter()
        .map(|(name, _)| name.chars().count())
        .max()
        .unwrap_or(0);
    std::iter::once(format!("{label}:"))
        .chain(names.into_iter().map(|(name, count)| {
            let pad = width - name.chars().count();
            format!("  {name}{}  {count}", " ".repeat(pad))
        }))
        .collect()
}
