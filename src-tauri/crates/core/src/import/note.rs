//! What an importer assumed to read a row: said to the officer in the report, never done silently.

use serde::Serialize;
use ts_rs::TS;

use crate::lang::Lang;

/// A stable code for one kind of assumption; the interfaces may branch on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NoteCode {
    /// The file defines its own zone (VTIMEZONE); times were read by that definition and the venue's zone is
    /// the IANA zone named or described by it, with the same offsets.
    ZoneFromFile,
    /// The file's zone matches no zone it names; the instants are exact and the venue's zone is the nearest
    /// known zone with the same offsets.
    ZoneSameOffset,
    /// A Windows zone name (`West Asia Standard Time`) read as its IANA zone.
    ZoneWindowsName,
    /// Times in UTC: the venue's zone is the default one.
    UtcTimes,
    /// Times without a zone, read on the default zone's clock.
    FloatingTimes,
    /// A whole-day event, taken from 00:00 to 24:00.
    AllDay,
    /// A whole-day event whose end equals its start, taken as one day.
    EndIsStart,
    /// No title in the file: the title is missing, to be filled in.
    TitleMissing,
    /// A repeating event imported as its first meeting only.
    Repeats,
    /// A component inside the row (an alarm) has no END; it was skipped.
    ComponentNotClosed,
}

impl NoteCode {
    /// The template in `lang`; `{0}`, `{1}`, `{2}` stand for the note's arguments.
    fn template(self, lang: Lang) -> &'static str {
        use Lang::{En, Ru, Uz};
        use NoteCode as N;
        match (self, lang) {
            (N::ZoneFromFile, Ru) => {
                "Часовой пояс «{0}» описан в самом файле: время прочитано по этому описанию, часовой пояс места — {1} (те же смещения)."
            }
            (N::ZoneFromFile, Uz) => {
                "«{0}» vaqt mintaqasi faylning oʻzida tavsiflangan: vaqt shu tavsif boʻyicha oʻqildi, joyning vaqt mintaqasi — {1} (siljishlar bir xil)."
            }
            (N::ZoneFromFile, En) => {
                "The time zone “{0}” is defined in the file: times were read by that definition, and the venue's zone is {1} (the same offsets)."
            }
            (N::ZoneSameOffset, Ru) => {
                "Часовой пояс «{0}» описан в файле, но не совпадает ни с одним известным: время сохранено точно, часовой пояс места — {1}, ближайший известный с тем же смещением (UTC{2})."
            }
            (N::ZoneSameOffset, Uz) => {
                "«{0}» vaqt mintaqasi faylda tavsiflangan, lekin maʼlum mintaqalarning birortasiga mos kelmaydi: vaqt aniq saqlandi, joyning vaqt mintaqasi — {1}, siljishi bir xil boʻlgan eng yaqin maʼlum mintaqa (UTC{2})."
            }
            (N::ZoneSameOffset, En) => {
                "The time zone “{0}” defined in the file matches no zone the app knows: the times are kept exact, and the venue's zone is {1}, the nearest known zone with the same offset (UTC{2})."
            }
            (N::ZoneWindowsName, Ru) => "«{0}» — название часового пояса Windows; принято как {1}.",
            (N::ZoneWindowsName, Uz) => {
                "«{0}» — Windows vaqt mintaqasining nomi; {1} deb qabul qilindi."
            }
            (N::ZoneWindowsName, En) => "“{0}” is a Windows time zone name; taken as {1}.",
            (N::UtcTimes, Ru) => "Время указано в UTC; часовой пояс места принят {0}.",
            (N::UtcTimes, Uz) => {
                "Vaqt UTC boʻyicha koʻrsatilgan; joyning vaqt mintaqasi {0} deb qabul qilindi."
            }
            (N::UtcTimes, En) => "The times are given in UTC; the venue's zone is taken as {0}.",
            (N::FloatingTimes, Ru) => "Часовой пояс не указан; время прочитано по часам {0}.",
            (N::FloatingTimes, Uz) => {
                "Vaqt mintaqasi koʻrsatilmagan; vaqt {0} soati boʻyicha oʻqildi."
            }
            (N::FloatingTimes, En) => {
                "No time zone is given; the times are read on the clock of {0}."
            }
            (N::AllDay, Ru) => {
                "Событие на целый день: принято с 00:00 первого дня до 24:00 последнего по часам {0}."
            }
            (N::AllDay, Uz) => {
                "Kun boʻyi davom etadigan tadbir: {0} soati boʻyicha birinchi kunning 00:00 dan oxirgi kunning 24:00 gacha deb qabul qilindi."
            }
            (N::AllDay, En) => {
                "An all-day event: taken from 00:00 of its first day to 24:00 of its last, on the clock of {0}."
            }
            (N::EndIsStart, Ru) => "Окончание (DTEND) совпадает с началом: принято как один день.",
            (N::EndIsStart, Uz) => {
                "Tugash sanasi (DTEND) boshlanish sanasi bilan bir xil: bir kun deb qabul qilindi."
            }
            (N::EndIsStart, En) => "The end (DTEND) equals the start: taken as one day.",
            (N::TitleMissing, Ru) => {
                "У события нет названия (SUMMARY): оно импортировано без названия, заполните его."
            }
            (N::TitleMissing, Uz) => {
                "Tadbirning nomi (SUMMARY) yoʻq: u nomsiz import qilindi, nomini toʻldiring."
            }
            (N::TitleMissing, En) => {
                "The event has no title (SUMMARY): it is imported with the title missing; fill it in."
            }
            (N::Repeats, Ru) => {
                "Событие повторяется ({0}): импортировано как одно заседание — первое."
            }
            (N::Repeats, Uz) => {
                "Tadbir takrorlanadi ({0}): bitta majlis sifatida — birinchisi import qilindi."
            }
            (N::Repeats, En) => "The event repeats ({0}): imported as one meeting, the first.",
            (N::ComponentNotClosed, Ru) => {
                "{0} со строки {1} не закрыт (нет END:{0}): пропущен до строки {2}, чтение продолжено."
            }
            (N::ComponentNotClosed, Uz) => {
                "{1}-qatordan boshlangan {0} yopilmagan (END:{0} yoʻq): {2}-qatorgacha oʻtkazib yuborildi, oʻqish davom ettirildi."
            }
            (N::ComponentNotClosed, En) => {
                "The {0} from line {1} has no END:{0}: it was skipped up to line {2}, and reading went on."
            }
        }
    }
}

/// One assumption made for a row, with its message in the report's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Note {
    pub code: NoteCode,
    pub message: String,
}

impl Note {
    /// The note `code` with `args` put in its message. The arguments come from the file, so control
    /// characters are left out of them: a report is read on screens and terminals.
    #[must_use]
    pub fn new(code: NoteCode, args: &[&str], lang: Lang) -> Note {
        let mut message = code.template(lang).to_owned();
        for (index, arg) in args.iter().enumerate() {
            let plain: String = arg.chars().filter(|c| !c.is_control()).collect();
            message = message.replace(&format!("{{{index}}}"), &plain);
        }
        Note { code, message }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_says_its_arguments_in_every_language() {
        for lang in Lang::ALL {
            let note = Note::new(
                NoteCode::ZoneFromFile,
                &["(UTC+05:00) Ashgabat, Tashkent", "Asia/Tashkent"],
                lang,
            );
            assert!(note.message.contains("(UTC+05:00) Ashgabat, Tashkent"));
            assert!(note.message.contains("Asia/Tashkent"));
            assert!(!note.message.contains('{'), "{}", note.message);
        }
    }

    #[test]
    fn uzbek_notes_use_the_modifier_letters() {
        let codes = [
            NoteCode::ZoneFromFile,
            NoteCode::ZoneSameOffset,
            NoteCode::ZoneWindowsName,
            NoteCode::UtcTimes,
            NoteCode::FloatingTimes,
            NoteCode::AllDay,
            NoteCode::EndIsStart,
            NoteCode::TitleMissing,
            NoteCode::Repeats,
            NoteCode::ComponentNotClosed,
        ];
        for code in codes {
            let text = code.template(Lang::Uz);
            assert!(
                !text.contains(['\'', '‘', '’', '`']),
                "{code:?}: apostrophes must be U+02BB or U+02BC: {text}"
            );
        }
        assert!(NoteCode::TitleMissing.template(Lang::Uz).contains("yoʻq"));
    }
}
