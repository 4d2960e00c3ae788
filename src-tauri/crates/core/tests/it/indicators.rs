//! The Council's indicators: the summit's targets shipped, values entered by period with their source, in the
//! trash and back, refused for want of a role, and the overview beside the register's own numbers.

use council_core::indicator::{
    IndicatorInput, IndicatorMeasure, IndicatorUnit, IndicatorValueInput, TargetKind,
};
use council_core::officer::Role;
use council_core::{ErrorCode, LocalizedText};

use crate::officers::with_accounts;
use crate::support::{TestStore, dump};

fn turnover(year: i32, quarter: Option<u8>, value: &str) -> IndicatorValueInput {
    IndicatorValueInput {
        indicator_id: "trade_turnover".to_owned(),
        year,
        quarter,
        value: value.to_owned(),
        source: "Oʻzbekiston statistika agentligi".to_owned(),
        as_of: format!("{year}-12-31"),
    }
}

#[test]
fn the_summit_targets_are_shipped_with_their_names_in_three_languages() {
    let t = TestStore::new();
    let indicators = t.store.list_indicators().unwrap();
    let codes: Vec<&str> = indicators
        .iter()
        .map(|p| p.indicator.code.as_str())
        .collect();
    assert_eq!(
        codes,
        [
            "trade_turnover",
            "joint_ventures",
            "project_portfolio",
            "agreements_signed"
        ]
    );
    let targets: Vec<(Option<i64>, TargetKind, IndicatorUnit)> = indicators
        .iter()
        .map(|p| {
            (
                p.indicator.target_milli,
                p.indicator.target_kind,
                p.indicator.unit,
            )
        })
        .collect();
    assert_eq!(
        targets,
        [
            (
                Some(30_000_000),
                TargetKind::Reach,
                IndicatorUnit::UsdMillion
            ),
            (Some(3_000_000), TargetKind::MoreThan, IndicatorUnit::Count),
            (
                Some(45_000_000),
                TargetKind::About,
                IndicatorUnit::UsdMillion
            ),
            (
                Some(20_000_000),
                TargetKind::MoreThan,
                IndicatorUnit::UsdMillion
            ),
        ]
    );
    assert_eq!(indicators[1].indicator.name.uz, "Qo\u{02BB}shma korxonalar");
    assert!(
        indicators
            .iter()
            .all(|p| p.values.is_empty() && p.progress.is_none())
    );
}

#[test]
fn an_officer_enters_values_by_year_and_quarter_and_the_progress_follows() {
    let mut t = TestStore::new();
    t.store
        .add_indicator_value(&turnover(2024, None, "11 000"))
        .unwrap();
    t.store
        .add_indicator_value(&turnover(2025, Some(1), "2 900,5"))
        .unwrap();
    let q2 = t
        .store
        .add_indicator_value(&turnover(2025, Some(2), "3 100"))
        .unwrap();
    assert_eq!(
        q2.source, "Oʻzbekiston statistika agentligi",
        "the Uzbek letters are kept"
    );

    let shown = t.store.indicator("trade_turnover").unwrap();
    assert_eq!(shown.values.len(), 3);
    assert_eq!(
        shown.current_milli,
        Some(6_000_500),
        "2025 so far: its quarters summed"
    );
    assert_eq!(shown.current_period, "2025");
    assert!((shown.progress.unwrap() - 6_000.5 / 30_000.0).abs() < 1e-9);
    assert_eq!(
        t.store.indicator(&shown.indicator.id.to_string()).unwrap(),
        shown,
        "by id as by code"
    );

    // The whole year's figure, once published, stands for the year.
    t.store
        .add_indicator_value(&turnover(2025, None, "12 500"))
        .unwrap();
    assert_eq!(
        t.store.indicator("trade_turnover").unwrap().current_milli,
        Some(12_500_000)
    );
    let history = t
        .store
        .recent_changes(&council_core::AuditFilter {
            entity: Some("indicator_value".to_owned()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(history.len(), 4);
}

#[test]
fn a_second_value_for_a_period_or_a_bad_figure_is_refused_and_changes_nothing() {
    let mut t = TestStore::new();
    t.store
        .add_indicator_value(&turnover(2025, Some(3), "3 000"))
        .unwrap();
    let before = dump(&t.path);
    let again = t
        .store
        .add_indicator_value(&turnover(2025, Some(3), "3 100"))
        .unwrap_err();
    assert_eq!(again.code, ErrorCode::IndicatorValueExists);
    assert_eq!(again.field, Some("quarter"));
    assert!(again.message(council_core::Lang::Uz).contains("2025 Q3"));
    for bad in [
        turnover(2025, Some(4), "три"),
        turnover(2025, Some(4), "-1"),
        IndicatorValueInput {
            indicator_id: "no_such_indicator".to_owned(),
            ..turnover(2025, Some(4), "1")
        },
    ] {
        assert!(t.store.add_indicator_value(&bad).is_err(), "{bad:?}");
    }
    assert_eq!(dump(&t.path), before);
}

#[test]
fn a_deleted_value_goes_to_the_trash_and_comes_back_while_its_period_is_free() {
    let mut t = TestStore::new();
    let first = t
        .store
        .add_indicator_value(&turnover(2024, None, "11 000"))
        .unwrap();
    let id = first.id.to_string();
    t.store.delete_indicator_value(&id).unwrap();
    assert!(
        t.store
            .indicator("trade_turnover")
            .unwrap()
            .values
            .is_empty()
    );
    let trash = t.store.trash().unwrap();
    let entry = trash.iter().find(|e| e.id == id).unwrap();
    assert_eq!(entry.entity, "indicator_value");
    assert_eq!(entry.label.en, "Trade turnover 2024");

    // Meanwhile another figure was entered for 2024: the old one cannot come back beside it.
    let second = t
        .store
        .add_indicator_value(&turnover(2024, None, "11 200"))
        .unwrap();
    let refused = t
        .store
        .restore_from_trash(
            "indicator_value",
            &id,
            chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
        )
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::IndicatorValueExists);
    t.store
        .delete_indicator_value(&second.id.to_string())
        .unwrap();
    t.store.restore_indicator_value(&id).unwrap();
    assert_eq!(
        t.store.indicator("trade_turnover").unwrap().current_milli,
        Some(11_000_000)
    );
}

#[test]
fn an_observer_cannot_enter_values_and_an_officer_cannot_move_targets() {
    let mut t = TestStore::new();
    with_accounts(&mut t.store, Role::Observer);
    let refused = t
        .store
        .add_indicator_value(&turnover(2025, None, "12 000"))
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::Forbidden);

    let mut t = TestStore::new();
    with_accounts(&mut t.store, Role::Officer);
    t.store
        .add_indicator_value(&turnover(2025, None, "12 000"))
        .unwrap();
    let target = IndicatorInput {
        name: LocalizedText {
            ru: "Товарооборот".to_owned(),
            uz: "Tovar aylanmasi".to_owned(),
            en: "Trade turnover".to_owned(),
        },
        unit: IndicatorUnit::UsdMillion,
        measure: IndicatorMeasure::Annual,
        target_kind: TargetKind::Reach,
        target: "25 000".to_owned(),
    };
    let refused = t
        .store
        .update_indicator("trade_turnover", &target)
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::Forbidden);
    assert_eq!(
        t.store
            .indicator("trade_turnover")
            .unwrap()
            .indicator
            .target_milli,
        Some(30_000_000)
    );
}

#[test]
fn the_head_adds_an_indicator_of_the_secretariats_own_after_the_shipped_ones() {
    let mut t = TestStore::new();
    let added = t
        .store
        .add_indicator(&IndicatorInput {
            name: LocalizedText {
                ru: "Туристические поездки".to_owned(),
                uz: "Turistik safarlar".to_owned(),
                en: String::new(),
            },
            unit: IndicatorUnit::Count,
            measure: IndicatorMeasure::Annual,
            target_kind: TargetKind::MoreThan,
            target: String::new(),
        })
        .unwrap();
    assert_eq!(added.code, "");
    assert_eq!(added.target_milli, None);
    let listed = t.store.list_indicators().unwrap();
    assert_eq!(listed.last().unwrap().indicator.id, added.id);
}

#[test]
fn the_overview_puts_the_targets_beside_what_the_register_counts() {
    let t = TestStore::demo(3);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let overview = t.store.council_overview(today).unwrap();
    assert_eq!(overview.indicators.len(), 4);
    assert!(
        overview
            .indicators
            .iter()
            .all(|p| p.values.len() >= 4 && p.progress.is_some()),
        "the demonstration fills every series"
    );
    assert!(overview.portfolio_by_sector.total.total_usd_cents > 0);
    assert_eq!(
        overview.portfolio_by_sector.total.total_usd_cents,
        overview.portfolio_by_pairing.total.total_usd_cents,
        "the same projects by sector and by pairing"
    );
    assert!(!overview.agreements_by_year.is_empty());
    assert!(overview.execution.counted > 0 && overview.execution.rate.is_some());
    let held: i64 = overview
        .sessions_held
        .iter()
        .map(|y| y.council_sessions + y.other)
        .sum();
    assert!(held > 0);
}
