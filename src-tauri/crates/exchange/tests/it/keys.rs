//! Site keys: kept as 32 bytes, shown as hex and a fingerprint, never printed.

use council_core::ErrorCode;
use council_exchange::{SiteKeys, fingerprint, verifying_key};
use ed25519_dalek::Signature;
use sha2::{Digest, Sha256};

use crate::support::hex;

#[test]
fn a_key_kept_as_its_secret_comes_back_the_same() {
    let keys = SiteKeys::generate().unwrap();
    let again = SiteKeys::from_secret(&keys.secret()).unwrap();
    assert_eq!(again.public_hex(), keys.public_hex());
    assert_eq!(again.sign(b"digest"), keys.sign(b"digest"));
    assert_ne!(SiteKeys::generate().unwrap().secret(), keys.secret());

    let public = keys.public_hex();
    assert_eq!(public.len(), 64);
    assert!(
        public
            .bytes()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))
    );
    let signature = Signature::from_bytes(&keys.sign(b"digest"));
    verifying_key(&public)
        .unwrap()
        .verify_strict(b"digest", &signature)
        .unwrap();
}

#[test]
fn a_secret_of_another_length_is_refused() {
    for len in [0, 31, 33, 64] {
        let error = SiteKeys::from_secret(&vec![1u8; len]).unwrap_err();
        assert_eq!(error.code, ErrorCode::InvalidValue, "{len} bytes");
    }
}

#[test]
fn debug_never_shows_the_secret() {
    let keys = SiteKeys::from_secret(&[0xab; 32]).unwrap();
    let shown = format!("{keys:?} {keys:#?}");
    assert!(!shown.contains(&hex(&keys.secret())), "{shown}");
    assert!(!shown.contains("171, 171"), "{shown}");
    assert!(shown.contains(&keys.public_hex()), "{shown}");
}

#[test]
fn a_public_key_that_is_not_one_is_refused_as_a_bad_card() {
    let good = SiteKeys::from_secret(&[3u8; 32]).unwrap().public_hex();
    let identity = format!("01{}", "00".repeat(31));
    for bad in [
        String::new(),
        good[..62].to_owned(),
        format!("{good}00"),
        format!("{}zz", &good[..62]),
        identity,
    ] {
        let error = verifying_key(&bad).unwrap_err();
        assert_eq!(error.code, ErrorCode::SiteCardInvalid, "{bad}");
    }
}

#[test]
fn the_fingerprint_is_eight_groups_to_read_aloud() {
    let public = SiteKeys::from_secret(&[3u8; 32]).unwrap().public_hex();
    let print = fingerprint(&public);
    let groups: Vec<&str> = print.split(' ').collect();
    assert_eq!(groups.len(), 8, "{print}");
    for group in groups {
        assert_eq!(group.len(), 4, "{print}");
        assert!(
            group
                .bytes()
                .all(|c| c.is_ascii_digit() || (b'A'..=b'F').contains(&c))
        );
    }
    let bytes: Vec<u8> = (0..32)
        .map(|i| u8::from_str_radix(&public[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    let digest = Sha256::digest(&bytes);
    assert!(print.starts_with(&format!("{:02X}{:02X} ", digest[0], digest[1])));
    assert!(print.ends_with(&format!(" {:02X}{:02X}", digest[14], digest[15])));
    assert_eq!(fingerprint(&public.to_ascii_uppercase()), print);
    let other = SiteKeys::from_secret(&[4u8; 32]).unwrap().public_hex();
    assert_ne!(fingerprint(&other), print);
}
