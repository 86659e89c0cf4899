//! Hand-written bindings in the shape ews-codegen generates, used by the tests
//! to drive the `Decode`/`Encode` protocol, plus small document helpers.
#![allow(dead_code)]

use ews_runtime::{
    name, ns, Content, Decode, DecodeError, Encode, EncodeError, Extra, Name, Ns, Payload, Reader,
    Request, Writer,
};

pub const M: &str = ns::MESSAGES;
pub const T: &str = ns::TYPES;

/// Decodes a whole document whose root element is a `T`.
pub fn decode<T: Decode>(xml: &str) -> Result<T, DecodeError> {
    let mut r = Reader::new(xml);
    r.enter_root()?;
    let value = T::decode(&mut r)?;
    r.finish()?;
    Ok(value)
}

/// Encodes `value` as the root element `{ns}local` of a fragment.
pub fn encode<T: Encode>(value: &T, name: Name) -> Result<String, EncodeError> {
    let mut w = Writer::fragment();
    value.encode(&mut w, name)?;
    Ok(w.into_string())
}

/// `t:ItemIdType`: attributes only.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ItemId {
    pub id: String,
    pub change_key: Option<String>,
    pub extra: Extra,
}

impl Decode for ItemId {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let (mut id, mut change_key, mut extra) = (None, None, Extra::default());
        while let Some(name) = r.next_attribute() {
            match name {
                ("", "Id") => r.attribute(&mut id)?,
                ("", "ChangeKey") => r.attribute(&mut change_key)?,
                _ => r.keep_attribute(&mut extra),
            }
        }
        while r.next_child()?.is_some() {
            r.keep(&mut extra)?;
        }
        Ok(ItemId {
            id: r.required_attribute(id, "Id")?,
            change_key,
            extra,
        })
    }
}

impl Encode for ItemId {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        w.start(name)?;
        w.attribute("", "Id", &self.id)?;
        w.optional_attribute("", "ChangeKey", &self.change_key)?;
        w.extra_attributes(&self.extra)?;
        w.extra_elements(&self.extra)?;
        w.end()
    }
}

/// A choice: `t:EmailAlias` or `t:PhoneAlias`.
#[derive(Debug, Clone, PartialEq)]
pub enum Alias {
    Email(String),
    Phone(String),
}

impl Content for Alias {
    fn encode_content(&self, w: &mut Writer) -> Result<(), EncodeError> {
        match self {
            Alias::Email(s) => w.element(name!(T, "EmailAlias"), s),
            Alias::Phone(s) => w.element(name!(T, "PhoneAlias"), s),
        }
    }
}

/// A trimmed-down `t:PersonaType`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Persona {
    pub persona_id: ItemId,
    pub display_name: Option<String>,
    pub age: Option<i32>,
    pub alias: Option<Alias>,
    pub emails: Vec<String>,
    pub extra: Extra,
}

impl Decode for Persona {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let (mut persona_id, mut display_name, mut age, mut alias) = (None, None, None, None);
        let (mut emails, mut extra) = (Vec::new(), Extra::default());
        while r.next_attribute().is_some() {
            r.keep_attribute(&mut extra);
        }
        while let Some(name) = r.next_child()? {
            match name {
                (Ns::Types, "PersonaId") => r.set(&mut persona_id)?,
                (Ns::Types, "DisplayName") => r.set(&mut display_name)?,
                (Ns::Types, "Age") => r.set(&mut age)?,
                (Ns::Types, "EmailAlias") => r.set_with(&mut alias, Alias::Email)?,
                (Ns::Types, "PhoneAlias") => r.set_with(&mut alias, Alias::Phone)?,
                (Ns::Types, "EmailAddress") => r.push(&mut emails)?,
                _ => r.keep(&mut extra)?,
            }
        }
        Ok(Persona {
            persona_id: r.required(persona_id, "PersonaId")?,
            display_name,
            age,
            alias,
            emails,
            extra,
        })
    }
}

impl Encode for Persona {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        w.start(name)?;
        w.extra_attributes(&self.extra)?;
        w.element(name!(T, "PersonaId"), &self.persona_id)?;
        w.optional_element(name!(T, "DisplayName"), &self.display_name)?;
        w.optional_element(name!(T, "Age"), &self.age)?;
        w.optional_content(&self.alias)?;
        w.elements(name!(T, "EmailAddress"), &self.emails)?;
        w.extra_elements(&self.extra)?;
        w.end()
    }
}

/// `t:ImItemListType`, with its `t:Personas` array flattened.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImItemList {
    pub personas: Vec<Persona>,
    pub extra: Extra,
}

/// The `t:Personas` wrapper.
struct Personas(Vec<Persona>, Extra);

impl Decode for Personas {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let (mut items, mut extra) = (Vec::new(), Extra::default());
        while let Some(name) = r.next_child()? {
            match name {
                (Ns::Types, "Persona") => r.push(&mut items)?,
                _ => r.keep(&mut extra)?,
            }
        }
        Ok(Personas(items, extra))
    }
}

impl Decode for ImItemList {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let (mut personas, mut extra) = (None::<Personas>, Extra::default());
        while let Some(name) = r.next_child()? {
            match name {
                (Ns::Types, "Personas") => r.set(&mut personas)?,
                _ => r.keep(&mut extra)?,
            }
        }
        Ok(ImItemList {
            personas: personas.map(|p| p.0).unwrap_or_default(),
            extra,
        })
    }
}

impl Encode for ImItemList {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        w.start(name)?;
        if !self.personas.is_empty() {
            w.start(name!(T, "Personas"))?;
            w.elements(name!(T, "Persona"), &self.personas)?;
            w.end()?;
        }
        w.extra_elements(&self.extra)?;
        w.end()
    }
}

/// `m:GetImItemListResponse`, trimmed down.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetImItemListResponse {
    pub response_class: Option<String>,
    pub response_code: Option<String>,
    pub im_item_list: Option<ImItemList>,
    pub extra: Extra,
}

impl Decode for GetImItemListResponse {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let mut v = GetImItemListResponse::default();
        while let Some(name) = r.next_attribute() {
            match name {
                ("", "ResponseClass") => r.attribute(&mut v.response_class)?,
                _ => r.keep_attribute(&mut v.extra),
            }
        }
        while let Some(name) = r.next_child()? {
            match name {
                (Ns::Messages, "ResponseCode") => r.set(&mut v.response_code)?,
                (Ns::Messages, "ImItemList") => r.set(&mut v.im_item_list)?,
                _ => r.keep(&mut v.extra)?,
            }
        }
        Ok(v)
    }
}

impl Encode for GetImItemListResponse {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        w.start(name)?;
        w.optional_attribute("", "ResponseClass", &self.response_class)?;
        w.extra_attributes(&self.extra)?;
        w.optional_element(name!(M, "ResponseCode"), &self.response_code)?;
        w.optional_element(name!(M, "ImItemList"), &self.im_item_list)?;
        w.extra_elements(&self.extra)?;
        w.end()
    }
}

impl Payload for GetImItemListResponse {
    const NAMESPACE: &'static str = M;
    const ELEMENT: &'static str = "GetImItemListResponse";
}

/// `m:AddImGroup`: one required child.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddImGroup {
    pub display_name: String,
    pub extra: Extra,
}

impl Decode for AddImGroup {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let (mut display_name, mut extra) = (None, Extra::default());
        while r.next_attribute().is_some() {
            r.keep_attribute(&mut extra);
        }
        while let Some(name) = r.next_child()? {
            match name {
                (Ns::Messages, "DisplayName") => r.set(&mut display_name)?,
                _ => r.keep(&mut extra)?,
            }
        }
        Ok(AddImGroup {
            display_name: r.required(display_name, "DisplayName")?,
            extra,
        })
    }
}

impl Encode for AddImGroup {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        w.start(name)?;
        w.extra_attributes(&self.extra)?;
        w.element(name!(M, "DisplayName"), &self.display_name)?;
        w.extra_elements(&self.extra)?;
        w.end()
    }
}

impl Payload for AddImGroup {
    const NAMESPACE: &'static str = M;
    const ELEMENT: &'static str = "AddImGroup";
}

impl Request for AddImGroup {
    type Response = GetImItemListResponse;
    const OPERATION: &'static str = "AddImGroup";
    const SOAP_ACTION: &'static str =
        "http://schemas.microsoft.com/exchange/services/2006/messages/AddImGroup";
}
