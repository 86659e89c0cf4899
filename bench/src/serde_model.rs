//! The quick-xml + serde baseline: hand-written structs equivalent to the schema
//! types the inputs use (the way hand-written EWS crates model responses), with
//! serde's derive. Elements are matched by local name, as quick-xml does; for
//! encoding, `xmlns` attributes put the elements in the EWS namespaces.
//!
//! They model only the fields the inputs use, which favours this baseline: a
//! full `PersonaType` has about a hundred fields.

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

/// `soap:Envelope` with a body of type `B`.
#[derive(Debug, Deserialize, Serialize)]
pub struct Envelope<B> {
    #[serde(rename = "@xmlns", skip_deserializing, default = "soap")]
    xmlns: Option<String>,
    #[serde(rename = "Header", default, skip_serializing_if = "Option::is_none")]
    pub header: Option<SoapHeader>,
    #[serde(rename = "Body")]
    pub body: B,
}

/// `soap:Header`.
#[derive(Debug, Deserialize, Serialize)]
pub struct SoapHeader {
    #[serde(
        rename = "ServerVersionInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub server_version_info: Option<ServerVersionInfo>,
    #[serde(
        rename = "RequestServerVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub request_server_version: Option<RequestServerVersion>,
}

/// `t:ServerVersionInfo`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ServerVersionInfo {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(
        rename = "@MajorVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub major_version: Option<i32>,
    #[serde(
        rename = "@MinorVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minor_version: Option<i32>,
    #[serde(
        rename = "@MajorBuildNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub major_build_number: Option<i32>,
    #[serde(
        rename = "@MinorBuildNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minor_build_number: Option<i32>,
    #[serde(rename = "@Version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// `t:RequestServerVersion`.
#[derive(Debug, Deserialize, Serialize)]
pub struct RequestServerVersion {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "@Version")]
    pub version: String,
}

/// The body of a GetImItemList response.
#[derive(Debug, Deserialize, Serialize)]
pub struct ListBody {
    #[serde(rename = "GetImItemListResponse")]
    pub response: ListResponse,
}

/// `m:GetImItemListResponse`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ListResponse {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "@ResponseClass")]
    pub response_class: String,
    #[serde(
        rename = "MessageText",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub message_text: Option<String>,
    #[serde(
        rename = "ResponseCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_code: Option<String>,
    #[serde(
        rename = "ImItemList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub im_item_list: Option<ImItemList>,
}

/// The body of an AddNewImContactToGroup response.
#[derive(Debug, Deserialize, Serialize)]
pub struct PersonaBody {
    #[serde(rename = "AddNewImContactToGroupResponse")]
    pub response: PersonaResponse,
}

/// `m:AddNewImContactToGroupResponse`.
#[derive(Debug, Deserialize, Serialize)]
pub struct PersonaResponse {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "@ResponseClass")]
    pub response_class: String,
    #[serde(
        rename = "MessageText",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub message_text: Option<String>,
    #[serde(
        rename = "ResponseCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_code: Option<String>,
    #[serde(rename = "Persona", default, skip_serializing_if = "Option::is_none")]
    pub persona: Option<Persona>,
}

/// `m:ImItemList`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ImItemList {
    #[serde(rename = "Groups", default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Groups>,
    #[serde(rename = "Personas", default, skip_serializing_if = "Option::is_none")]
    pub personas: Option<Personas>,
}

/// `t:ArrayOfImGroupType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct Groups {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "ImGroup", default)]
    pub im_group: Vec<ImGroup>,
}

/// `t:ImGroupType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ImGroup {
    #[serde(rename = "DisplayName")]
    pub display_name: String,
    #[serde(rename = "GroupType")]
    pub group_type: String,
    #[serde(
        rename = "ExchangeStoreId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exchange_store_id: Option<ItemId>,
    #[serde(
        rename = "MemberCorrelationKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub member_correlation_key: Option<ItemIds>,
    #[serde(
        rename = "SmtpAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub smtp_address: Option<String>,
}

/// `t:ItemIdType` (also `FolderId`, `GroupId`, `ContactId`).
#[derive(Debug, Deserialize, Serialize)]
pub struct ItemId {
    #[serde(rename = "@Id")]
    pub id: String,
    #[serde(
        rename = "@ChangeKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub change_key: Option<String>,
}

/// `t:NonEmptyArrayOfItemIdsType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ItemIds {
    #[serde(rename = "ItemId", default)]
    pub item_id: Vec<ItemId>,
}

/// `t:ArrayOfPeopleType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct Personas {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "Persona", default)]
    pub persona: Vec<Persona>,
}

/// `t:PersonaType` (the fields the inputs use).
#[derive(Debug, Deserialize, Serialize)]
pub struct Persona {
    #[serde(rename = "PersonaId")]
    pub persona_id: ItemId,
    #[serde(
        rename = "PersonaType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub persona_type: Option<String>,
    #[serde(
        rename = "CreationTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub creation_time: Option<String>,
    #[serde(
        rename = "DisplayName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name: Option<String>,
    #[serde(
        rename = "DisplayNameFirstLast",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name_first_last: Option<String>,
    #[serde(
        rename = "DisplayNameLastFirst",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name_last_first: Option<String>,
    #[serde(rename = "FileAs", default, skip_serializing_if = "Option::is_none")]
    pub file_as: Option<String>,
    #[serde(rename = "FileAsId", default, skip_serializing_if = "Option::is_none")]
    pub file_as_id: Option<String>,
    #[serde(rename = "GivenName", default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    #[serde(rename = "Surname", default, skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    #[serde(
        rename = "EmailAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_address: Option<EmailAddress>,
    #[serde(
        rename = "EmailAddresses",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_addresses: Option<EmailAddresses>,
    #[serde(rename = "ImAddress", default, skip_serializing_if = "Option::is_none")]
    pub im_address: Option<String>,
    #[serde(
        rename = "RelevanceScore",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub relevance_score: Option<i32>,
    #[serde(
        rename = "Attributions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributions: Option<Attributions>,
    #[serde(
        rename = "DisplayNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_names: Option<StringValues>,
    #[serde(rename = "FileAses", default, skip_serializing_if = "Option::is_none")]
    pub file_ases: Option<StringValues>,
    #[serde(rename = "FileAsIds", default, skip_serializing_if = "Option::is_none")]
    pub file_as_ids: Option<StringValues>,
    #[serde(
        rename = "GivenNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub given_names: Option<StringValues>,
    #[serde(rename = "Surnames", default, skip_serializing_if = "Option::is_none")]
    pub surnames: Option<StringValues>,
    #[serde(
        rename = "BusinessPhoneNumbers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub business_phone_numbers: Option<Phones>,
    #[serde(
        rename = "HomePhones",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub home_phones: Option<Phones>,
    #[serde(
        rename = "MobilePhones",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mobile_phones: Option<Phones>,
    #[serde(rename = "Emails1", default, skip_serializing_if = "Option::is_none")]
    pub emails1: Option<EmailValues>,
    #[serde(
        rename = "ImAddresses",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub im_addresses: Option<StringValues>,
}

/// `t:EmailAddressType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct EmailAddress {
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        rename = "EmailAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_address: Option<String>,
    #[serde(
        rename = "RoutingType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub routing_type: Option<String>,
    #[serde(
        rename = "MailboxType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mailbox_type: Option<String>,
}

/// `t:ArrayOfEmailAddressesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct EmailAddresses {
    #[serde(rename = "Address", default)]
    pub address: Vec<EmailAddress>,
}

/// `t:ArrayOfPersonaAttributionsType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct Attributions {
    #[serde(rename = "Attribution", default)]
    pub attribution: Vec<Attribution>,
}

/// `t:PersonaAttributionType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct Attribution {
    #[serde(rename = "Id")]
    pub id: String,
    #[serde(rename = "SourceId")]
    pub source_id: ItemId,
    #[serde(rename = "DisplayName")]
    pub display_name: String,
    #[serde(
        rename = "IsWritable",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_writable: Option<bool>,
    #[serde(
        rename = "IsQuickContact",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_quick_contact: Option<bool>,
    #[serde(rename = "IsHidden", default, skip_serializing_if = "Option::is_none")]
    pub is_hidden: Option<bool>,
    #[serde(rename = "FolderId", default, skip_serializing_if = "Option::is_none")]
    pub folder_id: Option<ItemId>,
}

/// `t:ArrayOfValueAttributionsType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct ValueAttributions {
    #[serde(rename = "Attribution", default)]
    pub attribution: Vec<String>,
}

/// `t:ArrayOfStringAttributedValuesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct StringValues {
    #[serde(rename = "StringAttributedValue", default)]
    pub values: Vec<StringValue>,
}

/// `t:StringAttributedValueType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct StringValue {
    #[serde(rename = "Value")]
    pub value: String,
    #[serde(rename = "Attributions")]
    pub attributions: ValueAttributions,
}

/// `t:ArrayOfPhoneNumberAttributedValuesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct Phones {
    #[serde(rename = "PhoneNumberAttributedValue", default)]
    pub values: Vec<PhoneValue>,
}

/// `t:PhoneNumberAttributedValueType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct PhoneValue {
    #[serde(rename = "Value")]
    pub value: Phone,
    #[serde(rename = "Attributions")]
    pub attributions: ValueAttributions,
}

/// `t:PersonaPhoneNumberType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct Phone {
    #[serde(rename = "Number")]
    pub number: String,
    #[serde(rename = "Type")]
    pub kind: String,
}

/// `t:ArrayOfEmailAddressAttributedValuesType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct EmailValues {
    #[serde(rename = "EmailAddressAttributedValue", default)]
    pub values: Vec<EmailValue>,
}

/// `t:EmailAddressAttributedValueType`.
#[derive(Debug, Deserialize, Serialize)]
pub struct EmailValue {
    #[serde(rename = "Value")]
    pub value: EmailAddress,
    #[serde(rename = "Attributions")]
    pub attributions: ValueAttributions,
}

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
    AddImContactToGroup(ContactAndGroup),
    RemoveImContactFromGroup(ContactAndGroup),
    AddImGroup(AddImGroup),
    AddDistributionGroupToImList(AddDistributionGroupToImList),
    GetImItemList(GetImItemList),
    GetImItems(GetImItems),
    RemoveContactFromImList(ContactAndGroup),
    RemoveDistributionGroupFromImList(ContactAndGroup),
    RemoveImGroup(ContactAndGroup),
    SetImGroup(SetImGroup),
    SetImListMigrationCompleted(SetImListMigrationCompleted),
}

/// `m:AddNewImContactToGroup`.
#[derive(Debug, Deserialize, Serialize)]
pub struct AddNewImContactToGroup {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "ImAddress")]
    pub im_address: String,
    #[serde(
        rename = "DisplayName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name: Option<String>,
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<ItemId>,
}

/// `m:AddNewTelUriContactToGroup`.
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
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<ItemId>,
}

/// The requests that carry a contact id and/or a group id.
#[derive(Debug, Deserialize, Serialize)]
pub struct ContactAndGroup {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "ContactId", default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<ItemId>,
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<ItemId>,
}

/// `m:AddImGroup`.
#[derive(Debug, Deserialize, Serialize)]
pub struct AddImGroup {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "DisplayName")]
    pub display_name: String,
}

/// `m:AddDistributionGroupToImList`.
#[derive(Debug, Deserialize, Serialize)]
pub struct AddDistributionGroupToImList {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "SmtpAddress")]
    pub smtp_address: String,
    #[serde(rename = "DisplayName")]
    pub display_name: String,
}

/// `m:GetImItemList`.
#[derive(Debug, Deserialize, Serialize)]
pub struct GetImItemList {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
}

/// `m:GetImItems`.
#[derive(Debug, Deserialize, Serialize)]
pub struct GetImItems {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(
        rename = "ContactIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_ids: Option<TypesItemIds>,
    #[serde(rename = "GroupIds", default, skip_serializing_if = "Option::is_none")]
    pub group_ids: Option<TypesItemIds>,
}

/// A list of `t:ItemId` inside a messages-namespace element.
#[derive(Debug, Deserialize, Serialize)]
pub struct TypesItemIds {
    #[serde(rename = "ItemId", default)]
    pub item_id: Vec<TypesItemId>,
}

/// `t:ItemId` inside a messages-namespace element.
#[derive(Debug, Deserialize, Serialize)]
pub struct TypesItemId {
    #[serde(rename = "@xmlns", skip_deserializing, default = "t")]
    xmlns: Option<String>,
    #[serde(rename = "@Id")]
    pub id: String,
    #[serde(
        rename = "@ChangeKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub change_key: Option<String>,
}

/// `m:SetImGroup`.
#[derive(Debug, Deserialize, Serialize)]
pub struct SetImGroup {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "GroupId")]
    pub group_id: ItemId,
    #[serde(rename = "NewDisplayName")]
    pub new_display_name: String,
}

/// `m:SetImListMigrationCompleted`.
#[derive(Debug, Deserialize, Serialize)]
pub struct SetImListMigrationCompleted {
    #[serde(rename = "@xmlns", skip_deserializing, default = "m")]
    xmlns: Option<String>,
    #[serde(rename = "ImListMigrationCompleted")]
    pub im_list_migration_completed: bool,
}
