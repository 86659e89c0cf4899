//! [`Nillable`]: the value of an element declared `nillable="true"`.

use crate::{Decode, DecodeError, Encode, EncodeError, Name, Reader, Writer};

/// An element declared `nillable="true"`: either `xsi:nil="true"` (and empty)
/// or a value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Nillable<T> {
    /// `<Element xsi:nil="true"/>`.
    Nil,
    /// The element with its value.
    Value(T),
}

impl<T> Nillable<T> {
    /// The value, `None` when nil.
    pub fn value(&self) -> Option<&T> {
        match self {
            Nillable::Nil => None,
            Nillable::Value(v) => Some(v),
        }
    }

    /// Whether it is `xsi:nil="true"`.
    pub fn is_nil(&self) -> bool {
        matches!(self, Nillable::Nil)
    }
}

impl<T> From<T> for Nillable<T> {
    fn from(value: T) -> Self {
        Nillable::Value(value)
    }
}

impl<T: Decode> Decode for Nillable<T> {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        if r.xsi_nil()? {
            r.nil_content()?;
            Ok(Nillable::Nil)
        } else {
            T::decode(r).map(Nillable::Value)
        }
    }
}

impl<T: Encode> Encode for Nillable<T> {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        match self {
            Nillable::Nil => w.nil(name),
            Nillable::Value(v) => v.encode(w, name),
        }
    }
}
