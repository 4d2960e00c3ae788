//! The desk's side of the hub: a client that trusts only the hub's pinned certificate, signs in, calls
//! commands with the window's JSON as it is, and listens to the stream of changes. Answers and refusals stay
//! JSON (`{ code, message, field }` as the hub translated them), so the window sees what it sees standalone.
//!
//! A hub that does not answer (not listening, gone mid-call, its certificate not the pinned one) is a
//! refusal of the client's own, `hub_unreachable` or `hub_certificate`, in the desk's language: nothing the
//! officer typed is lost, since nothing was sent or the hub did not acknowledge it.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use council_core::officer::Officer;
use council_core::paths::ChosenFile;
use council_core::{CoreError, ErrorCode, ErrorPayload, Lang};
use futures_util::StreamExt;
use reqwest::{Client, RequestBuilder, Response, StatusCode};
use serde_json::{Value, json};

use crate::events::Change;
use crate::pin::PinnedFingerprint;

/// How long a call may take before the desk says the hub does not answer (a backup restore on the hub is
/// the slowest call: seconds, not minutes).
const CALL_TIMEOUT: Duration = Duration::from_secs(120);
/// The field of a `sign_in_required` refusal when the hub's session ended (expired, signed out, the hub
/// restarted): the window signs in to the hub again, not to the register's accounts.
pub const HUB_SESSION: &str = "hub_session";
/// How long connecting may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// A desk's connection to one hub.
#[derive(Debug)]
pub struct HubClient {
    base: String,
    address: String,
    http: Client,
    token: Mutex<Option<String>>,
    /// The register's version the hub named in its latest answer (0 before any).
    version: AtomicI64,
    lang: Mutex<Lang>,
}

/// What went wrong with a request, before the hub could answer it.
fn unreachable(address: &str, error: &reqwest::Error, lang: Lang) -> ErrorPayload {
    let code = if is_certificate(error) {
        ErrorCode::HubCertificate
    } else {
        ErrorCode::HubUnreachable
    };
    payload(&CoreError::new(code, address).on("hub"), lang)
}

/// Whether the connection failed because the hub's certificate is not the pinned one.
fn is_certificate(error: &reqwest::Error) -> bool {
    let mut source: Option<&dyn std::error::Error> = Some(error);
    while let Some(cause) = source {
        if let Some(tls) = cause.downcast_ref::<rustls::Error>() {
            return matches!(tls, rustls::Error::InvalidCertificate(_));
        }
        if cause.to_string().contains("invalid peer certificate") {
            return true;
        }
        source = cause.source();
    }
    false
}

fn payload(error: &CoreError, lang: Lang) -> ErrorPayload {
    error.payload(lang)
}

/// `host:port` as given (an `https://` prefix and a trailing slash forgiven), or the `invalid_value` refusal.
///
/// # Errors
/// `required` when empty, `invalid_value` (field `address`) when it is no host and port.
pub fn normalise_address(given: &str) -> Result<String, CoreError> {
    let address = given
        .trim()
        .trim_start_matches("https://")
        .trim_end_matches('/');
    if address.is_empty() {
        return Err(CoreError::new(ErrorCode::Required, "address").on("address"));
    }
    let port_ok = address
        .rsplit_once(':')
        .is_some_and(|(host, port)| !host.is_empty() && port.parse::<u16>().is_ok_and(|p| p > 0));
    if !port_ok || address.contains(['/', ' ', '?', '#', '@']) {
        return Err(CoreError::new(ErrorCode::InvalidValue, given.trim()).on("address"));
    }
    Ok(address.to_owned())
}

/// The fingerprint as the hub prints it (`AB:CD:…`, 32 bytes), however it was typed: with or without
/// colons or spaces, in either case.
///
/// # Errors
/// `required` when empty, `invalid_value` (field `fingerprint`) when it is not 64 hexadecimal digits.
pub fn normalise_fingerprint(given: &str) -> Result<String, CoreError> {
    let digits: String = given
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ':')
        .collect::<String>()
        .to_uppercase();
    if digits.is_empty() {
        return Err(CoreError::new(ErrorCode::Required, "fingerprint").on("fingerprint"));
    }
    if digits.len() != 64 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(CoreError::new(ErrorCode::InvalidValue, given.trim()).on("fingerprint"));
    }
    Ok(digits
        .as_bytes()
        .chunks(2)
        .map(|pair| String::from_utf8_lossy(pair).into_owned())
        .collect::<Vec<_>>()
        .join(":"))
}

impl HubClient {
    /// A client of the hub at `address` (`host:port`) whose certificate has `fingerprint`; it connects at
    /// its first request.
    ///
    /// # Errors
    /// The address or fingerprint refused as [`normalise_address`] and [`normalise_fingerprint`] say.
    pub fn new(address: &str, fingerprint: &str, lang: Lang) -> Result<HubClient, CoreError> {
        let address = normalise_address(address)?;
        let fingerprint = normalise_fingerprint(fingerprint)?;
        let http = Client::builder()
            .use_preconfigured_tls(PinnedFingerprint::client_config(&fingerprint))
            .connect_timeout(CONNECT_TIMEOUT)
            .build()
            .map_err(|error| CoreError::new(ErrorCode::Internal, error.to_string()))?;
        Ok(HubClient {
            base: format!("https://{address}"),
            address,
            http,
            token: Mutex::new(None),
            version: AtomicI64::new(0),
            lang: Mutex::new(lang),
        })
    }

    /// The hub's address, `host:port`.
    #[must_use]
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The language the client's own refusals are in.
    pub fn set_lang(&self, lang: Lang) {
        *self.lang.lock().unwrap_or_else(PoisonError::into_inner) = lang;
    }

    /// The language the client's own refusals are in.
    #[must_use]
    pub fn lang(&self) -> Lang {
        *self.lang.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn token(&self) -> Option<String> {
        self.token
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Whether a session is open (the hub may still have ended it).
    #[must_use]
    pub fn signed_in(&self) -> bool {
        self.token().is_some()
    }

    /// The register's version the hub named in its latest answer: the basis of a write begun now.
    #[must_use]
    pub fn version(&self) -> Option<i64> {
        Some(self.version.load(Ordering::SeqCst)).filter(|version| *version > 0)
    }

    fn authorised(&self, request: RequestBuilder) -> RequestBuilder {
        match self.token() {
            Some(token) => request.bearer_auth(token),
            None => request,
        }
    }

    async fn send(&self, request: RequestBuilder) -> Result<Response, ErrorPayload> {
        request
            .timeout(CALL_TIMEOUT)
            .send()
            .await
            .map_err(|error| unreachable(&self.address, &error, self.lang()))
    }

    /// The hub's refusal as it sent it, or `hub_unreachable` when the answer is not one.
    async fn refusal(&self, answer: Response) -> ErrorPayload {
        let status = answer.status();
        match answer.json::<ErrorPayload>().await {
            Ok(mut refused) => {
                // The session is the hub's, not the register's accounts: the window signs in to the hub.
                if status == StatusCode::UNAUTHORIZED {
                    refused.field = Some(HUB_SESSION.to_owned());
                    *self.token.lock().unwrap_or_else(PoisonError::into_inner) = None;
                }
                refused
            }
            _ => payload(
                &CoreError::new(ErrorCode::HubUnreachable, &self.address).on("hub"),
                self.lang(),
            ),
        }
    }

    /// Signs in as the account `officer` (its id or e-mail) and keeps the session for the calls that follow.
    ///
    /// # Errors
    /// The hub's refusal (`wrong_password`, `account_locked`, `password_required`, …) or the client's own.
    pub async fn sign_in(&self, officer: &str, password: &str) -> Result<Officer, ErrorPayload> {
        let answer = self
            .send(
                self.http
                    .post(format!("{}/sign-in", self.base))
                    .json(&json!({ "officer": officer, "password": password })),
            )
            .await?;
        if !answer.status().is_success() {
            let mut refused = self.refusal(answer).await;
            refused.field = None;
            return Err(refused);
        }
        let mut signed_in: Value = answer
            .json()
            .await
            .map_err(|error| unreachable(&self.address, &error, self.lang()))?;
        let token = signed_in["token"].as_str().unwrap_or_default().to_owned();
        let officer =
            serde_json::from_value::<Officer>(signed_in["officer"].take()).map_err(|_| {
                payload(
                    &CoreError::new(ErrorCode::HubUnreachable, &self.address).on("hub"),
                    self.lang(),
                )
            })?;
        *self.token.lock().unwrap_or_else(PoisonError::into_inner) = Some(token);
        Ok(officer)
    }

    /// Ends the session on the hub (if it still answers) and forgets it here.
    pub async fn sign_out(&self) {
        let token = self
            .token
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(token) = token {
            let _ = self
                .http
                .post(format!("{}/sign-out", self.base))
                .bearer_auth(token)
                .timeout(CONNECT_TIMEOUT)
                .send()
                .await;
        }
    }

    /// Calls `command` with the window's arguments (`camelCase` keys, as the window sends them); a write
    /// carries `basis`, the register's version its form was opened at.
    ///
    /// # Errors
    /// The hub's refusal as it sent it (`stale`, `forbidden`, `sign_in_required` with field `hub_session`
    /// when the session ended…), or the client's own `hub_unreachable` / `hub_certificate`.
    pub async fn call(
        &self,
        command: &str,
        arguments: &Value,
        basis: Option<i64>,
    ) -> Result<Value, ErrorPayload> {
        let mut request = self
            .authorised(self.http.post(format!("{}/call/{command}", self.base)))
            .json(arguments);
        if let Some(basis) = basis {
            request = request.header("council-basis", basis);
        }
        let answer = self.send(request).await?;
        if let Some(version) = answer
            .headers()
            .get("council-version")
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.parse::<i64>().ok())
        {
            self.version.fetch_max(version, Ordering::SeqCst);
        }
        if !answer.status().is_success() {
            return Err(self.refusal(answer).await);
        }
        answer
            .json::<Value>()
            .await
            .map_err(|error| unreachable(&self.address, &error, self.lang()))
    }

    /// The data of `document` in `lang` (`ru`, `uz`, `en`, `ru+uz`), for the desk to typeset.
    ///
    /// # Errors
    /// The hub's refusal (`not_found`, `document_failed`, …) or the client's own.
    pub async fn document(
        &self,
        document: &council_documents::Printable,
        lang: &str,
    ) -> Result<council_documents::DocumentParcel, ErrorPayload> {
        let request = self
            .authorised(self.http.post(format!("{}/document", self.base)))
            .json(&json!({ "document": document, "lang": lang }));
        let answer = self.send(request).await?;
        if !answer.status().is_success() {
            return Err(self.refusal(answer).await);
        }
        answer
            .json()
            .await
            .map_err(|error| unreachable(&self.address, &error, self.lang()))
    }

    /// A file the desk saves or opens: `sessions_ics` or `control_xlsx` (with the arguments the window gave
    /// the export), or `attachment` (`{ id }`); its bytes and, for an attachment, its name.
    ///
    /// # Errors
    /// The hub's refusal (`not_found`, `attachment_missing`, …) or the client's own.
    pub async fn download(
        &self,
        what: &str,
        arguments: &Value,
    ) -> Result<(Vec<u8>, Option<String>), ErrorPayload> {
        let request = self
            .authorised(self.http.post(format!("{}/download/{what}", self.base)))
            .json(arguments);
        let answer = self.send(request).await?;
        if !answer.status().is_success() {
            return Err(self.refusal(answer).await);
        }
        let name = answer
            .headers()
            .get("council-file-name")
            .and_then(|value| value.to_str().ok())
            .map(crate::file_name::decoded);
        let bytes = answer
            .bytes()
            .await
            .map_err(|error| unreachable(&self.address, &error, self.lang()))?;
        Ok((bytes.to_vec(), name))
    }

    /// Sends a file the officer chose on the desk (`name`, `bytes`) to the hub, which keeps it under the
    /// token answered: `attach_chosen` or the imports then name it, as they name a file chosen on the hub.
    ///
    /// # Errors
    /// The hub's refusal (`forbidden` for an observer, …) or the client's own.
    pub async fn upload(&self, name: &str, bytes: Vec<u8>) -> Result<ChosenFile, ErrorPayload> {
        let request = self
            .authorised(self.http.post(format!("{}/upload", self.base)))
            .header("council-file-name", crate::file_name::encoded(name))
            .body(bytes);
        let answer = self.send(request).await?;
        if !answer.status().is_success() {
            return Err(self.refusal(answer).await);
        }
        answer
            .json()
            .await
            .map_err(|error| unreachable(&self.address, &error, self.lang()))
    }

    /// Listens to the hub's changes until the stream ends (the hub stopped, the session ended, the network
    /// went away): calls `opened` once the hub accepted to stream, then hands each change to `heard`.
    ///
    /// # Errors
    /// The refusal of the stream itself (no session, the hub unreachable).
    pub async fn listen(
        &self,
        opened: impl FnOnce(),
        mut heard: impl FnMut(Change),
    ) -> Result<(), ErrorPayload> {
        let answer = self
            .http
            .get(format!("{}/events", self.base))
            .bearer_auth(self.token().unwrap_or_default())
            .send()
            .await
            .map_err(|error| unreachable(&self.address, &error, self.lang()))?;
        if !answer.status().is_success() {
            return Err(self.refusal(answer).await);
        }
        opened();
        let mut stream = answer.bytes_stream();
        let mut pending = String::new();
        while let Some(Ok(chunk)) = stream.next().await {
            pending.push_str(&String::from_utf8_lossy(&chunk));
            // An event ends at a blank line; its `data:` line holds the change.
            while let Some(end) = pending.find("\n\n") {
                let event: String = pending.drain(..end + 2).collect();
                if let Some(change) = event
                    .lines()
                    .find_map(|line| line.strip_prefix("data:"))
                    .and_then(|data| serde_json::from_str::<Change>(data.trim()).ok())
                {
                    heard(change);
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprint_is_read_however_it_was_typed() {
        let printed = (0..32)
            .map(|byte| format!("{byte:02X}"))
            .collect::<Vec<_>>()
            .join(":");
        let typed = printed.replace(':', " ").to_lowercase();
        assert_eq!(normalise_fingerprint(&typed).unwrap(), printed);
        assert_eq!(
            normalise_fingerprint(&printed.replace(':', "")).unwrap(),
            printed
        );
        let short = normalise_fingerprint("AB:CD").unwrap_err();
        assert_eq!(
            (short.code, short.field),
            (ErrorCode::InvalidValue, Some("fingerprint"))
        );
        let not_hex = normalise_fingerprint(&"G".repeat(64)).unwrap_err();
        assert_eq!(not_hex.code, ErrorCode::InvalidValue);
        assert_eq!(
            normalise_fingerprint("  ").unwrap_err().code,
            ErrorCode::Required
        );
    }

    #[test]
    fn an_address_is_a_host_and_a_port() {
        assert_eq!(
            normalise_address("https://10.0.0.5:8443/").unwrap(),
            "10.0.0.5:8443"
        );
        assert_eq!(
            normalise_address(" hub.office:8443 ").unwrap(),
            "hub.office:8443"
        );
        for bad in [
            "hub.office",
            ":8443",
            "hub:0",
            "hub:99999",
            "hub:8443/x",
            "user@hub:1",
        ] {
            let refused = normalise_address(bad).unwrap_err();
            assert_eq!(
                (refused.code, refused.field),
                (ErrorCode::InvalidValue, Some("address")),
                "{bad}"
            );
        }
        assert_eq!(normalise_address("").unwrap_err().code, ErrorCode::Required);
    }
}
