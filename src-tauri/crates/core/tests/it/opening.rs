//! What the window asks for as it opens: the reference data and the dashboard, each in one answer.

use chrono::NaiveDate;
use council_core::control::{InstructionFilter, RateBy};
use council_core::session::{SessionFilter, SessionStatus, StatusChange};
use council_core::store::{DASHBOARD_OVERDUE, DASHBOARD_SESSIONS};
use council_core::{Lang, RegionFilter};

use crate::support::{TestStore, new_session};

const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();

fn demo() -> TestStore {
    TestStore::demo(7)
}

fn coming(t: &TestStore) -> Vec<council_core::session::Session> {
    t.store
        .list_sessions(&SessionFilter {
            from: Some(TODAY.to_string()),
            ..SessionFilter::default()
        })
        .unwrap()
}

#[test]
fn the_reference_data_is_the_language_the_date_every_region_and_every_sector() {
    let mut t = TestStore::new();
    t.store.set_language(Lang::Uz).unwrap();
    let reference = t.store.reference().unwrap();
    assert_eq!(reference.about.language, Lang::Uz);
    assert_eq!(reference.today, t.store.secretariat_today().unwrap());
    assert_eq!(
        reference.regions,
        t.store.list_regions(&RegionFilter::default()).unwrap()
    );
    assert_eq!(reference.regions.len(), 14 + 83, "the shipped regions");
    assert_eq!(reference.sectors, t.store.list_sectors().unwrap());
    assert_eq!(reference.sectors.len(), 14, "the shipped sectors");
}

#[test]
fn the_dashboard_gives_the_counts_the_most_overdue_the_rates_and_the_next_sessions() {
    let t = demo();
    let dashboard = t.store.dashboard(TODAY).unwrap();
    assert_eq!(dashboard.summary, t.store.control_summary(TODAY).unwrap());
    assert_eq!(
        dashboard.rates,
        t.store.execution_rates(RateBy::Body, TODAY).unwrap()
    );

    let overdue = t
        .store
        .list_instructions(
            &InstructionFilter {
                open_only: true,
                overdue: true,
                ..InstructionFilter::default()
            },
            TODAY,
        )
        .unwrap();
    assert!(
        !overdue.is_empty(),
        "the demonstration has overdue instructions"
    );
    let shown = overdue.len().min(DASHBOARD_OVERDUE as usize);
    assert_eq!(
        dashboard.most_overdue,
        overdue[..shown],
        "the oldest due dates first"
    );

    let coming: Vec<_> = coming(&t)
        .into_iter()
        .filter(|s| s.status != SessionStatus::Cancelled)
        .take(DASHBOARD_SESSIONS)
        .collect();
    assert!(!coming.is_empty(), "the demonstration has coming sessions");
    assert_eq!(dashboard.next_sessions, coming);
}

#[test]
fn a_cancelled_session_leaves_the_dashboard_and_the_next_one_takes_its_line() {
    let mut t = TestStore::new();
    new_session(&mut t.store, "2026-11-02 10:00");
    for day in 1..=7 {
        new_session(&mut t.store, &format!("2026-12-0{day} 10:00"));
    }
    let before = coming(&t);
    assert_eq!(before.len(), 7, "the past session is not coming");
    let ids = |sessions: &[council_core::session::Session]| -> Vec<_> {
        sessions.iter().map(|s| s.id).collect()
    };
    assert_eq!(
        ids(&t.store.dashboard(TODAY).unwrap().next_sessions),
        ids(&before[..DASHBOARD_SESSIONS])
    );

    t.store
        .change_session_status(
            &before[0].id.to_string(),
            &StatusChange {
                to: SessionStatus::Cancelled,
                new_start: None,
                reason: "Перенос визита".to_owned(),
            },
        )
        .unwrap();
    assert_eq!(
        ids(&t.store.dashboard(TODAY).unwrap().next_sessions),
        ids(&before[1..=DASHBOARD_SESSIONS])
    );
}

#[test]
fn a_register_with_an_unnamed_site_is_asked_its_secretariat_until_named_or_put_off() {
    let fresh = TestStore::new();
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    // An empty register starts on the first-start screen, which offers the exchange itself.
    assert!(!fresh.store.dashboard(today).unwrap().ask_site_name);
    let mut kept = demo();
    assert!(kept.store.dashboard(today).unwrap().ask_site_name);
    kept.store.site_name_not_now().unwrap();
    kept.store.site_name_not_now().unwrap();
    assert!(!kept.store.dashboard(today).unwrap().ask_site_name);
    let mut named = demo();
    named
        .store
        .name_site(&council_core::site::SiteInput {
            name: council_core::LocalizedText {
                ru: "Узбекский секретариат".into(),
                uz: "Oʻzbekiston kotibiyati".into(),
                en: "Uzbek secretariat".into(),
            },
            country: council_core::Country::Uz,
        })
        .unwrap();
    assert!(!named.store.dashboard(today).unwrap().ask_site_name);
}
