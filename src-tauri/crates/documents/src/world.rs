//! The closed world a document is typeset in: the bundled templates, the bundled fonts and one data file.
//!
//! Nothing on disk is reachable from a template: every file is compiled into the binary, and a path that is not
//! one of the bundled templates or `/data.json` is "not found". No system font is ever looked up, so the same
//! data prints the same PDF on every machine.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// Path of the data file every template reads with `json("/data.json")`.
pub const DATA_PATH: &str = "/data.json";

/// The templates, by their path inside the world. They are the `.typ` files of `assets/templates/`.
pub(crate) const TEMPLATES: [(&str, &str); 7] = [
    (
        "/common.typ",
        include_str!("../../../../assets/templates/common.typ"),
    ),
    (
        "/agenda.typ",
        include_str!("../../../../assets/templates/agenda.typ"),
    ),
    (
        "/minutes.typ",
        include_str!("../../../../assets/templates/minutes.typ"),
    ),
    (
        "/controls.typ",
        include_str!("../../../../assets/templates/controls.typ"),
    ),
    (
        "/dossier.typ",
        include_str!("../../../../assets/templates/dossier.typ"),
    ),
    (
        "/report.typ",
        include_str!("../../../../assets/templates/report.typ"),
    ),
    (
        "/reminder.typ",
        include_str!("../../../../assets/templates/reminder.typ"),
    ),
];

const FONT_FILES: [&[u8]; 2] = [
    include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf"),
];

/// What every document shares and is built once per process: the standard library, the fonts and their book,
/// and the parsed templates (so typst's caches recognise them from one document to the next).
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    sources: Vec<Source>,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    let sources = TEMPLATES
        .iter()
        .map(|(path, text)| Source::new(file_id(path), (*text).to_owned()))
        .collect();
    Shared {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        sources,
    }
});

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("bundled paths are valid");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// One compilation: a template as the main file, the data as `/data.json`, and a fixed "today".
#[derive(Debug)]
pub struct DocumentWorld {
    main: FileId,
    data: Bytes,
    data_id: FileId,
    today: NaiveDate,
}

impl DocumentWorld {
    /// A world whose main file is the bundled template `template` (`"/agenda.typ"`).
    #[must_use]
    pub fn new(template: &str, data: Vec<u8>, today: NaiveDate) -> DocumentWorld {
        DocumentWorld {
            main: file_id(template),
            data: Bytes::new(data),
            data_id: file_id(DATA_PATH),
            today,
        }
    }
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        SHARED
            .sources
            .iter()
            .find(|source| source.id() == id)
            .cloned()
            .ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            return Ok(self.data.clone());
        }
        self.source(id)
            .map(|source| Bytes::from_string(source.text().to_owned()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Datetime::from_ymd(
            self.today.year(),
            self.today.month() as u8,
            self.today.day() as u8,
        )
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_bundled_files_and_the_data_are_reachable() {
        let world = DocumentWorld::new("/agenda.typ", b"{}".to_vec(), NaiveDate::MIN);
        assert!(world.file(file_id("/data.json")).is_ok());
        assert!(world.source(file_id("/common.typ")).is_ok());
        for path in [
            "/etc/passwd",
            "/../Cargo.toml",
            "/fonts/NotoSans-Regular.ttf",
        ] {
            let Ok(vpath) = VirtualPath::new(path) else {
                continue;
            };
            let id = RootedPath::new(VirtualRoot::Project, vpath).intern();
            assert!(world.file(id).is_err(), "{path} must not be reachable");
        }
    }

    #[test]
    fn uzbek_labels_use_the_modifier_letters_not_apostrophes() {
        for (path, text) in TEMPLATES {
            for segment in text.split("uz: \"").skip(1) {
                let label = segment.split('"').next().unwrap_or_default();
                assert!(
                    !label.contains(['\'', '‘', '’']),
                    "{path}: Uzbek label “{label}” needs U+02BB or U+02BC"
                );
            }
        }
    }

    #[test]
    fn the_fonts_cover_uzbek_and_russian() {
        let font = &SHARED.fonts[0];
        for c in ['ʻ', 'ʼ', 'ў', 'қ', 'ғ', 'ҳ', 'Ж', 'ё'] {
            assert!(font.info().coverage.contains(c as u32), "{c} missing");
        }
    }
}
