//! Every app command (from the command table, `crates/surface/src/table.rs`) goes into the `AppManifest`, so each needs a
//! permission (see `capabilities/`) before a window may call it.

include!("crates/surface/src/table.rs");

/// The names of the command table (`crates/surface/src/table.rs`), which also makes the handler, the capability and
/// the UI's client, so the four cannot disagree.
macro_rules! names {
    ($($(#[doc = $doc:literal])* $area:ident::$name:ident[$($injected:ident)*] $need:ident($($arg:ident: $ty:ty),* $(,)?) -> $answer:ty;)*) => {
        &[$(stringify!($name)),*]
    };
}

const COMMANDS: &[&str] = command_table!(names);

fn main() {
    // The table lives in another package of the workspace: rebuild the manifest when it changes.
    println!("cargo:rerun-if-changed=crates/surface/src/table.rs");
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {error:#}");
    }
}
