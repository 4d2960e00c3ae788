//! The print documents: a preview as page images, saving the PDF or the Word file through the native save
//! dialog, and printing through the system's PDF viewer. Typesetting lives in `council-documents`; it runs on
//! a blocking thread so the async runtime is never held up by it.

use council_core::reminder::{LetterRun, ReminderChannel, ReminderLetter, SavedLetters, record_of};
use council_core::{CoreError, ErrorCode, ErrorPayload};
use council_documents::{
    DocLang, DocumentData, DocumentPreview, LetterHeading, Pdf, Printable, WordReference,
    forget_reference, keep_reference, kept_reference, read_kept_reference, reminder_document,
    reminder_file_names,
};
use tauri::{AppHandle, Manager, State};
use tauri_plugin_opener::OpenerExt;

use super::Answer;
use crate::cache::{self, Copies};
use crate::dialogs::{self, DialogStart};
use crate::hub::HubLink;
use council_surface::Desk;

/// Pixels per typographic point of the preview images: sharp on a high-density screen, an A4 page is
/// 1191 × 1684 pixels.
const PREVIEW_PIXEL_PER_PT: f64 = 2.0;

/// Typesets `document` in `lang` (`ru`, `uz`, `en` or `ru+uz`), printed on the secretariat's date, and
/// answers its pages as PNG images.
pub async fn preview_document(
    app: AppHandle,
    document: Printable,
    lang: String,
) -> Answer<DocumentPreview> {
    let mode = parse_lang(&app.state::<Desk>(), &lang)?;
    let (data, _) = prepared(&app, document, mode).await?;
    blocking(app, move |desk| {
        data.typeset()
            .and_then(|typeset| typeset.preview(PREVIEW_PIXEL_PER_PT))
            .map_err(|error| error.payload(desk.lang()))
    })
    .await
}

/// Asks where to save the PDF of `document` in `lang`, then writes it; answers the file written, `None` when
/// the officer cancels.
pub async fn save_document_pdf(
    app: AppHandle,
    desk: State<'_, Desk>,
    document: Printable,
    lang: String,
) -> Answer<Option<String>> {
    let mode = parse_lang(&desk, &lang)?;
    let (data, file_name) = prepared(&app, document, mode).await?;
    let start = DialogStart {
        directory: app.path().document_dir().ok(),
        file_name: Some(file_name),
        filter: Some(("PDF".to_owned(), vec!["pdf"])),
    };
    let Some(path) = dialogs::save_file(start).await else {
        return Ok(None);
    };
    let pdf = blocking(app, move |desk| pdf(desk, &data)).await?;
    write(&desk, &path, &pdf)?;
    Ok(Some(path.display().to_string()))
}

/// Asks where to save the Word file of `document` in `lang` (made from the same data as the PDF), then
/// writes it; answers the file written, `None` when the officer cancels.
pub async fn save_document_docx(
    app: AppHandle,
    desk: State<'_, Desk>,
    document: Printable,
    lang: String,
) -> Answer<Option<String>> {
    let mode = parse_lang(&desk, &lang)?;
    let (data, pdf_name) = prepared(&app, document, mode).await?;
    let file_name = std::path::Path::new(&pdf_name)
        .with_extension("docx")
        .display()
        .to_string();
    let start = DialogStart {
        directory: app.path().document_dir().ok(),
        file_name: Some(file_name),
        filter: Some(("Word".to_owned(), vec!["docx"])),
    };
    let Some(path) = dialogs::save_file(start).await else {
        return Ok(None);
    };
    let word = blocking(app, move |desk| {
        let payload = |error: council_core::CoreError| error.payload(desk.lang());
        let reference = read_kept_reference(desk.db_path()).map_err(payload)?;
        data.docx(reference.as_ref()).map_err(payload)
    })
    .await?;
    write_bytes(&desk, &path, &word.bytes)?;
    Ok(Some(path.display().to_string()))
}

/// The secretariat's reference document Save as Word… uses, `None` when none was chosen.
pub async fn word_reference(app: AppHandle) -> Answer<Option<WordReference>> {
    Ok(kept_reference(app.state::<Desk>().db_path()).map(|(reference, _)| reference))
}

/// Asks for a Word document (open dialog) and keeps a copy of it beside the database as the reference
/// document; a file that is not one is refused and the reference in use stays. `None` when cancelled.
pub async fn choose_word_reference(app: AppHandle) -> Answer<Option<WordReference>> {
    let start = DialogStart {
        directory: app.path().document_dir().ok(),
        file_name: None,
        filter: Some(("Word".to_owned(), vec!["docx"])),
    };
    let Some(path) = dialogs::pick_file(start).await else {
        return Ok(None);
    };
    blocking(app, move |desk| {
        keep_reference(desk.db_path(), &path)
            .map(Some)
            .map_err(|error| error.payload(desk.lang()))
    })
    .await
}

/// Stops using the reference document: Word files take the documents' own styles again.
pub async fn clear_word_reference(app: AppHandle) -> Answer<()> {
    let desk = app.state::<Desk>();
    forget_reference(desk.db_path()).map_err(|error| error.payload(desk.lang()))
}

/// Writes the PDF of `document` in `lang` to the app's cache folder and opens it with the system's default
/// PDF viewer, whose print dialog the officer then uses.
pub async fn print_document(app: AppHandle, document: Printable, lang: String) -> Answer<()> {
    let opener = app.clone();
    let cache = cache::folder(&app, Copies::Print);
    let mode = parse_lang(&app.state::<Desk>(), &lang)?;
    let (data, file_name) = prepared(&app, document, mode).await?;
    blocking(app, move |desk| {
        let pdf = pdf(desk, &data)?;
        std::fs::create_dir_all(&cache).map_err(|error| storage(desk, &error))?;
        let path = cache.join(file_name);
        write(desk, &path, &pdf)?;
        opener
            .opener()
            .open_path(path.display().to_string(), None::<&str>)
            .map_err(|error| storage(desk, &error))
    })
    .await
}

/// Asks for a folder, then writes `letters` there as PDF or Word files (`format`), one per body, numbered and
/// dated as `run` says; answers the record to make once they are sent (channel: letter) and the files
/// written, `None` when the officer cancels. The letters come from the window, as the officer previewed them
/// (from this desk's register or the hub's), so a desk on the hub writes them the same way; a file already
/// in the folder is never replaced: nothing is written then.
pub async fn save_reminder_letters(
    app: AppHandle,
    letters: Vec<ReminderLetter>,
    run: LetterRun,
    format: String,
) -> Answer<Option<SavedLetters>> {
    let lang = app.state::<Desk>().lang();
    let letters_on = run.check().map_err(|error| error.payload(lang))?;
    let extension = match format.trim() {
        "pdf" => "pdf",
        "docx" => "docx",
        other => {
            return Err(CoreError::new(ErrorCode::InvalidValue, other)
                .on("format")
                .payload(lang));
        }
    };
    let start = DialogStart {
        directory: app.path().document_dir().ok(),
        file_name: None,
        filter: None,
    };
    let Some(folder) = dialogs::pick_folder(start).await else {
        return Ok(None);
    };
    blocking(app, move |desk| {
        let numbers = run.numbers(letters.len());
        let names = reminder_file_names(&letters, letters_on, extension);
        let mut made = Vec::with_capacity(letters.len());
        for ((letter, number), name) in letters.iter().zip(&numbers).zip(&names) {
            let path = folder.join(name);
            if path.exists() {
                return Err(
                    CoreError::new(ErrorCode::FileExists, path.display().to_string())
                        .payload(desk.lang()),
                );
            }
            let heading = LetterHeading {
                number: number.clone(),
                date: letters_on,
                signatory: run.signatory.clone(),
            };
            let data =
                reminder_document(letter, &heading).map_err(|error| error.payload(desk.lang()))?;
            let bytes = if extension == "docx" {
                data.docx(None).map(|word| word.bytes)
            } else {
                data.typeset()
                    .and_then(|typeset| typeset.pdf())
                    .map(|pdf| pdf.bytes)
            }
            .map_err(|error| error.payload(desk.lang()))?;
            made.push((path, bytes));
        }
        let mut files = Vec::with_capacity(made.len());
        for (path, bytes) in made {
            write_bytes(desk, &path, &bytes)?;
            files.push(path.display().to_string());
        }
        Ok(Some(SavedLetters {
            record: record_of(&letters, &numbers, letters_on, ReminderChannel::Letter),
            files,
        }))
    })
    .await
}

/// Runs `work` with the desk on a blocking thread.
async fn blocking<T: Send + 'static>(
    app: AppHandle,
    work: impl FnOnce(&Desk) -> Answer<T> + Send + 'static,
) -> Answer<T> {
    let lang_app = app.clone();
    tauri::async_runtime::spawn_blocking(move || work(&app.state::<Desk>()))
        .await
        .unwrap_or_else(|error| {
            Err(CoreError::new(ErrorCode::DocumentFailed, error.to_string())
                .payload(lang_app.state::<Desk>().lang()))
        })
}

fn parse_lang(desk: &Desk, lang: &str) -> Answer<DocLang> {
    DocLang::parse(lang).map_err(|error| error.payload(desk.lang()))
}

/// The document's data and the name its file is offered under: from the office hub when the desk works with
/// one, else read from this desk's register while holding the store (the typesetting after it holds nothing,
/// so the other commands do not wait for a print).
async fn prepared(
    app: &AppHandle,
    document: Printable,
    mode: DocLang,
) -> Answer<(DocumentData, String)> {
    if let Some(parcel) = app
        .state::<HubLink>()
        .document(app, &document, mode.code())
        .await
    {
        let parcel = parcel?;
        // The name comes from the network: only a plain file name reaches the file system.
        let file_name = council_core::attachment::sanitize_name(&parcel.file_name);
        return DocumentData::from_parcel(parcel)
            .map(|data| (data, file_name))
            .map_err(|error| error.payload(app.state::<Desk>().lang()));
    }
    blocking(app.clone(), move |desk| {
        desk.with(|store| {
            let today = store.secretariat_today()?;
            let data = council_documents::document_data(store, &document, mode, today)?;
            Ok((data, document.file_name(store, mode, today)?))
        })
    })
    .await
}

fn pdf(desk: &Desk, data: &DocumentData) -> Answer<Pdf> {
    data.typeset()
        .and_then(|typeset| typeset.pdf())
        .map_err(|error| error.payload(desk.lang()))
}

fn write(desk: &Desk, path: &std::path::Path, pdf: &Pdf) -> Answer<()> {
    write_bytes(desk, path, &pdf.bytes)
}

fn write_bytes(desk: &Desk, path: &std::path::Path, bytes: &[u8]) -> Answer<()> {
    std::fs::write(path, bytes).map_err(|error| {
        CoreError::new(
            ErrorCode::DocumentFailed,
            format!("{}: {error}", path.display()),
        )
        .payload(desk.lang())
    })
}

fn storage(desk: &Desk, error: &dyn std::fmt::Display) -> ErrorPayload {
    CoreError::new(ErrorCode::Storage, error.to_string()).payload(desk.lang())
}
