//! The desktop's managed state: the open store (or why it could not be opened) and the interface language.

use std::path::Path;
use std::sync::Mutex;

use council_core::{CoreError, CoreResult, ErrorPayload, Lang, Store};

/// The store behind every command. A database that cannot be opened does not stop the window from showing:
/// every command answers with the reason, translated, so the officer sees what happened and what to do.
#[derive(Debug)]
pub struct Desk {
    store: Mutex<Result<Store, CoreError>>,
    lang: Mutex<Lang>,
}

impl Desk {
    /// Opens the database at `path`.
    pub fn open(path: &Path) -> Desk {
        let store = Store::open(path);
        let lang = store
            .as_ref()
            .ok()
            .and_then(|s| s.language().ok())
            .unwrap_or_default();
        Desk {
            store: Mutex::new(store),
            lang: Mutex::new(lang),
        }
    }

    /// The interface language errors are translated into.
    pub fn lang(&self) -> Lang {
        *self
            .lang
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Runs one core call on the store and turns its error into the IPC shape.
    pub fn with<T>(
        &self,
        call: impl FnOnce(&mut Store) -> CoreResult<T>,
    ) -> Result<T, ErrorPayload> {
        let lang = self.lang();
        let mut guard = self
            .store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match guard.as_mut() {
            Ok(store) => call(store).map_err(|error| error.payload(lang)),
            Err(open_error) => Err(open_error.payload(lang)),
        }
    }

    /// Switches the interface language and remembers it in the database.
    pub fn set_lang(&self, lang: Lang) -> Result<(), ErrorPayload> {
        self.with(|store| store.set_language(lang))?;
        *self
            .lang
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = lang;
        Ok(())
    }
}
