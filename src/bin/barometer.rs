//! `barometer`: the command-line twin of the app. See `barometer::cli`.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{}", barometer::cli::USAGE);
        return if args.is_empty() { ExitCode::from(2) } else { ExitCode::SUCCESS };
    }
    let read = |path: &str| std::fs::read(path).map_err(|e| io_error(&e));
    match barometer::cli::run(&args, read) {
        Ok(output) => {
            if let Some((path, contents)) = output.file {
                if let Err(e) = std::fs::write(&path, contents) {
                    eprintln!("barometer: {path}: {}", io_error(&e));
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

/// A file system error in Danish, like every other message.
fn io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "filen eller mappen findes ikke".into(),
        std::io::ErrorKind::PermissionDenied => "ingen adgang til filen".into(),
        std::io::ErrorKind::IsADirectory => "det er en mappe, ikke en fil".into(),
        _ => "filen kunne ikke læses eller skrives".into(),
    }
}
