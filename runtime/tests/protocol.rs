//! The Decode/Encode protocol driven by hand-written bindings: children,
//! optional and repeated elements, choices, empty elements, required and
//! duplicate elements, envelopes with headers.

mod common;

use common::*;
use ews_runtime::{decode_envelope, encode_envelope, AnyElement, DecodeErrorKind, Envelope, Fault};

const RESPONSE: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
  <s:Header><h:ServerVersionInfo xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types" MajorVersion="15"/></s:Header>
  <s:Body>
    <GetImItemListResponse ResponseClass="Success" xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
      <ResponseCode>NoError</ResponseCode>
      <ImItemList>
        <Personas xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
          <Persona>
            <PersonaId Id="AAA=" ChangeKey="ck"/>
            <DisplayName>Ann</DisplayName>
            <Age> 42 </Age>
            <EmailAlias>ann@example.com</EmailAlias>
            <EmailAddress>ann@example.com</EmailAddress>
            <EmailAddress>ann2@example.com</EmailAddress>
          </Persona>
          <Persona><PersonaId Id="BBB="></PersonaId><DisplayName></DisplayName><PhoneAlias/></Persona>
        </Personas>
      </ImItemList>
    </GetImItemListResponse>
  </s:Body>
</s:Envelope>"#;

fn response() -> Envelope<AnyElement, GetImItemListResponse> {
    match decode_envelope(RESPONSE) {
        Ok(envelope) => envelope,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn decodes_nested_content() {
    let envelope = response();
    let body = &envelope.body;
    assert_eq!(body.response_class.as_deref(), Some("Success"));
    assert_eq!(body.response_code.as_deref(), Some("NoError"));
    let personas = &body
        .im_item_list
        .as_ref()
        .map(|l| l.personas.clone())
        .unwrap_or_default();
    assert_eq!(personas.len(), 2);
    let ann = &personas[0];
    assert_eq!(ann.persona_id.id, "AAA=");
    assert_eq!(ann.persona_id.change_key.as_deref(), Some("ck"));
    assert_eq!(ann.display_name.as_deref(), Some("Ann"));
    assert_eq!(ann.age, Some(42));
    assert_eq!(ann.alias, Some(Alias::Email("ann@example.com".into())));
    assert_eq!(ann.emails, ["ann@example.com", "ann2@example.com"]);
    assert!(ann.extra.is_empty());
}

#[test]
fn empty_elements_are_like_start_end_pairs() {
    let personas = response()
        .body
        .im_item_list
        .map(|l| l.personas)
        .unwrap_or_default();
    let second = &personas[1];
    assert_eq!(second.persona_id.id, "BBB=");
    assert_eq!(second.display_name.as_deref(), Some(""));
    assert_eq!(second.alias, Some(Alias::Phone(String::new())));
}

#[test]
fn header_is_decoded_by_its_type() {
    let header = response().header;
    let header = header
        .as_ref()
        .and_then(|h| h.child(T, "ServerVersionInfo"));
    assert_eq!(
        header.and_then(|h| h.attribute("", "MajorVersion")),
        Some("15")
    );
}

#[test]
fn envelope_round_trips() {
    let envelope = response();
    let xml = encode_envelope(&envelope).map_err(|e| e.to_string());
    let xml = xml.unwrap_or_default();
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"),
        "{xml}"
    );
    assert!(xml.contains("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\" xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"), "{xml}");
    assert!(
        xml.contains("<t:PersonaId Id=\"BBB=\"/><t:DisplayName/><t:PhoneAlias/>"),
        "{xml}"
    );
    let again: Envelope<AnyElement, GetImItemListResponse> = decode_envelope(&xml)
        .map_err(|e| e.to_string())
        .unwrap_or_else(|e| panic!("{e}\n{xml}"));
    assert_eq!(again, envelope);
}

#[test]
fn request_envelope_knows_its_soap_action() {
    let envelope: Envelope<AnyElement, AddImGroup> = Envelope::new(AddImGroup {
        display_name: "Friends".into(),
        ..Default::default()
    });
    assert_eq!(
        envelope.soap_action(),
        "http://schemas.microsoft.com/exchange/services/2006/messages/AddImGroup"
    );
    let xml = envelope.to_xml().unwrap_or_default();
    assert!(xml.ends_with("<soap:Body><m:AddImGroup><m:DisplayName>Friends</m:DisplayName></m:AddImGroup></soap:Body></soap:Envelope>"), "{xml}");
    let back: Envelope<AnyElement, AddImGroup> =
        decode_envelope(&xml).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, envelope);
}

#[test]
fn missing_required_element_is_reported_at_the_closed_parent() {
    let xml = "<m:AddImGroup xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">\n  <m:Other/>\n</m:AddImGroup>";
    let e = decode::<AddImGroup>(xml).err();
    let e = e.unwrap_or_else(|| panic!("decoded"));
    assert_eq!(
        e.kind,
        DecodeErrorKind::MissingElement("DisplayName".into())
    );
    assert_eq!((e.line, e.column, e.path.as_str()), (1, 1, "/AddImGroup"));
    assert_eq!(
        e.to_string(),
        "missing required element DisplayName at line 1, column 1 (in /AddImGroup)"
    );
}

#[test]
fn missing_required_attribute() {
    let xml = "<t:PersonaId xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\" ChangeKey=\"x\"/>";
    let e = decode::<ItemId>(xml)
        .err()
        .unwrap_or_else(|| panic!("decoded"));
    assert_eq!(e.kind, DecodeErrorKind::MissingAttribute("Id".into()));
    assert_eq!((e.line, e.column, e.path.as_str()), (1, 1, "/PersonaId"));
}

#[test]
fn duplicate_element_and_choice() {
    let base = "<Persona xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\"><PersonaId Id=\"a\"/>";
    let e = decode::<Persona>(&format!("{base}<Age>1</Age><Age>2</Age></Persona>")).err();
    let e = e.unwrap_or_else(|| panic!("decoded"));
    assert_eq!(e.kind, DecodeErrorKind::DuplicateElement("Age".into()));
    assert_eq!(
        (e.line, e.column, e.path.as_str()),
        (1, 107, "/Persona/Age[2]")
    );
    // Two alternatives of one choice fill the same slot.
    let e = decode::<Persona>(&format!(
        "{base}<EmailAlias>a</EmailAlias><PhoneAlias>1</PhoneAlias></Persona>"
    ))
    .err();
    assert_eq!(
        e.map(|e| e.kind.clone()),
        Some(DecodeErrorKind::DuplicateElement("PhoneAlias".into()))
    );
}

#[test]
fn result_body_is_a_payload_or_a_fault() {
    let ok: Result<Envelope<AnyElement, Result<GetImItemListResponse, Fault>>, _> =
        decode_envelope(RESPONSE);
    assert!(matches!(ok, Ok(Envelope { body: Ok(_), .. })));
    let wrong = RESPONSE.replace("GetImItemListResponse", "AddImGroupResponse");
    let e = decode_envelope::<AnyElement, GetImItemListResponse>(&wrong).err();
    assert_eq!(
        e.map(|e| (e.kind.clone(), e.line, e.column, e.path.clone())),
        Some((
            DecodeErrorKind::WrongElement {
                expected: "{http://schemas.microsoft.com/exchange/services/2006/messages}GetImItemListResponse".into(),
                found: "{http://schemas.microsoft.com/exchange/services/2006/messages}AddImGroupResponse".into(),
            },
            5,
            5,
            "/Envelope/Body/AddImGroupResponse".into()
        ))
    );
}

#[test]
fn envelope_structure_errors() {
    let not_soap = "<Envelope><Body/></Envelope>";
    let e = decode_envelope::<AnyElement, AnyElement>(not_soap)
        .err()
        .map(|e| e.kind.clone());
    assert_eq!(
        e,
        Some(DecodeErrorKind::WrongElement {
            expected: "{http://schemas.xmlsoap.org/soap/envelope/}Envelope".into(),
            found: "{}Envelope".into()
        })
    );
    let s = "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"";
    let no_body = format!("<s:Envelope {s}><s:Header/></s:Envelope>");
    let e = decode_envelope::<AnyElement, AnyElement>(&no_body)
        .err()
        .map(|e| (e.kind.clone(), e.path.clone()));
    assert_eq!(
        e,
        Some((
            DecodeErrorKind::MissingElement("Body".into()),
            "/Envelope".into()
        ))
    );
    let two = format!("<s:Envelope {s}><s:Body><a/><b/></s:Body></s:Envelope>");
    let e = decode_envelope::<AnyElement, AnyElement>(&two)
        .err()
        .map(|e| (e.kind.clone(), e.column, e.path.clone()));
    assert_eq!(
        e,
        Some((
            DecodeErrorKind::WrongElement {
                expected: "the end of Body".into(),
                found: "{}b".into()
            },
            77,
            "/Envelope/Body/b".into()
        ))
    );
}
