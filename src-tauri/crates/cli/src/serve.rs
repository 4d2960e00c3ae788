//! `council serve`: the office hub (`council-hub`) on this database, until it is stopped.

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use clap::Args;
use council_core::{CoreError, CoreResult, ErrorCode, Lang};
use council_hub::{Hub, HubConfig, Lifetime};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on, e.g. 0.0.0.0:8443 (every interface) or 192.168.1.10:8443.
    #[arg(long, value_name = "ADDR", default_value = "0.0.0.0:8443")]
    pub listen: SocketAddr,
    /// Print the SHA-256 fingerprint of the hub's certificate (which desks pin) and exit; the certificate is
    /// made beside the database if it has none yet.
    #[arg(long)]
    pub fingerprint: bool,
}

/// Serves until the process is stopped; with `--fingerprint`, prints it and returns.
pub fn run(args: &ServeArgs, db: &Path, lang: Lang) -> CoreResult<()> {
    if args.fingerprint {
        println!("{}", council_hub::fingerprint(db)?);
        return Ok(());
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|error| CoreError::new(ErrorCode::Internal, error.to_string()))?;
    runtime.block_on(async {
        let hub = Hub::start(HubConfig {
            db: db.to_path_buf(),
            listen: args.listen,
            lifetime: Lifetime::default(),
        })
        .await?;
        let (listening, fingerprint) = match lang {
            Lang::Ru => (
                "Офисный сервер Council Desk слушает",
                "Отпечаток сертификата (SHA-256)",
            ),
            Lang::Uz => (
                "Council Desk ofis serveri tinglayapti",
                "Sertifikat izi (SHA-256)",
            ),
            Lang::En => (
                "Council Desk office hub listening on",
                "Certificate fingerprint (SHA-256)",
            ),
        };
        println!("{listening}: https://{}", hub.address);
        println!("{fingerprint}: {}", hub.fingerprint);
        hub.serve_until(stop_signal(), GRACE).await
    })
}

/// How long calls in flight may take to finish once the hub is asked to stop (systemd waits 90 s).
const GRACE: Duration = Duration::from_secs(5);

/// SIGTERM (systemd, `kill`) or SIGINT (Ctrl+C): either stops the hub gracefully.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let Ok(mut terminate) = signal(SignalKind::terminate()) else {
            // Without a SIGTERM handler the default one still ends the process.
            let _ = tokio::signal::ctrl_c().await;
            return;
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
