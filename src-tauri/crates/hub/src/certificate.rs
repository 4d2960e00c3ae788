//! The hub's TLS identity: a self-signed certificate the hub makes at its first start, kept beside the
//! database (`<database>.hub-cert.pem`, the key in `<database>.hub-key.pem`, readable by its owner only). Desks
//! do not trust it through a certificate authority: they pin its SHA-256 fingerprint, which the hub prints.

use std::path::{Path, PathBuf};

use council_core::{CoreError, CoreResult, ErrorCode};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use sha2::{Digest, Sha256};

/// The certificate and its key, as the TLS server takes them.
#[derive(Debug)]
pub struct Identity {
    pub certificate: CertificateDer<'static>,
    pub key: PrivateKeyDer<'static>,
    /// Whether this start made them (the fingerprint is then new to every desk).
    pub made: bool,
}

/// Where the certificate of the hub serving `db` is kept.
#[must_use]
pub fn certificate_path(db: &Path) -> PathBuf {
    beside(db, ".hub-cert.pem")
}

fn key_path(db: &Path) -> PathBuf {
    beside(db, ".hub-key.pem")
}

fn beside(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.file_name().unwrap_or(db.as_os_str()).to_os_string();
    name.push(suffix);
    db.with_file_name(name)
}

fn storage(error: impl std::fmt::Display) -> CoreError {
    CoreError::new(ErrorCode::Storage, error.to_string())
}

/// The identity of the hub serving `db`: the one kept beside it, or a new one made and kept there.
pub fn load_or_make(db: &Path) -> CoreResult<Identity> {
    let (cert_path, key_path) = (certificate_path(db), key_path(db));
    if cert_path.exists() && key_path.exists() {
        return Ok(Identity {
            certificate: CertificateDer::from_pem_file(&cert_path).map_err(storage)?,
            key: PrivateKeyDer::from_pem_file(&key_path).map_err(storage)?,
            made: false,
        });
    }
    let names = vec!["council-hub".to_owned(), "localhost".to_owned()];
    let made = rcgen::generate_simple_self_signed(names).map_err(storage)?;
    write_private(&key_path, made.key_pair.serialize_pem().as_bytes())?;
    std::fs::write(&cert_path, made.cert.pem())?;
    Ok(Identity {
        certificate: made.cert.der().clone(),
        key: PrivateKeyDer::try_from(made.key_pair.serialize_der()).map_err(storage)?,
        made: true,
    })
}

/// Writes the key so that only the hub's user may read it.
fn write_private(path: &Path, bytes: &[u8]) -> CoreResult<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

/// The SHA-256 fingerprint of a certificate, as desks compare it: 32 bytes in upper-case hex, colon-separated.
#[must_use]
pub fn fingerprint(certificate: &[u8]) -> String {
    Sha256::digest(certificate)
        .iter()
        .map(|byte| format!("{byte:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}
