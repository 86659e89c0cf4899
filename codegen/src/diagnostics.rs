//! Errors with places: every schema problem names `file:line:col`.

use std::fmt;
use std::path::{Path, PathBuf};

/// A position in one of the schema files that were read: file index and byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Pos {
    /// Index into [`SourceMap`]'s files.
    pub file: u32,
    /// Byte offset into that file's text.
    pub offset: u32,
}

/// A problem found in a stage, before it is placed in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diag {
    /// Where, if known.
    pub pos: Option<Pos>,
    /// What, e.g. `unsupported construct xs:list in t:Foo`.
    pub message: String,
}

impl Diag {
    /// A problem at `pos`.
    pub fn at(pos: Pos, message: impl Into<String>) -> Self {
        Diag {
            pos: Some(pos),
            message: message.into(),
        }
    }
    /// A problem with no place in a schema file (e.g. an unknown operation name).
    pub fn general(message: impl Into<String>) -> Self {
        Diag {
            pos: None,
            message: message.into(),
        }
    }
}

/// The error type of the generator: a message and, when it comes from a schema
/// file, its path, line and column. Displays as `file:line:col: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The file, if the problem is in one.
    pub file: Option<PathBuf>,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.file {
            Some(file) => write!(
                f,
                "{}:{}:{}: {}",
                file.display(),
                self.line,
                self.column,
                self.message
            ),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

/// One schema file that was read.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path it was read from.
    pub path: PathBuf,
    /// Its text.
    pub text: String,
}

/// Every file the generator opened, in the order it opened them.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// Adds a file and returns its index.
    pub fn add(&mut self, path: PathBuf, text: String) -> u32 {
        self.files.push(SourceFile { path, text });
        (self.files.len() - 1) as u32
    }

    /// The file at `index`.
    pub fn file(&self, index: u32) -> &SourceFile {
        &self.files[index as usize]
    }

    /// The index of the file read from `path`, if it was read.
    pub fn find(&self, path: &Path) -> Option<u32> {
        self.files
            .iter()
            .position(|f| f.path == path)
            .map(|i| i as u32)
    }

    /// All files, in the order they were opened.
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// Places a [`Diag`] in its file.
    pub fn error(&self, diag: Diag) -> Error {
        match diag.pos {
            Some(pos) => {
                let file = self.file(pos.file);
                let (line, column) = line_column(&file.text, pos.offset as usize);
                Error {
                    file: Some(file.path.clone()),
                    line,
                    column,
                    message: diag.message,
                }
            }
            None => Error {
                file: None,
                line: 0,
                column: 0,
                message: diag.message,
            },
        }
    }
}

/// 1-based line and character column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (u32, u32) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line as u32, column as u32)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters_from_one() {
        let text = "ab\ncé\nx";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, 6), (2, 3));
        assert_eq!(line_column(text, 7), (3, 1));
    }

    #[test]
    fn errors_display_file_line_column() {
        let mut map = SourceMap::default();
        let f = map.add(PathBuf::from("a.xsd"), "<a>\n  <b/>\n</a>".into());
        let e = map.error(Diag::at(Pos { file: f, offset: 6 }, "bad b"));
        assert_eq!(e.to_string(), "a.xsd:2:3: bad b");
    }
}
