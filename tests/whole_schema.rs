//! Microsoft's whole, unedited EWS schema (../shared/ews-schemas): all 123
//! operations generate, the generated crate type-checks with no errors and no
//! warnings, and our own non-IM envelopes (tests/envelopes/) round-trip through
//! the generated bindings and re-encode to schema-valid XML.
//!
//! The bindings go into a throwaway crate, target/whole-schema-check, with its
//! own target dir. Its program (tests/whole_schema/program.rs, written there as
//! src/main.rs) decodes each envelope with `decode_any`, checks real values by
//! matching on the generated types, re-encodes it, decodes it again and compares,
//! and writes the original and the re-encoded header blocks and body element as
//! standalone documents. This test runs it (`cargo run`) and validates those
//! documents with xmllint against Microsoft's schemas, through a driver schema
//! that imports tests/xsd/xml.xsd first (libxml2 ignores an `xs:import` without
//! `schemaLocation`, which types.xsd uses for the XML namespace).
//!
//! Envelopes in [`KNOWN_FAILURES`] are schema-valid documents the bindings do not
//! yet handle: their failure is reported, not asserted (and the test fails once
//! they pass, so the list is kept short).
//!
//! Without ../shared the test prints one `skipped: ...` line. Without xmllint it
//! skips only the validation (printing why), except under `CI=true`, where that
//! is a failure (install libxml2-utils).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The throwaway crate's program, declared here only so that `cargo fmt` formats
/// it; it is compiled in that crate, never in this test.
#[cfg(any())]
#[path = "whole_schema/program.rs"]
mod program;

/// Envelopes the generated bindings fail on, with a part of the expected failure
/// message. Each is a generator or runtime bug to fix.
const KNOWN_FAILURES: &[(&str, &str)] = &[];

#[test]
fn all_operations_generate_type_check_and_round_trip_our_envelopes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schemas = root.join("../shared/ews-schemas");
    let wsdl = schemas.join("services.wsdl");
    if !wsdl.exists() {
        println!(
            "skipped: ../shared/ews-schemas not found (reference material is not in this checkout)"
        );
        return;
    }
    let generated = ews_codegen::Builder::new()
        .wsdl(&wsdl)
        .generate()
        .expect("the whole schema generates");
    assert_eq!(generated.operations, 123);
    assert!(generated.code.contains("impl rt::Request for FindItemType"));
    assert!(generated
        .code
        .contains("impl rt::Request for SyncFolderItemsType"));

    let krate = write_crate(root, &generated.code);
    cargo_check(&krate);
    let out = krate.join("out");
    let records = run_program(root, &krate, &out);
    let passed = judge(&records);
    validate(root, &schemas, &out, &records, &passed);
}

/// Writes the throwaway crate beside the workspace's target dir: the generated
/// bindings as its library, tests/whole_schema/program.rs as its program.
fn write_crate(root: &Path, code: &str) -> PathBuf {
    let krate = root.join("target/whole-schema-check");
    std::fs::create_dir_all(krate.join("src")).expect("create crate dir");
    let manifest = format!(
        "[package]\nname = \"ews-whole-schema\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\news-runtime = {{ path = {:?} }}\n\n[workspace]\n",
        root.join("runtime").display().to_string()
    );
    let program = std::fs::read_to_string(root.join("tests/whole_schema/program.rs"))
        .expect("read tests/whole_schema/program.rs");
    for (file, text) in [
        ("Cargo.toml", manifest.as_str()),
        ("src/lib.rs", "include!(\"ews.rs\");\n"),
        ("src/ews.rs", code),
        ("src/main.rs", program.as_str()),
    ] {
        ews_codegen::write_if_changed(&krate.join(file), text)
            .unwrap_or_else(|e| panic!("write {file}: {e}"));
    }
    krate
}

/// `cargo <args>` in the throwaway crate, with its own target dir (so it does not
/// wait on the lock of the build running this test).
fn cargo(krate: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO"))
        .args(args)
        .current_dir(krate)
        .env("CARGO_TARGET_DIR", krate.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs")
}

/// The bindings and the program type-check with no errors and no warnings.
fn cargo_check(krate: &Path) {
    let output = cargo(krate, &["check", "--quiet", "--message-format=short"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "cargo check failed:\n{stderr}");
    let diagnostics: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("warning") || l.contains("error"))
        .collect();
    assert!(
        diagnostics.is_empty(),
        "cargo check reported:\n{}",
        diagnostics.join("\n")
    );
}

/// Runs the program on tests/envelopes/ and returns its verdict per envelope:
/// `None` when it passed, else the problem.
fn run_program(root: &Path, krate: &Path, out: &Path) -> BTreeMap<String, Option<String>> {
    let _ = std::fs::remove_dir_all(out);
    let envelopes = root.join("tests/envelopes");
    let output = cargo(
        krate,
        &[
            "run",
            "--quiet",
            "--",
            &envelopes.to_string_lossy(),
            &out.to_string_lossy(),
        ],
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stdout.lines().any(|l| l.starts_with("done ")),
        "the whole-schema program did not finish:\n{stdout}\n{stderr}"
    );
    let mut records: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut last = None;
    for line in stdout.lines() {
        if let Some(name) = line.strip_prefix("ok ") {
            records.insert(name.to_owned(), None);
            last = None;
        } else if let Some(rest) = line.strip_prefix("FAIL ") {
            let (name, problem) = rest.split_once(": ").unwrap_or((rest, ""));
            records.insert(name.to_owned(), Some(problem.to_owned()));
            last = Some(name.to_owned());
        } else if let (Some(name), Some(more)) = (&last, line.strip_prefix("  ")) {
            let problem = records.get_mut(name).unwrap().as_mut().unwrap();
            problem.push('\n');
            problem.push_str(more);
        }
    }
    let mut listed: Vec<String> = std::fs::read_dir(&envelopes)
        .expect("list tests/envelopes")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".xml"))
        .collect();
    listed.sort();
    assert_eq!(
        records.keys().cloned().collect::<Vec<_>>(),
        listed,
        "the program reported on every envelope"
    );
    for required in [
        "FindItem_request.xml",
        "GetItem_request.xml",
        "GetItem_response.xml",
        "GetUserAvailability_request.xml",
        "SyncFolderItems_request.xml",
        "SyncFolderItems_response.xml",
    ] {
        assert!(
            records.contains_key(required),
            "tests/envelopes/{required} is missing"
        );
    }
    records
}

/// Fails on every unexpected failure and on known failures that now pass or fail
/// differently; reports the known ones. Returns the envelopes that passed.
fn judge(records: &BTreeMap<String, Option<String>>) -> Vec<String> {
    let mut wrong = Vec::new();
    for (name, problem) in records {
        let known = KNOWN_FAILURES.iter().find(|(n, _)| n == name);
        match (problem, known) {
            (None, None) => {}
            (None, Some(_)) => wrong.push(format!(
                "tests/envelopes/{name}: passes now; remove it from KNOWN_FAILURES"
            )),
            (Some(problem), Some((_, expected))) if problem.contains(expected) => {
                println!("known failure (not asserted): tests/envelopes/{name}: {problem}");
            }
            (Some(problem), Some((_, expected))) => wrong.push(format!(
                "tests/envelopes/{name}: known failure changed: expected {expected:?}, got:\n{problem}"
            )),
            (Some(problem), None) => wrong.push(format!("tests/envelopes/{name}: {problem}")),
        }
    }
    for (name, _) in KNOWN_FAILURES {
        if !records.contains_key(*name) {
            wrong.push(format!(
                "KNOWN_FAILURES lists {name}, which is not in tests/envelopes"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
    records
        .iter()
        .filter(|(_, problem)| problem.is_none())
        .map(|(name, _)| name.clone())
        .collect()
}

// ---------------------------------------------------------------------------
// xmllint

/// Whether xmllint can run; if not, skips (prints why) or, under CI=true, fails.
fn xmllint_available() -> bool {
    if Command::new("xmllint").arg("--version").output().is_ok() {
        return true;
    }
    let ci = std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1");
    if ci {
        panic!("xmllint is not installed; CI=true requires this test: install libxml2-utils (apt-get install -y libxml2-utils)");
    }
    println!("skipped: schema validation of the envelopes (xmllint not installed)");
    false
}

/// The `*.xml` parts (`Header-*.xml`, `Body-*.xml`) in `dir`, sorted.
fn parts(dir: &Path) -> Vec<PathBuf> {
    let mut parts: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("Header-") || name.starts_with("Body-")
        })
        .collect();
    parts.sort();
    parts
}

fn file_names(paths: &[PathBuf]) -> Vec<String> {
    paths
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

/// Every envelope's original parts, and the re-encoded parts of those that
/// passed, validate against Microsoft's schemas; the re-encoded parts are the
/// same header blocks and body element as the original ones.
fn validate(
    root: &Path,
    schemas: &Path,
    out: &Path,
    records: &BTreeMap<String, Option<String>>,
    passed: &[String],
) {
    if !xmllint_available() {
        return;
    }
    let mut files = Vec::new();
    for name in records.keys() {
        let stem = out.join(name.trim_end_matches(".xml"));
        let original = parts(&stem.join("original"));
        assert!(
            original
                .iter()
                .any(|p| p.to_string_lossy().contains("Body-")),
            "tests/envelopes/{name}: no body part written"
        );
        if passed.contains(name) {
            let again = parts(&stem.join("re-encoded"));
            assert_eq!(
                file_names(&again),
                file_names(&original),
                "tests/envelopes/{name}: re-encoded header blocks and body differ from the original ones"
            );
            files.extend(again);
        }
        files.extend(original);
    }

    let driver = out.join("driver.xsd");
    let absolute = |p: PathBuf| {
        p.canonicalize()
            .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
            .to_string_lossy()
            .replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    let xml_xsd = absolute(root.join("tests/xsd/xml.xsd"));
    let messages = absolute(schemas.join("messages.xsd"));
    std::fs::write(
        &driver,
        format!(
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\
             <xs:import namespace=\"http://www.w3.org/XML/1998/namespace\" schemaLocation=\"{xml_xsd}\"/>\
             <xs:import namespace=\"http://schemas.microsoft.com/exchange/services/2006/messages\" schemaLocation=\"{messages}\"/>\
             </xs:schema>\n"
        ),
    )
    .expect("write driver.xsd");

    // One run for all parts: the schema is compiled once.
    let output = Command::new("xmllint")
        .args(["--nonet", "--noout", "--schema"])
        .arg(&driver)
        .args(&files)
        .output()
        .expect("run xmllint");
    let stderr = String::from_utf8_lossy(&output.stderr);
    // 0: all valid; 3: some part does not validate. Anything else (the schema
    // does not compile, a file is unreadable) is the harness's fault.
    assert!(
        matches!(output.status.code(), Some(0 | 3)),
        "xmllint failed ({:?}):\n{stderr}",
        output.status.code()
    );
    let mut invalid = Vec::new();
    for file in &files {
        let shown = file.display().to_string();
        if !stderr.contains(&format!("{shown} validates")) {
            let errors: Vec<&str> = stderr
                .lines()
                .filter(|l| l.starts_with(&format!("{shown}:")) || l.starts_with(&shown))
                .collect();
            let relative = file.strip_prefix(out).unwrap_or(file).display().to_string();
            let text = std::fs::read_to_string(file).unwrap_or_default();
            invalid.push(format!("{relative}:\n{}\n{text}", errors.join("\n")));
        }
    }
    assert!(
        invalid.is_empty(),
        "{} part(s) do not validate against ../shared/ews-schemas (under {}):\n\n{}",
        invalid.len(),
        out.display(),
        invalid.join("\n\n")
    );
    println!(
        "validated {} parts of {} envelopes with xmllint",
        files.len(),
        records.len()
    );
}
