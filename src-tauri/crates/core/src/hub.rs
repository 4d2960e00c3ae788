//! A desk's connection to the office hub, as the window sees it: where the hub is and which certificate it
//! trusts, who is signed in there, whether it answers, and the changes colleagues make.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::LocalizedText;
use crate::officer::Officer;

/// Where the office hub is, as the officer enters it: its address, the fingerprint of its certificate (read
/// from the hub's screen or the IT officer's note), and the account to sign in with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HubConnection {
    /// `host:port`.
    pub address: String,
    /// SHA-256 of the hub's certificate, `AB:CD:…` (spaces, case and colons forgiven).
    pub fingerprint: String,
    /// The account's e-mail address (or id).
    pub login: String,
}

/// The desk's hub: where, who is signed in, whether it answers now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HubStatus {
    pub connection: HubConnection,
    /// The officer signed in on the hub from this desk; null until they sign in (or after the session ended).
    pub officer: Option<Officer>,
    /// False while the hub does not answer (the desk keeps trying).
    pub reachable: bool,
}

/// One change a colleague (or this desk) committed on the hub.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RegisterChange {
    /// The history row's number: changes arrive in this order. 0 after the desk reconnected: anything may
    /// have changed meanwhile.
    pub seq: i64,
    /// The kind of record (`pairing`, `session`, …).
    pub entity: String,
    pub record_id: String,
    /// Who made it, in every language.
    pub officer: Option<LocalizedText>,
}
