//! Decode and encode errors: what went wrong, and where (line, column, element path).

use std::fmt;

/// A decoding failure, with the place it happened: a [`DecodeErrorDetail`]
/// behind a box, whose fields read through it (`e.kind`, `e.line`, `e.column`,
/// `e.path`).
///
/// Boxed so that `Result<T, DecodeError>` is as small as `T` allows: every
/// decode step returns one, and an unboxed error (88 bytes) made each of them
/// a write to memory even when nothing failed.
///
/// Displays as `<what> at line L, column C (in /Envelope/Body/...)`.
#[derive(Clone, PartialEq, Eq)]
pub struct DecodeError(Box<DecodeErrorDetail>);

/// What a [`DecodeError`] holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeErrorDetail {
    /// What went wrong.
    pub kind: DecodeErrorKind,
    /// 1-based line of the offending token.
    pub line: u32,
    /// 1-based column (in characters) of the offending token.
    pub column: u32,
    /// Element path, e.g. `/Envelope/Body/GetImItemListResponse/ImItemList/Personas/Persona[3]/PersonaId`
    /// (local names; `[n]` when the element is the n-th consecutive sibling of that name, n > 1).
    pub path: String,
}

impl DecodeError {
    /// An error of `kind` at `line` and `column`, inside the element at `path`.
    pub fn new(kind: DecodeErrorKind, line: u32, column: u32, path: String) -> Self {
        DecodeError(Box::new(DecodeErrorDetail {
            kind,
            line,
            column,
            path,
        }))
    }

    /// The detail, unboxed (to take its fields apart).
    pub fn into_detail(self) -> DecodeErrorDetail {
        *self.0
    }
}

impl std::ops::Deref for DecodeError {
    type Target = DecodeErrorDetail;
    fn deref(&self) -> &DecodeErrorDetail {
        &self.0
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("kind", &self.kind)
            .field("line", &self.line)
            .field("column", &self.column)
            .field("path", &self.path)
            .finish()
    }
}

/// The kinds of [`DecodeError`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The text is not well-formed XML (the tokenizer's message).
    Syntax(String),
    /// A DOCTYPE declaration: DTDs are never processed.
    Doctype,
    /// Elements nested deeper than [`crate::reader::MAX_DEPTH`].
    TooDeep,
    /// A prefix with no namespace declaration in scope.
    UndeclaredPrefix(String),
    /// An entity reference other than the five predefined ones and character references.
    UnknownEntity(String),
    /// A character reference to a character XML 1.0 forbids.
    InvalidCharRef(String),
    /// Something other than whitespace, comments or processing instructions after the root element.
    TrailingContent,
    /// No root element.
    NoRoot,
    /// Non-whitespace text where only elements may appear.
    UnexpectedText,
    /// An element where the schema allows only text.
    UnexpectedElement(String),
    /// An attribute that a text-only element cannot keep.
    UnexpectedAttribute(String),
    /// The document or body holds a different element than the one asked for.
    WrongElement {
        /// What was expected, e.g. `{http://...}AddImGroupResponse`.
        expected: String,
        /// What was found.
        found: String,
    },
    /// A required child element is missing.
    MissingElement(String),
    /// A required attribute is missing.
    MissingAttribute(String),
    /// An element that may occur once occurs again.
    DuplicateElement(String),
    /// An attribute occurs twice.
    DuplicateAttribute(String),
    /// Text that is not a valid value of its type.
    InvalidValue {
        /// The text as found.
        value: String,
        /// What it should have been, e.g. `xs:int`.
        expected: String,
    },
}

impl fmt::Display for DecodeErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax(message) => write!(f, "malformed XML: {message}"),
            Self::Doctype => f.write_str("DOCTYPE is not allowed"),
            Self::TooDeep => write!(
                f,
                "elements nested deeper than {}",
                crate::reader::MAX_DEPTH
            ),
            Self::UndeclaredPrefix(prefix) => write!(f, "undeclared namespace prefix \"{prefix}\""),
            Self::UnknownEntity(name) => write!(f, "unknown entity reference &{name};"),
            Self::InvalidCharRef(reference) => write!(f, "invalid character reference {reference}"),
            Self::TrailingContent => f.write_str("content after the root element"),
            Self::NoRoot => f.write_str("no root element"),
            Self::UnexpectedText => f.write_str("unexpected text where only elements are allowed"),
            Self::UnexpectedElement(name) => {
                write!(f, "unexpected element {name} in text-only content")
            }
            Self::UnexpectedAttribute(name) => {
                write!(f, "unexpected attribute {name} on a text-only element")
            }
            Self::WrongElement { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            Self::MissingElement(name) => write!(f, "missing required element {name}"),
            Self::MissingAttribute(name) => write!(f, "missing required attribute {name}"),
            Self::DuplicateElement(name) => write!(f, "duplicate element {name}"),
            Self::DuplicateAttribute(name) => write!(f, "duplicate attribute {name}"),
            Self::InvalidValue { value, expected } => {
                write!(f, "invalid value {value:?} for {expected}")
            }
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {} (in {})",
            self.kind, self.line, self.column, self.path
        )
    }
}

impl std::error::Error for DecodeError {}

/// What an `Encode` impl returns.
pub type EncodeResult = Result<(), EncodeError>;

/// An encoding failure: a value that cannot be written as XML 1.0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError {
    /// What went wrong.
    pub kind: EncodeErrorKind,
    /// Element path of the element being written.
    pub path: String,
}

/// The kinds of [`EncodeError`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EncodeErrorKind {
    /// A character XML 1.0 forbids (e.g. U+0000, U+0001, U+FFFE).
    ForbiddenChar(char),
    /// A name that is not a valid XML name.
    InvalidName(String),
    /// The writer was driven out of order (an attribute after content, `end`
    /// with no open element, a QName prefix that can no longer be declared).
    Misuse(&'static str),
}

impl fmt::Display for EncodeErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ForbiddenChar(c) => write!(
                f,
                "character U+{:04X} is not allowed in XML 1.0",
                u32::from(*c)
            ),
            Self::InvalidName(name) => write!(f, "invalid XML name {name:?}"),
            Self::Misuse(what) => f.write_str(what),
        }
    }
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (in {})", self.kind, self.path)
    }
}

impl std::error::Error for EncodeError {}
