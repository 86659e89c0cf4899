//! `xsi:type` and `xsi:nil` on the current element: read before the element's
//! own attributes, so that the concrete type's `decode` does not see them.

use super::Reader;
use crate::{ns, DecodeError, DecodeErrorKind};

impl Reader<'_> {
    /// The type the current element's `xsi:type` names, as (namespace URI, local
    /// name), or `None` without one. Call it before reading attributes: the
    /// attribute is then passed over by [`Self::next_attribute`] (so a concrete
    /// type's `decode` does not keep it as unknown), while capturing the element
    /// as an [`crate::AnyElement`] still keeps it. An undeclared prefix in the
    /// value is `UndeclaredPrefix`; a value that is not a QName is `InvalidValue`.
    pub fn xsi_type(&mut self) -> Result<Option<(&str, &str)>, DecodeError> {
        if !self.take_xsi("type") {
            return Ok(None);
        }
        let a = &self.attrs[self.attr_cursor - 1];
        self.resolve_qname(&a.value, a.start).map(Some)
    }

    /// Whether the current element has `xsi:nil="true"` (or `"1"`). Like
    /// [`Self::xsi_type`], call it before reading attributes; the attribute is
    /// then passed over. A value other than a boolean is `InvalidValue`.
    pub fn xsi_nil(&mut self) -> Result<bool, DecodeError> {
        if !self.take_xsi("nil") {
            return Ok(false);
        }
        let a = &self.attrs[self.attr_cursor - 1];
        match crate::simple::trim_xml(&a.value) {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(self.error_at(
                a.start,
                DecodeErrorKind::InvalidValue {
                    value: a.value.clone().into_owned(),
                    expected: "xs:boolean".to_owned(),
                },
            )),
        }
    }

    /// The rest of an element with `xsi:nil="true"`: it may have neither other
    /// attributes (`UnexpectedAttribute`) nor content (`UnexpectedElement`,
    /// `UnexpectedText`).
    pub fn nil_content(&mut self) -> Result<(), DecodeError> {
        if let Some(a) = self.attrs.get(self.attr_cursor) {
            let kind = DecodeErrorKind::UnexpectedAttribute(a.local.to_owned());
            return Err(self.error_at(a.start, kind));
        }
        let (text, at) = self.text_at()?;
        if crate::simple::trim_xml(&text).is_empty() {
            Ok(())
        } else {
            Err(self.error_at(at, DecodeErrorKind::UnexpectedText))
        }
    }

    /// A QName attribute value as `{namespace}local` (as written when its prefix
    /// is not declared: the writer refuses to guess).
    pub(super) fn clark_value(&self, value: &str) -> String {
        match crate::chars::split_qname(value).and_then(|(p, l)| Some((self.scopes.resolve(p)?, l)))
        {
            Some((id, local)) => format!("{{{}}}{local}", self.scopes.uri(id)),
            None => value.to_owned(),
        }
    }

    /// Moves the not yet visited `xsi:{local}` attribute, if any, to the cursor
    /// and steps over it.
    fn take_xsi(&mut self, local: &str) -> bool {
        let start = self.attr_cursor;
        let found = self
            .attrs
            .iter()
            .skip(start)
            .position(|a| a.local == local && self.scopes.uri(a.ns) == ns::XSI);
        let Some(offset) = found else {
            return false;
        };
        let attr = self.attrs.remove(start + offset);
        self.attrs.insert(start, attr);
        self.attr_cursor = start + 1;
        true
    }
}
