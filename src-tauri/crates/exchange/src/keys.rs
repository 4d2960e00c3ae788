//! A site's signing key. The secret half stays in the site's database; the public half travels on the site
//! card, and its fingerprint is read aloud over the phone when two secretariats meet.

use std::fmt;

use council_core::{CoreError, CoreResult, ErrorCode};
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

use crate::hex;

/// A site's Ed25519 key pair. `Debug` never shows the secret, and it is not `Clone`: the secret lives in one
/// place (wiped when dropped) until it is written back to the database.
pub struct SiteKeys {
    signing: SigningKey,
}

impl SiteKeys {
    /// A new key pair from 32 random bytes of the operating system.
    pub fn generate() -> CoreResult<SiteKeys> {
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret)
            .map_err(|error| CoreError::new(ErrorCode::Storage, error.to_string()))?;
        Ok(SiteKeys {
            signing: SigningKey::from_bytes(&secret),
        })
    }

    /// The key pair whose secret is these exactly 32 bytes (as [`SiteKeys::secret`] gave them).
    pub fn from_secret(secret: &[u8]) -> CoreResult<SiteKeys> {
        let secret: &[u8; 32] = secret.try_into().map_err(|_| {
            CoreError::new(
                ErrorCode::InvalidValue,
                format!("secret key of {} bytes", secret.len()),
            )
            .on("secret_key")
        })?;
        Ok(SiteKeys {
            signing: SigningKey::from_bytes(secret),
        })
    }

    /// The 32 secret bytes, to keep in the site's database. Never shown, never sent.
    #[must_use]
    pub fn secret(&self) -> [u8; 32] {
        self.signing.to_bytes()
    }

    /// The public key as 64 lower-case hex digits, as the site card carries it.
    #[must_use]
    pub fn public_hex(&self) -> String {
        hex::encode(self.signing.verifying_key().as_bytes())
    }

    /// The Ed25519 signature of `digest` (a package's SHA-512).
    #[must_use]
    pub fn sign(&self, digest: &[u8]) -> [u8; 64] {
        self.signing.sign(digest).to_bytes()
    }
}

impl fmt::Debug for SiteKeys {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("SiteKeys")
            .field("public_key", &self.public_hex())
            .field("secret", &"…")
            .finish()
    }
}

/// The public key written as 64 hex digits, refused (`site_card_invalid`) when it is not hex of 32 bytes, not
/// a point of the curve, or a weak key that any signature would match.
pub fn verifying_key(public_hex: &str) -> CoreResult<VerifyingKey> {
    let invalid = || {
        CoreError::new(
            ErrorCode::SiteCardInvalid,
            "the public key is not an Ed25519 key",
        )
    };
    let bytes = hex::decode::<32>(public_hex).ok_or_else(invalid)?;
    let key = VerifyingKey::from_bytes(&bytes).map_err(|_| invalid())?;
    if key.is_weak() {
        return Err(invalid());
    }
    Ok(key)
}

/// The fingerprint of a public key, to read aloud over the phone: the first 16 bytes of the SHA-256 of the
/// key's 32 bytes, as 8 groups of 4 upper-case hex digits (`3F2A 9C01 …`). A text that is not a key's hex is
/// fingerprinted as its own UTF-8 bytes (a site card with such a key is refused before it is shown).
#[must_use]
pub fn fingerprint(public_hex: &str) -> String {
    let digest = match hex::decode::<32>(public_hex) {
        Some(bytes) => Sha256::digest(bytes),
        None => Sha256::digest(public_hex.as_bytes()),
    };
    digest[..16]
        .chunks_exact(2)
        .map(|pair| format!("{:02X}{:02X}", pair[0], pair[1]))
        .collect::<Vec<_>>()
        .join(" ")
}
