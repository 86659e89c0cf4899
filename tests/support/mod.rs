//! Helpers shared by the integration tests that read the reference material in
//! `../shared` (documented EWS examples, seed pages, Microsoft's schemas).
//!
//! The reference material is not part of this repository. When it is absent the
//! tests print one `skipped: ...` line and return instead of failing.

#![allow(dead_code)] // each test crate uses a different subset

use std::path::{Path, PathBuf};

use ews_im::{rt, Header, Message};

/// A decoded envelope of the generated bindings.
pub type Env = rt::Envelope<Header, Message>;

/// `../shared` next to this checkout (found from `CARGO_MANIFEST_DIR`).
pub fn shared_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// `../shared/<sub>` if it exists; otherwise prints the skip line and returns `None`.
pub fn shared_subdir(sub: &str) -> Option<PathBuf> {
    let dir = shared_dir().join(sub);
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: ../shared/{sub} not found (reference material is not in this checkout)");
        None
    }
}

/// Reads a file, panicking with its path on failure.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The documented examples, `../shared/ews-examples/<Operation>/<kind>.xml`.
pub struct Examples {
    pub dir: PathBuf,
}

impl Examples {
    /// The examples folder, or `None` after printing the skip line.
    pub fn find() -> Option<Self> {
        shared_subdir("ews-examples").map(|dir| Examples { dir })
    }

    /// The text of `rel` (e.g. `"AddImGroup/response.xml"`).
    pub fn text(&self, rel: &str) -> String {
        read(&self.dir.join(rel))
    }

    /// Loads `rel`, decodes it with `ews_im::decode_any` and checks that it
    /// round-trips (see [`decode_text`]).
    pub fn decode(&self, rel: &str) -> Env {
        decode_text(rel, &self.text(rel))
    }

    /// Every `*.xml` file under the folder, as sorted `Operation/file.xml` paths.
    pub fn files(&self) -> Vec<String> {
        let mut files = Vec::new();
        let ops = std::fs::read_dir(&self.dir)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", self.dir.display()));
        for op in ops {
            let op = op.expect("directory entry");
            if !op.path().is_dir() {
                continue;
            }
            let op_name = op.file_name().to_string_lossy().into_owned();
            for file in std::fs::read_dir(op.path()).expect("operation folder") {
                let name = file
                    .expect("directory entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned();
                if name.ends_with(".xml") {
                    files.push(format!("{op_name}/{name}"));
                }
            }
        }
        files.sort();
        files
    }
}

/// Decodes `xml` with `ews_im::decode_any` (panicking with `label` and the error),
/// then checks the round trip: encode → decode gives an equal value, and
/// encoding that value again gives the same bytes.
pub fn decode_text(label: &str, xml: &str) -> Env {
    let env = ews_im::decode_any(xml).unwrap_or_else(|e| panic!("{label}: decode failed: {e}"));
    let encoded =
        rt::encode_envelope(&env).unwrap_or_else(|e| panic!("{label}: encode failed: {e}"));
    let again = ews_im::decode_any(&encoded)
        .unwrap_or_else(|e| panic!("{label}: re-encoded document does not decode: {e}\n{encoded}"));
    assert_eq!(
        again, env,
        "{label}: decode(encode(decode(x))) differs from decode(x)\n{encoded}"
    );
    let twice = rt::encode_envelope(&again)
        .unwrap_or_else(|e| panic!("{label}: second encode failed: {e}"));
    assert_eq!(twice, encoded, "{label}: encoding is not stable");
    env
}

/// The seed pages, `../shared/seeds/*.txt`.
pub struct Seeds {
    pub dir: PathBuf,
}

impl Seeds {
    /// The seeds folder, or `None` after printing the skip line.
    pub fn find() -> Option<Self> {
        shared_subdir("seeds").map(|dir| Seeds { dir })
    }

    /// The XML blocks of seed page `name` (e.g. `"000_0e1a02a3ce83b7cf.txt"`).
    pub fn blocks(&self, name: &str) -> Vec<String> {
        xml_blocks(&read(&self.dir.join(name)))
    }
}

/// The SOAP envelopes embedded in a page of prose: each runs from its XML
/// declaration (`<?xml`, when one directly precedes it) or its `<prefix:Envelope`
/// start tag to the matching `</prefix:Envelope>`.
pub fn xml_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut from = 0;
    while let Some((tag_start, prefix)) = next_envelope_start(text, from) {
        let close = format!("</{prefix}:Envelope>");
        let end = match text[tag_start..].find(&close) {
            Some(at) => tag_start + at + close.len(),
            None => panic!("unterminated <{prefix}:Envelope> at byte {tag_start}"),
        };
        let before = text[from..tag_start].trim_end();
        let start = match before
            .ends_with("?>")
            .then(|| before.rfind("<?xml"))
            .flatten()
        {
            Some(decl) => from + decl,
            None => tag_start,
        };
        blocks.push(text[start..end].to_owned());
        from = end;
    }
    blocks
}

/// The byte offset of the next `<prefix:Envelope` start tag at or after `from`, and its prefix.
fn next_envelope_start(text: &str, from: usize) -> Option<(usize, &str)> {
    let mut search = from;
    while let Some(at) = text[search..].find(":Envelope") {
        let colon = search + at;
        let after = text[colon + ":Envelope".len()..].chars().next();
        let lt = text[from..colon].rfind('<').map(|i| from + i);
        if let (Some(lt), Some(c)) = (lt, after) {
            let prefix = &text[lt + 1..colon];
            let is_name = !prefix.is_empty()
                && prefix
                    .chars()
                    .all(|ch| ch.is_alphanumeric() || matches!(ch, '_' | '-' | '.'));
            if is_name && (c.is_whitespace() || c == '>' || c == '/') {
                return Some((lt, prefix));
            }
        }
        search = colon + 1;
    }
    None
}
