//! The desk as a client of the office hub. Once connected (Settings → Office hub), every command the hub
//! serves goes there with the window's arguments as they are, and its answer or refusal comes back as the
//! window would have had it standalone; the desk's own database is left as it was. Signing in and out is
//! the hub's session; the stream of colleagues' changes becomes the window's `register-changed` events, and
//! whether the hub answers its `hub-status` events. Print documents are typeset here from the data the hub
//! sends, exports and attachments saved or opened from the bytes it sends, files to attach or import chosen
//! here and sent there; backups and the exchange of packages are refused (`hub_elsewhere`) for now.
//!
//! Where the hub is lives beside the desk's database (`council.hub.json`): address, the certificate's
//! fingerprint and the login; never the password or the session.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::Duration;

use council_core::hub::{HubConnection, HubStatus, RegisterChange};
use council_core::officer::Officer;
use council_core::paths::ChosenFile;
use council_core::{CoreError, ErrorCode, ErrorPayload, Lang};
use council_documents::{DocumentParcel, Printable};
use council_hub::client::{HUB_SESSION, HubClient, normalise_address, normalise_fingerprint};
use serde_json::Value;
use tauri::ipc::{Invoke, InvokeBody, InvokeError};
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// The key of a write's basis among the window's arguments (`withBasis` in `ui/src/ipc/call.ts`).
const BASIS_KEY: &str = "councilBasis";

/// Commands the desk answers itself even while connected: the connection's own, the start-up marker, the
/// print documents (their data comes from the hub, `HubLink::document`; the desk typesets them), the files
/// the desk saves or opens (their bytes come from the hub, `HubLink::download`), and the files it attaches
/// or imports (chosen here, sent to the hub: `HubLink::upload`). Mail's settings are the hub's (served
/// there, so every desk of the office sends as the same sender through the same server), but a message
/// leaves from this machine: the password is kept in this machine's keyring (or for this run), never sent
/// to the hub, which runs without a keyring and would have to keep every officer's secret. The reminder
/// letters e-mailed from here are recorded on the hub (`record_reminders`). The desktop notification is
/// shown on this machine (what it says was counted by the hub), and the reference document of the Word
/// files is the one made here.
const LOCAL: [&str; 26] = [
    "hub_status",
    "connect_hub",
    "disconnect_hub",
    "hub_basis",
    "mark_ready",
    "preview_document",
    "save_document_pdf",
    "save_document_docx",
    "print_document",
    "save_reminder_letters",
    "export_sessions_ics",
    "export_control_xlsx",
    "export_indicators_xlsx",
    "export_attachment",
    "open_attachment",
    "attach_file",
    "choose_csv_file",
    "choose_ics_file",
    "mail_password",
    "set_mail_password",
    "send_test_mail",
    "notify_desktop",
    "word_reference",
    "choose_word_reference",
    "clear_word_reference",
    "email_reminder_letters",
];

/// The desk's hub, when it has one.
pub struct HubLink {
    /// The desk's own database, whose files are never read as a file to send.
    db: PathBuf,
    file: PathBuf,
    current: RwLock<Option<Arc<Linked>>>,
}

/// One connection: the client and what the window is told about it.
struct Linked {
    connection: HubConnection,
    client: HubClient,
    officer: Mutex<Option<Officer>>,
    reachable: AtomicBool,
    listening: Mutex<Option<tauri::async_runtime::JoinHandle<()>>>,
}

impl Linked {
    fn status(&self) -> HubStatus {
        HubStatus {
            connection: self.connection.clone(),
            officer: self
                .officer
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clone(),
            reachable: self.reachable.load(Ordering::SeqCst),
        }
    }

    fn set_officer(&self, officer: Option<Officer>) {
        *self.officer.lock().unwrap_or_else(PoisonError::into_inner) = officer;
    }

    /// Notes whether the hub answered; the window hears of a change.
    fn answered<R: Runtime>(&self, app: &AppHandle<R>, reachable: bool) {
        if self.reachable.swap(reachable, Ordering::SeqCst) != reachable {
            let _ = app.emit_to("main", "hub-status", self.status());
        }
    }

    fn stop_listening(&self) {
        if let Some(task) = self
            .listening
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            task.abort();
        }
    }
}

/// Where the desk of the database `db` keeps its hub: `council.db` → `council.hub.json`.
#[must_use]
pub fn settings_file(db: &Path) -> PathBuf {
    db.with_extension("hub.json")
}

impl HubLink {
    /// The link the settings beside the database describe; none (standalone) when there are none or they
    /// are not readable.
    pub fn load(db: &Path, lang: Lang) -> HubLink {
        let file = settings_file(db);
        let current = std::fs::read(&file)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<HubConnection>(&bytes).ok())
            .and_then(|connection| linked(connection, lang).ok())
            .map(Arc::new);
        HubLink {
            db: db.to_path_buf(),
            file,
            current: RwLock::new(current),
        }
    }

    fn current(&self) -> Option<Arc<Linked>> {
        self.current
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Starts listening to the hub's changes, if the desk has a hub (it waits for a sign-in).
    pub fn start<R: Runtime>(&self, app: &AppHandle<R>) {
        if let Some(linked) = self.current() {
            listen(app, &linked);
        }
    }

    /// The hub's status; `None` standalone.
    pub fn status(&self) -> Option<HubStatus> {
        self.current().map(|linked| linked.status())
    }

    /// The basis of a write begun now: the register's version of the hub's latest answer.
    pub fn basis(&self) -> Option<i64> {
        self.current().and_then(|linked| linked.client.version())
    }

    /// Runs `work` with the connection, when the desk has one (`None` standalone), noting whether the hub
    /// answered.
    async fn through<R: Runtime, T, Answered>(
        &self,
        app: &AppHandle<R>,
        work: impl FnOnce(Arc<Linked>) -> Answered,
    ) -> Option<Result<T, ErrorPayload>>
    where
        Answered: Future<Output = Result<T, ErrorPayload>>,
    {
        let linked = self.current()?;
        let answer = work(Arc::clone(&linked)).await;
        linked.answered(app, !is_unreachable(answer.as_ref().err()));
        Some(answer)
    }

    /// The data of a print document from the hub, when the desk works with one (`None` standalone).
    pub async fn document<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        document: &Printable,
        lang: &str,
    ) -> Option<Result<DocumentParcel, ErrorPayload>> {
        self.through(app, |linked| async move {
            linked.client.document(document, lang).await
        })
        .await
    }

    /// A file from the hub (`sessions_ics`, `control_xlsx`, `attachment`; see `HubClient::download`), when the
    /// desk works with one (`None` standalone).
    pub async fn download<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        what: &str,
        arguments: Value,
    ) -> Option<Result<(Vec<u8>, Option<String>), ErrorPayload>> {
        self.through(app, |linked| async move {
            linked.client.download(what, &arguments).await
        })
        .await
    }

    /// Sends the file the officer chose at `path` to the hub, when the desk works with one (`None`
    /// standalone): the token the hub keeps it under.
    pub async fn upload<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        path: &Path,
        lang: Lang,
    ) -> Option<Result<ChosenFile, ErrorPayload>> {
        let readable = self.current().is_some().then(|| self.readable(path));
        let bytes = match readable? {
            Ok(bytes) => bytes,
            Err(error) => return Some(Err(error.payload(lang))),
        };
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.through(app, |linked| async move {
            linked.client.upload(&name, bytes).await
        })
        .await
    }

    /// The bytes of a chosen file: a file, not the desk's own database or its journal, within the
    /// attachments' limit.
    fn readable(&self, path: &Path) -> Result<Vec<u8>, CoreError> {
        let not_a_file = || CoreError::new(ErrorCode::NotAFile, path.display().to_string());
        let chosen = path.canonicalize().map_err(|_| not_a_file())?;
        let own = ["", "-wal", "-shm"].iter().any(|suffix| {
            let mut name = self.db.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
                .canonicalize()
                .is_ok_and(|own| own == chosen)
        });
        let metadata = std::fs::metadata(&chosen).map_err(|_| not_a_file())?;
        if own || !metadata.is_file() {
            return Err(not_a_file());
        }
        if metadata.len() > council_core::attachment::MAX_ATTACHMENT_BYTES {
            return Err(CoreError::new(ErrorCode::AttachmentTooLarge, ""));
        }
        Ok(std::fs::read(&chosen)?)
    }

    /// Calls a command the hub serves, when the desk works with one (`None` standalone).
    pub async fn call<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        command: &str,
        arguments: &Value,
    ) -> Option<Result<Value, ErrorPayload>> {
        self.through(app, |linked| async move {
            linked.client.call(command, arguments, None).await
        })
        .await
    }

    /// Signs in to the hub `connection` names with `password`; once it succeeds, the desk works with that
    /// hub (remembered for the next start) and the previous connection, if any, is closed.
    pub async fn connect<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        connection: HubConnection,
        password: String,
        lang: Lang,
    ) -> Result<HubStatus, ErrorPayload> {
        let linked = Arc::new(linked(connection, lang).map_err(|error| error.payload(lang))?);
        let officer = linked
            .client
            .sign_in(&linked.connection.login, &password)
            .await?;
        linked.set_officer(Some(officer));
        linked.reachable.store(true, Ordering::SeqCst);
        let saved = serde_json::to_vec_pretty(&linked.connection)
            .map_err(|error| CoreError::new(ErrorCode::Internal, error.to_string()))
            .and_then(|bytes| write_settings(&self.file, &bytes));
        saved.map_err(|error| error.payload(lang))?;
        let previous = self
            .current
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .replace(Arc::clone(&linked));
        if let Some(previous) = previous {
            previous.stop_listening();
            previous.client.sign_out().await;
        }
        listen(app, &linked);
        Ok(linked.status())
    }

    /// Signs out of the hub and forgets it: the desk works on its own database again.
    pub async fn disconnect(&self) -> Result<(), CoreError> {
        let previous = self
            .current
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(previous) = previous {
            previous.stop_listening();
            previous.client.sign_out().await;
        }
        match std::fs::remove_file(&self.file) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error.into()),
            _ => Ok(()),
        }
    }
}

/// Whether a refusal is the client's own: the hub did not answer.
fn is_unreachable(refused: Option<&ErrorPayload>) -> bool {
    refused.is_some_and(|refused| {
        matches!(
            refused.code,
            ErrorCode::HubUnreachable | ErrorCode::HubCertificate
        )
    })
}

fn linked(connection: HubConnection, lang: Lang) -> Result<Linked, CoreError> {
    let connection = HubConnection {
        address: normalise_address(&connection.address)?,
        fingerprint: normalise_fingerprint(&connection.fingerprint)?,
        login: connection.login.trim().to_owned(),
    };
    if connection.login.is_empty() {
        return Err(CoreError::new(ErrorCode::Required, "login").on("login"));
    }
    let client = HubClient::new(&connection.address, &connection.fingerprint, lang)?;
    Ok(Linked {
        connection,
        client,
        officer: Mutex::new(None),
        reachable: AtomicBool::new(true),
        listening: Mutex::new(None),
    })
}

/// Writes the settings through a scratch file, so a crash leaves the old ones or the new ones.
fn write_settings(file: &Path, bytes: &[u8]) -> Result<(), CoreError> {
    let scratch = file.with_extension("json.new");
    std::fs::write(&scratch, bytes)?;
    std::fs::rename(&scratch, file)?;
    Ok(())
}

/// Hears the hub's changes for as long as the connection lasts: each becomes a `register-changed` event;
/// when the stream breaks the desk tries again every few seconds, and once it is back tells the window that
/// anything may have changed meanwhile.
fn listen<R: Runtime>(app: &AppHandle<R>, linked: &Arc<Linked>) {
    let app = app.clone();
    let weak = Arc::downgrade(linked);
    let task = tauri::async_runtime::spawn(async move {
        let mut wait = Duration::from_secs(1);
        let mut lost = false;
        loop {
            let Some(linked) = weak.upgrade() else {
                return;
            };
            if !linked.client.signed_in() {
                drop(linked);
                tokio::time::sleep(Duration::from_millis(500)).await;
                continue;
            }
            let heard_app = app.clone();
            let opened_app = app.clone();
            let opened_linked = Arc::clone(&linked);
            let listened = linked
                .client
                .listen(
                    move || {
                        opened_linked.answered(&opened_app, true);
                        if lost {
                            let _ = opened_app.emit_to("main", "register-changed", reconnected());
                        }
                    },
                    move |change| {
                        let _ = heard_app.emit_to("main", "register-changed", change);
                    },
                )
                .await;
            match listened {
                // The session ended: the window learns it at its next call and signs in again.
                Err(refused) if refused.field.as_deref() == Some(HUB_SESSION) => {
                    linked.set_officer(None);
                    // The hub answers (it may have restarted, forgetting its sessions): the window's next
                    // call learns that the officer signs in again.
                    linked.answered(&app, true);
                    lost = false;
                }
                _ => {
                    linked.answered(&app, false);
                    lost = true;
                }
            }
            drop(linked);
            tokio::time::sleep(wait).await;
            wait = if lost {
                (wait * 2).min(Duration::from_secs(8))
            } else {
                Duration::from_secs(1)
            };
        }
    });
    if let Some(previous) = linked
        .listening
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .replace(task)
    {
        previous.abort();
    }
}

fn reconnected() -> RegisterChange {
    RegisterChange {
        seq: 0,
        entity: String::new(),
        record_id: String::new(),
        officer: None,
    }
}

/// Answers `invoke` from the hub when the desk has one and the hub serves the command (`None`: answered);
/// hands it back otherwise (standalone, or a command the desk answers itself).
pub fn forward<R: Runtime>(invoke: Invoke<R>) -> Option<Invoke<R>> {
    let webview = invoke.message.webview();
    let link = webview.state::<HubLink>();
    let Some(linked) = link.current() else {
        return Some(invoke);
    };
    let name = invoke.message.command().to_owned();
    if LOCAL.contains(&name.as_str()) {
        return Some(invoke);
    }
    let lang = linked.client.lang();
    let app = webview.app_handle().clone();
    let mut arguments = match invoke.message.payload() {
        InvokeBody::Json(Value::Object(arguments)) => arguments.clone(),
        _ => serde_json::Map::new(),
    };
    let basis = arguments.remove(BASIS_KEY).and_then(|basis| basis.as_i64());
    match name.as_str() {
        "signed_in" => {
            invoke.resolver.resolve(linked.status().officer);
        }
        "sign_out" => invoke.resolver.respond_async(async move {
            linked.client.sign_out().await;
            linked.set_officer(None);
            Ok::<_, InvokeError>(())
        }),
        "sign_in" => invoke.resolver.respond_async(async move {
            let login = arguments
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let password = arguments
                .get("password")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let officer = linked
                .client
                .sign_in(login, password)
                .await
                .map_err(InvokeError::from)?;
            linked.set_officer(Some(officer.clone()));
            Ok(officer)
        }),
        _ if council_surface::command(&name).is_some_and(|command| command.remote) => {
            invoke.resolver.respond_async(async move {
                let answer = linked
                    .client
                    .call(&name, &Value::Object(arguments), basis)
                    .await;
                linked.answered(&app, !is_unreachable(answer.as_ref().err()));
                // The client's own refusals speak the hub's language, as its answers do.
                if let Ok(answer) = &answer {
                    let about = if name == "reference" {
                        &answer["about"]
                    } else {
                        answer
                    };
                    if matches!(name.as_str(), "reference" | "set_language")
                        && let Some(lang) = about["language"].as_str().and_then(Lang::parse)
                    {
                        linked.client.set_lang(lang);
                    }
                }
                answer.map_err(InvokeError::from)
            });
        }
        _ => invoke
            .resolver
            .reject(CoreError::new(ErrorCode::HubElsewhere, name.as_str()).payload(lang)),
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commands_a_hub_desk_answers_itself_are_commands_of_the_table_the_hub_does_not_serve() {
        for name in LOCAL {
            let command = council_surface::command(name)
                .unwrap_or_else(|| panic!("{name} is not in the command table"));
            assert!(
                !command.remote,
                "{name} is the hub's: the desk would shadow it"
            );
        }
    }

    #[test]
    fn a_hub_desk_counts_its_deadline_notice_on_the_hub_and_notifies_on_this_machine() {
        for counted_there in ["deadline_notice", "notice_settings", "set_notice_settings"] {
            assert!(council_surface::command(counted_there).is_some_and(|c| c.remote));
            assert!(!LOCAL.contains(&counted_there));
        }
        assert!(LOCAL.contains(&"notify_desktop"));
    }

    #[test]
    fn the_settings_sit_beside_the_database() {
        let db = Path::new("/home/officer/.local/share/org.councildesk.desk/council.db");
        assert_eq!(
            settings_file(db),
            Path::new("/home/officer/.local/share/org.councildesk.desk/council.hub.json")
        );
    }
}
