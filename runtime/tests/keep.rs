//! Unknown attributes and elements are kept in `Extra` and written back, so
//! decode → encode → decode gives the same value.

mod common;

use common::*;
use ews_runtime::{name, AnyNode, QName};

const PERSONA: &str = r#"<t:Persona xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types" xmlns:x="urn:future" x:flag="on" Rank="2">
  <t:PersonaId Id="1" x:extra="&amp;more"/>
  <t:NewField Kind="a">  spaced text  </t:NewField>
  <x:Block>
    <x:Line n="1">one</x:Line>
    mixed <x:B/> text
    <x:Empty></x:Empty>
  </x:Block>
  <t:DisplayName>Ann</t:DisplayName>
</t:Persona>"#;

fn persona() -> Persona {
    decode::<Persona>(PERSONA).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn unknown_attributes_are_kept() {
    let p = persona();
    let names: Vec<(String, String)> = p
        .extra
        .attributes()
        .iter()
        .map(|a| (a.name.to_string(), a.value.clone()))
        .collect();
    assert_eq!(
        names,
        [
            ("{urn:future}flag".to_owned(), "on".to_owned()),
            ("Rank".to_owned(), "2".to_owned())
        ]
    );
    let id_extra = p.persona_id.extra.attributes();
    assert_eq!(
        id_extra.first().map(|a| (&a.name, a.value.as_str())),
        Some((&QName::new("urn:future", "extra"), "&more"))
    );
}

#[test]
fn unknown_elements_are_kept_whole() {
    let p = persona();
    assert_eq!(p.display_name.as_deref(), Some("Ann"));
    let kept = p.extra.elements();
    assert_eq!(kept.len(), 2);
    let new_field = &kept[0];
    assert_eq!(new_field.name, QName::new(T, "NewField"));
    assert_eq!(new_field.attribute("", "Kind"), Some("a"));
    assert_eq!(
        new_field.children,
        [AnyNode::Text("  spaced text  ".into())]
    );
    let block = &kept[1];
    let texts: Vec<&AnyNode> = block
        .children
        .iter()
        .filter(|n| matches!(n, AnyNode::Text(_)))
        .collect();
    assert_eq!(
        texts,
        [
            &AnyNode::Text("\n    mixed ".into()),
            &AnyNode::Text(" text\n    ".into())
        ]
    );
    assert_eq!(block.elements().count(), 3);
    assert_eq!(
        block.child("urn:future", "Line").map(|l| l.text()),
        Some("one".into())
    );
    assert_eq!(
        block.child("urn:future", "Empty").map(|e| e.children.len()),
        Some(0)
    );
}

#[test]
fn kept_content_round_trips() {
    let p = persona();
    let xml = encode(&p, name!(T, "Persona")).unwrap_or_else(|e| panic!("{e}"));
    assert!(xml.contains("ns1:flag=\"on\" Rank=\"2\""), "{xml}");
    assert!(
        xml.contains("<t:NewField Kind=\"a\">  spaced text  </t:NewField>"),
        "{xml}"
    );
    let again = decode::<Persona>(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    assert_eq!(again, p);
    assert_ne!(format!("{:?}", again.extra), "{}");
    assert_eq!(format!("{:?}", ItemId::default().extra), "{}");
}
