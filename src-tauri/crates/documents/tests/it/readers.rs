//! Programs that are not ours reading what the documents write: Python (python-docx, zipfile), LibreOffice,
//! pdftotext. A program that is missing fails the test, naming the package that brings it.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs `program` and answers its standard output; a program that is missing fails the test, naming the
/// package that brings it.
pub fn run(program: &str, args: &[&str], package: &str) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} is needed for these tests: apt-get install {package} (scripts/setup.sh --test): {e}")
        });
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The system's Python, where the distribution's python3-docx is installed (a python3 earlier on the PATH,
/// from pyenv or a virtual environment, may not see it).
pub fn python3() -> &'static str {
    if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    }
}

/// Python with python-docx, running `script` with `args`.
pub fn python(script: &str, args: &[&str]) -> String {
    let mut all = vec!["-c", script];
    all.extend(args);
    let check = Command::new(python3())
        .args(["-c", "import docx"])
        .output()
        .expect("python3 is needed for these tests (scripts/setup.sh --test)");
    assert!(
        check.status.success(),
        "python-docx is needed for these tests: apt-get install python3-docx (scripts/setup.sh --test)"
    );
    run(python3(), &all, "python3-docx")
}

/// Converts every file to PDF with LibreOffice in one run (a profile of its own, so a LibreOffice already
/// open elsewhere is not disturbed), then answers each PDF's text as pdftotext reads it in the order it was
/// written (`-raw`: a table cell's lines stay together).
pub fn through_libreoffice(files: &[PathBuf], dir: &Path) -> Vec<String> {
    let out = dir.join("converted");
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.join("lo-profile").display()
    );
    let mut args = vec![
        profile.as_str(),
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        out.to_str().unwrap(),
    ];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    run("soffice", &args, "libreoffice-writer-nogui");
    files
        .iter()
        .map(|file| {
            let pdf = out.join(file.with_extension("pdf").file_name().unwrap());
            assert!(
                pdf.exists(),
                "LibreOffice made no PDF of {}",
                file.display()
            );
            run(
                "pdftotext",
                &["-raw", pdf.to_str().unwrap(), "-"],
                "poppler-utils",
            )
        })
        .collect()
}

/// One part of the package (`word/document.xml`, …) as its bytes.
pub fn part(file: &Path, name: &str) -> Vec<u8> {
    let script = "import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))";
    let output = Command::new(python3())
        .args(["-c", script, file.to_str().unwrap(), name])
        .output()
        .expect("python3 is needed for these tests (scripts/setup.sh --test)");
    assert!(output.status.success(), "no {name} in {}", file.display());
    output.stdout
}
