//! The committed generated/ews_im.rs must be exactly what schemas/ produce.

use std::path::Path;

#[test]
fn generated_code_is_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fresh = ews_codegen::Builder::im(root.join("schemas/services.wsdl"))
        .generate()
        .expect("schemas/ generate");
    let committed = std::fs::read_to_string(root.join("generated/ews_im.rs")).unwrap_or_default();
    if committed != fresh.code {
        let diff = similar::TextDiff::from_lines(&committed, &fresh.code);
        let shown: String = diff
            .unified_diff()
            .context_radius(2)
            .to_string()
            .lines()
            .take(40)
            .collect::<Vec<_>>()
            .join("\n");
        panic!("generated/ews_im.rs is stale; run: cargo run -p ews-codegen -- generate\n{shown}");
    }
}
