//! Attachments listed and moved to the trash; attaching, opening and saving a copy are the desktop's.

use council_core::attachment::{Attachment, OwnerKind};
use uuid::Uuid;

use super::Answer;
use crate::Desk;

/// The file under `file` was chosen on a desk and sent to the hub, which keeps it under that token.
pub fn attach_chosen(
    desk: &Desk,
    owner_kind: OwnerKind,
    owner_id: Uuid,
    file: String,
) -> Answer<Attachment> {
    let path = desk.chosen(&file)?;
    desk.with(|store| store.attach_file(owner_kind, &owner_id.to_string(), &path))
}

pub fn list_attachments(
    desk: &Desk,
    owner_kind: OwnerKind,
    owner_id: Uuid,
) -> Answer<Vec<Attachment>> {
    desk.with(|store| store.attachments(owner_kind, &owner_id.to_string()))
}

/// Moves the attachment to the trash; `restore_from_trash("attachment", id)` undoes it.
pub fn delete_attachment(desk: &Desk, id: Uuid) -> Answer<Attachment> {
    desk.with(|store| store.delete_attachment(&id.to_string()))
}
