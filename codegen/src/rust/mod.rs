//! Stage 3: Rust names and Rust-level facts for the model — type, field and
//! variant identifiers (one collision pass over the whole model), which types can
//! derive `Default`, and the namespace constants.

pub mod ident;

use crate::model::{Builtin, Content, Field, Model, TypeKind, TypeRef};
use ident::{field_name, type_name, unique, variant_name, RESERVED_TYPE_NAMES};
use std::collections::HashSet;

/// Names and facts the emitter needs, indexed like `Model::types`.
#[derive(Debug, Clone)]
pub struct RustModel {
    /// Type identifier of each model type.
    pub type_names: Vec<String>,
    /// Per struct: attribute field names, then element field names; the kept-content
    /// field name last.
    pub field_names: Vec<Vec<String>>,
    /// Per enum, choice or union: variant names (for enums, the fallback variant last).
    pub variant_names: Vec<Vec<String>>,
    /// Whether each type can derive `Default`.
    pub defaultable: Vec<bool>,
    /// Namespace URI → constant name.
    pub namespaces: Vec<(String, String)>,
    /// (struct, element-field index) pairs held in a `Box` because they close a cycle.
    pub boxed_fields: IndexPairs,
}

impl RustModel {
    /// The constant naming namespace `ns` (`""` for none).
    pub fn ns_const(&self, ns: &str) -> Option<&str> {
        self.namespaces
            .iter()
            .find(|(u, _)| u == ns)
            .map(|(_, c)| c.as_str())
    }
}

/// Names every type, field and variant of `model`.
pub fn name_model(model: &Model) -> RustModel {
    let mut taken: HashSet<String> = RESERVED_TYPE_NAMES.iter().map(|s| s.to_string()).collect();
    let type_names: Vec<String> = model
        .types
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if i == model.header_type {
                return "Header".to_string();
            }
            let wanted = type_name(&t.hint.primary);
            unique(wanted, &type_name(&t.hint.fallback), &mut taken)
        })
        .collect();
    let mut field_names = Vec::new();
    let mut variant_names = Vec::new();
    for t in &model.types {
        let mut fields = Vec::new();
        let mut variants = Vec::new();
        match &t.kind {
            TypeKind::Struct(s) => {
                // Locals of the generated decode/encode functions are reserved too.
                let mut taken: HashSet<String> = ["extra", "r", "w", "ns", "local", "v"]
                    .iter()
                    .map(|s| s.to_string())
                    .collect();
                for a in &s.attributes {
                    let n = field_name(&a.name.local);
                    let fallback = format!("{n}_attribute");
                    fields.push(unique(n, &fallback, &mut taken));
                }
                match &s.content {
                    Content::Text(_) => {
                        fields.push(unique("value".into(), "text_value", &mut taken))
                    }
                    Content::Elements(els) => {
                        for f in els {
                            let (n, many) = match f {
                                Field::Element { name, occurs, .. } => (
                                    field_name(&name.local),
                                    *occurs == crate::model::Occurs::Many,
                                ),
                                Field::Choice { occurs, name, .. } => (
                                    field_name(name.as_deref().unwrap_or("Choice")),
                                    *occurs == crate::model::Occurs::Many,
                                ),
                                Field::Any { occurs } => {
                                    ("any".to_string(), *occurs == crate::model::Occurs::Many)
                                }
                            };
                            let n = if many && matches!(f, Field::Choice { .. } | Field::Any { .. })
                            {
                                if n.ends_with('s') {
                                    n
                                } else {
                                    format!("{n}s")
                                }
                            } else {
                                n
                            };
                            let fallback = format!("{n}_element");
                            fields.push(unique(n, &fallback, &mut taken));
                        }
                    }
                }
                fields.push("extra".to_string());
            }
            TypeKind::Enum(values) => {
                let mut taken = HashSet::new();
                for v in values {
                    let n = variant_name(v);
                    let fallback = n.clone();
                    variants.push(unique(n, &fallback, &mut taken));
                }
                let fallback = ["Other", "OtherValue", "UnknownValue"]
                    .into_iter()
                    .find(|c| !taken.contains(*c))
                    .unwrap_or("UnrecognizedValue");
                variants.push(fallback.to_string());
            }
            TypeKind::Choice(vs) => {
                let mut taken = HashSet::new();
                for v in vs {
                    let n = variant_name(&v.name.local);
                    let fallback = n.clone();
                    variants.push(unique(n, &fallback, &mut taken));
                }
            }
            TypeKind::Polymorphic(vs) => {
                // Named after the concrete type, without a `Type` suffix when that
                // stays unique; `Other` holds an unknown `xsi:type`.
                let mut taken: HashSet<String> = HashSet::from(["Other".to_string()]);
                for v in vs {
                    let full = variant_name(&v.name.local);
                    let short = full
                        .strip_suffix("Type")
                        .filter(|s| !s.is_empty())
                        .map_or_else(|| full.clone(), str::to_string);
                    variants.push(unique(short, &full, &mut taken));
                }
                variants.push("Other".to_string());
            }
            TypeKind::Union(members) => {
                let mut taken = HashSet::new();
                for m in members {
                    let n = match m {
                        TypeRef::Builtin(b) => b.variant_name().to_string(),
                        TypeRef::Defined(id) => type_names[*id].clone(),
                    };
                    let fallback = n.clone();
                    variants.push(unique(n, &fallback, &mut taken));
                }
            }
            TypeKind::Alias(_) | TypeKind::List(_) => {}
        }
        field_names.push(fields);
        variant_names.push(variants);
    }
    let defaultable = (0..model.types.len())
        .map(|i| is_defaultable(model, TypeRef::Defined(i), &mut Vec::new()))
        .collect();
    let boxed_fields = boxing(model);
    RustModel {
        type_names,
        field_names,
        variant_names,
        defaultable,
        namespaces: namespaces(model),
        boxed_fields,
    }
}

/// Types a value of type `id` holds directly (not through a `Vec`), with the
/// field or variant index that holds each.
fn by_value_edges(model: &Model, id: usize) -> Vec<(usize, usize)> {
    let mut edges = Vec::new();
    let mut target = |t: TypeRef, index: usize| {
        if let TypeRef::Defined(d) = t {
            edges.push((index, d));
        }
    };
    match &model.types[id].kind {
        TypeKind::Struct(s) => {
            if let Content::Elements(fields) = &s.content {
                for (i, f) in fields.iter().enumerate() {
                    match f {
                        Field::Element { ty, occurs, .. }
                            if *occurs != crate::model::Occurs::Many =>
                        {
                            target(*ty, i)
                        }
                        Field::Choice { ty, occurs, .. }
                            if *occurs != crate::model::Occurs::Many =>
                        {
                            target(TypeRef::Defined(*ty), i)
                        }
                        _ => {}
                    }
                }
            }
        }
        TypeKind::Choice(vs) | TypeKind::Polymorphic(vs) => {
            vs.iter().enumerate().for_each(|(i, v)| target(v.ty, i))
        }
        _ => {}
    }
    edges
}

/// (type, field or variant index) pairs.
type IndexPairs = HashSet<(usize, usize)>;

/// Boxes just enough by-value edges that every cycle holds a `Box`, and only
/// struct fields: every cycle passes through a struct's field (choice and
/// `xsi:type` enums hold structs or simple types), so enum variants users match
/// on never need one. Greedy, in schema order: a field is boxed when its target
/// still reaches its struct once the fields boxed so far are cut.
fn boxing(model: &Model) -> IndexPairs {
    let edges: Vec<Vec<(usize, usize)>> = (0..model.types.len())
        .map(|i| by_value_edges(model, i))
        .collect();
    let mut boxed: IndexPairs = HashSet::new();
    let reaches = |from: usize, to: usize, boxed: &IndexPairs| -> bool {
        let mut seen = vec![false; edges.len()];
        let mut stack = vec![from];
        while let Some(n) = stack.pop() {
            if n == to {
                return true;
            }
            if std::mem::replace(&mut seen[n], true) {
                continue;
            }
            let open = edges[n].iter().filter(|(i, _)| !boxed.contains(&(n, *i)));
            stack.extend(open.map(|(_, d)| *d));
        }
        false
    };
    for (id, out) in edges.iter().enumerate() {
        if !matches!(model.types[id].kind, TypeKind::Struct(_)) {
            continue;
        }
        for &(index, target) in out {
            if reaches(target, id, &boxed) {
                boxed.insert((id, index));
            }
        }
    }
    boxed
}

fn builtin_defaultable(b: Builtin) -> bool {
    use Builtin::*;
    !matches!(
        b,
        DateTime | Date | Time | Duration | Language | Base64Binary | AnyType
    )
}

fn is_defaultable(model: &Model, ty: TypeRef, visiting: &mut Vec<usize>) -> bool {
    let id = match ty {
        TypeRef::Builtin(b) => return builtin_defaultable(b),
        TypeRef::Defined(id) => id,
    };
    if visiting.contains(&id) {
        return false;
    }
    visiting.push(id);
    let result = match &model.types[id].kind {
        TypeKind::Struct(s) => {
            // A schema default is not `Default::default()`: no derive then.
            s.attributes.iter().all(|a| {
                a.default.is_none() && (!a.required || is_defaultable(model, a.ty, visiting))
            }) && match &s.content {
                Content::Text(t) => is_defaultable(model, *t, visiting),
                Content::Elements(fields) => fields.iter().all(|f| match f {
                    Field::Element {
                        ty,
                        occurs,
                        nillable,
                        ..
                    } => {
                        *occurs != crate::model::Occurs::One
                            || (!*nillable && is_defaultable(model, *ty, visiting))
                    }
                    Field::Choice { occurs, .. } => *occurs != crate::model::Occurs::One,
                    Field::Any { occurs } => *occurs != crate::model::Occurs::One,
                }),
            }
        }
        TypeKind::Alias(t) => is_defaultable(model, *t, visiting),
        TypeKind::List(_) => true,
        TypeKind::Enum(_) | TypeKind::Union(_) | TypeKind::Choice(_) | TypeKind::Polymorphic(_) => {
            false
        }
    };
    visiting.pop();
    result
}

/// Every namespace an element name uses, with a constant name: `M` and `T`
/// for the EWS messages and types namespaces, `NS1`, `NS2`, ... otherwise.
/// (Attribute names and `xsi:type` values are written with their URI: the
/// reader reports those as URIs.)
fn namespaces(model: &Model) -> Vec<(String, String)> {
    let mut used: Vec<String> = Vec::new();
    let mut note = |ns: &str| {
        if !ns.is_empty() && !used.iter().any(|u| u == ns) {
            used.push(ns.to_string());
        }
    };
    for op in &model.operations {
        note(&op.input.element.ns);
        note(&op.output.element.ns);
    }
    for h in &model.headers {
        note(&h.element.ns);
    }
    for t in &model.types {
        match &t.kind {
            TypeKind::Struct(s) => {
                if let Content::Elements(fields) = &s.content {
                    for f in fields {
                        if let Field::Element { name, .. } = f {
                            note(&name.ns);
                        }
                    }
                }
            }
            TypeKind::Choice(vs) => vs.iter().for_each(|v| note(&v.name.ns)),
            _ => {}
        }
    }
    let mut n = 0;
    used.into_iter()
        .map(|ns| {
            let name = match ns.as_str() {
                "http://schemas.microsoft.com/exchange/services/2006/messages" => "M".to_string(),
                "http://schemas.microsoft.com/exchange/services/2006/types" => "T".to_string(),
                crate::xsd::tree::XML_NS => "XML".to_string(),
                _ => {
                    n += 1;
                    format!("NS{n}")
                }
            };
            (ns, name)
        })
        .collect()
}
