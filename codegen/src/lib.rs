//! ews-codegen: generates Rust bindings for Exchange Web Services operations
//! from the EWS schema files (`services.wsdl`, `messages.xsd`, `types.xsd`).
//!
//! The pipeline has four stages, each with its own model:
//! [`xsd`] (files → schema model with positions) → [`model`] (resolved,
//! language-neutral types of the selected operations' closure) → [`rust`]
//! (identifiers, collisions, `Default`) → [`emit`] (`quote` + `prettyplease`).
//!
//! Use it from `build.rs` like prost-build:
//!
//! ```no_run
//! let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
//! ews_codegen::Builder::new()
//!     .wsdl("schemas/services.wsdl")
//!     .operations(["AddImGroup", "GetImItemList"])
//!     .write_to(&out, "ews.rs")
//!     .unwrap();
//! ```

pub mod diagnostics;
pub mod emit;
pub mod model;
pub mod qname;
pub mod rust;
pub mod xsd;

pub use diagnostics::Error;
pub use qname::QName;

use diagnostics::SourceMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The 13 EWS instant-messaging operations, in the order the issue lists them.
pub const IM_OPERATIONS: [&str; 13] = [
    "AddImGroup",
    "AddNewImContactToGroup",
    "AddImContactToGroup",
    "AddNewTelUriContactToGroup",
    "AddDistributionGroupToImList",
    "GetImItemList",
    "GetImItems",
    "RemoveContactFromImList",
    "RemoveDistributionGroupFromImList",
    "RemoveImContactFromGroup",
    "RemoveImGroup",
    "SetImGroup",
    "SetImListMigrationCompleted",
];

/// The EWS types namespace.
pub const TYPES_NS: &str = "http://schemas.microsoft.com/exchange/services/2006/types";
/// The EWS messages namespace.
pub const MESSAGES_NS: &str = "http://schemas.microsoft.com/exchange/services/2006/messages";
/// The SOAP 1.1 envelope namespace.
pub const SOAP_NS: &str = "http://schemas.xmlsoap.org/soap/envelope/";

/// Configures and runs the generator.
#[derive(Debug, Clone)]
pub struct Builder {
    wsdl: Option<PathBuf>,
    operations: Vec<String>,
    extra_headers: Vec<QName>,
    optional_headers: Vec<QName>,
    runtime_path: String,
}

impl Default for Builder {
    fn default() -> Self {
        Self::new()
    }
}

/// What [`Builder::generate`] produced.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The formatted Rust source.
    pub code: String,
    /// Every schema file opened (the WSDL, and each imported or included schema).
    pub files: Vec<PathBuf>,
    /// Number of operations generated.
    pub operations: usize,
    /// Number of Rust types emitted.
    pub types: usize,
    /// Milliseconds spent in each stage: load (read and parse the files),
    /// resolve, name, emit (syntax tree), format.
    pub stage_millis: [f64; 5],
}

impl Generated {
    /// Lines of generated Rust.
    pub fn lines(&self) -> usize {
        self.code.lines().count()
    }
}

impl Builder {
    /// A builder with no WSDL, every operation, and `::ews_runtime` as runtime path.
    pub fn new() -> Self {
        Builder {
            wsdl: None,
            operations: Vec::new(),
            extra_headers: Vec::new(),
            optional_headers: Vec::new(),
            runtime_path: "::ews_runtime".into(),
        }
    }

    /// The WSDL file to read (its schemas are found through their imports).
    pub fn wsdl(mut self, path: impl Into<PathBuf>) -> Self {
        self.wsdl = Some(path.into());
        self
    }

    /// Operations to generate, by name; with none, every operation of the WSDL.
    pub fn operations<I, S>(mut self, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.operations.extend(names.into_iter().map(Into::into));
        self
    }

    /// A header element every request may carry although the binding does not
    /// declare it (e.g. `t:TimeZoneContext` for AddNewImContactToGroup).
    pub fn header(mut self, ns: &str, local: &str) -> Self {
        self.extra_headers.push(QName::new(ns, local));
        self
    }

    /// Like [`Self::header`], but only if the schemas declare the element (for
    /// tools pointed at any WSDL, EWS or not).
    pub fn header_if_declared(mut self, ns: &str, local: &str) -> Self {
        self.optional_headers.push(QName::new(ns, local));
        self
    }

    /// The path generated code uses to reach the runtime (default `::ews_runtime`),
    /// for facade crates that re-export it.
    pub fn runtime_path(mut self, path: impl Into<String>) -> Self {
        self.runtime_path = path.into();
        self
    }

    /// The standard IM configuration: the 13 IM operations, and `t:TimeZoneContext`
    /// as a request header.
    pub fn im(wsdl: impl Into<PathBuf>) -> Self {
        Builder::new()
            .wsdl(wsdl)
            .operations(IM_OPERATIONS)
            .header(TYPES_NS, "TimeZoneContext")
    }

    /// Generates the code, reading schema files from disk; writes nothing.
    pub fn generate(&self) -> Result<Generated, Error> {
        self.generate_from(&mut xsd::loader::Disk)
    }

    /// Generates the code reading files through `files` (in-memory schemas, tests).
    pub fn generate_from(
        &self,
        files: &mut dyn xsd::loader::FileSource,
    ) -> Result<Generated, Error> {
        let wsdl = self.wsdl.as_deref().ok_or_else(|| Error {
            file: None,
            line: 0,
            column: 0,
            message: "no WSDL file given (Builder::wsdl)".into(),
        })?;
        let mut sources = SourceMap::default();
        let t0 = Instant::now();
        let loaded = xsd::loader::load(wsdl, files, &mut sources).map_err(|d| sources.error(d))?;
        let t1 = Instant::now();
        let selection = model::resolve::Selection {
            operations: self.operations.clone(),
            extra_headers: self.extra_headers.clone(),
            optional_headers: self.optional_headers.clone(),
        };
        let model = model::resolve(&loaded, &selection).map_err(|d| sources.error(d))?;
        let t2 = Instant::now();
        let names = rust::name_model(&model);
        let t3 = Instant::now();
        let file_name = wsdl
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let note = format!(
            "Source: {file_name}; operations: {}.",
            model
                .operations
                .iter()
                .map(|o| o.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        let options = emit::EmitOptions {
            runtime_path: &self.runtime_path,
            source_note: &note,
        };
        let file = emit::emit(&model, &names, &options).map_err(|d| sources.error(d))?;
        let t4 = Instant::now();
        let code = emit::format(&file, &options);
        let t5 = Instant::now();
        let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1000.0;
        Ok(Generated {
            code,
            files: sources.files().iter().map(|f| f.path.clone()).collect(),
            operations: model.operations.len(),
            types: model.types.len(),
            stage_millis: [ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5)],
        })
    }

    /// Generates into `dir/file_name`, rewriting the file only when its bytes
    /// change, and prints `cargo:rerun-if-changed` for every schema file opened.
    pub fn write_to(&self, dir: &Path, file_name: &str) -> Result<Generated, Error> {
        let generated = self.generate()?;
        for f in &generated.files {
            println!("cargo:rerun-if-changed={}", f.display());
        }
        let path = dir.join(file_name);
        write_if_changed(&path, &generated.code).map_err(|e| Error {
            file: Some(path.clone()),
            line: 0,
            column: 0,
            message: format!("cannot write: {e}"),
        })?;
        Ok(generated)
    }
}

/// Writes `text` to `path` unless the file already holds exactly these bytes.
/// Returns whether it wrote.
pub fn write_if_changed(path: &Path, text: &str) -> std::io::Result<bool> {
    if std::fs::read(path)
        .map(|old| old == text.as_bytes())
        .unwrap_or(false)
    {
        return Ok(false);
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text)?;
    Ok(true)
}
