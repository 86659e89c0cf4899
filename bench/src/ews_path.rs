//! Our path: decode with the generated IM bindings (`ews_im::decode`,
//! `ews_im::decode_any`), encode with `Envelope::to_xml`, and the summary of
//! what was decoded.

use crate::summary::Summary;
use ews_im::{
    AddNewImContactToGroupResponseMessageType, GetImItemListResponseMessageType, Header,
    ItemIdType, Message, NonEmptyArrayOfBaseItemIdsType, NonEmptyArrayOfBaseItemIdsTypeChoice,
    PersonaType,
};
use ews_runtime::{Envelope, Fault};

/// A decoded GetImItemList response.
pub type ListEnvelope = Envelope<Header, Result<GetImItemListResponseMessageType, Fault>>;
/// A decoded AddNewImContactToGroup response.
pub type PersonaEnvelope =
    Envelope<Header, Result<AddNewImContactToGroupResponseMessageType, Fault>>;
/// A decoded request.
pub type RequestEnvelope = Envelope<Header, Message>;

/// A decoded document of any of the inputs.
#[allow(clippy::large_enum_variant)]
pub enum Decoded {
    /// GetImItemList response.
    List(ListEnvelope),
    /// AddNewImContactToGroup response.
    Persona(PersonaEnvelope),
    /// The 13 requests.
    Requests(Vec<RequestEnvelope>),
}

/// Decodes an input's documents.
pub fn decode(name: &str, docs: &[String]) -> Result<Decoded, String> {
    let err = |e: ews_runtime::DecodeError| e.to_string();
    Ok(match name {
        "requests_13" => Decoded::Requests(
            docs.iter()
                .map(|d| ews_im::decode_any(d).map_err(err))
                .collect::<Result<_, _>>()?,
        ),
        "persona_response" => Decoded::Persona(ews_im::decode(&docs[0]).map_err(err)?),
        _ => Decoded::List(ews_im::decode(&docs[0]).map_err(err)?),
    })
}

/// Encodes decoded documents back to XML; returns the total bytes written.
pub fn encode(decoded: &Decoded) -> Result<Vec<String>, String> {
    let err = |e: ews_runtime::EncodeError| e.to_string();
    Ok(match decoded {
        Decoded::List(e) => vec![e.to_xml().map_err(err)?],
        Decoded::Persona(e) => vec![e.to_xml().map_err(err)?],
        Decoded::Requests(all) => all
            .iter()
            .map(|e| e.to_xml().map_err(err))
            .collect::<Result<_, _>>()?,
    })
}

/// The summary of decoded documents.
pub fn summarize(decoded: &Decoded) -> Summary {
    let mut s = Summary::new();
    match decoded {
        Decoded::List(env) => {
            header(&mut s, env.header.as_deref());
            let body = env.body.as_ref().ok();
            let list = body.and_then(|b| b.im_item_list.as_ref());
            for g in list
                .and_then(|l| l.groups.as_ref())
                .map_or(&[][..], |g| &g.im_group)
            {
                s.groups += 1;
                s.add(&g.display_name);
                s.add(&g.group_type);
                s.opt(g.exchange_store_id.as_ref().map(|i| i.id.as_str()));
                for id in g.member_correlation_key.iter().flat_map(|k| &k.item_id) {
                    s.add(&id.id);
                }
            }
            for p in list
                .and_then(|l| l.personas.as_ref())
                .map_or(&[][..], |p| &p.persona)
            {
                persona(&mut s, p);
            }
        }
        Decoded::Persona(env) => {
            header(&mut s, env.header.as_deref());
            if let Some(p) = env.body.as_ref().ok().and_then(|b| b.persona.as_ref()) {
                persona(&mut s, p);
            }
        }
        Decoded::Requests(all) => {
            for env in all {
                let mut one = Summary::new();
                request(&mut one, &env.body);
                s.merge(&one);
            }
        }
    }
    s
}

fn header(s: &mut Summary, h: Option<&Header>) {
    s.opt(h.and_then(|h| h.server_version_info.as_ref()?.version.as_deref()));
}

fn persona(s: &mut Summary, p: &PersonaType) {
    s.personas += 1;
    s.add(&p.persona_id.id);
    s.opt(p.display_name.as_deref());
    s.opt(p.file_as.as_deref());
    if let Some(e) = &p.email_address {
        s.opt(e.name.as_deref());
        s.opt(e.email_address.as_deref());
    }
    for e in p.email_addresses.iter().flat_map(|a| &a.address) {
        s.opt(e.email_address.as_deref());
    }
    s.opt(p.im_address.as_deref());
    s.add(&p.relevance_score.map_or(String::new(), |r| r.to_string()));
    for a in p.attributions.iter().flat_map(|a| &a.attribution) {
        s.add(&a.id);
        s.add(&a.source_id.id);
        s.add(&a.display_name);
    }
    for list in [&p.display_names, &p.file_ases, &p.given_names, &p.surnames] {
        for v in list.iter().flat_map(|l| &l.string_attributed_value) {
            s.add(&v.value);
            v.attributions.attribution.iter().for_each(|a| s.add(a));
        }
    }
    for list in [&p.business_phone_numbers, &p.home_phones, &p.mobile_phones] {
        for v in list.iter().flat_map(|l| &l.phone_number_attributed_value) {
            s.add(&v.value.number);
            s.add(&v.value.r#type);
        }
    }
    for v in p
        .emails1
        .iter()
        .flat_map(|l| &l.email_address_attributed_value)
    {
        s.opt(v.value.email_address.as_deref());
        v.attributions.attribution.iter().for_each(|a| s.add(a));
    }
    for v in p
        .im_addresses
        .iter()
        .flat_map(|l| &l.string_attributed_value)
    {
        s.add(&v.value);
    }
}

fn id(s: &mut Summary, id: Option<&ItemIdType>) {
    s.opt(id.map(|i| i.id.as_str()));
}

fn ids(s: &mut Summary, ids: Option<&NonEmptyArrayOfBaseItemIdsType>) {
    for c in ids.iter().flat_map(|i| &i.choices) {
        if let NonEmptyArrayOfBaseItemIdsTypeChoice::ItemId(i) = c {
            s.add(&i.id);
        }
    }
}

fn request(s: &mut Summary, m: &Message) {
    match m {
        Message::AddNewImContactToGroup(r) => {
            s.add("AddNewImContactToGroup");
            s.add(&r.im_address);
            s.opt(r.display_name.as_deref());
            id(s, r.group_id.as_ref());
        }
        Message::AddNewTelUriContactToGroup(r) => {
            s.add("AddNewTelUriContactToGroup");
            s.add(&r.tel_uri_address);
            s.add(&r.im_contact_sip_uri_address);
            s.add(&r.im_telephone_number);
            id(s, r.group_id.as_ref());
        }
        Message::AddImContactToGroup(r) => {
            s.add("AddImContactToGroup");
            id(s, Some(&r.contact_id));
            id(s, r.group_id.as_ref());
        }
        Message::RemoveImContactFromGroup(r) => {
            s.add("RemoveImContactFromGroup");
            id(s, Some(&r.contact_id));
            id(s, Some(&r.group_id));
        }
        Message::AddImGroup(r) => {
            s.add("AddImGroup");
            s.add(&r.display_name);
        }
        Message::AddDistributionGroupToImList(r) => {
            s.add("AddDistributionGroupToImList");
            s.add(&r.smtp_address);
            s.add(&r.display_name);
        }
        Message::GetImItemList(_) => s.add("GetImItemList"),
        Message::GetImItems(r) => {
            s.add("GetImItems");
            ids(s, r.contact_ids.as_ref());
            ids(s, r.group_ids.as_ref());
        }
        Message::RemoveContactFromImList(r) => {
            s.add("RemoveContactFromImList");
            id(s, Some(&r.contact_id));
        }
        Message::RemoveDistributionGroupFromImList(r) => {
            s.add("RemoveDistributionGroupFromImList");
            id(s, Some(&r.group_id));
        }
        Message::RemoveImGroup(r) => {
            s.add("RemoveImGroup");
            id(s, Some(&r.group_id));
        }
        Message::SetImGroup(r) => {
            s.add("SetImGroup");
            id(s, Some(&r.group_id));
            s.add(&r.new_display_name);
        }
        Message::SetImListMigrationCompleted(r) => {
            s.add("SetImListMigrationCompleted");
            s.add(if r.im_list_migration_completed {
                "true"
            } else {
                "false"
            });
        }
        _ => s.add("other"),
    }
}
