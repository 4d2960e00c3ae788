//! The CSV import over arbitrary bytes: it never panics, never writes in a dry run, and numbers the rows it
//! reports by the lines of the file. `make test` runs a bounded number of cases; a longer run:
//! `COUNCIL_FUZZ_CASES=100000 cargo test -p council-interop --test it fuzz_csv` (see docs/ARCHITECTURE.md).

use std::cell::RefCell;

use chrono::NaiveDate;
use council_core::Lang;
use council_interop::csv_import::{CsvImportOptions, CsvKind, MAX_CELL_CHARS, import_csv};
use proptest::prelude::*;

use crate::support::TestStore;

/// Cases per run: `COUNCIL_FUZZ_CASES`, or a number that keeps `make test` within seconds.
fn cases() -> u32 {
    std::env::var("COUNCIL_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(256)
}

/// Pieces that make bytes look like CSV, so the reader's every state is reached: headers of each kind,
/// quotes opened and doubled, each kind of line end, a BOM, bytes that are not UTF-8, over-long cells.
fn piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"country;kind;name_ru;name_en;region\n".to_vec()),
        Just(b"full_name_ru,body,country,email\r\n".to_vec()),
        Just(b"text_ru;lead_body;due_on\r".to_vec()),
        Just("UZ;ministry;Вазирлик;Ministry;\n".as_bytes().to_vec()),
        Just(b"\"".to_vec()),
        Just(b"\"\"".to_vec()),
        Just(b"\";".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\r".to_vec()),
        Just(b"\n".to_vec()),
        Just(b";;;".to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        Just(b"\xC2\xCE\xE7".to_vec()),
        Just(vec![b'x'; MAX_CELL_CHARS + 1]),
        prop::collection::vec(any::<u8>(), 0..24),
        "[\\PC\r\n;,\"]{0,30}".prop_map(String::into_bytes),
    ]
}

/// How many lines the reader counts in `text` (LF, CRLF and CR each end one).
fn lines(text: &str) -> usize {
    1 + text.matches('\n').count() + text.matches('\r').count() - text.matches("\r\n").count()
}

thread_local! {
    static STORE: RefCell<TestStore> = RefCell::new(TestStore::new());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_import_as_a_dry_run_without_panic_or_write_with_rows_on_their_lines(
        pieces in prop::collection::vec(piece(), 0..16),
    ) {
        let bytes = pieces.concat();
        let (text, _) = council_interop::decode_text(&bytes);
        let last_line = lines(&text);
        STORE.with(|test| {
            let store = &mut test.borrow_mut().store;
            let options = CsvImportOptions {
                lang: Lang::Uz,
                dry_run: true,
                today: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            };
            for kind in [CsvKind::Bodies, CsvKind::People, CsvKind::Instructions] {
                let report = import_csv(store, kind, &bytes, &options).unwrap();
                prop_assert!(!report.applied);
                let rows: Vec<usize> = report.rows.iter().map(|r| r.row).collect();
                prop_assert!(rows.windows(2).all(|w| w[0] < w[1]), "{rows:?}");
                prop_assert!(rows.iter().all(|&row| (2..=last_line).contains(&row)), "{rows:?} of {last_line}");
                for row in &report.rows {
                    for problem in &row.problems {
                        prop_assert!(!problem.message.is_empty());
                    }
                }
            }
            prop_assert!(store.list_bodies(None, false).unwrap().is_empty());
            Ok(())
        })?;
    }
}
