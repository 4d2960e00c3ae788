//! Site cards: written for a peer, read back equal, and every card that is not one refused.

use council_core::{Country, ErrorCode, Lang, LocalizedText};
use council_exchange::keys::fingerprint;
use council_exchange::{SiteCard, SiteKeys};
use ed25519_dalek::VerifyingKey;
use serde_json::json;

use crate::support::{TASHKENT, hex};

fn card() -> SiteCard {
    SiteCard {
        site: TASHKENT.to_owned(),
        name: LocalizedText {
            ru: "Секретариат узбекской стороны".to_owned(),
            uz: "Oʻzbekiston tomoni kotibiyati — taʼminot".to_owned(),
            en: "Secretariat of the Uzbek side".to_owned(),
        },
        country: Country::Uz,
        public_key: SiteKeys::from_secret(&[5u8; 32]).unwrap().public_hex(),
    }
}

fn card_json() -> serde_json::Value {
    serde_json::from_slice(&card().to_bytes()).unwrap()
}

fn refused(bytes: &[u8]) -> bool {
    SiteCard::from_bytes(bytes).is_err_and(|error| error.code == ErrorCode::SiteCardInvalid)
}

#[test]
fn a_card_reads_back_as_it_was_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tashkent.cdcard");
    card().write(&path).unwrap();
    assert_eq!(SiteCard::read(&path).unwrap(), card());

    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"council_desk_site_card\": 1"), "{text}");
    assert!(
        text.contains("Oʻzbekiston tomoni kotibiyati — taʼminot"),
        "{text}"
    );
    assert!(text.contains("Секретариат"), "{text}");
    assert!(text.contains("\"country\": \"UZ\""), "{text}");
}

#[test]
fn a_card_written_by_hand_is_read_in_its_canonical_form() {
    let mut json = card_json();
    json["site"] = json!(TASHKENT.to_ascii_uppercase());
    json["public_key"] = json!(card().public_key.to_ascii_uppercase());
    json["name"] = json!({"ru": "", "uz": "", "en": "Moscow"});
    let read = SiteCard::from_bytes(&serde_json::to_vec(&json).unwrap()).unwrap();
    assert_eq!(read.site, TASHKENT);
    assert_eq!(read.public_key, card().public_key);
    assert_eq!(read.name.en, "Moscow");
}

/// A 32-byte value that is not the encoding of a point on the curve.
fn not_a_point() -> String {
    (0..=255u8)
        .map(|byte| [byte; 32])
        .find(|bytes| VerifyingKey::from_bytes(bytes).is_err())
        .map(|bytes| hex(&bytes))
        .unwrap()
}

#[test]
fn every_card_that_is_not_one_is_refused() {
    let with = |field: &str, value: serde_json::Value| {
        let mut json = card_json();
        json[field] = value;
        serde_json::to_vec(&json).unwrap()
    };
    let without = |field: &str| {
        let mut json = card_json();
        json.as_object_mut().unwrap().remove(field);
        serde_json::to_vec(&json).unwrap()
    };
    let mut too_large = card().to_bytes();
    too_large.resize(64 * 1024 + 1, b' ');
    let key = card().public_key;
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("over 64 KiB", too_large),
        ("empty", Vec::new()),
        ("not JSON", b"council_desk_site_card = 1".to_vec()),
        ("not UTF-8", vec![0xff, 0xfe, b'{', b'}']),
        ("a JSON list", b"[1, 2]".to_vec()),
        ("format 2", with("council_desk_site_card", json!(2))),
        ("format as text", with("council_desk_site_card", json!("1"))),
        ("no format", without("council_desk_site_card")),
        ("no key", without("public_key")),
        ("unknown field", with("secret", json!("x"))),
        ("site not a UUID", with("site", json!("tashkent"))),
        ("site a number", with("site", json!(7))),
        (
            "no name",
            with("name", json!({"ru": " ", "uz": "", "en": "\n"})),
        ),
        (
            "name missing a language",
            with("name", json!({"ru": "Москва"})),
        ),
        ("country unknown", with("country", json!("KZ"))),
        ("key too short", with("public_key", json!(key[..62]))),
        (
            "key not hex",
            with("public_key", json!(format!("{}xy", &key[..62]))),
        ),
        ("key not a point", with("public_key", json!(not_a_point()))),
        (
            "key weak",
            with("public_key", json!(format!("01{}", "00".repeat(31)))),
        ),
    ];
    for (what, bytes) in cases {
        assert!(refused(&bytes), "{what}");
    }
}

#[test]
fn a_huge_file_offered_as_a_card_is_refused_without_reading_it_all() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.cdcard");
    std::fs::write(&path, vec![b' '; 1024 * 1024]).unwrap();
    let error = SiteCard::read(&path).unwrap_err();
    assert_eq!(error.code, ErrorCode::SiteCardInvalid);
    assert!(error.message(Lang::Uz).contains("kartochkasi emas"));
}

#[test]
fn a_card_shows_the_fingerprint_of_its_key() {
    let card = card();
    assert_eq!(card.fingerprint(), fingerprint(&card.public_key));
    assert_eq!(card.fingerprint().len(), 8 * 4 + 7);
}
