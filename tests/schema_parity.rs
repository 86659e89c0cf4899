//! Bindings generated from Microsoft's unedited schemas (../shared/ews-schemas)
//! for the 13 IM operations are identical to those generated from our schemas/,
//! apart from comment and doc-comment lines.

use std::path::Path;

fn without_comments(code: &str) -> String {
    code.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn our_schemas_generate_the_same_bindings_as_microsofts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let reference = root.join("../shared/ews-schemas/services.wsdl");
    if !reference.exists() {
        println!(
            "skipped: ../shared/ews-schemas not found (reference material is not in this checkout)"
        );
        return;
    }
    let ours = ews_codegen::Builder::im(root.join("schemas/services.wsdl"))
        .generate()
        .expect("schemas/ generate");
    let theirs = ews_codegen::Builder::im(&reference)
        .generate()
        .expect("Microsoft's schemas generate");
    assert_eq!(ours.types, theirs.types);
    let (a, b) = (without_comments(&ours.code), without_comments(&theirs.code));
    if a != b {
        let diff = similar::TextDiff::from_lines(&a, &b);
        let shown: String = diff
            .unified_diff()
            .context_radius(2)
            .to_string()
            .lines()
            .take(60)
            .collect::<Vec<_>>()
            .join("\n");
        panic!("bindings differ (ours vs Microsoft's):\n{shown}");
    }
    // Every schema file was actually read, imports included.
    assert_eq!(ours.files.len(), 3);
    assert_eq!(theirs.files.len(), 3);
}
