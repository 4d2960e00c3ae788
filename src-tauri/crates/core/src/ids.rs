//! Record identifiers.
//!
//! Records made by users get UUID v7 (time-ordered), so records made on two machines never collide and sort by
//! creation. Shipped reference data (regions with an ISO code) gets UUID v5 derived from its ISO code, so every
//! machine gives `UZ-SA` the same id and change packages from two machines refer to the same row.
//! In the database an id is the lowercase hyphenated text form (`0193…-…`).

use uuid::Uuid;

/// Namespace of the v5 ids of shipped regions (a fixed random UUID; never change it).
const REGION_NAMESPACE: Uuid = Uuid::from_u128(0x5c1e_7a3e_9d2b_4f61_8a0e_2b7c_4d19_e6f3);

/// A new id for a record a user creates.
#[must_use]
pub fn new_id() -> Uuid {
    Uuid::now_v7()
}

/// The stable id of the shipped region with this ISO 3166-2 code.
#[must_use]
pub fn region_id_for_iso(iso_code: &str) -> Uuid {
    Uuid::new_v5(&REGION_NAMESPACE, iso_code.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_are_version_7_and_ordered() {
        let first = new_id();
        let second = new_id();
        assert_eq!(first.get_version_num(), 7);
        assert!(first < second);
    }

    #[test]
    fn shipped_region_ids_are_the_same_everywhere() {
        assert_eq!(region_id_for_iso("UZ-SA"), region_id_for_iso("UZ-SA"));
        assert_ne!(region_id_for_iso("UZ-TK"), region_id_for_iso("UZ-TO"));
    }
}
