//! Messages saved as standard .eml files (RFC 5322, what Outlook and Thunderbird open), for an office
//! without a mail server of its own.

use std::path::Path;

use council_core::mail::{DeliveryStatus, MailOutcome};

use crate::{Composed, MailError};

/// A file name for the message, safe on every file system: its number in the batch, then the subject's
/// letters and digits (any script) with anything else made a hyphen, at most 60 characters.
#[must_use]
pub fn eml_file_name(index: usize, subject: &str) -> String {
    let mut name = String::new();
    for c in subject.chars() {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
        if name.chars().count() >= 60 {
            break;
        }
    }
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        format!("{:03}.eml", index + 1)
    } else {
        format!("{:03}-{name}.eml", index + 1)
    }
}

/// Writes each message into `folder` (created when missing) as an .eml file and answers one outcome per
/// message. A file already there is not replaced: the next free number is taken instead.
pub fn write_eml(folder: &Path, messages: &[Composed]) -> Result<Vec<MailOutcome>, MailError> {
    std::fs::create_dir_all(folder)?;
    let mut outcomes = Vec::with_capacity(messages.len());
    let mut index = 0;
    for composed in messages {
        let file = loop {
            let file = folder.join(eml_file_name(index, &composed.subject));
            index += 1;
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&file)
            {
                Ok(handle) => break (file, handle),
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(error) => return Err(error.into()),
            }
        };
        let (path, mut handle) = file;
        std::io::Write::write_all(&mut handle, &composed.formatted())?;
        handle.sync_all()?;
        outcomes.push(MailOutcome {
            message_id: composed.message_id.clone(),
            to: composed.to.clone(),
            subject: composed.subject.clone(),
            status: DeliveryStatus::Saved,
            detail: path.display().to_string(),
            error: None,
        });
    }
    Ok(outcomes)
}

#[cfg(test)]
mod tests {
    use super::eml_file_name;

    #[test]
    fn file_names_keep_letters_of_any_script_and_nothing_a_file_system_refuses() {
        assert_eq!(
            eml_file_name(0, "Напоминание: поручения / 2026?"),
            "001-Напоминание-поручения-2026.eml"
        );
        assert_eq!(
            eml_file_name(11, "Eslatma — oʻz vaqtida"),
            "012-Eslatma-oʻz-vaqtida.eml"
        );
        assert_eq!(eml_file_name(2, "<>:\"\\|*"), "003.eml");
        assert_eq!(eml_file_name(0, "..\\..\\etc"), "001-etc.eml");
    }
}
