//! Every decode error kind, with its line, column (in characters), element path
//! and message.

mod common;

use common::*;
use ews_runtime::{
    decode_envelope, AnyElement, DecodeError, DecodeErrorDetail, DecodeErrorKind as K,
};

/// (kind, line, column, path) of decoding `xml` as a document of `AnyElement`.
fn fails(xml: &str) -> (K, u32, u32, String) {
    match decode::<AnyElement>(xml) {
        Ok(e) => panic!("decoded {e:?}"),
        Err(e) => {
            let DecodeErrorDetail {
                kind,
                line,
                column,
                path,
            } = e.into_detail();
            (kind, line, column, path)
        }
    }
}

fn personas(third_age: &str, third_id: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
  <s:Body>
    <GetImItemListResponse xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
      <ImItemList>
        <Personas xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
          <Persona><PersonaId Id="1"/><Age>1</Age></Persona>
          <Persona><PersonaId Id="2"/><Age>2</Age></Persona>
          <Persona><PersonaId {third_id}/><Age>{third_age}</Age></Persona>
        </Personas>
      </ImItemList>
    </GetImItemListResponse>
  </s:Body>
</s:Envelope>"#
    )
}

fn envelope_error(xml: &str) -> DecodeError {
    match decode_envelope::<AnyElement, GetImItemListResponse>(xml) {
        Ok(_) => panic!("decoded"),
        Err(e) => e,
    }
}

#[test]
fn invalid_value_in_third_sibling() {
    let e = envelope_error(&personas("4x2", "Id=\"3\""));
    assert_eq!(
        e.kind,
        K::InvalidValue {
            value: "4x2".into(),
            expected: "xs:int".into()
        }
    );
    assert_eq!((e.line, e.column), (9, 44));
    assert_eq!(
        e.path,
        "/Envelope/Body/GetImItemListResponse/ImItemList/Personas/Persona[3]/Age"
    );
    assert_eq!(
        e.to_string(),
        "invalid value \"4x2\" for xs:int at line 9, column 44 (in /Envelope/Body/GetImItemListResponse/ImItemList/Personas/Persona[3]/Age)"
    );
}

#[test]
fn missing_attribute_in_third_sibling() {
    let e = envelope_error(&personas("3", ""));
    assert_eq!(e.kind, K::MissingAttribute("Id".into()));
    assert_eq!((e.line, e.column), (9, 20));
    assert_eq!(
        e.path,
        "/Envelope/Body/GetImItemListResponse/ImItemList/Personas/Persona[3]/PersonaId"
    );
}

#[test]
fn invalid_attribute_value_points_at_the_attribute() {
    let xml = "<a>\n  <b flag=\"maybe\"/>\n</a>";
    let mut r = ews_runtime::Reader::new(xml);
    let mut flag: Option<bool> = None;
    let result = (|| {
        r.enter_root()?;
        r.next_child()?;
        r.next_attribute();
        r.attribute(&mut flag)
    })();
    let e = result
        .err()
        .map(|e| (e.kind.clone(), e.line, e.column, e.path.clone()));
    assert_eq!(
        e,
        Some((
            K::InvalidValue {
                value: "maybe".into(),
                expected: "xs:boolean".into()
            },
            2,
            6,
            "/a/b".into()
        ))
    );
}

#[test]
fn syntax_errors_carry_the_tokenizer_position() {
    let (kind, line, column, path) = fails("<a>\n  <b x=1/>\n</a>");
    assert!(
        matches!(kind, K::Syntax(ref m) if m.starts_with("invalid attribute")),
        "{kind:?}"
    );
    assert_eq!((line, column, path.as_str()), (2, 8, "/a/b"));
    let (kind, line, column, path) = fails("<a>\n<b></c>\n</a>");
    assert_eq!(
        kind,
        K::Syntax("end tag </c> does not match the start tag".into())
    );
    assert_eq!((line, column, path.as_str()), (2, 4, "/a/b"));
    let (kind, line, column, _) = fails("<a><b>");
    assert_eq!(
        (kind, line, column),
        (K::Syntax("unexpected end of document".into()), 1, 7)
    );
    assert!(fails("<a>\u{1}</a>")
        .0
        .to_string()
        .starts_with("malformed XML: invalid character data"));
}

#[test]
fn doctype_is_refused() {
    let (kind, line, column, path) =
        fails("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e \"boom\">]>\n<a>&e;</a>");
    assert_eq!((kind, line, column, path.as_str()), (K::Doctype, 2, 1, "/"));
    assert_eq!(fails("<!DOCTYPE a SYSTEM \"x.dtd\"><a/>").0, K::Doctype);
    assert_eq!(K::Doctype.to_string(), "DOCTYPE is not allowed");
}

#[test]
fn too_deep() {
    let depth = ews_runtime::reader::MAX_DEPTH;
    let ok = format!("{}{}", "<a>".repeat(depth), "</a>".repeat(depth));
    assert!(decode::<AnyElement>(&ok).is_ok());
    let deep = format!("{}{}", "<a>".repeat(depth + 1), "</a>".repeat(depth + 1));
    let (kind, line, column, path) = fails(&deep);
    assert_eq!((kind, line, column), (K::TooDeep, 1, 3 * depth as u32 + 1));
    assert_eq!(path.matches("/a").count(), depth + 1);
    assert_eq!(K::TooDeep.to_string(), "elements nested deeper than 128");
    // Skipped content is limited too.
    let xml = format!("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><x>{deep}</x></s:Body></s:Envelope>");
    assert_eq!(
        decode_envelope::<AnyElement, AnyElement>(&xml)
            .err()
            .map(|e| e.kind.clone()),
        Some(K::TooDeep)
    );
}

#[test]
fn references() {
    assert_eq!(
        fails("<a>\n x&nbsp;</a>"),
        (K::UnknownEntity("nbsp".into()), 2, 3, "/a".into())
    );
    assert_eq!(
        fails("<a>&#1;</a>"),
        (K::InvalidCharRef("&#1;".into()), 1, 4, "/a".into())
    );
    assert_eq!(
        fails("<a b='&#xFFFE;'/>"),
        (K::InvalidCharRef("&#xFFFE;".into()), 1, 7, "/a".into())
    );
    assert_eq!(
        K::UnknownEntity("nbsp".into()).to_string(),
        "unknown entity reference &nbsp;"
    );
}

#[test]
fn trailing_content_and_no_root() {
    assert_eq!(fails("<a/>\n<b/>"), (K::TrailingContent, 2, 1, "/".into()));
    assert_eq!(fails("<a/> text"), (K::TrailingContent, 1, 6, "/".into()));
    assert!(decode::<AnyElement>("<a/>\n<!-- ok --><?pi ok?>\n").is_ok());
    assert_eq!(
        fails("<?xml version=\"1.0\"?>\n<!-- nothing -->\n"),
        (K::NoRoot, 3, 1, "/".into())
    );
    assert_eq!(fails(""), (K::NoRoot, 1, 1, "/".into()));
}

#[test]
fn unexpected_text() {
    let xml = "<m:AddImGroup xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">\n  stray <m:DisplayName>x</m:DisplayName></m:AddImGroup>";
    let e = decode::<AddImGroup>(xml)
        .err()
        .map(|e| (e.kind.clone(), e.line, e.column, e.path.clone()));
    assert_eq!(e, Some((K::UnexpectedText, 2, 3, "/AddImGroup".into())));
}

#[test]
fn text_only_elements() {
    let t = "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"";
    let xsi = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
    let base = format!("<t:Persona {t}><t:PersonaId Id=\"1\"/>");
    let e = decode::<Persona>(&format!("{base}<t:Age>1<Foo/></t:Age></t:Persona>")).err();
    let e = e.map(|e| (e.kind.clone(), e.column, e.path.clone()));
    assert_eq!(
        e,
        Some((
            K::UnexpectedElement("Foo".into()),
            109,
            "/Persona/Age/Foo".into()
        ))
    );
    assert_eq!(
        K::UnexpectedElement("Foo".into()).to_string(),
        "unexpected element Foo in text-only content"
    );
    let e = decode::<Persona>(&format!(
        "{base}<t:Age Unit=\"years\">1</t:Age></t:Persona>"
    ))
    .err();
    assert_eq!(
        e.map(|e| (e.kind.clone(), e.column)),
        Some((K::UnexpectedAttribute("Unit".into()), 108))
    );
    // xsi:type and namespace declarations are fine.
    let ok = decode::<Persona>(&format!(
        "{base}<t:Age {xsi} xsi:type=\"xs:int\" xmlns:xs=\"urn:x\">1</t:Age></t:Persona>"
    ));
    assert_eq!(ok.map(|p| p.age).map_err(|e| e.to_string()), Ok(Some(1)));
}

#[test]
fn messages_name_the_thing() {
    let cases = [
        (
            K::UndeclaredPrefix("q".into()),
            "undeclared namespace prefix \"q\"",
        ),
        (
            K::MissingElement("DisplayName".into()),
            "missing required element DisplayName",
        ),
        (
            K::MissingAttribute("Id".into()),
            "missing required attribute Id",
        ),
        (K::DuplicateElement("Age".into()), "duplicate element Age"),
        (K::DuplicateAttribute("Id".into()), "duplicate attribute Id"),
        (
            K::InvalidValue {
                value: "abc".into(),
                expected: "xs:int".into(),
            },
            "invalid value \"abc\" for xs:int",
        ),
        (
            K::InvalidCharRef("&#0;".into()),
            "invalid character reference &#0;",
        ),
        (K::TrailingContent, "content after the root element"),
        (K::NoRoot, "no root element"),
        (
            K::UnexpectedText,
            "unexpected text where only elements are allowed",
        ),
        (
            K::UnexpectedAttribute("Unit".into()),
            "unexpected attribute Unit on a text-only element",
        ),
        (
            K::WrongElement {
                expected: "{urn:a}x".into(),
                found: "{}y".into(),
            },
            "expected {urn:a}x, found {}y",
        ),
        (
            K::Syntax("unexpected end of document".into()),
            "malformed XML: unexpected end of document",
        ),
    ];
    for (kind, message) in cases {
        assert_eq!(kind.to_string(), message);
    }
}

#[test]
fn sibling_indices_count_consecutive_same_named_siblings() {
    // The count restarts after a differently named sibling, ignores nested
    // elements of the same name, comments, text, CDATA and empty elements.
    let xml = "<r><a/><a><a/><b/></a><a><!-- <a> --><b>t</b><![CDATA[<b>]]><b/><b x='1'><q:c/></b></a></r>";
    assert_eq!(
        fails(xml),
        (
            K::UndeclaredPrefix("q".into()),
            1,
            74,
            "/r/a[3]/b[3]/c".into()
        )
    );
    let xml = "<r><a/><x/><a/><a>\n<p:z/></a></r>";
    assert_eq!(fails(xml).3, "/r/a[2]/z");
    // An error inside a start tag names that element.
    let xml = "<r><a/><a b='1' b='2'/></r>";
    assert_eq!(fails(xml).3, "/r/a[2]");
}
