//! Namespace prefixes for the writer: fixed `soap`, `m`, `t`, `xml`, and
//! generated `ns1`, `ns2`, ... in scope.

use crate::ns;

/// How a namespace is written.
#[derive(Clone, Copy)]
pub(super) enum Prefix {
    /// No namespace: no prefix (the writer never declares a default namespace).
    None,
    /// `soap:`, `m:`, `t:` or `xml:` (colon included).
    Fixed(&'static str),
    /// `ns{n}`.
    Generated(u32),
}

impl Prefix {
    /// Appends `prefix:` (nothing for [`Prefix::None`]).
    #[inline]
    pub fn write(self, out: &mut String) {
        match self {
            Prefix::None => {}
            Prefix::Fixed(p) => out.push_str(p),
            Prefix::Generated(n) => {
                out.push_str("ns");
                out.push_str(&n.to_string());
                out.push(':');
            }
        }
    }
}

/// The fixed prefixes declared on the root element.
pub(super) const FIXED: [(&str, &str); 3] =
    [("soap", ns::SOAP), ("m", ns::MESSAGES), ("t", ns::TYPES)];

// The lookup above relies on these lengths being different.
const _: () = assert!(
    ns::TYPES.len() != ns::MESSAGES.len()
        && ns::TYPES.len() != ns::SOAP.len()
        && ns::TYPES.len() != ns::XML.len()
        && ns::MESSAGES.len() != ns::SOAP.len()
        && ns::MESSAGES.len() != ns::XML.len()
        && ns::SOAP.len() != ns::XML.len()
);

/// Generated prefixes in scope, innermost last.
#[derive(Default)]
pub(super) struct Prefixes {
    declared: Vec<(String, u32)>,
    next: u32,
}

impl Prefixes {
    /// A mark to truncate to when the element that declares ends.
    pub fn mark(&self) -> usize {
        self.declared.len()
    }

    /// Drops the declarations made after `mark`.
    pub fn truncate(&mut self, mark: usize) {
        self.declared.truncate(mark);
    }

    /// The prefix of a (canonical) namespace in scope, if any.
    #[inline]
    pub fn lookup(&self, uri: &str) -> Option<Prefix> {
        // The fixed namespaces have different lengths, so at most one full
        // comparison is made.
        let fixed = match uri.len() {
            0 => return Some(Prefix::None),
            n if n == ns::TYPES.len() => (ns::TYPES, "t:"),
            n if n == ns::MESSAGES.len() => (ns::MESSAGES, "m:"),
            n if n == ns::SOAP.len() => (ns::SOAP, "soap:"),
            n if n == ns::XML.len() => (ns::XML, "xml:"),
            _ => ("", ""),
        };
        if uri == fixed.0 {
            return Some(Prefix::Fixed(fixed.1));
        }
        self.declared
            .iter()
            .rev()
            .find(|(u, _)| u == uri)
            .map(|&(_, n)| Prefix::Generated(n))
    }

    /// Declares a new prefix for `uri` (the caller writes the declaration).
    pub fn declare(&mut self, uri: &str) -> u32 {
        self.next += 1;
        self.declared.push((uri.to_owned(), self.next));
        self.next
    }
}

/// The http:// spelling of an EWS namespace given as https://; others unchanged.
pub(super) fn canonical(uri: &str) -> &str {
    if uri.starts_with("https://") {
        if let Some((_, http)) = ns::ALIASES.iter().find(|(alias, _)| *alias == uri) {
            return http;
        }
    }
    uri
}
