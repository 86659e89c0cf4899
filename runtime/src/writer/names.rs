//! Namespace prefixes for the writer: fixed `soap`, `m`, `t`, `xml`, and
//! generated `ns1`, `ns2`, ... in scope.

use crate::ns;

/// How a namespace is written.
#[derive(Clone, Copy)]
pub(super) enum Prefix {
    /// No namespace: no prefix (the writer never declares a default namespace).
    None,
    /// `soap`, `m`, `t` or `xml`.
    Fixed(&'static str),
    /// `ns{n}`.
    Generated(u32),
}

impl Prefix {
    /// Appends `prefix:` (nothing for [`Prefix::None`]).
    pub fn write(self, out: &mut String) {
        match self {
            Prefix::None => {}
            Prefix::Fixed(p) => {
                out.push_str(p);
                out.push(':');
            }
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
    pub fn lookup(&self, uri: &str) -> Option<Prefix> {
        match uri {
            "" => Some(Prefix::None),
            ns::XML => Some(Prefix::Fixed("xml")),
            _ => match FIXED.iter().find(|(_, fixed)| *fixed == uri) {
                Some((prefix, _)) => Some(Prefix::Fixed(prefix)),
                None => self
                    .declared
                    .iter()
                    .rev()
                    .find(|(u, _)| u == uri)
                    .map(|&(_, n)| Prefix::Generated(n)),
            },
        }
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
