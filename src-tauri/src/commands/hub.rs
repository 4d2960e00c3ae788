//! The desk's connection to the office hub (see `crate::hub`): its status, connecting and signing in,
//! disconnecting, and the basis of a write begun now.

use council_core::hub::{HubConnection, HubStatus};
use council_surface::Desk;
use tauri::{AppHandle, Manager};

use super::Answer;
use crate::hub::HubLink;

pub async fn hub_status(app: AppHandle) -> Answer<Option<HubStatus>> {
    Ok(app.state::<HubLink>().status())
}

pub async fn connect_hub(
    app: AppHandle,
    connection: HubConnection,
    password: String,
) -> Answer<HubStatus> {
    let lang = app.state::<Desk>().lang();
    app.state::<HubLink>()
        .connect(&app, connection, password, lang)
        .await
}

pub async fn disconnect_hub(app: AppHandle) -> Answer<()> {
    let lang = app.state::<Desk>().lang();
    app.state::<HubLink>()
        .disconnect()
        .await
        .map_err(|error| error.payload(lang))
}

pub async fn hub_basis(app: AppHandle) -> Answer<Option<i64>> {
    Ok(app.state::<HubLink>().basis())
}
