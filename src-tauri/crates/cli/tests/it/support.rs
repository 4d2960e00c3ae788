//! Runs the real `council` binary against a database file of the test's own.

use std::path::PathBuf;
use std::process::{Command, Output};

use tempfile::TempDir;

/// A temporary database file and a way to run `council` on it.
pub struct Council {
    pub db: PathBuf,
    _dir: TempDir,
}

/// What one run printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        assert_eq!(self.code, 0, "council failed: {}", self.stderr);
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }
}

impl Council {
    pub fn new() -> Council {
        let dir = tempfile::tempdir().unwrap();
        Council {
            db: dir.path().join("council.db"),
            _dir: dir,
        }
    }

    /// Runs `council --db <file> ARGS…` with messages in English unless the args say otherwise.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, &[])
    }

    /// Runs like [`Council::run`] with these environment variables set too.
    pub fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let output: Output = Command::new(env!("CARGO_BIN_EXE_council"))
            .arg("--db")
            .arg(&self.db)
            .args(args)
            .env("COUNCIL_LANG", "en")
            .env_remove("COUNCIL_DB")
            .env_remove("COUNCIL_PASSWORD")
            .env_remove("COUNCIL_NEW_PASSWORD")
            .envs(env.iter().copied())
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run council");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout).unwrap(),
            stderr: String::from_utf8(output.stderr).unwrap(),
        }
    }

    /// Runs and expects success.
    pub fn ok(&self, args: &[&str]) -> Run {
        let run = self.run(args);
        assert_eq!(run.code, 0, "council {args:?} failed: {}", run.stderr);
        run
    }
}

/// The text of a PDF the CLI wrote, laid out as on the page.
pub fn pdftotext(path: &std::path::Path) -> String {
    let output = Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (scripts/setup.sh --test)");
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}
