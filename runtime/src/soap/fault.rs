//! Decoding and encoding of the SOAP 1.1 Fault and its EWS detail
//! (`e:ResponseCode`, `e:Message`, `t:MessageXml`).

use super::{Fault, FaultDetail, FaultMessageXml, NamedValue};
use crate::ns::{ERRORS, TYPES, XML};
use crate::{Decode, DecodeError, Encode, EncodeError, Extra, Name, Ns, Reader, Writer};

/// `faultstring`: its text and `xml:lang`.
struct FaultString {
    text: String,
    lang: Option<String>,
}

impl Decode for FaultString {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let mut lang = None;
        while let Some(name) = r.next_attribute() {
            if name == (XML, "lang") {
                r.attribute(&mut lang)?;
            }
        }
        Ok(FaultString {
            text: r.text()?.into_owned(),
            lang,
        })
    }
}

impl Decode for Fault {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let mut extra = Extra::default();
        while r.next_attribute().is_some() {
            r.keep_attribute(&mut extra);
        }
        let (mut code, mut string, mut actor, mut detail) = (None, None::<FaultString>, None, None);
        while let Some(name) = r.next_child()? {
            match name {
                (Ns::None, "faultcode") => r.set(&mut code)?,
                (Ns::None, "faultstring") => r.set(&mut string)?,
                (Ns::None, "faultactor") => r.set(&mut actor)?,
                (Ns::None, "detail") => r.set(&mut detail)?,
                _ => r.keep(&mut extra)?,
            }
        }
        let code = r.required(code, "faultcode")?;
        let string = r.required(string, "faultstring")?;
        Ok(Fault {
            code,
            string: string.text,
            string_lang: string.lang,
            actor,
            detail,
            extra,
        })
    }
}

impl Encode for Fault {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        w.start(name)?;
        w.extra_attributes(&self.extra)?;
        w.element(crate::name!("", "faultcode"), &self.code)?;
        w.start(crate::name!("", "faultstring"))?;
        w.optional_attribute(XML, "lang", &self.string_lang)?;
        w.text(&self.string)?;
        w.end()?;
        w.optional_element(crate::name!("", "faultactor"), &self.actor)?;
        w.optional_element(crate::name!("", "detail"), &self.detail)?;
        w.extra_elements(&self.extra)?;
        w.end()
    }
}

impl Decode for FaultDetail {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let mut d = FaultDetail::default();
        while r.next_attribute().is_some() {
            r.keep_attribute(&mut d.extra);
        }
        while let Some(name) = r.next_child()? {
            match name {
                (Ns::Other(ERRORS), "ResponseCode") => r.set(&mut d.response_code)?,
                (Ns::Other(ERRORS), "Message") => r.set(&mut d.message)?,
                (Ns::Types, "MessageXml") => r.set(&mut d.message_xml)?,
                _ => r.keep(&mut d.extra)?,
            }
        }
        Ok(d)
    }
}

impl Encode for FaultDetail {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        w.start(name)?;
        w.extra_attributes(&self.extra)?;
        w.optional_element(crate::name!(ERRORS, "ResponseCode"), &self.response_code)?;
        w.optional_element(crate::name!(ERRORS, "Message"), &self.message)?;
        w.optional_element(crate::name!(TYPES, "MessageXml"), &self.message_xml)?;
        w.extra_elements(&self.extra)?;
        w.end()
    }
}

impl Decode for FaultMessageXml {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let mut m = FaultMessageXml::default();
        while r.next_attribute().is_some() {
            r.keep_attribute(&mut m.extra);
        }
        while let Some(name) = r.next_child()? {
            match name {
                (Ns::Types, "LineNumber") => r.set(&mut m.line_number)?,
                (Ns::Types, "LinePosition") => r.set(&mut m.line_position)?,
                (Ns::Types, "Violation") => r.set(&mut m.violation)?,
                (Ns::Types, "Value") => r.push(&mut m.values)?,
                _ => r.keep(&mut m.extra)?,
            }
        }
        Ok(m)
    }
}

impl Encode for FaultMessageXml {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        w.start(name)?;
        w.extra_attributes(&self.extra)?;
        w.optional_element(crate::name!(TYPES, "LineNumber"), &self.line_number)?;
        w.optional_element(crate::name!(TYPES, "LinePosition"), &self.line_position)?;
        w.optional_element(crate::name!(TYPES, "Violation"), &self.violation)?;
        w.elements(crate::name!(TYPES, "Value"), &self.values)?;
        w.extra_elements(&self.extra)?;
        w.end()
    }
}

impl Decode for NamedValue {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let mut name = None;
        while let Some(attribute) = r.next_attribute() {
            if attribute == ("", "Name") {
                r.attribute(&mut name)?;
            }
        }
        let value = r.text()?.into_owned();
        Ok(NamedValue {
            name: r.required_attribute(name, "Name")?,
            value,
        })
    }
}

impl Encode for NamedValue {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        w.start(name)?;
        w.attribute("", "Name", &self.name)?;
        w.text(&self.value)?;
        w.end()
    }
}
