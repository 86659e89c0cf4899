//! Emission of simple types: enumerations (with a fallback variant that keeps
//! unknown values), aliases, lists and unions.

use super::{ident, Cx};
use crate::model::TypeRef;
use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn emit_enum(cx: &Cx<'_>, id: usize, values: &[String]) -> TokenStream {
    let name = cx.type_ident(id);
    let doc = cx.doc_for(id);
    let variants: Vec<_> = cx.names.variant_names[id]
        .iter()
        .map(|v| ident(v))
        .collect();
    let (known, fallback) = variants.split_at(values.len());
    let fallback = &fallback[0];
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum #name {
            #(#known,)*
            /// A value this schema does not list, kept as sent.
            #fallback(String),
        }
        impl rt::SimpleType for #name {
            fn parse(text: &str) -> Result<Self, rt::InvalidValue> {
                let value = match text {
                    #(#values => Self::#known,)*
                    other => Self::#fallback(other.to_owned()),
                };
                Ok(value)
            }
            fn to_text(&self) -> std::borrow::Cow<'_, str> {
                let text: &str = match self {
                    #(Self::#known => #values,)*
                    Self::#fallback(other) => other,
                };
                text.into()
            }
        }
    }
}

pub(super) fn emit_alias(cx: &Cx<'_>, id: usize, target: TypeRef) -> TokenStream {
    let name = cx.type_ident(id);
    let doc = cx.doc_for(id);
    let target = cx.rust_type(target);
    quote! {
        #doc
        pub type #name = #target;
    }
}

pub(super) fn emit_list(cx: &Cx<'_>, id: usize, item: TypeRef) -> TokenStream {
    let name = cx.type_ident(id);
    let doc = cx.doc_for(id);
    let item = cx.rust_type(item);
    quote! {
        #doc
        pub type #name = rt::List<#item>;
    }
}

pub(super) fn emit_union(cx: &Cx<'_>, id: usize, members: &[TypeRef]) -> TokenStream {
    let name = cx.type_ident(id);
    let doc = cx.doc_for(id);
    let variants: Vec<_> = cx.names.variant_names[id]
        .iter()
        .map(|v| ident(v))
        .collect();
    let types: Vec<_> = members.iter().map(|m| cx.rust_type(*m)).collect();
    let Some((last, first)) = variants.split_last() else {
        return quote!();
    };
    // Every member but the last is tried in turn; an enumeration member takes only
    // its listed values (its fallback variant would accept anything).
    let attempts = first
        .iter()
        .zip(members)
        .zip(&types)
        .map(|((variant, member), ty)| {
            let fallback = match member {
                TypeRef::Defined(m)
                    if matches!(cx.model.types[*m].kind, crate::model::TypeKind::Enum(_)) =>
                {
                    cx.names.variant_names[*m].last().map(|f| ident(f))
                }
                _ => None,
            };
            match fallback {
                Some(f) => quote! {
                    if let Ok(v) = <#ty as rt::SimpleType>::parse(text) {
                        if !matches!(v, #ty::#f(_)) {
                            return Ok(Self::#variant(v));
                        }
                    }
                },
                None => quote! {
                    if let Ok(v) = <#ty as rt::SimpleType>::parse(text) {
                        return Ok(Self::#variant(v));
                    }
                },
            }
        });
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants(#types),)*
        }
        impl rt::SimpleType for #name {
            fn parse(text: &str) -> Result<Self, rt::InvalidValue> {
                #(#attempts)*
                rt::SimpleType::parse(text).map(Self::#last)
            }
            fn to_text(&self) -> std::borrow::Cow<'_, str> {
                match self {
                    #(Self::#variants(v) => rt::SimpleType::to_text(v),)*
                }
            }
        }
    }
}
