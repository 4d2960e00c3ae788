//! The shipped region register: complete, exact, loaded once, never overwriting a user's edits.

use std::collections::HashSet;

use council_core::{
    Country, ErrorCode, LocalizedText, RegionFilter, RegionInput, RegionKind, Store,
};

use crate::support::TestStore;

fn all(store: &Store) -> Vec<council_core::Region> {
    store.list_regions(&RegionFilter::default()).unwrap()
}

#[test]
fn fourteen_uzbek_and_eighty_three_russian_regions_are_loaded() {
    let t = TestStore::new();
    let regions = all(&t.store);
    let uz = regions.iter().filter(|r| r.country == Country::Uz).count();
    let ru = regions.iter().filter(|r| r.country == Country::Ru).count();
    assert_eq!((uz, ru), (14, 83));
    let codes: HashSet<_> = regions.iter().filter_map(|r| r.iso_code.clone()).collect();
    assert_eq!(codes.len(), 97);
    for region in &regions {
        let code = region.iso_code.as_deref().unwrap();
        assert!(
            code.starts_with(&format!("{}-", region.country.code())),
            "{code}"
        );
        for text in [
            &region.name.ru,
            &region.name.uz,
            &region.name.en,
            &region.centre.ru,
            &region.time_zone,
        ] {
            assert!(!text.is_empty(), "{code} has an empty field");
        }
        let tz: chrono_tz::Tz = region
            .time_zone
            .parse()
            .unwrap_or_else(|_| panic!("{code}: bad zone"));
        let _ = tz;
    }
}

#[test]
fn tashkent_city_and_tashkent_region_are_kept_apart() {
    let t = TestStore::new();
    let city = t.store.region("UZ-TK").unwrap();
    let region = t.store.region("UZ-TO").unwrap();
    assert_eq!(city.kind, RegionKind::City);
    assert_eq!(city.name.uz, "Toshkent shahri");
    assert_eq!(region.kind, RegionKind::Region);
    assert_eq!(region.name.uz, "Toshkent viloyati");
    assert_eq!(
        t.store.region("RU-SVE").unwrap().time_zone,
        "Asia/Yekaterinburg"
    );
    assert_eq!(t.store.region("ru-mow").unwrap().name.en, "Moscow");
}

#[test]
fn uzbek_names_use_the_modifier_letters_never_ascii_apostrophes() {
    let t = TestStore::new();
    let regions = all(&t.store);
    for region in &regions {
        for text in [&region.name.uz, &region.centre.uz] {
            assert!(
                !text.contains(['\'', '\u{2018}', '\u{2019}', '`']),
                "{text}"
            );
        }
    }
    let fergana = t.store.region("UZ-FA").unwrap();
    assert_eq!(fergana.name.uz, "Farg\u{02BB}ona viloyati");
    assert_eq!(
        t.store.region("UZ-QR").unwrap().name.uz,
        "Qoraqalpog\u{02BB}iston Respublikasi"
    );
    let sectors = t.store.list_sectors().unwrap();
    assert_eq!(sectors.len(), 14);
    assert!(sectors.iter().any(|s| s.name.uz == "Ta\u{02BC}lim"));
}

#[test]
fn reference_data_loads_once_and_keeps_user_edits() {
    let mut t = TestStore::new();
    let shipped = t.store.region("UZ-SA").unwrap();
    let input = RegionInput {
        country: "UZ".into(),
        kind: "region".into(),
        name: LocalizedText {
            ru: "Самаркандская обл.".into(),
            ..shipped.name.clone()
        },
        centre: shipped.centre.clone(),
        time_zone: shipped.time_zone.clone(),
    };
    let edited = t.store.update_region("UZ-SA", &input).unwrap();
    assert!(edited.user_edited);
    assert_eq!(edited.id, shipped.id);
    drop(t.store);

    let store = Store::open(&t.path.clone()).unwrap();
    assert_eq!(all(&store).len(), 97);
    assert_eq!(store.region("UZ-SA").unwrap().name.ru, "Самаркандская обл.");
    let history = store.history("region", &shipped.id.to_string()).unwrap();
    assert_eq!(history.len(), 1);
}

#[test]
fn a_user_may_add_a_region_without_an_iso_code() {
    let mut t = TestStore::new();
    let added = t
        .store
        .add_region(&RegionInput {
            country: "RU".into(),
            kind: "city".into(),
            name: LocalizedText {
                ru: "Байконур".into(),
                uz: "Boyqo'ng'ir".into(),
                en: "Baikonur".into(),
            },
            ..RegionInput::default()
        })
        .unwrap();
    assert_eq!(added.iso_code, None);
    assert_eq!(added.name.uz, "Boyqo\u{02BB}ng\u{02BB}ir");
    assert_eq!(added.id.get_version_num(), 7);
    assert_eq!(all(&t.store).len(), 98);
    let missing_name = t.store.add_region(&RegionInput {
        country: "RU".into(),
        kind: "city".into(),
        ..RegionInput::default()
    });
    assert_eq!(missing_name.unwrap_err().code, ErrorCode::Required);
    assert_eq!(all(&t.store).len(), 98);
}

#[test]
fn filters_by_country_and_by_text_in_any_script() {
    let t = TestStore::new();
    let uz = t
        .store
        .list_regions(&RegionFilter {
            country: Some(Country::Uz),
            text: None,
        })
        .unwrap();
    assert_eq!(uz.len(), 14);
    let by_cyrillic = t
        .store
        .list_regions(&RegionFilter {
            country: None,
            text: Some("САМАРК".into()),
        })
        .unwrap();
    assert_eq!(by_cyrillic.len(), 1);
    assert_eq!(by_cyrillic[0].iso_code.as_deref(), Some("UZ-SA"));
    let by_latin = t
        .store
        .list_regions(&RegionFilter {
            country: Some(Country::Ru),
            text: Some("yekaterinburg".into()),
        })
        .unwrap();
    assert_eq!(by_latin[0].iso_code.as_deref(), Some("RU-SVE"));
}

#[test]
fn regions_sectors_and_pairings_name_their_regions_in_localized_text() {
    let mut t = TestStore::new();
    let region = serde_json::to_value(t.store.region("UZ-QR").unwrap()).unwrap();
    assert_eq!(region["name"]["uz"], "Qoraqalpogʻiston Respublikasi");
    assert_eq!(region["name"]["ru"], "Республика Каракалпакстан");
    assert_eq!(region["centre"]["en"], "Nukus");
    let sector = serde_json::to_value(&t.store.list_sectors().unwrap()[0]).unwrap();
    assert_eq!(sector["name"]["ru"], "Энергетика");
    let pairing = t
        .store
        .create_pairing(&crate::support::pairing("UZ-FA", "RU-SVE"))
        .unwrap();
    let pairing = serde_json::to_value(pairing).unwrap();
    assert_eq!(pairing["uz_region"]["name"]["uz"], "Fargʻona viloyati");
}
