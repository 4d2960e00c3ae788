//! Record identifiers.
//!
//! Records made by users get UUID v7 (time-ordered), so records made on two machines never collide and sort by
//! creation. Shipped reference data (regions with an ISO code) gets UUID v5 derived from its ISO code, so every
//! machine gives `UZ-SA` the same id and change packages from two machines refer to the same row.
//! In the database an id is the lowercase hyphenated text form (`0193…-…`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer};
use ts_rs::TS;
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

/// How a command names a record that also has a number of its own: by its id, or by that number (an
/// instruction's number, a council session's ordinal). It crosses IPC as the text the officer or the window
/// gave; which records a number names is the store's to say (`store/sessions.rs` `key_condition`).
#[derive(Debug, Clone, PartialEq, Eq, TS)]
#[ts(type = "string")]
pub enum RecordKey {
    /// The record's id.
    Id(Uuid),
    /// Its number, trimmed and never empty.
    Number(String),
}

impl FromStr for RecordKey {
    type Err = &'static str;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        if text.is_empty() {
            return Err("an id or a number, not an empty text");
        }
        Ok(
            Uuid::parse_str(text)
                .map_or_else(|_| RecordKey::Number(text.to_owned()), RecordKey::Id),
        )
    }
}

/// The text the store looks records up by: the id in its stored (lowercase, hyphenated) form, or the number.
impl fmt::Display for RecordKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordKey::Id(id) => id.fmt(f),
            RecordKey::Number(number) => f.write_str(number),
        }
    }
}

impl<'de> Deserialize<'de> for RecordKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
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

    #[test]
    fn a_record_key_is_an_id_or_a_number() {
        let id = new_id();
        assert_eq!(
            serde_json::from_str::<RecordKey>(&format!("\"{}\"", id.to_string().to_uppercase()))
                .ok(),
            Some(RecordKey::Id(id))
        );
        assert_eq!(
            " 12 ".parse::<RecordKey>(),
            Ok(RecordKey::Number("12".to_owned()))
        );
        assert_eq!(
            "12".parse::<RecordKey>().map(|key| key.to_string()),
            Ok("12".to_owned())
        );
        assert!(serde_json::from_str::<RecordKey>("\"  \"").is_err());
    }
}
