//! Re-encoded documents validate against Microsoft's schemas
//! (`../shared/ews-schemas`), checked with `xmllint`.
//!
//! Every documented request that decodes is re-encoded (`rt::encode_envelope`),
//! and its Body child and each Header child are validated as standalone
//! documents. The responses are validated the same way: all are valid except the
//! two that `../shared/ews-examples/INDEX.md` marks INVALID, whose unknown
//! elements are kept (and so written back) by nature. The two SOAP faults are not
//! validated: no schema for the SOAP envelope or the EWS errors namespace is given.
//!
//! Each part is written by a fresh `Writer::new()` (which declares the `soap`,
//! `m` and `t` prefixes on its root), and is checked to be exactly the element
//! the envelope holds, apart from those declarations.
//!
//! libxml2 ignores an `xs:import` without `schemaLocation`, so types.xsd's import
//! of the XML namespace (for `xml:lang`) is satisfied by a driver schema written
//! at test time that imports our tests/xsd/xml.xsd first, then messages.xsd.
//!
//! Without xmllint the tests print `skipped: xmllint not installed`, except under
//! `CI=true`, where they fail (install libxml2-utils).

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use ews_im::rt::{self, AnyElement, Body as _, Writer};
use ews_im::{Header, Message};
use support::{Env, Examples, Seeds};

const TYPES: &str = rt::ns::TYPES;

/// The example that does not decode (it lacks the required m:DisplayName).
const MISSING_DISPLAY_NAME: &str = "AddDistributionGroupToImList/request.xml";
/// The examples whose body is a SOAP Fault.
const FAULTS: [&str; 2] = ["AddImGroup/error.xml", "GetImItemList/error.xml"];
/// Responses that break the schema; their re-encoded bodies must fail validation.
const INVALID_RESPONSES: [&str; 2] = [
    "AddNewImContactToGroup/response.xml",
    "GetImItemList/response.xml",
];
/// The seed page that holds the same response as AddNewImContactToGroup/response.xml.
const SEED_INVALID_RESPONSE: &str = "seed 003_1a82174565ef265d.txt #1";

// ---------------------------------------------------------------------------
// xmllint

/// Whether xmllint can run; if not, skips (prints why) or, under CI=true, fails.
fn xmllint_available() -> bool {
    if Command::new("xmllint").arg("--version").output().is_ok() {
        return true;
    }
    let ci = std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1");
    if ci {
        panic!("xmllint is not installed; CI=true requires these tests: install libxml2-utils (apt-get install -y libxml2-utils)");
    }
    println!("skipped: xmllint not installed");
    false
}

/// One element to validate as a standalone document.
struct Part {
    /// e.g. `AddImGroup/request.xml Body/AddImGroup`.
    label: String,
    xml: String,
}

/// xmllint's verdict on a part.
struct Verdict {
    valid: bool,
    /// xmllint's stderr (the validity errors when invalid).
    output: String,
}

/// Validates files with xmllint against a driver schema in a temporary folder.
struct Validator {
    dir: PathBuf,
    driver: PathBuf,
}

impl Validator {
    /// Writes the driver schema importing xml.xsd and `schemas/messages.xsd`.
    fn new(tag: &str, schemas: &Path) -> Self {
        let dir = std::env::temp_dir().join(format!("ews-im-xmllint-{}-{tag}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        let absolute = |p: PathBuf| {
            p.canonicalize()
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
                .to_string_lossy()
                .replace('&', "&amp;")
                .replace('"', "&quot;")
                .replace('<', "&lt;")
        };
        let xml_xsd = absolute(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/xsd/xml.xsd"));
        let messages = absolute(schemas.join("messages.xsd"));
        let driver = dir.join("driver.xsd");
        let text = format!(
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\
             <xs:import namespace=\"http://www.w3.org/XML/1998/namespace\" schemaLocation=\"{xml_xsd}\"/>\
             <xs:import namespace=\"http://schemas.microsoft.com/exchange/services/2006/messages\" schemaLocation=\"{messages}\"/>\
             </xs:schema>\n"
        );
        std::fs::write(&driver, text).expect("write driver.xsd");
        Validator { dir, driver }
    }

    /// Validates every part (in parallel), in order.
    fn check(&self, parts: &[Part]) -> Vec<Verdict> {
        let threads = std::thread::available_parallelism()
            .map_or(2, |n| n.get())
            .clamp(1, 8);
        let chunk = parts.len().div_ceil(threads).max(1);
        std::thread::scope(|s| {
            let handles: Vec<_> = parts
                .chunks(chunk)
                .enumerate()
                .map(|(c, group)| {
                    s.spawn(move || {
                        group
                            .iter()
                            .enumerate()
                            .map(|(i, part)| self.check_one(c * chunk + i, part))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("validator thread"))
                .collect()
        })
    }

    fn check_one(&self, index: usize, part: &Part) -> Verdict {
        let name: String = part
            .label
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let file = self.dir.join(format!("{index:03}-{name}.xml"));
        std::fs::write(&file, &part.xml).expect("write part");
        let out = Command::new("xmllint")
            .args(["--nonet", "--noout", "--schema"])
            .arg(&self.driver)
            .arg(&file)
            .output()
            .expect("run xmllint");
        let output = String::from_utf8_lossy(&out.stderr).into_owned();
        match out.status.code() {
            Some(0) => Verdict {
                valid: true,
                output,
            },
            // 3: the document does not validate.
            Some(3) => Verdict {
                valid: false,
                output,
            },
            // Anything else (schema does not compile, file unreadable) is the harness's fault.
            code => panic!("{}: xmllint failed ({code:?}):\n{output}", part.label),
        }
    }
}

impl Drop for Validator {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

// ---------------------------------------------------------------------------
// Parts of a re-encoded envelope

/// `value` written as the root `name` of a fresh document.
fn standalone<E: rt::Encode>(value: &E, name: rt::Name) -> String {
    let mut w = Writer::new();
    value
        .encode(&mut w, name)
        .unwrap_or_else(|e| panic!("encode {}: {e}", name.local()));
    w.into_string()
}

fn standalone_any(element: &AnyElement) -> String {
    let mut w = Writer::new();
    w.any(element)
        .unwrap_or_else(|e| panic!("encode {}: {e}", element.name));
    w.into_string()
}

/// What the part looks like inside the envelope: no XML declaration, no
/// declarations of the fixed prefixes (the envelope's root has them).
fn as_inside_envelope(part: &str) -> String {
    let mut s = part.trim_start();
    if s.starts_with("<?xml") {
        s = s.split_once("?>").map_or(s, |(_, rest)| rest).trim_start();
    }
    let mut s = s.to_owned();
    for (prefix, uri) in [
        ("soap", rt::ns::SOAP),
        ("m", rt::ns::MESSAGES),
        ("t", rt::ns::TYPES),
    ] {
        s = s.replacen(&format!(" xmlns:{prefix}=\"{uri}\""), "", 1);
    }
    s
}

/// The Header children and the Body child of the re-encoded `env`, each as a
/// standalone document (the Body child is left out for a Fault).
fn re_encoded_parts(label: &str, env: &Env) -> (Vec<Part>, Option<Part>) {
    let envelope = rt::encode_envelope(env).unwrap_or_else(|e| panic!("{label}: encode: {e}"));
    let mut headers = Vec::new();
    let add = |name: &str, xml: String, into: &mut Vec<Part>| {
        let inner = as_inside_envelope(&xml);
        assert!(
            envelope.contains(&inner),
            "{label}: {name} written alone is not the element the envelope holds\nalone: {inner}\nenvelope: {envelope}"
        );
        into.push(Part {
            label: format!("{label} {name}"),
            xml,
        });
    };
    if let Some(h) = env.header.as_deref() {
        // Exhaustive on purpose: a new header field must be validated too.
        let Header {
            exchange_impersonation,
            mailbox_culture,
            request_server_version,
            server_version_info,
            time_zone_context,
            extra,
        } = h;
        if let Some(v) = exchange_impersonation {
            add(
                "Header/ExchangeImpersonation",
                standalone(v, rt::name!(TYPES, "ExchangeImpersonation")),
                &mut headers,
            );
        }
        if let Some(v) = mailbox_culture {
            add(
                "Header/MailboxCulture",
                standalone(v, rt::name!(TYPES, "MailboxCulture")),
                &mut headers,
            );
        }
        if let Some(v) = request_server_version {
            add(
                "Header/RequestServerVersion",
                standalone(v, rt::name!(TYPES, "RequestServerVersion")),
                &mut headers,
            );
        }
        if let Some(v) = server_version_info {
            add(
                "Header/ServerVersionInfo",
                standalone(v, rt::name!(TYPES, "ServerVersionInfo")),
                &mut headers,
            );
        }
        if let Some(v) = time_zone_context {
            add(
                "Header/TimeZoneContext",
                standalone(v, rt::name!(TYPES, "TimeZoneContext")),
                &mut headers,
            );
        }
        for e in extra.elements() {
            add(
                &format!("Header/{}", e.name.local),
                standalone_any(e),
                &mut headers,
            );
        }
    }
    let body = match &env.body {
        Message::Fault(_) => None,
        message => {
            let mut w = Writer::new();
            message
                .encode_body(&mut w)
                .unwrap_or_else(|e| panic!("{label}: encode body: {e}"));
            let xml = w.into_string();
            let mut one = Vec::new();
            add("Body", xml, &mut one);
            one.pop()
        }
    };
    (headers, body)
}

fn decode(label: &str, xml: &str) -> Env {
    ews_im::decode_any(xml).unwrap_or_else(|e| panic!("{label}: decode failed: {e}"))
}

/// The documents to check: (label, text) of examples whose name passes `keep`,
/// and of seed blocks whose index (0 request, 1 response, 2 error) passes `keep_seed`.
fn documents(
    ex: &Examples,
    seeds: Option<&Seeds>,
    keep: impl Fn(&str) -> bool,
    keep_seed: impl Fn(usize) -> bool,
) -> Vec<(String, String)> {
    let mut docs: Vec<(String, String)> = ex
        .files()
        .into_iter()
        .filter(|rel| keep(rel))
        .map(|rel| {
            let text = ex.text(&rel);
            (rel, text)
        })
        .collect();
    if let Some(seeds) = seeds {
        for page in ["000_0e1a02a3ce83b7cf.txt", "003_1a82174565ef265d.txt"] {
            for (i, block) in seeds.blocks(page).into_iter().enumerate() {
                if keep_seed(i) {
                    docs.push((format!("seed {page} #{i}"), block));
                }
            }
        }
    }
    docs
}

fn is_request(rel: &str) -> bool {
    rel.ends_with("/request.xml")
}

/// Validates the parts and returns (label, verdict) pairs; fails listing every
/// part whose verdict is not the expected one.
fn validate(
    validator: &Validator,
    parts: Vec<Part>,
    expect_invalid: impl Fn(&str) -> bool,
) -> Vec<(String, Verdict)> {
    let verdicts = validator.check(&parts);
    let mut wrong = Vec::new();
    for (part, verdict) in parts.iter().zip(&verdicts) {
        let expected_valid = !expect_invalid(&part.label);
        if verdict.valid != expected_valid {
            let what = if expected_valid {
                "should be valid"
            } else {
                "should be INVALID"
            };
            wrong.push(format!(
                "{}: {what}\n{}\n{}",
                part.label,
                verdict.output.trim_end(),
                part.xml
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} part(s) with the wrong verdict:\n\n{}",
        wrong.len(),
        wrong.join("\n\n")
    );
    parts.into_iter().map(|p| p.label).zip(verdicts).collect()
}

// ---------------------------------------------------------------------------
// Tests

#[test]
fn index_lists_the_invalid_examples_and_the_faults() {
    let Some(ex) = Examples::find() else { return };
    let index = support::read(&ex.dir.join("INDEX.md"));
    let mut invalid = BTreeSet::new();
    let mut faults = BTreeSet::new();
    for line in index
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains(".xml |"))
    {
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
        let (file, note) = (cells[0], cells[cells.len() - 1]);
        if note.starts_with("INVALID") {
            invalid.insert(file.to_owned());
        }
        if note.contains("SOAP Fault") {
            faults.insert(file.to_owned());
        }
    }
    let expected_invalid: BTreeSet<String> = INVALID_RESPONSES
        .iter()
        .chain([&MISSING_DISPLAY_NAME])
        .map(|s| s.to_string())
        .collect();
    assert_eq!(invalid, expected_invalid);
    assert_eq!(
        faults,
        FAULTS
            .iter()
            .map(|s| s.to_string())
            .collect::<BTreeSet<_>>()
    );
}

#[test]
fn re_encoded_requests_are_schema_valid() {
    let Some(ex) = Examples::find() else { return };
    let Some(schemas) = support::shared_subdir("ews-schemas") else {
        return;
    };
    if !xmllint_available() {
        return;
    }
    let seeds = Seeds::find();
    let docs = documents(&ex, seeds.as_ref(), is_request, |i| i == 0);
    let mut parts = Vec::new();
    let mut decoded = 0;
    for (label, text) in &docs {
        if label == MISSING_DISPLAY_NAME {
            // Not decodable, so not re-encoded (see the original_documents test).
            assert!(ews_im::decode_any(text).is_err(), "{label} must not decode");
            continue;
        }
        let env = decode(label, text);
        let (headers, body) = re_encoded_parts(label, &env);
        assert!(!headers.is_empty(), "{label}: a request has header blocks");
        parts.extend(headers);
        parts.push(body.unwrap_or_else(|| panic!("{label}: a request body")));
        decoded += 1;
    }
    assert_eq!(
        decoded,
        11 + if seeds.is_some() { 2 } else { 0 },
        "requests decoded"
    );
    let verdicts = validate(&Validator::new("requests", &schemas), parts, |_| false);
    // Every header block the examples send was validated, TimeZoneContext included.
    for name in ["RequestServerVersion", "MailboxCulture", "TimeZoneContext"] {
        assert!(
            verdicts
                .iter()
                .any(|(l, _)| l.ends_with(&format!("Header/{name}"))),
            "{name}"
        );
    }
}

#[test]
fn re_encoded_responses_are_schema_valid_except_the_two_invalid_examples() {
    let Some(ex) = Examples::find() else { return };
    let Some(schemas) = support::shared_subdir("ews-schemas") else {
        return;
    };
    if !xmllint_available() {
        return;
    }
    let seeds = Seeds::find();
    let docs = documents(&ex, seeds.as_ref(), |rel| !is_request(rel), |i| i > 0);
    let mut parts = Vec::new();
    let mut faults = Vec::new();
    for (label, text) in &docs {
        let env = decode(label, text);
        let (headers, body) = re_encoded_parts(label, &env);
        parts.extend(headers);
        match body {
            Some(body) => parts.push(body),
            None => faults.push(label.clone()),
        }
    }
    let mut expected_faults: Vec<String> = FAULTS.iter().map(|s| s.to_string()).collect();
    if seeds.is_some() {
        expected_faults.push("seed 000_0e1a02a3ce83b7cf.txt #2".into());
    }
    assert_eq!(faults, expected_faults, "faults (not validated)");

    let invalid_body = |label: &str| {
        INVALID_RESPONSES
            .iter()
            .chain([&SEED_INVALID_RESPONSE])
            .any(|doc| label == format!("{doc} Body"))
    };
    let verdicts = validate(&Validator::new("responses", &schemas), parts, invalid_body);
    // They fail for the documented reasons.
    let output = |doc: &str| {
        let label = format!("{doc} Body");
        let (_, v) = verdicts
            .iter()
            .find(|(l, _)| *l == label)
            .unwrap_or_else(|| panic!("{label} validated"));
        v.output.clone()
    };
    for doc in [INVALID_RESPONSES[0], SEED_INVALID_RESPONSE] {
        // Persona/EmailAddress has <Address> (kept in extra, written back).
        let out = output(doc);
        assert!(
            out.contains(&format!("{{{TYPES}}}Address'")) && out.contains("not expected"),
            "{doc}:\n{out}"
        );
    }
    // Persona/EmailAddresses holds <EmailAddress> where the schema has <Address>.
    let out = output(INVALID_RESPONSES[1]);
    assert!(
        out.contains(&format!("{{{TYPES}}}EmailAddress'")) && out.contains("not expected"),
        "{out}"
    );
}

/// The original documents, taken apart without the generated types (header and
/// body kept as `AnyElement`), get the verdicts INDEX.md gives them; so the
/// harness above agrees with the documentation, and re-encoding with the
/// generated types changes no verdict.
#[test]
fn original_documents_match_the_index_verdicts() {
    let Some(ex) = Examples::find() else { return };
    let Some(schemas) = support::shared_subdir("ews-schemas") else {
        return;
    };
    if !xmllint_available() {
        return;
    }
    let mut parts = Vec::new();
    for rel in ex.files() {
        if FAULTS.contains(&rel.as_str()) {
            continue;
        }
        let text = ex.text(&rel);
        let env: rt::Envelope<AnyElement, AnyElement> =
            rt::decode_envelope(&text).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let header = env.header.unwrap_or_else(|| panic!("{rel}: a soap:Header"));
        for e in header.elements() {
            parts.push(Part {
                label: format!("{rel} Header/{}", e.name.local),
                xml: standalone_any(e),
            });
        }
        parts.push(Part {
            label: format!("{rel} Body"),
            xml: standalone_any(&env.body),
        });
    }
    let invalid = |label: &str| {
        INVALID_RESPONSES
            .iter()
            .chain([&MISSING_DISPLAY_NAME])
            .any(|doc| label == format!("{doc} Body"))
    };
    let verdicts = validate(&Validator::new("originals", &schemas), parts, invalid);
    let (_, missing) = verdicts
        .iter()
        .find(|(l, _)| *l == format!("{MISSING_DISPLAY_NAME} Body"))
        .expect("validated");
    assert!(missing.output.contains("DisplayName"), "{}", missing.output);
}
