//! Namespace-aware names: prefixes, default namespaces, redeclaration,
//! undeclaring, the `xml` prefix, attributes, and the https:// alias.

use ews_runtime::{ns, AnyElement, DecodeError, DecodeErrorKind, QName, Reader};

/// Every element's and attribute's `{ns}local`, in document order.
fn names(xml: &str) -> Result<Vec<String>, DecodeError> {
    fn walk(r: &mut Reader<'_>, out: &mut Vec<String>) -> Result<(), DecodeError> {
        let (ns, local) = r.name();
        out.push(format!("{{{ns}}}{local}"));
        while let Some((ns, local)) = r.next_attribute() {
            out.push(format!("@{{{ns}}}{local}"));
        }
        while r.next_child()?.is_some() {
            walk(r, out)?;
            let _: AnyElement = r.any()?; // leaves the (already read) child
        }
        Ok(())
    }
    let mut r = Reader::new(xml);
    r.enter_root()?;
    let mut out = Vec::new();
    walk(&mut r, &mut out)?;
    r.finish()?;
    Ok(out)
}

fn ok(xml: &str) -> Vec<String> {
    names(xml).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn prefixes_and_default_namespaces() {
    let xml = r#"<a:root xmlns:a="urn:a" xmlns="urn:d" a:x="1" y="2"><child><b:c xmlns:b="urn:b"/></child><a:d/></a:root>"#;
    assert_eq!(
        ok(xml),
        [
            "{urn:a}root",
            "@{urn:a}x",
            "@{}y",
            "{urn:d}child",
            "{urn:b}c",
            "{urn:a}d"
        ]
    );
}

#[test]
fn declarations_apply_to_their_own_start_tag_whatever_the_order() {
    let xml = r#"<p:root p:attr="1" xmlns:p="urn:p"/>"#;
    assert_eq!(ok(xml), ["{urn:p}root", "@{urn:p}attr"]);
}

#[test]
fn redeclaration_is_scoped() {
    let xml = r#"<p:a xmlns:p="urn:1"><p:b xmlns:p="urn:2"><p:c/></p:b><p:d/></p:a>"#;
    assert_eq!(ok(xml), ["{urn:1}a", "{urn:2}b", "{urn:2}c", "{urn:1}d"]);
}

#[test]
fn default_namespace_can_be_undeclared() {
    let xml = r#"<a xmlns="urn:d"><b xmlns=""><c/></b><d/></a>"#;
    assert_eq!(ok(xml), ["{urn:d}a", "{}b", "{}c", "{urn:d}d"]);
}

#[test]
fn same_namespace_under_different_prefixes_matches() {
    let a = ok(r#"<x:Item xmlns:x="http://schemas.microsoft.com/exchange/services/2006/types"/>"#);
    let b = ok(r#"<Item xmlns="http://schemas.microsoft.com/exchange/services/2006/types"/>"#);
    assert_eq!(a, b);
}

#[test]
fn https_spelling_is_reported_as_http() {
    let xml = r#"<t:Item xmlns:t="https://schemas.microsoft.com/exchange/services/2006/types" t:a="1"><m:R xmlns:m="https://schemas.microsoft.com/exchange/services/2006/messages"/></t:Item>"#;
    let expected = [
        format!("{{{}}}Item", ns::TYPES),
        format!("@{{{}}}a", ns::TYPES),
        format!("{{{}}}R", ns::MESSAGES),
    ];
    assert_eq!(ok(xml), expected);
}

#[test]
fn xml_prefix_is_always_bound() {
    let xml = r#"<a xml:lang="en"/>"#;
    assert_eq!(ok(xml), ["{}a".to_owned(), format!("@{{{}}}lang", ns::XML)]);
}

#[test]
fn undeclared_prefixes_are_errors() {
    let e = names("<a>\n  <q:b/>\n</a>")
        .err()
        .unwrap_or_else(|| panic!("decoded"));
    assert_eq!(e.kind, DecodeErrorKind::UndeclaredPrefix("q".into()));
    assert_eq!((e.line, e.column, e.path.as_str()), (2, 3, "/a/b"));
    assert_eq!(
        e.to_string(),
        "undeclared namespace prefix \"q\" at line 2, column 3 (in /a/b)"
    );
    let e = names(r#"<a q:x="1"/>"#)
        .err()
        .map(|e| (e.kind.clone(), e.column));
    assert_eq!(e, Some((DecodeErrorKind::UndeclaredPrefix("q".into()), 4)));
    // Out of scope after the declaring element ends.
    let e = names(r#"<a><q:b xmlns:q="urn:q"/><q:c/></a>"#)
        .err()
        .map(|e| e.path.clone());
    assert_eq!(e.as_deref(), Some("/a/c"));
    // Namespaces 1.0 has no undeclaring: `xmlns:q=""` is itself an error.
    let e = names(r#"<q:a xmlns:q=""/>"#)
        .err()
        .map(|e| (e.kind.clone(), e.column));
    assert_eq!(
        e,
        Some((
            DecodeErrorKind::Syntax("xmlns:q must not be empty".into()),
            6
        ))
    );
}

#[test]
fn duplicate_attributes_are_found_after_resolution() {
    let e = names(r#"<a xmlns:p="urn:x" xmlns:q="urn:x" p:n="1" q:n="2"/>"#)
        .err()
        .map(|e| (e.kind.clone(), e.column));
    assert_eq!(
        e,
        Some((DecodeErrorKind::DuplicateAttribute("q:n".into()), 44))
    );
    let e = names(r#"<a n="1" n="2"/>"#).err().map(|e| e.kind.clone());
    assert_eq!(e, Some(DecodeErrorKind::DuplicateAttribute("n".into())));
    let e = names(r#"<a xmlns:p="urn:1" xmlns:p="urn:2"/>"#)
        .err()
        .map(|e| e.kind.clone());
    assert_eq!(
        e,
        Some(DecodeErrorKind::DuplicateAttribute("xmlns:p".into()))
    );
}

#[test]
fn qname_text_resolves_in_scope_declarations() {
    let xml = r#"<a xmlns:x="urn:outer" xmlns="urn:default"><code xmlns:y="urn:inner"> y:Name </code><code>x:Other</code><code>Plain</code><code>z:Bad</code></a>"#;
    let mut r = Reader::new(xml);
    let mut codes = Vec::new();
    let result = (|| {
        r.enter_root()?;
        while r.next_child()?.is_some() {
            codes.push(r.decode::<QName>()?);
        }
        r.finish()
    })();
    let e = result.err().map(|e| (e.kind.clone(), e.path.clone()));
    assert_eq!(
        e,
        Some((
            DecodeErrorKind::UndeclaredPrefix("z".into()),
            "/a/code[4]".into()
        ))
    );
    assert_eq!(
        codes,
        [
            QName::new("urn:inner", "Name"),
            QName::new("urn:outer", "Other"),
            QName::new("urn:default", "Plain")
        ]
    );
}

#[test]
fn ews_namespace_values_and_near_misses() {
    // The EWS URIs are recognised whole; a value that only starts like one, or
    // goes on after it, is read as written.
    let t = ns::TYPES;
    let xml = format!(
        "<a xmlns='{t}'><b xmlns=\"{t}x\"/><c xmlns=\"{t}&amp;\"/><d xmlns=\"{short}\"/><m:e xmlns:m='{m}'/></a>",
        short = &t[..t.len() - 1],
        m = ns::MESSAGES,
    );
    assert_eq!(
        ok(&xml),
        [
            format!("{{{t}}}a"),
            format!("{{{t}x}}b"),
            format!("{{{t}&}}c"),
            format!("{{{}}}d", &t[..t.len() - 1]),
            format!("{{{}}}e", ns::MESSAGES),
        ]
    );
    // A quote of the other kind does not end the value.
    let xml = format!("<a xmlns=\"{t}'\"/>");
    assert_eq!(ok(&xml), [format!("{{{t}'}}a")]);
    // Nor does the end of the document.
    let cut = format!("<a xmlns=\"{t}");
    assert!(names(&cut).is_err());
}

#[test]
fn children_report_the_ews_namespaces_by_name() {
    use ews_runtime::Ns;
    let xml = format!(
        "<s:Envelope xmlns:s='{}'><a xmlns='{}'/><b xmlns='https://schemas.microsoft.com/exchange/services/2006/types'/><c/><d xmlns='urn:d'/></s:Envelope>",
        ns::SOAP,
        ns::MESSAGES
    );
    let mut r = Reader::new(&xml);
    r.enter_root().unwrap();
    assert_eq!(r.name(), (Ns::Soap, "Envelope"));
    let mut seen = Vec::new();
    while let Some((ns, local)) = r.next_child().unwrap() {
        seen.push(format!("{ns:?} {local} {}", ns.uri()));
        let _: AnyElement = r.any().unwrap();
    }
    assert_eq!(
        seen,
        [
            format!("Messages a {}", ns::MESSAGES),
            format!("Types b {}", ns::TYPES),
            "None c ".to_string(),
            "Other(\"urn:d\") d urn:d".to_string(),
        ]
    );
    // A URI with references to resolve.
    let mut r = Reader::new("<a xmlns='urn:a&amp;b'><b/></a>");
    r.enter_root().unwrap();
    assert_eq!(r.next_child().unwrap(), Some((Ns::Other("urn:a&b"), "b")));
}
