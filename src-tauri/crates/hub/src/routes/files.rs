//! What the desks' file commands need from the hub: a print document's data (`POST /document`, typeset on
//! the desk) and the files a desk saves or opens (`POST /download/<what>`: the sessions' calendar, the control
//! list's workbook, an attachment's content), which any signed-in officer may; and a file a desk chose to
//! attach or import (`POST /upload`), kept under a token the desk then names to `attach_chosen` or the
//! imports, which takes an officer.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use council_core::attachment::sanitize_name;
use council_core::control::InstructionFilter;
use council_core::officer::{Role, forbidden};
use council_core::session::SessionFilter;
use council_core::{CoreError, ErrorCode, Lang};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::{Hub, Refusal};

/// The header naming a file sent either way, percent-encoded UTF-8 (`crate::file_name`).
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
struct LangOnly {
    lang: Lang,
}

#[derive(Debug, Deserialize)]
struct AttachmentId {
    id: String,
}

/// A file for the desk: `sessions_ics`, `control_xlsx`, `indicators_xlsx` or `attachment` (named by the
/// `council-file-name` header); 404 for anything else.
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
            "indicators_xlsx" => {
                let asked: LangOnly = arguments(hub, &body)?;
                hub.desk
                    .with(|store| council_interop::xlsx::indicators(store, asked.lang))
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
                name.and_then(|name| HeaderValue::from_str(&crate::file_name::encoded(&name)).ok())
            {
                response.headers_mut().insert(FILE_NAME, value);
            }
            response
        }
        Err(refusal) => refusal.into_response(),
    }
}

/// The largest file a desk may send: an attachment's limit (imports have smaller ones of their own).
pub(super) const MAX_UPLOAD_BYTES: usize = council_core::attachment::MAX_ATTACHMENT_BYTES as usize;

/// Keeps the file a desk sent (its name in `council-file-name`) in a folder of its own under the system's
/// temporary folder, and answers the token it is chosen under (`ChosenFile`), as a dialog on the hub's own
/// machine would.
pub(super) async fn upload(State(hub): State<Hub>, headers: HeaderMap, body: Bytes) -> Response {
    let officer = match hub.officer(&headers) {
        Ok(officer) => officer,
        Err(refusal) => return refusal.into_response(),
    };
    let name = headers
        .get(FILE_NAME)
        .and_then(|value| value.to_str().ok())
        .map(crate::file_name::decoded)
        .unwrap_or_default();
    let answer = hub
        .blocking(move |hub| {
            let account = hub
                .desk
                .with(|store| store.find_officer(&officer.to_string()))
                .map_err(|payload| Refusal(StatusCode::UNAUTHORIZED, payload))?;
            if !account.role.allows(Role::Officer) {
                return Err(hub.refuse(StatusCode::FORBIDDEN, &forbidden(Role::Officer)));
            }
            let mut folder = [0_u8; 16];
            getrandom::fill(&mut folder).map_err(|error| {
                hub.refuse(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    &CoreError::new(ErrorCode::Internal, error.to_string()),
                )
            })?;
            let folder = std::env::temp_dir()
                .join("council-hub-uploads")
                .join(u128::from_be_bytes(folder).to_string());
            let path = folder.join(sanitize_name(&name));
            std::fs::create_dir_all(&folder)
                .and_then(|()| std::fs::write(&path, &body))
                .map_err(|error| hub.refuse(StatusCode::INSUFFICIENT_STORAGE, &error.into()))?;
            Ok(hub.desk.remember_chosen(path))
        })
        .await;
    match answer {
        Ok(chosen) => Json(chosen).into_response(),
        Err(refusal) => refusal.into_response(),
    }
}
