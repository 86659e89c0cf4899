//! Emission of abstract complex types: an enum of the concrete types derived from
//! it, decoded by the element's `xsi:type` and encoded with it.

use super::{ident, Cx};
use crate::model::Variant;
use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn emit_polymorphic(cx: &Cx<'_>, id: usize, variants: &[Variant]) -> TokenStream {
    let name = cx.type_ident(id);
    let doc = cx.doc_for(id);
    let names = &cx.names.variant_names[id];
    let (known, other) = names.split_at(variants.len());
    let vnames: Vec<_> = known.iter().map(|v| ident(v)).collect();
    let other = ident(&other[0]);
    let types = variants.iter().map(|v| cx.rust_type(v.ty));
    let docs = variants
        .iter()
        .map(|v| format!(" `xsi:type=\"{}\"`", v.name));
    let nss: Vec<_> = variants.iter().map(|v| cx.ns_uri(&v.name.ns)).collect();
    let locals: Vec<_> = variants.iter().map(|v| v.name.local.as_str()).collect();

    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
        pub enum #name {
            #(#[doc = #docs] #vnames(#types),)*
            /// An `xsi:type` this schema does not define, or none: the element kept as sent.
            #other(rt::AnyElement),
        }
        impl rt::Decode for #name {
            fn decode(r: &mut rt::Reader<'_>) -> Result<Self, rt::DecodeError> {
                let value = match r.xsi_type()? {
                    #(Some((#nss, #locals)) => Self::#vnames(rt::Decode::decode(r)?),)*
                    _ => Self::#other(rt::Decode::decode(r)?),
                };
                Ok(value)
            }
        }
        impl rt::Encode for #name {
            fn encode(&self, w: &mut rt::Writer, name: rt::Name) -> rt::EncodeResult {
                match self {
                    #(Self::#vnames(v) => w.typed(#nss, #locals, v, name),)*
                    Self::#other(v) => rt::Encode::encode(v, w, name),
                }
            }
        }
    }
}
