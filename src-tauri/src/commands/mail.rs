//! E-mail from this machine: the mail password it keeps (`crate::mail_password`) and the test message. The
//! server settings are the site's (`mail_settings`, which a desk of the office hub reads from the hub); the
//! message leaves from this machine, which holds the password.

use std::time::SystemTime;

use council_core::mail::{MailOutcome, MailPassword, MailSettings};
use council_core::reminder::{EmailedLetters, LetterRun, ReminderLetter, ReminderRecord};
use council_core::{CoreError, ErrorCode, ErrorPayload};
use council_documents::{LetterHeading, reminder_pdf};
use council_mail::{Attachment, Delivery, email_reminders};
use council_surface::Desk;
use tauri::{AppHandle, Manager};

use super::Answer;
use crate::dialogs::{self, DialogStart};
use crate::hub::HubLink;
use crate::mail_password::MailPasswords;

pub async fn mail_password(app: AppHandle) -> Answer<MailPassword> {
    let settings = settings(&app).await?;
    blocking(&app, move |app| {
        Ok(app.state::<MailPasswords>().status(&settings))
    })
    .await
}

pub async fn set_mail_password(app: AppHandle, password: Option<String>) -> Answer<MailPassword> {
    let settings = settings(&app).await?;
    blocking(&app, move |app| {
        app.state::<MailPasswords>()
            .keep(&settings, password.as_deref())
            .map_err(|error| error.payload(app.state::<Desk>().lang()))
    })
    .await
}

pub async fn send_test_mail(
    app: AppHandle,
    to: String,
    password: Option<String>,
) -> Answer<Vec<MailOutcome>> {
    let settings = settings(&app).await?;
    blocking(&app, move |app| {
        let lang = app.state::<Desk>().lang();
        let password = password_for(app, &settings, password)?;
        let message = council_mail::test_message(&to, lang);
        council_mail::compose(
            &settings.sender_name,
            &settings.sender_address,
            &message,
            SystemTime::now(),
        )
        .and_then(|composed| {
            council_mail::send_all(&settings, password.as_deref(), &[composed], lang)
        })
        .map_err(|error| CoreError::from(error).payload(lang))
    })
    .await
}

/// E-mails `letters` (as the window previewed them, numbered and dated by `run`) through the site's server
/// with `password` or the one kept, or (`to_files`) saves them as .eml files into a folder asked for; the run
/// itself is `council_mail::email_reminders`. `None` when the officer cancels the folder.
pub async fn email_reminder_letters(
    app: AppHandle,
    letters: Vec<ReminderLetter>,
    run: LetterRun,
    password: Option<String>,
    to_files: bool,
) -> Answer<Option<EmailedLetters>> {
    let settings = settings(&app).await?;
    let folder = if to_files {
        let start = DialogStart {
            directory: app.path().document_dir().ok(),
            file_name: None,
            filter: None,
        };
        let Some(folder) = dialogs::pick_folder(start).await else {
            return Ok(None);
        };
        Some(folder)
    } else {
        None
    };
    blocking(&app, move |app| {
        let lang = app.state::<Desk>().lang();
        let password = password_for(app, &settings, password)?;
        let delivery = match &folder {
            Some(folder) => Delivery::Files(folder),
            None => Delivery::Send {
                password: password.as_deref(),
            },
        };
        // The hub's refusal to record is already translated: it reaches the window as it came.
        let refusal = std::cell::RefCell::new(None);
        let render = |letter: &ReminderLetter, number: &str, date| {
            let heading = LetterHeading {
                number: number.to_owned(),
                date,
                signatory: run.signatory.clone(),
            };
            reminder_pdf(letter, &heading).map(|(name, bytes)| Attachment {
                name,
                media_type: "application/pdf".to_owned(),
                bytes,
            })
        };
        let record = |record: &ReminderRecord| {
            record_reminders(app, record).map_err(|payload| {
                let code = payload.code;
                *refusal.borrow_mut() = Some(payload);
                CoreError::new(code, "")
            })
        };
        email_reminders(&settings, delivery, &letters, &run, lang, render, record)
            .map(Some)
            .map_err(|error| refusal.take().unwrap_or_else(|| error.payload(lang)))
    })
    .await
}

/// The password to send with: the one the officer typed (kept from now on), else the one kept.
fn password_for(
    app: &AppHandle,
    settings: &MailSettings,
    typed: Option<String>,
) -> Result<Option<String>, ErrorPayload> {
    let passwords = app.state::<MailPasswords>();
    let typed = typed.filter(|password| !password.is_empty());
    if let Some(typed) = &typed {
        passwords
            .keep(settings, Some(typed))
            .map_err(|error| error.payload(app.state::<Desk>().lang()))?;
    }
    Ok(typed.or_else(|| passwords.get(settings)))
}

/// Records the reminders sent: on the office hub when the desk works with one, else in this register.
fn record_reminders(app: &AppHandle, record: &ReminderRecord) -> Result<u32, ErrorPayload> {
    let arguments = serde_json::json!({ "record": record });
    let hub = tauri::async_runtime::block_on(app.state::<HubLink>().call(
        app,
        "record_reminders",
        &arguments,
    ));
    if let Some(answer) = hub {
        let lang = app.state::<Desk>().lang();
        return serde_json::from_value(answer?)
            .map_err(|error| CoreError::new(ErrorCode::Internal, error.to_string()).payload(lang));
    }
    app.state::<Desk>()
        .with(|store| store.record_reminders(record, store.secretariat_today()?))
}

/// The site's mail settings: the office hub's when the desk works with one, else this register's.
async fn settings(app: &AppHandle) -> Answer<MailSettings> {
    if let Some(answer) = app
        .state::<HubLink>()
        .call(app, "mail_settings", &serde_json::json!({}))
        .await
    {
        let lang = app.state::<Desk>().lang();
        return serde_json::from_value(answer?)
            .map_err(|error| CoreError::new(ErrorCode::Internal, error.to_string()).payload(lang));
    }
    app.state::<Desk>().with(|store| store.mail_settings())
}

/// Runs `work` on a blocking thread: the keyring and the mail server may take their time.
async fn blocking<T: Send + 'static>(
    app: &AppHandle,
    work: impl FnOnce(&AppHandle) -> Result<T, ErrorPayload> + Send + 'static,
) -> Answer<T> {
    let app = app.clone();
    let lang_app = app.clone();
    tauri::async_runtime::spawn_blocking(move || work(&app))
        .await
        .unwrap_or_else(|error| {
            Err(CoreError::new(ErrorCode::Internal, error.to_string())
                .payload(lang_app.state::<Desk>().lang()))
        })
}
