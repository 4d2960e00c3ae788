//! The reader against random files and random damage to a real package: it never panics, and it never
//! accepts a package that is not byte for byte the one signed.

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;

use crate::support::{entry, keys, read_package, small_entry, write_package};

/// A real package with two changes and two attachments, written once.
fn good_package() -> &'static [u8] {
    static PACKAGE: OnceLock<Vec<u8>> = OnceLock::new();
    PACKAGE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("good.cdpkg");
        let blobs = vec![b"akt".to_vec(), vec![0xee; 300]];
        write_package(&path, &keys(), &[small_entry(), entry(2)], &blobs);
        std::fs::read(path).unwrap()
    })
}

/// One kind of damage: at a place (any number, taken modulo the file's length), change, cut, insert or
/// remove bytes.
#[derive(Debug, Clone)]
enum Damage {
    Change(usize, u8),
    Cut(usize),
    Insert(usize, Vec<u8>),
    Remove(usize, usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), 1..=255u8).prop_map(|(at, xor)| Damage::Change(at, xor)),
        any::<usize>().prop_map(Damage::Cut),
        (
            any::<usize>(),
            proptest::collection::vec(any::<u8>(), 1..40)
        )
            .prop_map(|(at, bytes)| Damage::Insert(at, bytes)),
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Damage::Remove(at, len)),
    ]
}

fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    // A place in the file, its end included.
    let at = |place: usize| place % (bytes.len() + 1);
    match damage {
        Damage::Change(place, xor) => {
            let at = place % bytes.len().max(1);
            if let Some(byte) = bytes.get_mut(at) {
                *byte ^= xor;
            }
        }
        Damage::Cut(place) => bytes.truncate(at(*place)),
        Damage::Insert(place, inserted) => {
            let at = at(*place);
            bytes.splice(at..at, inserted.iter().copied());
        }
        Damage::Remove(place, len) => {
            let at = at(*place);
            let end = (at + len).min(bytes.len());
            bytes.drain(at..end);
        }
    }
}

/// Reads the bytes as a package; `true` when accepted whole.
fn accepted(dir: &Path, bytes: &[u8]) -> bool {
    let path = dir.join("fuzzed.cdpkg");
    std::fs::write(&path, bytes).unwrap();
    read_package(&path, &keys().public_hex()).is_ok()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_are_never_a_package(
        bytes in proptest::collection::vec(any::<u8>(), 0..2000),
        with_magic in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let bytes = if with_magic { [&b"COUNCIL-DESK-PACKAGE\n"[..], &bytes].concat() } else { bytes };
        prop_assert!(!accepted(dir.path(), &bytes));
    }

    #[test]
    fn a_damaged_package_is_never_accepted(damages in proptest::collection::vec(damage(), 1..4)) {
        let dir = tempfile::tempdir().unwrap();
        let good = good_package();
        let mut bytes = good.to_vec();
        for damage in &damages {
            apply(&mut bytes, damage);
        }
        prop_assert_eq!(accepted(dir.path(), &bytes), bytes == good);
    }
}
