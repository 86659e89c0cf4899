//! Content kept as-is: `xs:any` elements, and the unknown elements and attributes
//! of a known type ([`Extra`]) that a newer server may send.

/// A namespace-qualified name (`ns` is empty for no namespace).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct QName {
    /// Namespace URI, or empty.
    pub ns: String,
    /// Local name.
    pub local: String,
}

/// An attribute kept as-is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnyAttribute {
    /// The attribute's name.
    pub name: QName,
    /// Its value, with entity and character references resolved.
    pub value: String,
}

/// An element kept as-is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnyElement {
    /// The element's name.
    pub name: QName,
    /// Its attributes (namespace declarations are not attributes).
    pub attributes: Vec<AnyAttribute>,
    /// Its content. Whitespace-only text between child elements is not kept.
    pub children: Vec<AnyNode>,
}

/// A node of kept content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnyNode {
    /// A child element.
    Element(AnyElement),
    /// Text, references resolved.
    Text(String),
}

impl QName {
    /// A name from its namespace URI (empty for none) and local name.
    pub fn new(ns: impl Into<String>, local: impl Into<String>) -> Self {
        QName {
            ns: ns.into(),
            local: local.into(),
        }
    }
}

impl std::fmt::Display for QName {
    /// Clark notation: `{namespace}local`, or `local` with no namespace.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.ns.is_empty() {
            f.write_str(&self.local)
        } else {
            write!(f, "{{{}}}{}", self.ns, self.local)
        }
    }
}

impl AnyElement {
    /// An element with this name and no attributes or content.
    pub fn new(name: QName) -> Self {
        AnyElement {
            name,
            attributes: Vec::new(),
            children: Vec::new(),
        }
    }
    /// The first child element with this namespace and local name.
    pub fn child(&self, ns: &str, local: &str) -> Option<&AnyElement> {
        self.elements()
            .find(|e| e.name.ns == ns && e.name.local == local)
    }
    /// All child elements.
    pub fn elements(&self) -> impl Iterator<Item = &AnyElement> {
        self.children.iter().filter_map(|node| match node {
            AnyNode::Element(e) => Some(e),
            AnyNode::Text(_) => None,
        })
    }
    /// The element's text content (concatenated text children).
    pub fn text(&self) -> String {
        let mut text = String::new();
        for node in &self.children {
            if let AnyNode::Text(t) = node {
                text.push_str(t);
            }
        }
        text
    }
    /// The value of the attribute with this namespace and local name.
    pub fn attribute(&self, ns: &str, local: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|a| a.name.ns == ns && a.name.local == local)
            .map(|a| a.value.as_str())
    }
}

/// Unknown attributes and child elements of a known type, kept so that nothing a
/// server sends is dropped; encoding writes them back (attributes after the known
/// ones, elements after the known children). Empty costs one pointer.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Extra(Option<Box<ExtraContent>>);

/// What an [`Extra`] holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExtraContent {
    /// Unknown attributes, in document order.
    pub attributes: Vec<AnyAttribute>,
    /// Unknown child elements, in document order.
    pub elements: Vec<AnyElement>,
}

impl Extra {
    /// True when nothing unknown was kept.
    pub fn is_empty(&self) -> bool {
        match &self.0 {
            None => true,
            Some(content) => content.attributes.is_empty() && content.elements.is_empty(),
        }
    }
    /// Kept attributes.
    pub fn attributes(&self) -> &[AnyAttribute] {
        self.0.as_deref().map_or(&[], |c| c.attributes.as_slice())
    }
    /// Kept elements.
    pub fn elements(&self) -> &[AnyElement] {
        self.0.as_deref().map_or(&[], |c| c.elements.as_slice())
    }
    /// Adds an attribute.
    pub fn push_attribute(&mut self, a: AnyAttribute) {
        self.content().attributes.push(a);
    }
    /// Adds an element.
    pub fn push_element(&mut self, e: AnyElement) {
        self.content().elements.push(e);
    }
    fn content(&mut self) -> &mut ExtraContent {
        self.0.get_or_insert_with(Box::default)
    }
}

impl std::fmt::Debug for Extra {
    // Prints `{}` when empty, else the ExtraContent.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Some(content) if !self.is_empty() => content.fmt(f),
            _ => f.write_str("{}"),
        }
    }
}
