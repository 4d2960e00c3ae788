//! Record text is data: markup, HTML and very long words print literally and stay inside the page.

use council_core::Lang;
use council_core::agenda::AgendaPlace;
use council_documents::{DocLang, agenda_pdf};

use crate::support::{TestStore, assert_contains_all, check, item, session_with_items, today};

const LONG: &str =
    "Ширококолейныйжелезнодорожныйпереходтранспортнологистическогокоридораузбекистанроссия";

#[test]
fn markup_html_and_long_words_in_titles_print_literally_inside_the_page() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 1);
    let titles = [
        "#read(\"/etc/passwd\")",
        "] #set page(width: 1pt) [",
        "<script>alert(1)</script> &amp;",
        "$x^2$ *bold* _emph_",
        "`raw` @label <label>",
        "\\ // not a comment",
        LONG,
    ];
    for title in titles {
        test.store
            .add_agenda_item(
                &session,
                &item(title, title, title, Vec::new()),
                &AgendaPlace::default(),
            )
            .unwrap();
    }
    for mode in [DocLang::One(Lang::Ru), DocLang::RuUz] {
        let pdf = agenda_pdf(&test.store, &session, None, mode, today()).unwrap();
        let path = test.path(&format!("injection-{}.pdf", mode.code()));
        let checked = check(&pdf, &path);
        assert_contains_all(
            &checked,
            &[
                "#read(\"/etc/passwd\")",
                "] #set page(width: 1pt) [",
                "<script>alert(1)</script> &amp;",
                "$x^2$ *bold* _emph_",
                "`raw` @label <label>",
                "\\ // not a comment",
            ],
        );
        assert!(
            !checked.text.contains("root:"),
            "a file was read into the document"
        );
        // The long word is wrapped, not cut: all of it is there once the line breaks are removed (read in
        // content order, so the time column beside it does not interleave).
        let raw = std::process::Command::new("pdftotext")
            .args(["-raw"])
            .arg(&path)
            .arg("-")
            .output()
            .unwrap();
        let joined: String = String::from_utf8(raw.stdout)
            .unwrap()
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{200B}')
            .collect();
        assert!(joined.contains(LONG), "the long word lost letters");
        assert_inside_a4(&path);
    }
}

/// Every word's box lies within the A4 page (595 × 842 pt) and its right margin (15 mm), by `pdftotext -bbox`.
fn assert_inside_a4(path: &std::path::Path) {
    let output = std::process::Command::new("pdftotext")
        .arg("-bbox")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8(output.stdout).unwrap();
    let page = html.lines().find(|l| l.contains("<page ")).unwrap();
    assert!(page.contains("width=\"595."), "not A4: {page}");
    for line in html.lines().filter(|l| l.contains("<word ")) {
        let x_max: f64 = attribute(line, "xMax");
        let y_max: f64 = attribute(line, "yMax");
        assert!(x_max <= 553.0 && y_max <= 841.9, "outside the page: {line}");
    }
}

fn attribute(line: &str, name: &str) -> f64 {
    let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    let end = start + line[start..].find('"').unwrap();
    line[start..end].parse().unwrap()
}
