//! The hub's HTTP endpoints: signing in and out, calling a command as the session's officer, the stream of
//! changes. Every refusal answers the core's translated `{ code, message, field }` with a status that says
//! what kind of refusal it is.
//!
//! A call may carry the register's version its desk loaded what it edits at (`Council-Basis`); a write over a
//! colleague's later change is then refused (409, the core's `stale`). Every answer of a call carries the
//! register's version it was given at (`Council-Version`), for the desk to send back as its basis.

use std::convert::Infallible;
use std::sync::{Arc, Mutex, PoisonError};

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use council_core::officer::{Officer, forbidden};
use council_core::{CoreError, ErrorCode, ErrorPayload};
use council_surface::Desk;
use futures_util::Stream;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::broadcast;
use uuid::Uuid;

use crate::events::{self, Change};

mod files;

use crate::sessions::{Lifetime, Sessions};

/// The request header naming the register's version the desk's write started from.
const BASIS: HeaderName = HeaderName::from_static("council-basis");
/// The answer header naming the register's version (its newest history row) when the call was answered.
const VERSION: HeaderName = HeaderName::from_static("council-version");

#[derive(Debug, Clone)]
struct Hub {
    desk: Arc<Desk>,
    sessions: Arc<Sessions>,
    /// Held through a call: the store acts as one session's officer at a time.
    calls: Arc<Mutex<()>>,
    changes: broadcast::Sender<Change>,
}

pub(crate) fn router(desk: Arc<Desk>, lifetime: Lifetime) -> Router {
    let hub = Hub {
        desk,
        sessions: Arc::new(Sessions::new(lifetime)),
        calls: Arc::new(Mutex::new(())),
        changes: broadcast::channel(1024).0,
    };
    Router::new()
        .route("/sign-in", post(sign_in))
        .route("/sign-out", post(sign_out))
        .route("/call/{command}", post(call))
        .route("/document", post(files::document))
        .route("/download/{what}", post(files::download))
        .route(
            "/upload",
            post(files::upload).layer(DefaultBodyLimit::max(files::MAX_UPLOAD_BYTES + 1024)),
        )
        .route("/events", get(changes))
        .with_state(hub)
}

/// A refusal: its HTTP status and the core's payload.
struct Refusal(StatusCode, ErrorPayload);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (self.0, Json(self.1)).into_response()
    }
}

impl Hub {
    fn refuse(&self, status: StatusCode, error: &CoreError) -> Refusal {
        Refusal(status, error.payload(self.desk.lang()))
    }

    /// The officer of the request's session.
    fn officer(&self, headers: &HeaderMap) -> Result<Uuid, Refusal> {
        token(headers)
            .and_then(|token| self.sessions.officer(token))
            .ok_or_else(|| {
                self.refuse(
                    StatusCode::UNAUTHORIZED,
                    &CoreError::new(ErrorCode::SignInRequired, ""),
                )
            })
    }

    /// Runs `work` on a blocking thread (the store's calls wait for SQLite).
    async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Hub) -> Result<T, Refusal> + Send + 'static,
    ) -> Result<T, Refusal> {
        let hub = self.clone();
        tokio::task::spawn_blocking(move || work(&hub))
            .await
            .unwrap_or_else(|error| {
                Err(self.refuse(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    &CoreError::new(ErrorCode::Internal, error.to_string()),
                ))
            })
    }
}

/// The basis a call carries: none when absent, a `400` when it is not a history row's number.
fn basis(hub: &Hub, headers: &HeaderMap) -> Result<Option<i64>, Refusal> {
    let Some(value) = headers.get(BASIS) else {
        return Ok(None);
    };
    value
        .to_str()
        .ok()
        .and_then(|text| text.trim().parse::<i64>().ok())
        .map(Some)
        .ok_or_else(|| {
            hub.refuse(
                StatusCode::BAD_REQUEST,
                &CoreError::new(
                    ErrorCode::InvalidValue,
                    String::from_utf8_lossy(value.as_bytes()),
                )
                .on("basis"),
            )
        })
}

fn token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

#[derive(Debug, Deserialize)]
struct SignIn {
    /// The account's id or e-mail address.
    officer: String,
    password: String,
}

#[derive(Debug, Serialize)]
struct SignedIn {
    token: String,
    officer: Officer,
}

/// Checks the password (counted: the core locks the account after repeated failures) and opens a session.
async fn sign_in(State(hub): State<Hub>, Json(given): Json<SignIn>) -> Response {
    let answer = hub
        .blocking(move |hub| {
            // The password's hash is checked outside the store, which meanwhile answers other desks' calls
            // (twenty officers signing in at nine would otherwise hold every call for seconds).
            let refusal = |payload: ErrorPayload| {
                let status = match payload.code {
                    ErrorCode::AccountLocked | ErrorCode::AccountInactive => StatusCode::FORBIDDEN,
                    _ => StatusCode::UNAUTHORIZED,
                };
                Refusal(status, payload)
            };
            let (account, hash) = hub
                .desk
                .with(|store| store.sign_in_hash(&given.officer))
                .map_err(refusal)?;
            let matched = council_core::officer::password_matches(&given.password, &hash);
            let officer = hub
                .desk
                .with(|store| store.record_sign_in(account.id, matched))
                .map_err(refusal)?;
            let token = hub
                .sessions
                .open(officer.id)
                .map_err(|error| hub.refuse(StatusCode::INTERNAL_SERVER_ERROR, &error.into()))?;
            Ok(SignedIn { token, officer })
        })
        .await;
    match answer {
        Ok(signed_in) => Json(signed_in).into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

async fn sign_out(State(hub): State<Hub>, headers: HeaderMap) -> Response {
    if let Some(token) = token(&headers) {
        hub.sessions.close(token);
    }
    StatusCode::NO_CONTENT.into_response()
}

/// Answers one command of the table as the session's officer.
async fn call(
    State(hub): State<Hub>,
    Path(command): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let caller = hub
        .officer(&headers)
        .and_then(|officer| Ok((officer, basis(&hub, &headers)?)));
    let answered = match caller {
        Ok((officer, basis)) => {
            hub.blocking(move |hub| {
                let _one_at_a_time = hub.calls.lock().unwrap_or_else(PoisonError::into_inner);
                let answer = hub.answer(officer, &command, &body, basis);
                // Read under the same lock, so what the desk was answered is the register at this version.
                let version = hub.desk.with(|store| store.version()).ok();
                Ok((answer, version))
            })
            .await
        }
        Err(refusal) => Err(refusal),
    };
    match answered {
        Ok((answer, version)) => {
            let mut response = match answer {
                Ok(value) => Json(value).into_response(),
                Err(refusal) => refusal.into_response(),
            };
            if let Some(version) = version {
                response
                    .headers_mut()
                    .insert(VERSION, HeaderValue::from(version));
            }
            response
        }
        Err(refusal) => refusal.into_response(),
    }
}

impl Hub {
    /// Runs the command `name` as `officer`, its writes carrying `basis`; the caller holds `calls`.
    fn answer(
        &self,
        officer: Uuid,
        name: &str,
        body: &[u8],
        basis: Option<i64>,
    ) -> Result<Value, Refusal> {
        let Some(command) = council_surface::command(name).filter(|command| command.remote) else {
            return Err(self.refuse(
                StatusCode::NOT_FOUND,
                &CoreError::not_found(name).on("command"),
            ));
        };
        let arguments: Value = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(body).map_err(|error| {
                self.refuse(
                    StatusCode::BAD_REQUEST,
                    &CoreError::new(ErrorCode::InvalidValue, error.to_string()).on("arguments"),
                )
            })?
        };
        let account = self
            .desk
            .with(|store| store.find_officer(&officer.to_string()))
            .map_err(|payload| Refusal(StatusCode::UNAUTHORIZED, payload))?;
        if !account.active {
            return Err(self.refuse(
                StatusCode::UNAUTHORIZED,
                &CoreError::new(ErrorCode::AccountInactive, ""),
            ));
        }
        if !account.role.allows(command.need) {
            return Err(self.refuse(StatusCode::FORBIDDEN, &forbidden(command.need)));
        }
        let before = self.desk.with(|store| {
            store.act_as(Some(officer));
            store.with_basis(basis);
            events::last_seq(store)
        });
        let answer = match &before {
            Ok(_) => council_surface::dispatch(&self.desk, name, arguments),
            Err(payload) => Err(payload.clone()),
        };
        let changes = self.desk.with(|store| {
            store.act_as(None);
            store.with_basis(None);
            Ok(())
        });
        if let (Ok(before), Ok(())) = (&before, changes)
            && let Ok(changes) = self.desk.with(|store| events::since(store, *before))
        {
            for change in changes {
                // Nobody listening is no error.
                let _ = self.changes.send(change);
            }
        }
        answer.map_err(|payload| {
            let status = match payload.code {
                ErrorCode::Forbidden => StatusCode::FORBIDDEN,
                ErrorCode::SignInRequired => StatusCode::UNAUTHORIZED,
                ErrorCode::Stale => StatusCode::CONFLICT,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            Refusal(status, payload)
        })
    }
}

/// The stream of changes, from now on, for a signed-in desk; it ends at the first change after its session
/// did (signed out or expired).
async fn changes(State(hub): State<Hub>, headers: HeaderMap) -> Response {
    if let Err(refusal) = hub.officer(&headers) {
        return refusal.into_response();
    }
    let token = token(&headers).unwrap_or_default().to_owned();
    let listener = Listener {
        changes: hub.changes.subscribe(),
        sessions: Arc::clone(&hub.sessions),
        token,
    };
    Sse::new(stream(listener))
        .keep_alive(KeepAlive::default())
        .into_response()
}

struct Listener {
    changes: broadcast::Receiver<Change>,
    sessions: Arc<Sessions>,
    token: String,
}

fn stream(listener: Listener) -> impl Stream<Item = Result<Event, Infallible>> {
    futures_util::stream::unfold(listener, |mut listener| async move {
        loop {
            match listener.changes.recv().await {
                Ok(_) if !listener.sessions.is_live(&listener.token) => return None,
                Ok(change) => {
                    let event = Event::default()
                        .event("change")
                        .id(change.seq.to_string())
                        .json_data(&change)
                        .unwrap_or_default();
                    return Some((Ok(event), listener));
                }
                // A desk that fell behind reloads anyway; the stream goes on from the newest.
                Err(broadcast::error::RecvError::Lagged(_)) => {}
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    })
}
