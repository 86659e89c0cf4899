//! Microsoft's whole, unedited EWS schema (../shared/ews-schemas): all 123
//! operations generate, and the generated crate type-checks with no errors and
//! no warnings.

use std::path::Path;
use std::process::Command;

#[test]
fn all_operations_generate_and_type_check() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let wsdl = root.join("../shared/ews-schemas/services.wsdl");
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

    // A throwaway crate beside the workspace's target dir, with its own target dir
    // (so it does not wait on the lock of the build running this test).
    let krate = root.join("target/whole-schema-check");
    std::fs::create_dir_all(krate.join("src")).expect("create crate dir");
    let manifest = format!(
        "[package]\nname = \"ews-whole-schema\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\news-runtime = {{ path = {:?} }}\n\n[workspace]\n",
        root.join("runtime").display().to_string()
    );
    ews_codegen::write_if_changed(&krate.join("Cargo.toml"), &manifest).expect("write Cargo.toml");
    ews_codegen::write_if_changed(&krate.join("src/lib.rs"), "include!(\"ews.rs\");\n")
        .expect("write lib.rs");
    ews_codegen::write_if_changed(&krate.join("src/ews.rs"), &generated.code)
        .expect("write ews.rs");
    let output = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--message-format=short"])
        .current_dir(&krate)
        .env("CARGO_TARGET_DIR", krate.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
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
