//! Stage 2: the resolved, language-neutral type model. References are resolved,
//! extensions flattened (base content first), model groups flattened into fields
//! with occurrences, choices and substitution groups turned into choice types.
//! Nothing here knows Rust names.

mod builtin;
pub mod resolve;

pub use builtin::Builtin;
pub use resolve::resolve;

use crate::diagnostics::Pos;
use crate::qname::QName;

/// Index into [`Model::types`].
pub type TypeId = usize;

/// A reference to a type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypeRef {
    /// An XML Schema built-in type.
    Builtin(Builtin),
    /// A type of the model.
    Defined(TypeId),
}

/// How often a field occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occurs {
    /// Exactly once.
    One,
    /// Zero or one time.
    Optional,
    /// Any number of times.
    Many,
}

/// What a generated name is derived from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameHint {
    /// The preferred name (schema name, element name, ...).
    pub primary: String,
    /// Used when `primary` collides (e.g. parent name + element name).
    pub fallback: String,
}

/// A type of the model.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// Name hint for the Rust stage.
    pub hint: NameHint,
    /// The schema name, for named types.
    pub qname: Option<QName>,
    /// What it is.
    pub kind: TypeKind,
    /// Where it is defined.
    pub pos: Pos,
}

/// The kinds of model type.
#[derive(Debug, Clone)]
pub enum TypeKind {
    /// A complex type: attributes plus element content or text.
    Struct(StructDef),
    /// A string enumeration (values in schema order).
    Enum(Vec<String>),
    /// A named restriction without enumerations: the same values as its base.
    Alias(TypeRef),
    /// `xs:list`: whitespace-separated items.
    List(TypeRef),
    /// `xs:union`: the first member that parses the text.
    Union(Vec<TypeRef>),
    /// An `xs:choice` of elements or a substitution group.
    Choice(Vec<Variant>),
    /// An abstract complex type: the element names its concrete type with
    /// `xsi:type`. One variant per concrete type derived from it; a variant's
    /// `name` is the derived type's name.
    Polymorphic(Vec<Variant>),
}

/// A complex type's flattened content.
#[derive(Debug, Clone, Default)]
pub struct StructDef {
    /// Attributes, base type's first.
    pub attributes: Vec<AttributeField>,
    /// Element or text content.
    pub content: Content,
}

/// Content of a struct.
#[derive(Debug, Clone)]
pub enum Content {
    /// Child elements (possibly none).
    Elements(Vec<Field>),
    /// Text of a simple type (`xs:simpleContent`).
    Text(TypeRef),
}

impl Default for Content {
    fn default() -> Self {
        Content::Elements(Vec::new())
    }
}

/// An attribute of a struct.
#[derive(Debug, Clone)]
pub struct AttributeField {
    /// Its name (namespace empty when unqualified).
    pub name: QName,
    /// Its type.
    pub ty: TypeRef,
    /// `use="required"`.
    pub required: bool,
    /// `default=` value.
    pub default: Option<String>,
}

/// A field of element content.
#[derive(Debug, Clone)]
pub enum Field {
    /// One element name.
    Element {
        /// The element's name.
        name: QName,
        /// Its type.
        ty: TypeRef,
        /// Occurrence.
        occurs: Occurs,
        /// `nillable="true"`: the value is `xsi:nil` or a value.
        nillable: bool,
        /// `default=`: the value of the element when it is present and empty.
        default: Option<String>,
    },
    /// A choice of elements (a [`TypeKind::Choice`] type).
    Choice {
        /// The choice type.
        ty: TypeId,
        /// Occurrence.
        occurs: Occurs,
        /// What the field is named after: the group or substitution-group head;
        /// `None` for an inline `xs:choice` (the field is then `choice`).
        name: Option<String>,
    },
    /// `xs:any`: elements kept as they are.
    Any {
        /// Occurrence.
        occurs: Occurs,
    },
}

/// One alternative of a choice: an element.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The element's name.
    pub name: QName,
    /// Its type.
    pub ty: TypeRef,
    /// `nillable="true"`.
    pub nillable: bool,
}

/// The body element of one direction of an operation.
#[derive(Debug, Clone)]
pub struct MessageDef {
    /// Element name.
    pub element: QName,
    /// Its type (always a struct).
    pub ty: TypeId,
}

/// A selected WSDL operation.
#[derive(Debug, Clone)]
pub struct OperationDef {
    /// Operation name.
    pub name: String,
    /// SOAPAction.
    pub soap_action: String,
    /// Request body.
    pub input: MessageDef,
    /// Response body.
    pub output: MessageDef,
}

/// A SOAP header element.
#[derive(Debug, Clone)]
pub struct HeaderDef {
    /// Element name.
    pub element: QName,
    /// Its type.
    pub ty: TypeRef,
}

/// The resolved model of a selection of operations.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Every type needed, in schema order.
    pub types: Vec<TypeDef>,
    /// The selected operations, in WSDL order.
    pub operations: Vec<OperationDef>,
    /// Header elements of requests and responses.
    pub headers: Vec<HeaderDef>,
    /// The synthetic struct holding every header element (all optional).
    pub header_type: TypeId,
}
