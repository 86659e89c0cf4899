//! Text values: the [`SimpleType`] trait and its impls for the XML Schema
//! built-in types bindings use (string, boolean, int, double, unsignedShort,
//! dateTime, duration, language, ...).

use std::borrow::Cow;

mod base64;
mod lexical;
mod numbers;

/// Why a text is not a valid value: names the expected type (e.g. `xs:int`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidValue {
    /// The expected type, as a schema would name it (`xs:boolean`, `t:ExchangeVersionType`).
    pub expected: &'static str,
}

impl InvalidValue {
    /// An error naming the expected type.
    pub const fn new(expected: &'static str) -> Self {
        InvalidValue { expected }
    }
}

impl std::fmt::Display for InvalidValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not a valid {}", self.expected)
    }
}

impl std::error::Error for InvalidValue {}

/// A value written as text (element content or attribute value).
pub trait SimpleType: Sized {
    /// Parses the text (entity references already resolved). Types whose XSD
    /// whitespace facet is `collapse` (numbers, booleans, dates) trim it first;
    /// `xs:string` keeps it exactly.
    fn parse(text: &str) -> Result<Self, InvalidValue>;
    /// The canonical text of the value (unescaped; the writer escapes).
    fn to_text(&self) -> Cow<'_, str>;
}

/// XML whitespace (space, tab, CR, LF), the characters XSD `collapse` trims.
pub(crate) fn trim_xml(text: &str) -> &str {
    text.trim_matches(|c| matches!(c, ' ' | '\t' | '\r' | '\n'))
}

impl SimpleType for String {
    fn parse(text: &str) -> Result<Self, InvalidValue> {
        Ok(text.to_owned())
    }
    fn to_text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl SimpleType for bool {
    fn parse(text: &str) -> Result<Self, InvalidValue> {
        match trim_xml(text) {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(InvalidValue::new("xs:boolean")),
        }
    }
    fn to_text(&self) -> Cow<'_, str> {
        Cow::Borrowed(if *self { "true" } else { "false" })
    }
}

/// Defines the boilerplate of a validated lexical newtype: `new`, `as_str`,
/// `FromStr`, `Display`, `AsRef<str>` and `SimpleType` (which trims, then validates).
macro_rules! lexical_newtype {
    ($name:ident, $expected:literal, $valid:path) => {
        impl $name {
            /// Validates `s` (exactly as given, no trimming).
            pub fn new(s: impl Into<String>) -> Result<Self, InvalidValue> {
                let s = s.into();
                if $valid(&s) {
                    Ok($name(s))
                } else {
                    Err(InvalidValue::new($expected))
                }
            }
            /// The lexical form.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl std::str::FromStr for $name {
            type Err = InvalidValue;
            /// Same as [`SimpleType::parse`]: surrounding whitespace is trimmed.
            fn from_str(s: &str) -> Result<Self, InvalidValue> {
                <Self as SimpleType>::parse(s)
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
        impl SimpleType for $name {
            fn parse(text: &str) -> Result<Self, InvalidValue> {
                Self::new(trim_xml(text))
            }
            fn to_text(&self) -> Cow<'_, str> {
                Cow::Borrowed(&self.0)
            }
        }
    };
}

/// `xs:dateTime`, kept as its validated lexical form (`2012-01-05T23:06:58Z`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DateTime(String);
lexical_newtype!(DateTime, "xs:dateTime", lexical::is_date_time);

/// `xs:duration`, kept as its validated lexical form (`PT1H30M`, `-P1D`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Duration(String);
lexical_newtype!(Duration, "xs:duration", lexical::is_duration);

/// `xs:language`, a validated language tag (`en-US`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Language(String);
lexical_newtype!(Language, "xs:language", lexical::is_language);

/// `xs:date`, kept as its validated lexical form (`2012-01-05`, `2012-01-05-08:00`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Date(String);
lexical_newtype!(Date, "xs:date", lexical::is_date);

/// `xs:time`, kept as its validated lexical form (`23:06:58.5Z`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Time(String);
lexical_newtype!(Time, "xs:time", lexical::is_time);

/// `xs:base64Binary`, kept as its validated lexical form; see
/// [`Base64Binary::from_bytes`] and [`Base64Binary::to_bytes`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Base64Binary(String);
lexical_newtype!(Base64Binary, "xs:base64Binary", base64::is_base64);

impl Base64Binary {
    /// Encodes bytes (standard alphabet, padded, no line breaks).
    pub fn from_bytes(bytes: &[u8]) -> Self {
        Base64Binary(base64::encode(bytes))
    }
    /// The decoded bytes (whitespace in the lexical form is ignored).
    pub fn to_bytes(&self) -> Vec<u8> {
        base64::decode(&self.0)
    }
}
