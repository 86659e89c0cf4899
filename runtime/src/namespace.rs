//! [`Ns`]: an element's namespace as the reader reports it to generated code,
//! the EWS namespaces by name so that a `match` compares a number, not a URI.

use crate::ns;

/// The namespace of a child element, as [`crate::Reader::next_child`] returns
/// it. The namespaces EWS documents use are variants, so generated code matches
/// `(Ns::Types, "DisplayName")` by comparing a tag, not 58 bytes of URI; any
/// other namespace is `Other` with its URI. The https:// spellings of the EWS
/// namespaces (`ns::ALIASES`) are reported as the http:// ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ns<'a> {
    /// No namespace.
    None,
    /// [`ns::SOAP`], the SOAP 1.1 envelope.
    Soap,
    /// [`ns::MESSAGES`], the EWS messages.
    Messages,
    /// [`ns::TYPES`], the EWS types.
    Types,
    /// Any other namespace, by URI.
    Other(&'a str),
}

impl<'a> Ns<'a> {
    /// The namespace of `uri` (`""` for none). The https:// EWS spellings are
    /// not recognised here: the reader has already replaced them.
    pub fn of(uri: &'a str) -> Self {
        Known::of(uri).ns().unwrap_or(Ns::Other(uri))
    }

    /// The namespace URI (`""` for none).
    pub const fn uri(self) -> &'a str {
        match self {
            Ns::None => "",
            Ns::Soap => ns::SOAP,
            Ns::Messages => ns::MESSAGES,
            Ns::Types => ns::TYPES,
            Ns::Other(uri) => uri,
        }
    }
}

/// Displays the URI.
impl std::fmt::Display for Ns<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.uri())
    }
}

/// The URIs of the namespaces [`Ns`] names (all but [`Ns::None`]).
pub(crate) const KNOWN_URIS: [&str; 3] = [ns::TYPES, ns::MESSAGES, ns::SOAP];

/// Which [`Ns`] a URI is, without the URI (worked out once per namespace
/// declaration by the reader).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Known {
    None,
    Soap,
    Messages,
    Types,
    Other,
}

impl Known {
    /// Which namespace `uri` is. The known URIs have different lengths, so at
    /// most one full comparison is made.
    pub fn of(uri: &str) -> Self {
        let (candidate, known) = match uri.len() {
            0 => return Known::None,
            n if n == ns::TYPES.len() => (ns::TYPES, Known::Types),
            n if n == ns::MESSAGES.len() => (ns::MESSAGES, Known::Messages),
            n if n == ns::SOAP.len() => (ns::SOAP, Known::Soap),
            _ => return Known::Other,
        };
        if uri == candidate {
            known
        } else {
            Known::Other
        }
    }

    /// The [`Ns`] variant, for a known namespace (`None` for any other).
    pub fn ns(self) -> Option<Ns<'static>> {
        match self {
            Known::None => Some(Ns::None),
            Known::Soap => Some(Ns::Soap),
            Known::Messages => Some(Ns::Messages),
            Known::Types => Some(Ns::Types),
            Known::Other => None,
        }
    }
}

// `Known::of` relies on these lengths being different.
const _: () = assert!(
    ns::TYPES.len() != ns::MESSAGES.len()
        && ns::TYPES.len() != ns::SOAP.len()
        && ns::MESSAGES.len() != ns::SOAP.len()
);

#[cfg(test)]
mod tests {
    use super::Ns;
    use crate::ns;

    #[test]
    fn known_namespaces_by_name_others_by_uri() {
        assert_eq!(Ns::of(""), Ns::None);
        assert_eq!(Ns::of(ns::SOAP), Ns::Soap);
        assert_eq!(Ns::of(ns::MESSAGES), Ns::Messages);
        assert_eq!(Ns::of(ns::TYPES), Ns::Types);
        assert_eq!(Ns::of(ns::ERRORS), Ns::Other(ns::ERRORS));
        // Same length as a known URI, different text.
        let near = ns::TYPES.replace("types", "typez");
        assert_eq!(Ns::of(&near), Ns::Other(&near));
        for uri in ["", ns::SOAP, ns::MESSAGES, ns::TYPES, ns::XSI, "urn:x"] {
            assert_eq!(Ns::of(uri).uri(), uri);
        }
        for uri in super::KNOWN_URIS {
            assert!(!matches!(Ns::of(uri), Ns::Other(_) | Ns::None), "{uri}");
        }
    }
}
