//! Small helpers that keep generated code short: whole-element keep loops, schema
//! default values, the body-element mismatch error, and `List<T>` for `xs:list`
//! types.

use crate::{
    DecodeError, DecodeErrorKind, EncodeResult, Extra, InvalidValue, Name, Reader, SimpleType,
    Writer,
};
use std::borrow::Cow;

impl Reader<'_> {
    /// The current element's attributes, all kept as unknown (for a type that
    /// declares no attributes).
    pub fn unknown_attributes(&mut self) -> Extra {
        let mut extra = Extra::default();
        self.keep_attributes(&mut extra);
        extra
    }

    /// Like [`Reader::set`] for an element of a simple type with a schema
    /// `default`: present with no content at all, it takes the default value.
    pub fn set_or_default<T: SimpleType>(
        &mut self,
        slot: &mut Option<T>,
        default: &str,
    ) -> Result<(), DecodeError> {
        if slot.is_some() {
            let local = self.name().1.to_owned();
            return Err(self.error(DecodeErrorKind::DuplicateElement(local)));
        }
        let text: String = self.text_value()?;
        // Only no content at all takes the default; whitespace is a value.
        let text = if text.is_empty() { default } else { &text };
        let value = T::parse(text).map_err(|e| self.invalid(text, e))?;
        *slot = Some(value);
        self.leave()
    }

    /// An attribute's value, or its schema `default` when it is absent.
    pub fn attribute_or_default<T: SimpleType>(
        &self,
        slot: Option<T>,
        default: &str,
    ) -> Result<T, DecodeError> {
        match slot {
            Some(value) => Ok(value),
            None => T::parse(default).map_err(|e| self.invalid(default, e)),
        }
    }

    fn invalid(&self, text: &str, e: InvalidValue) -> DecodeError {
        self.error(DecodeErrorKind::InvalidValue {
            value: text.to_owned(),
            expected: e.expected.to_owned(),
        })
    }

    /// Keeps every remaining attribute of the current element in `extra` (for a
    /// type that declares no attributes).
    pub fn keep_attributes(&mut self, extra: &mut Extra) {
        while self.next_attribute().is_some() {
            self.keep_attribute(extra);
        }
    }

    /// Keeps every child element of the current element in `extra` and reaches its
    /// end tag (for a type that declares no elements).
    pub fn keep_children(&mut self, extra: &mut Extra) -> Result<(), DecodeError> {
        while self.next_child()?.is_some() {
            self.keep(extra)?;
        }
        Ok(())
    }

    /// `WrongElement` for the element just entered: it is not one of `expected`.
    pub fn unexpected(&self, expected: &str) -> DecodeError {
        let (ns, local) = self.name();
        let found = if ns == crate::Ns::None {
            local.to_owned()
        } else {
            format!("{{{ns}}}{local}")
        };
        self.error(DecodeErrorKind::WrongElement {
            expected: expected.to_owned(),
            found,
        })
    }
}

impl Writer {
    /// Opens `name`'s start tag with the unknown attributes kept in `extra`
    /// (declared attributes follow).
    #[inline]
    pub fn start_with_extra(&mut self, name: Name, extra: &Extra) -> EncodeResult {
        self.start(name)?;
        self.extra_attributes(extra)
    }

    /// Writes the unknown elements kept in `extra`, then closes the element.
    #[inline]
    pub fn end_with_extra(&mut self, extra: &Extra) -> EncodeResult {
        self.extra_elements(extra)?;
        self.end()
    }
}

/// An `xs:list` value: items separated by whitespace.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct List<T>(pub Vec<T>);

impl<T> Default for List<T> {
    fn default() -> Self {
        List(Vec::new())
    }
}

impl<T: SimpleType> SimpleType for List<T> {
    fn parse(text: &str) -> Result<Self, InvalidValue> {
        text.split_ascii_whitespace()
            .map(T::parse)
            .collect::<Result<Vec<_>, _>>()
            .map(List)
    }

    fn to_text(&self) -> Cow<'_, str> {
        let items: Vec<Cow<'_, str>> = self.0.iter().map(T::to_text).collect();
        Cow::Owned(items.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_on_whitespace_and_join_with_one_space() {
        let list = List::<i32>::parse(" 1\t2\n3 ").unwrap();
        assert_eq!(list, List(vec![1, 2, 3]));
        assert_eq!(list.to_text(), "1 2 3");
        assert!(List::<i32>::parse("1 x").is_err());
    }
}
