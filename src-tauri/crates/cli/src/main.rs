//! `council` for development and the tests; the package runs the same code from `council-desk`.

fn main() -> std::process::ExitCode {
    council_cli::run(std::env::args_os())
}
