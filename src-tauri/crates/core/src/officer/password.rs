//! Passwords of accounts, kept only as argon2id PHC strings (`$argon2id$v=19$…`): the salt and parameters
//! travel inside the string, so a later change of parameters still verifies the older hashes.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use crate::error::{CoreError, CoreResult, ErrorCode};

/// The argon2id hash of `password` with a fresh random salt.
pub(crate) fn hash_password(password: &str) -> CoreResult<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt)
        .map_err(|error| CoreError::new(ErrorCode::Internal, error.to_string()))?;
    let salt = SaltString::encode_b64(&salt)
        .map_err(|error| CoreError::new(ErrorCode::Internal, error.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|error| CoreError::new(ErrorCode::Internal, error.to_string()))
}

/// Whether `password` is the one `hash` was made from; a hash that cannot be read matches nothing.
pub(crate) fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let hash = hash_password("pass word").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("pass word", &hash));
        assert!(!verify_password("password", &hash));
        assert!(!verify_password("pass word", "not a hash"));
    }
}
