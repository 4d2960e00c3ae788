//! Files beside a test's database: ones to attach, and what a folder holds.

use std::path::{Path, PathBuf};

use super::TestStore;

/// A file named `name` holding `bytes`, in its own folder beside the database.
pub fn file(t: &TestStore, name: &str, bytes: &[u8]) -> PathBuf {
    let dir = t
        .path
        .with_file_name("incoming")
        .join(council_core::ids::new_id().to_string());
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Every file under `dir`, relative, sorted.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&next) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    found.sort();
    found
}
