//! Namespace-qualified names, shared by every stage.

use std::fmt;

/// A namespace URI and a local name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct QName {
    /// Namespace URI (empty for none).
    pub ns: String,
    /// Local name.
    pub local: String,
}

impl QName {
    /// A name from its parts.
    pub fn new(ns: impl Into<String>, local: impl Into<String>) -> Self {
        QName {
            ns: ns.into(),
            local: local.into(),
        }
    }
}

impl From<(String, String)> for QName {
    fn from((ns, local): (String, String)) -> Self {
        QName { ns, local }
    }
}

/// Short display: `t:Foo` / `m:Foo` for the EWS namespaces, `xs:` for XML Schema,
/// `{ns}local` otherwise.
impl fmt::Display for QName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = match self.ns.as_str() {
            "http://schemas.microsoft.com/exchange/services/2006/types" => Some("t"),
            "http://schemas.microsoft.com/exchange/services/2006/messages" => Some("m"),
            crate::xsd::tree::XS => Some("xs"),
            crate::xsd::tree::XML_NS => Some("xml"),
            "" => return f.write_str(&self.local),
            _ => None,
        };
        match prefix {
            Some(p) => write!(f, "{p}:{}", self.local),
            None => write!(f, "{{{}}}{}", self.ns, self.local),
        }
    }
}
