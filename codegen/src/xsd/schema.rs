//! The schema model: XSD components as written (names still unresolved QNames),
//! each with its source position, and the parser from a [`Node`] tree.

use super::tree::{Node, XS};
use crate::diagnostics::{Diag, Pos};
use crate::qname::QName;

/// Upper bound of an occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Max {
    /// A number.
    Bounded(u32),
    /// `unbounded`.
    Unbounded,
}

/// minOccurs/maxOccurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurs {
    /// minOccurs.
    pub min: u32,
    /// maxOccurs.
    pub max: Max,
}

impl Occurs {
    /// Exactly once.
    pub const ONCE: Occurs = Occurs {
        min: 1,
        max: Max::Bounded(1),
    };
}

/// A type given inline or by name; `None` means `xs:anyType`.
#[derive(Debug, Clone)]
pub enum TypeUse {
    /// `type="t:Foo"` (or `base=`, `itemType=`, ...).
    Named(QName, Pos),
    /// An anonymous type.
    Anonymous(Box<TypeDef>),
    /// No type given (`xs:anyType`).
    Any,
}

/// A named or anonymous type definition.
#[derive(Debug, Clone)]
pub enum TypeDef {
    /// `xs:complexType`.
    Complex(ComplexType),
    /// `xs:simpleType`.
    Simple(SimpleType),
}

impl TypeDef {
    /// Where it is defined.
    pub fn pos(&self) -> Pos {
        match self {
            TypeDef::Complex(c) => c.pos,
            TypeDef::Simple(s) => s.pos,
        }
    }
}

/// `xs:simpleType`.
#[derive(Debug, Clone)]
pub struct SimpleType {
    /// Name, if a top-level definition.
    pub name: Option<String>,
    /// What kind of simple type.
    pub variety: SimpleVariety,
    /// Position.
    pub pos: Pos,
}

/// The three kinds of simple type.
#[derive(Debug, Clone)]
pub enum SimpleVariety {
    /// `xs:restriction` (enumerations kept; other facets noted only).
    Restriction {
        /// Base type.
        base: TypeUse,
        /// `xs:enumeration` values in order.
        enumerations: Vec<String>,
    },
    /// `xs:list`.
    List {
        /// Item type.
        item: TypeUse,
    },
    /// `xs:union`.
    Union {
        /// Member types (memberTypes first, then inline ones).
        members: Vec<TypeUse>,
    },
}

/// `xs:complexType`.
#[derive(Debug, Clone)]
pub struct ComplexType {
    /// Name, if top-level.
    pub name: Option<String>,
    /// `abstract="true"`.
    pub is_abstract: bool,
    /// `mixed="true"`.
    pub mixed: bool,
    /// The content model.
    pub content: ContentModel,
    /// Attributes declared directly (for extensions: the added ones).
    pub attributes: Vec<AttributeItem>,
    /// `xs:anyAttribute` present.
    pub any_attribute: bool,
    /// Position.
    pub pos: Pos,
}

/// Content of a complex type.
#[derive(Debug, Clone)]
pub enum ContentModel {
    /// Element content given directly (or nothing, if `None`).
    Direct(Option<Particle>),
    /// `xs:complexContent/xs:extension`.
    ComplexExtension {
        /// Base type.
        base: QName,
        /// Added particle.
        particle: Option<Particle>,
        /// Position of `base`.
        pos: Pos,
    },
    /// `xs:complexContent/xs:restriction` (the restricted model is given in full).
    ComplexRestriction {
        /// Base type.
        base: QName,
        /// The content that remains.
        particle: Option<Particle>,
        /// Position.
        pos: Pos,
    },
    /// `xs:simpleContent` extension or restriction: text of `base` plus attributes.
    Simple {
        /// Base type.
        base: QName,
        /// Position of `base`.
        pos: Pos,
    },
}

/// A particle with its occurrence.
#[derive(Debug, Clone)]
pub struct Particle {
    /// What it is.
    pub term: Term,
    /// minOccurs/maxOccurs.
    pub occurs: Occurs,
    /// Position.
    pub pos: Pos,
}

/// The term of a particle.
#[derive(Debug, Clone)]
pub enum Term {
    /// `xs:sequence`.
    Sequence(Vec<Particle>),
    /// `xs:choice`.
    Choice(Vec<Particle>),
    /// `xs:all`.
    All(Vec<Particle>),
    /// A local element declaration.
    Element(LocalElement),
    /// `xs:element ref=`.
    ElementRef(QName),
    /// `xs:group ref=`.
    GroupRef(QName),
    /// `xs:any`.
    Any {
        /// `namespace` attribute as written (`##any` by default).
        namespace: String,
    },
}

/// A local element declaration.
#[derive(Debug, Clone)]
pub struct LocalElement {
    /// Its name, qualified per elementFormDefault/form.
    pub name: QName,
    /// Its type.
    pub ty: TypeUse,
    /// `nillable="true"`.
    pub nillable: bool,
    /// `default=` value.
    pub default: Option<String>,
}

/// An attribute declaration, reference or attribute-group reference.
#[derive(Debug, Clone)]
pub enum AttributeItem {
    /// `xs:attribute name=` (local) or `ref=`.
    Attribute(AttributeUse),
    /// `xs:attributeGroup ref=`.
    GroupRef(QName, Pos),
}

/// A local attribute or a reference to a global one.
#[derive(Debug, Clone)]
pub struct AttributeUse {
    /// Name (qualified only when `ref=` or form qualified).
    pub name: QName,
    /// True when it came from `ref=` (type comes from the global declaration).
    pub is_ref: bool,
    /// Type (for `ref=`, filled in by resolution).
    pub ty: TypeUse,
    /// `use="required"`.
    pub required: bool,
    /// `use="prohibited"`.
    pub prohibited: bool,
    /// `default=`.
    pub default: Option<String>,
    /// `fixed=`.
    pub fixed: Option<String>,
    /// Position.
    pub pos: Pos,
}

/// A top-level element declaration.
#[derive(Debug, Clone)]
pub struct ElementDecl {
    /// Its name.
    pub name: QName,
    /// Its type.
    pub ty: TypeUse,
    /// `abstract="true"`.
    pub is_abstract: bool,
    /// `substitutionGroup=`.
    pub substitution_group: Option<QName>,
    /// `nillable="true"`.
    pub nillable: bool,
    /// `default=` value.
    pub default: Option<String>,
    /// Position.
    pub pos: Pos,
}

/// A top-level `xs:group`.
#[derive(Debug, Clone)]
pub struct GroupDef {
    /// Name.
    pub name: QName,
    /// Its model group.
    pub particle: Particle,
    /// Position.
    pub pos: Pos,
}

/// A top-level `xs:attributeGroup`.
#[derive(Debug, Clone)]
pub struct AttributeGroupDef {
    /// Name.
    pub name: QName,
    /// Its attributes.
    pub attributes: Vec<AttributeItem>,
    /// Position.
    pub pos: Pos,
}

/// A top-level `xs:attribute`.
#[derive(Debug, Clone)]
pub struct AttributeDecl {
    /// Name.
    pub name: QName,
    /// Type.
    pub ty: TypeUse,
    /// Position.
    pub pos: Pos,
}

/// An `xs:import` or `xs:include`.
#[derive(Debug, Clone)]
pub struct SchemaRef {
    /// `namespace=` (imports only).
    pub namespace: Option<String>,
    /// `schemaLocation=`, if given.
    pub location: Option<String>,
    /// Position.
    pub pos: Pos,
}

/// One `xs:schema` element.
#[derive(Debug, Clone, Default)]
pub struct Schema {
    /// targetNamespace.
    pub target_ns: String,
    /// Imports and includes.
    pub refs: Vec<SchemaRef>,
    /// Named types, in document order.
    pub types: Vec<(QName, TypeDef)>,
    /// Global elements.
    pub elements: Vec<ElementDecl>,
    /// Named groups.
    pub groups: Vec<GroupDef>,
    /// Named attribute groups.
    pub attribute_groups: Vec<AttributeGroupDef>,
    /// Global attributes.
    pub attributes: Vec<AttributeDecl>,
}

struct Ctx {
    target_ns: String,
    element_qualified: bool,
    attribute_qualified: bool,
}

/// Parses an `xs:schema` element.
pub fn parse_schema(node: &Node) -> Result<Schema, Diag> {
    if !node.is_xs("schema") {
        return Err(Diag::at(
            node.pos,
            format!("expected xs:schema, found {}", node.local),
        ));
    }
    let ctx = Ctx {
        target_ns: node.attr("targetNamespace").unwrap_or_default().to_string(),
        element_qualified: node.attr("elementFormDefault") == Some("qualified"),
        attribute_qualified: node.attr("attributeFormDefault") == Some("qualified"),
    };
    let mut schema = Schema {
        target_ns: ctx.target_ns.clone(),
        ..Schema::default()
    };
    for child in node.xs_children() {
        let global = |name: &str| QName::new(ctx.target_ns.clone(), name);
        match child.local.as_str() {
            "import" | "include" => schema.refs.push(SchemaRef {
                namespace: child.attr("namespace").map(str::to_string),
                location: child.attr("schemaLocation").map(str::to_string),
                pos: child.pos,
            }),
            "complexType" => {
                let name = required_attr(child, "name")?;
                schema
                    .types
                    .push((global(name), TypeDef::Complex(complex_type(child, &ctx)?)));
            }
            "simpleType" => {
                let name = required_attr(child, "name")?;
                schema
                    .types
                    .push((global(name), TypeDef::Simple(simple_type(child)?)));
            }
            "element" => {
                let name = required_attr(child, "name")?;
                schema.elements.push(ElementDecl {
                    name: global(name),
                    ty: element_type(child, &ctx)?,
                    is_abstract: child.attr("abstract") == Some("true"),
                    substitution_group: child.qname_attr("substitutionGroup")?.map(QName::from),
                    nillable: child.attr("nillable") == Some("true"),
                    default: child.attr("default").map(str::to_string),
                    pos: child.pos,
                });
            }
            "group" => {
                let name = required_attr(child, "name")?;
                let inner = child.xs_children().next().ok_or_else(|| {
                    Diag::at(child.pos, format!("xs:group `{name}` has no model group"))
                })?;
                schema.groups.push(GroupDef {
                    name: global(name),
                    particle: particle(inner, &ctx)?,
                    pos: child.pos,
                });
            }
            "attributeGroup" => {
                let name = required_attr(child, "name")?;
                let (attributes, _) = attribute_items(child, &ctx)?;
                schema.attribute_groups.push(AttributeGroupDef {
                    name: global(name),
                    attributes,
                    pos: child.pos,
                });
            }
            "attribute" => {
                let name = required_attr(child, "name")?;
                schema.attributes.push(AttributeDecl {
                    name: global(name),
                    ty: attribute_type(child)?,
                    pos: child.pos,
                });
            }
            "notation" | "redefine" | "override" | "defaultOpenContent" => {
                return Err(unsupported(child));
            }
            _ => return Err(unsupported(child)),
        }
    }
    Ok(schema)
}

fn unsupported(node: &Node) -> Diag {
    Diag::at(
        node.pos,
        format!("unsupported XML Schema construct xs:{}", node.local),
    )
}

fn required_attr<'n>(node: &'n Node, name: &str) -> Result<&'n str, Diag> {
    node.attr(name).ok_or_else(|| {
        Diag::at(
            node.pos,
            format!("xs:{} needs a `{name}` attribute", node.local),
        )
    })
}

fn named_type(node: &Node, attr: &str) -> Result<Option<TypeUse>, Diag> {
    let Some(a) = node.attr_node(attr) else {
        return Ok(None);
    };
    let q = node.resolve_qname(&a.value, a.pos)?;
    Ok(Some(TypeUse::Named(q.into(), a.pos)))
}

fn element_type(node: &Node, ctx: &Ctx) -> Result<TypeUse, Diag> {
    if let Some(t) = named_type(node, "type")? {
        return Ok(t);
    }
    for child in node.xs_children() {
        match child.local.as_str() {
            "complexType" => {
                return Ok(TypeUse::Anonymous(Box::new(TypeDef::Complex(
                    complex_type(child, ctx)?,
                ))))
            }
            "simpleType" => {
                return Ok(TypeUse::Anonymous(Box::new(TypeDef::Simple(simple_type(
                    child,
                )?))))
            }
            "unique" | "key" | "keyref" => {}
            _ => return Err(unsupported(child)),
        }
    }
    Ok(TypeUse::Any)
}

fn attribute_type(node: &Node) -> Result<TypeUse, Diag> {
    if let Some(t) = named_type(node, "type")? {
        return Ok(t);
    }
    match node.xs_children().next() {
        Some(child) if child.local == "simpleType" => Ok(TypeUse::Anonymous(Box::new(
            TypeDef::Simple(simple_type(child)?),
        ))),
        Some(child) => Err(unsupported(child)),
        None => Ok(TypeUse::Named(QName::new(XS, "anySimpleType"), node.pos)),
    }
}

fn occurs(node: &Node) -> Result<Occurs, Diag> {
    let num = |name: &str, default: u32| -> Result<u32, Diag> {
        match node.attr_node(name) {
            None => Ok(default),
            Some(a) => a
                .value
                .trim()
                .parse()
                .map_err(|_| Diag::at(a.pos, format!("{name} `{}` is not a number", a.value))),
        }
    };
    let min = num("minOccurs", 1)?;
    let max = match node.attr("maxOccurs") {
        Some("unbounded") => Max::Unbounded,
        _ => Max::Bounded(num("maxOccurs", 1)?),
    };
    Ok(Occurs { min, max })
}

fn particle(node: &Node, ctx: &Ctx) -> Result<Particle, Diag> {
    let occurs = occurs(node)?;
    let term = match node.local.as_str() {
        "sequence" | "choice" | "all" => {
            let items = node
                .xs_children()
                .map(|c| particle(c, ctx))
                .collect::<Result<Vec<_>, _>>()?;
            match node.local.as_str() {
                "sequence" => Term::Sequence(items),
                "choice" => Term::Choice(items),
                _ => Term::All(items),
            }
        }
        "element" => {
            if let Some(r) = node.qname_attr("ref")? {
                Term::ElementRef(r.into())
            } else {
                let name = required_attr(node, "name")?;
                let qualified = match node.attr("form") {
                    Some(form) => form == "qualified",
                    None => ctx.element_qualified,
                };
                let ns = if qualified {
                    ctx.target_ns.clone()
                } else {
                    String::new()
                };
                Term::Element(LocalElement {
                    name: QName::new(ns, name),
                    ty: element_type(node, ctx)?,
                    nillable: node.attr("nillable") == Some("true"),
                    default: node.attr("default").map(str::to_string),
                })
            }
        }
        "group" => match node.qname_attr("ref")? {
            Some(r) => Term::GroupRef(r.into()),
            None => return Err(Diag::at(node.pos, "local xs:group needs a `ref` attribute")),
        },
        "any" => Term::Any {
            namespace: node.attr("namespace").unwrap_or("##any").to_string(),
        },
        _ => return Err(unsupported(node)),
    };
    Ok(Particle {
        term,
        occurs,
        pos: node.pos,
    })
}

fn attribute_items(node: &Node, ctx: &Ctx) -> Result<(Vec<AttributeItem>, bool), Diag> {
    let mut items = Vec::new();
    let mut any = false;
    for child in node.xs_children() {
        match child.local.as_str() {
            "attribute" => {
                let is_ref = child.attr("ref").is_some();
                let name: QName = if let Some(r) = child.qname_attr("ref")? {
                    r.into()
                } else {
                    let name = required_attr(child, "name")?;
                    let qualified = match child.attr("form") {
                        Some(form) => form == "qualified",
                        None => ctx.attribute_qualified,
                    };
                    QName::new(
                        if qualified {
                            ctx.target_ns.clone()
                        } else {
                            String::new()
                        },
                        name,
                    )
                };
                let ty = if is_ref {
                    TypeUse::Any
                } else {
                    attribute_type(child)?
                };
                items.push(AttributeItem::Attribute(AttributeUse {
                    name,
                    is_ref,
                    ty,
                    required: child.attr("use") == Some("required"),
                    prohibited: child.attr("use") == Some("prohibited"),
                    default: child.attr("default").map(str::to_string),
                    fixed: child.attr("fixed").map(str::to_string),
                    pos: child.pos,
                }));
            }
            "attributeGroup" => match child.qname_attr("ref")? {
                Some(r) => items.push(AttributeItem::GroupRef(r.into(), child.pos)),
                None => {
                    return Err(Diag::at(
                        child.pos,
                        "local xs:attributeGroup needs a `ref` attribute",
                    ))
                }
            },
            "anyAttribute" => any = true,
            _ => {}
        }
    }
    Ok((items, any))
}

fn complex_type(node: &Node, ctx: &Ctx) -> Result<ComplexType, Diag> {
    let mut content = ContentModel::Direct(None);
    let (mut attributes, mut any_attribute) = attribute_items(node, ctx)?;
    let mut mixed = node.attr("mixed") == Some("true");
    for child in node.xs_children() {
        match child.local.as_str() {
            "sequence" | "choice" | "all" | "group" => {
                content = ContentModel::Direct(Some(particle(child, ctx)?))
            }
            "attribute" | "attributeGroup" | "anyAttribute" => {}
            "complexContent" | "simpleContent" => {
                if child.attr("mixed") == Some("true") {
                    mixed = true;
                }
                let derivation = child.xs_children().next().ok_or_else(|| {
                    Diag::at(
                        child.pos,
                        format!("xs:{} needs an extension or restriction", child.local),
                    )
                })?;
                let base_attr = derivation.attr_node("base").ok_or_else(|| {
                    Diag::at(
                        derivation.pos,
                        format!("xs:{} needs a `base` attribute", derivation.local),
                    )
                })?;
                let base: QName = derivation
                    .resolve_qname(&base_attr.value, base_attr.pos)?
                    .into();
                let (attrs, any) = attribute_items(derivation, ctx)?;
                attributes = attrs;
                any_attribute = any;
                let inner = derivation
                    .xs_children()
                    .find(|c| matches!(c.local.as_str(), "sequence" | "choice" | "all" | "group"))
                    .map(|c| particle(c, ctx))
                    .transpose()?;
                content = match (child.local.as_str(), derivation.local.as_str()) {
                    ("complexContent", "extension") => ContentModel::ComplexExtension {
                        base,
                        particle: inner,
                        pos: base_attr.pos,
                    },
                    ("complexContent", "restriction") => ContentModel::ComplexRestriction {
                        base,
                        particle: inner,
                        pos: base_attr.pos,
                    },
                    ("simpleContent", "extension" | "restriction") => ContentModel::Simple {
                        base,
                        pos: base_attr.pos,
                    },
                    _ => return Err(unsupported(derivation)),
                };
            }
            _ => return Err(unsupported(child)),
        }
    }
    Ok(ComplexType {
        name: node.attr("name").map(str::to_string),
        is_abstract: node.attr("abstract") == Some("true"),
        mixed,
        content,
        attributes,
        any_attribute,
        pos: node.pos,
    })
}

fn simple_type(node: &Node) -> Result<SimpleType, Diag> {
    let derivation = node
        .xs_children()
        .next()
        .ok_or_else(|| Diag::at(node.pos, "xs:simpleType needs a restriction, list or union"))?;
    let inline = |n: &Node| -> Result<Option<TypeUse>, Diag> {
        match n.xs_children().find(|c| c.local == "simpleType") {
            Some(c) => Ok(Some(TypeUse::Anonymous(Box::new(TypeDef::Simple(
                simple_type(c)?,
            ))))),
            None => Ok(None),
        }
    };
    let variety = match derivation.local.as_str() {
        "restriction" => {
            let base = match named_type(derivation, "base")? {
                Some(t) => t,
                None => inline(derivation)?
                    .ok_or_else(|| Diag::at(derivation.pos, "xs:restriction needs a base"))?,
            };
            let enumerations = derivation
                .xs_children()
                .filter(|c| c.local == "enumeration")
                .map(|c| c.attr("value").unwrap_or_default().to_string())
                .collect();
            SimpleVariety::Restriction { base, enumerations }
        }
        "list" => {
            let item = match named_type(derivation, "itemType")? {
                Some(t) => t,
                None => inline(derivation)?
                    .ok_or_else(|| Diag::at(derivation.pos, "xs:list needs an item type"))?,
            };
            SimpleVariety::List { item }
        }
        "union" => {
            let mut members = Vec::new();
            if let Some(a) = derivation.attr_node("memberTypes") {
                for name in a.value.split_whitespace() {
                    members.push(TypeUse::Named(
                        derivation.resolve_qname(name, a.pos)?.into(),
                        a.pos,
                    ));
                }
            }
            for c in derivation.xs_children().filter(|c| c.local == "simpleType") {
                members.push(TypeUse::Anonymous(Box::new(TypeDef::Simple(simple_type(
                    c,
                )?))));
            }
            SimpleVariety::Union { members }
        }
        _ => return Err(unsupported(derivation)),
    };
    Ok(SimpleType {
        name: node.attr("name").map(str::to_string),
        variety,
        pos: node.pos,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xsd::tree::parse;

    fn schema(body: &str) -> Schema {
        let doc = format!(
            r#"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t" elementFormDefault="qualified">{body}</xs:schema>"#
        );
        parse_schema(&parse(&doc, 0).unwrap()).unwrap()
    }

    #[test]
    fn reads_sequence_with_occurrences_and_qualified_names() {
        let s = schema(
            r#"<xs:complexType name="A"><xs:sequence><xs:element name="B" type="xs:int" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>"#,
        );
        let (name, TypeDef::Complex(ct)) = &s.types[0] else {
            panic!("complex")
        };
        assert_eq!(name, &QName::new("urn:t", "A"));
        let ContentModel::Direct(Some(p)) = &ct.content else {
            panic!("direct")
        };
        let Term::Sequence(items) = &p.term else {
            panic!("sequence")
        };
        let Term::Element(e) = &items[0].term else {
            panic!("element")
        };
        assert_eq!(e.name, QName::new("urn:t", "B"));
        assert_eq!(
            items[0].occurs,
            Occurs {
                min: 0,
                max: Max::Unbounded
            }
        );
    }

    #[test]
    fn reads_enumerations_in_order() {
        let s = schema(
            r#"<xs:simpleType name="E"><xs:restriction base="xs:string"><xs:enumeration value="B"/><xs:enumeration value="A"/></xs:restriction></xs:simpleType>"#,
        );
        let TypeDef::Simple(SimpleType {
            variety: SimpleVariety::Restriction { enumerations, .. },
            ..
        }) = &s.types[0].1
        else {
            panic!()
        };
        assert_eq!(enumerations, &["B", "A"]);
    }

    #[test]
    fn unsupported_construct_names_its_place() {
        let doc =
            r#"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:redefine/></xs:schema>"#;
        let err = parse_schema(&parse(doc, 0).unwrap()).unwrap_err();
        assert_eq!(err.message, "unsupported XML Schema construct xs:redefine");
        assert_eq!(err.pos.unwrap().offset, 55);
    }
}
