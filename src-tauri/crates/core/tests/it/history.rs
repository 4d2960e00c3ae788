//! The list of recent changes: newest first, filtered by record type, user and day.

use council_core::{AuditAction, AuditFilter, ErrorCode};
use rusqlite::{Connection, params};

use crate::support::{TestStore, pairing};

#[test]
fn recent_changes_are_newest_first_and_filtered() {
    let mut t = TestStore::new();
    let first = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    let second = t.store.create_pairing(&pairing("UZ-TO", "RU-MOS")).unwrap();
    t.store.delete_pairing(&first.id.to_string()).unwrap();
    // One older change by another user, the evening before in UTC but already the next day in Tashkent.
    let conn = Connection::open(&t.path).unwrap();
    conn.execute(
        "UPDATE audit_log SET at = ?1, os_user = 'karimov' WHERE record_id = ?2 AND action = 'create'",
        params!["2026-03-09T20:30:00.000Z", second.id.to_string()],
    )
    .unwrap();

    let all = t.store.recent_changes(&AuditFilter::default()).unwrap();
    let seqs: Vec<i64> = all.iter().map(|e| e.seq).collect();
    let mut sorted = seqs.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(seqs, sorted);
    assert_eq!(all[0].action, AuditAction::Delete);
    assert_eq!(all[0].record_id, first.id.to_string());
    assert!(all[0].before.is_some() && all[0].after.is_some());

    let only = |filter: AuditFilter| t.store.recent_changes(&filter).unwrap();
    let by_user = only(AuditFilter {
        os_user: Some("karimov".into()),
        ..AuditFilter::default()
    });
    assert_eq!(by_user.len(), 1);
    assert_eq!(by_user[0].record_id, second.id.to_string());
    // 20:30 UTC on the 9th is 01:30 on the 10th in Tashkent.
    let tenth = only(AuditFilter {
        from: Some("2026-03-10".into()),
        to: Some("2026-03-10".into()),
        ..AuditFilter::default()
    });
    assert_eq!(
        tenth.iter().map(|e| e.seq).collect::<Vec<_>>(),
        vec![by_user[0].seq]
    );
    let ninth = only(AuditFilter {
        to: Some("2026-03-09".into()),
        ..AuditFilter::default()
    });
    assert!(ninth.is_empty());
    let regions = only(AuditFilter {
        entity: Some("region".into()),
        ..AuditFilter::default()
    });
    assert!(regions.iter().all(|e| e.entity == "region"));
    assert_eq!(
        only(AuditFilter {
            limit: Some(2),
            ..AuditFilter::default()
        })
        .len(),
        2
    );

    let error = t
        .store
        .recent_changes(&AuditFilter {
            from: Some("2026-02-30".into()),
            ..AuditFilter::default()
        })
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::InvalidDate);
}
