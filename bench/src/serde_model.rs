//! The quick-xml + serde baseline: hand-written structs equivalent to the schema
//! types the inputs reach (the way hand-written EWS crates model them), with
//! serde's derive. Every type the inputs reach is complete: each child element
//! and attribute in schema order, `Option` for `minOccurs="0"`, `Vec` for
//! repeated elements, enums where the schema has an enumeration. Dates,
//! durations, GUIDs and the union `PropertyTagType` are kept as strings (no
//! extra crates); `MessageXml` (any content) is skipped; undeclared elements
//! are ignored, as serde does by default.
//!
//! Elements are matched by local name, as quick-xml does; for encoding, `xmlns`
//! attributes put the elements in the EWS namespaces (children of a
//! messages-namespace `Persona` stay in the default namespace of their parent).

use serde::{Deserialize, Serialize};

const SOAP: &str = "http://schemas.xmlsoap.org/soap/envelope/";
const M: &str = "http://schemas.microsoft.com/exchange/services/2006/messages";
const T: &str = "http://schemas.microsoft.com/exchange/services/2006/types";

fn soap() -> Option<String> {
    Some(SOAP.to_owned())
}
fn m() -> Option<String> {
    Some(M.to_owned())
}
fn t() -> Option<String> {
    Some(T.to_owned())
}

// ---------------------------------------------------------------------------
// SOAP envelope and headers
// ---------------------------------------------------------------------------

/// `soap:Envelope` with a body of type `B`.
#[derive(Debug, Deserialize, Serialize)]
pub struct Envelope<B> {
    #[serde(rename = "@xmlns", skip_deserializing, default = "soap")]
    xmlns: Option<String>,
    #[serde(rename = "Header", skip_serializing_if = "Option::is_none")]
    pub header: Option<SoapHeader>,
    #[serde(rename = "Body")]
    pub body: B,
}

/// `soap:Header`: the EWS headers the IM operations declare.
#[derive(Debug, Deserialize, Serialize)]
pub struct SoapHeader {
    #[serde(
        rename = "ExchangeImpersonation",
        skip_serializing_if = "Option::is_none"
    )]
    pub exchange_impersonation: Option<ExchangeImpersonation>,
    #[serde(rename = "MailboxCulture", skip_serializing_if = "Option::is_none")]
    pub mailbox_culture: Option<MailboxCulture>,
    #[serde(
        rename = "RequestServerVersion",
        skip_serializing_if = "Option::is_none"
    )]
    pub request_server_version: Option<RequestServerVersion>,
    #[serde(rename = "ServerVersionInfo", skip_serializing_if = "Option::is_none")]
    pub server_version_info: Option<ServerVersionInfo>,
    #[serde(rename = "TimeZoneContext", skip_serializing_if = "Option::is_none")]
    pub time_zone_context: Option<TimeZoneContext>,
}

/// `t:ExchangeImpersonation`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ExchangeImpersonation {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "ConnectingSID")]
    pub connecting_sid: ConnectingSid,
}

/// `t:ConnectingSIDType`: one of four ways to name the account.
#[derive(Debug, Deserialize, Serialize)]
pub struct ConnectingSid {
    #[serde(rename = "$value")]
    pub id: ConnectingSidChoice,
}

/// The choice inside `t:ConnectingSIDType`.
#[derive(Debug, Deserialize, Serialize)]
pub enum ConnectingSidChoice {
    PrincipalName(String),
    #[serde(rename = "SID")]
    Sid(String),
    PrimarySmtpAddress(String),
    SmtpAddress(String),
}

/// `t:MailboxCulture` (an `xs:language` value).
#[derive(Debug, Deserialize, Serialize)]
pub struct MailboxCulture {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "$text")]
    pub value: String,
}

/// `t:RequestServerVersion`.
#[derive(Debug, Deserialize, Serialize)]
pub struct RequestServerVersion {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "@Version")]
    pub version: ExchangeVersion,
}

/// `t:ExchangeVersionType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum ExchangeVersion {
    Exchange2007,
    #[serde(rename = "Exchange2007_SP1")]
    Exchange2007Sp1,
    Exchange2009,
    Exchange2010,
    #[serde(rename = "Exchange2010_SP1")]
    Exchange2010Sp1,
    #[serde(rename = "Exchange2010_SP2")]
    Exchange2010Sp2,
    Exchange2012,
    Exchange2013,
    #[serde(rename = "Exchange2013_SP1")]
    Exchange2013Sp1,
    Exchange2015,
    Exchange2016,
    V2015_10_05,
    V2016_01_06,
    V2016_04_13,
    V2016_07_13,
    V2016_10_10,
    V2017_01_07,
    V2017_04_14,
    V2017_07_11,
    V2017_10_09,
    V2018_01_08,
}

/// `t:ServerVersionInfo`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ServerVersionInfo {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "@MajorVersion", skip_serializing_if = "Option::is_none")]
    pub major_version: Option<i32>,
    #[serde(rename = "@MinorVersion", skip_serializing_if = "Option::is_none")]
    pub minor_version: Option<i32>,
    #[serde(rename = "@MajorBuildNumber", skip_serializing_if = "Option::is_none")]
    pub major_build_number: Option<i32>,
    #[serde(rename = "@MinorBuildNumber", skip_serializing_if = "Option::is_none")]
    pub minor_build_number: Option<i32>,
    #[serde(rename = "@Version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// `t:TimeZoneContext`.
#[derive(Debug, Deserialize, Serialize)]
pub struct TimeZoneContext {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "TimeZoneDefinition")]
    pub time_zone_definition: TimeZoneDefinition,
}

/// `t:TimeZoneDefinitionType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct TimeZoneDefinition {
    #[serde(rename = "@Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "@Name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Periods", skip_serializing_if = "Option::is_none")]
    pub periods: Option<NonEmptyArrayOfPeriods>,
    #[serde(rename = "TransitionsGroups", skip_serializing_if = "Option::is_none")]
    pub transitions_groups: Option<ArrayOfTransitionsGroups>,
    #[serde(rename = "Transitions", skip_serializing_if = "Option::is_none")]
    pub transitions: Option<ArrayOfTransitions>,
}

/// `t:NonEmptyArrayOfPeriodsType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct NonEmptyArrayOfPeriods {
    #[serde(rename = "Period")]
    pub period: Vec<Period>,
}

/// `t:PeriodType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct Period {
    /// An `xs:duration`.
    #[serde(rename = "@Bias", skip_serializing_if = "Option::is_none")]
    pub bias: Option<String>,
    #[serde(rename = "@Name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "@Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// `t:ArrayOfTransitionsGroupsType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfTransitionsGroups {
    #[serde(rename = "TransitionsGroup")]
    pub transitions_group: Vec<ArrayOfTransitions>,
}

/// `t:ArrayOfTransitionsType`: `t:Transition` or an element of its substitution group.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfTransitions {
    #[serde(rename = "@Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "$value")]
    pub transitions: Vec<TransitionChoice>,
}

/// `t:Transition` and the elements that substitute for it.
#[derive(Debug, Deserialize, Serialize)]
pub enum TransitionChoice {
    Transition(TransitionBase),
    AbsoluteDateTransition(AbsoluteDateTransition),
    RecurringDayTransition(RecurringDayTransition),
    RecurringDateTransition(RecurringDateTransition),
}

/// `t:TransitionType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct TransitionBase {
    #[serde(rename = "To")]
    pub to: TransitionTarget,
}

/// `t:TransitionTargetType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct TransitionTarget {
    #[serde(rename = "@Kind")]
    pub kind: TransitionTargetKind,
    #[serde(rename = "$text")]
    pub value: String,
}

/// `t:TransitionTargetKindType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum TransitionTargetKind {
    Period,
    Group,
}

/// `t:AbsoluteDateTransitionType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct AbsoluteDateTransition {
    #[serde(rename = "To")]
    pub to: TransitionTarget,
    /// An `xs:dateTime`.
    #[serde(rename = "DateTime")]
    pub date_time: String,
}

/// `t:RecurringDayTransitionType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct RecurringDayTransition {
    #[serde(rename = "To")]
    pub to: TransitionTarget,
    /// An `xs:duration`.
    #[serde(rename = "TimeOffset")]
    pub time_offset: String,
    #[serde(rename = "Month")]
    pub month: i32,
    #[serde(rename = "DayOfWeek")]
    pub day_of_week: DayOfWeek,
    #[serde(rename = "Occurrence")]
    pub occurrence: i32,
}

/// `t:RecurringDateTransitionType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct RecurringDateTransition {
    #[serde(rename = "To")]
    pub to: TransitionTarget,
    /// An `xs:duration`.
    #[serde(rename = "TimeOffset")]
    pub time_offset: String,
    #[serde(rename = "Month")]
    pub month: i32,
    #[serde(rename = "Day")]
    pub day: i32,
}

/// `t:DayOfWeekType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum DayOfWeek {
    Sunday,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Day,
    Weekday,
    WeekendDay,
}

// ---------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------

/// The body of a GetImItemList response.
#[derive(Debug, Deserialize, Serialize)]
pub struct ListBody {
    #[serde(rename = "GetImItemListResponse")]
    pub response: GetImItemListResponse,
}

/// `m:GetImItemListResponseMessageType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct GetImItemListResponse {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "@ResponseClass")]
    pub response_class: ResponseClass,
    #[serde(rename = "MessageText", skip_serializing_if = "Option::is_none")]
    pub message_text: Option<String>,
    #[serde(rename = "ResponseCode", skip_serializing_if = "Option::is_none")]
    pub response_code: Option<ResponseCode>,
    #[serde(rename = "DescriptiveLinkKey", skip_serializing_if = "Option::is_none")]
    pub descriptive_link_key: Option<i32>,
    #[serde(rename = "MessageXml", skip_serializing_if = "Option::is_none")]
    pub message_xml: Option<MessageXml>,
    #[serde(rename = "ImItemList", skip_serializing_if = "Option::is_none")]
    pub im_item_list: Option<ImItemList>,
}

/// The body of an AddNewImContactToGroup response.
#[derive(Debug, Deserialize, Serialize)]
pub struct PersonaBody {
    #[serde(rename = "AddNewImContactToGroupResponse")]
    pub response: AddNewImContactToGroupResponse,
}

/// `m:AddNewImContactToGroupResponseMessageType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct AddNewImContactToGroupResponse {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "@ResponseClass")]
    pub response_class: ResponseClass,
    #[serde(rename = "MessageText", skip_serializing_if = "Option::is_none")]
    pub message_text: Option<String>,
    #[serde(rename = "ResponseCode", skip_serializing_if = "Option::is_none")]
    pub response_code: Option<ResponseCode>,
    #[serde(rename = "DescriptiveLinkKey", skip_serializing_if = "Option::is_none")]
    pub descriptive_link_key: Option<i32>,
    #[serde(rename = "MessageXml", skip_serializing_if = "Option::is_none")]
    pub message_xml: Option<MessageXml>,
    #[serde(rename = "Persona", skip_serializing_if = "Option::is_none")]
    pub persona: Option<Persona>,
}

/// `m:MessageXml`: any elements; their content is not kept.
#[derive(Debug, Deserialize, Serialize)]
pub struct MessageXml {}

/// `t:ResponseClassType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum ResponseClass {
    Success,
    Warning,
    Error,
}

/// `t:ImItemListType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ImItemList {
    #[serde(rename = "Groups", skip_serializing_if = "Option::is_none")]
    pub groups: Option<ArrayOfImGroup>,
    #[serde(rename = "Personas", skip_serializing_if = "Option::is_none")]
    pub personas: Option<ArrayOfPeople>,
}

/// `t:ArrayOfImGroupType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfImGroup {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "ImGroup", default, skip_serializing_if = "Vec::is_empty")]
    pub im_group: Vec<ImGroup>,
}

/// `t:ImGroupType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ImGroup {
    #[serde(rename = "DisplayName")]
    pub display_name: String,
    #[serde(rename = "GroupType")]
    pub group_type: String,
    #[serde(rename = "ExchangeStoreId", skip_serializing_if = "Option::is_none")]
    pub exchange_store_id: Option<ItemId>,
    #[serde(
        rename = "MemberCorrelationKey",
        skip_serializing_if = "Option::is_none"
    )]
    pub member_correlation_key: Option<NonEmptyArrayOfItemIds>,
    #[serde(rename = "ExtendedProperties", skip_serializing_if = "Option::is_none")]
    pub extended_properties: Option<NonEmptyArrayOfExtendedProperty>,
    #[serde(rename = "SmtpAddress", skip_serializing_if = "Option::is_none")]
    pub smtp_address: Option<String>,
}

/// `t:ItemIdType` (also `PersonaId`, `GroupId`, `ContactId`, `ExchangeStoreId`...).
#[derive(Debug, Deserialize, Serialize)]
pub struct ItemId {
    #[serde(rename = "@Id")]
    pub id: String,
    #[serde(rename = "@ChangeKey", skip_serializing_if = "Option::is_none")]
    pub change_key: Option<String>,
}

/// `t:FolderIdType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct FolderId {
    #[serde(rename = "@Id")]
    pub id: String,
    #[serde(rename = "@ChangeKey", skip_serializing_if = "Option::is_none")]
    pub change_key: Option<String>,
}

/// `t:NonEmptyArrayOfItemIdsType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct NonEmptyArrayOfItemIds {
    #[serde(rename = "ItemId")]
    pub item_id: Vec<ItemId>,
}

/// `t:NonEmptyArrayOfExtendedPropertyType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct NonEmptyArrayOfExtendedProperty {
    #[serde(rename = "ExtendedProperty")]
    pub extended_property: Vec<ExtendedProperty>,
}

/// `t:ExtendedPropertyType`: the property's path, then one value or several.
#[derive(Debug, Deserialize, Serialize)]
pub struct ExtendedProperty {
    #[serde(rename = "ExtendedFieldURI")]
    pub extended_field_uri: PathToExtendedField,
    #[serde(rename = "Value", skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(rename = "Values", skip_serializing_if = "Option::is_none")]
    pub values: Option<NonEmptyArrayOfPropertyValues>,
}

/// `t:NonEmptyArrayOfPropertyValuesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct NonEmptyArrayOfPropertyValues {
    #[serde(rename = "Value")]
    pub value: Vec<String>,
}

/// `t:PathToExtendedFieldType`. It carries the types namespace because it is
/// also a child of a messages-namespace element (`ExtendedProperties` of the
/// GetImItemList and GetImItems requests).
#[derive(Debug, Deserialize, Serialize)]
pub struct PathToExtendedField {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(
        rename = "@DistinguishedPropertySetId",
        skip_serializing_if = "Option::is_none"
    )]
    pub distinguished_property_set_id: Option<DistinguishedPropertySet>,
    /// A `t:GuidType`.
    #[serde(rename = "@PropertySetId", skip_serializing_if = "Option::is_none")]
    pub property_set_id: Option<String>,
    /// A `t:PropertyTagType` (an unsigned short or a hexadecimal string).
    #[serde(rename = "@PropertyTag", skip_serializing_if = "Option::is_none")]
    pub property_tag: Option<String>,
    #[serde(rename = "@PropertyName", skip_serializing_if = "Option::is_none")]
    pub property_name: Option<String>,
    #[serde(rename = "@PropertyId", skip_serializing_if = "Option::is_none")]
    pub property_id: Option<i32>,
    #[serde(rename = "@PropertyType")]
    pub property_type: MapiPropertyType,
}

/// `t:DistinguishedPropertySetType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum DistinguishedPropertySet {
    Meeting,
    Appointment,
    Common,
    PublicStrings,
    Address,
    InternetHeaders,
    CalendarAssistant,
    UnifiedMessaging,
    Task,
    Sharing,
}

/// `t:MapiPropertyTypeType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum MapiPropertyType {
    ApplicationTime,
    ApplicationTimeArray,
    Binary,
    BinaryArray,
    Boolean,
    #[serde(rename = "CLSID")]
    Clsid,
    #[serde(rename = "CLSIDArray")]
    ClsidArray,
    Currency,
    CurrencyArray,
    Double,
    DoubleArray,
    Error,
    Float,
    FloatArray,
    Integer,
    IntegerArray,
    Long,
    LongArray,
    Null,
    Object,
    ObjectArray,
    Short,
    ShortArray,
    SystemTime,
    SystemTimeArray,
    String,
    StringArray,
}

/// `t:ArrayOfPeopleType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfPeople {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "Persona", default, skip_serializing_if = "Vec::is_empty")]
    pub persona: Vec<Persona>,
}

/// `t:PersonaType`: every child element, in schema order.
#[derive(Debug, Deserialize, Serialize)]
pub struct Persona {
    #[serde(rename = "PersonaId")]
    pub persona_id: ItemId,
    #[serde(rename = "PersonaType", skip_serializing_if = "Option::is_none")]
    pub persona_type: Option<String>,
    #[serde(
        rename = "PersonaObjectStatus",
        skip_serializing_if = "Option::is_none"
    )]
    pub persona_object_status: Option<String>,
    #[serde(rename = "CreationTime", skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
    #[serde(rename = "Bodies", skip_serializing_if = "Option::is_none")]
    pub bodies: Option<ArrayOfBodyContentAttributedValues>,
    #[serde(
        rename = "DisplayNameFirstLastSortKey",
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name_first_last_sort_key: Option<String>,
    #[serde(
        rename = "DisplayNameLastFirstSortKey",
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name_last_first_sort_key: Option<String>,
    #[serde(rename = "CompanyNameSortKey", skip_serializing_if = "Option::is_none")]
    pub company_name_sort_key: Option<String>,
    #[serde(rename = "HomeCitySortKey", skip_serializing_if = "Option::is_none")]
    pub home_city_sort_key: Option<String>,
    #[serde(rename = "WorkCitySortKey", skip_serializing_if = "Option::is_none")]
    pub work_city_sort_key: Option<String>,
    #[serde(
        rename = "DisplayNameFirstLastHeader",
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name_first_last_header: Option<String>,
    #[serde(
        rename = "DisplayNameLastFirstHeader",
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name_last_first_header: Option<String>,
    #[serde(rename = "DisplayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(
        rename = "DisplayNameFirstLast",
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name_first_last: Option<String>,
    #[serde(
        rename = "DisplayNameLastFirst",
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name_last_first: Option<String>,
    #[serde(rename = "FileAs", skip_serializing_if = "Option::is_none")]
    pub file_as: Option<String>,
    #[serde(rename = "FileAsId", skip_serializing_if = "Option::is_none")]
    pub file_as_id: Option<String>,
    #[serde(rename = "DisplayNamePrefix", skip_serializing_if = "Option::is_none")]
    pub display_name_prefix: Option<String>,
    #[serde(rename = "GivenName", skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    #[serde(rename = "MiddleName", skip_serializing_if = "Option::is_none")]
    pub middle_name: Option<String>,
    #[serde(rename = "Surname", skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    #[serde(rename = "Generation", skip_serializing_if = "Option::is_none")]
    pub generation: Option<String>,
    #[serde(rename = "Nickname", skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    #[serde(rename = "YomiCompanyName", skip_serializing_if = "Option::is_none")]
    pub yomi_company_name: Option<String>,
    #[serde(rename = "YomiFirstName", skip_serializing_if = "Option::is_none")]
    pub yomi_first_name: Option<String>,
    #[serde(rename = "YomiLastName", skip_serializing_if = "Option::is_none")]
    pub yomi_last_name: Option<String>,
    #[serde(rename = "Title", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(rename = "Department", skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    #[serde(rename = "CompanyName", skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    #[serde(rename = "Location", skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(rename = "EmailAddress", skip_serializing_if = "Option::is_none")]
    pub email_address: Option<EmailAddress>,
    #[serde(rename = "EmailAddresses", skip_serializing_if = "Option::is_none")]
    pub email_addresses: Option<ArrayOfEmailAddresses>,
    #[serde(rename = "PhoneNumber", skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<PersonaPhoneNumber>,
    #[serde(rename = "ImAddress", skip_serializing_if = "Option::is_none")]
    pub im_address: Option<String>,
    #[serde(rename = "HomeCity", skip_serializing_if = "Option::is_none")]
    pub home_city: Option<String>,
    #[serde(rename = "WorkCity", skip_serializing_if = "Option::is_none")]
    pub work_city: Option<String>,
    #[serde(rename = "RelevanceScore", skip_serializing_if = "Option::is_none")]
    pub relevance_score: Option<i32>,
    #[serde(rename = "FolderIds", skip_serializing_if = "Option::is_none")]
    pub folder_ids: Option<ArrayOfFolderId>,
    #[serde(rename = "Attributions", skip_serializing_if = "Option::is_none")]
    pub attributions: Option<ArrayOfPersonaAttributions>,
    #[serde(rename = "DisplayNames", skip_serializing_if = "Option::is_none")]
    pub display_names: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "FileAses", skip_serializing_if = "Option::is_none")]
    pub file_ases: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "FileAsIds", skip_serializing_if = "Option::is_none")]
    pub file_as_ids: Option<ArrayOfStringAttributedValues>,
    #[serde(
        rename = "DisplayNamePrefixes",
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name_prefixes: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "GivenNames", skip_serializing_if = "Option::is_none")]
    pub given_names: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "MiddleNames", skip_serializing_if = "Option::is_none")]
    pub middle_names: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "Surnames", skip_serializing_if = "Option::is_none")]
    pub surnames: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "Generations", skip_serializing_if = "Option::is_none")]
    pub generations: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "Nicknames", skip_serializing_if = "Option::is_none")]
    pub nicknames: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "Initials", skip_serializing_if = "Option::is_none")]
    pub initials: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "YomiCompanyNames", skip_serializing_if = "Option::is_none")]
    pub yomi_company_names: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "YomiFirstNames", skip_serializing_if = "Option::is_none")]
    pub yomi_first_names: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "YomiLastNames", skip_serializing_if = "Option::is_none")]
    pub yomi_last_names: Option<ArrayOfStringAttributedValues>,
    #[serde(
        rename = "BusinessPhoneNumbers",
        skip_serializing_if = "Option::is_none"
    )]
    pub business_phone_numbers: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(
        rename = "BusinessPhoneNumbers2",
        skip_serializing_if = "Option::is_none"
    )]
    pub business_phone_numbers2: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "HomePhones", skip_serializing_if = "Option::is_none")]
    pub home_phones: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "HomePhones2", skip_serializing_if = "Option::is_none")]
    pub home_phones2: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "MobilePhones", skip_serializing_if = "Option::is_none")]
    pub mobile_phones: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "MobilePhones2", skip_serializing_if = "Option::is_none")]
    pub mobile_phones2: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(
        rename = "AssistantPhoneNumbers",
        skip_serializing_if = "Option::is_none"
    )]
    pub assistant_phone_numbers: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "CallbackPhones", skip_serializing_if = "Option::is_none")]
    pub callback_phones: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "CarPhones", skip_serializing_if = "Option::is_none")]
    pub car_phones: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "HomeFaxes", skip_serializing_if = "Option::is_none")]
    pub home_faxes: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(
        rename = "OrganizationMainPhones",
        skip_serializing_if = "Option::is_none"
    )]
    pub organization_main_phones: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "OtherFaxes", skip_serializing_if = "Option::is_none")]
    pub other_faxes: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "OtherTelephones", skip_serializing_if = "Option::is_none")]
    pub other_telephones: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "OtherPhones2", skip_serializing_if = "Option::is_none")]
    pub other_phones2: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "Pagers", skip_serializing_if = "Option::is_none")]
    pub pagers: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "RadioPhones", skip_serializing_if = "Option::is_none")]
    pub radio_phones: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "TelexNumbers", skip_serializing_if = "Option::is_none")]
    pub telex_numbers: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "TTYTDDPhoneNumbers", skip_serializing_if = "Option::is_none")]
    pub ttytdd_phone_numbers: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "WorkFaxes", skip_serializing_if = "Option::is_none")]
    pub work_faxes: Option<ArrayOfPhoneNumberAttributedValues>,
    #[serde(rename = "Emails1", skip_serializing_if = "Option::is_none")]
    pub emails1: Option<ArrayOfEmailAddressAttributedValues>,
    #[serde(rename = "Emails2", skip_serializing_if = "Option::is_none")]
    pub emails2: Option<ArrayOfEmailAddressAttributedValues>,
    #[serde(rename = "Emails3", skip_serializing_if = "Option::is_none")]
    pub emails3: Option<ArrayOfEmailAddressAttributedValues>,
    #[serde(rename = "BusinessHomePages", skip_serializing_if = "Option::is_none")]
    pub business_home_pages: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "PersonalHomePages", skip_serializing_if = "Option::is_none")]
    pub personal_home_pages: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "OfficeLocations", skip_serializing_if = "Option::is_none")]
    pub office_locations: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "ImAddresses", skip_serializing_if = "Option::is_none")]
    pub im_addresses: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "ImAddresses2", skip_serializing_if = "Option::is_none")]
    pub im_addresses2: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "ImAddresses3", skip_serializing_if = "Option::is_none")]
    pub im_addresses3: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "BusinessAddresses", skip_serializing_if = "Option::is_none")]
    pub business_addresses: Option<ArrayOfPostalAddressAttributedValues>,
    #[serde(rename = "HomeAddresses", skip_serializing_if = "Option::is_none")]
    pub home_addresses: Option<ArrayOfPostalAddressAttributedValues>,
    #[serde(rename = "OtherAddresses", skip_serializing_if = "Option::is_none")]
    pub other_addresses: Option<ArrayOfPostalAddressAttributedValues>,
    #[serde(rename = "Titles", skip_serializing_if = "Option::is_none")]
    pub titles: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "Departments", skip_serializing_if = "Option::is_none")]
    pub departments: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "CompanyNames", skip_serializing_if = "Option::is_none")]
    pub company_names: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "Managers", skip_serializing_if = "Option::is_none")]
    pub managers: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "AssistantNames", skip_serializing_if = "Option::is_none")]
    pub assistant_names: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "Professions", skip_serializing_if = "Option::is_none")]
    pub professions: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "SpouseNames", skip_serializing_if = "Option::is_none")]
    pub spouse_names: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "Children", skip_serializing_if = "Option::is_none")]
    pub children: Option<ArrayOfStringArrayAttributedValues>,
    #[serde(rename = "Schools", skip_serializing_if = "Option::is_none")]
    pub schools: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "Hobbies", skip_serializing_if = "Option::is_none")]
    pub hobbies: Option<ArrayOfStringAttributedValues>,
    #[serde(
        rename = "WeddingAnniversaries",
        skip_serializing_if = "Option::is_none"
    )]
    pub wedding_anniversaries: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "Birthdays", skip_serializing_if = "Option::is_none")]
    pub birthdays: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "Locations", skip_serializing_if = "Option::is_none")]
    pub locations: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "InlineLinks", skip_serializing_if = "Option::is_none")]
    pub inline_links: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "ItemLinkIds", skip_serializing_if = "Option::is_none")]
    pub item_link_ids: Option<ArrayOfStringArrayAttributedValues>,
    #[serde(rename = "HasActiveDeals", skip_serializing_if = "Option::is_none")]
    pub has_active_deals: Option<String>,
    #[serde(rename = "IsBusinessContact", skip_serializing_if = "Option::is_none")]
    pub is_business_contact: Option<String>,
    #[serde(
        rename = "AttributedHasActiveDeals",
        skip_serializing_if = "Option::is_none"
    )]
    pub attributed_has_active_deals: Option<ArrayOfStringAttributedValues>,
    #[serde(
        rename = "AttributedIsBusinessContact",
        skip_serializing_if = "Option::is_none"
    )]
    pub attributed_is_business_contact: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "SourceMailboxGuids", skip_serializing_if = "Option::is_none")]
    pub source_mailbox_guids: Option<ArrayOfStringAttributedValues>,
    #[serde(rename = "LastContactedDate", skip_serializing_if = "Option::is_none")]
    pub last_contacted_date: Option<String>,
    #[serde(rename = "ExtendedProperties", skip_serializing_if = "Option::is_none")]
    pub extended_properties: Option<ArrayOfExtendedPropertyAttributedValues>,
    #[serde(
        rename = "ExternalDirectoryObjectId",
        skip_serializing_if = "Option::is_none"
    )]
    pub external_directory_object_id: Option<String>,
    #[serde(rename = "MapiEntryId", skip_serializing_if = "Option::is_none")]
    pub mapi_entry_id: Option<String>,
    #[serde(rename = "MapiEmailAddress", skip_serializing_if = "Option::is_none")]
    pub mapi_email_address: Option<String>,
    #[serde(rename = "MapiAddressType", skip_serializing_if = "Option::is_none")]
    pub mapi_address_type: Option<String>,
    #[serde(rename = "MapiSearchKey", skip_serializing_if = "Option::is_none")]
    pub mapi_search_key: Option<String>,
    #[serde(
        rename = "MapiTransmittableDisplayName",
        skip_serializing_if = "Option::is_none"
    )]
    pub mapi_transmittable_display_name: Option<String>,
    #[serde(rename = "MapiSendRichInfo", skip_serializing_if = "Option::is_none")]
    pub mapi_send_rich_info: Option<bool>,
}

/// `t:EmailAddressType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct EmailAddress {
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "EmailAddress", skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    #[serde(rename = "RoutingType", skip_serializing_if = "Option::is_none")]
    pub routing_type: Option<String>,
    #[serde(rename = "MailboxType", skip_serializing_if = "Option::is_none")]
    pub mailbox_type: Option<MailboxType>,
    #[serde(rename = "ItemId", skip_serializing_if = "Option::is_none")]
    pub item_id: Option<ItemId>,
    #[serde(
        rename = "OriginalDisplayName",
        skip_serializing_if = "Option::is_none"
    )]
    pub original_display_name: Option<String>,
}

/// `t:MailboxTypeType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum MailboxType {
    Unknown,
    OneOff,
    Mailbox,
    #[serde(rename = "PublicDL")]
    PublicDl,
    #[serde(rename = "PrivateDL")]
    PrivateDl,
    Contact,
    PublicFolder,
    GroupMailbox,
    ImplicitContact,
    User,
}

/// `t:ArrayOfEmailAddressesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfEmailAddresses {
    #[serde(rename = "Address", default, skip_serializing_if = "Vec::is_empty")]
    pub address: Vec<EmailAddress>,
}

/// `t:PersonaPhoneNumberType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct PersonaPhoneNumber {
    #[serde(rename = "Number")]
    pub number: String,
    #[serde(rename = "Type")]
    pub r#type: String,
}

/// `t:ArrayOfFolderIdType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfFolderId {
    #[serde(rename = "FolderId", default, skip_serializing_if = "Vec::is_empty")]
    pub folder_id: Vec<FolderId>,
}

/// `t:ArrayOfPersonaAttributionsType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfPersonaAttributions {
    #[serde(rename = "Attribution")]
    pub attribution: Vec<PersonaAttribution>,
}

/// `t:PersonaAttributionType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct PersonaAttribution {
    #[serde(rename = "Id")]
    pub id: String,
    #[serde(rename = "SourceId")]
    pub source_id: ItemId,
    #[serde(rename = "DisplayName")]
    pub display_name: String,
    #[serde(rename = "IsWritable", skip_serializing_if = "Option::is_none")]
    pub is_writable: Option<bool>,
    #[serde(rename = "IsQuickContact", skip_serializing_if = "Option::is_none")]
    pub is_quick_contact: Option<bool>,
    #[serde(rename = "IsHidden", skip_serializing_if = "Option::is_none")]
    pub is_hidden: Option<bool>,
    #[serde(rename = "FolderId", skip_serializing_if = "Option::is_none")]
    pub folder_id: Option<FolderId>,
}

/// `t:ArrayOfValueAttributionsType`: the ids of the attributions a value comes from.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfValueAttributions {
    #[serde(rename = "Attribution")]
    pub attribution: Vec<String>,
}

/// `t:ArrayOfStringValueType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfStringValue {
    #[serde(rename = "Value")]
    pub value: Vec<String>,
}

/// `t:StringAttributedValueType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct StringAttributedValue {
    #[serde(rename = "Value")]
    pub value: String,
    #[serde(rename = "Attributions")]
    pub attributions: ArrayOfValueAttributions,
}

/// `t:StringArrayAttributedValueType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct StringArrayAttributedValue {
    #[serde(rename = "Values")]
    pub values: ArrayOfStringValue,
    #[serde(rename = "Attributions")]
    pub attributions: ArrayOfValueAttributions,
}

/// `t:BodyContentType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct BodyContent {
    #[serde(rename = "Value")]
    pub value: String,
    #[serde(rename = "BodyType")]
    pub body_type: BodyType,
}

/// `t:BodyTypeType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum BodyType {
    #[serde(rename = "HTML")]
    Html,
    Text,
}

/// `t:BodyContentAttributedValueType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct BodyContentAttributedValue {
    #[serde(rename = "Value")]
    pub value: BodyContent,
    #[serde(rename = "Attributions")]
    pub attributions: ArrayOfValueAttributions,
}

/// `t:EmailAddressAttributedValueType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct EmailAddressAttributedValue {
    #[serde(rename = "Value")]
    pub value: EmailAddress,
    #[serde(rename = "Attributions")]
    pub attributions: ArrayOfValueAttributions,
}

/// `t:PhoneNumberAttributedValueType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct PhoneNumberAttributedValue {
    #[serde(rename = "Value")]
    pub value: PersonaPhoneNumber,
    #[serde(rename = "Attributions")]
    pub attributions: ArrayOfValueAttributions,
}

/// `t:PersonaPostalAddressType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct PersonaPostalAddress {
    #[serde(rename = "Street", skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    #[serde(rename = "City", skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(rename = "State", skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(rename = "Country", skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(rename = "PostalCode", skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(rename = "PostOfficeBox", skip_serializing_if = "Option::is_none")]
    pub post_office_box: Option<String>,
    #[serde(rename = "Type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(rename = "Latitude", skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(rename = "Longitude", skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(rename = "Accuracy", skip_serializing_if = "Option::is_none")]
    pub accuracy: Option<f64>,
    #[serde(rename = "Altitude", skip_serializing_if = "Option::is_none")]
    pub altitude: Option<f64>,
    #[serde(rename = "AltitudeAccuracy", skip_serializing_if = "Option::is_none")]
    pub altitude_accuracy: Option<f64>,
    #[serde(rename = "FormattedAddress", skip_serializing_if = "Option::is_none")]
    pub formatted_address: Option<String>,
    #[serde(rename = "LocationUri", skip_serializing_if = "Option::is_none")]
    pub location_uri: Option<String>,
    #[serde(rename = "LocationSource", skip_serializing_if = "Option::is_none")]
    pub location_source: Option<LocationSource>,
}

/// `t:LocationSourceType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum LocationSource {
    None,
    LocationServices,
    PhonebookServices,
    Device,
    Contact,
    Resource,
}

/// `t:PostalAddressAttributedValueType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct PostalAddressAttributedValue {
    #[serde(rename = "Value")]
    pub value: PersonaPostalAddress,
    #[serde(rename = "Attributions")]
    pub attributions: ArrayOfValueAttributions,
}

/// `t:ExtendedPropertyAttributedValueType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ExtendedPropertyAttributedValue {
    #[serde(rename = "Value")]
    pub value: ExtendedProperty,
    #[serde(rename = "Attributions")]
    pub attributions: ArrayOfValueAttributions,
}

/// `t:ArrayOfStringAttributedValuesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfStringAttributedValues {
    #[serde(
        rename = "StringAttributedValue",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub string_attributed_value: Vec<StringAttributedValue>,
}

/// `t:ArrayOfStringArrayAttributedValuesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfStringArrayAttributedValues {
    #[serde(
        rename = "StringArrayAttributedValue",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub string_array_attributed_value: Vec<StringArrayAttributedValue>,
}

/// `t:ArrayOfBodyContentAttributedValuesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfBodyContentAttributedValues {
    #[serde(
        rename = "BodyContentAttributedValue",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub body_content_attributed_value: Vec<BodyContentAttributedValue>,
}

/// `t:ArrayOfEmailAddressAttributedValuesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfEmailAddressAttributedValues {
    #[serde(
        rename = "EmailAddressAttributedValue",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub email_address_attributed_value: Vec<EmailAddressAttributedValue>,
}

/// `t:ArrayOfPhoneNumberAttributedValuesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfPhoneNumberAttributedValues {
    #[serde(
        rename = "PhoneNumberAttributedValue",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub phone_number_attributed_value: Vec<PhoneNumberAttributedValue>,
}

/// `t:ArrayOfPostalAddressAttributedValuesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfPostalAddressAttributedValues {
    #[serde(
        rename = "PostalAddressAttributedValue",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub postal_address_attributed_value: Vec<PostalAddressAttributedValue>,
}

/// `t:ArrayOfExtendedPropertyAttributedValueType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfExtendedPropertyAttributedValues {
    #[serde(
        rename = "ExtendedPropertyAttributedValue",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub extended_property_attributed_value: Vec<ExtendedPropertyAttributedValue>,
}

// ---------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------

/// The body of a request: one of the 13 operations.
#[derive(Debug, Deserialize, Serialize)]
pub struct RequestBody {
    #[serde(rename = "$value")]
    pub op: Op,
}

/// The 13 IM requests.
#[derive(Debug, Deserialize, Serialize)]
#[allow(clippy::enum_variant_names)]
pub enum Op {
    AddNewImContactToGroup(AddNewImContactToGroup),
    AddNewTelUriContactToGroup(AddNewTelUriContactToGroup),
    AddImContactToGroup(AddImContactToGroup),
    RemoveImContactFromGroup(RemoveImContactFromGroup),
    AddImGroup(AddImGroup),
    AddDistributionGroupToImList(AddDistributionGroupToImList),
    GetImItemList(GetImItemList),
    GetImItems(GetImItems),
    RemoveContactFromImList(RemoveContactFromImList),
    RemoveDistributionGroupFromImList(RemoveDistributionGroupFromImList),
    RemoveImGroup(RemoveImGroup),
    SetImGroup(SetImGroup),
    SetImListMigrationCompleted(SetImListMigrationCompleted),
}

/// `m:AddNewImContactToGroupType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct AddNewImContactToGroup {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "ImAddress")]
    pub im_address: String,
    #[serde(rename = "DisplayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(rename = "GroupId", skip_serializing_if = "Option::is_none")]
    pub group_id: Option<ItemId>,
}

/// `m:AddNewTelUriContactToGroupType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct AddNewTelUriContactToGroup {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "TelUriAddress")]
    pub tel_uri_address: String,
    #[serde(rename = "ImContactSipUriAddress")]
    pub im_contact_sip_uri_address: String,
    #[serde(rename = "ImTelephoneNumber")]
    pub im_telephone_number: String,
    #[serde(rename = "GroupId", skip_serializing_if = "Option::is_none")]
    pub group_id: Option<ItemId>,
}

/// `m:AddImContactToGroupType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct AddImContactToGroup {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "ContactId")]
    pub contact_id: ItemId,
    #[serde(rename = "GroupId", skip_serializing_if = "Option::is_none")]
    pub group_id: Option<ItemId>,
}

/// `m:RemoveImContactFromGroupType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct RemoveImContactFromGroup {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "ContactId")]
    pub contact_id: ItemId,
    #[serde(rename = "GroupId")]
    pub group_id: ItemId,
}

/// `m:AddImGroupType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct AddImGroup {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "DisplayName")]
    pub display_name: String,
}

/// `m:AddDistributionGroupToImListType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct AddDistributionGroupToImList {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "SmtpAddress")]
    pub smtp_address: String,
    #[serde(rename = "DisplayName")]
    pub display_name: String,
}

/// `m:GetImItemListType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct GetImItemList {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "ExtendedProperties", skip_serializing_if = "Option::is_none")]
    pub extended_properties: Option<NonEmptyArrayOfExtendedFieldUris>,
}

/// `m:GetImItemsType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct GetImItems {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "ContactIds", skip_serializing_if = "Option::is_none")]
    pub contact_ids: Option<NonEmptyArrayOfBaseItemIds>,
    #[serde(rename = "GroupIds", skip_serializing_if = "Option::is_none")]
    pub group_ids: Option<NonEmptyArrayOfBaseItemIds>,
    #[serde(rename = "ExtendedProperties", skip_serializing_if = "Option::is_none")]
    pub extended_properties: Option<NonEmptyArrayOfExtendedFieldUris>,
}

/// `m:RemoveContactFromImListType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct RemoveContactFromImList {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "ContactId")]
    pub contact_id: ItemId,
}

/// `m:RemoveDistributionGroupFromImListType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct RemoveDistributionGroupFromImList {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "GroupId")]
    pub group_id: ItemId,
}

/// `m:RemoveImGroupType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct RemoveImGroup {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "GroupId")]
    pub group_id: ItemId,
}

/// `m:SetImGroupType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct SetImGroup {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "GroupId")]
    pub group_id: ItemId,
    #[serde(rename = "NewDisplayName")]
    pub new_display_name: String,
}

/// `m:SetImListMigrationCompletedType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct SetImListMigrationCompleted {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "ImListMigrationCompleted")]
    pub im_list_migration_completed: bool,
}

/// `t:NonEmptyArrayOfExtendedFieldURIs`.
#[derive(Debug, Deserialize, Serialize)]
pub struct NonEmptyArrayOfExtendedFieldUris {
    #[serde(rename = "ExtendedProperty")]
    pub extended_property: Vec<PathToExtendedField>,
}

/// `t:NonEmptyArrayOfBaseItemIdsType`: a list of item ids of four kinds.
#[derive(Debug, Deserialize, Serialize)]
pub struct NonEmptyArrayOfBaseItemIds {
    #[serde(rename = "$value")]
    pub ids: Vec<BaseItemId>,
}

/// The choice inside `t:NonEmptyArrayOfBaseItemIdsType`. These elements are
/// in the types namespace under a messages-namespace parent, so each carries
/// its own `xmlns`.
#[derive(Debug, Deserialize, Serialize)]
pub enum BaseItemId {
    ItemId(TypesItemId),
    OccurrenceItemId(OccurrenceItemId),
    RecurringMasterItemId(RecurringMasterItemId),
    RecurringMasterItemIdRanges(RecurringMasterItemIdRanges),
}

/// `t:ItemIdType` as `t:ItemId` inside a messages-namespace element.
#[derive(Debug, Deserialize, Serialize)]
pub struct TypesItemId {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "@Id")]
    pub id: String,
    #[serde(rename = "@ChangeKey", skip_serializing_if = "Option::is_none")]
    pub change_key: Option<String>,
}

/// `t:OccurrenceItemIdType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct OccurrenceItemId {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "@RecurringMasterId")]
    pub recurring_master_id: String,
    #[serde(rename = "@ChangeKey", skip_serializing_if = "Option::is_none")]
    pub change_key: Option<String>,
    #[serde(rename = "@InstanceIndex")]
    pub instance_index: i32,
}

/// `t:RecurringMasterItemIdType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct RecurringMasterItemId {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "@OccurrenceId")]
    pub occurrence_id: String,
    #[serde(rename = "@ChangeKey", skip_serializing_if = "Option::is_none")]
    pub change_key: Option<String>,
}

/// `t:RecurringMasterItemIdRangesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct RecurringMasterItemIdRanges {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "@Id")]
    pub id: String,
    #[serde(rename = "@ChangeKey", skip_serializing_if = "Option::is_none")]
    pub change_key: Option<String>,
    #[serde(rename = "Ranges", skip_serializing_if = "Option::is_none")]
    pub ranges: Option<ArrayOfOccurrenceRanges>,
}

/// `t:ArrayOfOccurrenceRangesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ArrayOfOccurrenceRanges {
    #[serde(rename = "Range")]
    pub range: Vec<OccurrencesRange>,
}

/// `t:OccurrencesRangeType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct OccurrencesRange {
    /// An `xs:dateTime`.
    #[serde(rename = "@Start", skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// An `xs:dateTime`.
    #[serde(rename = "@End", skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(rename = "@Count", skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    #[serde(
        rename = "@CompareOriginalStartTime",
        skip_serializing_if = "Option::is_none"
    )]
    pub compare_original_start_time: Option<bool>,
}

// ---------------------------------------------------------------------------
// Response codes
// ---------------------------------------------------------------------------

/// `m:ResponseCodeType`: every value the schema lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum ResponseCode {
    NoError,
    ErrorAccessDenied,
    ErrorAccessModeSpecified,
    ErrorAccountDisabled,
    ErrorAddDelegatesFailed,
    ErrorAddressSpaceNotFound,
    ErrorADOperation,
    ErrorADSessionFilter,
    ErrorADUnavailable,
    ErrorServiceUnavailable,
    ErrorAutoDiscoverFailed,
    ErrorAffectedTaskOccurrencesRequired,
    ErrorAttachmentNestLevelLimitExceeded,
    ErrorAttachmentSizeLimitExceeded,
    ErrorArchiveFolderPathCreation,
    ErrorArchiveMailboxNotEnabled,
    ErrorArchiveMailboxServiceDiscoveryFailed,
    ErrorAvailabilityConfigNotFound,
    ErrorBatchProcessingStopped,
    ErrorCalendarCannotMoveOrCopyOccurrence,
    ErrorCalendarCannotUpdateDeletedItem,
    ErrorCalendarCannotUseIdForOccurrenceId,
    ErrorCalendarCannotUseIdForRecurringMasterId,
    ErrorCalendarDurationIsTooLong,
    ErrorCalendarEndDateIsEarlierThanStartDate,
    ErrorCalendarFolderIsInvalidForCalendarView,
    ErrorCalendarInvalidAttributeValue,
    ErrorCalendarInvalidDayForTimeChangePattern,
    ErrorCalendarInvalidDayForWeeklyRecurrence,
    ErrorCalendarInvalidPropertyState,
    ErrorCalendarInvalidPropertyValue,
    ErrorCalendarInvalidRecurrence,
    ErrorCalendarInvalidTimeZone,
    ErrorCalendarIsCancelledForAccept,
    ErrorCalendarIsCancelledForDecline,
    ErrorCalendarIsCancelledForRemove,
    ErrorCalendarIsCancelledForTentative,
    ErrorCalendarIsDelegatedForAccept,
    ErrorCalendarIsDelegatedForDecline,
    ErrorCalendarIsDelegatedForRemove,
    ErrorCalendarIsDelegatedForTentative,
    ErrorCalendarIsNotOrganizer,
    ErrorCalendarIsOrganizerForAccept,
    ErrorCalendarIsOrganizerForDecline,
    ErrorCalendarIsOrganizerForRemove,
    ErrorCalendarIsOrganizerForTentative,
    ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange,
    ErrorCalendarOccurrenceIsDeletedFromRecurrence,
    ErrorCalendarOutOfRange,
    ErrorCalendarMeetingRequestIsOutOfDate,
    ErrorCalendarViewRangeTooBig,
    ErrorCallerIsInvalidADAccount,
    ErrorCannotAccessDeletedPublicFolder,
    ErrorCannotArchiveCalendarContactTaskFolderException,
    ErrorCannotArchiveItemsInPublicFolders,
    ErrorCannotArchiveItemsInArchiveMailbox,
    ErrorCannotCreateCalendarItemInNonCalendarFolder,
    ErrorCannotCreateContactInNonContactFolder,
    ErrorCannotCreatePostItemInNonMailFolder,
    ErrorCannotCreateTaskInNonTaskFolder,
    ErrorCannotDeleteObject,
    ErrorCannotDisableMandatoryExtension,
    ErrorCannotFindUser,
    ErrorCannotGetSourceFolderPath,
    ErrorCannotGetExternalEcpUrl,
    ErrorCannotOpenFileAttachment,
    ErrorCannotDeleteTaskOccurrence,
    ErrorCannotEmptyFolder,
    ErrorCannotSetCalendarPermissionOnNonCalendarFolder,
    ErrorCannotSetNonCalendarPermissionOnCalendarFolder,
    ErrorCannotSetPermissionUnknownEntries,
    ErrorCannotSpecifySearchFolderAsSourceFolder,
    ErrorCannotUseFolderIdForItemId,
    ErrorCannotUseItemIdForFolderId,
    ErrorChangeKeyRequired,
    ErrorChangeKeyRequiredForWriteOperations,
    ErrorClientDisconnected,
    ErrorClientIntentInvalidStateDefinition,
    ErrorClientIntentNotFound,
    ErrorConnectionFailed,
    ErrorContainsFilterWrongType,
    ErrorContentConversionFailed,
    ErrorContentIndexingNotEnabled,
    ErrorCorruptData,
    ErrorCreateItemAccessDenied,
    ErrorCreateManagedFolderPartialCompletion,
    ErrorCreateSubfolderAccessDenied,
    ErrorCrossMailboxMoveCopy,
    ErrorCrossSiteRequest,
    ErrorDataSizeLimitExceeded,
    ErrorDataSourceOperation,
    ErrorDelegateAlreadyExists,
    ErrorDelegateCannotAddOwner,
    ErrorDelegateMissingConfiguration,
    ErrorDelegateNoUser,
    ErrorDelegateValidationFailed,
    ErrorDeleteDistinguishedFolder,
    ErrorDeleteItemsFailed,
    ErrorDeleteUnifiedMessagingPromptFailed,
    ErrorDistinguishedUserNotSupported,
    ErrorDistributionListMemberNotExist,
    ErrorDuplicateInputFolderNames,
    ErrorDuplicateUserIdsSpecified,
    ErrorDuplicateTransactionId,
    ErrorEmailAddressMismatch,
    ErrorEventNotFound,
    ErrorExceededConnectionCount,
    ErrorExceededSubscriptionCount,
    ErrorExceededFindCountLimit,
    ErrorExpiredSubscription,
    ErrorExtensionNotFound,
    ErrorExtensionsNotAuthorized,
    ErrorFolderCorrupt,
    ErrorFolderNotFound,
    ErrorFolderPropertRequestFailed,
    ErrorFolderSave,
    ErrorFolderSaveFailed,
    ErrorFolderSavePropertyError,
    ErrorFolderExists,
    ErrorFreeBusyGenerationFailed,
    ErrorGetServerSecurityDescriptorFailed,
    ErrorImContactLimitReached,
    ErrorImGroupDisplayNameAlreadyExists,
    ErrorImGroupLimitReached,
    ErrorImpersonateUserDenied,
    ErrorImpersonationDenied,
    ErrorImpersonationFailed,
    ErrorIncorrectSchemaVersion,
    ErrorIncorrectUpdatePropertyCount,
    ErrorIndividualMailboxLimitReached,
    ErrorInsufficientResources,
    ErrorInternalServerError,
    ErrorInternalServerTransientError,
    ErrorInvalidAccessLevel,
    ErrorInvalidArgument,
    ErrorInvalidAttachmentId,
    ErrorInvalidAttachmentSubfilter,
    ErrorInvalidAttachmentSubfilterTextFilter,
    ErrorInvalidAuthorizationContext,
    ErrorInvalidChangeKey,
    ErrorInvalidClientSecurityContext,
    ErrorInvalidCompleteDate,
    ErrorInvalidContactEmailAddress,
    ErrorInvalidContactEmailIndex,
    ErrorInvalidCrossForestCredentials,
    ErrorInvalidDelegatePermission,
    ErrorInvalidDelegateUserId,
    ErrorInvalidExcludesRestriction,
    ErrorInvalidExpressionTypeForSubFilter,
    ErrorInvalidExtendedProperty,
    ErrorInvalidExtendedPropertyValue,
    ErrorInvalidFolderId,
    ErrorInvalidFolderTypeForOperation,
    ErrorInvalidFractionalPagingParameters,
    ErrorInvalidFreeBusyViewType,
    ErrorInvalidId,
    ErrorInvalidIdEmpty,
    ErrorInvalidIdMalformed,
    ErrorInvalidIdMalformedEwsLegacyIdFormat,
    ErrorInvalidIdMonikerTooLong,
    ErrorInvalidIdNotAnItemAttachmentId,
    ErrorInvalidIdReturnedByResolveNames,
    ErrorInvalidIdStoreObjectIdTooLong,
    ErrorInvalidIdTooManyAttachmentLevels,
    ErrorInvalidIdXml,
    ErrorInvalidImContactId,
    ErrorInvalidImDistributionGroupSmtpAddress,
    ErrorInvalidImGroupId,
    ErrorInvalidIndexedPagingParameters,
    ErrorInvalidInternetHeaderChildNodes,
    ErrorInvalidItemForOperationArchiveItem,
    ErrorInvalidItemForOperationCreateItemAttachment,
    ErrorInvalidItemForOperationCreateItem,
    ErrorInvalidItemForOperationAcceptItem,
    ErrorInvalidItemForOperationDeclineItem,
    ErrorInvalidItemForOperationCancelItem,
    ErrorInvalidItemForOperationExpandDL,
    ErrorInvalidItemForOperationRemoveItem,
    ErrorInvalidItemForOperationSendItem,
    ErrorInvalidItemForOperationTentative,
    ErrorInvalidLogonType,
    ErrorInvalidLikeRequest,
    ErrorInvalidMailbox,
    ErrorInvalidManagedFolderProperty,
    ErrorInvalidManagedFolderQuota,
    ErrorInvalidManagedFolderSize,
    ErrorInvalidMergedFreeBusyInterval,
    ErrorInvalidNameForNameResolution,
    ErrorInvalidOperation,
    ErrorInvalidNetworkServiceContext,
    ErrorInvalidOofParameter,
    ErrorInvalidPagingMaxRows,
    ErrorInvalidParentFolder,
    ErrorInvalidPercentCompleteValue,
    ErrorInvalidPermissionSettings,
    ErrorInvalidPhoneCallId,
    ErrorInvalidPhoneNumber,
    ErrorInvalidUserInfo,
    ErrorInvalidPropertyAppend,
    ErrorInvalidPropertyDelete,
    ErrorInvalidPropertyForExists,
    ErrorInvalidPropertyForOperation,
    ErrorInvalidPropertyRequest,
    ErrorInvalidPropertySet,
    ErrorInvalidPropertyUpdateSentMessage,
    ErrorInvalidProxySecurityContext,
    ErrorInvalidPullSubscriptionId,
    ErrorInvalidPushSubscriptionUrl,
    ErrorInvalidRecipients,
    ErrorInvalidRecipientSubfilter,
    ErrorInvalidRecipientSubfilterComparison,
    ErrorInvalidRecipientSubfilterOrder,
    ErrorInvalidRecipientSubfilterTextFilter,
    ErrorInvalidReferenceItem,
    ErrorInvalidRequest,
    ErrorInvalidRestriction,
    ErrorInvalidRetentionTagTypeMismatch,
    ErrorInvalidRetentionTagInvisible,
    ErrorInvalidRetentionTagInheritance,
    ErrorInvalidRetentionTagIdGuid,
    ErrorInvalidRoutingType,
    ErrorInvalidScheduledOofDuration,
    ErrorInvalidSchemaVersionForMailboxVersion,
    ErrorInvalidSecurityDescriptor,
    ErrorInvalidSendItemSaveSettings,
    ErrorInvalidSerializedAccessToken,
    ErrorInvalidServerVersion,
    ErrorInvalidSid,
    ErrorInvalidSIPUri,
    ErrorInvalidSmtpAddress,
    ErrorInvalidSubfilterType,
    ErrorInvalidSubfilterTypeNotAttendeeType,
    ErrorInvalidSubfilterTypeNotRecipientType,
    ErrorInvalidSubscription,
    ErrorInvalidSubscriptionRequest,
    ErrorInvalidSyncStateData,
    ErrorInvalidTimeInterval,
    ErrorInvalidUserOofSettings,
    ErrorInvalidUserPrincipalName,
    ErrorInvalidUserSid,
    ErrorInvalidUserSidMissingUPN,
    ErrorInvalidValueForProperty,
    ErrorInvalidWatermark,
    ErrorIPGatewayNotFound,
    ErrorIrresolvableConflict,
    ErrorItemCorrupt,
    ErrorItemNotFound,
    ErrorItemPropertyRequestFailed,
    ErrorItemSave,
    ErrorItemSavePropertyError,
    ErrorLegacyMailboxFreeBusyViewTypeNotMerged,
    ErrorLocalServerObjectNotFound,
    ErrorLogonAsNetworkServiceFailed,
    ErrorMailboxConfiguration,
    ErrorMailboxDataArrayEmpty,
    ErrorMailboxDataArrayTooBig,
    ErrorMailboxHoldNotFound,
    ErrorMailboxLogonFailed,
    ErrorMailboxMoveInProgress,
    ErrorMailboxStoreUnavailable,
    ErrorMailRecipientNotFound,
    ErrorMailTipsDisabled,
    ErrorManagedFolderAlreadyExists,
    ErrorManagedFolderNotFound,
    ErrorManagedFoldersRootFailure,
    ErrorMeetingSuggestionGenerationFailed,
    ErrorMessageDispositionRequired,
    ErrorMessageSizeExceeded,
    ErrorMimeContentConversionFailed,
    ErrorMimeContentInvalid,
    ErrorMimeContentInvalidBase64String,
    ErrorMissingArgument,
    ErrorMissingEmailAddress,
    ErrorMissingEmailAddressForManagedFolder,
    ErrorMissingInformationEmailAddress,
    ErrorMissingInformationReferenceItemId,
    ErrorMissingItemForCreateItemAttachment,
    ErrorMissingManagedFolderId,
    ErrorMissingRecipients,
    ErrorMissingUserIdInformation,
    ErrorMoreThanOneAccessModeSpecified,
    ErrorMoveCopyFailed,
    ErrorMoveDistinguishedFolder,
    ErrorMoveUnifiedGroupPropertyFailed,
    ErrorMultiLegacyMailboxAccess,
    ErrorNameResolutionMultipleResults,
    ErrorNameResolutionNoMailbox,
    ErrorNameResolutionNoResults,
    ErrorNoApplicableProxyCASServersAvailable,
    ErrorNoCalendar,
    ErrorNoDestinationCASDueToKerberosRequirements,
    ErrorNoDestinationCASDueToSSLRequirements,
    ErrorNoDestinationCASDueToVersionMismatch,
    ErrorNoFolderClassOverride,
    ErrorNoFreeBusyAccess,
    ErrorNonExistentMailbox,
    ErrorNonPrimarySmtpAddress,
    ErrorNoPropertyTagForCustomProperties,
    ErrorNoPublicFolderReplicaAvailable,
    ErrorNoPublicFolderServerAvailable,
    ErrorNoRespondingCASInDestinationSite,
    ErrorNotDelegate,
    ErrorNotEnoughMemory,
    ErrorObjectTypeChanged,
    ErrorOccurrenceCrossingBoundary,
    ErrorOccurrenceTimeSpanTooBig,
    ErrorOperationNotAllowedWithPublicFolderRoot,
    ErrorParentFolderIdRequired,
    ErrorParentFolderNotFound,
    ErrorPasswordChangeRequired,
    ErrorPasswordExpired,
    ErrorPhoneNumberNotDialable,
    ErrorPropertyUpdate,
    ErrorPromptPublishingOperationFailed,
    ErrorPropertyValidationFailure,
    ErrorProxiedSubscriptionCallFailure,
    ErrorProxyCallFailed,
    ErrorProxyGroupSidLimitExceeded,
    ErrorProxyRequestNotAllowed,
    ErrorProxyRequestProcessingFailed,
    ErrorProxyServiceDiscoveryFailed,
    ErrorProxyTokenExpired,
    ErrorPublicFolderMailboxDiscoveryFailed,
    ErrorPublicFolderOperationFailed,
    ErrorPublicFolderRequestProcessingFailed,
    ErrorPublicFolderServerNotFound,
    ErrorPublicFolderSyncException,
    ErrorQueryFilterTooLong,
    ErrorQuotaExceeded,
    ErrorReadEventsFailed,
    ErrorReadReceiptNotPending,
    ErrorRecurrenceEndDateTooBig,
    ErrorRecurrenceHasNoOccurrence,
    ErrorRemoveDelegatesFailed,
    ErrorRequestAborted,
    ErrorRequestStreamTooBig,
    ErrorRequiredPropertyMissing,
    ErrorResolveNamesInvalidFolderType,
    ErrorResolveNamesOnlyOneContactsFolderAllowed,
    ErrorResponseSchemaValidation,
    ErrorRestrictionTooLong,
    ErrorRestrictionTooComplex,
    ErrorResultSetTooBig,
    ErrorInvalidExchangeImpersonationHeaderData,
    ErrorSavedItemFolderNotFound,
    ErrorSchemaValidation,
    ErrorSearchFolderNotInitialized,
    ErrorSendAsDenied,
    ErrorSendMeetingCancellationsRequired,
    ErrorSendMeetingInvitationsOrCancellationsRequired,
    ErrorSendMeetingInvitationsRequired,
    ErrorSentMeetingRequestUpdate,
    ErrorSentTaskRequestUpdate,
    ErrorServerBusy,
    ErrorServiceDiscoveryFailed,
    ErrorStaleObject,
    ErrorSubmissionQuotaExceeded,
    ErrorSubscriptionAccessDenied,
    ErrorSubscriptionDelegateAccessNotSupported,
    ErrorSubscriptionNotFound,
    ErrorSubscriptionUnsubscribed,
    ErrorSyncFolderNotFound,
    ErrorTeamMailboxNotFound,
    ErrorTeamMailboxNotLinkedToSharePoint,
    ErrorTeamMailboxUrlValidationFailed,
    ErrorTeamMailboxNotAuthorizedOwner,
    ErrorTeamMailboxActiveToPendingDelete,
    ErrorTeamMailboxFailedSendingNotifications,
    ErrorTeamMailboxErrorUnknown,
    ErrorTimeIntervalTooBig,
    ErrorTimeoutExpired,
    ErrorTimeZone,
    ErrorToFolderNotFound,
    ErrorTokenSerializationDenied,
    ErrorTooManyObjectsOpened,
    ErrorUpdatePropertyMismatch,
    ErrorAccessingPartialCreatedUnifiedGroup,
    ErrorUnifiedGroupMailboxAADCreationFailed,
    ErrorUnifiedGroupMailboxAADDeleteFailed,
    ErrorUnifiedGroupMailboxNamingPolicy,
    ErrorUnifiedGroupMailboxDeleteFailed,
    ErrorUnifiedGroupMailboxNotFound,
    ErrorUnifiedGroupMailboxUpdateDelayed,
    ErrorUnifiedGroupMailboxUpdatedPartialProperties,
    ErrorUnifiedGroupMailboxUpdateFailed,
    ErrorUnifiedGroupMailboxProvisionFailed,
    ErrorUnifiedMessagingDialPlanNotFound,
    ErrorUnifiedMessagingReportDataNotFound,
    ErrorUnifiedMessagingPromptNotFound,
    ErrorUnifiedMessagingRequestFailed,
    ErrorUnifiedMessagingServerNotFound,
    ErrorUnableToGetUserOofSettings,
    ErrorUnableToRemoveImContactFromGroup,
    ErrorUnsupportedSubFilter,
    ErrorUnsupportedCulture,
    ErrorUnsupportedMapiPropertyType,
    ErrorUnsupportedMimeConversion,
    ErrorUnsupportedPathForQuery,
    ErrorUnsupportedPathForSortGroup,
    ErrorUnsupportedPropertyDefinition,
    ErrorUnsupportedQueryFilter,
    ErrorUnsupportedRecurrence,
    ErrorUnsupportedTypeForConversion,
    ErrorUpdateDelegatesFailed,
    ErrorUserNotUnifiedMessagingEnabled,
    ErrorVoiceMailNotImplemented,
    ErrorValueOutOfRange,
    ErrorVirusDetected,
    ErrorVirusMessageDeleted,
    ErrorWebRequestInInvalidState,
    ErrorWin32InteropError,
    ErrorWorkingHoursSaveFailed,
    ErrorWorkingHoursXmlMalformed,
    ErrorWrongServerVersion,
    ErrorWrongServerVersionDelegate,
    ErrorMissingInformationSharingFolderId,
    ErrorDuplicateSOAPHeader,
    ErrorSharingSynchronizationFailed,
    ErrorSharingNoExternalEwsAvailable,
    ErrorFreeBusyDLLimitReached,
    ErrorInvalidGetSharingFolderRequest,
    ErrorNotAllowedExternalSharingByPolicy,
    ErrorUserNotAllowedByPolicy,
    ErrorPermissionNotAllowedByPolicy,
    ErrorOrganizationNotFederated,
    ErrorMailboxFailover,
    ErrorInvalidExternalSharingInitiator,
    ErrorMessageTrackingPermanentError,
    ErrorMessageTrackingTransientError,
    ErrorMessageTrackingNoSuchDomain,
    ErrorUserWithoutFederatedProxyAddress,
    ErrorInvalidOrganizationRelationshipForFreeBusy,
    ErrorInvalidFederatedOrganizationId,
    ErrorInvalidExternalSharingSubscriber,
    ErrorInvalidSharingData,
    ErrorInvalidSharingMessage,
    ErrorNotSupportedSharingMessage,
    ErrorApplyConversationActionFailed,
    ErrorInboxRulesValidationError,
    ErrorOutlookRuleBlobExists,
    ErrorRulesOverQuota,
    ErrorNewEventStreamConnectionOpened,
    ErrorMissedNotificationEvents,
    ErrorDuplicateLegacyDistinguishedName,
    ErrorInvalidClientAccessTokenRequest,
    ErrorUnauthorizedClientAccessTokenRequest,
    ErrorNoSpeechDetected,
    ErrorUMServerUnavailable,
    ErrorRecipientNotFound,
    ErrorRecognizerNotInstalled,
    ErrorSpeechGrammarError,
    ErrorInvalidManagementRoleHeader,
    ErrorLocationServicesDisabled,
    ErrorLocationServicesRequestTimedOut,
    ErrorLocationServicesRequestFailed,
    ErrorLocationServicesInvalidRequest,
    ErrorWeatherServiceDisabled,
    ErrorMailboxScopeNotAllowedWithoutQueryString,
    ErrorArchiveMailboxSearchFailed,
    ErrorGetRemoteArchiveFolderFailed,
    ErrorFindRemoteArchiveFolderFailed,
    ErrorGetRemoteArchiveItemFailed,
    ErrorExportRemoteArchiveItemsFailed,
    ErrorInvalidPhotoSize,
    ErrorSearchQueryHasTooManyKeywords,
    ErrorSearchTooManyMailboxes,
    ErrorInvalidRetentionTagNone,
    ErrorDiscoverySearchesDisabled,
    ErrorCalendarSeekToConditionNotSupported,
    ErrorCalendarIsGroupMailboxForAccept,
    ErrorCalendarIsGroupMailboxForDecline,
    ErrorCalendarIsGroupMailboxForTentative,
    ErrorCalendarIsGroupMailboxForSuppressReadReceipt,
    ErrorOrganizationAccessBlocked,
    ErrorInvalidLicense,
    ErrorMessagePerFolderCountReceiveQuotaExceeded,
    ErrorInvalidBulkActionType,
    ErrorInvalidKeepNCount,
    ErrorInvalidKeepNType,
    ErrorNoOAuthServerAvailableForRequest,
    ErrorInstantSearchSessionExpired,
    ErrorInstantSearchTimeout,
    ErrorInstantSearchFailed,
    ErrorUnsupportedUserForExecuteSearch,
    ErrorDuplicateExtendedKeywordDefinition,
    ErrorMissingExchangePrincipal,
    ErrorUnexpectedUnifiedGroupsCount,
    ErrorParsingXMLResponse,
    ErrorInvalidFederationOrganizationIdentifier,
    ErrorInvalidSweepRule,
    ErrorInvalidSweepRuleOperationType,
    ErrorTargetDomainNotSupported,
    ErrorInvalidInternetWebProxyOnLocalServer,
    ErrorNoSenderRestrictionsSettingsFoundInRequest,
    ErrorDuplicateSenderRestrictionsInputFound,
    ErrorSenderRestrictionsUpdateFailed,
    ErrorMessageSubmissionBlocked,
    ErrorExceededMessageLimit,
    ErrorExceededMaxRecipientLimitBlock,
    ErrorAccountSuspend,
    ErrorExceededMaxRecipientLimit,
    ErrorMessageBlocked,
    ErrorAccountSuspendShowTierUpgrade,
    ErrorExceededMessageLimitShowTierUpgrade,
    ErrorExceededMaxRecipientLimitShowTierUpgrade,
    ErrorInvalidLongitude,
    ErrorInvalidLatitude,
    ErrorProxySoapException,
    ErrorUnifiedGroupAlreadyExists,
    ErrorUnifiedGroupAadAuthorizationRequestDenied,
    ErrorUnifiedGroupCreationDisabled,
    ErrorMarketPlaceExtensionAlreadyInstalledForOrg,
    ErrorExtensionAlreadyInstalledForOrg,
    ErrorNewerExtensionAlreadyInstalled,
    ErrorNewerMarketPlaceExtensionAlreadyInstalled,
    ErrorInvalidExtensionId,
    ErrorCannotUninstallProvidedExtensions,
    ErrorNoRbacPermissionToInstallMarketPlaceExtensions,
    ErrorNoRbacPermissionToInstallReadWriteMailboxExtensions,
    ErrorInvalidReportMessageActionType,
    ErrorCannotDownloadExtensionManifest,
    ErrorCalendarForwardActionNotAllowed,
    ErrorUnifiedGroupAliasNamingPolicy,
    ErrorSubscriptionsDisabledForGroup,
    ErrorCannotFindFileAttachment,
    ErrorInvalidValueForFilter,
    ErrorQuotaExceededOnDelete,
    ErrorAccessDeniedDueToCompliance,
    ErrorRecoverableItemsAccessDenied,
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOAP_NS: &str = "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\" xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"";

    /// Decodes `xml`, encodes it and decodes the output again: both decodes must agree.
    fn round_trip<B>(xml: &str) -> String
    where
        B: for<'de> Deserialize<'de> + Serialize + std::fmt::Debug,
    {
        let first: Envelope<B> = quick_xml::de::from_str(xml).expect("decode");
        let out = quick_xml::se::to_string_with_root("Envelope", &first).expect("encode");
        let again: Envelope<B> = quick_xml::de::from_str(&out).expect("decode again");
        assert_eq!(format!("{first:?}"), format!("{again:?}"));
        format!("{first:?}")
    }

    #[test]
    fn request_with_every_header_and_id_kind() {
        let xml = format!(
            r#"<s:Envelope {SOAP_NS}><s:Header>
  <t:ExchangeImpersonation><t:ConnectingSID><t:SID>S-1-5-21</t:SID></t:ConnectingSID></t:ExchangeImpersonation>
  <t:MailboxCulture>en-US</t:MailboxCulture>
  <t:RequestServerVersion Version="Exchange2010_SP2"/>
  <t:TimeZoneContext><t:TimeZoneDefinition Id="W. Europe Standard Time" Name="Amsterdam">
    <t:Periods><t:Period Bias="-PT60M" Name="Standard" Id="trule:0"/></t:Periods>
    <t:TransitionsGroups><t:TransitionsGroup Id="0">
      <t:RecurringDayTransition><t:To Kind="Period">trule:0</t:To><t:TimeOffset>PT3H</t:TimeOffset><t:Month>10</t:Month><t:DayOfWeek>Sunday</t:DayOfWeek><t:Occurrence>-1</t:Occurrence></t:RecurringDayTransition>
      <t:RecurringDateTransition><t:To Kind="Period">trule:0</t:To><t:TimeOffset>PT2H</t:TimeOffset><t:Month>3</t:Month><t:Day>30</t:Day></t:RecurringDateTransition>
    </t:TransitionsGroup></t:TransitionsGroups>
    <t:Transitions><t:Transition><t:To Kind="Group">0</t:To></t:Transition><t:AbsoluteDateTransition><t:To Kind="Group">0</t:To><t:DateTime>2007-01-01T00:00:00</t:DateTime></t:AbsoluteDateTransition></t:Transitions>
  </t:TimeZoneDefinition></t:TimeZoneContext>
</s:Header><s:Body><m:GetImItems>
  <m:ContactIds><t:ItemId Id="a" ChangeKey="b"/><t:OccurrenceItemId RecurringMasterId="c" InstanceIndex="2"/><t:RecurringMasterItemId OccurrenceId="d"/><t:RecurringMasterItemIdRanges Id="e"><t:Ranges><t:Range Start="2024-01-01T00:00:00Z" Count="3" CompareOriginalStartTime="true"/></t:Ranges></t:RecurringMasterItemIdRanges></m:ContactIds>
  <m:ExtendedProperties><t:ExtendedProperty DistinguishedPropertySetId="PublicStrings" PropertyName="x" PropertyType="CLSIDArray"/></m:ExtendedProperties>
</m:GetImItems></s:Body></s:Envelope>"#
        );
        let got = round_trip::<RequestBody>(&xml);
        for want in [
            "Sid(\"S-1-5-21\")",
            "Exchange2010Sp2",
            "day_of_week: Sunday",
            "AbsoluteDateTransition",
            "instance_index: 2",
            "RecurringMasterItemIdRanges",
            "ClsidArray",
        ] {
            assert!(got.contains(want), "{want} not in {got}");
        }
    }

    #[test]
    fn persona_and_group_with_rare_fields() {
        let attributed = |v: &str| {
            format!("<t:Value>{v}</t:Value><t:Attributions><t:Attribution>0</t:Attribution></t:Attributions>")
        };
        let xml = format!(
            r#"<s:Envelope {SOAP_NS}><s:Body><m:GetImItemListResponse ResponseClass="Warning">
  <m:MessageText>text</m:MessageText><m:ResponseCode>ErrorItemNotFound</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey><m:MessageXml><t:Value Name="x">y</t:Value></m:MessageXml>
  <m:ImItemList><t:Groups><t:ImGroup><t:DisplayName>g</t:DisplayName><t:GroupType>t</t:GroupType>
    <t:ExtendedProperties><t:ExtendedProperty><t:ExtendedFieldURI PropertyTag="0x3001" PropertyType="String"/><t:Values><t:Value>1</t:Value><t:Value>2</t:Value></t:Values></t:ExtendedProperty></t:ExtendedProperties>
  </t:ImGroup></t:Groups>
  <t:Personas><t:Persona><t:PersonaId Id="p"/>
    <t:Bodies><t:BodyContentAttributedValue><t:Value><t:Value>hi</t:Value><t:BodyType>HTML</t:BodyType></t:Value><t:Attributions><t:Attribution>0</t:Attribution></t:Attributions></t:BodyContentAttributedValue></t:Bodies>
    <t:EmailAddress><t:EmailAddress>a@b</t:EmailAddress><t:MailboxType>PublicDL</t:MailboxType><t:ItemId Id="i"/></t:EmailAddress>
    <t:PhoneNumber><t:Number>1</t:Number><t:Type>Mobile</t:Type></t:PhoneNumber>
    <t:FolderIds><t:FolderId Id="f"/></t:FolderIds>
    <t:TTYTDDPhoneNumbers><t:PhoneNumberAttributedValue><t:Value><t:Number>2</t:Number><t:Type>TTY</t:Type></t:Value><t:Attributions><t:Attribution>0</t:Attribution></t:Attributions></t:PhoneNumberAttributedValue></t:TTYTDDPhoneNumbers>
    <t:BusinessAddresses><t:PostalAddressAttributedValue><t:Value><t:City>Oslo</t:City><t:Latitude>59.9</t:Latitude><t:LocationSource>Contact</t:LocationSource></t:Value><t:Attributions><t:Attribution>0</t:Attribution></t:Attributions></t:PostalAddressAttributedValue></t:BusinessAddresses>
    <t:Children><t:StringArrayAttributedValue><t:Values><t:Value>A</t:Value><t:Value>B</t:Value></t:Values><t:Attributions><t:Attribution>0</t:Attribution></t:Attributions></t:StringArrayAttributedValue></t:Children>
    <t:Birthdays><t:StringAttributedValue>{}</t:StringAttributedValue></t:Birthdays>
    <t:ExtendedProperties><t:ExtendedPropertyAttributedValue><t:Value><t:ExtendedFieldURI PropertyId="5" PropertySetId="00062004-0000-0000-C000-000000000046" PropertyType="Integer"/><t:Value>7</t:Value></t:Value><t:Attributions><t:Attribution>0</t:Attribution></t:Attributions></t:ExtendedPropertyAttributedValue></t:ExtendedProperties>
    <t:LastContactedDate>2024-01-01T00:00:00Z</t:LastContactedDate>
    <t:MapiSendRichInfo>false</t:MapiSendRichInfo>
  </t:Persona></t:Personas></m:ImItemList>
</m:GetImItemListResponse></s:Body></s:Envelope>"#,
            attributed("1990-01-01")
        );
        let got = round_trip::<ListBody>(&xml);
        for want in [
            "ErrorItemNotFound",
            "Warning",
            "body_type: Html",
            "PublicDl",
            "ttytdd_phone_numbers: Some",
            "location_source: Some(Contact)",
            "values: ArrayOfStringValue",
            "1990-01-01",
            "property_id: Some(5)",
            "mapi_send_rich_info: Some(false)",
        ] {
            assert!(got.contains(want), "{want} not in {got}");
        }
    }
}
