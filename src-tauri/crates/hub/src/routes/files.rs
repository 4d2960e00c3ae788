//! What the desks' file commands need from the hub: a print document's data (`POST /document`, typeset on
//! the desk) and the files a desk saves or opens (`POST /download/<what>`: the sessions' calendar, the control
//! list's workbook, an attachment's content). Reading only: any signed-in officer may.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use council_core::control::InstructionFilter;
use council_core::session::SessionFilter;
use council_core::{CoreError, ErrorCode, Lang};
use std::fmt::Write as _;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::{Hub, Refusal};

/// The answer header naming a downloaded file, percent-encoded UTF-8 (`file_name_header`).
pub(crate) const FILE_NAME: &str = "council-file-name";

/// What a desk asks to print: a document and its language (`ru`, `uz`, `en`, `ru+uz`).
#[derive(Debug, Deserialize)]
struct DocumentRequest {
    document: council_documents::Printable,
    lang: String,
}

/// The arguments of `what`, as the window gave them to its command (`camelCase`).
fn arguments<T: DeserializeOwned>(hub: &Hub, body: &[u8]) -> Result<T, Refusal> {
    serde_json::from_slice(body).map_err(|error| {
        hub.refuse(
            StatusCode::BAD_REQUEST,
            &CoreError::new(ErrorCode::InvalidValue, error.to_string()).on("arguments"),
        )
    })
}

fn unprocessable(payload: council_core::ErrorPayload) -> Refusal {
    Refusal(StatusCode::UNPROCESSABLE_ENTITY, payload)
}

/// A document's data for the desk to typeset (`council_documents::DocumentParcel`).
pub(super) async fn document(State(hub): State<Hub>, headers: HeaderMap, body: Bytes) -> Response {
    if let Err(refusal) = hub.officer(&headers) {
        return refusal.into_response();
    }
    let answer = hub
        .blocking(move |hub| {
            let asked: DocumentRequest = arguments(hub, &body)?;
            hub.desk
                .with(|store| {
                    let lang = council_documents::DocLang::parse(&asked.lang)?;
                    let today = store.secretariat_today()?;
                    council_documents::document_parcel(store, &asked.document, lang, today)
                })
                .map_err(unprocessable)
        })
        .await;
    match answer {
        Ok(parcel) => Json(parcel).into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SessionsIcs {
    session_id: Option<String>,
    filter: SessionFilter,
    lang: Lang,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ControlXlsx {
    filter: InstructionFilter,
    lang: Lang,
}

#[derive(Debug, Deserialize)]
struct AttachmentId {
    id: String,
}

/// A file for the desk: `sessions_ics`, `control_xlsx` or `attachment` (named by the `council-file-name`
/// header); 404 for anything else.
pub(super) async fn download(
    State(hub): State<Hub>,
    Path(what): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Err(refusal) = hub.officer(&headers) {
        return refusal.into_response();
    }
    let answer = hub
        .blocking(move |hub| match what.as_str() {
            "sessions_ics" => {
                let asked: SessionsIcs = arguments(hub, &body)?;
                hub.desk
                    .with(|store| {
                        council_interop::files::sessions_ics(
                            store,
                            asked.session_id.as_deref(),
                            &asked.filter,
                            asked.lang,
                        )
                    })
                    .map(|(text, _)| (text.into_bytes(), None))
                    .map_err(unprocessable)
            }
            "control_xlsx" => {
                let asked: ControlXlsx = arguments(hub, &body)?;
                hub.desk
                    .with(|store| {
                        council_interop::files::control_xlsx(store, &asked.filter, None, asked.lang)
                    })
                    .map(|bytes| (bytes, None))
                    .map_err(unprocessable)
            }
            "attachment" => {
                let asked: AttachmentId = arguments(hub, &body)?;
                hub.desk
                    .with(|store| store.attachment_bytes(&asked.id))
                    .map(|(attachment, bytes)| (bytes, Some(attachment.name)))
                    .map_err(unprocessable)
            }
            _ => Err(hub.refuse(
                StatusCode::NOT_FOUND,
                &CoreError::not_found(what.as_str()).on("download"),
            )),
        })
        .await;
    match answer {
        Ok((bytes, name)) => {
            let mut response = (
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/octet-stream"),
                )],
                bytes,
            )
                .into_response();
            if let Some(value) =
                name.and_then(|name| HeaderValue::from_str(&percent_encoded(&name)).ok())
            {
                response.headers_mut().insert(FILE_NAME, value);
            }
            response
        }
        Err(refusal) => refusal.into_response(),
    }
}

/// `name` with every byte outside `A–Z a–z 0–9 - . _ ~` written `%XX`: a header carries ASCII only.
pub(crate) fn percent_encoded(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}
