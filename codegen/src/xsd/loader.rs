//! Loads a WSDL or XSD file and every schema it imports or includes (relative
//! `schemaLocation`s), recording each file opened in a [`SourceMap`].

use super::schema::{parse_schema, Schema};
use super::tree::{self, XML_NS};
use super::wsdl::{parse_wsdl, Wsdl};
use crate::diagnostics::{Diag, SourceMap};
use std::path::{Path, PathBuf};

/// Everything read: the WSDL (if the entry was one), every schema, and the files.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The WSDL model, when the entry file is a WSDL.
    pub wsdl: Option<Wsdl>,
    /// Every `xs:schema` read, in the order read.
    pub schemas: Vec<Schema>,
    /// Namespaces imported without a schemaLocation (resolved only if built in).
    pub located_nowhere: Vec<String>,
}

/// Reads files through a callback so that `generate()` can run on in-memory text.
pub trait FileSource {
    /// The text of the file at `path`.
    fn read(&mut self, path: &Path) -> Result<String, String>;
}

/// Reads from the file system.
pub struct Disk;

impl FileSource for Disk {
    fn read(&mut self, path: &Path) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    }
}

/// Loads `entry` (a `.wsdl` or `.xsd`) and all it references.
pub fn load(
    entry: &Path,
    files: &mut dyn FileSource,
    sources: &mut SourceMap,
) -> Result<Loaded, Diag> {
    let mut loaded = Loaded::default();
    let mut queue: Vec<PathBuf> = vec![entry.to_path_buf()];
    while let Some(path) = queue.pop() {
        if sources.find(&path).is_some() {
            continue;
        }
        let text = files.read(&path).map_err(Diag::general)?;
        let file = sources.add(path.clone(), text);
        let root = tree::parse(&sources.file(file).text, file)?;
        let mut schema_nodes = Vec::new();
        if root.local == "definitions" {
            let (wsdl, nodes) = parse_wsdl(&root)?;
            loaded.wsdl.get_or_insert(wsdl);
            schema_nodes.extend(nodes);
        } else {
            schema_nodes.push(&root);
        }
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut found = Vec::new();
        for node in schema_nodes {
            let schema = parse_schema(node)?;
            for r in &schema.refs {
                match (&r.location, &r.namespace) {
                    (Some(loc), _) => found.push(normalize(&dir.join(loc))),
                    (None, Some(ns)) if ns == XML_NS => {}
                    (None, Some(ns)) => loaded.located_nowhere.push(ns.clone()),
                    (None, None) => {
                        return Err(Diag::at(r.pos, "xs:include needs a schemaLocation"))
                    }
                }
            }
            loaded.schemas.push(schema);
        }
        // Depth-first in document order: push in reverse so the first import is read next.
        queue.extend(found.into_iter().rev());
    }
    Ok(loaded)
}

/// Removes `.` and `..` components without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}
