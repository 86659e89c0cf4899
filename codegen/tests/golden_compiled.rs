//! Compiles every golden `expected.rs` against ews-runtime, and round-trips each
//! case's `sample.xml`: decode, check values, encode, decode again, compare.

use ews_runtime::{self as rt, AnyElement, Body, DecodeError, Encode, Envelope, QName, SimpleType};
use std::fmt::Debug;

macro_rules! cases {
    ($($case:ident),* $(,)?) => {
        $(mod $case {
            include!(concat!("cases/", stringify!($case), "/expected.rs"));
        })*
    };
}

cases!(
    sequence,
    choice,
    extension,
    simple_content,
    enumeration,
    union,
    substitution_group,
    any,
    attributes,
    anonymous,
    builtins,
    xml_lang,
    naming,
    unknown_elements,
    group,
    attribute_group,
    list,
    any_attribute,
    restriction,
    recursion,
    big_choice,
    enum_values,
    same_name,
    case_names,
    polymorphism,
    nillable,
    defaults,
);

/// Decodes `xml` with a case's `decode_any`, checks that encoding and decoding it
/// again gives an equal envelope, and returns the body and the re-encoded text.
fn round_trip<H, M>(
    xml: &str,
    decode_any: fn(&str) -> Result<Envelope<H, M>, DecodeError>,
) -> (M, String)
where
    H: Encode + PartialEq + Debug,
    M: Body + PartialEq + Debug,
{
    let first = decode_any(xml).unwrap_or_else(|e| panic!("sample.xml does not decode: {e}"));
    let text = rt::encode_envelope(&first).unwrap_or_else(|e| panic!("does not encode: {e}"));
    let second = decode_any(&text)
        .unwrap_or_else(|e| panic!("re-encoded text does not decode: {e}\n{text}"));
    assert_eq!(first, second, "changed by a round trip through\n{text}");
    (first.body, text)
}

const FAULT: &str = r#"<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
<soap:Fault><faultcode>soap:Client</faultcode><faultstring>bad request</faultstring></soap:Fault>
</soap:Body></soap:Envelope>"#;

/// A case's `decode::<P>`: a response envelope whose body is `P` or a SOAP Fault.
type DecodeResponse<H, P> = fn(&str) -> Result<Envelope<H, Result<P, rt::Fault>>, DecodeError>;

/// The typed API of a case: `envelope(request)` writes what the `Message` wrote, with
/// the operation's SOAPAction, and `decode::<Response>` reads a SOAP Fault.
fn typed_api<H, R>(
    request: &R,
    text: &str,
    envelope: fn(R) -> Envelope<H, R>,
    decode: DecodeResponse<H, R::Response>,
) where
    H: Encode,
    R: rt::Request + Clone,
    R::Response: Debug,
{
    let request = envelope(request.clone());
    assert_eq!(request.soap_action(), "urn:golden/Op");
    assert_eq!(request.to_xml().expect("encodes"), text);
    let fault = decode(FAULT)
        .expect("a fault decodes")
        .body
        .expect_err("a fault");
    assert_eq!(
        (fault.code.local.as_str(), fault.string.as_str()),
        ("Client", "bad request")
    );
}

/// The `Request` of a case's `sample.xml`, after [`round_trip`] and [`typed_api`]; and the re-encoded text.
macro_rules! sample {
    ($case:ident) => {{
        let (message, text) = round_trip(
            include_str!(concat!("cases/", stringify!($case), "/sample.xml")),
            $case::decode_any,
        );
        let $case::Message::Request(request) = message else {
            panic!("sample.xml holds no Request: {message:?}")
        };
        let request = *request;
        typed_api(&request, &text, $case::envelope, $case::decode);
        (request, text)
    }};
}

fn element(e: &AnyElement, ns: &str, local: &str) {
    assert_eq!(e.name, QName::new(ns, local));
}

#[test]
fn sequence() {
    let (shelf, _) = sample!(sequence);
    assert_eq!(shelf.label, "Fiction");
    let [dune, omens] = &shelf.book[..] else {
        panic!("{:?}", shelf.book)
    };
    assert_eq!(
        (dune.title.as_str(), &dune.subtitle, &dune.author[..]),
        ("Dune", &None, &["Frank Herbert".to_string()][..])
    );
    assert_eq!(
        (&dune.keyword, dune.pages, &dune.printing, &dune.isbn),
        (&vec![], None, &vec![1, 2], &None)
    );
    assert_eq!(
        omens.subtitle.as_deref(),
        Some("The Nice and Accurate Prophecies")
    );
    assert_eq!(omens.author, ["Terry Pratchett", "Neil Gaiman"]);
    assert_eq!(
        (&omens.keyword[..], omens.pages, &omens.printing[..]),
        (&["comedy".to_string()][..], Some(412), &[7][..])
    );
    assert_eq!(
        (omens.isbn.as_deref(), omens.publisher.as_deref()),
        (Some("0-575-04800-X"), Some("Gollancz"))
    );
}

#[test]
fn choice() {
    use choice::{DrawingTypeChoice as D, ShapeTypeChoice as S, ShapeTypeChoice2 as S2};
    let (drawing, _) = sample!(choice);
    let [D::Dot(3), D::Line(line), D::Shape(round), D::Dot(4), D::Shape(boxy)] =
        &drawing.choices[..]
    else {
        panic!("{:?}", drawing.choices)
    };
    assert_eq!(line, "a-b");
    assert_eq!(
        (round.label.as_str(), &round.choice, &round.choice_element),
        ("round", &S::Circle(1.5), &None)
    );
    let S::Square(square) = &boxy.choice else {
        panic!("{:?}", boxy.choice)
    };
    assert_eq!(
        (square.side, &boxy.choice_element),
        (2.0, &Some(S2::Dashed(5)))
    );
}

#[test]
fn extension() {
    let (response, _) = sample!(extension);
    let task = &response.task;
    assert_eq!(
        (task.version, task.pinned, task.priority),
        (Some(3), true, Some(1))
    );
    assert_eq!(
        (
            task.id.as_str(),
            task.subject.as_deref(),
            task.body.as_str()
        ),
        ("t-1", Some("Taxes"), "File them.")
    );
    assert_eq!(
        task.due.as_ref().map(|d| d.as_str()),
        Some("2024-04-15T23:59:00Z")
    );
    let draft = response.draft.as_ref().expect("Draft");
    assert_eq!(
        (
            draft.version,
            draft.pinned,
            draft.id.as_str(),
            &draft.subject,
            draft.body.as_str()
        ),
        (None, false, "d-1", &None, "")
    );
}

#[test]
fn simple_content() {
    let (request, _) = sample!(simple_content);
    let price = &request.price;
    assert_eq!(
        (price.currency.as_str(), price.note.as_deref(), price.value),
        ("EUR", Some("before tax"), 1200)
    );
    let discount = request.discount.as_ref().expect("Discount");
    assert_eq!(
        (
            discount.currency.as_str(),
            &discount.note,
            discount.tag.as_deref(),
            discount.value
        ),
        ("EUR", &None, Some("spring"), -150)
    );
}

#[test]
fn enumeration() {
    use enumeration::ColorType;
    let (request, text) = sample!(enumeration);
    assert_eq!(
        (&request.default, &request.color),
        (&Some(ColorType::LightBlue), &ColorType::DarkGreen)
    );
    assert_eq!(
        request.other,
        [ColorType::Red, ColorType::Other("Ultraviolet".into())]
    );
    assert!(
        text.contains(">Ultraviolet<") && text.contains("Default=\"light-blue\""),
        "{text}"
    );
}

#[test]
fn union() {
    use union::{PropertyTagType as Tag, SizeNameType, SizeType};
    let (request, _) = sample!(union);
    assert_eq!(request.tag, Some(Tag::String("0x0037".into())));
    assert_eq!(
        request.tag_element,
        [Tag::UnsignedShort(12289), Tag::String("0x3001".into())]
    );
    assert_eq!(
        request.size,
        Some(SizeType::SizeNameType(SizeNameType::Large))
    );
}

#[test]
fn union_falls_through_an_enumeration_member() {
    assert_eq!(union::SizeType::parse("12"), Ok(union::SizeType::Int(12)));
}

#[test]
fn substitution_group() {
    use substitution_group::{ShapeChoice, TransitionChoice as T};
    let (request, _) = sample!(substitution_group);
    let [T::Transition(first), T::DateTransition(date), T::WeekdayTransition(weekday)] =
        &request.transitions[..]
    else {
        panic!("{:?}", request.transitions)
    };
    assert_eq!(
        (first.to.as_str(), date.to.as_str(), date.at.as_str()),
        ("standard", "daylight", "2024-03-31T01:00:00Z")
    );
    assert_eq!((weekday.to.as_str(), weekday.day), ("standard", 0));
    assert_eq!(request.shape, ShapeChoice::Square("4x4".into()));
}

#[test]
fn any() {
    let (request, _) = sample!(any);
    assert_eq!(request.kind, "backoff");
    let [value, note] = &request.message_xml.as_ref().expect("MessageXml").anys[..] else {
        panic!("{:?}", request.message_xml)
    };
    element(value, "urn:golden", "Value");
    assert_eq!(
        (value.attribute("", "Name"), value.text().as_str()),
        (Some("BackOffMilliseconds"), "5000")
    );
    element(note, "urn:elsewhere", "Note");
    assert_eq!(
        (
            note.attribute("", "level"),
            note.child("urn:elsewhere", "b").map(AnyElement::text)
        ),
        (Some("2"), Some("later".into()))
    );
    element(&request.any, "urn:other", "Signature");
    assert_eq!(
        (
            request.any.attribute("urn:other", "alg"),
            request.any.text().as_str()
        ),
        (Some("none"), "abc")
    );
    let untyped = request.untyped.as_ref().expect("Untyped");
    element(untyped, "urn:golden", "Untyped");
    assert_eq!(
        untyped
            .child("urn:golden", "Anything")
            .map(AnyElement::text),
        Some("goes".into())
    );
    assert!(request.extra.is_empty(), "{:?}", request.extra);
}

#[test]
fn attributes() {
    use attributes::WidgetTypeSpeed;
    let (w, _) = sample!(attributes);
    assert_eq!(
        (
            w.id.as_str(),
            w.count,
            w.schema.as_str(),
            w.scope.as_deref()
        ),
        ("w-7", Some(3), "v1", Some("team"))
    );
    // An absent attribute with a schema default (or fixed value) takes it.
    assert_eq!(
        (
            w.mode.as_str(),
            w.created_by.as_deref(),
            w.revision,
            &w.speed
        ),
        ("fast", Some("ann"), None, &Some(WidgetTypeSpeed::Quick))
    );
    assert_eq!(w.name, "Sprocket");
    let kept: Vec<_> = w
        .extra
        .attributes()
        .iter()
        .map(|a| (a.name.to_string(), a.value.as_str()))
        .collect();
    assert_eq!(
        kept,
        [
            ("{urn:vendor}Color".to_string(), "teal"),
            ("Flavor".to_string(), "lime")
        ]
    );
}

#[test]
fn anonymous() {
    use anonymous::{Level, Status};
    let (request, _) = sample!(anonymous);
    assert_eq!(
        (
            request.point.x,
            request.point.y,
            &request.level,
            request.size
        ),
        (3, -4, &Level::High, 7)
    );
    assert_eq!(
        (
            &request.status,
            request.owner.as_ref().map(|o| o.name.as_str())
        ),
        (&Status::Closed, Some("Bo"))
    );
}

#[test]
fn builtins() {
    let (b, _) = sample!(builtins);
    assert_eq!(
        (b.a_string.as_str(), b.a_boolean, b.an_int, b.a_double),
        (" spaced & escaped <text> ", true, i32::MIN, 2500.0)
    );
    assert_eq!(
        (b.an_unsigned_short, b.a_long, b.an_unsigned_int, b.a_float),
        (65535, i64::MAX, Some(4_000_000_000), Some(0.25))
    );
    assert_eq!(
        (
            b.a_date_time.as_str(),
            b.a_duration.as_str(),
            b.a_language.as_str()
        ),
        ("2024-02-29T12:30:00.5+01:00", "P1DT2H30M", "en-GB")
    );
    assert_eq!(b.a_base64_binary.to_bytes(), b"hello");
    assert_eq!(
        (
            b.a_decimal.as_deref(),
            b.a_date.as_ref().map(|d| d.as_str()),
            b.a_time.as_ref().map(|t| t.as_str())
        ),
        (Some("123.4500"), Some("2024-02-29"), Some("23:59:59"))
    );
    assert_eq!(b.an_any_uri.as_deref(), Some("https://example.com/a?b=c"));
}

#[test]
fn xml_lang() {
    let (request, text) = sample!(xml_lang);
    assert_eq!(request.lang, "en");
    let [plain, us] = &request.text[..] else {
        panic!("{:?}", request.text)
    };
    assert_eq!(
        (
            plain.lang.as_deref(),
            plain.value.as_str(),
            us.lang.as_deref(),
            us.value.as_str()
        ),
        (None, "colour", Some("en-US"), "color")
    );
    assert!(text.contains("xml:lang=\"en-US\""), "{text}");
}

#[test]
fn naming() {
    use naming::Mode;
    let (n, _) = sample!(naming);
    assert_eq!(
        (
            n.id.as_deref(),
            n.r#ref.as_deref(),
            n.r#type.value.as_str(),
            n.r#match.value.as_str()
        ),
        (Some("attr"), Some("r1"), "t", "m")
    );
    assert_eq!(
        (
            n.self_.as_ref().map(|s| s.value.as_str()),
            n.place2nd.as_ref().and_then(|p| p.x)
        ),
        (Some("s"), Some(1))
    );
    assert_eq!(
        (
            n.value.as_str(),
            n.value_element.as_str(),
            n.id_element.as_str()
        ),
        ("upper", "lower", "element")
    );
    assert_eq!(n.extra_element.as_deref(), Some("not the extra field"));
    assert_eq!(
        (
            n.lower.as_ref().and_then(|i| i.lower),
            n.upper.as_ref().and_then(|i| i.upper)
        ),
        (Some(1), Some(2))
    );
    assert_eq!(
        n.mode,
        [
            Mode::Type,
            Mode::On2,
            Mode::AB2,
            Mode::Other,
            Mode::Empty,
            Mode::OtherValue("brand-new".into())
        ]
    );
    assert!(n.extra.is_empty(), "{:?}", n.extra);
}

#[test]
fn unknown_elements() {
    let (request, text) = sample!(unknown_elements);
    let [al, bea] = &request.contact[..] else {
        panic!("{:?}", request.contact)
    };
    assert_eq!(
        (al.id.as_deref(), al.name.as_str(), al.email.as_deref()),
        (Some("c1"), "Al", Some("al@example.com"))
    );
    assert_eq!(
        (
            al.extra.attributes()[0].name.local.as_str(),
            al.extra.attributes()[0].value.as_str()
        ),
        ("Nickname", "al")
    );
    let [phone] = al.extra.elements() else {
        panic!("{:?}", al.extra)
    };
    element(phone, "urn:golden", "Phone");
    assert_eq!(
        (phone.attribute("", "kind"), phone.text().as_str()),
        (Some("mobile"), "555-0100")
    );
    let [pronouns] = bea.extra.elements() else {
        panic!("{:?}", bea.extra)
    };
    element(pronouns, "urn:new", "Pronouns");
    let [added] = request.extra.elements() else {
        panic!("{:?}", request.extra)
    };
    element(added, "urn:golden", "Added");
    let marker = request.marker.as_ref().expect("Marker");
    assert_eq!(marker.extra.attributes()[0].value, "yes");
    element(&marker.extra.elements()[0], "urn:golden", "Note");
    assert!(
        text.contains("555-0100") && text.contains("she/her") && text.contains(">kept<"),
        "{text}"
    );
}

/// The attributes `extra` kept, as `{ns}local` (or `local`) and value.
fn kept_attributes(extra: &rt::Extra) -> Vec<(String, &str)> {
    extra
        .attributes()
        .iter()
        .map(|a| (a.name.to_string(), a.value.as_str()))
        .collect()
}

#[test]
fn group() {
    // A group that is a choice becomes one enum named after the group, however many
    // types use it; the fields are named after it too.
    use group::{ContactChoice as C, PatternTypes, RangeTypes};
    let (request, _) = sample!(group);
    let person = &request.person;
    assert_eq!(
        (person.first.as_str(), &person.last, person.age),
        ("Ann", &None, Some(41))
    );
    assert_eq!(
        (
            &request.recurrence.pattern_types,
            &request.recurrence.range_types
        ),
        (
            &PatternTypes::Weekly("Monday".into()),
            &RangeTypes::Count(10)
        )
    );
    let [first, second] = &request.change[..] else {
        panic!("{:?}", request.change)
    };
    assert_eq!(
        (
            first.offset.as_str(),
            &first.pattern_types,
            first.time.as_str()
        ),
        ("PT1H", &Some(PatternTypes::Daily(2)), "02:00:00")
    );
    let [RangeTypes::NoEnd(no_end), RangeTypes::Count(3)] = &first.range_types[..] else {
        panic!("{:?}", first.range_types)
    };
    assert_eq!(no_end.as_str(), "2024-01-01");
    assert_eq!(
        (
            second.offset.as_str(),
            &second.pattern_types,
            &second.range_types[..],
            second.time.as_str()
        ),
        ("-PT30M", &None, &[][..], "03:00:00")
    );
    assert_eq!(
        request.contact_choices,
        [
            C::Email("ann@example.com".into()),
            C::Phone("555-0100".into()),
            C::Email("a@example.org".into())
        ]
    );
}

#[test]
fn attribute_group() {
    let (request, _) = sample!(attribute_group);
    let folders = &request.folders;
    assert_eq!(
        (
            folders.indexed_paging_offset,
            folders.includes_last_item_in_range,
            folders.total_items_in_view,
            folders.name.as_deref()
        ),
        (Some(10), Some(false), 25, Some("Inbox"))
    );
    let audited = &request.audited;
    assert_eq!(
        (
            audited.kind.as_deref(),
            audited.indexed_paging_offset,
            audited.includes_last_item_in_range,
            audited.total_items_in_view,
            audited.audited_by.as_deref()
        ),
        (Some("search"), None, None, 3, Some("ann"))
    );
    let items = &request.items;
    assert_eq!(
        (
            items.indexed_paging_offset,
            items.includes_last_item_in_range,
            items.total_items_in_view,
            items.created.as_ref().map(|c| c.as_str())
        ),
        (None, Some(true), 7, Some("2024-05-01T08:00:00Z"))
    );
    assert_eq!((&items.name, items.count), (&None, 7));
    for extra in [&folders.extra, &audited.extra, &items.extra] {
        assert!(extra.is_empty(), "{extra:?}");
    }
}

#[test]
fn list() {
    use list::{ActionsTypeItem as A, DayOfWeekType as D};
    let (request, text) = sample!(list);
    let [full, empty] = &request.pattern[..] else {
        panic!("{:?}", request.pattern)
    };
    assert_eq!(
        full.days.as_ref().map(|d| &d.0[..]),
        Some(&[D::Monday, D::Weekday][..])
    );
    assert_eq!(full.sizes.0, [1, -2, 3]);
    assert_eq!(
        full.days_of_week.0,
        [D::Sunday, D::Tuesday, D::Other("Holiday".into())]
    );
    assert_eq!(full.numbers.as_ref().map(|n| &n.0[..]), Some(&[42][..]));
    assert_eq!(
        full.actions.as_ref().map(|a| &a.0[..]),
        Some(&[A::Delete, A::Create][..])
    );
    assert_eq!(
        full.words.as_ref().map(|w| &w.0[..]),
        Some(&["a".to_string(), "b".into(), "c".into()][..])
    );
    assert_eq!(
        (
            &empty.days,
            &empty.sizes.0[..],
            &empty.days_of_week.0[..],
            &empty.numbers
        ),
        (&None, &[][..], &[][..], &None)
    );
    // Lists are written with single spaces.
    assert!(
        text.contains("Days=\"Monday Weekday\"")
            && text.contains("Sizes=\"1 -2 3\"")
            && text.contains(">Sunday Tuesday Holiday<")
            && text.contains("Sizes=\"\""),
        "{text}"
    );
}

#[test]
fn any_attribute() {
    let (request, text) = sample!(any_attribute);
    assert_eq!(
        kept_attributes(&request.extra),
        [("{urn:vendor}trace".to_string(), "on")]
    );
    let culture = &request.culture;
    assert_eq!(culture.value.as_str(), "en-US");
    assert_eq!(
        kept_attributes(&culture.extra),
        [(
            "{http://schemas.xmlsoap.org/soap/envelope/}mustUnderstand".to_string(),
            "1"
        )]
    );
    let context = &request.context;
    assert_eq!(
        (context.id.as_deref(), context.name.as_str()),
        (Some("c1"), "zone")
    );
    assert_eq!(
        kept_attributes(&context.extra),
        [
            ("{urn:vendor}flag".to_string(), "x & y"),
            ("Plain".to_string(), "p"),
            ("{urn:golden}Local".to_string(), "l")
        ]
    );
    // A type without xs:anyAttribute keeps unknown attributes all the same.
    let plain = &request.plain;
    assert_eq!(plain.id.as_deref(), Some("p1"));
    assert_eq!(
        kept_attributes(&plain.extra),
        [
            ("Unknown".to_string(), "u"),
            ("{urn:vendor}more".to_string(), "m")
        ]
    );
    assert!(text.contains("=\"x &amp; y\""), "{text}");
}

#[test]
fn restriction() {
    let (request, _) = sample!(restriction);
    let accept = &request.accept_item;
    assert_eq!(
        (
            accept.id.as_deref(),
            accept.body.as_deref(),
            accept.to_recipients.as_deref(),
            accept.reference_item_id.as_deref()
        ),
        (
            Some("a1"),
            Some("See you there."),
            Some("bo@example.com"),
            Some("item-9")
        )
    );
    let decline = request.decline_item.as_ref().expect("DeclineItem");
    assert_eq!(
        (
            &decline.id,
            &decline.body,
            decline.reference_item_id.as_deref(),
            decline.reason.as_str()
        ),
        (&None, &None, Some("item-10"), "Busy")
    );
    let text = &request.text;
    assert_eq!(
        (
            text.lang.as_deref(),
            text.note.as_deref(),
            text.value.as_str()
        ),
        (Some("en"), Some("long"), "A longer text")
    );
    assert_eq!(
        (request.short.lang.as_str(), request.short.value.as_str()),
        ("de", "Kurz")
    );
}

#[test]
fn recursion() {
    use recursion::{
        AndType, ExpressionType, ExpressionTypeChoice as E, FolderType, NodeType, NotType,
        SubFoldersType, TreeType,
    };
    let (request, _) = sample!(recursion);
    let node = |label: &str, next: Option<NodeType>| NodeType {
        label: label.into(),
        next: next.map(Box::new),
        extra: rt::Extra::default(),
    };
    assert_eq!(
        request.node,
        node("1", Some(node("2", Some(node("3", None)))))
    );
    let tree = |name: &str, child: Vec<TreeType>| TreeType {
        name: name.into(),
        child,
        extra: rt::Extra::default(),
    };
    assert_eq!(
        request.tree,
        tree(
            "root",
            vec![tree("a", vec![tree("a1", vec![])]), tree("b", vec![])]
        )
    );
    let folder = |name: &str, only: Option<FolderType>| FolderType {
        display_name: name.into(),
        sub_folders: only.map(|f| {
            Box::new(SubFoldersType {
                only: Some(f),
                extra: rt::Extra::default(),
            })
        }),
        extra: rt::Extra::default(),
    };
    assert_eq!(
        request.folder,
        folder("Inbox", Some(folder("Work", Some(folder("Old", None)))))
    );
    let expr = |choice: E| ExpressionType {
        choice: Box::new(choice),
        extra: rt::Extra::default(),
    };
    let not = |operand: ExpressionType| {
        expr(E::Not(NotType {
            operand,
            extra: rt::Extra::default(),
        }))
    };
    assert_eq!(
        request.r#where,
        expr(E::And(AndType {
            operand: vec![
                expr(E::Leaf("x".into())),
                not(not(expr(E::Leaf("y".into()))))
            ],
            extra: rt::Extra::default(),
        }))
    );
}

#[test]
fn big_choice() {
    use big_choice::ArrayOfResponseMessagesTypeChoice as C;
    let (request, _) = sample!(big_choice);
    let [C::CreateItemResponseMessage(create), C::GetFolderResponseMessage(folder), C::SyncPersonaResponseMessage(sync), C::DeleteItemResponseMessage(delete), C::EmptyReminderResponseMessage(last)] =
        &request.response_messages.choices[..]
    else {
        panic!("{:?}", request.response_messages.choices)
    };
    assert_eq!(
        (
            create.response_class.as_str(),
            create.response_code.as_deref(),
            &create.item_id[..]
        ),
        (
            "Success",
            Some("NoError"),
            &["i-1".to_string(), "i-2".into()][..]
        )
    );
    assert_eq!(folder.folder_id.as_deref(), Some("f-1"));
    assert_eq!(
        (
            sync.response_class.as_str(),
            sync.message_text.as_deref(),
            sync.response_code.as_deref()
        ),
        ("Error", Some("Not found."), Some("ErrorItemNotFound"))
    );
    assert_eq!(
        (delete.response_class.as_str(), &delete.response_code),
        ("Warning", &None)
    );
    assert_eq!(
        (last.response_class.as_str(), &last.item_id[..]),
        ("Success", &["r-1".to_string()][..])
    );
}

#[test]
fn same_name() {
    use same_name::{ItemTypeTypes, ResponseClassType, ResponseClassTypeTypes};
    let (request, text) = sample!(same_name);
    assert_eq!(request.item.subject, 7);
    let t_item = |id: Option<&str>, subject: &str| ItemTypeTypes {
        id: id.map(Into::into),
        subject: subject.into(),
        extra: rt::Extra::default(),
    };
    assert_eq!(request.item.item, t_item(Some("inner"), "Inner"));
    assert_eq!(
        request.item_element,
        [t_item(Some("a"), "First"), t_item(None, "Second")]
    );
    assert!(request.extra.is_empty(), "{:?}", request.extra);
    assert!(text.contains("\"urn:golden:types\""), "{text}");
    // The two ResponseClassType enumerations stay apart.
    assert_eq!(
        <ResponseClassType as SimpleType>::parse("Error"),
        Ok(ResponseClassType::Other("Error".into()))
    );
    assert_eq!(
        <ResponseClassTypeTypes as SimpleType>::parse("Error"),
        Ok(ResponseClassTypeTypes::Error)
    );
}

#[test]
fn case_names() {
    use case_names::{ModeType, ModeTypeGolden};
    let (request, _) = sample!(case_names);
    let foo = &request.foo;
    assert_eq!(
        (foo.id.as_deref(), foo.id_attribute, foo.id_attribute2),
        (Some("lower"), Some(2), Some(true))
    );
    assert_eq!(
        (foo.id_element.as_str(), foo.id_element2, foo.id_element3),
        ("upper", 3, Some(false))
    );
    assert_eq!(
        (
            request.foo_element.url.as_str(),
            request.foo_element.url_element.as_str()
        ),
        ("a", "B")
    );
    assert_eq!(
        (
            request.foo_element2.mailbox_smtp_address.as_deref(),
            request
                .foo_element2
                .mailbox_smtp_address_attribute
                .as_deref()
        ),
        (Some("x@example.com"), Some("y@example.com"))
    );
    assert_eq!(request.mode, [ModeType::Id2, ModeType::Id3, ModeType::Id]);
    assert_eq!(request.mode_element, Some(ModeTypeGolden::On));
    assert!(foo.extra.is_empty(), "{:?}", foo.extra);
}

#[test]
fn enum_values() {
    use enum_values::OddValueType as V;
    let all = [
        ("1.0", V::V1_0),
        ("10", V::V10),
        ("1_0", V::V1_0_2),
        ("Exchange2007", V::Exchange2007),
        ("Exchange2007_SP1", V::Exchange2007Sp1),
        ("IPM.Note", V::IpmNote),
        ("-", V::Minus),
        ("+", V::Plus),
        ("+1", V::Plus1),
        ("-1", V::Minus1),
        ("a b", V::AB),
        ("a-b", V::AB2),
        ("", V::Empty),
        ("Value", V::Value),
        ("value", V::Value2),
        ("VALUE", V::Value3),
        ("Self", V::Self_),
        ("self", V::Self2),
        ("type", V::Type),
        ("Type", V::Type2),
        ("fn", V::Fn),
        ("2nd", V::V2nd),
        ("3D", V::V3d),
        ("Empty", V::Empty2),
        ("é", V::É),
        ("OtherValue", V::OtherValue),
    ];
    for (text, variant) in &all {
        assert_eq!(V::parse(text).as_ref(), Ok(variant), "{text:?}");
        assert_eq!(variant.to_text(), *text);
    }
    let (request, text) = sample!(enum_values);
    assert_eq!(request.version, Some(V::Exchange2007Sp1));
    let listed: Vec<V> = all.into_iter().map(|(_, v)| v).collect();
    let (known, unknown) = request.value.split_at(listed.len());
    assert_eq!(known, listed);
    // Not listed: a new value, and a listed one with a space (xs:string keeps it).
    assert_eq!(
        unknown,
        [V::Other("Exchange2013".into()), V::Other(" Value".into())]
    );
    for value in ["1.0", "1_0", "a b", "+1", "é", "Exchange2013", " Value"] {
        assert!(text.contains(&format!(">{value}<")), "{value:?} in {text}");
    }
    assert!(text.contains(":Value/>"), "the empty value in {text}");
}

#[test]
fn polymorphism() {
    use polymorphism::{
        AlternateIdBaseType as Alt, BaseItemIdType as Base, SearchExpressionChoice as S,
        SearchExpressionType as T,
    };
    let (request, text) = sample!(polymorphism);
    let Alt::AlternateId(alternate) = &request.alternate_id else {
        panic!("{:?}", request.alternate_id)
    };
    assert_eq!(
        (
            alternate.format.as_str(),
            alternate.id.as_str(),
            alternate.mailbox.as_str(),
            alternate.note.as_deref()
        ),
        ("EwsId", "AAMk", "a@example.com", Some("moved"))
    );
    // Another prefix (`x`) bound to the same namespace.
    let Some(Base::ItemId(item)) = &request.item_id else {
        panic!("{:?}", request.item_id)
    };
    assert_eq!(
        (item.id.as_str(), item.change_key.as_deref()),
        ("i-1", Some("ck-1"))
    );
    // The third uses another prefix for xsi itself.
    let [Base::ItemId(plain), Base::AlternatePublicFolderId(folder), Base::AlternatePublicFolderItemId(folder_item)] =
        &request.id[..]
    else {
        panic!("{:?}", request.id)
    };
    assert_eq!((plain.id.as_str(), &plain.change_key), ("i-2", &None));
    assert_eq!(
        (folder.format.as_str(), folder.folder_id.as_str()),
        ("HexEntryId", "f-1")
    );
    assert_eq!(
        (
            folder_item.format.as_str(),
            folder_item.folder_id.as_str(),
            folder_item.item_id.as_str()
        ),
        ("EntryId", "f-2", "i-3")
    );
    // xsi:type is the variant, not an unknown attribute.
    for extra in [
        &alternate.extra,
        &item.extra,
        &plain.extra,
        &folder.extra,
        &folder_item.extra,
    ] {
        assert!(extra.is_empty(), "{extra:?}");
    }
    // The head element of abstract type, by xsi:type, inside a member.
    let [first, second] = &request.restriction[..] else {
        panic!("{:?}", request.restriction)
    };
    let S::Not(not) = &first.search_expression else {
        panic!("{:?}", first.search_expression)
    };
    let S::SearchExpression(head) = &*not.search_expression else {
        panic!("{:?}", not.search_expression)
    };
    let T::IsEqualTo(equal) = head else {
        panic!("{head:?}")
    };
    assert_eq!(
        (equal.field_uri.as_str(), equal.constant.as_str()),
        ("item:Subject", "hello")
    );
    assert!(equal.extra.is_empty(), "{:?}", equal.extra);
    let S::Exists(exists) = &second.search_expression else {
        panic!("{:?}", second.search_expression)
    };
    assert_eq!(exists.field_uri, "item:Body");
    // Encoding writes xsi:type with whatever prefix the writer bound to urn:golden.
    let (before, _) = text
        .split_once("=\"urn:golden\"")
        .expect("urn:golden declared");
    let (_, prefix) = before
        .rsplit_once(" xmlns:")
        .expect("a prefixed declaration");
    for local in [
        "AlternateIdType",
        "ItemIdType",
        "AlternatePublicFolderIdType",
        "AlternatePublicFolderItemIdType",
        "IsEqualToType",
    ] {
        assert!(
            text.contains(&format!("xsi:type=\"{prefix}:{local}\"")),
            "{local} in {text}"
        );
    }
}

/// A Request whose AlternateId has the xsi:type `{prefix}:FutureIdType`, `prefix` bound to
/// urn:golden on that element, and whose ItemId has no xsi:type.
fn unknown_type_request(prefix: &str) -> String {
    format!(
        r#"<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:g="urn:golden"><soap:Body>
<g:Request xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <g:AlternateId xmlns:{prefix}="urn:golden" xsi:type="{prefix}:FutureIdType" Format="EwsId" Id="f"><g:Hint>new</g:Hint></g:AlternateId>
  <g:ItemId Id="untyped"/>
  <g:Id xsi:type="g:ItemIdType" Id="known"/>
  <g:Restriction><g:Exists FieldURI="item:Body"/></g:Restriction>
</g:Request></soap:Body></soap:Envelope>"#
    )
}

#[test]
fn polymorphism_unknown_type() {
    use polymorphism::BaseItemIdType as Base;
    // An xsi:type the schema does not define, and none at all: both kept whole.
    let envelope = polymorphism::decode_any(&unknown_type_request("a")).expect("decodes");
    let polymorphism::Message::Request(request) = &envelope.body else {
        panic!("{:?}", envelope.body)
    };
    let polymorphism::AlternateIdBaseType::Other(future) = &request.alternate_id else {
        panic!("{:?}", request.alternate_id)
    };
    element(future, "urn:golden", "AlternateId");
    // A kept xsi:type holds its QName resolved, `{namespace}local`: the prefix would
    // mean nothing once the declarations are gone.
    assert_eq!(
        (
            future.attribute(rt::ns::XSI, "type"),
            future.attribute("", "Format"),
            future.attribute("", "Id")
        ),
        (Some("{urn:golden}FutureIdType"), Some("EwsId"), Some("f"))
    );
    assert_eq!(
        future.child("urn:golden", "Hint").map(AnyElement::text),
        Some("new".into())
    );
    let Some(Base::Other(untyped)) = &request.item_id else {
        panic!("{:?}", request.item_id)
    };
    element(untyped, "urn:golden", "ItemId");
    assert_eq!(untyped.attribute("", "Id"), Some("untyped"));
    assert!(matches!(&request.id[..], [Base::ItemId(known)] if known.id == "known"));
    let text = rt::encode_envelope(&envelope).expect("encodes");
    assert!(
        text.contains("FutureIdType") && text.contains(">new<") && text.contains(r#"Id="untyped""#),
        "{text}"
    );
}

/// The `Other` element's xsi:type must still name `{urn:golden}FutureIdType` after
/// encoding. Today the value is written as captured (`a:FutureIdType`) without a
/// declaration of `a`, so decoding the re-encoded text fails with
/// `UndeclaredPrefix("a")`; with the prefix `t` it silently comes to mean the EWS
/// types namespace, which the writer binds to `t` on the envelope.
#[test]
fn polymorphism_unknown_type_round_trip() {
    for prefix in ["a", "t"] {
        let (_, text) = round_trip(&unknown_type_request(prefix), polymorphism::decode_any);
        let (_, value) = text.split_once(":type=\"").expect("xsi:type written");
        let (used, _) = value.split_once(':').expect("a prefixed QName");
        assert!(
            text.contains(&format!("xmlns:{used}=\"urn:golden\"")),
            "{prefix}: `{used}` must be bound to urn:golden in {text}"
        );
    }
}

#[test]
fn nillable() {
    use nillable::{
        ConflictDataChoice as C, IndividualAttendeeConflictData, MailboxDataType, MailboxType,
    };
    use rt::Nillable::{Nil, Value};
    let (request, text) = sample!(nillable);
    let mailbox = |address: &str| MailboxType {
        address: address.into(),
        extra: rt::Extra::default(),
    };
    assert_eq!(request.subject, Nil);
    assert_eq!(request.priority, Some(Value(2)), "xsi:nil=\"false\"");
    assert_eq!(request.mailbox, Nil, "xsi:nil=\"1\"");
    assert_eq!(request.delegate, Some(Value(mailbox("d@example.com"))));
    let data = |address: &str, exclude: Option<bool>| MailboxDataType {
        email: mailbox(address),
        exclude_conflicts: exclude,
        extra: rt::Extra::default(),
    };
    assert_eq!(
        request.mailbox_data,
        [
            Value(data("a@example.com", None)),
            Nil,
            Value(data("b@example.com", Some(true)))
        ]
    );
    assert_eq!(request.count, [Value(1), Nil], "another xsi prefix");
    let [C::UnknownAttendeeConflictData(Nil), C::IndividualAttendeeConflictData(Value(busy)), C::UnknownAttendeeConflictData(Value(unknown)), C::IndividualAttendeeConflictData(Nil), C::Note(Nil), C::Note(Value(note))] =
        &request.conflict_data.choices[..]
    else {
        panic!("{:?}", request.conflict_data.choices)
    };
    assert_eq!(
        busy,
        &IndividualAttendeeConflictData {
            busy_type: "Busy".into(),
            extra: rt::Extra::default()
        }
    );
    assert!(unknown.extra.is_empty(), "{:?}", unknown.extra);
    assert_eq!(note, "hi");
    // xsi:nil="false" is not kept as an unknown attribute.
    let Value(last) = &request.mailbox_data[2] else {
        panic!()
    };
    assert!(last.extra.is_empty(), "{:?}", last.extra);
    // Nil re-encodes as an empty element with xsi:nil; a value without it.
    for local in [
        "Subject",
        "Mailbox",
        "MailboxData",
        "Count",
        "UnknownAttendeeConflictData",
        "IndividualAttendeeConflictData",
        "Note",
    ] {
        assert!(
            text.contains(&format!(
                ":{local} xmlns:xsi=\"{}\" xsi:nil=\"true\"/>",
                rt::ns::XSI
            )),
            "{local} in {text}"
        );
    }
    assert_eq!(text.matches("xsi:nil=").count(), 7, "{text}");
    assert!(text.contains(">2</"), "{text}");
}

#[test]
fn nillable_nil_with_content() {
    use rt::DecodeErrorKind as K;
    let request = |subject: &str| {
        format!(
            r#"<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:g="urn:golden"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soap:Body><g:Request>
{subject}
<g:Mailbox xsi:nil="true"/><g:ConflictData/>
</g:Request></soap:Body></soap:Envelope>"#
        )
    };
    let error = |subject: &str| {
        nillable::decode_any(&request(subject)).expect_err("a nil element with content")
    };
    // Text content: at the text.
    let e = error(r#"<g:Subject xsi:nil="true">x</g:Subject>"#);
    assert_eq!(
        (&e.kind, e.line, e.column, e.path.as_str()),
        (&K::UnexpectedText, 3, 27, "/Envelope/Body/Request/Subject"),
        "{e}"
    );
    // A child element: at the child.
    let e = error(r#"<g:Mailbox xsi:nil="true"><g:Address>a</g:Address></g:Mailbox>"#);
    assert!(
        matches!(&e.kind, K::UnexpectedElement(_)) && (e.line, e.column) == (3, 27),
        "{e:?}"
    );
    // The same elements without xsi:nil decode.
    let ok = nillable::decode_any(&request("<g:Subject>x</g:Subject>")).expect("decodes");
    let nillable::Message::Request(r) = ok.body else {
        panic!()
    };
    assert_eq!(r.subject, rt::Nillable::Value("x".into()));
}

#[test]
fn defaults() {
    use defaults::{MatchOptionsType as M, SearchScopeType as S};
    let (request, text) = sample!(defaults);
    let [absent, empty, given] = &request.query[..] else {
        panic!("{:?}", request.query)
    };
    // Attributes absent: the default (or fixed) value; elements absent: None.
    assert_eq!(
        (
            &absent.search_scope,
            absent.return_full_contact_data,
            absent.limit,
            absent.label.as_str(),
            absent.version.as_str()
        ),
        (&S::ActiveDirectoryContacts, true, 100, "all", "1.0")
    );
    assert_eq!(
        (
            &absent.keyword_match_option,
            absent.max_results,
            &absent.culture,
            absent.exact
        ),
        (&None, None, &None, None)
    );
    // Attributes present (an empty one stays empty); elements present and empty: the default.
    assert_eq!(
        (
            &empty.search_scope,
            empty.return_full_contact_data,
            empty.limit,
            empty.label.as_str(),
            empty.version.as_str()
        ),
        (&S::Contacts, false, 5, "", "1.0")
    );
    assert_eq!(
        (
            &empty.keyword_match_option,
            empty.max_results,
            empty.culture.as_deref(),
            empty.exact
        ),
        (&Some(M::Prefix), Some(10), Some("en-US"), Some(false))
    );
    // Elements with a value: the value.
    assert_eq!(given.search_scope, S::ActiveDirectory);
    assert_eq!(
        (
            &given.keyword_match_option,
            given.max_results,
            given.culture.as_deref(),
            given.exact
        ),
        (&Some(M::Substring), Some(3), Some("de-DE"), Some(true))
    );
    for query in &request.query {
        assert!(query.extra.is_empty(), "{:?}", query.extra);
    }
    // Defaults are written out: the first Query gets every attribute, the second the
    // elements' default values.
    assert!(
        text.contains(
            r#"<ns1:Query SearchScope="ActiveDirectoryContacts" ReturnFullContactData="true" Limit="100" Label="all" Version="1.0"/>"#
        ),
        "{text}"
    );
    assert!(
        text.contains("<ns1:KeywordMatchOption>Prefix</") && text.contains("<ns1:Culture>en-US</"),
        "{text}"
    );
}

/// XML Schema applies an element's default only when the element has no character
/// children; `<Culture> </Culture>` (xs:string, whitespace preserved) is the value
/// " ". Today it decodes to the default `en-US`, so the space the sender wrote is
/// replaced.
#[test]
fn defaults_whitespace_is_not_empty() {
    let xml = r#"<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:g="urn:golden"><soap:Body>
<g:Request><g:Query><g:Culture> </g:Culture></g:Query></g:Request></soap:Body></soap:Envelope>"#;
    let (message, _) = round_trip(xml, defaults::decode_any);
    let defaults::Message::Request(request) = message else {
        panic!("{message:?}")
    };
    assert_eq!(request.query[0].culture.as_deref(), Some(" "));
}
