//! `cargo bench -p council-exchange`: the exchange at ten-year scale (docs/PERFORMANCE.md "Exchange").
//!
//! One site holds the ten-year demonstration register (built once into `<target dir>/bench-data/`, about a
//! minute and a half); a new site meets it. Timed: the first package of the whole register (prepared, then
//! received), then, once the receiver has answered, a month of work (about 1,000 changed records:
//! instructions edited, bodies and people added) prepared and received. Peak memory (`VmHWM`) is read after each step; the package is streamed,
//! so the first package should not hold the register in memory.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use council_core::body::{BodyInput, BodyKind};
use council_core::control::InstructionFilter;
use council_core::demo::{DemoOptions, Scale};
use council_core::site::SiteInput;
use council_core::{Country, LocalizedText, Store};
use council_exchange::{add_peer_from_card, prepare_package, receive_package, save_site_card};

const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();

fn data_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the benchmark knows its own path");
    exe.ancestors().nth(3).map_or_else(
        || PathBuf::from("bench-data"),
        |target| target.join("bench-data"),
    )
}

/// The ten-year register as a site holds it (its change log included), built once.
fn ten_years() -> PathBuf {
    let dir = data_dir();
    std::fs::create_dir_all(&dir).expect("the data folder");
    let path = dir.join("exchange-10y-seed1.db");
    if !path.exists() {
        let partial = path.with_extension("partial");
        let _ = std::fs::remove_file(&partial);
        eprintln!("building the ten-year register into {} …", path.display());
        let started = Instant::now();
        {
            let mut store = Store::open(&partial).expect("a new database");
            store
                .load_demo(&DemoOptions {
                    scale: Scale::TenYears,
                    seed: 1,
                    today: TODAY,
                })
                .expect("the demonstration data");
        }
        eprintln!("built in {:.1} s", started.elapsed().as_secs_f64());
        std::fs::rename(&partial, &path).expect("the finished database takes its name");
    }
    path
}

fn name(store: &mut Store, en: &str, country: Country) {
    store
        .name_site(&SiteInput {
            name: LocalizedText {
                ru: en.to_owned(),
                uz: en.to_owned(),
                en: en.to_owned(),
            },
            country,
        })
        .expect("named");
}

/// Peak resident memory of this process so far, in MB (Linux).
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmHWM:"))
                .and_then(|line| line.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn size_mb(path: &Path) -> f64 {
    // Files of a few hundred MB: exact in f64.
    #[allow(clippy::cast_precision_loss)]
    std::fs::metadata(path).map_or(0.0, |m| m.len() as f64 / 1e6)
}

/// About 1,000 changed records: 600 instructions edited, 200 bodies and 200 people added.
fn month_of_work(store: &mut Store) {
    let instructions = store
        .list_instructions(&InstructionFilter::default(), TODAY)
        .expect("the control list");
    for (n, instruction) in instructions.iter().take(600).enumerate() {
        let mut input = instruction.to_input();
        input.text.en = format!("{} (revised {n})", input.text.en);
        store
            .update_instruction(&instruction.id.to_string(), &input, TODAY)
            .expect("an edit");
    }
    for n in 0..200 {
        let body = store
            .create_body(&BodyInput {
                country: Country::Ru,
                kind: BodyKind::Agency,
                name: LocalizedText {
                    ru: format!("Агентство {n}"),
                    uz: format!("Agentlik {n}"),
                    en: format!("Agency {n}"),
                },
                region: None,
            })
            .expect("a body");
        let person = council_core::person::PersonInput {
            full_name: LocalizedText {
                ru: format!("Иванов {n}"),
                uz: format!("Ivanov {n}"),
                en: format!("Ivanov {n}"),
            },
            position: LocalizedText::default(),
            body_id: Some(body.id.to_string()),
            country: Country::Ru,
            phone: String::new(),
            email: String::new(),
        };
        store.create_person(&person).expect("a person");
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        println!("transfer: bench");
        return;
    }
    let source = ten_years();
    let work = tempfile::tempdir().expect("a temporary folder");
    let tashkent_db = work.path().join("tashkent.db");
    std::fs::copy(&source, &tashkent_db).expect("the register copies");
    let mut tashkent = Store::open(&tashkent_db).expect("opens");
    let mut moscow = Store::open(&work.path().join("moscow.db")).expect("opens");
    name(&mut tashkent, "Tashkent", Country::Uz);
    name(&mut moscow, "Moscow", Country::Ru);
    save_site_card(&mut tashkent, &work.path().join("t.card")).expect("card");
    save_site_card(&mut moscow, &work.path().join("m.card")).expect("card");
    add_peer_from_card(&mut tashkent, &work.path().join("m.card")).expect("peer");
    add_peer_from_card(&mut moscow, &work.path().join("t.card")).expect("peer");

    let first = work.path().join("first.cdpkg");
    let started = Instant::now();
    let prepared = prepare_package(&mut tashkent, "Moscow", &first).expect("the first package");
    println!(
        "first package, prepare: {:.2} s, {} changes, {:.1} MB file, peak memory so far {:.0} MB",
        started.elapsed().as_secs_f64(),
        prepared.entries,
        size_mb(&first),
        peak_mb()
    );
    let started = Instant::now();
    let received = receive_package(&mut moscow, &first, false).expect("received");
    println!(
        "first package, receive: {:.2} s, {} changes applied, peak memory so far {:.0} MB",
        started.elapsed().as_secs_f64(),
        received.report.applied,
        peak_mb()
    );

    // Moscow answers (its package acknowledges the register), so the month's package carries only the month.
    let answer = work.path().join("answer.cdpkg");
    prepare_package(&mut moscow, "Tashkent", &answer).expect("the answer");
    receive_package(&mut tashkent, &answer, false).expect("the answer received");

    month_of_work(&mut tashkent);
    let month = work.path().join("month.cdpkg");
    let started = Instant::now();
    let prepared = prepare_package(&mut tashkent, "Moscow", &month).expect("the month's package");
    println!(
        "a month of work, prepare: {:.3} s, {} changes, {:.2} MB file",
        started.elapsed().as_secs_f64(),
        prepared.entries,
        size_mb(&month)
    );
    let started = Instant::now();
    let received = receive_package(&mut moscow, &month, false).expect("received");
    println!(
        "a month of work, receive: {:.3} s, {} changes applied, {} conflicts",
        started.elapsed().as_secs_f64(),
        received.report.applied,
        received.report.conflicts
    );
}
