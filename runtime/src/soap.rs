//! SOAP 1.1 envelopes: typed header and body, and the SOAP Fault with the EWS
//! fault detail (ResponseCode, Message, MessageXml).

use crate::{
    ns, AnyElement, Decode, DecodeError, DecodeErrorKind, Encode, EncodeError, Extra, Name, Ns,
    QName, Reader, Writer,
};

mod fault;

/// The element a message's body holds: a request or response element.
pub trait Payload: Decode + Encode {
    /// Namespace of the body element.
    const NAMESPACE: &'static str;
    /// Local name of the body element (e.g. `AddImGroup`).
    const ELEMENT: &'static str;
    /// The two as a checked [`Name`] (a compile error if `ELEMENT` is not an NCName).
    const NAME: Name = match Name::new(Self::NAMESPACE, Self::ELEMENT) {
        Some(name) => name,
        None => panic!("Payload::ELEMENT is not an XML NCName"),
    };
}

/// A request payload: knows its operation, SOAPAction and response type.
pub trait Request: Payload {
    /// The payload of a successful response.
    type Response: Payload;
    /// The WSDL operation name.
    const OPERATION: &'static str;
    /// The SOAPAction HTTP header value.
    const SOAP_ACTION: &'static str;
}

/// What `soap:Body` holds. Implemented for every [`Payload`] `P`, for
/// `Result<P, Fault>` (a response that may be a fault), and by the generated
/// enum over all messages.
pub trait Body: Sized {
    /// Decodes the body's child element, which the reader has just entered.
    fn decode_body(r: &mut Reader<'_>) -> Result<Self, DecodeError>;
    /// Writes the body's child element.
    fn encode_body(&self, w: &mut Writer) -> Result<(), EncodeError>;
}

impl<P: Payload> Body for P {
    fn decode_body(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        expect_element(r, P::NAMESPACE, P::ELEMENT)?;
        P::decode(r)
    }
    fn encode_body(&self, w: &mut Writer) -> Result<(), EncodeError> {
        self.encode(w, P::NAME)
    }
}

impl<P: Payload> Body for Result<P, Fault> {
    fn decode_body(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        if r.name() == (Ns::Soap, "Fault") {
            return Fault::decode(r).map(Err);
        }
        P::decode_body(r).map(Ok)
    }
    fn encode_body(&self, w: &mut Writer) -> Result<(), EncodeError> {
        match self {
            Ok(payload) => payload.encode_body(w),
            Err(fault) => fault.encode(w, crate::name!(ns::SOAP, "Fault")),
        }
    }
}

impl Body for AnyElement {
    /// Any body element, kept whole.
    fn decode_body(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        AnyElement::decode(r)
    }
    fn encode_body(&self, w: &mut Writer) -> Result<(), EncodeError> {
        w.any(self)
    }
}

/// `WrongElement` unless the current element is `{ns}local`.
pub fn expect_element(r: &Reader<'_>, ns: &str, local: &str) -> Result<(), DecodeError> {
    let (found_ns, found_local) = r.name();
    if (found_ns.uri(), found_local) == (ns, local) {
        return Ok(());
    }
    Err(r.error(DecodeErrorKind::WrongElement {
        expected: format!("{{{ns}}}{local}"),
        found: format!("{{{found_ns}}}{found_local}"),
    }))
}

/// A SOAP 1.1 envelope.
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope<H, B> {
    /// The `soap:Header` element, if present. Boxed: a header type holds every
    /// header block of the operations and runs to hundreds of bytes, which would
    /// otherwise be moved with every envelope, present or not.
    pub header: Option<Box<H>>,
    /// The body's content.
    pub body: B,
}

impl<H, B> Envelope<H, B> {
    /// An envelope with no header.
    pub fn new(body: B) -> Self {
        Envelope { header: None, body }
    }
    /// Sets the header.
    pub fn with_header(mut self, header: H) -> Self {
        self.header = Some(Box::new(header));
        self
    }
}

impl<H: Encode, B: Body> Envelope<H, B> {
    /// Encodes the envelope (same as [`encode_envelope`]).
    pub fn to_xml(&self) -> Result<String, EncodeError> {
        encode_envelope(self)
    }
}

impl<H, R: Request> Envelope<H, R> {
    /// The SOAPAction of the request this envelope carries.
    pub fn soap_action(&self) -> &'static str {
        R::SOAP_ACTION
    }
}

/// Decodes a SOAP 1.1 envelope. The header type `H` decodes the `soap:Header`
/// element itself (its children are the header blocks).
/// Elements of the envelope after `soap:Body` are skipped; `soap:Body` must hold
/// exactly one element.
pub fn decode_envelope<H: Decode, B: Body>(xml: &str) -> Result<Envelope<H, B>, DecodeError> {
    let mut r = Reader::new(xml);
    r.enter_root()?;
    expect_element(&r, ns::SOAP, "Envelope")?;
    let mut header = None;
    let mut body = None;
    while let Some(name) = r.next_child()? {
        match name {
            (Ns::Soap, "Header") => r.set_with(&mut header, Box::new)?,
            (Ns::Soap, "Body") => {
                if body.is_some() {
                    return Err(r.error(DecodeErrorKind::DuplicateElement("Body".into())));
                }
                body = Some(decode_body::<B>(&mut r)?);
            }
            _ => {
                r.any()?;
            }
        }
    }
    let body = r.required(body, "Body")?;
    r.finish()?;
    Ok(Envelope { header, body })
}

/// The content of `soap:Body` (just entered): exactly one element, then leaves the Body.
fn decode_body<B: Body>(r: &mut Reader<'_>) -> Result<B, DecodeError> {
    if r.next_child()?.is_none() {
        return Err(r.error(DecodeErrorKind::MissingElement("Body content".into())));
    }
    let body = B::decode_body(r)?;
    r.leave()?;
    if let Some((found_ns, found_local)) = r.next_child()? {
        let found = format!("{{{}}}{found_local}", found_ns.uri());
        return Err(r.error(DecodeErrorKind::WrongElement {
            expected: "the end of Body".into(),
            found,
        }));
    }
    r.leave()?;
    Ok(body)
}

/// Encodes a SOAP 1.1 envelope: XML declaration, `soap:Envelope` declaring the
/// `soap`, `m` and `t` prefixes, the header (written as `soap:Header`), the body.
pub fn encode_envelope<H: Encode, B: Body>(
    envelope: &Envelope<H, B>,
) -> Result<String, EncodeError> {
    let mut w = Writer::new();
    w.start(crate::name!(ns::SOAP, "Envelope"))?;
    if let Some(header) = &envelope.header {
        w.element(crate::name!(ns::SOAP, "Header"), &**header)?;
    }
    w.start(crate::name!(ns::SOAP, "Body"))?;
    envelope.body.encode_body(&mut w)?;
    w.end()?;
    w.end()?;
    Ok(w.into_string())
}

/// A SOAP 1.1 Fault.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// `faultcode`, resolved (e.g. `{...types}ErrorSchemaValidation`, or `{soap}Client`).
    pub code: QName,
    /// `faultstring`.
    pub string: String,
    /// `xml:lang` of `faultstring`, if given.
    pub string_lang: Option<String>,
    /// `faultactor`, if given.
    pub actor: Option<String>,
    /// `detail`, if given.
    pub detail: Option<FaultDetail>,
    /// Anything else in the Fault element.
    pub extra: Extra,
}

/// The EWS content of a fault's `detail`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FaultDetail {
    /// `e:ResponseCode` (errors namespace), e.g. `ErrorSchemaValidation`.
    pub response_code: Option<String>,
    /// `e:Message`.
    pub message: Option<String>,
    /// `t:MessageXml`.
    pub message_xml: Option<FaultMessageXml>,
    /// Other detail elements.
    pub extra: Extra,
}

/// `t:MessageXml` of a fault detail.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FaultMessageXml {
    /// `t:LineNumber`.
    pub line_number: Option<u32>,
    /// `t:LinePosition`.
    pub line_position: Option<u32>,
    /// `t:Violation`.
    pub violation: Option<String>,
    /// `t:Value Name="..."` pairs, e.g. BackOffMilliseconds.
    pub values: Vec<NamedValue>,
    /// Other elements.
    pub extra: Extra,
}

/// A `t:Value Name="..."` pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedValue {
    /// `Name` attribute.
    pub name: String,
    /// Text content.
    pub value: String,
}
