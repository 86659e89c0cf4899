//! Small helpers that keep generated code short: whole-element keep loops, the
//! body-element mismatch error, and `List<T>` for `xs:list` types.

use crate::{DecodeError, DecodeErrorKind, Extra, InvalidValue, Reader, SimpleType};
use std::borrow::Cow;

impl Reader<'_> {
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
        let found = if ns.is_empty() {
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
