//! Every documented EWS IM example (`../shared/ews-examples`, 36 files) and every
//! XML example of the two seed pages (`../shared/seeds`) decodes with
//! `ews_im::decode_any` into the values it holds, and round-trips
//! (decode → encode → decode gives an equal value).
//!
//! The one exception, `AddDistributionGroupToImList/request.xml`, omits the
//! required `m:DisplayName` and must fail with a located `MissingElement`.
//! Three examples break the schema (see `../shared/ews-examples/INDEX.md`): that
//! request, and the responses of AddNewImContactToGroup and GetImItemList whose
//! unknown elements must be kept in `extra`. Two are SOAP faults:
//! `AddImGroup/error.xml` and `GetImItemList/error.xml`.

mod support;

use ews_im::rt::{self, AnyElement, AnyNode, DecodeErrorKind, QName};
use ews_im::*;
use support::{Env, Examples, Seeds};

const TYPES: &str = rt::ns::TYPES;

/// Every example file; each is decoded with value assertions by a test below.
const ALL_FILES: [&str; 36] = [
    "AddDistributionGroupToImList/error.xml",
    "AddDistributionGroupToImList/request.xml",
    "AddDistributionGroupToImList/response.xml",
    "AddImContactToGroup/error.xml",
    "AddImContactToGroup/request.xml",
    "AddImContactToGroup/response.xml",
    "AddImGroup/error.xml",
    "AddImGroup/request.xml",
    "AddImGroup/response.xml",
    "AddNewImContactToGroup/error.xml",
    "AddNewImContactToGroup/request.xml",
    "AddNewImContactToGroup/response.xml",
    "AddNewTelUriContactToGroup/error.xml",
    "AddNewTelUriContactToGroup/request.xml",
    "AddNewTelUriContactToGroup/response.xml",
    "GetImItemList/error.xml",
    "GetImItemList/request.xml",
    "GetImItemList/response.xml",
    "GetImItems/request.xml",
    "GetImItems/response.xml",
    "RemoveContactFromImList/error.xml",
    "RemoveContactFromImList/request.xml",
    "RemoveContactFromImList/response.xml",
    "RemoveDistributionGroupFromImList/error.xml",
    "RemoveDistributionGroupFromImList/request.xml",
    "RemoveDistributionGroupFromImList/response.xml",
    "RemoveImContactFromGroup/error.xml",
    "RemoveImContactFromGroup/request.xml",
    "RemoveImContactFromGroup/response.xml",
    "RemoveImGroup/error-2.xml",
    "RemoveImGroup/error.xml",
    "RemoveImGroup/request.xml",
    "RemoveImGroup/response.xml",
    "SetImGroup/error.xml",
    "SetImGroup/request.xml",
    "SetImGroup/response.xml",
];

/// The example that must not decode.
const MISSING_DISPLAY_NAME: &str = "AddDistributionGroupToImList/request.xml";
/// The two examples whose body is a SOAP Fault.
const FAULTS: [&str; 2] = ["AddImGroup/error.xml", "GetImItemList/error.xml"];

// ---------------------------------------------------------------------------
// Helpers

/// The body's message as the given `Message` variant, or a panic naming what it is.
macro_rules! body {
    ($env:expr, $variant:ident) => {
        match &$env.body {
            Message::$variant(v) => v,
            other => panic!(
                "expected Message::{}, got {}",
                stringify!($variant),
                variant_name(other)
            ),
        }
    };
}

/// A successful response: ResponseClass="Success", ResponseCode NoError, nothing else.
macro_rules! assert_success {
    ($r:expr) => {{
        let r = $r;
        assert_eq!(r.response_class, ResponseClassType::Success);
        assert_eq!(r.response_code, Some(ResponseCodeType::NoError));
        assert_eq!(r.message_text, None);
        assert_eq!(r.descriptive_link_key, None);
        assert!(r.message_xml.is_none());
        assert!(r.extra.is_empty(), "unexpected extra: {:?}", r.extra);
    }};
}

/// An error response: ResponseClass="Error", the code and text, DescriptiveLinkKey 0.
/// (MessageXml is checked by the caller.)
macro_rules! assert_error {
    ($r:expr, $code:ident, $text:expr) => {{
        let r = $r;
        assert_eq!(r.response_class, ResponseClassType::Error);
        assert_eq!(r.response_code, Some(ResponseCodeType::$code));
        assert_eq!(r.message_text.as_deref(), Some($text));
        assert_eq!(r.descriptive_link_key, Some(0));
        assert!(r.extra.is_empty(), "unexpected extra: {:?}", r.extra);
    }};
}

/// The `Message` variant's name (from its Debug form).
fn variant_name(m: &Message) -> String {
    let debug = format!("{m:?}");
    debug.split('(').next().unwrap_or_default().to_owned()
}

/// How many `Extra` values anywhere in the envelope hold something (the Debug
/// form of an empty `Extra` is `{}`, of a non-empty one `ExtraContent { .. }`).
fn kept_extras(env: &Env) -> usize {
    format!("{env:?}").matches("ExtraContent").count()
}

/// A document that the schema allows: nothing was left unrecognised anywhere.
fn assert_nothing_unknown(env: &Env) {
    assert_eq!(kept_extras(env), 0, "unknown content kept: {env:#?}");
}

fn item_id(id: &str, change_key: Option<&str>) -> ItemIdType {
    ItemIdType {
        id: id.to_owned(),
        change_key: change_key.map(str::to_owned),
        ..Default::default()
    }
}

fn text_element(ns: &str, local: &str, text: &str) -> AnyElement {
    AnyElement {
        name: QName::new(ns, local),
        attributes: Vec::new(),
        children: vec![AnyNode::Text(text.to_owned())],
    }
}

/// The request header of most examples: RequestServerVersion Exchange2013 and,
/// when given, MailboxCulture.
fn assert_request_header(env: &Env, culture: Option<&str>) {
    let h = env.header.as_ref().expect("request has a soap:Header");
    let rsv = h
        .request_server_version
        .as_ref()
        .expect("RequestServerVersion");
    assert_eq!(rsv.version, ExchangeVersionType::Exchange2013);
    assert!(rsv.extra.is_empty());
    assert_eq!(
        h.mailbox_culture.as_ref().map(|c| c.value.as_str()),
        culture
    );
    assert!(h.server_version_info.is_none());
    assert!(h.exchange_impersonation.is_none());
    assert!(
        h.extra.is_empty(),
        "unexpected header content: {:?}",
        h.extra
    );
}

/// The response header: ServerVersionInfo 15.0.<build>.<minor> Exchange2013, nothing else.
fn assert_server_version(env: &Env, major_build: i32, minor_build: i32) {
    let h = env.header.as_ref().expect("response has a soap:Header");
    let v = h.server_version_info.as_ref().expect("ServerVersionInfo");
    assert_eq!(v.major_version, Some(15));
    assert_eq!(v.minor_version, Some(0));
    assert_eq!(v.major_build_number, Some(major_build));
    assert_eq!(v.minor_build_number, Some(minor_build));
    assert_eq!(v.version.as_deref(), Some("Exchange2013"));
    assert!(
        v.extra.is_empty(),
        "unexpected ServerVersionInfo content: {:?}",
        v.extra
    );
    assert!(h.request_server_version.is_none());
    assert!(h.mailbox_culture.is_none());
    assert!(h.time_zone_context.is_none());
    assert!(h.exchange_impersonation.is_none());
    assert!(
        h.extra.is_empty(),
        "unexpected header content: {:?}",
        h.extra
    );
}

/// The values of an ArrayOfStringAttributedValuesType, each with its attributions.
fn attributed(values: &Option<ArrayOfStringAttributedValuesType>) -> Vec<(String, Vec<String>)> {
    values
        .as_ref()
        .expect("attributed values present")
        .string_attributed_value
        .iter()
        .map(|v| (v.value.clone(), v.attributions.attribution.clone()))
        .collect()
}

fn pairs(list: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    list.iter()
        .map(|(v, a)| (v.to_string(), a.iter().map(|s| s.to_string()).collect()))
        .collect()
}

// ---------------------------------------------------------------------------
// All files

#[test]
fn every_example_file_is_covered_and_round_trips() {
    let Some(ex) = Examples::find() else { return };
    let files = ex.files();
    assert_eq!(
        files,
        ALL_FILES.map(String::from).to_vec(),
        "the example files changed: give every new file its value assertions in tests/examples.rs"
    );
    for rel in &files {
        let (op, file) = rel.split_once('/').expect("Operation/file.xml");
        if rel == MISSING_DISPLAY_NAME {
            assert!(
                ews_im::decode_any(&ex.text(rel)).is_err(),
                "{rel} must not decode"
            );
            continue;
        }
        let env = ex.decode(rel); // decodes, and round-trips
        let expected = if FAULTS.contains(&rel.as_str()) {
            "Fault".to_owned()
        } else if file == "request.xml" {
            op.to_owned()
        } else {
            format!("{op}Response")
        };
        assert_eq!(variant_name(&env.body), expected, "{rel}");
        // Requests carry RequestServerVersion; responses ServerVersionInfo; faults no header.
        match env.header.as_ref() {
            None => assert!(FAULTS.contains(&rel.as_str()), "{rel}: no soap:Header"),
            Some(h) if file == "request.xml" => {
                assert!(h.request_server_version.is_some(), "{rel}")
            }
            Some(h) => assert!(h.server_version_info.is_some(), "{rel}"),
        }
    }
}

// ---------------------------------------------------------------------------
// One test per operation folder

#[test]
fn add_distribution_group_to_im_list() {
    let Some(ex) = Examples::find() else { return };

    // request.xml omits the required m:DisplayName.
    let text = ex.text(MISSING_DISPLAY_NAME);
    let err = ews_im::decode_any(&text).expect_err("DisplayName is required");
    assert_eq!(
        err.kind,
        DecodeErrorKind::MissingElement("DisplayName".into())
    );
    // Reported at the <m:AddDistributionGroupToImList> start tag (line 10, column 7).
    assert_eq!((err.line, err.column), (10, 7), "{err}");
    assert_eq!(err.path, "/Envelope/Body/AddDistributionGroupToImList");
    let shown = err.to_string();
    assert!(shown.contains("DisplayName"), "{shown}");
    assert!(shown.contains("line 10, column 7"), "{shown}");
    assert!(shown.ends_with("/AddDistributionGroupToImList)"), "{shown}");
    // The same through the typed entry point.
    let typed =
        ews_im::decode::<AddDistributionGroupToImListType>(&text).expect_err("typed decode");
    assert_eq!(typed, err);
    // With the DisplayName added, the request decodes: nothing else is wrong with it.
    let fixed = text.replace(
        "</m:SmtpAddress>",
        "</m:SmtpAddress>\n         <m:DisplayName>Distribution list 1</m:DisplayName>",
    );
    let env = support::decode_text("fixed request", &fixed);
    assert_request_header(&env, Some("en-US"));
    let req = body!(env, AddDistributionGroupToImList);
    assert_eq!(req.smtp_address, "distributionlist1@example.com");
    assert_eq!(req.display_name, "Distribution list 1");
    assert_nothing_unknown(&env);

    // response.xml: m:/t: prefixes declared on the Envelope.
    let env = ex.decode("AddDistributionGroupToImList/response.xml");
    assert_server_version(&env, 349, 0);
    let r = body!(env, AddDistributionGroupToImListResponse);
    assert_success!(r);
    let g = r.im_group.as_ref().expect("ImGroup");
    assert_eq!(g.display_name, "distributionlist1@example.com");
    assert_eq!(g.group_type, "IPM.DistList.MOC.DG");
    assert_eq!(
        g.exchange_store_id,
        Some(item_id("AAMkAGQ1MjJjAA=", Some("EgAAAA==")))
    );
    assert!(g.member_correlation_key.is_none());
    assert!(g.smtp_address.is_none());
    assert_nothing_unknown(&env);

    let env = ex.decode("AddDistributionGroupToImList/error.xml");
    assert_server_version(&env, 349, 0);
    let r = body!(env, AddDistributionGroupToImListResponse);
    assert_error!(
        r,
        ErrorInvalidImDistributionGroupSmtpAddress,
        "The specified IM distribution group SMTP address is invalid."
    );
    assert!(r.message_xml.is_none());
    assert!(r.im_group.is_none());
    assert_nothing_unknown(&env);
}

#[test]
fn add_im_contact_to_group() {
    let Some(ex) = Examples::find() else { return };

    let env = ex.decode("AddImContactToGroup/request.xml");
    assert_request_header(&env, Some("en-US"));
    let req = body!(env, AddImContactToGroup);
    assert_eq!(
        req.contact_id,
        item_id("AAMkAGQ1MjJjMTBkLTc4Y2AA=", Some("EQAAABYAAABtF8oI7i"))
    );
    assert_eq!(
        req.group_id,
        Some(item_id("AAMkAGQ1MjJjMTBkzzAAAQKAAA=", Some("EgAAAA==")))
    );
    assert_nothing_unknown(&env);

    let env = ex.decode("AddImContactToGroup/response.xml");
    assert_server_version(&env, 349, 0);
    assert_success!(body!(env, AddImContactToGroupResponse));
    assert_nothing_unknown(&env);

    let env = ex.decode("AddImContactToGroup/error.xml");
    assert_server_version(&env, 349, 0);
    let r = body!(env, AddImContactToGroupResponse);
    assert_error!(
        r,
        ErrorInvalidImContactId,
        "The specified Im Contact Id is invalid."
    );
    assert!(r.message_xml.is_none());
    assert_nothing_unknown(&env);
}

#[test]
fn add_im_group() {
    let Some(ex) = Examples::find() else { return };

    let env = ex.decode("AddImGroup/request.xml");
    assert_request_header(&env, Some("en-US"));
    assert!(env.header.as_ref().unwrap().time_zone_context.is_none());
    let req = body!(env, AddImGroup);
    assert_eq!(req.display_name, "MyCustomGroup");
    assert_nothing_unknown(&env);

    let env = ex.decode("AddImGroup/response.xml");
    assert_server_version(&env, 349, 0);
    let r = body!(env, AddImGroupResponse);
    assert_success!(r);
    let g = r.im_group.as_ref().expect("ImGroup");
    assert_eq!(g.display_name, "MyCustomGroup");
    assert_eq!(g.group_type, "IPM.DistList.MOC.UserGroup");
    assert_eq!(
        g.exchange_store_id,
        Some(item_id(
            "AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5Ny04ZjU5LWI3MAAA=",
            Some("EgAAAA==")
        ))
    );
    assert!(g.member_correlation_key.is_none());
    assert!(g.extended_properties.is_none());
    assert_nothing_unknown(&env);

    // error.xml is a SOAP Fault, not an AddImGroupResponse.
    let env = ex.decode("AddImGroup/error.xml");
    assert!(env.header.is_none());
    let f = body!(env, Fault);
    assert_eq!(f.code, QName::new(TYPES, "ErrorSchemaValidation"));
    assert_eq!(
        f.code.to_string(),
        "{http://schemas.microsoft.com/exchange/services/2006/types}ErrorSchemaValidation"
    );
    assert_eq!(
        f.string,
        "The request failed schema validation: An error occurred while parsing EntityName. Line 11, position 33."
    );
    assert_eq!(f.string_lang.as_deref(), Some("en-US"));
    assert_eq!(f.actor, None);
    assert!(f.extra.is_empty());
    let d = f.detail.as_ref().expect("detail");
    assert_eq!(d.response_code.as_deref(), Some("ErrorSchemaValidation"));
    assert_eq!(
        d.message.as_deref(),
        Some("The request failed schema validation.")
    );
    let m = d.message_xml.as_ref().expect("MessageXml");
    assert_eq!(m.line_number, Some(11));
    assert_eq!(m.line_position, Some(33));
    assert_eq!(
        m.violation.as_deref(),
        Some("An error occurred while parsing EntityName. Line 11, position 33.")
    );
    assert!(m.values.is_empty());
    assert!(m.extra.is_empty());
    assert!(d.extra.is_empty());
    assert_nothing_unknown(&env);
}

#[test]
fn add_new_im_contact_to_group() {
    let Some(ex) = Examples::find() else { return };

    // The request sends a TimeZoneContext header, decoded into the typed field.
    let env = ex.decode("AddNewImContactToGroup/request.xml");
    assert_request_header(&env, Some("en-US"));
    let tz = env
        .header
        .as_ref()
        .unwrap()
        .time_zone_context
        .as_ref()
        .expect("TimeZoneContext");
    assert_eq!(
        tz.time_zone_definition.id.as_deref(),
        Some("GMT Standard Time")
    );
    assert_eq!(tz.time_zone_definition.name, None);
    assert!(tz.time_zone_definition.periods.is_none());
    assert!(tz.time_zone_definition.transitions_groups.is_none());
    assert!(tz.time_zone_definition.transitions.is_none());
    let req = body!(env, AddNewImContactToGroup);
    assert_eq!(req.im_address, "tsmith@contoso.com");
    assert_eq!(req.display_name.as_deref(), Some("Tony Smith"));
    assert_eq!(
        req.group_id,
        Some(item_id(
            "AAMkAGQ1MjJjMTBkLTc4Y2UtNDAAAQKAAA=",
            Some("EgAAAA==")
        ))
    );
    assert_nothing_unknown(&env);

    // response.xml breaks the schema; the unknown elements are kept, not dropped.
    let env = ex.decode("AddNewImContactToGroup/response.xml");
    assert_server_version(&env, 349, 0);
    let r = body!(env, AddNewImContactToGroupResponse);
    assert_success!(r);
    let p = r.persona.as_ref().expect("Persona");
    assert_eq!(
        p.persona_id,
        item_id(
            "AAQkAGQ1MjJjMTBkLTc4Y2UtNDA5Ny04ZjU5LWI3MTYzNGNkZmRkYQAQAJ3EkhEEXN5KufGbSYJanZk=",
            None
        )
    );
    assert_eq!(p.persona_type.as_deref(), Some("Person"));
    assert_eq!(
        p.creation_time.as_ref().map(|t| t.as_str()),
        Some("2012-01-05T23:06:58Z")
    );
    assert_eq!(p.display_name.as_deref(), Some("Tony Smith"));
    assert_eq!(p.display_name_first_last.as_deref(), Some("Tony Smith"));
    assert_eq!(p.display_name_last_first.as_deref(), Some("Tony Smith"));
    assert_eq!(p.file_as_id.as_deref(), Some("None"));
    assert_eq!(p.file_as, None);
    assert_eq!(p.im_address.as_deref(), Some("tsmith@contoso.com"));
    assert_eq!(p.relevance_score, Some(2147483647));
    // Persona/EmailAddress: Name and RoutingType known; <Address> is not in
    // EmailAddressType (which has <EmailAddress>) and is kept in extra.
    let email = p.email_address.as_ref().expect("EmailAddress");
    assert_eq!(email.name.as_deref(), Some("Tony Smith"));
    assert_eq!(email.email_address, None);
    assert_eq!(email.routing_type.as_deref(), Some("SMTP"));
    assert_eq!(
        email.extra.elements(),
        [text_element(TYPES, "Address", "tsmith@contoso.com")]
    );
    assert!(email.extra.attributes().is_empty());
    // Persona/EmailAddresses: its children are <EmailAddress>, where the schema
    // has <Address>: no address decoded, the whole elements kept in extra.
    let emails = p.email_addresses.as_ref().expect("EmailAddresses");
    assert!(emails.address.is_empty());
    let kept = emails.extra.elements();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].name, QName::new(TYPES, "EmailAddress"));
    assert!(kept[0].attributes.is_empty());
    assert_eq!(
        kept[0].elements().cloned().collect::<Vec<_>>(),
        vec![
            text_element(TYPES, "Name", "Tony Smith"),
            text_element(TYPES, "Address", "tsmith@contoso.com"),
            text_element(TYPES, "RoutingType", "SMTP"),
        ]
    );
    let attributions = &p.attributions.as_ref().expect("Attributions").attribution;
    assert_eq!(attributions.len(), 1);
    let a = &attributions[0];
    assert_eq!(a.id, "0");
    assert_eq!(
        a.source_id,
        item_id(
            "BtF8oI7iVOQatt/bhQoTbWAAAAAAvcAAA=",
            Some("EQAAABYAAABtF8oIQoTbWAAAAAAyg")
        )
    );
    assert_eq!(a.display_name, "Outlook");
    assert_eq!(
        (a.is_writable, a.is_quick_contact, a.is_hidden),
        (Some(true), Some(true), Some(false))
    );
    let folder = a.folder_id.as_ref().expect("FolderId");
    assert_eq!(folder.id, "AAMkAGQ1MjJjMTBkLTc4YhQoTbWAAAAAAvZAAA=");
    assert_eq!(folder.change_key.as_deref(), Some("AQAAAA=="));
    assert_eq!(
        attributed(&p.display_names),
        pairs(&[("Tony Smith", &["0"])])
    );
    assert_eq!(attributed(&p.file_as_ids), pairs(&[("None", &["0"])]));
    assert_eq!(
        attributed(&p.im_addresses),
        pairs(&[("tsmith@contoso.com", &["0"])])
    );
    // Emails1/EmailAddressAttributedValue/Value has the same <Address> mistake.
    let emails1 = &p
        .emails1
        .as_ref()
        .expect("Emails1")
        .email_address_attributed_value;
    assert_eq!(emails1.len(), 1);
    assert_eq!(emails1[0].value.name.as_deref(), Some("Tony Smith"));
    assert_eq!(emails1[0].value.email_address, None);
    assert_eq!(emails1[0].value.routing_type.as_deref(), Some("SMTP"));
    assert_eq!(
        emails1[0].value.extra.elements(),
        [text_element(TYPES, "Address", "tsmith@contoso.com")]
    );
    assert_eq!(emails1[0].attributions.attribution, ["0"]);
    // Those three are all the unknown content of the document.
    assert_eq!(kept_extras(&env), 3, "{env:#?}");

    // error.xml: MessageXml (xs:any) holds a t:Value Name="MailboxGuid".
    let env = ex.decode("AddNewImContactToGroup/error.xml");
    assert_server_version(&env, 578, 11);
    let r = body!(env, AddNewImContactToGroupResponse);
    assert_error!(r, ErrorNonExistentMailbox, "No mailbox with such guid.");
    assert!(r.persona.is_none());
    let m = r.message_xml.as_ref().expect("MessageXml");
    assert_eq!(m.anys.len(), 1);
    let value = &m.anys[0];
    assert_eq!(value.name, QName::new(TYPES, "Value"));
    assert_eq!(value.attribute("", "Name"), Some("MailboxGuid"));
    assert_eq!(value.text(), "d5fasdadcw3d-23de-2341-8f59-b71523fsddda");
    assert_eq!(value.elements().count(), 0);
    assert!(m.extra.is_empty());
    assert_nothing_unknown(&env);
}

#[test]
fn add_new_tel_uri_contact_to_group() {
    let Some(ex) = Examples::find() else { return };

    let env = ex.decode("AddNewTelUriContactToGroup/request.xml");
    assert_request_header(&env, Some("en-US"));
    let req = body!(env, AddNewTelUriContactToGroup);
    assert_eq!(req.tel_uri_address, "tel:5625550100");
    assert_eq!(req.im_contact_sip_uri_address, "sip:john@contoso.com");
    assert_eq!(req.im_telephone_number, "5625550100");
    assert_eq!(
        req.group_id,
        Some(item_id("AAMkADEzOTm4QrAABY7+0GAAA=", None))
    );
    assert_nothing_unknown(&env);

    let env = ex.decode("AddNewTelUriContactToGroup/response.xml");
    assert_server_version(&env, 545, 11);
    let r = body!(env, AddNewTelUriContactToGroupResponse);
    assert_success!(r);
    let p = r.persona.as_ref().expect("Persona");
    assert_eq!(p.persona_id, item_id("AAQkADE686dX3s=", None));
    assert_eq!(p.persona_type.as_deref(), Some("Person"));
    assert_eq!(
        p.creation_time.as_ref().map(|t| t.as_str()),
        Some("2012-10-29T23:10:13Z")
    );
    // <t:DisplayName/> and <t:FileAs/> are present and empty.
    assert_eq!(p.display_name.as_deref(), Some(""));
    assert_eq!(p.file_as.as_deref(), Some(""));
    assert_eq!(p.display_name_first_last.as_deref(), Some("5625550100"));
    assert_eq!(p.display_name_last_first.as_deref(), Some("5625550100"));
    assert_eq!(p.file_as_id.as_deref(), Some("None"));
    assert_eq!(p.relevance_score, Some(2147483647));
    assert!(p.email_address.is_none());
    let attributions = &p.attributions.as_ref().expect("Attributions").attribution;
    assert_eq!(attributions.len(), 1);
    let a = &attributions[0];
    assert_eq!(a.id, "0");
    assert_eq!(a.source_id, item_id("ABhHuhCAAA=", Some("EQAAABxFU")));
    assert_eq!(a.display_name, "Lync Contacts");
    assert_eq!(
        (a.is_writable, a.is_quick_contact, a.is_hidden),
        (Some(false), Some(true), Some(false))
    );
    assert!(a.folder_id.is_none());
    assert_eq!(attributed(&p.file_as_ids), pairs(&[("None", &["0"])]));
    let phones = &p
        .other_telephones
        .as_ref()
        .expect("OtherTelephones")
        .phone_number_attributed_value;
    assert_eq!(phones.len(), 1);
    assert_eq!(phones[0].value.number, "5625550100");
    assert_eq!(phones[0].value.r#type, "Other");
    assert_eq!(phones[0].attributions.attribution, ["0"]);
    assert_nothing_unknown(&env);

    let env = ex.decode("AddNewTelUriContactToGroup/error.xml");
    assert_server_version(&env, 545, 11);
    let r = body!(env, AddNewTelUriContactToGroupResponse);
    assert_error!(
        r,
        ErrorItemNotFound,
        "The specified object was not found in the store."
    );
    assert!(r.message_xml.is_none());
    assert!(r.persona.is_none());
    assert_nothing_unknown(&env);
}

#[test]
fn get_im_item_list() {
    let Some(ex) = Examples::find() else { return };

    let env = ex.decode("GetImItemList/request.xml");
    assert_request_header(&env, Some("en-US"));
    assert_eq!(**body!(env, GetImItemList), GetImItemListType::default());
    assert_nothing_unknown(&env);

    // response.xml: no XML declaration; EmailAddresses children break the schema.
    let env = ex.decode("GetImItemList/response.xml");
    assert_server_version(&env, 349, 0);
    let r = body!(env, GetImItemListResponse);
    assert_success!(r);
    let list = r.im_item_list.as_ref().expect("ImItemList");
    assert!(list.extra.is_empty());
    let groups = &list.groups.as_ref().expect("Groups").im_group;
    assert_eq!(groups.len(), 4);
    let names: Vec<_> = groups
        .iter()
        .map(|g| (g.display_name.as_str(), g.group_type.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("Other Contacts", "IPM.DistList.MOC.OtherContacts"),
            ("Tagged", "IPM.DistList.MOC.Tagged"),
            ("Favorites", "IPM.DistList.MOC.Favorites"),
            ("MyCustomGroup2", "IPM.DistList.MOC.UserGroup"),
        ]
    );
    assert_eq!(
        groups[0].exchange_store_id,
        Some(item_id(
            "AAMkAGQ1MjJjMTBkLThQoTbWAAAAAAQUAAA=",
            Some("EgAAAA==")
        ))
    );
    let members: Vec<usize> = groups
        .iter()
        .map(|g| {
            g.member_correlation_key
                .as_ref()
                .map_or(0, |k| k.item_id.len())
        })
        .collect();
    assert_eq!(members, [0, 0, 1, 2]);
    assert_eq!(
        groups[3].member_correlation_key.as_ref().unwrap().item_id,
        [
            item_id("AAMkAGQ1Matt/bhQoTbWAAAAAAvcAAA=", Some("EQAAAA==")),
            item_id("AAMkAGQ1MjJjMTBkTbWAAAAAAveAAA=", Some("EQAAAA==")),
        ]
    );

    let personas = &list.personas.as_ref().expect("Personas").persona;
    assert_eq!(personas.len(), 2);
    let anthony = &personas[0];
    assert_eq!(
        anthony.persona_id,
        item_id(
            "AAQkAGQ1MjJjMTBkLTc4YkZmRkYQAQAFgxE1nBcqRGgYWWorM9/+s=",
            None
        )
    );
    assert_eq!(
        anthony.creation_time.as_ref().map(|t| t.as_str()),
        Some("2012-01-12T22:14:36Z")
    );
    assert_eq!(anthony.display_name.as_deref(), Some("Anthony Smith"));
    assert_eq!(
        anthony.display_name_last_first.as_deref(),
        Some("Smith Anthony")
    );
    assert_eq!(anthony.file_as.as_deref(), Some("Smith, Anthony"));
    assert_eq!(anthony.file_as_id.as_deref(), Some("LastCommaFirst"));
    assert_eq!(anthony.given_name.as_deref(), Some("Anthony"));
    assert_eq!(anthony.surname.as_deref(), Some("Smith"));
    // Persona/EmailAddress is schema-correct here.
    let email = anthony.email_address.as_ref().expect("EmailAddress");
    assert_eq!(email.name.as_deref(), Some("tsmith@contoso.com"));
    assert_eq!(email.email_address.as_deref(), Some("tsmith@contoso.com"));
    assert_eq!(email.routing_type.as_deref(), Some("SMTP"));
    assert!(email.extra.is_empty());
    // Persona/EmailAddresses/EmailAddress (the schema has Address): kept whole.
    let emails = anthony.email_addresses.as_ref().expect("EmailAddresses");
    assert!(emails.address.is_empty());
    assert_eq!(emails.extra.elements().len(), 1);
    assert_eq!(
        emails.extra.elements()[0].name,
        QName::new(TYPES, "EmailAddress")
    );
    assert_eq!(
        emails.extra.elements()[0]
            .child(TYPES, "EmailAddress")
            .map(AnyElement::text)
            .as_deref(),
        Some("tsmith@contoso.com")
    );
    let attributions = &anthony
        .attributions
        .as_ref()
        .expect("Attributions")
        .attribution;
    let summary: Vec<_> = attributions
        .iter()
        .map(|a| (a.id.as_str(), a.display_name.as_str(), a.is_quick_contact))
        .collect();
    assert_eq!(
        summary,
        [("0", "Outlook", Some(false)), ("1", "Outlook", Some(true))]
    );
    assert_eq!(
        attributions[1].folder_id.as_ref().map(|f| f.id.as_str()),
        Some("AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5Qatt/bhQoTbWAAAAAAvZAAA=")
    );
    assert_eq!(
        attributed(&anthony.display_names),
        pairs(&[("Anthony Smith", &["0"]), ("Tony Smith", &["1"])])
    );
    assert_eq!(
        attributed(&anthony.file_ases),
        pairs(&[("Smith, Anthony", &["0"])])
    );
    assert_eq!(
        attributed(&anthony.file_as_ids),
        pairs(&[("LastCommaFirst", &["0"]), ("None", &["1"])])
    );
    assert_eq!(
        attributed(&anthony.given_names),
        pairs(&[("Anthony", &["0"])])
    );
    assert_eq!(attributed(&anthony.surnames), pairs(&[("Smith", &["0"])]));
    let home = &anthony
        .home_phones
        .as_ref()
        .expect("HomePhones")
        .phone_number_attributed_value;
    assert_eq!(
        (home[0].value.number.as_str(), home[0].value.r#type.as_str()),
        ("4255550110", "Home")
    );
    let mobile = &anthony
        .mobile_phones
        .as_ref()
        .expect("MobilePhones")
        .phone_number_attributed_value;
    assert_eq!(
        (
            mobile[0].value.number.as_str(),
            mobile[0].value.r#type.as_str()
        ),
        ("4255550120", "Mobile")
    );
    let emails1 = &anthony
        .emails1
        .as_ref()
        .expect("Emails1")
        .email_address_attributed_value;
    assert_eq!(emails1.len(), 1);
    assert_eq!(
        emails1[0].value.email_address.as_deref(),
        Some("tsmith@contoso.com")
    );
    assert_eq!(emails1[0].attributions.attribution, ["0", "1"]);
    assert_eq!(
        attributed(&anthony.im_addresses),
        pairs(&[("tsmith@contoso.com", &["1"])])
    );

    let terence = &personas[1];
    assert_eq!(terence.display_name.as_deref(), Some("Terence Adams"));
    assert_eq!(terence.file_as, None);
    assert_eq!(terence.file_as_id.as_deref(), Some("None"));
    assert_eq!(terence.im_address.as_deref(), Some("tadams@contoso.com"));
    assert_eq!(
        terence
            .email_address
            .as_ref()
            .and_then(|e| e.email_address.as_deref()),
        Some("tadams@contoso.com")
    );
    let kept = terence
        .email_addresses
        .as_ref()
        .expect("EmailAddresses")
        .extra
        .elements();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        kept[0].elements().cloned().collect::<Vec<_>>(),
        vec![
            text_element(TYPES, "Name", "Terence Adams"),
            text_element(TYPES, "EmailAddress", "tadams@contoso.com"),
            text_element(TYPES, "RoutingType", "SMTP"),
        ]
    );
    assert_eq!(terence.attributions.as_ref().unwrap().attribution.len(), 1);
    assert_eq!(
        attributed(&terence.display_names),
        pairs(&[("Terence Adams", &["0"])])
    );
    // The two EmailAddresses are all the unknown content of the document.
    assert_eq!(kept_extras(&env), 2, "{env:#?}");

    // error.xml is a SOAP Fault.
    let env = ex.decode("GetImItemList/error.xml");
    assert!(env.header.is_none());
    let f = body!(env, Fault);
    assert_eq!(f.code, QName::new(TYPES, "ErrorIncorrectSchemaVersion"));
    let text = "The request is valid but does not specify the correct server version in the RequestServerVersion SOAP header.  Ensure that the RequestServerVersion SOAP header is set with the correct RequestServerVersionValue.";
    assert_eq!(f.string, text);
    assert_eq!(f.string_lang.as_deref(), Some("en-US"));
    let d = f.detail.as_ref().expect("detail");
    assert_eq!(
        d.response_code.as_deref(),
        Some("ErrorIncorrectSchemaVersion")
    );
    assert_eq!(d.message.as_deref(), Some(text));
    assert!(d.message_xml.is_none());
    assert_nothing_unknown(&env);
}

#[test]
fn get_im_items() {
    let Some(ex) = Examples::find() else { return };

    let env = ex.decode("GetImItems/request.xml");
    assert_request_header(&env, Some("en-US"));
    let req = body!(env, GetImItems);
    let contact_ids = &req.contact_ids.as_ref().expect("ContactIds").choices;
    assert_eq!(
        *contact_ids,
        [NonEmptyArrayOfBaseItemIdsTypeChoice::ItemId(item_id(
            "AAMkADEzOTExYACABmEhpSAAA=",
            Some("EQAAABBmNDjF")
        ))]
    );
    let group_ids = &req.group_ids.as_ref().expect("GroupIds").choices;
    assert_eq!(
        *group_ids,
        [NonEmptyArrayOfBaseItemIdsTypeChoice::ItemId(item_id(
            "AAMkADEzOTExYjJkBY7+0EAAA=",
            Some("EgAAAA==")
        ))]
    );
    let props = &req
        .extended_properties
        .as_ref()
        .expect("ExtendedProperties")
        .extended_property;
    assert_eq!(props.len(), 1);
    assert_eq!(
        props[0].property_tag,
        Some(PropertyTagType::String("0x3001".into()))
    );
    assert_eq!(props[0].property_type, MapiPropertyTypeType::String);
    assert_eq!(props[0].distinguished_property_set_id, None);
    assert_eq!(props[0].property_name, None);
    assert_nothing_unknown(&env);

    let env = ex.decode("GetImItems/response.xml");
    assert_server_version(&env, 556, 8);
    let r = body!(env, GetImItemsResponse);
    assert_success!(r);
    let list = r.im_item_list.as_ref().expect("ImItemList");
    let groups = &list.groups.as_ref().expect("Groups").im_group;
    assert_eq!(groups.len(), 1);
    let g = &groups[0];
    assert_eq!(g.display_name, "Exchange SDK Team");
    assert_eq!(g.group_type, "IPM.DistList.MOC.UserGroup");
    assert_eq!(
        g.exchange_store_id,
        Some(item_id("AAMkADEzQrAABY7+0EAAA=", Some("EgAAAA==")))
    );
    assert_eq!(
        g.member_correlation_key
            .as_ref()
            .expect("MemberCorrelationKey")
            .item_id,
        [item_id(
            "AAMkADEzOTExYjeGgGqm4QrAABmEhpSAAA=",
            Some("EQAAAA==")
        )]
    );
    let gp = &g
        .extended_properties
        .as_ref()
        .expect("ImGroup/ExtendedProperties")
        .extended_property;
    assert_eq!(gp.len(), 1);
    assert_eq!(
        gp[0].extended_field_uri.property_tag,
        Some(PropertyTagType::String("0x3001".into()))
    );
    assert_eq!(
        gp[0].extended_field_uri.property_type,
        MapiPropertyTypeType::String
    );
    assert_eq!(
        gp[0].choice,
        ExtendedPropertyTypeChoice::Value("Exchange SDK Team".into())
    );

    let personas = &list.personas.as_ref().expect("Personas").persona;
    assert_eq!(personas.len(), 1);
    let p = &personas[0];
    assert_eq!(p.persona_id, item_id("AAQkADEzOTBZImBzN5J/uHXc=", None));
    assert_eq!(
        p.creation_time.as_ref().map(|t| t.as_str()),
        Some("2012-11-07T00:10:35Z")
    );
    assert_eq!(p.display_name.as_deref(), Some("Tony Smith"));
    assert_eq!(p.file_as.as_deref(), Some(""));
    assert_eq!(p.im_address.as_deref(), Some("tsmith@contoso.com"));
    let a = &p.attributions.as_ref().expect("Attributions").attribution[0];
    assert_eq!(
        a.source_id,
        item_id("AAMkADEzhQaoeGgGqm4QrAABmEhpSAAA=", Some("EQArAABmNDjF"))
    );
    assert_eq!(a.display_name, "Lync Contacts");
    assert_eq!(
        attributed(&p.im_addresses),
        pairs(&[("tsmith@contoso.com", &["0"])])
    );
    let pp = &p
        .extended_properties
        .as_ref()
        .expect("Persona/ExtendedProperties")
        .extended_property_attributed_value;
    assert_eq!(pp.len(), 1);
    assert_eq!(
        pp[0].value.extended_field_uri.property_tag,
        Some(PropertyTagType::String("0x3001".into()))
    );
    assert_eq!(
        pp[0].value.choice,
        ExtendedPropertyTypeChoice::Value("Tony Smith".into())
    );
    assert_eq!(pp[0].attributions.attribution, ["0"]);
    assert_nothing_unknown(&env);
}

#[test]
fn remove_contact_from_im_list() {
    let Some(ex) = Examples::find() else { return };

    // No MailboxCulture header; ContactId Id="" (xs:string, so allowed).
    let env = ex.decode("RemoveContactFromImList/request.xml");
    assert_request_header(&env, None);
    assert_eq!(
        body!(env, RemoveContactFromImList).contact_id,
        item_id("", None)
    );
    assert_nothing_unknown(&env);

    let env = ex.decode("RemoveContactFromImList/response.xml");
    assert_server_version(&env, 556, 8);
    assert_success!(body!(env, RemoveContactFromImListResponse));
    assert_nothing_unknown(&env);

    let env = ex.decode("RemoveContactFromImList/error.xml");
    assert_server_version(&env, 556, 8);
    let r = body!(env, RemoveContactFromImListResponse);
    assert_error!(
        r,
        ErrorItemNotFound,
        "The specified object was not found in the store."
    );
    assert!(r.message_xml.is_none());
    assert_nothing_unknown(&env);
}

#[test]
fn remove_distribution_group_from_im_list() {
    let Some(ex) = Examples::find() else { return };

    // No XML declaration.
    let env = ex.decode("RemoveDistributionGroupFromImList/request.xml");
    assert_request_header(&env, Some("en-US"));
    assert_eq!(
        body!(env, RemoveDistributionGroupFromImList).group_id,
        item_id("AAMkADEzO4QrAABmEh5oAAA=", None)
    );
    assert_nothing_unknown(&env);

    let env = ex.decode("RemoveDistributionGroupFromImList/response.xml");
    assert_server_version(&env, 556, 8);
    assert_success!(body!(env, RemoveDistributionGroupFromImListResponse));
    assert_nothing_unknown(&env);

    let env = ex.decode("RemoveDistributionGroupFromImList/error.xml");
    assert_server_version(&env, 556, 8);
    let r = body!(env, RemoveDistributionGroupFromImListResponse);
    assert_error!(
        r,
        ErrorItemNotFound,
        "The specified object was not found in the store."
    );
    assert!(r.message_xml.is_none());
    assert_nothing_unknown(&env);
}

#[test]
fn remove_im_contact_from_group() {
    let Some(ex) = Examples::find() else { return };

    let env = ex.decode("RemoveImContactFromGroup/request.xml");
    assert_request_header(&env, Some("en-US"));
    let req = body!(env, RemoveImContactFromGroup);
    assert_eq!(
        req.contact_id,
        item_id(
            "AAMkAGQ1MjJjMTBkLTcAAAAvcAAA=",
            Some("EQAAABYAAABtF8oI7iVOQ")
        )
    );
    assert_eq!(
        req.group_id,
        item_id("AAMkAGQ1MjJjMTBkbWAAAAAAQKAAA=", Some("EgAAAA=="))
    );
    assert_nothing_unknown(&env);

    let env = ex.decode("RemoveImContactFromGroup/response.xml");
    assert_server_version(&env, 349, 0);
    assert_success!(body!(env, RemoveImContactFromGroupResponse));
    assert_nothing_unknown(&env);

    let env = ex.decode("RemoveImContactFromGroup/error.xml");
    assert_server_version(&env, 349, 0);
    let r = body!(env, RemoveImContactFromGroupResponse);
    assert_error!(
        r,
        ErrorInvalidImContactId,
        "The specified Im Contact Id is invalid."
    );
    assert!(r.message_xml.is_none());
    assert_nothing_unknown(&env);
}

#[test]
fn remove_im_group() {
    let Some(ex) = Examples::find() else { return };

    let env = ex.decode("RemoveImGroup/request.xml");
    assert_request_header(&env, Some("en-US"));
    assert_eq!(
        body!(env, RemoveImGroup).group_id,
        item_id(
            "AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5hQoTbWAAAAAAQRAAA=",
            Some("EgAAAA==")
        )
    );
    assert_nothing_unknown(&env);

    let env = ex.decode("RemoveImGroup/response.xml");
    assert_server_version(&env, 349, 0);
    assert_success!(body!(env, RemoveImGroupResponse));
    assert_nothing_unknown(&env);

    // Both error responses have no XML declaration.
    let env = ex.decode("RemoveImGroup/error.xml");
    assert_server_version(&env, 349, 0);
    let r = body!(env, RemoveImGroupResponse);
    assert_error!(
        r,
        ErrorInvalidImGroupId,
        "The specified Im Group Id is invalid."
    );
    assert!(r.message_xml.is_none());
    assert_nothing_unknown(&env);

    let env = ex.decode("RemoveImGroup/error-2.xml");
    assert_server_version(&env, 349, 0);
    let r = body!(env, RemoveImGroupResponse);
    assert_error!(r, ErrorInvalidIdMalformed, "Id is malformed.");
    assert!(r.message_xml.is_none());
    assert_nothing_unknown(&env);
}

#[test]
fn set_im_group() {
    let Some(ex) = Examples::find() else { return };

    let env = ex.decode("SetImGroup/request.xml");
    assert_request_header(&env, Some("en-US"));
    let req = body!(env, SetImGroup);
    assert_eq!(
        req.group_id,
        item_id("AAMkAGQ1MjJjMTBkQoTbWAAAAAAQRAAA=", Some("EgAAAA=="))
    );
    assert_eq!(req.new_display_name, "MyNewGroupName");
    assert_nothing_unknown(&env);

    let env = ex.decode("SetImGroup/response.xml");
    assert_server_version(&env, 349, 0);
    assert_success!(body!(env, SetImGroupResponse));
    assert_nothing_unknown(&env);

    let env = ex.decode("SetImGroup/error.xml");
    assert_server_version(&env, 349, 0);
    let r = body!(env, SetImGroupResponse);
    assert_error!(
        r,
        ErrorImGroupDisplayNameAlreadyExists,
        "An IM group with the specified display name already exists."
    );
    assert!(r.message_xml.is_none());
    assert_nothing_unknown(&env);
}

// ---------------------------------------------------------------------------
// Seeds

/// The AddImGroup page: its XML uses the https:// spelling of the EWS
/// namespaces, which the reader treats as http://.
#[test]
fn seed_add_im_group_page() {
    let Some(seeds) = Seeds::find() else { return };
    let blocks = seeds.blocks("000_0e1a02a3ce83b7cf.txt");
    assert_eq!(blocks.len(), 3, "request, response, fault");
    for b in &blocks {
        assert!(b.contains("https://schemas.microsoft.com/exchange/services/2006/"));
        assert!(!b.contains("http://schemas.microsoft.com/exchange/"));
    }
    assert!(blocks[0].starts_with("<?xml") && blocks[0].ends_with("</soap:Envelope>"));
    assert!(blocks[1].starts_with("<?xml") && blocks[1].ends_with("</s:Envelope>"));

    let request = support::decode_text("seed 000 request", &blocks[0]);
    assert_request_header(&request, Some("en-US"));
    assert_eq!(body!(request, AddImGroup).display_name, "MyCustomGroup");
    assert_nothing_unknown(&request);

    let response = support::decode_text("seed 000 response", &blocks[1]);
    assert_server_version(&response, 349, 0);
    let r = body!(response, AddImGroupResponse);
    assert_success!(r);
    let g = r.im_group.as_ref().expect("ImGroup");
    assert_eq!(g.display_name, "MyCustomGroup");
    assert_eq!(g.group_type, "IPM.DistList.MOC.UserGroup");
    assert_eq!(
        g.exchange_store_id,
        Some(item_id(
            "AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5Ny04ZjU5LWI3MAAA=",
            Some("EgAAAA==")
        ))
    );
    assert_nothing_unknown(&response);

    let fault = support::decode_text("seed 000 fault", &blocks[2]);
    let f = body!(fault, Fault);
    // The faultcode prefix is bound to https://...types; the QName says http://.
    assert_eq!(f.code, QName::new(TYPES, "ErrorSchemaValidation"));
    let d = f.detail.as_ref().expect("detail");
    assert_eq!(d.response_code.as_deref(), Some("ErrorSchemaValidation"));
    let m = d.message_xml.as_ref().expect("MessageXml");
    assert_eq!((m.line_number, m.line_position), (Some(11), Some(33)));
    assert_nothing_unknown(&fault);

    // The page and the examples are the same documents.
    if let Some(ex) = Examples::find() {
        for (decoded, rel) in [
            (&request, "request"),
            (&response, "response"),
            (&fault, "error"),
        ] {
            assert_eq!(
                *decoded,
                ex.decode(&format!("AddImGroup/{rel}.xml")),
                "seed 000 vs AddImGroup/{rel}.xml"
            );
        }
    }
}

/// The AddNewImContactToGroup page (http:// namespaces, Markdown fences).
#[test]
fn seed_add_new_im_contact_to_group_page() {
    let Some(seeds) = Seeds::find() else { return };
    let blocks = seeds.blocks("003_1a82174565ef265d.txt");
    assert_eq!(blocks.len(), 3, "request, response, error response");
    for b in &blocks {
        assert!(b.starts_with("<?xml") && b.ends_with("Envelope>"));
        assert!(!b.contains("```"));
    }

    let request = support::decode_text("seed 003 request", &blocks[0]);
    let tz = request
        .header
        .as_ref()
        .and_then(|h| h.time_zone_context.as_ref())
        .expect("TimeZoneContext");
    assert_eq!(
        tz.time_zone_definition.id.as_deref(),
        Some("GMT Standard Time")
    );
    assert_eq!(
        body!(request, AddNewImContactToGroup).im_address,
        "tsmith@contoso.com"
    );
    assert_nothing_unknown(&request);

    let response = support::decode_text("seed 003 response", &blocks[1]);
    let p = body!(response, AddNewImContactToGroupResponse)
        .persona
        .as_ref()
        .expect("Persona");
    assert_eq!(p.display_name.as_deref(), Some("Tony Smith"));
    assert_eq!(
        p.email_address.as_ref().unwrap().extra.elements(),
        [text_element(TYPES, "Address", "tsmith@contoso.com")]
    );
    assert_eq!(kept_extras(&response), 3);

    let error = support::decode_text("seed 003 error", &blocks[2]);
    let r = body!(error, AddNewImContactToGroupResponse);
    assert_eq!(
        r.response_code,
        Some(ResponseCodeType::ErrorNonExistentMailbox)
    );
    let value = &r.message_xml.as_ref().expect("MessageXml").anys[0];
    assert_eq!(value.attribute("", "Name"), Some("MailboxGuid"));
    assert_nothing_unknown(&error);

    if let Some(ex) = Examples::find() {
        for (decoded, rel) in [
            (&request, "request"),
            (&response, "response"),
            (&error, "error"),
        ] {
            assert_eq!(
                *decoded,
                ex.decode(&format!("AddNewImContactToGroup/{rel}.xml")),
                "seed 003 vs AddNewImContactToGroup/{rel}.xml"
            );
        }
    }
}

/// The seed extraction itself, on a made-up page.
#[test]
fn seed_block_extraction() {
    let page = "Intro <b>not xml</b>\n<?xml version=\"1.0\"?>\n<soap:Envelope xmlns:soap=\"x\">\n<soap:Body/></soap:Envelope>\nprose\n<s:Envelope xmlns:s=\"x\"><s:Body/></s:Envelope> end";
    assert_eq!(
        support::xml_blocks(page),
        [
            "<?xml version=\"1.0\"?>\n<soap:Envelope xmlns:soap=\"x\">\n<soap:Body/></soap:Envelope>",
            "<s:Envelope xmlns:s=\"x\"><s:Body/></s:Envelope>",
        ]
    );
}
