//! Council Desk exchange files: what two sites hand each other over e-mail or a USB stick.
//!
//! - [`keys`]: a site's Ed25519 signing key, its public half as hex and the fingerprint read aloud over the
//!   phone when two secretariats meet;
//! - [`card`]: the site card, the small file a site gives its peers once (id, names, country, public key);
//! - [`package`]: the signed package of changes and attachment contents, written and read as a stream;
//! - [`meeting`] and [`transfer`]: what the front doors call: this site's card, adding a peer from its card,
//!   preparing a package for a peer and receiving one.
//!
//! Every file this crate reads is treated as hostile: sizes are checked before anything is allocated, and a
//! refusal is a [`council_core::CoreError`] with its own code, never a panic. The store decides what a package
//! means; this crate only writes, reads and checks the files.

pub mod card;
mod hex;
pub mod keys;
pub mod meeting;
pub mod package;
pub mod transfer;

pub use card::SiteCard;
pub use keys::{SiteKeys, fingerprint, verifying_key};
pub use meeting::{add_peer_from_card, save_site_card, site_card, site_keys};
pub use package::{PACKAGE_FORMAT, PackageFile, PackageHeader, PackageWriter, Record};
pub use transfer::{PreparedPackage, ReceivedPackage, find_peer, prepare_package, receive_package};
