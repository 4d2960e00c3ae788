//! A file's name in an HTTP header (`council-file-name`): headers carry ASCII only, so the name's UTF-8 bytes
//! travel percent-encoded.

use std::fmt::Write as _;

/// `name` with every byte outside `A–Z a–z 0–9 - . _ ~` written `%XX`: a header carries ASCII only.
pub(crate) fn encoded(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// The text of a percent-encoded header (`%D0%9F…`), any malformed escape kept as it is.
pub(crate) fn decoded(encoded: &str) -> String {
    let bytes = encoded.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let escaped = (bytes[at] == b'%')
            .then(|| encoded.get(at + 1..at + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        if let Some(byte) = escaped {
            out.push(byte);
            at += 3;
        } else {
            out.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_survives_its_header() {
        let name = "Протокол 2-го заседания Kengashning oʻtgan majlisi 50%.pdf";
        assert!(encoded(name).is_ascii());
        assert_eq!(decoded(&encoded(name)), name);
        assert_eq!(decoded("a%2"), "a%2");
        assert_eq!(decoded("%ZZ"), "%ZZ");
    }
}
