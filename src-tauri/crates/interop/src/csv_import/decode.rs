//! Turning the bytes of a spreadsheet export into text: UTF-8 (with or without a BOM) or Windows-1251, and
//! the separator, `;` (what Excel writes in Russian and Uzbek locales) or `,`.

/// The text encodings a CSV file may come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    Windows1251,
}

/// Decodes `bytes`: valid UTF-8 is taken as UTF-8 (its BOM stripped); anything else is read as Windows-1251,
/// where every byte is a character, so decoding never fails.
#[must_use]
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        (text.to_owned(), Encoding::Utf8)
    } else {
        let (text, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(bytes);
        (text.into_owned(), Encoding::Windows1251)
    }
}

/// The separator of the header line: `;` when it has more semicolons than commas outside quotes, else `,`.
#[must_use]
pub fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let (mut semicolons, mut commas, mut quoted) = (0, 0, false);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_a_bom_and_windows_1251_are_told_apart() {
        let (text, encoding) = decode("\u{feff}name_ru;country\nМинистерство;UZ".as_bytes());
        assert_eq!(encoding, Encoding::Utf8);
        assert!(text.starts_with("name_ru"));
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("Министерство энергетики");
        let (text, encoding) = decode(&bytes);
        assert_eq!(encoding, Encoding::Windows1251);
        assert_eq!(text, "Министерство энергетики");
    }

    #[test]
    fn the_separator_is_read_from_the_header() {
        assert_eq!(separator("a;b;c\n1,5;2;3"), b';');
        assert_eq!(separator("a,b,\"c;d\"\n"), b',');
        assert_eq!(separator(""), b',');
    }
}
