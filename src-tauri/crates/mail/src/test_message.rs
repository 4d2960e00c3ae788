//! The test message Settings and `council mail test` send: it shows the server takes the site's mail and
//! that the recipient's reader shows Cyrillic and Uzbek letters as they are.

use council_core::Lang;

use crate::Outgoing;

/// A test message to `to`, its subject in `lang`, its text in Russian, Uzbek and English.
#[must_use]
pub fn test_message(to: &str, lang: Lang) -> Outgoing {
    let subject = match lang {
        Lang::Ru => "Council Desk: проверка электронной почты",
        Lang::Uz => "Council Desk: elektron pochtani tekshirish",
        Lang::En => "Council Desk: e-mail test",
    };
    Outgoing {
        to: vec![to.trim().to_owned()],
        cc: Vec::new(),
        subject: subject.to_owned(),
        body: [
            "Это проверочное письмо Council Desk: почтовый сервер секретариата принимает письма.",
            "Bu Council Desk sinov xati: kotibiyatning pochta serveri xatlarni qabul qilyapti. Oʻzbekcha harflar: oʻ, gʻ, ʼ.",
            "This is a test message from Council Desk: the secretariat's mail server takes its messages.",
        ]
        .join("\n\n"),
        attachments: Vec::new(),
    }
}
