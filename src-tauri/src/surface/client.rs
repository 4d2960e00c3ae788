//! Writes what the window's side needs from the table: `ui/src/ipc/commands.ts`, one typed function per
//! command (argument names and types from the table, through ts-rs: a renamed argument stays in step with
//! the backend, an added or retyped one breaks the UI's compile), and `capabilities/main.json`, which
//! grants exactly these commands. Like the bindings, `cargo test` rewrites a stale file and fails, so a
//! change that was not committed is caught.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use ts_rs::{Config, TS};

use super::*;

/// One command as TypeScript sees it.
struct Signature {
    doc: Vec<&'static str>,
    name: &'static str,
    arguments: Vec<(&'static str, String)>,
    answer: String,
    need: &'static str,
}

macro_rules! signatures {
    ($($(#[doc = $doc:literal])* $area:ident::$name:ident[$($injected:ident)*] $need:ident($($arg:ident: $ty:ty),* $(,)?) -> $answer:ty;)*) => {
        fn signatures(cfg: &Config) -> Vec<Signature> {
            vec![$(Signature {
                doc: vec![$($doc.trim()),*],
                name: stringify!($name),
                arguments: vec![$((stringify!($arg), <$ty as TS>::name(cfg))),*],
                answer: <$answer as TS>::name(cfg),
                need: stringify!($need),
            }),*]
        }
    };
}

command_table!(signatures);

fn camel_case(snake: &str) -> String {
    let mut words = snake.split('_');
    let mut camel = words.next().unwrap_or_default().to_owned();
    for word in words {
        let mut letters = word.chars();
        if let Some(first) = letters.next() {
            camel.extend(first.to_uppercase());
            camel.push_str(letters.as_str());
        }
    }
    camel
}

/// The named types a TypeScript type uses (`Array<Pairing> | null` → `Pairing`).
fn named_types(ts: &str, into: &mut BTreeSet<String>) {
    for word in ts.split(|c: char| !c.is_ascii_alphanumeric() && c != '_') {
        if word.starts_with(|c: char| c.is_ascii_uppercase()) && word != "Array" {
            into.insert(word.to_owned());
        }
    }
}

fn commands_ts() -> String {
    let cfg = Config::new().with_large_int("number");
    let printing = [
        Printable::ident(&cfg),
        DocumentPreview::ident(&cfg),
        WordReference::ident(&cfg),
    ];
    let signatures = signatures(&cfg);
    let mut used = BTreeSet::from(["Role".to_owned()]);
    let mut functions = String::new();
    let mut needs = String::new();
    for Signature {
        doc,
        name,
        arguments,
        answer,
        need,
    } in &signatures
    {
        writeln!(needs, "  {}: '{need}',", camel_case(name)).expect("write to a String");
        if !doc.is_empty() {
            writeln!(functions, "/** {} */", doc.join("\n * ")).expect("write to a String");
        }
        named_types(answer, &mut used);
        let parameters: Vec<String> = arguments
            .iter()
            .map(|(argument, ts)| {
                named_types(ts, &mut used);
                format!("{}: {ts}", camel_case(argument))
            })
            .collect();
        // `()` answers nothing.
        let answer = if answer == "null" { "void" } else { answer };
        let keys: Vec<String> = arguments.iter().map(|(a, _)| camel_case(a)).collect();
        let call = if keys.is_empty() {
            format!("call('{name}')")
        } else {
            format!("call('{name}', {{ {} }})", keys.join(", "))
        };
        writeln!(
            functions,
            "export const {} = ({}): Promise<{answer}> =>\n  {call};\n",
            camel_case(name),
            parameters.join(", "),
        )
        .expect("write to a String");
    }
    let (from_printing, from_bindings): (Vec<String>, Vec<String>) =
        used.into_iter().partition(|name| printing.contains(name));
    let mut text = String::from(
        "// Generated from the command table (src-tauri/crates/surface/src/table.rs) by `cargo test -p council-desk`. Do not edit.\n\
         // One function per command, its arguments named and typed as the backend takes them.\n\n",
    );
    for (names, module) in [(from_bindings, "./bindings"), (from_printing, "./printing")] {
        if !names.is_empty() {
            writeln!(
                text,
                "import type {{\n  {},\n}} from '{module}';",
                names.join(",\n  ")
            )
            .expect("write to a String");
        }
    }
    text.push_str("import { call } from './call';\n\n");
    text.push_str(functions.trim_end());
    text.push_str(
        "\n\n/** The least role that may call each command (the core checks it again; some calls ask more, e.g.\n \
         * cancelling is the head's): what the window disables for the signed-in officer. */\n\
         export const commandNeeds = {\n",
    );
    text.push_str(&needs);
    text.push_str("} as const satisfies Record<string, Role>;\n");
    text
}

/// The window's capability, its keys in the order people read them.
#[derive(serde::Serialize)]
struct Capability {
    #[serde(rename = "$schema")]
    schema: &'static str,
    identifier: &'static str,
    description: &'static str,
    windows: [&'static str; 1],
    permissions: Vec<String>,
}

/// What the window needs to hear events: `ui/src/ipc/events.ts` listens, and stops listening.
const EVENTS: [&str; 2] = ["core:event:allow-listen", "core:event:allow-unlisten"];

fn capability_json() -> String {
    let capability = Capability {
        schema: "../gen/schemas/desktop-schema.json",
        identifier: "main",
        description: "What the main window may call: the app's own commands and listening to its events, nothing else \
                      (generated from crates/surface/src/table.rs by `cargo test -p council-desk`).",
        windows: ["main"],
        // Besides the commands, listening to the events the backend tells the window (`package-progress`).
        permissions: COMMANDS
            .iter()
            .map(|command| format!("allow-{}", command.name.replace('_', "-")))
            .chain(EVENTS.iter().map(|&permission| permission.to_owned()))
            .collect(),
    };
    serde_json::to_string_pretty(&capability).expect("capability JSON") + "\n"
}

/// Rewrites `path` with `fresh` when it differs and names it; nothing when it was fresh.
fn refresh(root: &Path, path: &str, fresh: &str) -> Option<String> {
    let file: PathBuf = root.join(path);
    let committed = std::fs::read_to_string(&file).unwrap_or_default();
    (committed != fresh).then(|| {
        std::fs::write(&file, fresh).expect("write generated file");
        path.to_owned()
    })
}

#[test]
fn typescript_client_and_capability_follow_the_command_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stale: Vec<String> = [
        refresh(root, "../ui/src/ipc/commands.ts", &commands_ts()),
        refresh(root, "capabilities/main.json", &capability_json()),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(
        stale.is_empty(),
        "{stale:?} did not follow the command table and have been regenerated; commit them and run the tests again"
    );
}
