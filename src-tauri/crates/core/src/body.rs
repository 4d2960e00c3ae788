//! Bodies: ministries, agencies, regional administrations and companies of either country.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::{Lang, LocalizedText};
use crate::region::Country;

/// What kind of organisation a body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    Ministry,
    Agency,
    RegionalAdministration,
    Company,
    Other,
}

impl BodyKind {
    /// Every kind, in the order forms list them.
    pub const ALL: [BodyKind; 5] = [
        BodyKind::Ministry,
        BodyKind::Agency,
        BodyKind::RegionalAdministration,
        BodyKind::Company,
        BodyKind::Other,
    ];

    /// The code stored in the database and used on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            BodyKind::Ministry => "ministry",
            BodyKind::Agency => "agency",
            BodyKind::RegionalAdministration => "regional_administration",
            BodyKind::Company => "company",
            BodyKind::Other => "other",
        }
    }

    /// Parses a kind code.
    pub fn parse(text: &str) -> CoreResult<BodyKind> {
        BodyKind::ALL
            .into_iter()
            .find(|kind| kind.code() == text.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("kind"))
    }
}

/// A body as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Body {
    pub id: Uuid,
    pub country: Country,
    pub kind: BodyKind,
    pub name: LocalizedText,
    /// The region a regional administration governs.
    pub region_id: Option<Uuid>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// What a user submits to create or change a body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BodyInput {
    pub country: Country,
    pub kind: BodyKind,
    pub name: LocalizedText,
    /// A region (id or ISO code), for a regional administration.
    pub region: Option<String>,
}

impl BodyInput {
    /// Checks what needs no database: a name in at least one language, a region for a regional
    /// administration, trimmed text.
    pub(crate) fn check(&self) -> CoreResult<BodyInput> {
        let name = self.name.trimmed();
        if Lang::ALL.iter().all(|lang| name.get(*lang).is_empty()) {
            return Err(CoreError::new(ErrorCode::Required, "name").on("name"));
        }
        let region = self
            .region
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_owned);
        if self.kind == BodyKind::RegionalAdministration && region.is_none() {
            return Err(CoreError::new(ErrorCode::Required, "region").on("region"));
        }
        Ok(BodyInput {
            country: self.country,
            kind: self.kind,
            name,
            region,
        })
    }
}
