//! E-mail from this machine: the mail password it keeps (`crate::mail_password`) and the test message. The
//! server settings are the site's (`mail_settings`, which a desk of the office hub reads from the hub); the
//! message leaves from this machine, which holds the password.

use std::time::SystemTime;

use council_core::mail::{MailOutcome, MailPassword, MailSettings};
use council_core::{CoreError, ErrorCode, ErrorPayload};
use council_surface::Desk;
use tauri::{AppHandle, Manager};

use super::Answer;
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
        let passwords = app.state::<MailPasswords>();
        let given = password.filter(|password| !password.is_empty());
        if let Some(given) = &given {
            passwords
                .keep(&settings, Some(given))
                .map_err(|error| error.payload(lang))?;
        }
        let password = given.or_else(|| passwords.get(&settings));
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
