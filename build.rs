//! Generates the IM bindings from schemas/ into OUT_DIR (cargo's rule: build
//! scripts write only there); src/lib.rs includes them.

fn main() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    if let Err(e) = ews_codegen::Builder::im("schemas/services.wsdl").write_to(&out, "ews_im.rs") {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
