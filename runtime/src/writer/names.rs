//! Namespace prefixes for the writer: fixed `soap`, `m`, `t`, `xml`, and
//! generated `ns1`, `ns2`, ... in scope.

use crate::ns;
use std::fmt::Write as _;

/// How a namespace is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Prefix {
    /// No namespace: no prefix (the writer never declares a default namespace).
    #[default]
    None,
    /// `t:`, the EWS types namespace.
    Types,
    /// `m:`, the EWS messages namespace.
    Messages,
    /// `soap:`, the SOAP 1.1 envelope namespace.
    Soap,
    /// `xml:`, always bound.
    Xml,
    /// `ns{n}:`, declared by the writer.
    Generated(u32),
}

impl Prefix {
    /// The text of a fixed prefix, colon included (`t:`; empty for
    /// [`Prefix::None`] and for generated prefixes, which have no fixed text).
    pub const fn fixed_text(self) -> &'static str {
        match self {
            Prefix::None | Prefix::Generated(_) => "",
            Prefix::Types => "t:",
            Prefix::Messages => "m:",
            Prefix::Soap => "soap:",
            Prefix::Xml => "xml:",
        }
    }

    /// Appends `prefix:` (nothing for [`Prefix::None`]).
    #[inline]
    pub fn write(self, out: &mut String) {
        match self {
            Prefix::Generated(n) => generated(out, n),
            fixed => out.push_str(fixed.fixed_text()),
        }
    }
}

/// Appends `ns{n}:`.
#[cold]
fn generated(out: &mut String, n: u32) {
    let _ = write!(out, "ns{n}:");
}

/// The fixed prefixes' declarations, written on each root element (checked
/// against the `ns` constants by a test).
pub(super) const ROOT_DECLARATIONS: &str = concat!(
    " xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"",
    " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\"",
    " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"",
);

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
            n if n == ns::TYPES.len() => (ns::TYPES, Prefix::Types),
            n if n == ns::MESSAGES.len() => (ns::MESSAGES, Prefix::Messages),
            n if n == ns::SOAP.len() => (ns::SOAP, Prefix::Soap),
            n if n == ns::XML.len() => (ns::XML, Prefix::Xml),
            _ => ("", Prefix::None),
        };
        if uri == fixed.0 {
            return Some(fixed.1);
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

#[cfg(test)]
mod tests {
    use super::ROOT_DECLARATIONS;
    use crate::ns;

    #[test]
    fn root_declarations_bind_the_fixed_prefixes() {
        let expected: String = [("soap", ns::SOAP), ("m", ns::MESSAGES), ("t", ns::TYPES)]
            .iter()
            .map(|(p, uri)| format!(" xmlns:{p}=\"{uri}\""))
            .collect();
        assert_eq!(ROOT_DECLARATIONS, expected);
    }
}
