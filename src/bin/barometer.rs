//! `barometer`: the command-line twin of the app. See `barometer::cli`.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{}", barometer::cli::USAGE);
        return if args.is_empty() { ExitCode::from(2) } else { ExitCode::SUCCESS };
    }
    let read = |path: &str| std::fs::read(path).map_err(|e| e.to_string());
    match barometer::cli::run(&args, read) {
        Ok(output) => {
            if let Some((path, contents)) = output.file {
                if let Err(e) = std::fs::write(&path, contents) {
                    eprintln!("barometer: {path}: {e}");
                    return ExitCode::from(2);
                }
            }
            // A closed pipe (e.g. `| head`) is not an error worth a panic.
            let _ = std::io::stdout().write_all(output.stdout.as_bytes());
            ExitCode::SUCCESS
        }
        Err(barometer::cli::CliError(message)) => {
            eprintln!("barometer: {message}");
            ExitCode::from(2)
        }
    }
}
