//! The `ews-codegen` command line: `generate --wsdl --operations --out` on a WSDL
//! that is not EWS's, and a bad WSDL as one `error:` line with its place.

mod common;

use std::path::PathBuf;
use std::process::Command;

/// A fresh directory under the target dir holding the golden WSDL and `schema`.
fn project(name: &str, schema: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create dir");
    std::fs::write(dir.join(common::WSDL_NAME), common::WSDL).expect("write wsdl");
    std::fs::write(dir.join("schema.xsd"), schema).expect("write schema");
    dir
}

fn generate(dir: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ews-codegen"))
        .arg("generate")
        .arg("--wsdl")
        .arg(dir.join(common::WSDL_NAME))
        .args(["--operations", "Op", "--out"])
        .arg(dir.join("out"))
        .output()
        .expect("ews-codegen runs")
}

#[test]
fn generates_from_a_wsdl_without_ews_headers() {
    let schema = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cases/sequence/schema.xsd"),
    )
    .expect("read case");
    let dir = project("cli-sequence", &schema);
    let output = generate(&dir);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.starts_with("generated 1 operations, "), "{stdout}");
    let code = std::fs::read_to_string(dir.join("out/ews.rs")).expect("ews.rs written");
    assert!(code.contains("impl rt::Request for ShelfType"), "{code}");
    assert!(!code.contains("TimeZoneContext"));
}

#[test]
fn a_bad_schema_is_one_error_line_with_its_place() {
    let dir = project(
        "cli-bad",
        "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:golden\">\n  <xs:element name=\"Request\" type=\"xs:nope\"/>\n</xs:schema>\n",
    );
    let output = generate(&dir);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let line = stderr.trim_end();
    assert!(!line.contains('\n'), "{stderr}");
    assert!(line.starts_with("error: "), "{stderr}");
    assert!(line.contains("schema.xsd:2:"), "{stderr}");
}
