//! The kinds of record a package creates and changes, named for people in the language of messages (the
//! app's words for them); `--json` keeps the codes.

use council_core::Lang;

use crate::output::pick;

/// The name of a record kind (`instruction`, `agenda_item`, …); a kind without one is shown as its code.
pub fn name(kind: &str, lang: Lang) -> &str {
    let (ru, uz, en) = match kind {
        "region" => ("Регион", "Hudud", "Region"),
        "sector" => ("Отрасль", "Soha", "Sector"),
        "pairing" => ("Партнёрство", "Hamkorlik", "Pairing"),
        "body" => ("Орган", "Tashkilot", "Body"),
        "person" => ("Контактное лицо", "Shaxs", "Person"),
        "exchange_rate" => ("Курс валюты", "Valyuta kursi", "Exchange rate"),
        "holiday" => ("Праздничный день", "Bayram kuni", "Public holiday"),
        "session_series" => (
            "Серия заседаний",
            "Majlislar seriyasi",
            "Series of meetings",
        ),
        "session" => ("Заседание", "Majlis", "Session"),
        "agenda_version" => ("Версия повестки", "Kun tartibi versiyasi", "Agenda version"),
        "agenda_item" => ("Пункт повестки", "Kun tartibi bandi", "Agenda item"),
        "agreement" => ("Соглашение", "Kelishuv", "Agreement"),
        "project" => ("Совместный проект", "Qoʻshma loyiha", "Joint project"),
        "decision" => ("Решение", "Qaror", "Decision"),
        "instruction" => ("Поручение", "Topshiriq", "Instruction"),
        "execution_report" => ("Отчёт об исполнении", "Ijro hisoboti", "Execution report"),
        "attachment" => ("Вложение", "Ilova", "Attachment"),
        _ => return kind,
    };
    pick(lang, ru, uz, en)
}
