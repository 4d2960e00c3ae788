//! The office hub (`council serve`): one process holding the site's only live database, serving the same
//! commands as the desktop (`council_surface::dispatch`) over HTTPS to the desks of the secretariat.
//!
//! - TLS by rustls with a certificate the hub makes beside the database; desks pin its SHA-256 fingerprint
//!   ([`certificate`], [`pin`]).
//! - `POST /sign-in` `{ officer, password }` (id or e-mail; accounts without a password are refused) answers
//!   `{ token, officer }`; `POST /sign-out` ends the session. Every other request carries
//!   `Authorization: Bearer <token>` ([`sessions`]).
//! - `POST /call/<command>` with the window's JSON arguments: refused 401 without a live session, 404 for a
//!   command the hub does not serve, 403 when the officer's role is below the table's; then the store acts as
//!   the session's officer for that one call, so the core checks the role again and the audit names them.
//! - `POST /document` `{ document, lang }`: the data of a print document, which the desk typesets.
//! - `GET /events`: server-sent events, one `change` per audit row a call committed.
//!
//! Calls run one at a time on a blocking thread, on the one store (SQLite has one writer); the daily backup
//! runs as on the desktop.

pub mod certificate;
pub mod client;
mod events;
mod file_name;
pub mod pin;
mod routes;
pub mod sessions;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use council_core::{CoreError, CoreResult, ErrorCode};
use council_surface::Desk;

pub use events::Change;
pub use sessions::Lifetime;

/// What `council serve` was given.
#[derive(Debug, Clone)]
pub struct HubConfig {
    pub db: PathBuf,
    pub listen: SocketAddr,
    pub lifetime: Lifetime,
}

/// A running hub.
#[derive(Debug)]
pub struct Hub {
    /// Where it listens (the port chosen when it was given port 0).
    pub address: SocketAddr,
    /// The SHA-256 fingerprint of its certificate, which desks pin.
    pub fingerprint: String,
    /// Whether this start made the certificate.
    pub new_certificate: bool,
    handle: axum_server::Handle,
    served: tokio::task::JoinHandle<std::io::Result<()>>,
}

/// The cryptography of every TLS connection of the hub and its clients: *ring*'s.
#[must_use]
#[allow(
    deprecated,
    reason = "ring builds with the C compiler the workspace already needs (aws-lc-rs, whose provider has \
              post-quantum key exchange, needs CMake and minutes more per build); a pinned certificate on the \
              office's own network is the threat model, not harvest-now-decrypt-later"
)]
pub fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The fingerprint of the certificate of the hub serving `db` (made now if it has none yet).
pub fn fingerprint(db: &Path) -> CoreResult<String> {
    certificate::load_or_make(db).map(|identity| certificate::fingerprint(&identity.certificate))
}

/// How often the hub looks whether today's backup is made.
const BACKUP_EVERY: Duration = Duration::from_secs(3600);

impl Hub {
    /// Opens the database (checked as the desktop does, then its daily backup), makes or loads the
    /// certificate and starts serving on `config.listen`. Must run inside a multi-threaded Tokio runtime.
    pub async fn start(config: HubConfig) -> CoreResult<Hub> {
        let identity = certificate::load_or_make(&config.db)?;
        let fingerprint = certificate::fingerprint(&identity.certificate);
        let mut tls = rustls::ServerConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .map_err(tls_error)?
            .with_no_client_auth()
            .with_single_cert(vec![identity.certificate], identity.key)
            .map_err(tls_error)?;
        tls.alpn_protocols = vec![b"http/1.1".to_vec()];

        let desk = Arc::new(Desk::opening(&config.db));
        let opening = Arc::clone(&desk);
        std::thread::spawn(move || opening.finish_opening());
        // Serve once the database is open and its start-up check done: refusals are then in the register's
        // language from the first one, and no desk's call waits seconds behind the check.
        let opened = Arc::clone(&desk);
        tokio::task::spawn_blocking(move || opened.with(|_| Ok(())))
            .await
            .map_err(|error| CoreError::new(ErrorCode::Internal, error.to_string()))?
            .map_err(|payload| CoreError::new(ErrorCode::Storage, payload.message))?;
        let backups = Arc::clone(&desk);
        tokio::spawn(async move {
            let mut every = tokio::time::interval(BACKUP_EVERY);
            every.tick().await;
            loop {
                every.tick().await;
                backups.start_daily_backup();
            }
        });

        let app = routes::router(desk, config.lifetime);
        let handle = axum_server::Handle::new();
        let listener = axum_server::bind_rustls(
            config.listen,
            axum_server::tls_rustls::RustlsConfig::from_config(Arc::new(tls)),
        )
        .handle(handle.clone());
        let served = tokio::spawn(listener.serve(app.into_make_service()));
        let Some(address) = handle.listening().await else {
            let reason = match served.await {
                Ok(Err(error)) => error.to_string(),
                _ => format!("cannot listen on {}", config.listen),
            };
            return Err(CoreError::new(ErrorCode::Storage, reason));
        };
        Ok(Hub {
            address,
            fingerprint,
            new_certificate: identity.made,
            handle,
            served,
        })
    }

    /// Serves until the server stops.
    pub async fn wait(self) -> CoreResult<()> {
        match self.served.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(error)) => Err(error.into()),
            Err(error) => Err(CoreError::new(ErrorCode::Internal, error.to_string())),
        }
    }

    /// Stops listening and ends open connections.
    pub fn stop(&self) {
        self.handle.shutdown();
    }

    /// Serves until `stop` resolves, then shuts down gracefully: no new connection is taken, calls in flight
    /// finish and answer, and connections still open after `grace` (the change streams) are closed.
    pub async fn serve_until(
        self,
        stop: impl std::future::Future<Output = ()> + Send + 'static,
        grace: Duration,
    ) -> CoreResult<()> {
        let handle = self.handle.clone();
        tokio::spawn(async move {
            stop.await;
            handle.graceful_shutdown(Some(grace));
        });
        self.wait().await
    }
}

fn tls_error(error: rustls::Error) -> CoreError {
    CoreError::new(ErrorCode::Storage, error.to_string())
}
