//! One argument of a command as the window sent it. The wrapper the surface makes per command reads every
//! argument through [`Argument`], so a value of the wrong shape (an id that is not a UUID, a state that does
//! not exist) answers the core's translated `{ code, message, field }` naming the argument, not Tauri's own
//! English text about deserialisation.

use council_core::{CoreError, CoreResult, ErrorCode};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// The argument, or what was wrong with the value given for it.
#[derive(Debug)]
pub struct Argument<T>(Result<T, Malformed>);

/// Why a value is not the argument's type, kept until the wrapper knows the argument's name.
#[derive(Debug)]
enum Malformed {
    /// Nothing (or `null`) was given for an argument that needs a value.
    Missing,
    /// The value the officer would recognise: the text given, or (for a list or an object) what is wrong
    /// with it.
    Quoted(String),
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Argument<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // As Tauri reads an `Option`: an absent key is none, like `null`.
        let given = Option::<Value>::deserialize(deserializer)?.unwrap_or(Value::Null);
        Ok(Argument(T::deserialize(&given).map_err(
            |error| match given {
                Value::Null => Malformed::Missing,
                Value::String(text) => Malformed::Quoted(text),
                _ => Malformed::Quoted(error.to_string()),
            },
        )))
    }
}

impl<T> Argument<T> {
    /// The value, or the error to answer for the argument `name` (`snake_case`, as the core names fields).
    pub fn given(self, name: &'static str) -> CoreResult<T> {
        self.0.map_err(|malformed| match malformed {
            Malformed::Missing => CoreError::new(ErrorCode::Required, name).on(name),
            Malformed::Quoted(quoted) => CoreError::new(ErrorCode::InvalidValue, quoted).on(name),
        })
    }
}

#[cfg(test)]
mod tests {
    use council_core::{Lang, RecordKey};
    use serde_json::json;
    use uuid::Uuid;

    use super::*;

    fn read<T: DeserializeOwned>(given: Value, name: &'static str) -> CoreResult<T> {
        serde_json::from_value::<Argument<T>>(given)
            .expect("an argument reads any JSON")
            .given(name)
    }

    #[test]
    fn a_malformed_id_answers_a_translated_invalid_value_naming_the_argument() {
        let error = read::<Uuid>(json!("not-a-uuid"), "id").expect_err("not an id");
        assert_eq!(
            serde_json::to_value(error.payload(Lang::Ru)).expect("payload JSON"),
            json!({
                "code": "invalid_value",
                "message": "Недопустимое значение: «not-a-uuid».",
                "field": "id",
            })
        );
        let error = read::<Uuid>(json!(42), "session_id").expect_err("a number is no id");
        assert_eq!(error.code, ErrorCode::InvalidValue);
        assert_eq!(error.field, Some("session_id"));
    }

    #[test]
    fn a_missing_argument_is_required_and_an_optional_one_is_none() {
        let error = read::<Uuid>(Value::Null, "id").expect_err("nothing given");
        assert_eq!(error.payload(Lang::En).message, "Fill in “id”.",);
        assert_eq!(
            read::<Option<Uuid>>(Value::Null, "session_id").ok(),
            Some(None)
        );
    }

    #[test]
    fn well_formed_values_pass_through() {
        let id = Uuid::now_v7();
        assert_eq!(read::<Uuid>(json!(id.to_string()), "id").ok(), Some(id));
        assert_eq!(
            read::<RecordKey>(json!("S-2026-1"), "id").ok(),
            Some(RecordKey::Number("S-2026-1".to_owned()))
        );
        assert!(read::<RecordKey>(json!(""), "id").is_err());
    }
}
