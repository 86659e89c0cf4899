//! Character data as decoded: entity and character references, CDATA,
//! attribute-value normalization and line-end normalization.

mod common;

use common::decode;
use ews_runtime::{AnyElement, AnyNode};

fn text_of(xml: &str) -> String {
    decode::<String>(xml).unwrap_or_else(|e| panic!("{e}"))
}

fn attribute_of(xml: &str) -> String {
    let e = decode::<AnyElement>(xml).unwrap_or_else(|e| panic!("{e}"));
    e.attributes
        .first()
        .map(|a| a.value.clone())
        .unwrap_or_default()
}

#[test]
fn predefined_entities_and_character_references() {
    assert_eq!(text_of("<a>&lt;&gt;&amp;&apos;&quot;</a>"), "<>&'\"");
    assert_eq!(text_of("<a>&#65;&#x42;&#x1F600;&#233;</a>"), "AB\u{1F600}é");
    assert_eq!(attribute_of("<a v=\"&lt;&#x9;&amp;\"/>"), "<\t&");
}

#[test]
fn text_is_kept_exactly_for_strings() {
    assert_eq!(text_of("<a>  two  words \n</a>"), "  two  words \n");
    assert_eq!(text_of("<a/>"), "");
    assert_eq!(text_of("<a></a>"), "");
    assert_eq!(
        text_of("<a>x<!-- c -->y<?pi z?><![CDATA[<&>]]>w</a>"),
        "xy<&>w"
    );
}

#[test]
fn collapsed_types_trim() {
    assert_eq!(decode::<i32>("<a>\n  -12\t</a>").ok(), Some(-12));
    assert_eq!(decode::<bool>("<a> 1 </a>").ok(), Some(true));
}

#[test]
fn line_ends_are_normalized_in_text() {
    assert_eq!(text_of("<a>1\r\n2\r3\n4</a>"), "1\n2\n3\n4");
    assert_eq!(text_of("<a><![CDATA[1\r\n2\r3]]></a>"), "1\n2\n3");
    // A character reference to CR is kept as CR.
    assert_eq!(text_of("<a>1&#13;&#xA;2</a>"), "1\r\n2");
}

#[test]
fn attribute_values_are_normalized() {
    assert_eq!(attribute_of("<a v=\"1\t2\n3\r\n4\r5\"/>"), "1 2 3 4 5");
    assert_eq!(attribute_of("<a v=\"&#9;&#10;&#13;\"/>"), "\t\n\r");
    assert_eq!(
        attribute_of("<a v='  keeps  spaces '/>"),
        "  keeps  spaces "
    );
}

#[test]
fn line_and_column_count_crlf_as_one_line() {
    let e = decode::<i32>("<a>\r\n\r\n  <b/></a>")
        .err()
        .map(|e| (e.line, e.column));
    // The column counts characters from the last LF; the element is on line 3.
    assert_eq!(e, Some((3, 3)));
}

#[test]
fn kept_text_resolves_references() {
    let e = decode::<AnyElement>("<a><b>x &amp; y\r\n</b>\n  <c/>\n</a>")
        .unwrap_or_else(|e| panic!("{e}"));
    let b = e.child("", "b").map(|b| b.children.clone());
    assert_eq!(b, Some(vec![AnyNode::Text("x & y\n".into())]));
    assert_eq!(
        e.children.len(),
        2,
        "whitespace between children is not kept"
    );
}
