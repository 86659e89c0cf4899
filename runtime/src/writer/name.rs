//! [`Name`]: an element name whose local part is checked, and whose fixed
//! namespace prefix is found, when the program is compiled ([`crate::name!`]).

use super::names::Prefix;
use crate::chars::is_ncname_chars;
use crate::ns;

/// The name of an element the writer writes: a namespace URI and a local name
/// that is an XML NCName. Generated code builds one per element with
/// [`crate::name!`], so the check and the namespace's prefix cost nothing when
/// encoding; names only known at run time go through [`crate::Writer::start_checked`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name {
    ns: &'static str,
    local: &'static str,
    /// The prefix of a namespace the writer binds on the root element (`t`, `m`,
    /// `soap`, `xml`, or none for no namespace); `None` for any other namespace,
    /// which gets a generated prefix when written.
    fixed: Option<Prefix>,
}

impl Name {
    /// The name `{ns}local`; `None` when `local` is not an NCName. The https://
    /// spellings of EWS namespaces are taken as the http:// ones.
    ///
    /// In a constant context (as [`crate::name!`] uses it) this is evaluated
    /// by the compiler.
    pub const fn new(ns: &'static str, local: &'static str) -> Option<Name> {
        if !is_ncname_chars(local) {
            return None;
        }
        let ns = canonical(ns);
        Some(Name {
            ns,
            local,
            fixed: fixed_prefix(ns),
        })
    }

    /// The namespace URI ("" for none).
    pub const fn ns(&self) -> &'static str {
        self.ns
    }

    /// The local name.
    pub const fn local(&self) -> &'static str {
        self.local
    }

    /// The prefix of a namespace bound on the root element, if it is one.
    pub(super) fn fixed_prefix(&self) -> Option<Prefix> {
        self.fixed
    }
}

/// A [`Name`] checked by the compiler: `name!(ns, "Local")` is a constant, and an
/// invalid local name is a compile error.
///
/// ```
/// let name = ews_runtime::name!(ews_runtime::ns::TYPES, "DisplayName");
/// assert_eq!(name.local(), "DisplayName");
/// ```
///
/// ```compile_fail
/// let name = ews_runtime::name!("", "not a name");
/// ```
#[macro_export]
macro_rules! name {
    ($ns:expr, $local:expr) => {
        const {
            match $crate::writer::Name::new($ns, $local) {
                ::core::option::Option::Some(name) => name,
                ::core::option::Option::None => ::core::panic!("not an XML NCName"),
            }
        }
    };
}

/// [`super::names::canonical`] for constants.
const fn canonical(uri: &'static str) -> &'static str {
    let mut i = 0;
    while i < ns::ALIASES.len() {
        let (alias, http) = ns::ALIASES[i];
        if same(alias, uri) {
            return http;
        }
        i += 1;
    }
    uri
}

/// The prefix the writer binds `uri` to on the root element, if any.
const fn fixed_prefix(uri: &str) -> Option<Prefix> {
    if uri.is_empty() {
        Some(Prefix::None)
    } else if same(uri, ns::TYPES) {
        Some(Prefix::Types)
    } else if same(uri, ns::MESSAGES) {
        Some(Prefix::Messages)
    } else if same(uri, ns::SOAP) {
        Some(Prefix::Soap)
    } else if same(uri, ns::XML) {
        Some(Prefix::Xml)
    } else {
        None
    }
}

/// String equality for constants.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked_and_prefixes_found() {
        let t = Name::new(ns::TYPES, "DisplayName").unwrap();
        assert_eq!((t.ns(), t.local()), (ns::TYPES, "DisplayName"));
        assert!(t.fixed_prefix() == Some(Prefix::Types));
        let https = "https://schemas.microsoft.com/exchange/services/2006/messages";
        let m = Name::new(https, "GetImItemList").unwrap();
        assert_eq!(m.ns(), ns::MESSAGES);
        assert!(m.fixed_prefix() == Some(Prefix::Messages));
        assert!(Name::new("", "a").unwrap().fixed_prefix() == Some(Prefix::None));
        assert!(Name::new("urn:other", "a")
            .unwrap()
            .fixed_prefix()
            .is_none());
        assert!(Name::new("", "é_9").is_some());
        for bad in ["", "9a", "a b", "a:b", "-a", "a\u{0}", "\u{D7}"] {
            assert!(Name::new("", bad).is_none(), "{bad}");
        }
    }
}
