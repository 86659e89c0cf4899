//! The writer: escaping, refusal of forbidden characters, namespace prefixes
//! (fixed, generated and scoped), self-closing empty elements.

mod common;

use common::{decode, encode, AddImGroup, M, T};
use ews_runtime::{
    name, ns, AnyAttribute, AnyElement, AnyNode, EncodeError, EncodeErrorKind, QName, Writer,
};

fn write(f: impl FnOnce(&mut Writer) -> Result<(), EncodeError>) -> Result<String, EncodeError> {
    let mut w = Writer::fragment();
    f(&mut w)?;
    Ok(w.into_string())
}

const ROOT_DECLS: &str = r#"xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types""#;

#[test]
fn escapes_text_and_attributes() {
    let xml = write(|w| {
        w.start(name!(T, "A"))?;
        w.attribute("", "v", &"<&>\"'\r\n\tz".to_owned())?;
        w.text(&"<&>\"'\r\n\tz".to_owned())?;
        w.end()
    });
    let expected = format!("<t:A {ROOT_DECLS} v=\"&lt;&amp;&gt;&quot;&apos;&#13;&#10;&#9;z\">&lt;&amp;&gt;\"'&#13;\n\tz</t:A>");
    assert_eq!(xml, Ok(expected));
}

#[test]
fn escaped_values_read_back_unchanged() {
    let value = " a\tb\r\nc\rd<&>\"' ".to_owned();
    let e = AnyElement {
        name: QName::new("", "a"),
        attributes: vec![AnyAttribute {
            name: QName::new("", "v"),
            value: value.clone(),
        }],
        children: vec![AnyNode::Text(value.clone())],
    };
    let xml = write(|w| w.any(&e)).unwrap_or_default();
    assert_eq!(decode::<AnyElement>(&xml).ok(), Some(e));
}

#[test]
fn forbidden_characters_are_errors_naming_the_element() {
    let group = AddImGroup {
        display_name: "bad\u{1}name".into(),
        ..Default::default()
    };
    let xml = write(|w| {
        w.start(name!(ns::SOAP, "Envelope"))?;
        w.start(name!(ns::SOAP, "Body"))?;
        w.element(name!(M, "AddImGroup"), &group)?;
        w.end()?;
        w.end()
    });
    let e = xml.err().unwrap_or_else(|| panic!("written"));
    assert_eq!(e.kind, EncodeErrorKind::ForbiddenChar('\u{1}'));
    assert_eq!(e.path, "/Envelope/Body/AddImGroup/DisplayName");
    assert_eq!(
        e.to_string(),
        "character U+0001 is not allowed in XML 1.0 (in /Envelope/Body/AddImGroup/DisplayName)"
    );
    for c in ['\u{0}', '\u{B}', '\u{1F}', '\u{FFFE}', '\u{FFFF}'] {
        let text = write(|w| w.element(name!("", "a"), &format!("x{c}")));
        assert_eq!(
            text.err().map(|e| e.kind),
            Some(EncodeErrorKind::ForbiddenChar(c))
        );
        let attribute = write(|w| {
            w.start(name!("", "a"))?;
            w.attribute("", "v", &c.to_string())
        });
        assert_eq!(
            attribute.err().map(|e| (e.kind, e.path)),
            Some((EncodeErrorKind::ForbiddenChar(c), "/a".into()))
        );
    }
}

#[test]
fn encode_paths_count_same_named_siblings() {
    let xml = write(|w| {
        w.start(name!(T, "List"))?;
        w.elements(
            name!(T, "Item"),
            &["a".to_owned(), "b".to_owned(), "c\u{2}".to_owned()],
        )
    });
    assert_eq!(xml.err().map(|e| e.path), Some("/List/Item[3]".into()));
}

#[test]
fn encode_paths_count_only_consecutive_siblings_under_the_same_parent() {
    let bad = "\u{2}".to_owned();
    let path =
        |f: &dyn Fn(&mut Writer) -> Result<(), EncodeError>| write(|w| f(w)).err().map(|e| e.path);
    // Another name in between starts the count afresh.
    let p = path(&|w| {
        w.start(name!(T, "List"))?;
        w.elements(name!(T, "Item"), &["a".to_owned(), "b".to_owned()])?;
        w.element(name!(T, "Other"), &"c".to_owned())?;
        w.element(name!(T, "Item"), &bad)
    });
    assert_eq!(p, Some("/List/Item".into()));
    // Nested counts, each under its own parent.
    let p = path(&|w| {
        w.start(name!(T, "A"))?;
        w.element(name!(T, "B"), &"x".to_owned())?;
        w.start(name!(T, "B"))?;
        w.element(name!(T, "C"), &"y".to_owned())?;
        w.element(name!(M, "C"), &bad)
    });
    assert_eq!(p, Some("/A/B[2]/C[2]".into()));
    // A new parent's children start counting at 1, even after same-named cousins.
    let p = path(&|w| {
        w.start(name!(T, "R"))?;
        w.start(name!(T, "P"))?;
        w.elements(name!(T, "X"), &["a".to_owned(), "b".to_owned()])?;
        w.end()?;
        w.start(name!(T, "P"))?;
        w.element(name!(T, "X"), &bad)
    });
    assert_eq!(p, Some("/R/P[2]/X".into()));
    // Errors after the end of a child name the parent.
    let p = path(&|w| {
        w.start(name!(T, "R"))?;
        w.element(name!(T, "X"), &"a".to_owned())?;
        w.text(&bad)
    });
    assert_eq!(p, Some("/R".into()));
}

#[test]
fn same_named_siblings_with_a_bad_name_are_refused_each_time() {
    let mut w = Writer::fragment();
    assert!(w.start(name!(T, "R")).is_ok());
    for path in ["/R/b d", "/R/b d[2]"] {
        let e = w.start_checked(T, "b d").err().map(|e| (e.kind, e.path));
        assert_eq!(
            e,
            Some((EncodeErrorKind::InvalidName("b d".into()), path.into()))
        );
        assert!(w.end().is_ok());
    }
}

#[test]
fn same_named_siblings_in_other_namespaces_get_their_own_prefix() {
    let xml = write(|w| {
        w.start(name!(T, "R"))?;
        w.element(name!(T, "X"), &1u8)?;
        w.element(name!(M, "X"), &2u8)?;
        w.element(name!("urn:x", "X"), &3u8)?;
        w.element(name!(T, "X"), &4u8)?;
        w.end()
    });
    let expected = format!(
        "<t:R {ROOT_DECLS}><t:X>1</t:X><m:X>2</m:X><ns1:X xmlns:ns1=\"urn:x\">3</ns1:X><t:X>4</t:X></t:R>"
    );
    assert_eq!(xml, Ok(expected));
}

#[test]
fn empty_elements_self_close() {
    let xml = write(|w| {
        w.start(name!(M, "A"))?;
        w.element(name!(T, "Empty"), &String::new())?;
        w.start(name!(T, "AlsoEmpty"))?;
        w.attribute("", "x", &1u8)?;
        w.end()?;
        w.end()
    });
    assert_eq!(
        xml,
        Ok(format!(
            "<m:A {ROOT_DECLS}><t:Empty/><t:AlsoEmpty x=\"1\"/></m:A>"
        ))
    );
}

#[test]
fn other_namespaces_get_scoped_generated_prefixes() {
    let xml = write(|w| {
        w.start(name!(T, "Root"))?;
        w.start(name!("urn:x", "A"))?;
        w.start(name!("urn:x", "B"))?;
        w.attribute("urn:y", "attr", &true)?;
        w.end()?;
        w.end()?;
        w.start(name!("urn:x", "C"))?;
        w.end()?;
        w.start(name!("", "Plain"))?;
        w.attribute(ns::XML, "lang", &"en".to_owned())?;
        w.end()?;
        w.end()
    });
    let expected = format!(
        "<t:Root {ROOT_DECLS}><ns1:A xmlns:ns1=\"urn:x\"><ns1:B xmlns:ns2=\"urn:y\" ns2:attr=\"true\"/></ns1:A><ns3:C xmlns:ns3=\"urn:x\"/><Plain xml:lang=\"en\"/></t:Root>"
    );
    assert_eq!(xml, Ok(expected));
}

#[test]
fn https_namespaces_are_written_as_http() {
    let xml = write(|w| {
        w.element(
            name!(
                "https://schemas.microsoft.com/exchange/services/2006/types",
                "A"
            ),
            &1i32,
        )
    });
    assert_eq!(xml, Ok(format!("<t:A {ROOT_DECLS}>1</t:A>")));
    // A name only known at run time takes the same way.
    let xml = write(|w| {
        w.start_checked(
            "https://schemas.microsoft.com/exchange/services/2006/types",
            "A",
        )?;
        w.end()
    });
    assert_eq!(xml, Ok(format!("<t:A {ROOT_DECLS}/>")));
}

#[test]
fn qname_text_declares_its_prefix() {
    let xml = write(|w| {
        w.start(name!("", "codes"))?;
        w.element(
            name!("", "code"),
            &QName::new(ns::TYPES, "ErrorSchemaValidation"),
        )?;
        w.element(name!("", "code"), &QName::new("urn:other", "Custom"))?;
        w.element(name!("", "code"), &QName::new("", "Bare"))?;
        w.end()
    });
    let expected = format!(
        "<codes {ROOT_DECLS}><code>t:ErrorSchemaValidation</code><code xmlns:ns1=\"urn:other\">ns1:Custom</code><code>Bare</code></codes>"
    );
    assert_eq!(xml, Ok(expected));
}

#[test]
fn misuse_and_bad_names_are_errors() {
    let e = write(|w| w.start_checked("", "1bad")).err().map(|e| e.kind);
    assert_eq!(e, Some(EncodeErrorKind::InvalidName("1bad".into())));
    let e = write(|w| {
        w.start(name!("", "a"))?;
        w.attribute("", "xmlns", &"urn:x".to_owned())
    });
    assert_eq!(
        e.err().map(|e| e.kind),
        Some(EncodeErrorKind::InvalidName("xmlns".into()))
    );
    let e = write(|w| {
        w.start(name!("", "a"))?;
        w.text(&"x".to_owned())?;
        w.attribute("", "late", &1u8)
    });
    assert!(matches!(
        e.err().map(|e| e.kind),
        Some(EncodeErrorKind::Misuse(_))
    ));
    assert!(matches!(
        write(|w| w.end()).err().map(|e| e.kind),
        Some(EncodeErrorKind::Misuse(_))
    ));
}

#[test]
fn writer_output_with_declaration() {
    let mut w = Writer::new();
    let result = w.element(name!(M, "DisplayName"), &"x".to_owned());
    assert!(result.is_ok());
    assert_eq!(w.into_string(), format!("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<m:DisplayName {ROOT_DECLS}>x</m:DisplayName>"));
    assert_eq!(
        encode(&1.5f64, name!("", "d")),
        Ok(format!("<d {ROOT_DECLS}>1.5</d>"))
    );
}
