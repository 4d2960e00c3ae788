//! A store with a fixed data set, builders for sessions and agenda items, and the PDF checks every test uses.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use council_core::agenda::{
    AgendaItemInput, AgendaItemKind, AgendaPlace, PresenterInput, PresenterKind,
};
use council_core::demo::{DemoOptions, Scale};
use council_core::person::PersonInput;
use council_core::session::{SessionInput, SessionKind};
use council_core::{Country, LocalizedText, Store};
use council_documents::Pdf;
use tempfile::TempDir;

/// The secretariat's date the fixed data set is arranged around.
pub const TODAY: &str = "2026-11-29";

pub fn today() -> NaiveDate {
    TODAY.parse().unwrap()
}

/// A store on a database of its own.
pub struct TestStore {
    pub store: Store,
    pub dir: TempDir,
}

impl TestStore {
    pub fn empty() -> TestStore {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("council.db")).unwrap();
        TestStore { store, dir }
    }

    /// The demonstration year (seed 3), the same every time.
    pub fn demo() -> TestStore {
        let mut test = TestStore::empty();
        test.store
            .load_demo(&DemoOptions {
                scale: Scale::Small,
                seed: 3,
                today: today(),
            })
            .unwrap();
        test
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

pub fn text(ru: &str, uz: &str, en: &str) -> LocalizedText {
    LocalizedText {
        ru: ru.to_owned(),
        uz: uz.to_owned(),
        en: en.to_owned(),
    }
}

/// A council session in Samarkand (Tashkent's clock) on 2026-12-10 at 10:00, with an Uzbek presenter; its id.
pub fn session_with_items(store: &mut Store, items: usize) -> String {
    let presenter = store
        .create_person(&PersonInput {
            full_name: text(
                "Гуломов Ботир",
                "Gʻulomov Botir Oʻktamovich",
                "Botir Gulomov",
            ),
            position: text("Хоким области", "Viloyat hokimi", "Governor"),
            body_id: None,
            country: Country::Uz,
            phone: String::new(),
            email: String::new(),
        })
        .unwrap();
    let session = store
        .create_session(&SessionInput {
            kind: SessionKind::CouncilSession,
            title: text(
                "Заседание Совета регионов",
                "Hududlar Kengashining navbatdagi majlisi",
                "Session of the Council of Regions",
            ),
            starts_at: "2026-12-10 10:00".to_owned(),
            ends_at: None,
            time_zone: "Asia/Samarkand".to_owned(),
            venue_city: text("Самарканд", "Samarqand", "Samarkand"),
            venue_place: text("Конгресс-центр", "Kongress markazi", "Congress Centre"),
            co_chairs: Vec::new(),
            participants: Vec::new(),
            pairings: Vec::new(),
            sectors: Vec::new(),
        })
        .unwrap();
    let id = session.id.to_string();
    for n in 1..=items {
        store
            .add_agenda_item(
                &id,
                &item(
                    &format!("О сотрудничестве регионов, вопрос {n}"),
                    &format!("Hududlar hamkorligi toʻgʻrisida, {n}-masala"),
                    &format!("On cooperation of regions, item {n}"),
                    vec![presenter.id.to_string()],
                ),
                &AgendaPlace::default(),
            )
            .unwrap();
    }
    id
}

/// A 10-minute report item with three titles and the given presenters (people ids).
pub fn item(ru: &str, uz: &str, en: &str, presenters: Vec<String>) -> AgendaItemInput {
    AgendaItemInput {
        kind: AgendaItemKind::Report,
        title: text(ru, uz, en),
        description: LocalizedText::default(),
        duration_min: 10,
        fixed_start: None,
        presenters: presenters
            .into_iter()
            .map(|id| PresenterInput {
                kind: PresenterKind::Person,
                id,
            })
            .collect(),
        pairing_id: None,
        sector_code: None,
    }
}

/// What a reader gets from a PDF: its text laid out as on the page, and its page count.
pub struct Checked {
    pub text: String,
    pub pages: usize,
}

fn run(program: &str, args: &[&str], file: &Path, after: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .arg(file)
        .args(after)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} is needed for these tests (scripts/setup.sh --test): {e}")
        });
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Writes the PDF and checks it as a print shop would: `qpdf --check` passes, `pdffonts` lists only embedded
/// fonts; returns `pdftotext -layout`'s text.
pub fn check(pdf: &Pdf, path: &Path) -> Checked {
    std::fs::write(path, &pdf.bytes).unwrap();
    // To look at what the tests print: DOCUMENTS_TEST_OUT=/some/dir cargo test -p council-documents
    if let Some(dir) = std::env::var_os("DOCUMENTS_TEST_OUT") {
        std::fs::write(Path::new(&dir).join(path.file_name().unwrap()), &pdf.bytes).unwrap();
    }
    run("qpdf", &["--check"], path, &[]);
    let fonts = run("pdffonts", &[], path, &[]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts in the PDF:\n{fonts}");
    for row in rows {
        // Columns: name type encoding emb sub uni object ID; "emb" must be "yes".
        let cols: Vec<&str> = row.split_whitespace().collect();
        let emb = cols[cols.len() - 5];
        assert_eq!(emb, "yes", "font not embedded: {row}");
        assert!(
            row.contains("NotoSans"),
            "a font that is not bundled: {row}"
        );
    }
    let text = run("pdftotext", &["-layout"], path, &["-"]);
    Checked {
        pages: text.matches('\u{c}').count(),
        text,
    }
}

/// Asserts that every expected string appears exactly, and that no ASCII or curly substitute of the Uzbek
/// apostrophes (U+02BB, U+02BC) does.
pub fn assert_contains_all(checked: &Checked, expected: &[&str]) {
    for s in expected {
        assert!(
            checked.text.contains(s),
            "missing “{s}” in:\n{}",
            checked.text
        );
    }
}

/// Asserts that Uzbek text kept its letters: oʻ gʻ with U+02BB, never ‘ or ASCII o' g'.
pub fn assert_uzbek_letters(checked: &Checked) {
    assert!(
        checked.text.contains("oʻ") || checked.text.contains("gʻ"),
        "no oʻ/gʻ at all"
    );
    for bad in ["o‘", "g‘", "o'", "g'", "O‘", "G‘", "o’", "g’"] {
        assert!(
            !checked.text.contains(bad),
            "substitute “{bad}” in:\n{}",
            checked.text
        );
    }
}
