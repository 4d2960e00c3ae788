//! `council agenda compare`: what changed between two versions of an agenda, one line per item that changed,
//! in the language of messages (the same words as the agenda builder's comparison).

use std::io::Write;

use council_core::agenda::{AgendaChangeKind, AgendaComparison, AgendaItemChange, AgendaItemState};
use council_core::{CoreResult, Lang};

use crate::output::{self, pick};
use crate::sessions::localized;

/// Prints the comparison: a heading, then per changed item its number, title and what changed.
pub fn show(
    out: &mut dyn Write,
    json: bool,
    comparison: &AgendaComparison,
    lang: Lang,
) -> CoreResult<()> {
    if json {
        return output::json(out, comparison);
    }
    let (from, to) = (comparison.from_version, comparison.to_version);
    let mut lines = vec![match lang {
        Lang::Ru => format!("Повестка: версия {from} → версия {to}"),
        Lang::Uz => format!("Kun tartibi: {from}-versiya → {to}-versiya"),
        Lang::En => format!("Agenda: version {from} → version {to}"),
    }];
    if comparison.items.is_empty() {
        lines.push(pick(lang, "Изменений нет.", "Oʻzgarishlar yoʻq.", "No changes.").to_owned());
    }
    lines.extend(comparison.items.iter().map(|change| line(change, lang)));
    output::lines(out, &lines)
}

/// `3  Energy — moved (was 2); retimed: 10:10, 30 min → 10:30, 45 min`.
fn line(change: &AgendaItemChange, lang: Lang) -> String {
    let Some(shown) = change.after.as_ref().or(change.before.as_ref()) else {
        return String::new();
    };
    let parts: Vec<String> = change
        .changes
        .iter()
        .map(|kind| describe(*kind, change, lang))
        .collect();
    format!(
        "{:<5} {} — {}",
        shown.number,
        localized(lang, &shown.title),
        parts.join("; ")
    )
}

/// When an item starts and how long it lasts, on the venue's clock.
fn timing(state: &AgendaItemState, lang: Lang) -> String {
    let minutes = pick(lang, "мин", "daq", "min");
    format!(
        "{}–{}, {} {minutes}",
        state.start.venue.time, state.end.venue.time, state.duration_min
    )
}

fn describe(kind: AgendaChangeKind, change: &AgendaItemChange, lang: Lang) -> String {
    let (before, after) = (change.before.as_ref(), change.after.as_ref());
    match (kind, before, after) {
        (AgendaChangeKind::Added, _, Some(after)) => format!(
            "{} ({})",
            pick(lang, "добавлен", "qoʻshildi", "added"),
            timing(after, lang)
        ),
        (AgendaChangeKind::Removed, Some(before), _) => format!(
            "{} ({})",
            pick(lang, "исключён", "olib tashlandi", "removed"),
            timing(before, lang)
        ),
        (AgendaChangeKind::Moved, Some(before), Some(_)) => match lang {
            Lang::Ru => format!("перемещён (был {})", before.number),
            Lang::Uz => format!("koʻchirildi (avval {})", before.number),
            Lang::En => format!("moved (was {})", before.number),
        },
        (AgendaChangeKind::Retimed, Some(before), Some(after)) => format!(
            "{}: {} → {}",
            pick(lang, "время изменено", "vaqti oʻzgardi", "retimed"),
            timing(before, lang),
            timing(after, lang)
        ),
        (AgendaChangeKind::Retitled, Some(before), Some(_)) => format!(
            "{} «{}»",
            pick(
                lang,
                "переименован, было",
                "nomi oʻzgardi, avval",
                "retitled, was"
            ),
            localized(lang, &before.title)
        ),
        _ => String::new(),
    }
}
