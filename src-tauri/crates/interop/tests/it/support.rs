//! Builders and independent readers shared by the tests.

use std::path::{Path, PathBuf};
use std::process::Command;

use council_core::agenda::{AgendaItemInput, AgendaItemKind, AgendaPlace};
use council_core::session::{SessionInput, SessionKind};
use council_core::{LocalizedText, Store};
use tempfile::TempDir;

/// A store on a fresh database file in its own temporary directory.
pub struct TestStore {
    pub store: Store,
    pub path: PathBuf,
    pub dir: TempDir,
}

impl TestStore {
    pub fn new() -> TestStore {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("council.db");
        let store = Store::open(&path).unwrap();
        TestStore { store, path, dir }
    }
}

pub fn text(ru: &str, uz: &str, en: &str) -> LocalizedText {
    LocalizedText {
        ru: ru.to_owned(),
        uz: uz.to_owned(),
        en: en.to_owned(),
    }
}

/// A session input with titles and venue in three languages; the Uzbek texts carry U+02BB.
pub fn session_input(kind: SessionKind, start: &str, end: &str, zone: &str) -> SessionInput {
    SessionInput {
        kind,
        title: text(
            "Заседание Совета регионов; пленарное, итоговое",
            "Hududlar Kengashi majlisi, Oʻzbekiston va Rossiya",
            "Session of the Council of Regions",
        ),
        starts_at: start.to_owned(),
        ends_at: Some(end.to_owned()),
        time_zone: zone.to_owned(),
        venue_city: text("Самарканд", "Samarqand", "Samarkand"),
        venue_place: text(
            "Конгресс-центр «Шёлковый путь»",
            "Kongress markazi",
            "Congress Centre",
        ),
        co_chairs: Vec::new(),
        participants: Vec::new(),
        pairings: Vec::new(),
        sectors: Vec::new(),
    }
}

/// Adds a timed item (and returns its id).
pub fn agenda_item(
    store: &mut Store,
    session: &str,
    title: LocalizedText,
    minutes: i64,
    parent: Option<&str>,
) -> String {
    let input = AgendaItemInput {
        kind: AgendaItemKind::Report,
        title,
        description: LocalizedText::default(),
        duration_min: minutes,
        fixed_start: None,
        presenters: Vec::new(),
        pairing_id: None,
        sector_code: None,
    };
    let place = AgendaPlace {
        parent_id: parent.map(str::to_owned),
        position: None,
    };
    store
        .add_agenda_item(session, &input, &place)
        .unwrap()
        .item
        .id
        .to_string()
}

/// The system Python, where the distribution's python3-icalendar is installed.
fn python() -> &'static str {
    if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    }
}

/// Every VEVENT of an .ics file as Python's icalendar package reads it, as JSON.
pub fn icalendar_events(file: &Path) -> Vec<serde_json::Value> {
    let script = r"
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
zones = [str(z['TZID']) for z in cal.walk('VTIMEZONE')]
out = []
for e in cal.walk('VEVENT'):
    start, end = e.get('DTSTART'), e.get('DTEND')
    out.append({
        'uid': str(e['UID']),
        'sequence': int(e['SEQUENCE']),
        'dtstart': start.dt.isoformat(),
        'dtstart_tzid': start.params.get('TZID'),
        'dtstart_utc': start.dt.astimezone(__import__('datetime').timezone.utc).isoformat(),
        'dtend': end.dt.isoformat() if end else None,
        'dtend_tzid': end.params.get('TZID') if end else None,
        'summary': str(e['SUMMARY']),
        'location': str(e.get('LOCATION', '')),
        'description': str(e.get('DESCRIPTION', '')),
        'status': str(e['STATUS']),
        'zones': zones,
    })
print(json.dumps(out, ensure_ascii=False))
";
    let output = Command::new(python())
        .args(["-c", script])
        .arg(file)
        .output()
        .expect("python3 with the icalendar package (scripts/setup.sh --test installs it)");
    assert!(
        output.status.success(),
        "icalendar could not read the file: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Converts workbooks to CSV with `LibreOffice` and returns each CSV's text, in the order given. One conversion
/// at a time: two `soffice` processes started together fail even with profiles of their own.
pub fn libreoffice_csv(files: &[&Path], dir: &Path) -> Vec<String> {
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let profile = dir.join("lo-profile");
    let out = dir.join("csv");
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
        ])
        .arg(&out)
        .args(files)
        .output()
        .expect("soffice (scripts/setup.sh --test installs libreoffice-calc-nogui)");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    files
        .iter()
        .map(|file| {
            let name = file.file_stem().unwrap().to_string_lossy().into_owned();
            std::fs::read_to_string(out.join(format!("{name}.csv"))).unwrap()
        })
        .collect()
}

/// The XML of the first worksheet of an .xlsx file.
pub fn sheet_xml(file: &Path) -> String {
    let output = Command::new(python())
        .args([
            "-c",
            "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())",
        ])
        .arg(file)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}
