//! The program of the throwaway whole-schema crate: `tests/whole_schema.rs`
//! writes this file as its `src/main.rs`, next to the bindings generated from
//! Microsoft's unedited schema (its library, `ews_whole_schema`).
//!
//! Usage: `ews-whole-schema ENVELOPES_DIR OUT_DIR`. For every `*.xml` envelope in
//! `ENVELOPES_DIR` (sorted by name) it
//! 1. decodes it with `decode_any`,
//! 2. checks real values in it by matching on the generated types (one check
//!    function per envelope; an envelope without one is a failure),
//! 3. re-encodes it with `rt::encode_envelope`, decodes that again and compares
//!    (equal values), and encodes once more (same bytes),
//! 4. writes the re-encoded envelope and, as standalone documents for xmllint,
//!    each re-encoded header block and the body's element to
//!    `OUT_DIR/<envelope stem>/re-encoded/`.
//!
//! Before all that, and without the generated types (header and body read as
//! `rt::AnyElement`), it writes the original header blocks and body element to
//! `OUT_DIR/<envelope stem>/original/`, so the test can show that every
//! envelope is schema-valid as written, even one the bindings fail on.
//!
//! It prints one record per envelope, `ok FILE` or `FAIL FILE: problem` (further
//! lines of a problem are indented), then `done N`. It exits 0 when it got that
//! far; the test decides what the failures mean.

use std::fmt::Debug;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use ews_runtime as rt;
use ews_whole_schema::*;
use rt::Body as _;

type Env = rt::Envelope<Header, Message>;
type Check = Result<(), String>;

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [envelopes, out] = args.as_slice() else {
        eprintln!("usage: ews-whole-schema ENVELOPES_DIR OUT_DIR");
        std::process::exit(2);
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(envelopes)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", envelopes.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .collect();
    files.sort();
    // Panics become failures of their envelope; keep their messages off stderr.
    std::panic::set_hook(Box::new(|_| {}));
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let result =
            catch_unwind(AssertUnwindSafe(|| process(file, &name, out))).unwrap_or_else(|panic| {
                let text = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                Err(format!("panicked: {text}"))
            });
        match result {
            Ok(()) => println!("ok {name}"),
            Err(problem) => println!("FAIL {name}: {}", problem.replace('\n', "\n  ")),
        }
    }
    println!("done {}", files.len());
}

/// Decode, check, round-trip and write the parts of one envelope.
fn process(file: &Path, name: &str, out: &Path) -> Check {
    let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read: {e}"))?;
    let dir = out.join(name.trim_end_matches(".xml"));
    let _ = std::fs::remove_dir_all(&dir);
    write_original_parts(&text, &dir.join("original"))?;

    let env = decode_any(&text).map_err(|e| format!("decode failed: {e}"))?;
    check(name, &env)?;

    let encoded = rt::encode_envelope(&env).map_err(|e| format!("encode failed: {e}"))?;
    let dir = dir.join("re-encoded");
    create_dir(&dir)?;
    write(&dir.join("envelope.xml"), &encoded)?;
    let again = decode_any(&encoded)
        .map_err(|e| format!("the re-encoded envelope does not decode: {e}\n{encoded}"))?;
    if again != env {
        return Err(format!(
            "decode(encode(decode(x))) differs from decode(x)\nfirst:  {env:?}\nsecond: {again:?}"
        ));
    }
    let twice = rt::encode_envelope(&again).map_err(|e| format!("second encode failed: {e}"))?;
    if twice != encoded {
        return Err(format!(
            "encoding is not stable\nfirst:\n{encoded}\nsecond:\n{twice}"
        ));
    }
    write_parts(&env, &dir)
}

fn create_dir(dir: &Path) -> Check {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))
}

/// The envelope's header blocks and body element as written, each a standalone
/// document, read without the generated types.
fn write_original_parts(text: &str, dir: &Path) -> Check {
    create_dir(dir)?;
    let env: rt::Envelope<rt::AnyElement, rt::AnyElement> =
        rt::decode_envelope(text).map_err(|e| format!("not a SOAP envelope: {e}"))?;
    let standalone = |e: &rt::AnyElement| {
        let mut w = rt::Writer::new();
        w.any(e)
            .map_err(|err| format!("encode {}: {err}", e.name.local))?;
        Ok::<_, String>(w.into_string())
    };
    if let Some(header) = &env.header {
        for block in header.elements() {
            let file = dir.join(format!("Header-{}.xml", block.name.local));
            write(&file, &standalone(block)?)?;
        }
    }
    let file = dir.join(format!("Body-{}.xml", env.body.name.local));
    write(&file, &standalone(&env.body)?)
}

fn write(path: &Path, text: &str) -> Check {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Each header block and the body's element, as standalone documents named
/// `Header-<Name>.xml` and `Body-<Name>.xml`.
fn write_parts(env: &Env, dir: &Path) -> Check {
    fn part<E: rt::Encode>(dir: &Path, value: &Option<E>, name: rt::Name) -> Check {
        let Some(value) = value else { return Ok(()) };
        let local = name.local();
        let mut w = rt::Writer::new();
        value
            .encode(&mut w, name)
            .map_err(|e| format!("encode {local}: {e}"))?;
        write(&dir.join(format!("Header-{local}.xml")), &w.into_string())
    }
    if let Some(header) = env.header.as_deref() {
        // Exhaustive on purpose: a new header field must be written too.
        let Header {
            exchange_impersonation,
            mailbox_culture,
            request_server_version,
            server_version_info,
            time_zone_context,
            management_role,
            date_time_precision,
            extra,
        } = header;
        part(
            dir,
            exchange_impersonation,
            rt::name!(rt::ns::TYPES, "ExchangeImpersonation"),
        )?;
        part(
            dir,
            mailbox_culture,
            rt::name!(rt::ns::TYPES, "MailboxCulture"),
        )?;
        part(
            dir,
            request_server_version,
            rt::name!(rt::ns::TYPES, "RequestServerVersion"),
        )?;
        part(
            dir,
            server_version_info,
            rt::name!(rt::ns::TYPES, "ServerVersionInfo"),
        )?;
        part(
            dir,
            time_zone_context,
            rt::name!(rt::ns::TYPES, "TimeZoneContext"),
        )?;
        part(
            dir,
            management_role,
            rt::name!(rt::ns::TYPES, "ManagementRole"),
        )?;
        part(
            dir,
            date_time_precision,
            rt::name!(rt::ns::TYPES, "DateTimePrecision"),
        )?;
        if let Some(unknown) = extra.elements().first() {
            return Err(format!("unknown header block kept: {}", unknown.name.local));
        }
    }
    if let Message::Fault(_) = env.body {
        return Ok(());
    }
    let mut w = rt::Writer::new();
    env.body
        .encode_body(&mut w)
        .map_err(|e| format!("encode body: {e}"))?;
    let xml = w.into_string();
    let local = element_name(&xml).ok_or("the encoded body has no element")?;
    write(&dir.join(format!("Body-{local}.xml")), &xml)
}

/// The local name of the first element of `xml`.
fn element_name(xml: &str) -> Option<String> {
    let start = xml.match_indices('<').find_map(|(i, _)| {
        let rest = &xml[i + 1..];
        (!rest.starts_with('?') && !rest.starts_with('!')).then_some(rest)
    })?;
    let qname: String = start
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
        .collect();
    Some(qname.rsplit(':').next()?.to_owned())
}

// ---------------------------------------------------------------------------
// Checks of real values

/// Fails with `what: expected …, found …` unless `found == expected`.
fn eq<A: PartialEq<B> + Debug + ?Sized, B: Debug + ?Sized>(
    what: &str,
    found: &A,
    expected: &B,
) -> Check {
    if found == expected {
        Ok(())
    } else {
        Err(format!("{what}: expected {expected:?}, found {found:?}"))
    }
}

/// The value of a required `Option`, or a failure naming it.
fn some<'a, T>(what: &str, value: &'a Option<T>) -> Result<&'a T, String> {
    value.as_ref().ok_or_else(|| format!("{what}: missing"))
}

/// Fails naming `what` and a short Debug of what was found instead.
fn unexpected<T>(what: &str, found: &impl Debug) -> Result<T, String> {
    let mut text = format!("{found:?}");
    if text.len() > 300 {
        let mut cut = 300;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        text.push('…');
    }
    Err(format!("{what}: found {text}"))
}

/// Nothing unknown was kept in `extra` (every element and attribute was recognised).
fn nothing_unknown(what: &str, extra: &rt::Extra) -> Check {
    if extra.is_empty() {
        Ok(())
    } else {
        unexpected(&format!("{what}: unknown content kept"), extra)
    }
}

/// The checks for the envelope named `name`.
fn check(name: &str, env: &Env) -> Check {
    match name {
        "FindItem_request.xml" => find_item_request(env),
        "FindItem_field_comparison_request.xml" => find_item_field_comparison(env),
        "GetItem_request.xml" => get_item_request(env),
        "GetItem_response.xml" => get_item_response(env),
        "GetUserAvailability_request.xml" => get_user_availability_request(env),
        "SyncFolderItems_request.xml" => sync_folder_items_request(env),
        "SyncFolderItems_response.xml" => sync_folder_items_response(env),
        "CreateItem_request.xml" => create_item_request(env),
        "UpdateItem_request.xml" => update_item_request(env),
        "GetUserAvailability_response.xml" => get_user_availability_response(env),
        "GetUserAvailability_nil_mailbox_request.xml" => get_user_availability_nil_mailbox(env),
        "ConvertId_request.xml" => convert_id_request(env),
        "ConvertId_response.xml" => convert_id_response(env),
        _ => Err(
            "no checks for this envelope: add a check function to tests/whole_schema/program.rs"
                .into(),
        ),
    }
}

fn header(env: &Env) -> Result<&Header, String> {
    env.header
        .as_deref()
        .ok_or_else(|| "soap:Header: missing".to_string())
}

fn request_server_version(env: &Env, expected: ExchangeVersionType) -> Check {
    let version = some("RequestServerVersion", &header(env)?.request_server_version)?;
    eq("RequestServerVersion/@Version", &version.version, &expected)
}

fn field_uri(what: &str, path: &PathChoice, expected: UnindexedFieldUriType) -> Check {
    match path {
        PathChoice::FieldUri(p) => eq(&format!("{what} FieldURI"), &p.field_uri, &expected),
        other => unexpected(&format!("{what}: a t:FieldURI"), other),
    }
}

fn constant<'a>(what: &str, operand: &'a FieldUriOrConstantType) -> Result<&'a str, String> {
    match &operand.choice {
        FieldUriOrConstantTypeChoice::Constant(c) => Ok(&c.value),
        other => unexpected(&format!("{what}: a t:Constant"), other),
    }
}

fn find_item_request(env: &Env) -> Check {
    request_server_version(env, ExchangeVersionType::Exchange2013Sp1)?;
    let impersonation = some(
        "ExchangeImpersonation",
        &header(env)?.exchange_impersonation,
    )?;
    match &impersonation.connecting_sid.choice {
        ConnectingSidTypeChoice::PrimarySmtpAddress(a) => eq(
            "ConnectingSID/PrimarySmtpAddress",
            a.value.as_str(),
            "finance.assistant@contoso.example",
        )?,
        other => return unexpected("ConnectingSID: a PrimarySmtpAddress", other),
    }
    let Message::FindItem(find) = &env.body else {
        return unexpected("body: m:FindItem", &env.body);
    };
    nothing_unknown("FindItem", &find.extra)?;
    eq(
        "Traversal",
        &find.traversal,
        &ItemQueryTraversalType::Shallow,
    )?;
    eq(
        "ItemShape/BaseShape",
        &find.item_shape.base_shape,
        &DefaultShapeNamesType::IdOnly,
    )?;
    let props = some(
        "AdditionalProperties",
        &find.item_shape.additional_properties,
    )?;
    eq("AdditionalProperties count", &props.paths.len(), &3)?;
    field_uri(
        "AdditionalProperties[2]",
        &props.paths[2],
        UnindexedFieldUriType::MessageFrom,
    )?;
    match some("paging view", &find.choice)? {
        FindItemTypeChoice::IndexedPageItemView(v) => {
            eq("MaxEntriesReturned", &v.max_entries_returned, &Some(25))?;
            eq("Offset", &v.offset, &50)?;
            eq("BasePoint", &v.base_point, &IndexBasePointType::Beginning)?;
        }
        other => return unexpected("an IndexedPageItemView", other),
    }

    // Restriction: And(IsEqualTo, Contains, IsGreaterThan, Or(IsEqualTo, IsGreaterThanOrEqualTo), Not(Exists)).
    let restriction = some("Restriction", &find.restriction)?;
    let SearchExpressionChoice::And(and) = &restriction.search_expression else {
        return unexpected("Restriction: t:And", &restriction.search_expression);
    };
    eq("And: number of operands", &and.search_expressions.len(), &7)?;
    match &and.search_expressions[0] {
        SearchExpressionChoice::IsEqualTo(e) => {
            field_uri("IsEqualTo", &e.path, UnindexedFieldUriType::MessageIsRead)?;
            eq(
                "IsEqualTo constant",
                constant("IsEqualTo", &e.field_uri_or_constant)?,
                "false",
            )?;
        }
        other => return unexpected("And[0]: t:IsEqualTo", other),
    }
    match &and.search_expressions[1] {
        SearchExpressionChoice::Contains(c) => {
            eq(
                "ContainmentMode",
                &c.containment_mode,
                &Some(ContainmentModeType::Substring),
            )?;
            eq(
                "ContainmentComparison",
                &c.containment_comparison,
                &Some(ContainmentComparisonType::IgnoreCase),
            )?;
            field_uri("Contains", &c.path, UnindexedFieldUriType::ItemSubject)?;
            eq(
                "Contains constant",
                c.constant.value.as_str(),
                "budget 2025",
            )?;
        }
        other => return unexpected("And[1]: t:Contains", other),
    }
    match &and.search_expressions[2] {
        SearchExpressionChoice::IsGreaterThan(e) => {
            field_uri(
                "IsGreaterThan",
                &e.path,
                UnindexedFieldUriType::ItemDateTimeReceived,
            )?;
            eq(
                "IsGreaterThan constant",
                constant("IsGreaterThan", &e.field_uri_or_constant)?,
                "2025-03-01T00:00:00Z",
            )?;
        }
        other => return unexpected("And[2]: t:IsGreaterThan", other),
    }
    match &and.search_expressions[3] {
        SearchExpressionChoice::Or(or) => match or.search_expressions.as_slice() {
            [SearchExpressionChoice::IsEqualTo(a), SearchExpressionChoice::IsGreaterThanOrEqualTo(b)] =>
            {
                field_uri(
                    "Or/IsEqualTo",
                    &a.path,
                    UnindexedFieldUriType::ItemImportance,
                )?;
                eq(
                    "Or/IsEqualTo constant",
                    constant("Or/IsEqualTo", &a.field_uri_or_constant)?,
                    "High",
                )?;
                field_uri(
                    "Or/IsGreaterThanOrEqualTo",
                    &b.path,
                    UnindexedFieldUriType::ItemSize,
                )?;
                eq(
                    "Or/IsGreaterThanOrEqualTo constant",
                    constant("Or/IsGreaterThanOrEqualTo", &b.field_uri_or_constant)?,
                    "1048576",
                )?;
            }
            other => return unexpected("Or: (IsEqualTo, IsGreaterThanOrEqualTo)", &other),
        },
        other => return unexpected("And[3]: t:Or", other),
    }
    match &and.search_expressions[4] {
        SearchExpressionChoice::Excludes(e) => {
            match &e.path {
                PathChoice::ExtendedFieldUri(p) => eq(
                    "Excludes ExtendedFieldURI PropertyTag",
                    &p.property_tag,
                    &Some(PropertyTagType::String("0x0E07".into())),
                )?,
                other => return unexpected("Excludes: a t:ExtendedFieldURI", other),
            }
            eq(
                "Excludes/Bitmask/@Value",
                e.bitmask.value.as_str(),
                "0x00000004",
            )?;
        }
        other => return unexpected("And[4]: t:Excludes", other),
    }
    match &and.search_expressions[5] {
        SearchExpressionChoice::IsNotEqualTo(e) => {
            match &e.path {
                PathChoice::IndexedFieldUri(p) => {
                    eq(
                        "IsNotEqualTo IndexedFieldURI",
                        &p.field_uri,
                        &DictionaryUriType::ItemInternetMessageHeader,
                    )?;
                    eq(
                        "IsNotEqualTo FieldIndex",
                        p.field_index.as_str(),
                        "X-Auto-Response-Suppress",
                    )?;
                }
                other => return unexpected("IsNotEqualTo: a t:IndexedFieldURI", other),
            }
            eq(
                "IsNotEqualTo constant",
                constant("IsNotEqualTo", &e.field_uri_or_constant)?,
                "All",
            )?;
        }
        other => return unexpected("And[5]: t:IsNotEqualTo", other),
    }
    match &and.search_expressions[6] {
        SearchExpressionChoice::Not(not) => match &*not.search_expression {
            SearchExpressionChoice::Exists(exists) => match &exists.path {
                PathChoice::ExtendedFieldUri(p) => {
                    eq(
                        "Exists ExtendedFieldURI PropertyTag",
                        &p.property_tag,
                        &Some(PropertyTagType::String("0x1081".into())),
                    )?;
                    eq(
                        "Exists ExtendedFieldURI PropertyType",
                        &p.property_type,
                        &MapiPropertyTypeType::Integer,
                    )?;
                }
                other => return unexpected("Not/Exists: a t:ExtendedFieldURI", other),
            },
            other => return unexpected("Not: t:Exists", other),
        },
        other => return unexpected("And[6]: t:Not", other),
    }

    let sort = some("SortOrder", &find.sort_order)?;
    match sort.field_order.as_slice() {
        [order] => {
            eq(
                "FieldOrder/@Order",
                &order.order,
                &SortDirectionType::Descending,
            )?;
            field_uri(
                "FieldOrder",
                &order.path,
                UnindexedFieldUriType::ItemDateTimeReceived,
            )?;
        }
        other => return unexpected("SortOrder: one FieldOrder", &other),
    }
    match find.parent_folder_ids.choices.as_slice() {
        [NonEmptyArrayOfBaseFolderIdsTypeChoice::DistinguishedFolderId(id)] => {
            eq(
                "DistinguishedFolderId/@Id",
                &id.id,
                &DistinguishedFolderIdNameType::Inbox,
            )?;
            let mailbox = some("DistinguishedFolderId/Mailbox", &id.mailbox)?;
            eq(
                "Mailbox/EmailAddress",
                &mailbox.email_address.as_deref(),
                &Some("finance@contoso.example"),
            )?;
        }
        other => return unexpected("ParentFolderIds: one DistinguishedFolderId", &other),
    }
    Ok(())
}

fn find_item_field_comparison(env: &Env) -> Check {
    request_server_version(env, ExchangeVersionType::Exchange2010Sp2)?;
    let Message::FindItem(find) = &env.body else {
        return unexpected("body: m:FindItem", &env.body);
    };
    let restriction = some("Restriction", &find.restriction)?;
    let SearchExpressionChoice::IsGreaterThan(e) = &restriction.search_expression else {
        return unexpected(
            "Restriction: t:IsGreaterThan",
            &restriction.search_expression,
        );
    };
    field_uri(
        "IsGreaterThan",
        &e.path,
        UnindexedFieldUriType::ItemLastModifiedTime,
    )?;
    // The right operand is a property path (a member of the t:Path substitution group).
    match &e.field_uri_or_constant.choice {
        FieldUriOrConstantTypeChoice::FieldUri(p) => eq(
            "FieldURIOrConstant/FieldURI",
            &p.field_uri,
            &UnindexedFieldUriType::ItemDateTimeCreated,
        )?,
        other => return unexpected("FieldURIOrConstant: a t:FieldURI", other),
    }
    match find.parent_folder_ids.choices.as_slice() {
        [NonEmptyArrayOfBaseFolderIdsTypeChoice::DistinguishedFolderId(id)] => eq(
            "DistinguishedFolderId/@Id",
            &id.id,
            &DistinguishedFolderIdNameType::Drafts,
        ),
        other => unexpected("ParentFolderIds: one DistinguishedFolderId", &other),
    }
}

fn get_item_request(env: &Env) -> Check {
    request_server_version(env, ExchangeVersionType::Exchange2016)?;
    let context = some("TimeZoneContext", &header(env)?.time_zone_context)?;
    let tz = &context.time_zone_definition;
    nothing_unknown("TimeZoneDefinition", &tz.extra)?;
    eq(
        "TimeZoneDefinition/@Id",
        &tz.id.as_deref(),
        &Some("W. Europe Standard Time"),
    )?;
    let periods = some("Periods", &tz.periods)?;
    let biases: Vec<Option<&str>> = periods
        .period
        .iter()
        .map(|p| p.bias.as_ref().map(|b| b.as_str()))
        .collect();
    eq("Period biases", &biases, &[Some("-PT1H"), Some("-PT2H")])?;
    let groups = some("TransitionsGroups", &tz.transitions_groups)?;
    let [group] = groups.transitions_group.as_slice() else {
        return unexpected("one TransitionsGroup", &groups.transitions_group);
    };
    eq("TransitionsGroup/@Id", &group.id.as_deref(), &Some("0"))?;
    let mut months = Vec::new();
    for t in &group.transitions {
        match t {
            TransitionChoice::RecurringDayTransition(r) => {
                eq(
                    "RecurringDayTransition/To/@Kind",
                    &r.to.kind,
                    &TransitionTargetKindType::Period,
                )?;
                eq(
                    "RecurringDayTransition/DayOfWeek",
                    &r.day_of_week,
                    &DayOfWeekType::Sunday,
                )?;
                eq("RecurringDayTransition/Occurrence", &r.occurrence, &-1)?;
                months.push((r.month, r.time_offset.as_str().to_owned()));
            }
            other => return unexpected("TransitionsGroup: RecurringDayTransition", other),
        }
    }
    eq(
        "transition months and offsets",
        &months,
        &[(3, "PT2H".to_owned()), (10, "PT3H".to_owned())],
    )?;
    let transitions = some("Transitions", &tz.transitions)?;
    match transitions.transitions.as_slice() {
        [TransitionChoice::Transition(t), TransitionChoice::AbsoluteDateTransition(a)] => {
            eq(
                "Transition/To",
                &(&t.to.kind, t.to.value.as_str()),
                &(&TransitionTargetKindType::Group, "0"),
            )?;
            eq(
                "AbsoluteDateTransition/DateTime",
                a.date_time.as_str(),
                "2006-01-01T00:00:00",
            )?;
        }
        other => return unexpected("Transitions: (Transition, AbsoluteDateTransition)", &other),
    }

    let Message::GetItem(get) = &env.body else {
        return unexpected("body: m:GetItem", &env.body);
    };
    eq(
        "ItemShape/BaseShape",
        &get.item_shape.base_shape,
        &DefaultShapeNamesType::Default,
    )?;
    eq(
        "ItemShape/BodyType",
        &get.item_shape.body_type,
        &Some(BodyTypeResponseType::Text),
    )?;
    let props = some(
        "AdditionalProperties",
        &get.item_shape.additional_properties,
    )?;
    match props.paths.as_slice() {
        [PathChoice::FieldUri(a), PathChoice::IndexedFieldUri(b), PathChoice::ExtendedFieldUri(c)] =>
        {
            eq(
                "FieldURI",
                &a.field_uri,
                &UnindexedFieldUriType::ItemCategories,
            )?;
            eq(
                "IndexedFieldURI/@FieldURI",
                &b.field_uri,
                &DictionaryUriType::ItemInternetMessageHeader,
            )?;
            eq(
                "IndexedFieldURI/@FieldIndex",
                b.field_index.as_str(),
                "X-Mailer",
            )?;
            eq(
                "ExtendedFieldURI/@DistinguishedPropertySetId",
                &c.distinguished_property_set_id,
                &Some(DistinguishedPropertySetType::PublicStrings),
            )?;
            eq(
                "ExtendedFieldURI/@PropertyName",
                &c.property_name.as_deref(),
                &Some("ProjectCode"),
            )?;
            eq(
                "ExtendedFieldURI/@PropertyType",
                &c.property_type,
                &MapiPropertyTypeType::String,
            )?;
        }
        other => {
            return unexpected(
                "AdditionalProperties: FieldURI, IndexedFieldURI, ExtendedFieldURI",
                &other,
            )
        }
    }
    match get.item_ids.choices.as_slice() {
        [NonEmptyArrayOfBaseItemIdsTypeChoice::ItemId(id), NonEmptyArrayOfBaseItemIdsTypeChoice::OccurrenceItemId(occ)] =>
        {
            eq("ItemId/@Id", id.id.as_str(), "AAMkADk0ZmM3LWmsg001")?;
            eq(
                "ItemId/@ChangeKey",
                &id.change_key.as_deref(),
                &Some("CQAAABYAAAB2msg"),
            )?;
            eq(
                "OccurrenceItemId/@RecurringMasterId",
                occ.recurring_master_id.as_str(),
                "AAMkADk0ZmM3LWrec010",
            )?;
            eq("OccurrenceItemId/@InstanceIndex", &occ.instance_index, &3)
        }
        other => unexpected("ItemIds: ItemId, OccurrenceItemId", &other),
    }
}

fn server_version(env: &Env, build: i32, version: &str) -> Check {
    let info = some("ServerVersionInfo", &header(env)?.server_version_info)?;
    eq(
        "ServerVersionInfo/@MajorVersion",
        &info.major_version,
        &Some(15),
    )?;
    eq(
        "ServerVersionInfo/@MajorBuildNumber",
        &info.major_build_number,
        &Some(build),
    )?;
    eq(
        "ServerVersionInfo/@Version",
        &info.version.as_deref(),
        &Some(version),
    )
}

fn get_item_response(env: &Env) -> Check {
    server_version(env, 2507, "V2017_07_11")?;
    let Message::GetItemResponse(response) = &env.body else {
        return unexpected("body: m:GetItemResponse", &env.body);
    };
    let messages = &response.response_messages.choices;
    eq("number of response messages", &messages.len(), &5)?;
    let mut items = Vec::new();
    for (i, m) in messages.iter().enumerate() {
        let ArrayOfResponseMessagesTypeChoice::GetItemResponseMessage(m) = m else {
            return unexpected(&format!("ResponseMessages[{i}]: GetItemResponseMessage"), m);
        };
        nothing_unknown(&format!("GetItemResponseMessage[{i}]"), &m.extra)?;
        items.push(m);
    }
    for m in &items[..4] {
        eq(
            "ResponseClass",
            &m.response_class,
            &ResponseClassType::Success,
        )?;
        eq(
            "ResponseCode",
            &m.response_code,
            &Some(ResponseCodeType::NoError),
        )?;
        eq("number of items", &m.items.choices.len(), &1)?;
    }

    // 1. A message with an HTML body, recipients and a sender.
    let ArrayOfRealItemsTypeChoice::Message(message) = &items[0].items.choices[0] else {
        return unexpected("item 1: t:Message", &items[0].items.choices[0]);
    };
    nothing_unknown("Message", &message.extra)?;
    eq(
        "Message/Subject",
        &message.subject.as_deref(),
        &Some("Café planning — Q3 offsite in Zürich"),
    )?;
    let body = some("Message/Body", &message.body)?;
    eq(
        "Message/Body/@BodyType",
        &body.body_type,
        &BodyTypeType::Html,
    )?;
    eq(
        "Message/Body",
        body.value.as_str(),
        "<html><body><p>Hi team,</p><p>The offsite is at the <b>Café Zürich</b> &amp; costs &lt; 500 €.</p></body></html>",
    )?;
    eq(
        "Message/Importance",
        &message.importance,
        &Some(ImportanceChoicesType::High),
    )?;
    eq("Message/Size", &message.size, &Some(10482))?;
    eq(
        "Message/DateTimeReceived",
        &message.date_time_received.as_ref().map(|d| d.as_str()),
        &Some("2025-06-02T08:15:42Z"),
    )?;
    let to = some("Message/ToRecipients", &message.to_recipients)?;
    let to: Vec<(Option<&str>, Option<&str>, Option<&MailboxTypeType>)> = to
        .mailbox
        .iter()
        .map(|m| {
            (
                m.name.as_deref(),
                m.email_address.as_deref(),
                m.mailbox_type.as_ref(),
            )
        })
        .collect();
    eq(
        "Message/ToRecipients",
        &to,
        &[
            (
                Some("Søren Kierkegaard"),
                Some("soren@fabrikam.example"),
                Some(&MailboxTypeType::Mailbox),
            ),
            (
                Some("Planning team"),
                Some("planning@fabrikam.example"),
                Some(&MailboxTypeType::PublicDl),
            ),
        ],
    )?;
    let from = some("Message/From", &message.from)?;
    eq(
        "Message/From/Mailbox/Name",
        &from.mailbox.name.as_deref(),
        &Some("Zoë Ångström"),
    )?;
    eq("Message/IsRead", &message.is_read, &Some(true))?;

    // 2. A calendar item.
    let ArrayOfRealItemsTypeChoice::CalendarItem(event) = &items[1].items.choices[0] else {
        return unexpected("item 2: t:CalendarItem", &items[1].items.choices[0]);
    };
    nothing_unknown("CalendarItem", &event.extra)?;
    eq(
        "CalendarItem/Subject",
        &event.subject.as_deref(),
        &Some("Design review"),
    )?;
    eq(
        "CalendarItem/Start",
        &event.start.as_ref().map(|d| d.as_str()),
        &Some("2025-06-10T13:00:00Z"),
    )?;
    eq(
        "CalendarItem/End",
        &event.end.as_ref().map(|d| d.as_str()),
        &Some("2025-06-10T14:30:00Z"),
    )?;
    eq(
        "CalendarItem/Location",
        &event.location.as_deref(),
        &Some("Building 4, room 1021 \"Kyoto\""),
    )?;
    eq(
        "CalendarItem/LegacyFreeBusyStatus",
        &event.legacy_free_busy_status,
        &Some(LegacyFreeBusyType::Busy),
    )?;
    eq(
        "CalendarItem/CalendarItemType",
        &event.calendar_item_type,
        &Some(CalendarItemTypeType::Single),
    )?;
    let organizer = some("CalendarItem/Organizer", &event.organizer)?;
    eq(
        "Organizer address",
        &organizer.mailbox.email_address.as_deref(),
        &Some("zoe@fabrikam.example"),
    )?;

    // 3. A contact with e-mail and postal addresses.
    let ArrayOfRealItemsTypeChoice::Contact(contact) = &items[2].items.choices[0] else {
        return unexpected("item 3: t:Contact", &items[2].items.choices[0]);
    };
    nothing_unknown("Contact", &contact.extra)?;
    eq(
        "Contact/DisplayName",
        &contact.display_name.as_deref(),
        &Some("José Núñez"),
    )?;
    eq(
        "Contact/Surname",
        &contact.surname.as_deref(),
        &Some("Núñez"),
    )?;
    let emails = some("Contact/EmailAddresses", &contact.email_addresses)?;
    let emails: Vec<(&EmailAddressKeyType, Option<&str>, &str)> = emails
        .entry
        .iter()
        .map(|e| (&e.key, e.name.as_deref(), e.value.as_str()))
        .collect();
    eq(
        "Contact/EmailAddresses",
        &emails,
        &[
            (
                &EmailAddressKeyType::EmailAddress1,
                None,
                "jose.nunez@fabrikam.example",
            ),
            (
                &EmailAddressKeyType::EmailAddress2,
                Some("José (home)"),
                "jose@home.example",
            ),
        ],
    )?;
    let addresses = some("Contact/PhysicalAddresses", &contact.physical_addresses)?;
    let [business, home] = addresses.entry.as_slice() else {
        return unexpected("two PhysicalAddresses entries", &addresses.entry);
    };
    eq(
        "business address key",
        &business.key,
        &PhysicalAddressKeyType::Business,
    )?;
    eq(
        "business Street",
        &business.street.as_deref(),
        &Some("Calle de Alcalá 42"),
    )?;
    eq(
        "business CountryOrRegion",
        &business.country_or_region.as_deref(),
        &Some("España"),
    )?;
    eq(
        "business PostalCode",
        &business.postal_code.as_deref(),
        &Some("28014"),
    )?;
    eq("home address key", &home.key, &PhysicalAddressKeyType::Home)?;
    eq("home City", &home.city.as_deref(), &Some("Toledo"))?;
    eq("home Street", &home.street, &None::<String>)?;

    // 4. A task.
    let ArrayOfRealItemsTypeChoice::Task(task) = &items[3].items.choices[0] else {
        return unexpected("item 4: t:Task", &items[3].items.choices[0]);
    };
    nothing_unknown("Task", &task.extra)?;
    eq(
        "Task/Subject",
        &task.subject.as_deref(),
        &Some("Submit expense report"),
    )?;
    eq("Task/PercentComplete", &task.percent_complete, &Some(40.0))?;
    eq(
        "Task/Status",
        &task.status,
        &Some(TaskStatusType::InProgress),
    )?;
    eq(
        "Task/DueDate",
        &task.due_date.as_ref().map(|d| d.as_str()),
        &Some("2025-06-15T17:00:00Z"),
    )?;

    // 5. An error.
    let error = items[4];
    eq(
        "error ResponseClass",
        &error.response_class,
        &ResponseClassType::Error,
    )?;
    eq(
        "error ResponseCode",
        &error.response_code,
        &Some(ResponseCodeType::ErrorItemNotFound),
    )?;
    eq(
        "error MessageText",
        &error.message_text.as_deref(),
        &Some("The specified object was not found in the store."),
    )?;
    eq(
        "error DescriptiveLinkKey",
        &error.descriptive_link_key,
        &Some(0),
    )?;
    eq("error Items", &error.items.choices.len(), &0)
}

fn get_user_availability_request(env: &Env) -> Check {
    request_server_version(env, ExchangeVersionType::Exchange2010Sp1)?;
    let Message::GetUserAvailabilityRequest(request) = &env.body else {
        return unexpected("body: m:GetUserAvailabilityRequest", &env.body);
    };
    nothing_unknown("GetUserAvailabilityRequest", &request.extra)?;
    let tz = some("TimeZone", &request.time_zone)?;
    eq("TimeZone/Bias", &tz.bias, &480)?;
    let transition = |t: &SerializableTimeZoneTime| {
        (
            t.bias,
            t.time.clone(),
            t.day_order,
            t.month,
            t.day_of_week.clone(),
        )
    };
    eq(
        "TimeZone/StandardTime",
        &transition(&tz.standard_time),
        &(0, "02:00:00".to_owned(), 1, 11, DayOfWeekType::Sunday),
    )?;
    eq(
        "TimeZone/DaylightTime",
        &transition(&tz.daylight_time),
        &(-60, "02:00:00".to_owned(), 2, 3, DayOfWeekType::Sunday),
    )?;
    let mut mailboxes = Vec::new();
    for (i, m) in request.mailbox_data_array.mailbox_data.iter().enumerate() {
        let m = m.value().ok_or_else(|| format!("MailboxData[{i}]: nil"))?;
        mailboxes.push((
            m.email.name.as_deref(),
            m.email.address.as_str(),
            &m.attendee_type,
            m.exclude_conflicts,
        ));
    }
    eq(
        "MailboxDataArray",
        &mailboxes,
        &[
            (
                Some("Ana Ruiz"),
                "ana.ruiz@contoso.example",
                &MeetingAttendeeType::Organizer,
                Some(false),
            ),
            (
                None,
                "li.wei@contoso.example",
                &MeetingAttendeeType::Required,
                None,
            ),
            (
                Some("Conference Room 12/3"),
                "room-12-3@contoso.example",
                &MeetingAttendeeType::Room,
                Some(true),
            ),
        ],
    )?;
    let options = some("FreeBusyViewOptions", &request.free_busy_view_options)?;
    eq(
        "TimeWindow/StartTime",
        options.time_window.start_time.as_str(),
        "2025-06-09T00:00:00",
    )?;
    eq(
        "TimeWindow/EndTime",
        options.time_window.end_time.as_str(),
        "2025-06-11T00:00:00",
    )?;
    eq(
        "MergedFreeBusyIntervalInMinutes",
        &options.merged_free_busy_interval_in_minutes,
        &Some(30),
    )?;
    let view = some("RequestedView", &options.requested_view)?;
    eq(
        "RequestedView",
        view.0.as_slice(),
        &[FreeBusyViewTypeItem::DetailedMerged][..],
    )?;
    let suggestions = some("SuggestionsViewOptions", &request.suggestions_view_options)?;
    eq(
        "MeetingDurationInMinutes",
        &suggestions.meeting_duration_in_minutes,
        &Some(60),
    )?;
    eq(
        "MinimumSuggestionQuality",
        &suggestions.minimum_suggestion_quality,
        &Some(SuggestionQuality::Good),
    )
}

fn sync_folder_items_request(env: &Env) -> Check {
    request_server_version(env, ExchangeVersionType::Exchange2013)?;
    let Message::SyncFolderItems(sync) = &env.body else {
        return unexpected("body: m:SyncFolderItems", &env.body);
    };
    nothing_unknown("SyncFolderItems", &sync.extra)?;
    match &sync.sync_folder_id.choice {
        TargetFolderIdTypeChoiceAlternatives::DistinguishedFolderId(id) => eq(
            "SyncFolderId",
            &id.id,
            &DistinguishedFolderIdNameType::Inbox,
        )?,
        other => return unexpected("SyncFolderId: a DistinguishedFolderId", other),
    }
    let state = some("SyncState", &sync.sync_state)?;
    eq(
        "SyncState prefix",
        &state.starts_with("H4sIAAAAAAAEAO29"),
        &true,
    )?;
    let ignore = some("Ignore", &sync.ignore)?;
    let ids: Vec<&str> = ignore.item_id.iter().map(|i| i.id.as_str()).collect();
    eq("Ignore/ItemId", &ids, &["AAMkADk0ZmM3LWign020"])?;
    eq("MaxChangesReturned", &sync.max_changes_returned, &100)?;
    eq(
        "SyncScope",
        &sync.sync_scope,
        &Some(SyncFolderItemsScopeType::NormalItems),
    )
}

fn sync_folder_items_response(env: &Env) -> Check {
    server_version(env, 1544, "V2018_01_08")?;
    let Message::SyncFolderItemsResponse(response) = &env.body else {
        return unexpected("body: m:SyncFolderItemsResponse", &env.body);
    };
    let [ArrayOfResponseMessagesTypeChoice::SyncFolderItemsResponseMessage(m)] =
        response.response_messages.choices.as_slice()
    else {
        return unexpected(
            "one SyncFolderItemsResponseMessage",
            &response.response_messages.choices,
        );
    };
    nothing_unknown("SyncFolderItemsResponseMessage", &m.extra)?;
    eq(
        "ResponseClass",
        &m.response_class,
        &ResponseClassType::Success,
    )?;
    eq(
        "IncludesLastItemInRange",
        &m.includes_last_item_in_range,
        &Some(false),
    )?;
    let state = some("SyncState", &m.sync_state)?;
    eq("SyncState suffix", &state.ends_with("733next"), &true)?;
    let changes = some("Changes", &m.changes)?;
    // (change kind, item kind, item id, subject or read flag)
    let mut seen = Vec::new();
    for change in &changes.choices {
        let (kind, item) = match change {
            SyncFolderItemsChangesTypeChoice::Create(c) => ("Create", &c.choice),
            SyncFolderItemsChangesTypeChoice::Update(c) => ("Update", &c.choice),
            SyncFolderItemsChangesTypeChoice::Delete(d) => {
                seen.push(("Delete", "", d.item_id.id.clone(), String::new()));
                continue;
            }
            SyncFolderItemsChangesTypeChoice::ReadFlagChange(r) => {
                seen.push((
                    "ReadFlagChange",
                    "",
                    r.item_id.id.clone(),
                    format!("IsRead={}", r.is_read),
                ));
                continue;
            }
        };
        let (item_kind, id, subject) = match item {
            SyncFolderItemsCreateOrUpdateTypeChoice::Message(m) => {
                ("Message", &m.item_id, &m.subject)
            }
            SyncFolderItemsCreateOrUpdateTypeChoice::CalendarItem(c) => {
                eq(
                    "created CalendarItem/Start",
                    &c.start.as_ref().map(|d| d.as_str()),
                    &Some("2025-06-12T09:00:00Z"),
                )?;
                eq(
                    "created CalendarItem/Location",
                    &c.location.as_deref(),
                    &Some("Teams"),
                )?;
                ("CalendarItem", &c.item_id, &c.subject)
            }
            other => return unexpected(&format!("{kind}: a Message or CalendarItem"), other),
        };
        let id = some(&format!("{kind}/{item_kind}/ItemId"), id)?;
        seen.push((
            kind,
            item_kind,
            id.id.clone(),
            subject.clone().unwrap_or_default(),
        ));
    }
    let expected = [
        (
            "Create",
            "Message",
            "AAMkADk0ZmM3LWnew030",
            "Welcome aboard, Jürgen!",
        ),
        (
            "Create",
            "CalendarItem",
            "AAMkADk0ZmM3LWnew031",
            "1:1 with manager",
        ),
        (
            "Update",
            "Message",
            "AAMkADk0ZmM3LWupd032",
            "RE: Café planning — Q3 offsite in Zürich",
        ),
        ("Delete", "", "AAMkADk0ZmM3LWdel033", ""),
        ("ReadFlagChange", "", "AAMkADk0ZmM3LWrfc034", "IsRead=true"),
    ]
    .map(|(a, b, c, d)| (a, b, c.to_owned(), d.to_owned()));
    eq("Changes", &seen, &expected)
}

fn create_item_request(env: &Env) -> Check {
    request_server_version(env, ExchangeVersionType::Exchange2013Sp1)?;
    let Message::CreateItem(create) = &env.body else {
        return unexpected("body: m:CreateItem", &env.body);
    };
    nothing_unknown("CreateItem", &create.extra)?;
    eq(
        "SendMeetingInvitations",
        &create.send_meeting_invitations,
        &Some(CalendarItemCreateOrDeleteOperationType::SendToAllAndSaveCopy),
    )?;
    match &some("SavedItemFolderId", &create.saved_item_folder_id)?.choice {
        TargetFolderIdTypeChoiceAlternatives::DistinguishedFolderId(id) => eq(
            "SavedItemFolderId",
            &id.id,
            &DistinguishedFolderIdNameType::Calendar,
        )?,
        other => return unexpected("SavedItemFolderId: a DistinguishedFolderId", other),
    }
    let [NonEmptyArrayOfAllItemsTypeChoice::CalendarItem(event)] = create.items.choices.as_slice()
    else {
        return unexpected("Items: one t:CalendarItem", &create.items.choices);
    };
    nothing_unknown("CalendarItem", &event.extra)?;
    eq("Subject", &event.subject.as_deref(), &Some("Sprint sync"))?;
    let body = some("Body", &event.body)?;
    eq(
        "Body",
        &(&body.body_type, body.value.as_str()),
        &(&BodyTypeType::Text, "Agenda: blockers & demos."),
    )?;
    let categories = some("Categories", &event.categories)?;
    eq("Categories", &categories.string, &["Team", "Recurring"])?;
    eq(
        "Start",
        &event.start.as_ref().map(|d| d.as_str()),
        &Some("2025-06-09T09:30:00+02:00"),
    )?;
    let [property] = event.extended_property.as_slice() else {
        return unexpected("one ExtendedProperty", &event.extended_property);
    };
    eq(
        "ExtendedProperty PropertyName",
        &property.extended_field_uri.property_name.as_deref(),
        &Some("Labels"),
    )?;
    eq(
        "ExtendedProperty PropertyType",
        &property.extended_field_uri.property_type,
        &MapiPropertyTypeType::StringArray,
    )?;
    match &property.choice {
        ExtendedPropertyTypeChoice::Values(v) => eq(
            "ExtendedProperty Values",
            &v.value,
            &["engineering", "weekly"],
        )?,
        other => return unexpected("ExtendedProperty: t:Values", other),
    }
    let attendees = some("RequiredAttendees", &event.required_attendees)?;
    let addresses: Vec<Option<&str>> = attendees
        .attendee
        .iter()
        .map(|a| a.mailbox.email_address.as_deref())
        .collect();
    eq(
        "RequiredAttendees",
        &addresses,
        &[Some("ana.ruiz@contoso.example")],
    )?;
    let recurrence = some("Recurrence", &event.recurrence)?;
    match &recurrence.recurrence_pattern_types {
        RecurrencePatternTypes::WeeklyRecurrence(w) => {
            eq("WeeklyRecurrence/Interval", &w.interval, &1)?;
            eq(
                "WeeklyRecurrence/DaysOfWeek",
                w.days_of_week.0.as_slice(),
                &[DayOfWeekType::Monday, DayOfWeekType::Wednesday][..],
            )?;
        }
        other => return unexpected("Recurrence: t:WeeklyRecurrence", other),
    }
    match &recurrence.recurrence_range_types {
        RecurrenceRangeTypes::EndDateRecurrence(r) => eq(
            "EndDateRecurrence",
            &(r.start_date.as_str(), r.end_date.as_str()),
            &("2025-06-09", "2025-12-31"),
        ),
        other => unexpected("Recurrence range: t:EndDateRecurrence", other),
    }
}

fn update_item_request(env: &Env) -> Check {
    request_server_version(env, ExchangeVersionType::Exchange2013)?;
    let Message::UpdateItem(update) = &env.body else {
        return unexpected("body: m:UpdateItem", &env.body);
    };
    nothing_unknown("UpdateItem", &update.extra)?;
    eq(
        "ConflictResolution",
        &update.conflict_resolution,
        &ConflictResolutionType::AutoResolve,
    )?;
    eq(
        "MessageDisposition",
        &update.message_disposition,
        &Some(MessageDispositionType::SaveOnly),
    )?;
    let [change] = update.item_changes.item_change.as_slice() else {
        return unexpected("one ItemChange", &update.item_changes.item_change);
    };
    match &change.choice {
        ItemChangeTypeChoice::ItemId(id) => {
            eq("ItemChange/ItemId", id.id.as_str(), "AAMkADk0ZmM3LWmsg001")?
        }
        other => return unexpected("ItemChange: a t:ItemId", other),
    }
    use NonEmptyArrayOfItemChangeDescriptionsTypeChoice as Update;
    match change.updates.choices.as_slice() {
        [Update::SetItemField(subject), Update::SetItemField(property), Update::DeleteItemField(delete), Update::AppendToItemField(append)] =>
        {
            field_uri(
                "SetItemField[0]",
                &subject.path,
                UnindexedFieldUriType::ItemSubject,
            )?;
            match &subject.choice {
                SetItemFieldTypeChoice::Message(m) => eq(
                    "SetItemField[0] Subject",
                    &m.subject.as_deref(),
                    &Some("Offsite: final agenda"),
                )?,
                other => return unexpected("SetItemField[0]: a t:Message", other),
            }
            match (&property.path, &property.choice) {
                (PathChoice::ExtendedFieldUri(p), SetItemFieldTypeChoice::Message(m)) => {
                    eq(
                        "SetItemField[1] PropertyName",
                        &p.property_name.as_deref(),
                        &Some("ProjectCode"),
                    )?;
                    let values: Vec<&ExtendedPropertyTypeChoice> =
                        m.extended_property.iter().map(|e| &e.choice).collect();
                    eq(
                        "SetItemField[1] ExtendedProperty",
                        &values,
                        &[&ExtendedPropertyTypeChoice::Value("OFF-2025-Q3".into())],
                    )?;
                }
                other => {
                    return unexpected("SetItemField[1]: ExtendedFieldURI and t:Message", &other)
                }
            }
            field_uri(
                "DeleteItemField",
                &delete.path,
                UnindexedFieldUriType::ItemCategories,
            )?;
            field_uri(
                "AppendToItemField",
                &append.path,
                UnindexedFieldUriType::MessageCcRecipients,
            )?;
            match &append.choice {
                AppendToItemFieldTypeChoice::Message(m) => {
                    let cc = some("AppendToItemField CcRecipients", &m.cc_recipients)?;
                    let cc: Vec<Option<&str>> = cc
                        .mailbox
                        .iter()
                        .map(|m| m.email_address.as_deref())
                        .collect();
                    eq(
                        "AppendToItemField CcRecipients",
                        &cc,
                        &[Some("facilities@contoso.example")],
                    )
                }
                other => unexpected("AppendToItemField: a t:Message", other),
            }
        }
        other => unexpected(
            "Updates: SetItemField, SetItemField, DeleteItemField, AppendToItemField",
            &other,
        ),
    }
}

fn get_user_availability_response(env: &Env) -> Check {
    let info = some("ServerVersionInfo", &header(env)?.server_version_info)?;
    eq(
        "ServerVersionInfo/@MajorVersion",
        &info.major_version,
        &Some(14),
    )?;
    let Message::GetUserAvailabilityResponse(response) = &env.body else {
        return unexpected("body: m:GetUserAvailabilityResponse", &env.body);
    };
    nothing_unknown("GetUserAvailabilityResponse", &response.extra)?;
    let array = some("FreeBusyResponseArray", &response.free_busy_response_array)?;
    let [found, missing] = array.free_busy_response.as_slice() else {
        return unexpected("two FreeBusyResponse", &array.free_busy_response);
    };
    let message = some(
        "FreeBusyResponse[0]/ResponseMessage",
        &found.response_message,
    )?;
    eq(
        "FreeBusyResponse[0] ResponseClass",
        &message.response_class,
        &ResponseClassType::Success,
    )?;
    let view = some("FreeBusyResponse[0]/FreeBusyView", &found.free_busy_view)?;
    nothing_unknown("FreeBusyView", &view.extra)?;
    eq(
        "FreeBusyViewType",
        view.free_busy_view_type.0.as_slice(),
        &[
            FreeBusyViewTypeItem::MergedOnly,
            FreeBusyViewTypeItem::Detailed,
        ][..],
    )?;
    eq(
        "MergedFreeBusy",
        &view.merged_free_busy.as_deref(),
        &Some("000022220000"),
    )?;
    let events = some("CalendarEventArray", &view.calendar_event_array)?;
    let summary: Vec<(&str, &LegacyFreeBusyType, Option<&str>)> = events
        .calendar_event
        .iter()
        .map(|e| {
            (
                e.start_time.as_str(),
                &e.busy_type,
                e.calendar_event_details
                    .as_ref()
                    .and_then(|d| d.subject.as_deref()),
            )
        })
        .collect();
    eq(
        "CalendarEvents",
        &summary,
        &[
            (
                "2025-06-09T09:00:00",
                &LegacyFreeBusyType::Busy,
                Some("Stand-up"),
            ),
            ("2025-06-09T13:00:00", &LegacyFreeBusyType::Tentative, None),
        ],
    )?;
    let details = some(
        "CalendarEventDetails",
        &events.calendar_event[0].calendar_event_details,
    )?;
    eq(
        "CalendarEventDetails flags",
        &(
            details.is_meeting,
            details.is_recurring,
            details.is_exception,
            details.is_private,
        ),
        &(true, true, false, false),
    )?;
    let hours = some("WorkingHours", &view.working_hours)?;
    eq("WorkingHours/TimeZone/Bias", &hours.time_zone.bias, &480)?;
    eq(
        "WorkingHours DaylightTime/Month",
        &hours.time_zone.daylight_time.month,
        &3,
    )?;
    let [period] = hours.working_period_array.working_period.as_slice() else {
        return unexpected(
            "one WorkingPeriod",
            &hours.working_period_array.working_period,
        );
    };
    eq(
        "WorkingPeriod/DayOfWeek count",
        &period.day_of_week.0.len(),
        &5,
    )?;
    eq(
        "WorkingPeriod minutes",
        &(period.start_time_in_minutes, period.end_time_in_minutes),
        &(480, 1020),
    )?;

    let error = some(
        "FreeBusyResponse[1]/ResponseMessage",
        &missing.response_message,
    )?;
    eq(
        "FreeBusyResponse[1] ResponseClass",
        &error.response_class,
        &ResponseClassType::Error,
    )?;
    eq(
        "FreeBusyResponse[1] ResponseCode",
        &error.response_code,
        &Some(ResponseCodeType::ErrorMailRecipientNotFound),
    )?;
    let xml = some("FreeBusyResponse[1] MessageXml", &error.message_xml)?;
    let values: Vec<(&str, Option<&str>, String)> = xml
        .anys
        .iter()
        .map(|e| (e.name.local.as_str(), e.attribute("", "Name"), e.text()))
        .collect();
    eq(
        "MessageXml",
        &values,
        &[(
            "Value",
            Some("AddressResolved"),
            "li.wei@contoso.example".to_owned(),
        )],
    )?;
    let view = some("FreeBusyResponse[1]/FreeBusyView", &missing.free_busy_view)?;
    eq(
        "FreeBusyResponse[1] FreeBusyViewType",
        view.free_busy_view_type.0.as_slice(),
        &[FreeBusyViewTypeItem::None][..],
    )
}

fn get_user_availability_nil_mailbox(env: &Env) -> Check {
    let Message::GetUserAvailabilityRequest(request) = &env.body else {
        return unexpected("body: m:GetUserAvailabilityRequest", &env.body);
    };
    // The nil entry comes first, then Ana Ruiz.
    match request.mailbox_data_array.mailbox_data.as_slice() {
        [rt::Nillable::Nil, rt::Nillable::Value(ana)] => {
            eq(
                "MailboxData[1]/Email/Address",
                ana.email.address.as_str(),
                "ana.ruiz@contoso.example",
            )?;
            eq(
                "MailboxData[1]/AttendeeType",
                &ana.attendee_type,
                &MeetingAttendeeType::Organizer,
            )
        }
        other => unexpected("MailboxDataArray: (nil, Ana Ruiz)", &other),
    }
}

fn convert_id_request(env: &Env) -> Check {
    let Message::ConvertId(request) = &env.body else {
        return unexpected("body: m:ConvertId", &env.body);
    };
    eq(
        "DestinationFormat",
        &request.destination_format,
        &IdFormatType::EwsId,
    )?;
    use NonEmptyArrayOfAlternateIdsTypeChoice as Id;
    match request.source_ids.choices.as_slice() {
        [Id::AlternateId(id), Id::AlternatePublicFolderId(folder)] => {
            eq("AlternateId/@Format", &id.format, &IdFormatType::HexEntryId)?;
            eq(
                "AlternateId/@Mailbox",
                id.mailbox.as_str(),
                "nora.lindqvist@fabrikam.example",
            )?;
            eq(
                "AlternatePublicFolderId/@FolderId",
                folder.folder_id.as_str(),
                "PSF.LgAAAAAaRHOQqmYRzZvIAKoAL8RaAQCJlXc",
            )
        }
        other => unexpected("SourceIds: AlternateId, AlternatePublicFolderId", &other),
    }
}

/// `m:AlternateId` has the abstract type `t:AlternateIdBaseType`: each one is
/// decoded as the concrete type its `xsi:type` names, whatever the prefix.
fn convert_id_response(env: &Env) -> Check {
    let Message::ConvertIdResponse(response) = &env.body else {
        return unexpected("body: m:ConvertIdResponse", &env.body);
    };
    use ArrayOfResponseMessagesTypeChoice as R;
    let [R::ConvertIdResponseMessage(first), R::ConvertIdResponseMessage(second), R::ConvertIdResponseMessage(failed)] =
        response.response_messages.choices.as_slice()
    else {
        return unexpected(
            "three ConvertIdResponseMessage",
            &response.response_messages,
        );
    };
    match some("message 1 AlternateId", &first.alternate_id)? {
        AlternateIdBaseType::AlternateId(id) => {
            eq("message 1 Format", &id.format, &IdFormatType::EwsId)?;
            eq(
                "message 1 Mailbox",
                id.mailbox.as_str(),
                "nora.lindqvist@fabrikam.example",
            )?;
            eq("message 1 extra", &id.extra.is_empty(), &true)?;
        }
        other => return unexpected("message 1: xsi:type t:AlternateIdType", other),
    }
    match some("message 2 AlternateId", &second.alternate_id)? {
        AlternateIdBaseType::AlternatePublicFolderId(folder) => {
            eq("message 2 Format", &folder.format, &IdFormatType::OwaId)?;
            eq(
                "message 2 FolderId",
                folder.folder_id.as_str(),
                "PSF.LgAAAAAaRHOQqmYRzZvIAKoAL8RaAQCJlXc",
            )?;
        }
        other => return unexpected("message 2: xsi:type t:AlternatePublicFolderIdType", other),
    }
    eq(
        "message 3 class",
        &failed.response_class,
        &ResponseClassType::Error,
    )?;
    eq(
        "message 3 code",
        &failed.response_code,
        &Some(ResponseCodeType::ErrorInvalidIdMalformed),
    )?;
    eq("message 3 AlternateId", &failed.alternate_id, &None)
}
