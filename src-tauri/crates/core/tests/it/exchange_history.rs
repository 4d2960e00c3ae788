//! The history of a record names the site where a change came from; this site's own changes name none.

use crate::exchange::{meet, send};
use crate::support::{TestStore, pairing};

#[test]
fn a_change_received_from_another_site_names_that_site_in_the_history() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    meet(&mut [&mut tashkent, &mut moscow]);
    let theirs = moscow
        .store
        .create_pairing(&pairing("UZ-BU", "RU-TA"))
        .unwrap();
    let ours = tashkent
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    send(&mut moscow.store, &mut tashkent.store);

    let received = tashkent
        .store
        .history("pairing", &theirs.id.to_string())
        .unwrap();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].site.as_deref(), Some(moscow.store.site_id()));
    let own = tashkent
        .store
        .history("pairing", &ours.id.to_string())
        .unwrap();
    assert_eq!(own[0].site, None);
    // At the site that made it, the change is its own.
    let at_home = moscow
        .store
        .history("pairing", &theirs.id.to_string())
        .unwrap();
    assert_eq!(at_home[0].site, None);
}
