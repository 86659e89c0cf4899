//! [`SimpleType`] for the XSD integer types (`xs:int`, `xs:unsignedShort`, ...)
//! and `xs:float`/`xs:double` (including `INF`, `-INF` and `NaN`).

use super::{trim_xml, InvalidValue, SimpleType};
use std::borrow::Cow;

macro_rules! integer {
    ($($ty:ty => $expected:literal, $unsigned:literal;)*) => {$(
        impl SimpleType for $ty {
            fn parse(text: &str) -> Result<Self, InvalidValue> {
                let text = trim_xml(text);
                if !is_integer(text) {
                    return Err(InvalidValue::new($expected));
                }
                // `-0` (and `-000`) is a valid lexical form of zero for unsigned types too.
                let text = match text.strip_prefix('-') {
                    Some(digits) if $unsigned && digits.bytes().all(|b| b == b'0') => "0",
                    _ => text,
                };
                text.parse().map_err(|_| InvalidValue::new($expected))
            }
            fn to_text(&self) -> Cow<'_, str> {
                Cow::Owned(self.to_string())
            }
        }
    )*};
}

integer! {
    i8 => "xs:byte", false;
    i16 => "xs:short", false;
    i32 => "xs:int", false;
    i64 => "xs:long", false;
    u8 => "xs:unsignedByte", true;
    u16 => "xs:unsignedShort", true;
    u32 => "xs:unsignedInt", true;
    u64 => "xs:unsignedLong", true;
}

/// `(+|-)?[0-9]+`
fn is_integer(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The `xs:double` lexical space other than the special values:
/// `(+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee](+|-)?[0-9]+)?`
fn is_decimal_float(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = (!int.is_empty() || !frac.is_empty()) && all_digits(int) && all_digits(frac);
    mantissa_ok && exponent.into_iter().all(is_integer)
}

macro_rules! float {
    ($($ty:ty => $expected:literal;)*) => {$(
        impl SimpleType for $ty {
            fn parse(text: &str) -> Result<Self, InvalidValue> {
                match trim_xml(text) {
                    "INF" | "+INF" => Ok(<$ty>::INFINITY),
                    "-INF" => Ok(<$ty>::NEG_INFINITY),
                    "NaN" => Ok(<$ty>::NAN),
                    text if is_decimal_float(text) => {
                        text.parse().map_err(|_| InvalidValue::new($expected))
                    }
                    _ => Err(InvalidValue::new($expected)),
                }
            }
            fn to_text(&self) -> Cow<'_, str> {
                if self.is_nan() {
                    Cow::Borrowed("NaN")
                } else if self.is_infinite() {
                    Cow::Borrowed(if *self > 0.0 { "INF" } else { "-INF" })
                } else {
                    // Debug is the shortest text that parses back to the same
                    // value, with an exponent for very large or small magnitudes.
                    Cow::Owned(format!("{self:?}"))
                }
            }
        }
    )*};
}

float! {
    f32 => "xs:float";
    f64 => "xs:double";
}
