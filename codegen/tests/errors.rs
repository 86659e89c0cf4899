//! Bad schemas: `generate_from` returns an error that displays as `path:line:col: message`.

mod common;

/// The error `schema` (served as `schema.xsd`) produces, displayed.
fn error(schema: &str) -> String {
    match common::generate(common::Files::Schema(schema)) {
        Ok(_) => panic!("a bad schema generated code"),
        Err(e) => e.to_string(),
    }
}

/// A schema whose `Request` has the content `body`; `Response` is empty. `body` starts on line 4.
fn with_request(body: &str) -> String {
    format!(
        r#"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:golden"
    targetNamespace="urn:golden" elementFormDefault="qualified">
  <xs:element name="Request"><xs:complexType>
{body}
  </xs:complexType></xs:element>
  <xs:element name="Response"><xs:complexType/></xs:element>
</xs:schema>
"#
    )
}

#[test]
fn malformed_xml() {
    let e = error(&with_request(
        "    <xs:sequence>\n      <1xs:element/>\n    </xs:sequence>",
    ));
    assert_eq!(
        e,
        "schema.xsd:5:7: malformed XML: invalid element at 5:7 cause invalid name token"
    );
}

#[test]
fn mismatched_end_tag() {
    let e = error(&with_request(
        "    <xs:sequence>\n      <xs:element name=\"A\" type=\"xs:int\">\n    </xs:sequence>",
    ));
    assert!(e.starts_with("schema.xsd:6:5: malformed XML"), "{e}");
}

#[test]
fn undeclared_prefix_in_a_type_name() {
    let e = error(&with_request(
        "    <xs:sequence>\n      <xs:element name=\"A\" type=\"q:Foo\"/>\n    </xs:sequence>",
    ));
    assert_eq!(
        e,
        "schema.xsd:5:28: undeclared namespace prefix `q` in `q:Foo`"
    );
}

#[test]
fn undefined_type() {
    let e = error(&with_request("    <xs:sequence>\n      <xs:element name=\"A\" type=\"tns:Missing\"/>\n    </xs:sequence>"));
    assert_eq!(
        e,
        "schema.xsd:5:28: type `{urn:golden}Missing` is not defined"
    );
}

#[test]
fn undeclared_element_reference() {
    let e = error(&with_request(
        "    <xs:sequence>\n      <xs:element ref=\"tns:Missing\"/>\n    </xs:sequence>",
    ));
    assert_eq!(
        e,
        "schema.xsd:5:7: element `{urn:golden}Missing` is not declared"
    );
}

#[test]
fn mixed_content_is_unsupported() {
    let schema = with_request(
        "    <xs:sequence>\n      <xs:element name=\"A\" type=\"tns:Prose\"/>\n    </xs:sequence>",
    )
    .replace(
        "</xs:schema>",
        "  <xs:complexType name=\"Prose\" mixed=\"true\"/>\n</xs:schema>",
    );
    assert_eq!(
        error(&schema),
        "schema.xsd:9:3: mixed content (mixed=\"true\") is not supported"
    );
}

#[test]
fn redefine_is_unsupported() {
    let schema = with_request("").replacen(
        "  <xs:element",
        "  <xs:redefine schemaLocation=\"other.xsd\"/>\n  <xs:element",
        1,
    );
    assert_eq!(
        error(&schema),
        "schema.xsd:3:3: unsupported XML Schema construct xs:redefine"
    );
}

/// The error a case directory under `tests/cases` produces, displayed.
fn case_error(case: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cases")
        .join(case);
    match common::generate(common::Files::Dir(&dir)) {
        Ok(_) => panic!("case `{case}` generated code"),
        Err(e) => e.to_string(),
    }
}

/// `(First, Last?)*` flattened into two lists would lose which Last goes with
/// which First, so a repeated sequence of several particles is refused, whether
/// repeated itself or through a repeated group ref.
#[test]
fn repeated_sequences_are_unsupported() {
    assert_eq!(
        case_error("repeated_group"),
        "schema.xsd:8:5: a repeated xs:sequence of several particles is not supported yet"
    );
    let e = error(&with_request(
        "    <xs:sequence>\n      <xs:sequence maxOccurs=\"unbounded\">\n        <xs:element name=\"K\" type=\"xs:string\"/>\n        <xs:element name=\"V\" type=\"xs:int\"/>\n      </xs:sequence>\n    </xs:sequence>",
    ));
    assert_eq!(
        e,
        "schema.xsd:5:7: a repeated xs:sequence of several particles is not supported yet"
    );
}

/// A choice between an element and a group or sequence has no enum shape yet.
#[test]
fn choice_of_sequences_is_unsupported() {
    let e = case_error("group_in_choice");
    assert!(
        e.ends_with(": an xs:choice alternative other than an element is not supported yet"),
        "{e}"
    );
    assert!(e.starts_with("schema.xsd:"), "{e}");
}
