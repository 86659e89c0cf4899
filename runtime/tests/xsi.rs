//! `xsi:type` (an abstract type decoded as the concrete type the attribute
//! names, and written back with it) and `xsi:nil` ([`Nillable`]).

mod common;

use common::*;
use ews_runtime::{
    name, AnyElement, Decode, DecodeError, DecodeErrorKind, Encode, EncodeError, Name, Nillable,
    Reader, Writer,
};

/// An abstract `t:BaseItemIdType` in the shape ews-codegen generates.
#[derive(Debug, Clone, PartialEq)]
enum BaseItemId {
    ItemId(ItemId),
    Other(AnyElement),
}

impl Decode for BaseItemId {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        Ok(match r.xsi_type()? {
            Some((T, "ItemIdType")) => Self::ItemId(Decode::decode(r)?),
            _ => Self::Other(Decode::decode(r)?),
        })
    }
}

impl Encode for BaseItemId {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        match self {
            Self::ItemId(v) => w.typed(T, "ItemIdType", v, name),
            Self::Other(v) => v.encode(w, name),
        }
    }
}

const XSI: &str = r#"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#;

fn doc(attrs: &str) -> String {
    format!(r#"<t:BaseItemId xmlns:t="{T}" xmlns:types="{T}" {XSI} {attrs}/>"#)
}

#[test]
fn xsi_type_selects_the_concrete_type_and_is_not_kept_as_unknown() {
    for attrs in [
        r#"xsi:type="t:ItemIdType" Id="AAM=" ChangeKey="CQA""#,
        r#"Id="AAM=" xsi:type="types:ItemIdType" ChangeKey="CQA""#,
        r#"Id="AAM=" ChangeKey="CQA" xsi:type=" t:ItemIdType ""#,
    ] {
        let value: BaseItemId = decode(&doc(attrs)).unwrap_or_else(|e| panic!("{attrs}: {e}"));
        let BaseItemId::ItemId(id) = &value else {
            panic!("{attrs}: decoded as {value:?}");
        };
        assert_eq!(id.id, "AAM=");
        assert_eq!(id.change_key.as_deref(), Some("CQA"));
        assert!(
            id.extra.is_empty(),
            "{attrs}: xsi:type kept as unknown: {:?}",
            id.extra
        );
    }
}

#[test]
fn xsi_type_is_written_back() {
    let value = BaseItemId::ItemId(ItemId {
        id: "AAM=".into(),
        change_key: None,
        extra: Default::default(),
    });
    let text = encode(&value, name!(T, "BaseItemId")).unwrap();
    assert!(
        text.ends_with(&format!(r#" {XSI} xsi:type="t:ItemIdType" Id="AAM="/>"#)),
        "{text}"
    );
    assert_eq!(decode::<BaseItemId>(&text).unwrap(), value);
}

#[test]
fn an_unknown_or_missing_xsi_type_keeps_the_element_whole() {
    for attrs in [r#"xsi:type="t:FutureIdType" Id="1""#, r#"Id="1""#] {
        let value: BaseItemId = decode(&doc(attrs)).unwrap();
        let BaseItemId::Other(element) = &value else {
            panic!("{attrs}: decoded as {value:?}");
        };
        assert_eq!(element.attribute("", "Id"), Some("1"));
        let text = encode(&value, name!(T, "BaseItemId")).unwrap();
        assert_eq!(decode::<BaseItemId>(&text).unwrap(), value, "{text}");
    }
    let BaseItemId::Other(e) = decode(&doc(r#"xsi:type="t:FutureIdType""#)).unwrap() else {
        panic!()
    };
    assert_eq!(
        e.attribute("http://www.w3.org/2001/XMLSchema-instance", "type"),
        Some("{http://schemas.microsoft.com/exchange/services/2006/types}FutureIdType"),
        "kept resolved, as its prefix means nothing without the declarations"
    );
}

#[test]
fn a_bad_xsi_type_is_an_error_at_the_attribute() {
    let text = doc(r#"xsi:type="nope:ItemIdType""#);
    let e = decode::<BaseItemId>(&text).unwrap_err();
    assert_eq!(e.kind, DecodeErrorKind::UndeclaredPrefix("nope".into()));
    let column = text.find("xsi:type").unwrap() + 1;
    assert_eq!((e.line, e.column), (1, column as u32));
    let e = decode::<BaseItemId>(&doc(r#"xsi:type="a:b:c""#)).unwrap_err();
    assert!(
        matches!(e.kind, DecodeErrorKind::InvalidValue { .. }),
        "{e}"
    );
}

#[test]
fn nil_and_values() {
    let nil: Nillable<ItemId> =
        decode(&format!(r#"<t:Id xmlns:t="{T}" {XSI} xsi:nil="true"/>"#)).unwrap();
    assert!(nil.is_nil());
    let text = encode(&nil, name!(T, "Id")).unwrap();
    assert!(
        text.ends_with(&format!(r#" {XSI} xsi:nil="true"/>"#)),
        "{text}"
    );
    assert_eq!(decode::<Nillable<ItemId>>(&text).unwrap(), nil);
    let value: Nillable<ItemId> = decode(&format!(
        r#"<t:Id xmlns:t="{T}" {XSI} xsi:nil="false" Id="7"/>"#
    ))
    .unwrap();
    assert_eq!(value.value().map(|v| v.id.as_str()), Some("7"));
    assert!(value.value().unwrap().extra.is_empty());
    let text: Nillable<String> = decode(&format!(r#"<t:S xmlns:t="{T}">x</t:S>"#)).unwrap();
    assert_eq!(text, Nillable::Value("x".to_owned()));
}

#[test]
fn a_nil_element_with_content_is_an_error() {
    let e = decode::<Nillable<String>>(&format!(
        r#"<t:S xmlns:t="{T}" {XSI} xsi:nil="true">x</t:S>"#
    ))
    .unwrap_err();
    assert_eq!(e.kind, DecodeErrorKind::UnexpectedText);
    let e = decode::<Nillable<String>>(&format!(r#"<t:S xmlns:t="{T}" {XSI} xsi:nil="yes"/>"#))
        .unwrap_err();
    assert!(
        matches!(e.kind, DecodeErrorKind::InvalidValue { .. }),
        "{e}"
    );
    let e = decode::<Nillable<String>>(&format!(
        r#"<t:S xmlns:t="{T}" {XSI} xsi:nil="true" A="1"/>"#
    ))
    .unwrap_err();
    assert_eq!(e.kind, DecodeErrorKind::UnexpectedAttribute("A".into()));
}
