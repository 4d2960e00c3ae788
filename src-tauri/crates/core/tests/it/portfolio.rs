//! Exchange rates, conversion to US dollars and the portfolio, against hand-checked numbers.

use chrono::NaiveDate;
use council_core::agreement::{AgreementGrouping, AgreementStatus};
use council_core::money::{Currency, Money};
use council_core::project::{PortfolioRow, ProjectGrouping, ProjectPortfolio, ProjectStatus};
use council_core::{AuditAction, ErrorCode, Store};

use crate::support::{TestStore, agreement, pairing, project};

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn money(minor: i64, currency: Currency) -> Money {
    Money { minor, currency }
}

#[test]
fn rates_are_recorded_listed_and_replaced_on_the_same_day() {
    let mut t = TestStore::new();
    let rate = t
        .store
        .set_rate(Currency::Rub, "2026-11-01", "92.35")
        .unwrap();
    assert_eq!(rate.micros_per_usd, 92_350_000);
    assert_eq!(rate.rate_text(), "92.35");
    t.store.set_rate(Currency::Rub, "2026-10-01", "95").unwrap();
    t.store
        .set_rate(Currency::Uzs, "2026-11-01", "12 800")
        .unwrap();
    let replaced = t
        .store
        .set_rate(Currency::Rub, "2026-11-01", "92,4")
        .unwrap();
    assert_eq!(replaced.micros_per_usd, 92_400_000);

    let all = t.store.list_rates(None).unwrap();
    let listed: Vec<(Currency, String, i64)> = all
        .iter()
        .map(|r| (r.currency, r.on_date.to_string(), r.micros_per_usd))
        .collect();
    assert_eq!(
        listed,
        vec![
            (Currency::Rub, "2026-11-01".into(), 92_400_000),
            (Currency::Rub, "2026-10-01".into(), 95_000_000),
            (Currency::Uzs, "2026-11-01".into(), 12_800_000_000),
        ]
    );
    assert_eq!(t.store.list_rates(Some(Currency::Uzs)).unwrap().len(), 1);
    let history: Vec<AuditAction> = t
        .store
        .history("exchange_rate", "RUB/2026-11-01")
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(history, [AuditAction::Create, AuditAction::Update]);
}

#[test]
fn bad_rates_are_refused_and_change_nothing() {
    let mut t = TestStore::new();
    for (currency, on_date, rate, code, field) in [
        (
            Currency::Usd,
            "2026-11-01",
            "1",
            ErrorCode::InvalidValue,
            "currency",
        ),
        (
            Currency::Rub,
            "2026-11-31",
            "92.35",
            ErrorCode::InvalidDate,
            "on_date",
        ),
        (
            Currency::Rub,
            "2026-11-01",
            "0",
            ErrorCode::InvalidValue,
            "rate",
        ),
        (
            Currency::Rub,
            "2026-11-01",
            "-92.35",
            ErrorCode::InvalidValue,
            "rate",
        ),
        (
            Currency::Rub,
            "2026-11-01",
            "92.35 RUB",
            ErrorCode::InvalidValue,
            "rate",
        ),
        (Currency::Rub, "2026-11-01", "", ErrorCode::Required, "rate"),
    ] {
        let error = t.store.set_rate(currency, on_date, rate).unwrap_err();
        assert_eq!((error.code, error.field), (code, Some(field)), "{rate}");
    }
    assert!(t.store.list_rates(None).unwrap().is_empty());
}

#[test]
fn conversion_uses_the_latest_rate_on_or_before_the_date() {
    let mut t = TestStore::new();
    t.store
        .set_rate(Currency::Rub, "2026-01-01", "100")
        .unwrap();
    t.store
        .set_rate(Currency::Rub, "2026-11-01", "92.35")
        .unwrap();
    t.store
        .set_rate(Currency::Uzs, "2026-11-01", "12800")
        .unwrap();
    let cents = |m: Money, on: &str| t.store.usd_cents(m, date(on));

    // 92 350 000 RUB at 92.35 → 1 000 000.00 USD; at 100 → 923 500.00 USD.
    let rub = money(9_235_000_000, Currency::Rub);
    assert_eq!(cents(rub, "2026-11-01").unwrap(), 100_000_000);
    assert_eq!(cents(rub, "2026-12-31").unwrap(), 100_000_000);
    assert_eq!(cents(rub, "2026-10-31").unwrap(), 92_350_000);
    // 12 800 UZS at 12 800 → 1.00 USD.
    assert_eq!(
        cents(money(1_280_000, Currency::Uzs), "2026-11-02").unwrap(),
        100
    );
    // Rounding half up to a cent: 1.50 RUB at 92.35 = 1.624 cents → 2; 64 UZS = 0.5 cent → 1; 63.99 → 0.
    assert_eq!(cents(money(150, Currency::Rub), "2026-11-01").unwrap(), 2);
    assert_eq!(cents(money(6_400, Currency::Uzs), "2026-11-01").unwrap(), 1);
    assert_eq!(cents(money(6_399, Currency::Uzs), "2026-11-01").unwrap(), 0);
    // The US dollar needs no rate.
    assert_eq!(
        cents(money(12_345, Currency::Usd), "1999-01-01").unwrap(),
        12_345
    );

    let error = cents(rub, "2025-12-31").unwrap_err();
    assert_eq!(error.code, ErrorCode::RateMissing);
    assert!(error.message(council_core::Lang::En).contains("RUB"));
    assert_eq!(
        cents(money(100, Currency::Uzs), "2026-10-31")
            .unwrap_err()
            .code,
        ErrorCode::RateMissing
    );
}

/// The small data set of the portfolio tests. Rates: RUB 100.00 from 2026-01-01, 92.35 from 2026-11-01; no UZS.
///
/// | project | sector  | pairing   | status    | value              |
/// |---------|---------|-----------|-----------|--------------------|
/// | P1      | energy  | Samarkand | under_way | 92 350 000.00 RUB  |
/// | P2      | energy  | Tashkent  | agreed    | 2 500 000.00 USD   |
/// | P3      | tourism | Samarkand | proposed  | 12 800 000.00 UZS  |
/// | P4      | tourism | —         | proposed  | —                  |
/// | P5      | energy  | Samarkand | under_way | 1 000.50 RUB       |
/// | P6      | energy  | Samarkand | agreed    | 1 000 000 USD, in the trash |
struct DataSet {
    store: TestStore,
    samarkand: String,
    tashkent: String,
}

fn data_set() -> DataSet {
    use ProjectStatus::{Agreed, Proposed, UnderWay};
    let mut t = TestStore::new();
    let samarkand = t
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap()
        .id
        .to_string();
    let tashkent = t
        .store
        .create_pairing(&pairing("UZ-TO", "RU-MOS"))
        .unwrap()
        .id
        .to_string();
    t.store
        .set_rate(Currency::Rub, "2026-01-01", "100.00")
        .unwrap();
    t.store
        .set_rate(Currency::Rub, "2026-11-01", "92.35")
        .unwrap();
    let mut add = |pairing_id: Option<&str>, sector, status, value: Option<(&str, Currency)>| {
        let mut input = project(pairing_id.unwrap_or(""), sector);
        if pairing_id.is_none() {
            input.pairing_id = None;
            input.regions = vec!["UZ-BU".into()];
        }
        input.status = status;
        input.value = value.map(|(amount, _)| amount.to_owned());
        input.currency = value.map(|(_, currency)| currency);
        t.store.create_project(&input).unwrap().id.to_string()
    };
    add(
        Some(&samarkand),
        "energy",
        UnderWay,
        Some(("92 350 000", Currency::Rub)),
    );
    add(
        Some(&tashkent),
        "energy",
        Agreed,
        Some(("2 500 000", Currency::Usd)),
    );
    add(
        Some(&samarkand),
        "tourism",
        Proposed,
        Some(("12 800 000", Currency::Uzs)),
    );
    add(None, "tourism", Proposed, None);
    add(
        Some(&samarkand),
        "energy",
        UnderWay,
        Some(("1 000.50", Currency::Rub)),
    );
    let trashed = add(
        Some(&samarkand),
        "energy",
        Agreed,
        Some(("1 000 000", Currency::Usd)),
    );
    t.store.delete_project(&trashed).unwrap();
    DataSet {
        store: t,
        samarkand,
        tashkent,
    }
}

/// (key, projects, total cents, unconverted, unconverted amounts) of every row.
fn summary(portfolio: &ProjectPortfolio) -> Vec<(String, i64, i64, i64, Vec<Money>)> {
    portfolio.rows.iter().map(row_summary).collect()
}

fn row_summary(row: &PortfolioRow) -> (String, i64, i64, i64, Vec<Money>) {
    (
        row.key.clone(),
        row.projects,
        row.total_usd_cents,
        row.unconverted,
        row.unconverted_amounts.clone(),
    )
}

fn portfolio(store: &Store, by: ProjectGrouping, as_of: &str) -> ProjectPortfolio {
    store.project_portfolio(by, Some(as_of)).unwrap()
}

const UZS_P3: Money = Money {
    minor: 1_280_000_000,
    currency: Currency::Uzs,
};

#[test]
fn the_portfolio_by_sector_matches_the_hand_count() {
    let d = data_set();
    let by_sector = portfolio(&d.store.store, ProjectGrouping::Sector, "2026-11-15");
    // Energy: RUB 92 351 000.50 at 92.35 = 1 000 010.834… → 1 000 010.83 USD, plus 2 500 000.00 USD.
    assert_eq!(
        summary(&by_sector),
        vec![
            ("energy".into(), 3, 350_001_083, 0, vec![]),
            ("tourism".into(), 2, 0, 1, vec![UZS_P3]),
        ]
    );
    assert_eq!(by_sector.rows[0].label.uz, "Energetika");
    assert_eq!(
        row_summary(&by_sector.total),
        (String::new(), 5, 350_001_083, 1, vec![UZS_P3])
    );
    assert_eq!(by_sector.missing_rates, vec![Currency::Uzs]);
    assert_eq!(by_sector.as_of, date("2026-11-15"));

    // Before November the older rate: 92 351 000.50 / 100 = 923 510.005 → 923 510.01 USD.
    let summer = portfolio(&d.store.store, ProjectGrouping::Sector, "2026-06-01");
    assert_eq!(summer.rows[0].total_usd_cents, 92_351_001 + 250_000_000);

    // Before any rouble rate the rouble projects are counted apart, never dropped.
    let early = portfolio(&d.store.store, ProjectGrouping::Sector, "2025-12-31");
    assert_eq!(
        summary(&early)[0],
        (
            "energy".into(),
            3,
            250_000_000,
            2,
            vec![money(9_235_100_050, Currency::Rub)]
        )
    );
    assert_eq!(early.missing_rates, vec![Currency::Rub, Currency::Uzs]);
}

#[test]
fn the_portfolio_by_pairing_and_by_status_matches_the_hand_count() {
    let d = data_set();
    let by_pairing = portfolio(&d.store.store, ProjectGrouping::Pairing, "2026-11-15");
    // Samarkand — Sverdlovsk sorts before Tashkent oblast — Moscow oblast in Russian; no pairing comes last.
    assert_eq!(
        summary(&by_pairing),
        vec![
            (d.samarkand.clone(), 3, 100_001_083, 1, vec![UZS_P3]),
            (d.tashkent.clone(), 1, 250_000_000, 0, vec![]),
            (String::new(), 1, 0, 0, vec![]),
        ]
    );
    assert!(by_pairing.rows[0].label.ru.contains(" — "));
    assert_eq!(by_pairing.rows[2].label.en, "No pairing");

    let by_status = portfolio(&d.store.store, ProjectGrouping::Status, "2026-11-15");
    assert_eq!(
        summary(&by_status),
        vec![
            ("proposed".into(), 2, 0, 1, vec![UZS_P3]),
            ("agreed".into(), 1, 250_000_000, 0, vec![]),
            ("under_way".into(), 2, 100_001_083, 0, vec![]),
        ]
    );
    assert_eq!(by_status.rows[2].label.ru, "Реализуется");
}

#[test]
fn an_empty_portfolio_and_a_bad_date() {
    let t = TestStore::new();
    let empty = t
        .store
        .project_portfolio(ProjectGrouping::Sector, None)
        .unwrap();
    assert!(empty.rows.is_empty() && empty.missing_rates.is_empty());
    assert_eq!(empty.total.projects, 0);
    let error = t
        .store
        .project_portfolio(ProjectGrouping::Status, Some("2026-13-01"))
        .unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::InvalidDate, Some("as_of"))
    );
}

#[test]
fn agreements_signed_are_counted_per_year_and_per_session() {
    let mut t = TestStore::new();
    let pairing_id = t
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap()
        .id
        .to_string();
    let mut add = |status, signed_on: &str| {
        let mut input = agreement(&pairing_id);
        input.status = status;
        input.signed_on = Some(signed_on.to_owned());
        t.store.create_agreement(&input).unwrap().id.to_string()
    };
    add(AgreementStatus::Expired, "2025-03-14");
    add(AgreementStatus::InForce, "2026-05-27");
    add(AgreementStatus::Signed, "2026-11-29");
    // A draft with a planned date was not signed; a trashed agreement does not count.
    add(AgreementStatus::Draft, "2026-12-01");
    let trashed = add(AgreementStatus::Signed, "2026-01-10");
    t.store.delete_agreement(&trashed).unwrap();

    let by_year: Vec<(String, String, i64)> = t
        .store
        .agreement_tally(AgreementGrouping::Year)
        .unwrap()
        .into_iter()
        .map(|row| (row.key, row.label.en, row.count))
        .collect();
    assert_eq!(
        by_year,
        vec![
            ("2025".into(), "2025".into(), 1),
            ("2026".into(), "2026".into(), 2)
        ]
    );
    let by_session = t.store.agreement_tally(AgreementGrouping::Session).unwrap();
    assert_eq!(by_session.len(), 1);
    assert_eq!((by_session[0].key.as_str(), by_session[0].count), ("", 3));
    assert_eq!(by_session[0].label.uz, "Majlisdan tashqari");
}

#[test]
fn a_pairing_portfolio_counts_only_its_own_live_projects_by_sector() {
    let d = data_set();
    let samarkand = d
        .store
        .store
        .pairing_portfolio(&d.samarkand, Some("2026-11-15"))
        .unwrap();
    // Energy: P1 and P5 (P6 is in the trash, P2 belongs to Tashkent); tourism: P3, counted apart (no UZS rate).
    assert_eq!(
        summary(&samarkand),
        vec![
            ("energy".into(), 2, 100_001_083, 0, vec![]),
            ("tourism".into(), 1, 0, 1, vec![UZS_P3]),
        ]
    );
    assert_eq!(
        row_summary(&samarkand.total),
        (String::new(), 3, 100_001_083, 1, vec![UZS_P3])
    );
    let tashkent = d
        .store
        .store
        .pairing_portfolio(&d.tashkent, Some("2026-11-15"))
        .unwrap();
    assert_eq!(
        summary(&tashkent),
        vec![("energy".into(), 1, 250_000_000, 0, vec![])]
    );
    let error = d
        .store
        .store
        .pairing_portfolio("01890000-0000-7000-8000-000000000000", None)
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::NotFound);
}
