//! The `ews-codegen` command-line tool: `generate` writes bindings for selected
//! operations; with no arguments it regenerates the project's `generated/`.

use clap::{Parser, Subcommand};
use ews_codegen::{Builder, IM_OPERATIONS, TYPES_NS};
use std::path::PathBuf;
use std::process::ExitCode;

/// Generates Rust bindings for Exchange Web Services operations.
#[derive(Parser)]
#[command(name = "ews-codegen", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate bindings. With no arguments: the 13 IM operations from the
    /// project's schemas/ into generated/ews_im.rs.
    Generate {
        /// The WSDL to read (default: the project's schemas/services.wsdl).
        #[arg(long, value_name = "FILE")]
        wsdl: Option<PathBuf>,
        /// Comma-separated operation names (default: the 13 IM operations).
        #[arg(
            long,
            value_name = "A,B,...",
            value_delimiter = ',',
            conflicts_with = "all_operations"
        )]
        operations: Vec<String>,
        /// Generate every operation of the WSDL.
        #[arg(long)]
        all_operations: bool,
        /// Write `ews.rs` into DIR instead of the project's generated/ews_im.rs.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Path generated code uses to reach the runtime crate.
        #[arg(long, default_value = "::ews_runtime")]
        runtime_path: String,
        /// Also print the time of each stage (load, resolve, name, emit, format).
        #[arg(long)]
        timings: bool,
    },
}

fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn main() -> ExitCode {
    let Command::Generate {
        wsdl,
        operations,
        all_operations,
        out,
        runtime_path,
        timings,
    } = Cli::parse().command;
    let wsdl = wsdl.unwrap_or_else(|| project_root().join("schemas/services.wsdl"));
    let operations: Vec<String> = if all_operations {
        Vec::new()
    } else if operations.is_empty() {
        IM_OPERATIONS.iter().map(|s| s.to_string()).collect()
    } else {
        operations
    };
    let builder = Builder::new()
        .wsdl(&wsdl)
        .operations(operations)
        .header_if_declared(TYPES_NS, "TimeZoneContext")
        .runtime_path(runtime_path);
    let (dir, file_name) = match &out {
        Some(dir) => (dir.clone(), "ews.rs"),
        None => (project_root().join("generated"), "ews_im.rs"),
    };
    let started = std::time::Instant::now();
    let generated = match builder.generate() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let millis = started.elapsed().as_secs_f64() * 1000.0;
    let path = dir.join(file_name);
    if let Err(e) = ews_codegen::write_if_changed(&path, &generated.code) {
        eprintln!("error: cannot write {}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    // Written with `writeln!` so that a closed pipe (`| head`) is not a panic.
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(
        stdout,
        "generated {} operations, {} types, {} lines in {:.0} ms",
        generated.operations,
        generated.types,
        generated.lines(),
        millis
    );
    if timings {
        let [load, resolve, name, emit, format] = generated.stage_millis;
        let _ = writeln!(
            stdout,
            "stages: load {load:.1} ms, resolve {resolve:.1} ms, name {name:.1} ms, emit {emit:.1} ms, format {format:.1} ms"
        );
    }
    if out.is_some() {
        let _ = writeln!(stdout, "{}", path.display());
    }
    ExitCode::SUCCESS
}
