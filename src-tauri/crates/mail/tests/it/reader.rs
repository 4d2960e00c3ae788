//! Messages read back by Python's `email` package (the standard library's, an independent reader): headers
//! decoded, the text body, the attachments' names, types and bytes.

use std::io::Write;
use std::process::{Command, Stdio};

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct ReadAttachment {
    pub name: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Deserialize)]
pub struct ReadMessage {
    pub subject: String,
    pub from: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub message_id: String,
    /// `Date` as an ISO 8601 instant; empty when Python could not read it.
    pub date: String,
    pub body: String,
    pub attachments: Vec<ReadAttachment>,
    /// Defects Python found in the message.
    pub defects: Vec<String>,
}

const SCRIPT: &str = r#"
import email, email.header, email.policy, json, sys
data = sys.stdin.buffer.read()
message = email.message_from_bytes(data, policy=email.policy.default)
# The newer policy's address parser puts a space between two adjacent encoded words of a name, where
# RFC 2047 (6.2) says the space between them is not shown; the older decoder follows the RFC.
raw_from = email.message_from_bytes(data, policy=email.policy.compat32)["from"]
def addresses(name):
    return [str(a) for h in message.get_all(name, []) for a in h.addresses]
body = message.get_body(preferencelist=("plain",))
defects = [repr(d) for part in message.walk() for d in part.defects]
print(json.dumps({
    "subject": str(message["subject"]),
    "from": str(email.header.make_header(email.header.decode_header(raw_from))),
    "to": addresses("to"),
    "cc": addresses("cc"),
    "message_id": str(message["message-id"]),
    "date": message["date"].datetime.isoformat() if message["date"] else "",
    "body": body.get_content() if body else "",
    "attachments": [
        {"name": part.get_filename(), "media_type": part.get_content_type(),
         "bytes": list(part.get_content())}
        for part in message.iter_attachments()
    ],
    "defects": defects,
}))
"#;

/// Reads one message (RFC 5322 bytes).
pub fn read(data: &[u8]) -> ReadMessage {
    let mut python = Command::new("python3")
        .args(["-c", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 reads the messages");
    python.stdin.take().unwrap().write_all(data).unwrap();
    let output = python.wait_with_output().unwrap();
    assert!(output.status.success(), "python could not read the message");
    serde_json::from_slice(&output.stdout).unwrap()
}
