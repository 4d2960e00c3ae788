//! File names of attachments: whatever name a file arrives with, the stored name is safe to show and to
//! write back to any file system.

/// The longest stored name, in UTF-8 bytes (file systems allow 255; room is left for " (2)").
const MAX_NAME_BYTES: usize = 200;

/// The longest name a row may hold: what file systems allow, so a sanitised name numbered ` (12)` fits.
const MAX_STORED_NAME_BYTES: usize = 255;

/// The name used when nothing of the original name is left.
const FALLBACK: &str = "attachment";

/// Names Windows reserves for devices, whatever the extension.
const RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Makes a file name safe to store and to write back anywhere.
///
/// The result: only the last path component is kept (no `/`, `\` or `..` can reach a file system); control
/// characters, bidirectional overrides and zero-width characters are removed, every space is a plain space; characters Windows forbids (`<>:"|?*`) become `_`;
/// leading dots and trailing dots and spaces are dropped; a reserved device name (`CON`, `lpt1.txt`) gets a
/// `_` in front; at most 200 bytes, cut inside the stem so the extension survives. Letters of every script
/// are kept as they are, the Uzbek U+02BB and U+02BC included. Never empty, never `.` or `..`.
#[must_use]
pub fn sanitize_name(raw: &str) -> String {
    sanitize_within(raw, MAX_NAME_BYTES)
}

/// [`sanitize_name`] with at most `max` bytes.
fn sanitize_within(raw: &str, max: usize) -> String {
    let last = raw
        .rsplit(['/', '\\'])
        .find(|part| !part.trim().is_empty())
        .unwrap_or("");
    let mut cleaned = String::with_capacity(last.len());
    for c in last.chars() {
        if c.is_control() || is_bidi_control(c) || is_invisible(c) {
            continue;
        }
        cleaned.push(if "<>:\"|?*".contains(c) {
            '_'
        } else if c.is_whitespace() {
            // An em space or a no-break space is a space: it cannot pass for part of a word.
            ' '
        } else {
            c
        });
    }
    let trimmed = cleaned
        .trim_start_matches(|c: char| c == '.' || c.is_whitespace())
        .trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    if trimmed.is_empty() {
        return FALLBACK.to_owned();
    }
    let stem = trimmed.split('.').next().unwrap_or("").trim_end();
    let safe = if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(stem)) {
        format!("_{trimmed}")
    } else {
        trimmed.to_owned()
    };
    shorten(&safe, max)
}

/// True when `name` is one the sanitiser would store as it is, or numbered (` (2)`) to tell it from
/// another of the same record's: up to 255 bytes, all else as [`sanitize_name`] makes it. The rule the
/// schema enforces on every attachment row (migration 0008) and restore checks on every restored one.
#[must_use]
pub fn is_sanitized(name: &str) -> bool {
    sanitize_within(name, MAX_STORED_NAME_BYTES) == name
}

/// The longest extension a copy for opening keeps.
const MAX_OPENING_EXTENSION: usize = 10;

/// The file name of the copy written for opening an attachment with the system's application: its id
/// plus the extension of its name in lower case, kept only when it is 1 to 10 ASCII letters and digits
/// (`0192….pdf`); else the id alone. No other part of the stored name reaches the file system, so a name
/// restored from a hostile backup can never choose where the copy goes.
#[must_use]
pub fn opening_file_name(id: uuid::Uuid, name: &str) -> String {
    let extension = name
        .rsplit_once('.')
        .map(|(_, extension)| extension)
        .filter(|e| {
            (1..=MAX_OPENING_EXTENSION).contains(&e.len())
                && e.chars().all(|c| c.is_ascii_alphanumeric())
        });
    match extension {
        Some(extension) => format!("{id}.{}", extension.to_ascii_lowercase()),
        None => id.to_string(),
    }
}

/// The extensions of documents and images that "Open" hands to the system's viewer: PDF, office and
/// `OpenDocument` files, plain text and pictures. Anything that runs or renders active content (`.desktop`,
/// `.sh`, `.jar`, `.exe`, `.html`, `.svg`) or has no extension is only saved, with a warning.
const VIEWABLE: &[&str] = &[
    "pdf", "txt", "csv", "rtf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp",
    "odg", "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "heic",
];

/// Whether an attachment named `name` is a document or image the system's viewer may open.
#[must_use]
pub fn opens_in_viewer(name: &str) -> bool {
    viewable_extension(name).is_some()
}

/// The lower-case extension of `name` when it is one "Open" hands to the viewer.
#[must_use]
fn viewable_extension(name: &str) -> Option<&'static str> {
    let (_, extension) = name.rsplit_once('.')?;
    VIEWABLE
        .iter()
        .find(|known| known.eq_ignore_ascii_case(extension))
        .copied()
}

/// The name with ` (n)` before its extension: `report (2).pdf`.
#[must_use]
pub(crate) fn numbered(name: &str, n: u32) -> String {
    match name.rfind('.').filter(|&dot| dot > 0) {
        Some(dot) => format!("{} ({n}){}", &name[..dot], &name[dot..]),
        None => format!("{name} ({n})"),
    }
}

/// Characters that take no room: a name cannot hide a dot or a letter behind them (U+200B in `report\u{200B}.pdf`).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}')
}

/// Marks that reorder text on screen (U+202E makes `gpj.exe` look like `exe.jpg`).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// At most `max` bytes, cut at a character boundary inside the stem when the extension is short.
fn shorten(name: &str, max: usize) -> String {
    if name.len() <= max {
        return name.to_owned();
    }
    let extension = name
        .rfind('.')
        .filter(|&dot| dot > 0 && name.len() - dot <= 16)
        .map_or("", |dot| &name[dot..]);
    let mut cut = max - extension.len();
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    let stem = name[..cut].trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    if stem.is_empty() {
        FALLBACK.to_owned()
    } else {
        format!("{stem}{extension}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn directories_and_traversal_are_stripped() {
        assert_eq!(sanitize_name("../../etc/passwd"), "passwd");
        assert_eq!(sanitize_name("a/b"), "b");
        assert_eq!(sanitize_name("C:\\Users\\x\\Отчёт.docx"), "Отчёт.docx");
        assert_eq!(sanitize_name("dir/"), "dir");
        assert_eq!(sanitize_name(".."), "attachment");
        assert_eq!(sanitize_name("."), "attachment");
        assert_eq!(sanitize_name(""), "attachment");
        assert_eq!(sanitize_name("  /// "), "attachment");
    }

    #[test]
    fn reserved_and_forbidden_become_harmless() {
        assert_eq!(sanitize_name("CON"), "_CON");
        assert_eq!(sanitize_name("lpt1.txt"), "_lpt1.txt");
        assert_eq!(sanitize_name("a<b>:c\"d|e?f*.pdf"), "a_b__c_d_e_f_.pdf");
        assert_eq!(sanitize_name(".bashrc"), "bashrc");
        assert_eq!(sanitize_name("report. . "), "report");
        assert_eq!(sanitize_name("bad\u{0}\n\u{7f}name.pdf"), "badname.pdf");
        assert_eq!(sanitize_name("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
    }

    #[test]
    fn invisible_characters_and_runs_of_spaces_cannot_disguise_a_name() {
        let disguised = "report\u{200B}.pdf\u{2003}\u{2003}\u{2003}\u{2026}.desktop";
        assert_eq!(sanitize_name(disguised), "report.pdf   \u{2026}.desktop");
        assert!(!opens_in_viewer(&sanitize_name(disguised)));
        assert_eq!(sanitize_name("a\u{FEFF}b\u{00A0}c.pdf"), "ab c.pdf");
    }

    #[test]
    fn only_documents_and_images_open_in_the_viewer() {
        for name in [
            "Протокол.PDF",
            "scan.jpeg",
            "table.xlsx",
            "notes.odt",
            "a.b.txt",
        ] {
            assert!(opens_in_viewer(name), "{name}");
        }
        for name in [
            "x.desktop",
            "run.sh",
            "app.jar",
            "setup.exe",
            "page.html",
            "logo.svg",
            "README",
            "pdf",
        ] {
            assert!(!opens_in_viewer(name), "{name}");
        }
    }

    #[test]
    fn letters_of_every_script_are_kept() {
        let uz = "Qoʻshma loyiha taʼlim.pdf";
        assert_eq!(sanitize_name(uz), uz);
        assert_eq!(
            sanitize_name("Протокол заседания №3.docx"),
            "Протокол заседания №3.docx"
        );
    }

    #[test]
    fn long_names_keep_their_extension() {
        let long = format!("{}.pdf", "Ж".repeat(300));
        let short = sanitize_name(&long);
        assert!(short.len() <= MAX_NAME_BYTES);
        assert!(short.ends_with("Ж.pdf"));
    }

    #[test]
    fn numbered_names_keep_their_extension() {
        assert_eq!(numbered("report.pdf", 2), "report (2).pdf");
        assert_eq!(numbered("README", 3), "README (3)");
    }

    #[test]
    fn the_copy_for_opening_is_named_by_the_id_and_a_clean_extension() {
        let id = uuid::Uuid::nil();
        let base = id.to_string();
        assert_eq!(opening_file_name(id, "Отчёт.PDF"), format!("{base}.pdf"));
        assert_eq!(
            opening_file_name(id, "../../../../.config/autostart/x.desktop"),
            format!("{base}.desktop")
        );
        assert_eq!(opening_file_name(id, "README"), base);
        assert_eq!(opening_file_name(id, "a.p/df"), base);
        assert_eq!(opening_file_name(id, "a.pdf\u{200b}"), base);
        assert_eq!(opening_file_name(id, "a.averyverylongextension"), base);
        assert_eq!(opening_file_name(id, "archive."), base);
    }

    #[test]
    fn only_names_the_sanitiser_keeps_are_sanitized() {
        assert!(is_sanitized("Qoʻshma loyiha.pdf"));
        for bad in [
            "../x.desktop",
            "a/b",
            ".bashrc",
            "CON",
            "",
            "x\u{202E}fdp.exe",
            "a\nb",
        ] {
            assert!(!is_sanitized(bad), "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn opening_names_never_leave_the_folder(id in any::<u128>(), raw in ".{0,80}") {
            let name = opening_file_name(uuid::Uuid::from_u128(id), &raw);
            prop_assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'));
            prop_assert!(name.starts_with(&uuid::Uuid::from_u128(id).to_string()));
        }

        #[test]
        fn any_name_becomes_a_safe_one(raw in ".{0,400}") {
            let name = sanitize_name(&raw);
            prop_assert!(!name.is_empty());
            prop_assert!(name != "." && name != "..");
            prop_assert!(!name.contains(['/', '\\']));
            prop_assert!(!name.starts_with('.'));
            prop_assert!(!name.chars().any(char::is_control));
            prop_assert!(name.len() <= MAX_NAME_BYTES);
            prop_assert_eq!(sanitize_name(&name), name.clone(), "sanitising is idempotent");
        }

        #[test]
        fn path_like_names_never_escape(parts in proptest::collection::vec("(\\.\\.|\\.|[a-zA-Zа-я ʻʼ]{0,8})", 0..8)) {
            let name = sanitize_name(&parts.join("/"));
            prop_assert!(!name.contains('/') && name != ".." && name != ".");
        }
    }
}
