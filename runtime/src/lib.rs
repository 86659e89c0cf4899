//! The thin runtime shared by every binding that ews-codegen generates.
//!
//! Generated code is small because the behaviour lives here: a namespace-aware,
//! position-tracking XML [`Reader`] with its own tokenizer, an escaping [`Writer`], the
//! [`Decode`]/[`Encode`]/[`SimpleType`] traits each generated type implements, the
//! [`Extra`] bag that keeps unknown elements and attributes, and SOAP 1.1
//! envelopes and faults ([`soap`]).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod any;
mod chars;
pub mod error;
mod namespace;
mod nillable;
pub mod reader;
pub mod simple;
pub mod soap;
mod support;
pub mod writer;

pub use any::{AnyAttribute, AnyElement, AnyNode, Extra, QName};
pub use error::{
    DecodeError, DecodeErrorDetail, DecodeErrorKind, EncodeError, EncodeErrorKind, EncodeResult,
};
pub use namespace::Ns;
pub use nillable::Nillable;
pub use reader::Reader;
pub use simple::{
    Base64Binary, Date, DateTime, Duration, InvalidValue, Language, SimpleType, Time,
};
pub use soap::{
    decode_envelope, encode_envelope, Body, Envelope, Fault, FaultDetail, FaultMessageXml,
    NamedValue, Payload, Request,
};
pub use support::List;
pub use writer::{Name, Writer};

/// Namespace URIs the runtime knows by name.
pub mod ns {
    /// SOAP 1.1 envelope namespace.
    pub const SOAP: &str = "http://schemas.xmlsoap.org/soap/envelope/";
    /// EWS messages namespace.
    pub const MESSAGES: &str = "http://schemas.microsoft.com/exchange/services/2006/messages";
    /// EWS types namespace.
    pub const TYPES: &str = "http://schemas.microsoft.com/exchange/services/2006/types";
    /// EWS errors namespace (SOAP fault details).
    pub const ERRORS: &str = "http://schemas.microsoft.com/exchange/services/2006/errors";
    /// XML Schema instance namespace (`xsi:type`, `xsi:nil`).
    pub const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";
    /// The `xml:` namespace (`xml:lang`), always bound to the `xml` prefix.
    pub const XML: &str = "http://www.w3.org/XML/1998/namespace";
    /// Spellings that some published documents use for the EWS namespaces; the
    /// reader treats the first of each pair as the second.
    pub const ALIASES: &[(&str, &str)] = &[
        (
            "https://schemas.microsoft.com/exchange/services/2006/messages",
            MESSAGES,
        ),
        (
            "https://schemas.microsoft.com/exchange/services/2006/types",
            TYPES,
        ),
        (
            "https://schemas.microsoft.com/exchange/services/2006/errors",
            ERRORS,
        ),
    ];
}

/// A type that decodes from one XML element (its attributes and content).
///
/// Protocol: `decode` is called right after the reader has read the element's
/// start tag (its attributes are available through [`Reader::next_attribute`]).
/// It must consume the element's content up to and including its end tag, that
/// is, call [`Reader::next_child`] until it returns `None` (or [`Reader::text`]
/// for text content). The caller ([`Reader::set`], [`Reader::push`], ...) then
/// leaves the element.
pub trait Decode: Sized {
    /// Decodes the element the reader has just entered.
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError>;
}

/// A type that encodes as one XML element with a given name.
pub trait Encode {
    /// Writes `self` as the element `name` (start tag, attributes, content, end tag).
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError>;
}

/// A model group (an `xs:choice` or a substitution group) that encodes as the
/// element of whichever alternative it holds.
pub trait Content {
    /// Writes the chosen alternative as its element.
    fn encode_content(&self, w: &mut Writer) -> Result<(), EncodeError>;
}

impl<T: SimpleType> Decode for T {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        r.text_value()
    }
}

impl<T: SimpleType> Encode for T {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        w.start(name)?;
        w.text(self)?;
        w.end()
    }
}
