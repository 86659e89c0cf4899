//! The `ews-im` tool: `decode FILE` prints the decoded envelope (Rust Debug);
//! `roundtrip FILE` prints the envelope re-encoded from the decoded value.
//! `-` reads standard input. Bad input: exit status 1 and one line on stderr.

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str =
    "usage: ews-im decode FILE | ews-im roundtrip FILE   (FILE may be - for standard input)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, path) = match args.as_slice() {
        [c, p] if c == "decode" || c == "roundtrip" => (c.as_str(), p.as_str()),
        [h] if h == "--help" || h == "-h" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("error: {USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(command, path) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: &str, path: &str) -> Result<String, String> {
    let xml = read_input(path)?;
    let envelope = ews_im::decode_any(&xml).map_err(|e| e.to_string())?;
    match command {
        "decode" => Ok(format!("{envelope:#?}")),
        _ => envelope.to_xml().map_err(|e| e.to_string()),
    }
}

fn read_input(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "input is not UTF-8: invalid byte at offset {}",
            e.utf8_error().valid_up_to()
        )
    })
}
