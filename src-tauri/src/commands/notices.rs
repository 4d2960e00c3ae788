//! The desktop notification of the deadline notice. The window counts and words it (the counting is the
//! core's, on a hub desk the hub's); the system shows it where it has a notification service.

use tauri::AppHandle;
use tauri_plugin_notification::NotificationExt;

use super::Answer;

/// Hands the notification to the system. The plugin sends it on a task of its own, so a machine without a
/// notification service (a bare X server, a session without D-Bus) costs nothing and says nothing: the
/// window's own notice is the one that counts.
pub async fn notify_desktop(app: AppHandle, title: String, body: String) -> Answer<()> {
    let shown = app.notification().builder().title(title).body(body).show();
    if let Err(error) = shown {
        eprintln!("council-desk: no desktop notification ({error})");
    }
    Ok(())
}
