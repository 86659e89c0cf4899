//! The two non-binding baselines: raw xmlparser tokenization touching every
//! token (the ceiling for an xmlparser-based reader) and a roxmltree DOM; plus
//! the summary of a DOM, by local names, which also checks every encoder's output.

use crate::summary::Summary;
use roxmltree::{Document, Node};

/// What touching every token saw.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tokens {
    /// Tokens read.
    pub tokens: usize,
    /// `ImGroup` start tags.
    pub groups: usize,
    /// `Persona` start tags.
    pub personas: usize,
    /// Bytes of names, attribute values and text.
    pub bytes: usize,
}

/// Tokenizes every document, touching every token.
pub fn tokens(docs: &[String]) -> Result<Tokens, String> {
    use xmlparser::Token;
    let mut t = Tokens::default();
    for doc in docs {
        for token in xmlparser::Tokenizer::from(doc.as_str()) {
            t.tokens += 1;
            match token.map_err(|e| e.to_string())? {
                Token::ElementStart { prefix, local, .. } => {
                    t.bytes += prefix.len() + local.len();
                    match local.as_str() {
                        "ImGroup" => t.groups += 1,
                        "Persona" => t.personas += 1,
                        _ => {}
                    }
                }
                Token::Attribute { local, value, .. } => t.bytes += local.len() + value.len(),
                Token::Text { text } => t.bytes += text.len(),
                Token::ElementEnd {
                    end: xmlparser::ElementEnd::Close(_, local),
                    ..
                } => t.bytes += local.len(),
                _ => {}
            }
        }
    }
    Ok(t)
}

/// Builds a roxmltree DOM of every document.
pub fn parse(docs: &[String]) -> Result<Vec<Document<'_>>, String> {
    docs.iter()
        .map(|d| Document::parse(d).map_err(|e| e.to_string()))
        .collect()
}

/// The summary of DOMs (same visiting order as `ews_path::summarize`).
pub fn summarize(name: &str, docs: &[Document<'_>]) -> Summary {
    let mut s = Summary::new();
    for doc in docs {
        let root = doc.root_element();
        let body = kid(root, "Body").and_then(|b| b.first_element_child());
        let Some(body) = body else { continue };
        if name == "requests_13" {
            let mut one = Summary::new();
            request(&mut one, body);
            s.merge(&one);
            continue;
        }
        let version = kid(root, "Header")
            .and_then(|h| kid(h, "ServerVersionInfo"))
            .and_then(|v| v.attribute("Version"));
        s.opt(version);
        if let Some(p) = kid(body, "Persona") {
            persona(&mut s, p);
        }
        let list = kid(body, "ImItemList");
        for g in list
            .and_then(|l| kid(l, "Groups"))
            .into_iter()
            .flat_map(|g| kids(g, "ImGroup"))
        {
            s.groups += 1;
            s.add(text(kid(g, "DisplayName")));
            s.add(text(kid(g, "GroupType")));
            s.opt(kid(g, "ExchangeStoreId").and_then(|i| i.attribute("Id")));
            for id in kid(g, "MemberCorrelationKey")
                .into_iter()
                .flat_map(|k| kids(k, "ItemId"))
            {
                s.add(id.attribute("Id").unwrap_or(""));
            }
        }
        for p in list
            .and_then(|l| kid(l, "Personas"))
            .into_iter()
            .flat_map(|p| kids(p, "Persona"))
        {
            persona(&mut s, p);
        }
    }
    s
}

fn kid<'a, 'i>(n: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    n.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
}

fn kids<'a, 'i: 'a>(n: Node<'a, 'i>, name: &'a str) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    n.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
}

fn text<'a>(n: Option<Node<'a, '_>>) -> &'a str {
    n.and_then(|n| n.text()).unwrap_or("")
}

fn opt_text<'a>(n: Option<Node<'a, '_>>) -> Option<&'a str> {
    n.map(|n| n.text().unwrap_or(""))
}

fn persona(s: &mut Summary, p: Node<'_, '_>) {
    s.personas += 1;
    s.add(
        kid(p, "PersonaId")
            .and_then(|i| i.attribute("Id"))
            .unwrap_or(""),
    );
    s.opt(opt_text(kid(p, "DisplayName")));
    s.opt(opt_text(kid(p, "FileAs")));
    if let Some(e) = kid(p, "EmailAddress") {
        s.opt(opt_text(kid(e, "Name")));
        s.opt(opt_text(kid(e, "EmailAddress")));
    }
    for e in kid(p, "EmailAddresses")
        .into_iter()
        .flat_map(|a| kids(a, "Address"))
    {
        s.opt(opt_text(kid(e, "EmailAddress")));
    }
    s.opt(opt_text(kid(p, "ImAddress")));
    s.add(text(kid(p, "RelevanceScore")).trim());
    for a in kid(p, "Attributions")
        .into_iter()
        .flat_map(|a| kids(a, "Attribution"))
    {
        s.add(text(kid(a, "Id")));
        s.add(
            kid(a, "SourceId")
                .and_then(|i| i.attribute("Id"))
                .unwrap_or(""),
        );
        s.add(text(kid(a, "DisplayName")));
    }
    for list in ["DisplayNames", "FileAses", "GivenNames", "Surnames"] {
        for v in kid(p, list)
            .into_iter()
            .flat_map(|l| kids(l, "StringAttributedValue"))
        {
            s.add(text(kid(v, "Value")));
            attributions(s, v);
        }
    }
    for list in ["BusinessPhoneNumbers", "HomePhones", "MobilePhones"] {
        for v in kid(p, list)
            .into_iter()
            .flat_map(|l| kids(l, "PhoneNumberAttributedValue"))
        {
            let value = kid(v, "Value");
            s.add(text(value.and_then(|v| kid(v, "Number"))));
            s.add(text(value.and_then(|v| kid(v, "Type"))));
        }
    }
    for v in kid(p, "Emails1")
        .into_iter()
        .flat_map(|l| kids(l, "EmailAddressAttributedValue"))
    {
        s.opt(opt_text(
            kid(v, "Value").and_then(|v| kid(v, "EmailAddress")),
        ));
        attributions(s, v);
    }
    for v in kid(p, "ImAddresses")
        .into_iter()
        .flat_map(|l| kids(l, "StringAttributedValue"))
    {
        s.add(text(kid(v, "Value")));
    }
}

fn attributions(s: &mut Summary, v: Node<'_, '_>) {
    for a in kid(v, "Attributions")
        .into_iter()
        .flat_map(|a| kids(a, "Attribution"))
    {
        s.add(text(Some(a)));
    }
}

fn request(s: &mut Summary, op: Node<'_, '_>) {
    let name = op.tag_name().name();
    s.add(name);
    let id =
        |s: &mut Summary, element: &str| s.opt(kid(op, element).and_then(|i| i.attribute("Id")));
    match name {
        "AddNewImContactToGroup" => {
            s.add(text(kid(op, "ImAddress")));
            s.opt(opt_text(kid(op, "DisplayName")));
            id(s, "GroupId");
        }
        "AddNewTelUriContactToGroup" => {
            s.add(text(kid(op, "TelUriAddress")));
            s.add(text(kid(op, "ImContactSipUriAddress")));
            s.add(text(kid(op, "ImTelephoneNumber")));
            id(s, "GroupId");
        }
        "AddImContactToGroup" | "RemoveImContactFromGroup" => {
            id(s, "ContactId");
            id(s, "GroupId");
        }
        "AddImGroup" => s.add(text(kid(op, "DisplayName"))),
        "AddDistributionGroupToImList" => {
            s.add(text(kid(op, "SmtpAddress")));
            s.add(text(kid(op, "DisplayName")));
        }
        "GetImItems" => {
            for list in ["ContactIds", "GroupIds"] {
                for i in kid(op, list).into_iter().flat_map(|l| kids(l, "ItemId")) {
                    s.add(i.attribute("Id").unwrap_or(""));
                }
            }
        }
        "RemoveContactFromImList" => id(s, "ContactId"),
        "RemoveDistributionGroupFromImList" | "RemoveImGroup" => id(s, "GroupId"),
        "SetImGroup" => {
            id(s, "GroupId");
            s.add(text(kid(op, "NewDisplayName")));
        }
        "SetImListMigrationCompleted" => s.add(text(kid(op, "ImListMigrationCompleted")).trim()),
        _ => {}
    }
}
