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
                Ok(match text {
                    #(#values => Self::#known,)*
                    other => Self::#fallback(other.to_owned()),
                })
            }
            fn to_text(&self) -> std::borrow::Cow<'_, str> {
                std::borrow::Cow::Borrowed(match self {
                    #(Self::#known => #values,)*
                    Self::#fallback(other) => other,
                })
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
    let (last, first) = variants.split_last().expect("a union has members");
    let first_types = &types[..first.len()];
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants(#types),)*
        }
        impl rt::SimpleType for #name {
            fn parse(text: &str) -> Result<Self, rt::InvalidValue> {
                #(if let Ok(v) = <#first_types as rt::SimpleType>::parse(text) {
                    return Ok(Self::#first(v));
                })*
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
