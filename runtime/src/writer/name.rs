//! [`Name`]: an element name whose local part is checked, and whose fixed
//! namespace prefix is found, when the program is compiled ([`crate::name!`]).

use super::names::Prefix;
use crate::chars::is_ncname_chars;
use crate::{ns, Ns};

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
    /// `<t:Local` and `</t:Local>`, written whole, when the prefix is fixed and
    /// the name was built by [`crate::name!`] (`None` otherwise: the writer
    /// then assembles the tags from the parts).
    tags: Option<(&'static str, &'static str)>,
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
            tags: None,
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

    /// The whole start tag up to its attributes (`<t:Local`) and the end tag
    /// (`</t:Local>`), when they were built with the name.
    #[inline]
    pub(super) fn tags(&self) -> Option<(&'static str, &'static str)> {
        self.tags
    }
}

/// A [`Name`] checked by the compiler: `name!(ns, "Local")` is a constant, and an
/// invalid local name is a compile error. When the namespace has a fixed prefix
/// the constant also holds the element's start and end tags, so the writer
/// copies each tag whole.
///
/// The namespace is a URI or an [`Ns`]:
/// ```
/// let name = ews_runtime::name!(ews_runtime::ns::TYPES, "DisplayName");
/// assert_eq!(name.local(), "DisplayName");
/// assert_eq!(name, ews_runtime::name!(ews_runtime::Ns::Types, "DisplayName"));
/// ```
///
/// ```compile_fail
/// let name = ews_runtime::name!("", "not a name");
/// ```
#[macro_export]
macro_rules! name {
    ($ns:expr, $local:expr) => {
        const {
            const TEXT: &$crate::writer::TagText =
                &$crate::writer::TagText::new($crate::writer::NsArg($ns).name($local));
            match TEXT.name() {
                ::core::option::Option::Some(name) => name,
                ::core::option::Option::None => ::core::panic!("not an XML NCName"),
            }
        }
    };
}

/// Room for a name's tags in [`TagText`]: `<p:Local></p:Local>` for local
/// names of up to 47 bytes with `t:` or `m:` (44 with `soap:`; the longest
/// EWS element name has 46); a longer name's tags are assembled when written.
const TAG_ROOM: usize = 104;

/// A name and the text of its tags, `<p:Local></p:Local>`, built by the
/// compiler for [`crate::name!`] in one constant (few constants per name keep
/// compiling tens of thousands of generated names quick).
#[doc(hidden)]
pub struct TagText {
    name: Option<Name>,
    bytes: [u8; TAG_ROOM],
    /// Where the start tag ends (at the first `>`), and where the end tag ends.
    start_len: usize,
    len: usize,
}

impl TagText {
    /// The tags of `name`, if its prefix is fixed and they fit.
    pub const fn new(name: Option<Name>) -> TagText {
        let mut text = TagText {
            name,
            bytes: [0; TAG_ROOM],
            start_len: 0,
            len: 0,
        };
        let Some(Name {
            local,
            fixed: Some(prefix),
            ..
        }) = name
        else {
            return text;
        };
        let prefix = prefix.fixed_text().as_bytes();
        let local = local.as_bytes();
        if 2 * (prefix.len() + local.len()) + 5 > TAG_ROOM {
            return text;
        }
        let parts: [&[u8]; 7] = [b"<", prefix, local, b"></", prefix, local, b">"];
        let mut at = 0;
        let mut p = 0;
        while p < parts.len() {
            let part = parts[p];
            let mut i = 0;
            while i < part.len() {
                text.bytes[at] = part[i];
                at += 1;
                i += 1;
            }
            p += 1;
        }
        text.start_len = 1 + prefix.len() + local.len();
        text.len = at;
        text
    }

    /// The name, holding its tags when they were built.
    pub const fn name(&'static self) -> Option<Name> {
        let Some(name) = self.name else {
            return None;
        };
        if self.len == 0 {
            return Some(name);
        }
        let (start, rest) = self.bytes.split_at(self.start_len);
        let (end, _) = rest.split_at(self.len - self.start_len);
        let (_, end) = end.split_at(1);
        match (core::str::from_utf8(start), core::str::from_utf8(end)) {
            (Ok(start), Ok(end)) => Some(Name {
                tags: Some((start, end)),
                ..name
            }),
            _ => Some(name),
        }
    }
}

/// The namespace argument of [`crate::name!`]: a URI (`&str`) or an [`Ns`].
#[doc(hidden)]
pub struct NsArg<T>(pub T);

impl NsArg<&'static str> {
    /// The name `{uri}local` ([`Name::new`]).
    pub const fn name(self, local: &'static str) -> Option<Name> {
        Name::new(self.0, local)
    }
}

impl NsArg<Ns<'static>> {
    /// The name in this namespace: a known [`Ns`] gives its prefix without
    /// comparing URIs (which keeps the compiler's work per name small).
    pub const fn name(self, local: &'static str) -> Option<Name> {
        let fixed = match self.0 {
            Ns::None => Prefix::None,
            Ns::Soap => Prefix::Soap,
            Ns::Messages => Prefix::Messages,
            Ns::Types => Prefix::Types,
            Ns::Other(uri) => return Name::new(uri, local),
        };
        if !is_ncname_chars(local) {
            return None;
        }
        Some(Name {
            ns: self.0.uri(),
            local,
            fixed: Some(fixed),
            tags: None,
        })
    }
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

    #[test]
    fn names_built_by_the_macro_hold_their_tags() {
        let t = crate::name!(ns::TYPES, "DisplayName");
        assert_eq!(t.tags(), Some(("<t:DisplayName", "</t:DisplayName>")));
        let m = crate::name!(
            "https://schemas.microsoft.com/exchange/services/2006/messages",
            "É"
        );
        assert_eq!(m.tags(), Some(("<m:É", "</m:É>")));
        assert_eq!(
            crate::name!("", "fault").tags(),
            Some(("<fault", "</fault>"))
        );
        assert_eq!(
            crate::name!(ns::SOAP, "Body").tags(),
            Some(("<soap:Body", "</soap:Body>"))
        );
        // A namespace without a fixed prefix gets one when written.
        assert_eq!(crate::name!("urn:x", "a").tags(), None);
        // Tags too long for the room are assembled when written.
        let long = crate::name!(
            ns::TYPES,
            "A123456789B123456789C123456789D123456789E1234567"
        );
        assert_eq!((long.tags(), long.local().len()), (None, 48));
        let longest = crate::name!(ns::TYPES, "A123456789B123456789C123456789D123456789E123456");
        assert_eq!(longest.tags().map(|(s, e)| s.len() + e.len()), Some(102));
        // Names built at run time assemble their tags when written.
        assert_eq!(Name::new(ns::TYPES, "a").map(|n| n.tags()), Some(None));
    }
}
