//! The site card: the small file a site gives its peers once, by e-mail or on a USB stick, so that they
//! accept its packages. Its fingerprint is read aloud over the phone to check the card is the one sent.
//!
//! ```json
//! {
//!   "council_desk_site_card": 1,
//!   "site": "0193b3c2-…",
//!   "name": { "ru": "…", "uz": "…", "en": "…" },
//!   "country": "UZ",
//!   "public_key": "64 lower-case hex digits"
//! }
//! ```
//!
//! A card read from a file is hostile until checked: anything over 64 KiB, not JSON, another format number,
//! a site id that is not a UUID, a name empty in every language or a key that is not an Ed25519 key is
//! refused as `site_card_invalid`.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use council_core::{CoreError, CoreResult, Country, ErrorCode, LocalizedText};
use serde::{Deserialize, Serialize};

use crate::keys;

/// The format number this version writes and reads.
pub const CARD_FORMAT: u32 = 1;

/// The largest card file read; a real one is well under 1 KiB.
pub const CARD_MAX_BYTES: u64 = 64 * 1024;

/// What a site tells its peers about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteCard {
    /// The site's id, a UUID in its canonical lower-case form.
    pub site: String,
    /// The site's name; at least one language is filled in.
    pub name: LocalizedText,
    pub country: Country,
    /// The Ed25519 public key, 64 lower-case hex digits, a valid key.
    pub public_key: String,
}

/// The card as it is written in the file.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CardFile {
    council_desk_site_card: u32,
    site: String,
    name: LocalizedText,
    country: Country,
    public_key: String,
}

fn invalid(why: impl Into<String>) -> CoreError {
    CoreError::new(ErrorCode::SiteCardInvalid, why)
}

impl SiteCard {
    /// The card as a file's bytes: pretty JSON in UTF-8 (Uzbek and Russian letters written as themselves),
    /// ending with a new line.
    #[must_use]
    pub fn to_bytes(&self) -> Vec<u8> {
        let file = CardFile {
            council_desk_site_card: CARD_FORMAT,
            site: self.site.clone(),
            name: self.name.clone(),
            country: self.country,
            public_key: self.public_key.clone(),
        };
        let mut bytes =
            serde_json::to_vec_pretty(&file).expect("a card of strings serializes to JSON");
        bytes.push(b'\n');
        bytes
    }

    /// Writes the card to `path`, replacing a file there.
    pub fn write(&self, path: &Path) -> CoreResult<()> {
        std::fs::write(path, self.to_bytes())?;
        Ok(())
    }

    /// Reads and checks the card in the file at `path`, never reading more than [`CARD_MAX_BYTES`] of it.
    pub fn read(path: &Path) -> CoreResult<SiteCard> {
        let file = File::open(path)?;
        let mut bytes = Vec::new();
        file.take(CARD_MAX_BYTES + 1).read_to_end(&mut bytes)?;
        SiteCard::from_bytes(&bytes)
    }

    /// Checks and reads a card from a file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> CoreResult<SiteCard> {
        if bytes.len() as u64 > CARD_MAX_BYTES {
            return Err(invalid("the file is larger than 64 KiB"));
        }
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|_| invalid("the file is not JSON"))?;
        match value.get("council_desk_site_card") {
            Some(format) if format.as_u64() == Some(u64::from(CARD_FORMAT)) => {}
            Some(format) => return Err(invalid(format!("card format {format}"))),
            None => return Err(invalid("no card format number")),
        }
        let file: CardFile = serde_json::from_value(value)
            .map_err(|error| invalid(format!("the card's fields: {error}")))?;
        let site = uuid::Uuid::try_parse(&file.site)
            .map_err(|_| invalid("the site id is not a UUID"))?
            .hyphenated()
            .to_string();
        if [&file.name.ru, &file.name.uz, &file.name.en]
            .iter()
            .all(|variant| variant.trim().is_empty())
        {
            return Err(invalid("the site has no name"));
        }
        let public_key = file.public_key.to_ascii_lowercase();
        keys::verifying_key(&public_key)?;
        Ok(SiteCard {
            site,
            name: file.name,
            country: file.country,
            public_key,
        })
    }

    /// The fingerprint of the card's key, to read aloud over the phone (see [`keys::fingerprint`]).
    #[must_use]
    pub fn fingerprint(&self) -> String {
        keys::fingerprint(&self.public_key)
    }
}
