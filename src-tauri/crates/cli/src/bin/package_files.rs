//! `council-package-files DIR`: writes the completions and the manual page of `council` into DIR, for
//! scripts/deb.sh. Never shipped.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: council-package-files DIR");
        return ExitCode::from(2);
    };
    match council_cli::write_package_files(std::path::Path::new(&dir)) {
        Ok(written) => {
            for path in written {
                println!("{}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("council-package-files: {error}");
            ExitCode::FAILURE
        }
    }
}
