//! Namespace declarations in scope: a stack of (prefix, URI) bindings that
//! elements push when they declare and truncate when they end.

use crate::chars::same;
use crate::namespace::Known;
use crate::{ns, Ns};
use std::borrow::Cow;

/// Index of a binding, or [`NO_NS`] for "no namespace".
pub(crate) type NsId = u32;
/// The empty namespace.
pub(crate) const NO_NS: NsId = u32::MAX;

struct Binding<'a> {
    prefix: &'a str,
    uri: Cow<'a, str>,
    /// The URI as an [`Ns`], ready to hand out; `None` for a URI of no known
    /// namespace that the binding owns (it had references to resolve), which
    /// is lent from `uri` instead.
    ns: Option<Ns<'a>>,
}

/// The bindings in scope, innermost last. `xml` is always bound.
pub(crate) struct Scopes<'a> {
    bindings: Vec<Binding<'a>>,
}

impl<'a> Scopes<'a> {
    pub fn new() -> Self {
        let mut bindings = Vec::with_capacity(16);
        bindings.push(Binding {
            prefix: "xml",
            uri: Cow::Borrowed(ns::XML),
            ns: Some(Ns::Other(ns::XML)),
        });
        Scopes { bindings }
    }

    /// How many bindings there are (a mark to [`Self::truncate`] to).
    pub fn len(&self) -> usize {
        self.bindings.len()
    }

    /// Drops the bindings made after `mark`.
    pub fn truncate(&mut self, mark: usize) {
        self.bindings.truncate(mark.max(1));
    }

    /// Whether `prefix` was declared after `mark` (a duplicate declaration).
    pub fn declared_since(&self, mark: usize, prefix: &str) -> bool {
        self.bindings
            .get(mark..)
            .is_some_and(|b| b.iter().any(|b| b.prefix == prefix))
    }

    /// Binds `prefix` ("" for the default namespace) to `uri`; the https://
    /// spellings of EWS namespaces are stored as the http:// ones. An empty URI
    /// undeclares.
    pub fn declare(&mut self, prefix: &'a str, uri: Cow<'a, str>) {
        let uri = match ns::ALIASES.iter().find(|(alias, _)| *alias == uri) {
            Some((_, canonical)) => Cow::Borrowed(*canonical),
            None => uri,
        };
        let ns = match (Known::of(&uri).ns(), &uri) {
            (Some(known), _) => Some(known),
            (None, Cow::Borrowed(uri)) => Some(Ns::Other(uri)),
            (None, Cow::Owned(_)) => None,
        };
        self.bindings.push(Binding { prefix, uri, ns });
    }

    /// The namespace `prefix` is bound to; `None` if it is not declared.
    /// No prefix and no default namespace declaration is [`NO_NS`].
    pub fn resolve(&self, prefix: &str) -> Option<NsId> {
        for (i, b) in self.bindings.iter().enumerate().rev() {
            if same(b.prefix, prefix) {
                return if b.uri.is_empty() && !prefix.is_empty() {
                    None
                } else {
                    Some(i as NsId)
                };
            }
        }
        prefix.is_empty().then_some(NO_NS)
    }

    /// The URI of a resolved namespace.
    pub fn uri(&self, id: NsId) -> &str {
        self.bindings.get(id as usize).map_or("", |b| &b.uri)
    }

    /// A resolved namespace as an [`Ns`].
    #[inline]
    pub fn ns(&self, id: NsId) -> Ns<'_> {
        match self.bindings.get(id as usize) {
            Some(b) => b.ns.unwrap_or(Ns::Other(&b.uri)),
            None => Ns::None,
        }
    }
}
