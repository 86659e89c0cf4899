//! Resolution: from the schema model and a selection of operations to the
//! [`Model`] of exactly the types their transitive closure needs.

use super::*;
use crate::diagnostics::Diag;
use crate::xsd::loader::Loaded;
use crate::xsd::schema::{
    self, AttributeItem, ComplexType, ContentModel, ElementDecl, Max, Particle, Schema,
    SimpleVariety, Term, TypeUse,
};
use crate::xsd::tree::{XML_NS, XS};
use std::collections::HashMap;

/// What to resolve.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Operation names; empty means every operation of the WSDL.
    pub operations: Vec<String>,
    /// Header elements to add beyond those the binding declares.
    pub extra_headers: Vec<QName>,
    /// Header elements to add when the schemas declare them.
    pub optional_headers: Vec<QName>,
}

/// Resolves the operations of `selection` into a [`Model`].
pub fn resolve(loaded: &Loaded, selection: &Selection) -> Result<Model, Diag> {
    let wsdl = loaded
        .wsdl
        .as_ref()
        .ok_or_else(|| Diag::general("the entry file is not a WSDL (wsdl:definitions)"))?;
    let mut r = Resolver::new(&loaded.schemas);
    let names: Vec<&str> = if selection.operations.is_empty() {
        wsdl.operations.iter().map(|o| o.name.as_str()).collect()
    } else {
        selection.operations.iter().map(String::as_str).collect()
    };
    for name in &names {
        if !wsdl.operations.iter().any(|o| o.name == *name) {
            return Err(Diag::general(format!(
                "operation `{name}` is not in the WSDL"
            )));
        }
    }
    let mut header_elements: Vec<QName> = Vec::new();
    for op in wsdl
        .operations
        .iter()
        .filter(|o| names.contains(&o.name.as_str()))
    {
        let mut body = |io: &crate::xsd::wsdl::BoundIo,
                        headers: &mut Vec<QName>|
         -> Result<MessageDef, Diag> {
            let message = wsdl.message(&io.message).ok_or_else(|| {
                Diag::at(op.pos, format!("message `{}` is not defined", io.message))
            })?;
            for (hm, hp) in &io.headers {
                let hmsg = wsdl
                    .message(hm)
                    .ok_or_else(|| Diag::at(op.pos, format!("message `{hm}` is not defined")))?;
                let part = hmsg.parts.iter().find(|p| &p.name == hp).ok_or_else(|| {
                    Diag::at(op.pos, format!("message `{hm}` has no part `{hp}`"))
                })?;
                if !headers.contains(&part.element) {
                    headers.push(part.element.clone());
                }
            }
            let header_parts: Vec<&String> = io
                .headers
                .iter()
                .filter(|(m, _)| m == &io.message)
                .map(|(_, p)| p)
                .collect();
            let part = match &io.body_parts {
                Some(parts) => message.parts.iter().find(|p| parts.contains(&p.name)),
                None => message
                    .parts
                    .iter()
                    .find(|p| !header_parts.contains(&&p.name)),
            }
            .ok_or_else(|| Diag::at(op.pos, format!("operation `{}` has no body part", op.name)))?;
            let ty = r.element_type_of(&part.element, part.pos)?;
            match ty {
                TypeRef::Defined(id) if matches!(r.types[id].kind, TypeKind::Struct(_)) => {
                    Ok(MessageDef {
                        element: part.element.clone(),
                        ty: id,
                    })
                }
                _ => Err(Diag::at(
                    part.pos,
                    format!("body element `{}` must have a complex type", part.element),
                )),
            }
        };
        let input = body(&op.input, &mut header_elements)?;
        let output = body(&op.output, &mut header_elements)?;
        r.operations.push(OperationDef {
            name: op.name.clone(),
            soap_action: op.soap_action.clone(),
            input,
            output,
        });
    }
    let declared = selection
        .optional_headers
        .iter()
        .filter(|h| r.elements.contains_key(*h));
    for extra in selection.extra_headers.iter().chain(declared) {
        if !header_elements.contains(extra) {
            header_elements.push(extra.clone());
        }
    }
    let mut headers = Vec::new();
    let mut fields = Vec::new();
    for element in header_elements {
        let ty = r.element_type_of(&element, Default::default())?;
        fields.push(Field::Element {
            name: element.clone(),
            ty,
            occurs: Occurs::Optional,
            nillable: false,
            default: None,
        });
        headers.push(HeaderDef { element, ty });
    }
    r.drain_pending()?;
    let header_type = r.add(TypeDef {
        hint: NameHint {
            primary: "Header".into(),
            fallback: "SoapHeader".into(),
        },
        qname: None,
        kind: TypeKind::Struct(StructDef {
            attributes: Vec::new(),
            content: Content::Elements(fields),
        }),
        pos: Pos::default(),
    });
    Ok(r.finish(headers, header_type))
}

struct Resolver<'s> {
    types_by_name: HashMap<QName, &'s schema::TypeDef>,
    elements: HashMap<QName, &'s ElementDecl>,
    groups: HashMap<QName, &'s schema::GroupDef>,
    attribute_groups: HashMap<QName, &'s schema::AttributeGroupDef>,
    attributes: HashMap<QName, &'s schema::AttributeDecl>,
    /// Head element → members, transitively, in document order.
    substitutes: HashMap<QName, Vec<&'s ElementDecl>>,
    /// Complex type → the named complex types derived from it directly.
    derived: HashMap<QName, Vec<(&'s QName, &'s ComplexType)>>,
    types: Vec<TypeDef>,
    named: HashMap<QName, TypeRef>,
    element_refs: HashMap<QName, TypeRef>,
    group_choices: HashMap<QName, TypeId>,
    /// Named model group whose content is a choice → its choice type.
    named_group_choices: HashMap<QName, (TypeId, Occurs)>,
    struct_cache: HashMap<QName, StructDef>,
    in_progress: Vec<QName>,
    /// Complex types whose ids are reserved but whose content is not resolved yet.
    pending: Vec<(TypeId, &'s ComplexType, Option<QName>, NameHint)>,
    operations: Vec<OperationDef>,
}

fn occurs_of(o: schema::Occurs) -> Occurs {
    match (o.min, o.max) {
        (_, Max::Unbounded) => Occurs::Many,
        (_, Max::Bounded(n)) if n > 1 => Occurs::Many,
        (0, _) => Occurs::Optional,
        _ => Occurs::One,
    }
}

/// Occurrence of something with occurrence `inner` inside a group with `outer`.
fn combine(outer: Occurs, inner: Occurs) -> Occurs {
    match (outer, inner) {
        (Occurs::Many, _) | (_, Occurs::Many) => Occurs::Many,
        (Occurs::Optional, _) | (_, Occurs::Optional) => Occurs::Optional,
        _ => Occurs::One,
    }
}

impl<'s> Resolver<'s> {
    fn new(schemas: &'s [Schema]) -> Self {
        let mut r = Resolver {
            types_by_name: HashMap::new(),
            elements: HashMap::new(),
            groups: HashMap::new(),
            attribute_groups: HashMap::new(),
            attributes: HashMap::new(),
            substitutes: HashMap::new(),
            derived: HashMap::new(),
            types: Vec::new(),
            named: HashMap::new(),
            element_refs: HashMap::new(),
            group_choices: HashMap::new(),
            named_group_choices: HashMap::new(),
            struct_cache: HashMap::new(),
            in_progress: Vec::new(),
            pending: Vec::new(),
            operations: Vec::new(),
        };
        for s in schemas {
            for (name, def) in &s.types {
                r.types_by_name.entry(name.clone()).or_insert(def);
                if let schema::TypeDef::Complex(ct) = def {
                    let base = match &ct.content {
                        ContentModel::ComplexExtension { base, .. }
                        | ContentModel::ComplexRestriction { base, .. }
                        | ContentModel::Simple { base, .. } => base,
                        ContentModel::Direct(_) => continue,
                    };
                    r.derived.entry(base.clone()).or_default().push((name, ct));
                }
            }
            for e in &s.elements {
                r.elements.entry(e.name.clone()).or_insert(e);
            }
            for g in &s.groups {
                r.groups.entry(g.name.clone()).or_insert(g);
            }
            for g in &s.attribute_groups {
                r.attribute_groups.entry(g.name.clone()).or_insert(g);
            }
            for a in &s.attributes {
                r.attributes.entry(a.name.clone()).or_insert(a);
            }
        }
        let direct: Vec<(QName, &ElementDecl)> = schemas
            .iter()
            .flat_map(|s| &s.elements)
            .filter_map(|e| e.substitution_group.clone().map(|h| (h, e)))
            .collect();
        for s in schemas.iter().flat_map(|s| &s.elements) {
            let mut members = Vec::new();
            let mut heads = vec![s.name.clone()];
            while let Some(head) = heads.pop() {
                for (h, m) in &direct {
                    if *h == head && !members.iter().any(|x: &&ElementDecl| x.name == m.name) {
                        members.push(*m);
                        heads.push(m.name.clone());
                    }
                }
            }
            if !members.is_empty() {
                members.sort_by_key(|m| (m.pos.file, m.pos.offset));
                r.substitutes.insert(s.name.clone(), members);
            }
        }
        r
    }

    /// Resolves the content of every reserved complex type.
    fn drain_pending(&mut self) -> Result<(), Diag> {
        while let Some((id, ct, name, hint)) = self.pending.pop() {
            let s = self.complex_struct(ct, name.as_ref(), &hint)?;
            self.types[id].kind = TypeKind::Struct(s);
        }
        Ok(())
    }

    fn finish(self, headers: Vec<HeaderDef>, header_type: TypeId) -> Model {
        // Emit in schema order: by file, then position.
        let mut order: Vec<TypeId> = (0..self.types.len()).collect();
        order.sort_by_key(|&i| (self.types[i].pos.file, self.types[i].pos.offset, i));
        let mut new_index = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        let remap_ref = |t: TypeRef| match t {
            TypeRef::Defined(id) => TypeRef::Defined(new_index[id]),
            b => b,
        };
        let mut types: Vec<TypeDef> = order.iter().map(|&i| self.types[i].clone()).collect();
        for t in &mut types {
            match &mut t.kind {
                TypeKind::Struct(s) => {
                    for a in &mut s.attributes {
                        a.ty = remap_ref(a.ty);
                    }
                    match &mut s.content {
                        Content::Text(ty) => *ty = remap_ref(*ty),
                        Content::Elements(fields) => {
                            for f in fields {
                                match f {
                                    Field::Element { ty, .. } => *ty = remap_ref(*ty),
                                    Field::Choice { ty, .. } => *ty = new_index[*ty],
                                    Field::Any { .. } => {}
                                }
                            }
                        }
                    }
                }
                TypeKind::Alias(ty) | TypeKind::List(ty) => *ty = remap_ref(*ty),
                TypeKind::Union(members) => members.iter_mut().for_each(|m| *m = remap_ref(*m)),
                TypeKind::Choice(variants) | TypeKind::Polymorphic(variants) => {
                    variants.iter_mut().for_each(|v| v.ty = remap_ref(v.ty))
                }
                TypeKind::Enum(_) => {}
            }
        }
        let operations = self
            .operations
            .into_iter()
            .map(|mut o| {
                o.input.ty = new_index[o.input.ty];
                o.output.ty = new_index[o.output.ty];
                o
            })
            .collect();
        let headers = headers
            .into_iter()
            .map(|h| HeaderDef {
                ty: remap_ref(h.ty),
                ..h
            })
            .collect();
        Model {
            types,
            operations,
            headers,
            header_type: new_index[header_type],
        }
    }

    fn add(&mut self, def: TypeDef) -> TypeId {
        self.types.push(def);
        self.types.len() - 1
    }

    /// The type of the global element `name`.
    fn element_type_of(&mut self, name: &QName, pos: Pos) -> Result<TypeRef, Diag> {
        if let Some(t) = self.element_refs.get(name) {
            return Ok(*t);
        }
        let decl = *self
            .elements
            .get(name)
            .ok_or_else(|| Diag::at(pos, format!("element `{name}` is not declared")))?;
        let hint = NameHint {
            primary: name.local.clone(),
            fallback: format!("{}Element", name.local),
        };
        let ty = self.type_use(&decl.ty, hint, decl.pos)?;
        self.element_refs.insert(name.clone(), ty);
        Ok(ty)
    }

    fn type_use(&mut self, ty: &'s TypeUse, hint: NameHint, pos: Pos) -> Result<TypeRef, Diag> {
        match ty {
            TypeUse::Named(q, p) => self.named_type(q, *p),
            TypeUse::Any => Ok(TypeRef::Builtin(Builtin::AnyType)),
            TypeUse::Anonymous(def) => self.type_def(def, None, hint, pos),
        }
    }

    fn named_type(&mut self, name: &QName, pos: Pos) -> Result<TypeRef, Diag> {
        if name.ns == XS {
            return Builtin::from_name(&name.local)
                .map(TypeRef::Builtin)
                .ok_or_else(|| {
                    Diag::at(
                        pos,
                        format!("built-in type `xs:{}` is not supported", name.local),
                    )
                });
        }
        if let Some(t) = self.named.get(name) {
            return Ok(*t);
        }
        let def = *self
            .types_by_name
            .get(name)
            .ok_or_else(|| Diag::at(pos, format!("type `{name}` is not defined")))?;
        let hint = NameHint {
            primary: name.local.clone(),
            fallback: format!("{}{}", name.local, ns_suffix(&name.ns)),
        };
        self.type_def(def, Some(name), hint, def.pos())
    }

    fn type_def(
        &mut self,
        def: &'s schema::TypeDef,
        name: Option<&QName>,
        hint: NameHint,
        pos: Pos,
    ) -> Result<TypeRef, Diag> {
        match def {
            schema::TypeDef::Simple(st) => {
                let kind = match &st.variety {
                    SimpleVariety::Restriction { base, enumerations }
                        if enumerations.is_empty() =>
                    {
                        let base = self.type_use(base, hint.clone(), st.pos)?;
                        if name.is_none() {
                            return Ok(base); // an anonymous restriction is just its base
                        }
                        TypeKind::Alias(base)
                    }
                    SimpleVariety::Restriction { enumerations, .. } => {
                        TypeKind::Enum(enumerations.clone())
                    }
                    SimpleVariety::List { item } => {
                        let item_hint = NameHint {
                            primary: format!("{}Item", hint.primary),
                            fallback: format!("{}Item", hint.fallback),
                        };
                        TypeKind::List(self.type_use(item, item_hint, st.pos)?)
                    }
                    SimpleVariety::Union { members } => {
                        let mut out = Vec::new();
                        for (i, m) in members.iter().enumerate() {
                            let h = NameHint {
                                primary: format!("{}Member{}", hint.primary, i + 1),
                                fallback: format!("{}Member{}", hint.fallback, i + 1),
                            };
                            out.push(self.type_use(m, h, st.pos)?);
                        }
                        TypeKind::Union(out)
                    }
                };
                let id = self.add(TypeDef {
                    hint,
                    qname: name.cloned(),
                    kind,
                    pos,
                });
                if let Some(n) = name {
                    self.named.insert(n.clone(), TypeRef::Defined(id));
                }
                Ok(TypeRef::Defined(id))
            }
            schema::TypeDef::Complex(ct) if ct.is_abstract && name.is_some() => {
                let name = name.cloned().unwrap_or_else(|| QName::new("", ""));
                self.polymorphic(&name, hint, pos)
            }
            schema::TypeDef::Complex(ct) => {
                // Reserve the id now and resolve the content later, so that references
                // (including recursive ones) never need a type's content.
                let id = self.add(TypeDef {
                    hint: hint.clone(),
                    qname: name.cloned(),
                    kind: TypeKind::Struct(StructDef::default()),
                    pos,
                });
                if let Some(n) = name {
                    self.named.insert(n.clone(), TypeRef::Defined(id));
                }
                self.pending.push((id, ct, name.cloned(), hint));
                Ok(TypeRef::Defined(id))
            }
        }
    }

    /// The abstract complex type `name` as the choice of the concrete types
    /// derived from it (directly or not), in schema order.
    fn polymorphic(&mut self, name: &QName, hint: NameHint, pos: Pos) -> Result<TypeRef, Diag> {
        let id = self.add(TypeDef {
            hint,
            qname: Some(name.clone()),
            kind: TypeKind::Polymorphic(Vec::new()),
            pos,
        });
        self.named.insert(name.clone(), TypeRef::Defined(id));
        let mut derived: Vec<(&QName, &'s ComplexType)> = Vec::new();
        let mut bases = vec![name.clone()];
        while let Some(base) = bases.pop() {
            for (n, ct) in self.derived.get(&base).into_iter().flatten() {
                if !derived.iter().any(|(d, _)| *d == *n) {
                    derived.push((*n, *ct));
                    bases.push((*n).clone());
                }
            }
        }
        derived.sort_by_key(|(_, ct)| (ct.pos.file, ct.pos.offset));
        let mut variants = Vec::new();
        for (n, ct) in derived {
            if !ct.is_abstract {
                let ty = self.named_type(n, ct.pos)?;
                variants.push(Variant {
                    name: n.clone(),
                    ty,
                    nillable: false,
                });
            }
        }
        self.types[id].kind = TypeKind::Polymorphic(variants);
        Ok(TypeRef::Defined(id))
    }

    /// Struct content of the named complex type `name` (for use as a base).
    fn base_struct(&mut self, name: &QName, pos: Pos) -> Result<StructDef, Diag> {
        if name.ns == XS && name.local == "anyType" {
            return Ok(StructDef::default());
        }
        if let Some(s) = self.struct_cache.get(name) {
            return Ok(s.clone());
        }
        if self.in_progress.contains(name) {
            return Err(Diag::at(pos, format!("type `{name}` derives from itself")));
        }
        let def = *self
            .types_by_name
            .get(name)
            .ok_or_else(|| Diag::at(pos, format!("type `{name}` is not defined")))?;
        let s = match def {
            schema::TypeDef::Complex(ct) => {
                self.in_progress.push(name.clone());
                let hint = NameHint {
                    primary: name.local.clone(),
                    fallback: name.local.clone(),
                };
                let s = self.complex_struct(ct, Some(name), &hint);
                self.in_progress.pop();
                s?
            }
            schema::TypeDef::Simple(_) => {
                let ty = self.named_type(name, pos)?;
                StructDef {
                    attributes: Vec::new(),
                    content: Content::Text(ty),
                }
            }
        };
        self.struct_cache.insert(name.clone(), s.clone());
        Ok(s)
    }

    fn complex_struct(
        &mut self,
        ct: &'s ComplexType,
        name: Option<&QName>,
        hint: &NameHint,
    ) -> Result<StructDef, Diag> {
        if ct.mixed {
            return Err(Diag::at(
                ct.pos,
                "mixed content (mixed=\"true\") is not supported",
            ));
        }
        let mut s = StructDef::default();
        let own_particle = match &ct.content {
            ContentModel::Direct(p) => p.as_ref(),
            ContentModel::ComplexExtension {
                base,
                particle,
                pos,
            } => {
                s = self.base_struct(base, *pos)?;
                if particle.is_some() && matches!(s.content, Content::Text(_)) {
                    return Err(Diag::at(
                        *pos,
                        format!("complex content cannot extend `{base}`, which has simple content"),
                    ));
                }
                particle.as_ref()
            }
            ContentModel::ComplexRestriction {
                base,
                particle,
                pos,
            } => {
                let b = self.base_struct(base, *pos)?;
                s.attributes = b.attributes;
                particle.as_ref()
            }
            ContentModel::Simple { base, pos } => {
                if base.ns == XS {
                    s.content = Content::Text(self.named_type(base, *pos)?);
                } else {
                    s = self.base_struct(base, *pos)?;
                    if !matches!(s.content, Content::Text(_)) {
                        return Err(Diag::at(*pos, format!("simple content cannot derive from `{base}`, which has element content")));
                    }
                }
                None
            }
        };
        let owner = name.map_or_else(|| hint.primary.clone(), |n| n.local.clone());
        for item in &ct.attributes {
            self.attribute_item(item, &mut s.attributes, &owner)?;
        }
        if let Some(p) = own_particle {
            let Content::Elements(fields) = &mut s.content else {
                unreachable_text(ct.pos)?
            };
            let mut fields = std::mem::take(fields);
            let mut choice_count = 0;
            self.flatten(p, Occurs::One, &mut fields, &owner, &mut choice_count)?;
            s.content = Content::Elements(fields);
        }
        Ok(s)
    }

    fn attribute_item(
        &mut self,
        item: &'s AttributeItem,
        out: &mut Vec<AttributeField>,
        owner: &str,
    ) -> Result<(), Diag> {
        match item {
            AttributeItem::GroupRef(name, pos) => {
                let group = *self.attribute_groups.get(name).ok_or_else(|| {
                    Diag::at(*pos, format!("attribute group `{name}` is not defined"))
                })?;
                for inner in &group.attributes {
                    self.attribute_item(inner, out, owner)?;
                }
            }
            AttributeItem::Attribute(a) => {
                out.retain(|x| x.name != a.name);
                if a.prohibited {
                    return Ok(());
                }
                let ty = if a.is_ref {
                    if a.name.ns == XML_NS {
                        match a.name.local.as_str() {
                            "lang" | "space" | "base" | "id" => TypeRef::Builtin(Builtin::String),
                            other => {
                                return Err(Diag::at(
                                    a.pos,
                                    format!(
                                        "`xml:{other}` is not an attribute of the XML namespace"
                                    ),
                                ))
                            }
                        }
                    } else {
                        let decl = *self.attributes.get(&a.name).ok_or_else(|| {
                            Diag::at(a.pos, format!("attribute `{}` is not declared", a.name))
                        })?;
                        let hint = NameHint {
                            primary: a.name.local.clone(),
                            fallback: format!("{owner}{}", a.name.local),
                        };
                        self.type_use(&decl.ty, hint, decl.pos)?
                    }
                } else {
                    let hint = NameHint {
                        primary: format!("{owner}{}", a.name.local),
                        fallback: format!("{owner}{}Attribute", a.name.local),
                    };
                    self.type_use(&a.ty, hint, a.pos)?
                };
                out.push(AttributeField {
                    name: a.name.clone(),
                    ty,
                    required: a.required,
                    default: a.default.clone().or(a.fixed.clone()),
                });
            }
        }
        Ok(())
    }

    fn flatten(
        &mut self,
        p: &'s Particle,
        outer: Occurs,
        fields: &mut Vec<Field>,
        owner: &str,
        choices: &mut usize,
    ) -> Result<(), Diag> {
        let occurs = combine(outer, occurs_of(p.occurs));
        if p.occurs.max == Max::Bounded(0) {
            return Ok(());
        }
        match &p.term {
            Term::Element(e) => {
                let hint = NameHint {
                    primary: e.name.local.clone(),
                    fallback: format!("{owner}{}", e.name.local),
                };
                let ty = self.type_use(&e.ty, hint, p.pos)?;
                push_field(
                    fields,
                    Field::Element {
                        name: e.name.clone(),
                        ty,
                        occurs,
                        nillable: e.nillable,
                        default: e.default.clone(),
                    },
                    p.pos,
                )?;
            }
            Term::ElementRef(name) => {
                let decl = *self
                    .elements
                    .get(name)
                    .ok_or_else(|| Diag::at(p.pos, format!("element `{name}` is not declared")))?;
                if self.is_substitution_head(name) {
                    let ty = self.substitution_choice(name, p.pos)?;
                    let name = Some(name.local.clone());
                    push_field(fields, Field::Choice { ty, occurs, name }, p.pos)?;
                } else {
                    let ty = self.element_type_of(name, p.pos)?;
                    push_field(
                        fields,
                        Field::Element {
                            name: name.clone(),
                            ty,
                            occurs,
                            nillable: decl.nillable,
                            default: decl.default.clone(),
                        },
                        p.pos,
                    )?;
                }
            }
            Term::Sequence(items) | Term::All(items) => {
                // Repeated as a whole (itself, or through a repeated group ref or
                // sequence around it): flattening would lose which elements belong
                // to which repetition.
                let repeated_group = occurs == Occurs::Many && items.len() > 1;
                if repeated_group {
                    return Err(Diag::at(
                        p.pos,
                        "a repeated xs:sequence of several particles is not supported yet",
                    ));
                }
                for item in items {
                    self.flatten(item, occurs, fields, owner, choices)?;
                }
            }
            Term::GroupRef(name) => {
                let group = *self
                    .groups
                    .get(name)
                    .ok_or_else(|| Diag::at(p.pos, format!("group `{name}` is not defined")))?;
                match group_as_choice(&group.particle) {
                    Some((items, own)) => {
                        let occurs = combine(occurs, own);
                        let (ty, inner) = self.group_choice(name, items, group.particle.pos)?;
                        push_field(
                            fields,
                            Field::Choice {
                                ty,
                                occurs: combine(occurs, inner),
                                name: Some(name.local.clone()),
                            },
                            p.pos,
                        )?;
                    }
                    None => self.flatten(&group.particle, occurs, fields, owner, choices)?,
                }
            }
            Term::Any { .. } => push_field(fields, Field::Any { occurs }, p.pos)?,
            Term::Choice(items) => {
                if items.len() == 1 {
                    return self.flatten(&items[0], occurs, fields, owner, choices);
                }
                let (variants, inner) = self.choice_variants(items, owner)?;
                *choices += 1;
                let suffix = if *choices == 1 {
                    String::new()
                } else {
                    choices.to_string()
                };
                let hint = NameHint {
                    primary: format!("{owner}Choice{suffix}"),
                    fallback: format!("{owner}Choice{suffix}Alternatives"),
                };
                let id = self.add(TypeDef {
                    hint,
                    qname: None,
                    kind: TypeKind::Choice(variants),
                    pos: p.pos,
                });
                push_field(
                    fields,
                    Field::Choice {
                        ty: id,
                        occurs: combine(occurs, inner),
                        name: None,
                    },
                    p.pos,
                )?;
            }
        }
        Ok(())
    }

    /// The alternatives of an `xs:choice` (a substitution-group head stands for its
    /// members), and how often the chosen one occurs by itself.
    fn choice_variants(
        &mut self,
        items: &'s [Particle],
        owner: &str,
    ) -> Result<(Vec<Variant>, Occurs), Diag> {
        let mut variants: Vec<Variant> = Vec::new();
        let mut inner = Occurs::One;
        for item in items {
            inner = combine(inner, occurs_of(item.occurs));
            if let Term::ElementRef(head) = &item.term {
                if self.is_substitution_head(head) {
                    // The head's substitution group stands in its place.
                    let group = self.substitution_choice(head, item.pos)?;
                    let TypeKind::Choice(members) = &self.types[group].kind else {
                        continue;
                    };
                    for m in members.clone() {
                        if !variants.iter().any(|v| v.name == m.name) {
                            variants.push(m);
                        }
                    }
                    continue;
                }
            }
            let (name, ty, nillable) = match &item.term {
                Term::Element(e) => {
                    let hint = NameHint {
                        primary: e.name.local.clone(),
                        fallback: format!("{owner}{}", e.name.local),
                    };
                    let ty = self.type_use(&e.ty, hint, item.pos)?;
                    (e.name.clone(), ty, e.nillable)
                }
                Term::ElementRef(name) => {
                    let nillable = self.elements.get(name).is_some_and(|d| d.nillable);
                    (
                        name.clone(),
                        self.element_type_of(name, item.pos)?,
                        nillable,
                    )
                }
                _ => {
                    return Err(Diag::at(
                        item.pos,
                        "an xs:choice alternative other than an element is not supported yet",
                    ))
                }
            };
            variants.push(Variant { name, ty, nillable });
        }
        Ok((variants, inner))
    }

    /// The choice type of the named group `name`, whose content is `items`: one
    /// type however many types use the group, named after it.
    fn group_choice(
        &mut self,
        name: &QName,
        items: &'s [Particle],
        pos: Pos,
    ) -> Result<(TypeId, Occurs), Diag> {
        if let Some(found) = self.named_group_choices.get(name) {
            return Ok(*found);
        }
        let (variants, inner) = self.choice_variants(items, &name.local)?;
        let id = self.add(TypeDef {
            hint: NameHint {
                primary: name.local.clone(),
                fallback: format!("{}Choice", name.local),
            },
            qname: None,
            kind: TypeKind::Choice(variants),
            pos,
        });
        self.named_group_choices.insert(name.clone(), (id, inner));
        Ok((id, inner))
    }

    /// Whether an element reference stands for a substitution group: the element
    /// has members, or is abstract.
    fn is_substitution_head(&self, name: &QName) -> bool {
        self.substitutes.contains_key(name)
            || self.elements.get(name).is_some_and(|d| d.is_abstract)
    }

    /// The choice type of a substitution group: the head (unless abstract) and its members.
    fn substitution_choice(&mut self, head: &QName, pos: Pos) -> Result<TypeId, Diag> {
        if let Some(id) = self.group_choices.get(head) {
            return Ok(*id);
        }
        let decl = *self
            .elements
            .get(head)
            .ok_or_else(|| Diag::at(pos, format!("element `{head}` is not declared")))?;
        let hint = NameHint {
            primary: format!("{}Choice", head.local),
            fallback: format!("{}SubstitutionGroup", head.local),
        };
        let id = self.add(TypeDef {
            hint,
            qname: None,
            kind: TypeKind::Choice(Vec::new()),
            pos: decl.pos,
        });
        self.group_choices.insert(head.clone(), id);
        let mut variants = Vec::new();
        let members: Vec<&ElementDecl> = self.substitutes.get(head).cloned().unwrap_or_default();
        for e in std::iter::once(decl).chain(members) {
            if e.is_abstract {
                continue;
            }
            let ty = self.element_type_of(&e.name, e.pos)?;
            variants.push(Variant {
                name: e.name.clone(),
                ty,
                nillable: e.nillable,
            });
        }
        if variants.is_empty() {
            return Err(Diag::at(
                pos,
                format!("abstract element `{head}` has no substitutes"),
            ));
        }
        self.types[id].kind = TypeKind::Choice(variants);
        Ok(id)
    }
}

/// The alternatives of a group whose content is one choice (possibly inside a
/// one-particle sequence, as EWS writes them), with the occurrence around them.
fn group_as_choice(p: &Particle) -> Option<(&[Particle], Occurs)> {
    match &p.term {
        Term::Choice(items) if items.len() > 1 => Some((items, occurs_of(p.occurs))),
        Term::Sequence(items) if items.len() == 1 => {
            group_as_choice(&items[0]).map(|(alts, o)| (alts, combine(occurs_of(p.occurs), o)))
        }
        _ => None,
    }
}

fn unreachable_text<T>(pos: Pos) -> Result<T, Diag> {
    Err(Diag::at(
        pos,
        "element content cannot be added to a type with simple content",
    ))
}

fn push_field(fields: &mut Vec<Field>, field: Field, pos: Pos) -> Result<(), Diag> {
    if let Field::Element { name, .. } = &field {
        if fields
            .iter()
            .any(|f| matches!(f, Field::Element { name: n, .. } if n == name))
        {
            return Err(Diag::at(
                pos,
                format!("element `{name}` appears twice in one content model; not supported yet"),
            ));
        }
    }
    fields.push(field);
    Ok(())
}

/// A short suffix telling namespaces apart in colliding names.
fn ns_suffix(ns: &str) -> String {
    let last = ns
        .trim_end_matches('/')
        .rsplit(['/', ':'])
        .next()
        .unwrap_or("");
    heck::ToUpperCamelCase::to_upper_camel_case(last)
}
