//! Deterministic benchmark inputs, written by our own generator: the
//! AddNewImContactToGroup response (one Persona), GetImItemList responses of
//! about 1 MB and 10 MB, and one request of each of the 13 IM operations.

use std::fmt::Write as _;

const SOAP: &str = "http://schemas.xmlsoap.org/soap/envelope/";
const M: &str = "http://schemas.microsoft.com/exchange/services/2006/messages";
const T: &str = "http://schemas.microsoft.com/exchange/services/2006/types";

/// One benchmark input: a name and one or more documents decoded together.
pub struct Input {
    /// Name used in the table, the ratio lines and `--only`.
    pub name: &'static str,
    /// The documents (one, except for the 13 requests).
    pub docs: Vec<String>,
}

impl Input {
    /// Total size in bytes.
    pub fn bytes(&self) -> usize {
        self.docs.iter().map(String::len).sum()
    }
}

/// The names of the inputs, smallest first.
pub const NAMES: [&str; 4] = [
    "persona_response",
    "requests_13",
    "big_list_1MB",
    "big_list_10MB",
];

/// Every input, smallest first.
pub fn all() -> Vec<Input> {
    NAMES.iter().filter_map(|n| by_name(n)).collect()
}

/// One input, generated alone (so `--only` holds nothing else in memory).
pub fn by_name(name: &str) -> Option<Input> {
    let docs = match name {
        "persona_response" => vec![persona_response()],
        "requests_13" => requests(),
        "big_list_1MB" => vec![item_list(1 << 20, 120)],
        "big_list_10MB" => vec![item_list(10 << 20, 600)],
        _ => return None,
    };
    let name = NAMES.into_iter().find(|n| *n == name)?;
    Some(Input { name, docs })
}

/// A xorshift generator: the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    /// A base64-looking store id of `len` characters, ending in `=`.
    fn id(&mut self, len: usize) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut s = String::with_capacity(len + 1);
        s.push_str("AAMkAGQ1");
        while s.len() < len {
            s.push(char::from(ALPHABET[self.below(64)]));
        }
        s.push('=');
        s
    }
}

/// Given names, already escaped for XML text; some need escaping or are not ASCII.
const GIVEN: &[&str] = &[
    "Anthony",
    "Terence",
    "Zoë",
    "Jürgen",
    "Søren",
    "Aiko",
    "李",
    "María-José",
    "O&apos;Neil",
    "Chloé",
    "Björn",
    "Amélie",
    "Nikolai",
    "Åsa",
    "Dmitrij",
    "Renée",
];
const SURNAME: &[&str] = &[
    "Smith",
    "Adams",
    "Müller",
    "O&apos;Brien",
    "García",
    "Nørgaard",
    "Łukasiewicz",
    "van der Berg",
    "雷",
    "Dupont &amp; Fils",
    "Okafor",
    "Yılmaz",
    "Ångström",
    "Ng",
];
const TAGS: &[&str] = &[
    "",
    " &lt;VIP&gt;",
    " (&quot;Tony&quot;)",
    " &amp; Co",
    "",
    "",
];
const GROUP_TYPES: &[&str] = &[
    "IPM.DistList.MOC.UserGroup",
    "IPM.DistList.MOC.Favorites",
    "IPM.DistList.MOC.OtherContacts",
    "IPM.DistList.MOC.Tagged",
];

fn envelope_start(out: &mut String) {
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<s:Envelope xmlns:s=\"{SOAP}\">\n  <s:Header>\n    <h:ServerVersionInfo MajorVersion=\"15\" MinorVersion=\"0\" MajorBuildNumber=\"349\" MinorBuildNumber=\"0\" Version=\"Exchange2013\" xmlns=\"{T}\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:h=\"{T}\" />\n  </s:Header>\n  <s:Body xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\n"
    );
}

fn envelope_end(out: &mut String) {
    out.push_str("  </s:Body>\n</s:Envelope>\n");
}

/// The AddNewImContactToGroup response: a single Persona, as documented.
pub fn persona_response() -> String {
    let mut out = String::new();
    envelope_start(&mut out);
    let _ = writeln!(
        out,
        "    <AddNewImContactToGroupResponse ResponseClass=\"Success\" xmlns=\"{M}\">\n      <ResponseCode>NoError</ResponseCode>"
    );
    let mut rng = Rng(0x5EED_0001);
    persona(&mut out, &mut rng, 0, true);
    out.push_str("    </AddNewImContactToGroupResponse>\n");
    envelope_end(&mut out);
    out
}

/// A GetImItemList response of at least `target` bytes with `groups` groups and
/// as many Personas as it takes.
pub fn item_list(target: usize, groups: usize) -> String {
    let mut out = String::with_capacity(target + 8192);
    let mut rng = Rng(0x5EED_0000 + target as u64);
    envelope_start(&mut out);
    let _ = writeln!(
        out,
        "    <GetImItemListResponse ResponseClass=\"Success\" xmlns=\"{M}\">\n      <ResponseCode>NoError</ResponseCode>\n      <ImItemList>\n        <Groups xmlns=\"{T}\">"
    );
    for g in 0..groups {
        let _ = writeln!(
            out,
            "          <ImGroup>\n            <DisplayName>Group {g} {}{}</DisplayName>\n            <GroupType>{}</GroupType>\n            <ExchangeStoreId Id=\"{}\" ChangeKey=\"EgAAAA==\" />",
            rng.pick(SURNAME),
            rng.pick(TAGS),
            rng.pick(GROUP_TYPES),
            rng.id(36)
        );
        let members = rng.below(6);
        if members > 0 {
            out.push_str("            <MemberCorrelationKey>\n");
            for _ in 0..members {
                let _ = writeln!(
                    out,
                    "              <ItemId Id=\"{}\" ChangeKey=\"EQAAAA==\" />",
                    rng.id(44)
                );
            }
            out.push_str("            </MemberCorrelationKey>\n");
        }
        out.push_str("          </ImGroup>\n");
    }
    let _ = writeln!(out, "        </Groups>\n        <Personas xmlns=\"{T}\">");
    let tail = "        </Personas>\n      </ImItemList>\n    </GetImItemListResponse>\n  </s:Body>\n</s:Envelope>\n";
    let mut n = 0;
    while out.len() + tail.len() < target {
        persona(&mut out, &mut rng, n, false);
        n += 1;
    }
    out.push_str(tail);
    out
}

/// One Persona with attributions, email addresses, attributed values and phones.
/// `declare` puts `xmlns` on each child (as the single-Persona response does).
fn persona(out: &mut String, rng: &mut Rng, n: usize, declare: bool) {
    let xmlns = if declare {
        format!(" xmlns=\"{T}\"")
    } else {
        String::new()
    };
    let given = rng.pick(GIVEN);
    let surname = rng.pick(SURNAME);
    let tag = rng.pick(TAGS);
    let display = format!("{given} {surname}{tag}");
    let mail = format!("user{n}@contoso.com");
    let i = "        ";
    out.push_str("      <Persona>\n");
    let _ = writeln!(out, "{i}<PersonaId Id=\"{}\"{xmlns} />", rng.id(60));
    let _ = writeln!(out, "{i}<PersonaType{xmlns}>Person</PersonaType>");
    let _ = writeln!(
        out,
        "{i}<CreationTime{xmlns}>2012-01-{:02}T{:02}:06:58Z</CreationTime>",
        1 + rng.below(28),
        rng.below(24)
    );
    let _ = writeln!(out, "{i}<DisplayName{xmlns}>{display}</DisplayName>");
    let _ = writeln!(
        out,
        "{i}<DisplayNameFirstLast{xmlns}>{display}</DisplayNameFirstLast>"
    );
    let _ = writeln!(
        out,
        "{i}<DisplayNameLastFirst{xmlns}>{surname} {given}</DisplayNameLastFirst>"
    );
    let _ = writeln!(out, "{i}<FileAs{xmlns}>{surname}, {given}</FileAs>");
    let _ = writeln!(out, "{i}<FileAsId{xmlns}>LastCommaFirst</FileAsId>");
    let _ = writeln!(out, "{i}<GivenName{xmlns}>{given}</GivenName>");
    let _ = writeln!(out, "{i}<Surname{xmlns}>{surname}</Surname>");
    let email = |out: &mut String, indent: &str, element: &str| {
        let _ = writeln!(
            out,
            "{indent}<{element}>\n{indent}  <Name>{display}</Name>\n{indent}  <EmailAddress>{mail}</EmailAddress>\n{indent}  <RoutingType>SMTP</RoutingType>\n{indent}</{element}>"
        );
    };
    let _ = writeln!(out, "{i}<EmailAddress{xmlns}>\n{i}  <Name>{display}</Name>\n{i}  <EmailAddress>{mail}</EmailAddress>\n{i}  <RoutingType>SMTP</RoutingType>\n{i}</EmailAddress>");
    let _ = writeln!(out, "{i}<EmailAddresses{xmlns}>");
    email(out, "          ", "Address");
    let _ = writeln!(out, "{i}</EmailAddresses>");
    let _ = writeln!(out, "{i}<ImAddress{xmlns}>sip:{mail}</ImAddress>");
    let _ = writeln!(
        out,
        "{i}<RelevanceScore{xmlns}>{}</RelevanceScore>",
        rng.below(1 << 31)
    );
    let sources = 1 + rng.below(2);
    let _ = writeln!(out, "{i}<Attributions{xmlns}>");
    for s in 0..sources {
        let _ = writeln!(
            out,
            "{i}  <Attribution>\n{i}    <Id>{s}</Id>\n{i}    <SourceId Id=\"{}\" ChangeKey=\"EQAAABYAAABtF8oI7iVOQatt/bhQoTbWAAAAAAyg\" />\n{i}    <DisplayName>{}</DisplayName>\n{i}    <IsWritable>true</IsWritable>\n{i}    <IsQuickContact>{}</IsQuickContact>\n{i}    <IsHidden>false</IsHidden>\n{i}    <FolderId Id=\"{}\" ChangeKey=\"AQAAAA==\" />\n{i}  </Attribution>",
            rng.id(52),
            if s == 0 { "Outlook" } else { "Skype &amp; Lync" },
            s == 1,
            rng.id(52),
        );
    }
    let _ = writeln!(out, "{i}</Attributions>");
    let attributed = |out: &mut String, rng: &mut Rng, element: &str, values: &[String]| {
        let _ = writeln!(out, "{i}<{element}{xmlns}>");
        for v in values {
            let _ = writeln!(
                out,
                "{i}  <StringAttributedValue>\n{i}    <Value>{v}</Value>\n{i}    <Attributions>\n{i}      <Attribution>{}</Attribution>\n{i}    </Attributions>\n{i}  </StringAttributedValue>",
                rng.below(sources)
            );
        }
        let _ = writeln!(out, "{i}</{element}>");
    };
    let mut names = vec![display.clone()];
    if sources > 1 {
        names.push(format!("{given} {}", rng.pick(SURNAME)));
    }
    attributed(out, rng, "DisplayNames", &names);
    attributed(out, rng, "FileAses", &[format!("{surname}, {given}")]);
    attributed(out, rng, "GivenNames", &[given.to_owned()]);
    attributed(out, rng, "Surnames", &[surname.to_owned()]);
    for (element, kind) in [
        ("BusinessPhoneNumbers", "Business"),
        ("HomePhones", "Home"),
        ("MobilePhones", "Mobile"),
    ] {
        if rng.below(3) == 0 && !declare {
            continue;
        }
        let _ = writeln!(
            out,
            "{i}<{element}{xmlns}>\n{i}  <PhoneNumberAttributedValue>\n{i}    <Value>\n{i}      <Number>+1 425-555-{:04}</Number>\n{i}      <Type>{kind}</Type>\n{i}    </Value>\n{i}    <Attributions>\n{i}      <Attribution>0</Attribution>\n{i}    </Attributions>\n{i}  </PhoneNumberAttributedValue>\n{i}</{element}>",
            rng.below(10_000)
        );
    }
    let _ = writeln!(
        out,
        "{i}<Emails1{xmlns}>\n{i}  <EmailAddressAttributedValue>"
    );
    email(out, "            ", "Value");
    let _ = writeln!(out, "{i}    <Attributions>");
    for s in 0..sources {
        let _ = writeln!(out, "{i}      <Attribution>{s}</Attribution>");
    }
    let _ = writeln!(
        out,
        "{i}    </Attributions>\n{i}  </EmailAddressAttributedValue>\n{i}</Emails1>"
    );
    attributed(out, rng, "ImAddresses", &[format!("sip:{mail}")]);
    out.push_str("      </Persona>\n");
}

/// One request of each of the 13 IM operations, each in its own envelope.
pub fn requests() -> Vec<String> {
    let mut rng = Rng(0x5EED_0013);
    let id = |rng: &mut Rng, element: &str| {
        format!(
            "<m:{element} Id=\"{}\" ChangeKey=\"EgAAAA==\"/>",
            rng.id(40)
        )
    };
    let bodies = vec![
        format!(
            "<m:AddNewImContactToGroup><m:ImAddress>sip:tsmith@contoso.com</m:ImAddress><m:DisplayName>Tony Smith &amp; Zoë</m:DisplayName>{}</m:AddNewImContactToGroup>",
            id(&mut rng, "GroupId")
        ),
        format!(
            "<m:AddNewTelUriContactToGroup><m:TelUriAddress>tel:5625550100</m:TelUriAddress><m:ImContactSipUriAddress>sip:john@contoso.com</m:ImContactSipUriAddress><m:ImTelephoneNumber>5625550100</m:ImTelephoneNumber>{}</m:AddNewTelUriContactToGroup>",
            id(&mut rng, "GroupId")
        ),
        format!(
            "<m:AddImContactToGroup>{}{}</m:AddImContactToGroup>",
            id(&mut rng, "ContactId"),
            id(&mut rng, "GroupId")
        ),
        format!(
            "<m:RemoveImContactFromGroup>{}{}</m:RemoveImContactFromGroup>",
            id(&mut rng, "ContactId"),
            id(&mut rng, "GroupId")
        ),
        "<m:AddImGroup><m:DisplayName>Friends &lt;&amp;&gt; “Family”</m:DisplayName></m:AddImGroup>".to_owned(),
        "<m:AddDistributionGroupToImList><m:SmtpAddress>team@contoso.com</m:SmtpAddress><m:DisplayName>Team Ø</m:DisplayName></m:AddDistributionGroupToImList>".to_owned(),
        "<m:GetImItemList/>".to_owned(),
        format!(
            "<m:GetImItems><m:ContactIds><t:ItemId Id=\"{}\" ChangeKey=\"EQAAAA==\"/><t:ItemId Id=\"{}\" ChangeKey=\"EQAAAA==\"/></m:ContactIds><m:GroupIds><t:ItemId Id=\"{}\" ChangeKey=\"EgAAAA==\"/></m:GroupIds></m:GetImItems>",
            rng.id(40),
            rng.id(40),
            rng.id(40)
        ),
        format!(
            "<m:RemoveContactFromImList>{}</m:RemoveContactFromImList>",
            id(&mut rng, "ContactId")
        ),
        format!(
            "<m:RemoveDistributionGroupFromImList>{}</m:RemoveDistributionGroupFromImList>",
            id(&mut rng, "GroupId")
        ),
        format!(
            "<m:RemoveImGroup>{}</m:RemoveImGroup>",
            id(&mut rng, "GroupId")
        ),
        format!(
            "<m:SetImGroup>{}<m:NewDisplayName>My &quot;new&quot; group</m:NewDisplayName></m:SetImGroup>",
            id(&mut rng, "GroupId")
        ),
        "<m:SetImListMigrationCompleted><m:ImListMigrationCompleted>true</m:ImListMigrationCompleted></m:SetImListMigrationCompleted>".to_owned(),
    ];
    bodies
        .into_iter()
        .map(|body| {
            format!(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<soap:Envelope xmlns:soap=\"{SOAP}\" xmlns:m=\"{M}\" xmlns:t=\"{T}\">\n  <soap:Header>\n    <t:RequestServerVersion Version=\"Exchange2013\"/>\n  </soap:Header>\n  <soap:Body>\n    {body}\n  </soap:Body>\n</soap:Envelope>\n"
            )
        })
        .collect()
}
