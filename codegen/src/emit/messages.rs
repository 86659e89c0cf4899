//! Emission of what ties types to operations: `Payload`/`Request` impls, the
//! `Message` enum over every request, response and Fault, and the `envelope`,
//! `decode` and `decode_any` functions.

use super::{ident, Cx};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(super) fn emit_messages(cx: &Cx<'_>) -> TokenStream {
    let header = cx.type_ident(cx.model.header_type);
    let mut impls = Vec::new();
    let mut variants = Vec::new();
    let mut decode_arms = Vec::new();
    let mut encode_arms = Vec::new();
    let mut seen_payloads: Vec<usize> = Vec::new();
    let mut seen_requests: Vec<usize> = Vec::new();
    // Message variants: one per distinct body element, named after it.
    let mut seen_elements: Vec<&crate::qname::QName> = Vec::new();
    let mut taken: std::collections::HashSet<String> = ["Fault".to_string()].into();
    for op in &cx.model.operations {
        let req = cx.type_ident(op.input.ty);
        let resp = cx.type_ident(op.output.ty);
        let op_name = &op.name;
        let action = &op.soap_action;
        for (def, ty) in [(&op.input, &req), (&op.output, &resp)] {
            let ns = cx.ns_expr(&def.element.ns);
            let local = &def.element.local;
            if !seen_payloads.contains(&def.ty) {
                seen_payloads.push(def.ty);
                impls.push(quote! {
                    impl rt::Payload for #ty {
                        const NAMESPACE: &'static str = #ns.uri();
                        const ELEMENT: &'static str = #local;
                    }
                });
            }
            if seen_elements.contains(&&def.element) {
                continue;
            }
            seen_elements.push(&def.element);
            let wanted = crate::rust::ident::type_name(local);
            let fallback = format!(
                "{wanted}{}",
                crate::rust::ident::type_name(def.element.ns.rsplit('/').next().unwrap_or(""))
            );
            let variant = ident(&crate::rust::ident::unique(wanted, &fallback, &mut taken));
            let doc = format!(" `{}`", def.element);
            variants.push(quote!(#[doc = #doc] #variant(Box<#ty>)));
            decode_arms.push(quote!((#ns, #local) => Self::#variant(Box::new(r.decode()?)),));
            encode_arms.push(quote!(Self::#variant(v) => w.element(name!(#ns, #local), &**v),));
        }
        if seen_requests.contains(&op.input.ty) {
            continue;
        }
        seen_requests.push(op.input.ty);
        let doc = format!(" The `{op_name}` operation.");
        impls.push(quote! {
            #[doc = #doc]
            impl rt::Request for #req {
                type Response = #resp;
                const OPERATION: &'static str = #op_name;
                const SOAP_ACTION: &'static str = #action;
            }
        });
    }
    let fault = format_ident!("Fault");
    quote! {
        /// Every request and response element of the generated operations, and the SOAP Fault:
        /// what [`decode_any`] returns. Bodies and the Fault are boxed: they range
        /// from a few bytes to kilobytes (a response holding a Persona), and a
        /// `Message` is as large as its largest variant.
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::enum_variant_names)]
        pub enum Message {
            #(#variants,)*
            /// A SOAP Fault.
            #fault(Box<rt::Fault>),
        }
        impl rt::Body for Message {
            fn decode_body(r: &mut rt::Reader<'_>) -> Result<Self, rt::DecodeError> {
                Ok(match r.name() {
                    #(#decode_arms)*
                    (rt::Ns::Soap, "Fault") => Self::Fault(Box::new(r.decode()?)),
                    _ => return Err(r.unexpected("a request or response element of these operations")),
                })
            }
            fn encode_body(&self, w: &mut rt::Writer) -> rt::EncodeResult {
                match self {
                    #(#encode_arms)*
                    Self::Fault(v) => w.element(name!(rt::Ns::Soap, "Fault"), &**v),
                }
            }
        }
        #(#impls)*
        /// Wraps a request in a SOAP envelope with no header; add one with
        /// [`rt::Envelope::with_header`].
        pub fn envelope<R: rt::Request>(request: R) -> rt::Envelope<#header, R> {
            rt::Envelope::new(request)
        }
        /// Decodes a response envelope whose body is `P` or a SOAP Fault.
        pub fn decode<P: rt::Payload>(xml: &str) -> Result<rt::Envelope<#header, Result<P, rt::Fault>>, rt::DecodeError> {
            rt::decode_envelope(xml)
        }
        /// Decodes any request or response envelope of these operations.
        pub fn decode_any(xml: &str) -> Result<rt::Envelope<#header, Message>, rt::DecodeError> {
            rt::decode_envelope(xml)
        }
    }
}
