//! The TypeScript types of printing are generated from the Rust types, like the core's
//! (`ui/src/ipc/bindings.ts`): `cargo test` rewrites `ui/src/ipc/printing.ts` and fails when the committed
//! file was stale.

use std::path::PathBuf;

use council_documents::{DocumentPreview, Printable, WordReference};
use ts_rs::{Config, TS};

fn generated() -> String {
    let cfg = Config::new().with_large_int("number");
    [
        "// Generated from the Rust types by `cargo test -p council-documents` (tests/it/bindings.rs). Do not edit.\n"
            .to_owned(),
        "import type { InstructionFilter, Lang } from './bindings';\n".to_owned(),
        // `DocLang` crosses IPC as its text, read by `DocLang::parse`.
        "/** The language mode of a print document: one language, or Russian and Uzbek side by side. */".to_owned(),
        "export type DocLang = Lang | \"ru+uz\";\n".to_owned(),
        format!("export {}\n", Printable::decl(&cfg)),
        format!("export {}\n", DocumentPreview::decl(&cfg)),
        format!("export {}", WordReference::decl(&cfg)),
    ]
    .join("\n")
}

#[test]
fn typescript_bindings_of_printing_are_fresh() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/ipc/printing.ts");
    let fresh = generated();
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != fresh {
        std::fs::write(&path, &fresh).expect("write bindings");
        panic!(
            "ui/src/ipc/printing.ts was stale and has been regenerated; commit it and run the tests again"
        );
    }
}
