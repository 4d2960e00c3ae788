//! Decisions of a session: numbered in order of adoption, amended or rescinded with their history kept.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::{Lang, LocalizedText};

/// Where a decision stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DecisionStatus {
    InForce,
    /// In force with a changed text; the old text is in the revisions.
    Amended,
    /// No longer in force; it cannot be amended.
    Rescinded,
}

impl DecisionStatus {
    /// Every status.
    pub const ALL: [DecisionStatus; 3] = [
        DecisionStatus::InForce,
        DecisionStatus::Amended,
        DecisionStatus::Rescinded,
    ];

    /// The code stored in the database and used on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            DecisionStatus::InForce => "in_force",
            DecisionStatus::Amended => "amended",
            DecisionStatus::Rescinded => "rescinded",
        }
    }

    /// Parses a status code.
    pub fn parse(text: &str) -> CoreResult<DecisionStatus> {
        DecisionStatus::ALL
            .into_iter()
            .find(|status| status.code() == text.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("status"))
    }
}

/// A decision as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Decision {
    pub id: Uuid,
    pub session_id: Uuid,
    /// n in the number: its place in the order of adoption within the session (0 while the number is pending).
    pub seq: i64,
    /// `{session ordinal}/{n}` (`{YYYYMMDD of the session's local start}/{n}` for sessions without an ordinal),
    /// fixed when given; empty while it is pending.
    pub number: String,
    /// Recorded on a site that does not number its session: the number comes when the session's numbering
    /// site has received the decision and its answer has come back.
    pub number_pending: bool,
    /// The agenda item it was adopted under.
    pub agenda_item_id: Option<Uuid>,
    /// The text in force (the latest amendment's).
    pub text: LocalizedText,
    pub adopted_on: NaiveDate,
    pub status: DecisionStatus,
    /// Every amendment and rescission, oldest first.
    pub revisions: Vec<DecisionRevision>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// What an amendment or a rescission did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RevisionKind {
    Amended,
    Rescinded,
}

impl RevisionKind {
    /// Every kind of revision.
    pub const ALL: [RevisionKind; 2] = [RevisionKind::Amended, RevisionKind::Rescinded];

    /// The code stored in the database.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            RevisionKind::Amended => "amended",
            RevisionKind::Rescinded => "rescinded",
        }
    }

    /// Parses a stored revision code.
    pub fn parse(text: &str) -> CoreResult<RevisionKind> {
        RevisionKind::ALL
            .into_iter()
            .find(|kind| kind.code() == text.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("kind"))
    }
}

/// One amendment or rescission, with the text it replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DecisionRevision {
    pub seq: i64,
    /// UTC instant.
    pub at: String,
    pub kind: RevisionKind,
    /// The text in force before this revision.
    pub old_text: LocalizedText,
    pub reason: String,
}

/// What a user submits to record a decision.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DecisionInput {
    /// An agenda item of the same session (id).
    pub agenda_item_id: Option<String>,
    pub text: LocalizedText,
    /// `YYYY-MM-DD`; the session's local date when absent.
    pub adopted_on: Option<String>,
}

/// The text of a decision must exist in at least one language.
pub(crate) fn check_text(text: &LocalizedText) -> CoreResult<LocalizedText> {
    let text = text.trimmed();
    if Lang::ALL.iter().all(|lang| text.get(*lang).is_empty()) {
        return Err(CoreError::new(ErrorCode::Required, "text").on("text"));
    }
    Ok(text)
}

/// The number of the `seq`-th decision of a session: `{ordinal}/{seq}`, else `{YYYYMMDD}/{seq}` of its local date.
#[must_use]
pub fn decision_number(ordinal: Option<i64>, session_date: NaiveDate, seq: i64) -> String {
    match ordinal {
        Some(ordinal) => format!("{ordinal}/{seq}"),
        None => format!("{}/{seq}", session_date.format("%Y%m%d")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_the_ordinal_or_the_local_date() {
        let day = NaiveDate::from_ymd_opt(2026, 5, 28).unwrap();
        assert_eq!(decision_number(Some(3), day, 2), "3/2");
        assert_eq!(decision_number(None, day, 11), "20260528/11");
    }

    #[test]
    fn a_decision_needs_a_text() {
        let error = check_text(&LocalizedText {
            ru: " ".into(),
            ..LocalizedText::default()
        })
        .unwrap_err();
        assert_eq!(
            (error.code, error.field),
            (ErrorCode::Required, Some("text"))
        );
        for status in DecisionStatus::ALL {
            assert_eq!(DecisionStatus::parse(status.code()).unwrap(), status);
        }
    }
}
