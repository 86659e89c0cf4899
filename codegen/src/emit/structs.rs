//! Emission of complex types (a struct with `Decode` and `Encode` impls) and of
//! choices (an enum with a `Content` impl; decoding happens in the parent).

use super::{ident, Cx};
use crate::model::{Content, Field, Occurs, StructDef, TypeKind, Variant};
use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn emit_struct(cx: &Cx<'_>, id: usize, s: &StructDef) -> TokenStream {
    let name = cx.type_ident(id);
    let doc = cx.doc_for(id);
    let field_names: Vec<_> = cx.names.field_names[id].iter().map(|f| ident(f)).collect();
    let derive_default = if cx.names.defaultable[id] {
        quote!(, Default)
    } else {
        quote!()
    };

    let mut decls = Vec::new();
    let mut attr_arms = Vec::new();
    let mut attr_inits = Vec::new();
    let mut attr_writes = Vec::new();
    let mut finals = Vec::new();
    for (a, f) in s.attributes.iter().zip(&field_names) {
        let ty = cx.rust_type(a.ty);
        let ns = cx.ns_uri(&a.name.ns);
        let local = &a.name.local;
        let mut text = format!(" `@{}`", a.name);
        if let Some(d) = &a.default {
            text.push_str(&format!(" (default `{d}`)"));
        }
        if let (Some(d), false) = (&a.default, a.required) {
            decls.push(quote!(#[doc = #text] pub #f: #ty));
            attr_writes.push(quote!(w.attribute(#ns, #local, &self.#f)?;));
            finals.push(quote!(#f: r.attribute_or_default(#f, #d)?));
        } else if a.required {
            decls.push(quote!(#[doc = #text] pub #f: #ty));
            attr_writes.push(quote!(w.attribute(#ns, #local, &self.#f)?;));
            finals.push(quote!(#f: r.required_attribute(#f, #local)?));
        } else {
            decls.push(quote!(#[doc = #text] pub #f: Option<#ty>));
            attr_writes.push(quote!(w.optional_attribute(#ns, #local, &self.#f)?;));
            finals.push(quote!(#f));
        }
        attr_inits.push(quote!(let mut #f = None;));
        attr_arms.push(quote!((#ns, #local) => r.attribute(&mut #f)?,));
    }
    let element_fields = &field_names[s.attributes.len()..field_names.len() - 1];
    let mut child_inits = Vec::new();
    let mut child_arms = Vec::new();
    let mut child_writes = Vec::new();
    let mut text_read = quote!();
    let mut fallback_arm = quote!(_ => r.keep(&mut extra)?,);
    let mut any_only_body = quote!();
    let mut any_many = false;
    let mut has_any = false;
    match &s.content {
        Content::Text(ty) => {
            let f = &element_fields[0];
            let ty = cx.rust_type(*ty);
            decls.push(quote!(#[doc = " The text content."] pub #f: #ty));
            text_read = quote!(let #f = r.text_value()?;);
            child_writes.push(quote!(w.text(&self.#f)?;));
            finals.push(quote!(#f));
        }
        Content::Elements(fields) => {
            for (index, (field, f)) in fields.iter().zip(element_fields).enumerate() {
                let boxed = cx.names.boxed_fields.contains(&(id, index));
                match field {
                    Field::Element {
                        name,
                        ty,
                        occurs,
                        nillable,
                        default,
                    } => {
                        let ns = cx.ns_expr(&name.ns);
                        let local = &name.local;
                        let inner = cx.rust_type(*ty);
                        let inner = if *nillable {
                            quote!(rt::Nillable<#inner>)
                        } else {
                            inner
                        };
                        let inner = if boxed { quote!(Box<#inner>) } else { inner };
                        let rty = cx.field_type(inner, *occurs);
                        // A default applies to an element of a simple type that is
                        // present and empty.
                        let default = default
                            .as_ref()
                            .filter(|_| !*nillable && !boxed && *occurs != Occurs::Many)
                            .filter(|_| cx.is_simple(*ty));
                        let mut text = format!(" `{name}`");
                        if let Some(d) = default {
                            text.push_str(&format!(" (empty: `{d}`)"));
                        }
                        decls.push(quote!(#[doc = #text] pub #f: #rty));
                        let set = if boxed {
                            quote!(r.set_with(&mut #f, Box::new)?)
                        } else if let Some(d) = default {
                            quote!(r.set_or_default(&mut #f, #d)?)
                        } else {
                            quote!(r.set(&mut #f)?)
                        };
                        let (init, arm, write, fin) = match occurs {
                            Occurs::One => (
                                quote!(let mut #f = None;),
                                set,
                                if boxed {
                                    quote!(w.element(name!(#ns, #local), &*self.#f)?;)
                                } else {
                                    quote!(w.element(name!(#ns, #local), &self.#f)?;)
                                },
                                quote!(#f: r.required(#f, #local)?),
                            ),
                            Occurs::Optional => (
                                quote!(let mut #f = None;),
                                set,
                                if boxed {
                                    quote!(if let Some(v) = &self.#f { w.element(name!(#ns, #local), &**v)?; })
                                } else {
                                    quote!(w.optional_element(name!(#ns, #local), &self.#f)?;)
                                },
                                quote!(#f),
                            ),
                            Occurs::Many => (
                                quote!(let mut #f = Vec::new();),
                                quote!(r.push(&mut #f)?),
                                quote!(w.elements(name!(#ns, #local), &self.#f)?;),
                                quote!(#f),
                            ),
                        };
                        child_inits.push(init);
                        child_arms.push(quote!((#ns, #local) => #arm,));
                        child_writes.push(write);
                        finals.push(fin);
                    }
                    Field::Choice { ty, occurs, .. } => {
                        let choice = cx.type_ident(*ty);
                        let inner = if boxed {
                            quote!(Box<#choice>)
                        } else {
                            quote!(#choice)
                        };
                        let rty = cx.field_type(inner, *occurs);
                        let text = match field {
                            Field::Choice {
                                name: Some(name), ..
                            } => {
                                format!(" One of the `{name}` elements.")
                            }
                            _ => " One of several elements.".to_string(),
                        };
                        decls.push(quote!(#[doc = #text] pub #f: #rty));
                        let TypeKind::Choice(variants) = &cx.model.types[*ty].kind else {
                            continue;
                        };
                        let vnames: Vec<_> = cx.names.variant_names[*ty]
                            .iter()
                            .map(|v| ident(v))
                            .collect();
                        for (v, vn) in variants.iter().zip(&vnames) {
                            let ns = cx.ns_expr(&v.name.ns);
                            let local = &v.name.local;
                            let ctor = if boxed {
                                quote!(|v| Box::new(#choice::#vn(v)))
                            } else {
                                quote!(#choice::#vn)
                            };
                            child_arms.push(match occurs {
                                Occurs::Many => {
                                    quote!((#ns, #local) => r.push_with(&mut #f, #ctor)?,)
                                }
                                _ => quote!((#ns, #local) => r.set_with(&mut #f, #ctor)?,),
                            });
                        }
                        let (init, write, fin) = match occurs {
                            Occurs::One => {
                                let expected = variants
                                    .iter()
                                    .map(|v| v.name.local.as_str())
                                    .collect::<Vec<_>>()
                                    .join(" | ");
                                let write = if boxed {
                                    quote!(w.content(&*self.#f)?;)
                                } else {
                                    quote!(w.content(&self.#f)?;)
                                };
                                (
                                    quote!(let mut #f = None;),
                                    write,
                                    quote!(#f: r.required(#f, #expected)?),
                                )
                            }
                            Occurs::Optional => {
                                let write = if boxed {
                                    quote!(if let Some(v) = &self.#f { w.content(&**v)?; })
                                } else {
                                    quote!(w.optional_content(&self.#f)?;)
                                };
                                (quote!(let mut #f = None;), write, quote!(#f))
                            }
                            Occurs::Many => (
                                quote!(let mut #f = Vec::new();),
                                quote!(w.contents(&self.#f)?;),
                                quote!(#f),
                            ),
                        };
                        child_inits.push(init);
                        child_writes.push(write);
                        finals.push(fin);
                    }
                    Field::Any { occurs } => {
                        let rty = cx.field_type(quote!(rt::AnyElement), *occurs);
                        decls.push(
                            quote!(#[doc = " Any element (`xs:any`), kept as sent."] pub #f: #rty),
                        );
                        let (init, write, fin) = match occurs {
                            Occurs::One => (
                                quote!(let mut #f = None;),
                                quote!(w.any(&self.#f)?;),
                                quote!(#f: r.required(#f, "any element")?),
                            ),
                            Occurs::Optional => (
                                quote!(let mut #f = None;),
                                quote!(if let Some(v) = &self.#f { w.any(v)?; }),
                                quote!(#f),
                            ),
                            Occurs::Many => (
                                quote!(let mut #f = Vec::new();),
                                quote!(w.anys(&self.#f)?;),
                                quote!(#f),
                            ),
                        };
                        has_any = true;
                        any_many = *occurs == Occurs::Many;
                        (fallback_arm, any_only_body) = match occurs {
                            Occurs::Many => {
                                (quote!(_ => r.push(&mut #f)?,), quote!(r.push(&mut #f)?;))
                            }
                            _ => (
                                quote!(_ if #f.is_none() => r.set(&mut #f)?, _ => r.keep(&mut extra)?,),
                                quote!(if #f.is_none() { r.set(&mut #f)? } else { r.keep(&mut extra)? }),
                            ),
                        };
                        child_inits.push(init);
                        child_writes.push(write);
                        finals.push(fin);
                    }
                }
            }
        }
    }
    // The match variable must not shadow a field's slot.
    let loop_var = ["name", "xml_name", "child_name"]
        .into_iter()
        .find(|n| !cx.names.field_names[id].iter().any(|f| f == n))
        .map(ident)
        .unwrap_or_else(|| ident("name_of_child"));
    // After the attributes, `extra` keeps unknown children, unless the content is
    // text or every child goes to a repeated `xs:any`.
    let keeps_children = match s.content {
        Content::Text(_) => false,
        Content::Elements(_) => !(child_arms.is_empty() && any_many),
    };
    let attr_loop = if attr_arms.is_empty() && !keeps_children {
        quote!(let extra = r.unknown_attributes();)
    } else if attr_arms.is_empty() {
        quote!(let mut extra = r.unknown_attributes();)
    } else {
        quote! {
            let mut extra = rt::Extra::default();
            while let Some(#loop_var) = r.next_attribute() {
                match #loop_var {
                    #(#attr_arms)*
                    _ => r.keep_attribute(&mut extra),
                }
            }
        }
    };
    let child_loop = if matches!(s.content, Content::Text(_)) {
        text_read
    } else if child_arms.is_empty() && !has_any {
        quote!(r.keep_children(&mut extra)?;)
    } else if child_arms.is_empty() {
        // Only `xs:any`: every child goes to the fallback.
        let fallback = any_only_body;
        quote! {
            while r.next_child()?.is_some() {
                #fallback
            }
        }
    } else {
        quote! {
            while let Some(#loop_var) = r.next_child()? {
                match #loop_var {
                    #(#child_arms)*
                    #fallback_arm
                }
            }
        }
    };
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq #derive_default)]
        pub struct #name {
            #(#decls,)*
            /// Attributes and elements this schema does not declare, kept as sent.
            pub extra: rt::Extra,
        }
        impl rt::Decode for #name {
            fn decode(r: &mut rt::Reader<'_>) -> Result<Self, rt::DecodeError> {
                #(#attr_inits)*
                #attr_loop
                #(#child_inits)*
                #child_loop
                Ok(Self { #(#finals,)* extra })
            }
        }
        impl rt::Encode for #name {
            fn encode(&self, w: &mut rt::Writer, name: rt::Name) -> rt::EncodeResult {
                w.start_with_extra(name, &self.extra)?;
                #(#attr_writes)*
                #(#child_writes)*
                w.end_with_extra(&self.extra)
            }
        }
    }
}

pub(super) fn emit_choice(cx: &Cx<'_>, id: usize, variants: &[Variant]) -> TokenStream {
    let name = cx.type_ident(id);
    let doc = cx.doc_for(id);
    let vnames: Vec<_> = cx.names.variant_names[id]
        .iter()
        .map(|v| ident(v))
        .collect();
    let types: Vec<TokenStream> = variants
        .iter()
        .map(|v| {
            let t = cx.rust_type(v.ty);
            if v.nillable {
                quote!(rt::Nillable<#t>)
            } else {
                t
            }
        })
        .collect();
    let docs: Vec<String> = variants.iter().map(|v| format!(" `{}`", v.name)).collect();
    let nss: Vec<_> = variants.iter().map(|v| cx.ns_expr(&v.name.ns)).collect();
    let locals: Vec<_> = variants.iter().map(|v| v.name.local.as_str()).collect();
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
        pub enum #name {
            #(#[doc = #docs] #vnames(#types),)*
        }
        impl rt::Content for #name {
            fn encode_content(&self, w: &mut rt::Writer) -> rt::EncodeResult {
                match self {
                    #(Self::#vnames(v) => w.element(name!(#nss, #locals), v),)*
                }
            }
        }
    }
}
