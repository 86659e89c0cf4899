//! SOAP faults: the EWS schema-validation fault decodes field by field, and
//! faults round-trip through the writer.

mod common;

use common::GetImItemListResponse;
use ews_runtime::{
    decode_envelope, encode_envelope, ns, AnyElement, Envelope, Fault, FaultDetail,
    FaultMessageXml, NamedValue, QName,
};

const FAULT: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
   <s:Body>
      <s:Fault>
         <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorSchemaValidation</faultcode>
         <faultstring xml:lang="en-US">The request failed schema validation: An error occurred while parsing EntityName. Line 11, position 33.</faultstring>
         <detail>
            <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorSchemaValidation</e:ResponseCode>
            <e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">The request failed schema validation.</e:Message>
            <t:MessageXml xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
               <t:LineNumber>11</t:LineNumber>
               <t:LinePosition>33</t:LinePosition>
               <t:Violation>An error occurred while parsing EntityName. Line 11, position 33.</t:Violation>
            </t:MessageXml>
         </detail>
      </s:Fault>
   </s:Body>
</s:Envelope>"#;

type Response = Envelope<AnyElement, Result<GetImItemListResponse, Fault>>;

fn fault_of(xml: &str) -> Fault {
    match decode_envelope::<AnyElement, Result<GetImItemListResponse, Fault>>(xml) {
        Ok(Envelope {
            body: Err(fault), ..
        }) => fault,
        Ok(_) => panic!("not a fault"),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn schema_validation_fault_decodes() {
    let fault = fault_of(FAULT);
    assert_eq!(fault.code, QName::new(ns::TYPES, "ErrorSchemaValidation"));
    assert_eq!(
        fault.string,
        "The request failed schema validation: An error occurred while parsing EntityName. Line 11, position 33."
    );
    assert_eq!(fault.string_lang.as_deref(), Some("en-US"));
    assert_eq!(fault.actor, None);
    let detail = fault.detail.clone().unwrap_or_default();
    assert_eq!(
        detail.response_code.as_deref(),
        Some("ErrorSchemaValidation")
    );
    assert_eq!(
        detail.message.as_deref(),
        Some("The request failed schema validation.")
    );
    let xml = detail.message_xml.clone().unwrap_or_default();
    assert_eq!((xml.line_number, xml.line_position), (Some(11), Some(33)));
    assert_eq!(
        xml.violation.as_deref(),
        Some("An error occurred while parsing EntityName. Line 11, position 33.")
    );
    assert!(
        xml.values.is_empty()
            && xml.extra.is_empty()
            && detail.extra.is_empty()
            && fault.extra.is_empty()
    );
}

#[test]
fn fault_round_trips_with_a_declared_prefix() {
    let envelope: Response = decode_envelope(FAULT).unwrap_or_else(|e| panic!("{e}"));
    let xml = encode_envelope(&envelope).unwrap_or_else(|e| panic!("{e}"));
    assert!(xml.contains("<soap:Fault><faultcode>t:ErrorSchemaValidation</faultcode><faultstring xml:lang=\"en-US\">"), "{xml}");
    assert!(xml.contains("<ns1:ResponseCode xmlns:ns1=\"http://schemas.microsoft.com/exchange/services/2006/errors\">"), "{xml}");
    let again: Response = decode_envelope(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    assert_eq!(again, envelope);
}

#[test]
fn named_values_and_unknown_detail_are_kept() {
    let fault = Fault {
        code: QName::new(ns::SOAP, "Server"),
        string: "busy".into(),
        string_lang: None,
        actor: Some("https://mail.example.com/EWS/Exchange.asmx".into()),
        detail: Some(FaultDetail {
            response_code: Some("ErrorServerBusy".into()),
            message: None,
            message_xml: Some(FaultMessageXml {
                values: vec![NamedValue {
                    name: "BackOffMilliseconds".into(),
                    value: "297749".into(),
                }],
                ..Default::default()
            }),
            extra: Default::default(),
        }),
        extra: Default::default(),
    };
    let envelope: Response = Envelope::new(Err(fault));
    let xml = encode_envelope(&envelope).unwrap_or_else(|e| panic!("{e}"));
    assert!(xml.contains("<faultcode>soap:Server</faultcode>"), "{xml}");
    assert!(
        xml.contains(
            "<t:MessageXml><t:Value Name=\"BackOffMilliseconds\">297749</t:Value></t:MessageXml>"
        ),
        "{xml}"
    );
    let again: Response = decode_envelope(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    assert_eq!(again, envelope);

    let extended = FAULT.replace(
        "<t:LineNumber>",
        "<t:Value Name=\"X\">1</t:Value><t:Unknown a=\"b\"/><t:LineNumber>",
    );
    let xml = fault_of(&extended)
        .detail
        .and_then(|d| d.message_xml)
        .unwrap_or_default();
    assert_eq!(
        xml.values,
        [NamedValue {
            name: "X".into(),
            value: "1".into()
        }]
    );
    assert_eq!(
        xml.extra.elements().first().map(|e| e.name.local.as_str()),
        Some("Unknown")
    );
}

#[test]
fn faultcode_prefix_must_be_declared() {
    let bad = FAULT.replace("a:ErrorSchemaValidation", "b:ErrorSchemaValidation");
    let e = decode_envelope::<AnyElement, Result<GetImItemListResponse, Fault>>(&bad).err();
    let e = e.map(|e| (e.to_string(), e.path.clone()));
    assert_eq!(
        e,
        Some((
            "undeclared namespace prefix \"b\" at line 5, column 89 (in /Envelope/Body/Fault/faultcode)".into(),
            "/Envelope/Body/Fault/faultcode".into()
        ))
    );
}
