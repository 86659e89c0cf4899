//! An XML writer that escapes correctly, refuses characters XML 1.0 forbids, and
//! maps namespaces to prefixes. Generated `Encode` impls drive it.

use crate::{
    AnyAttribute, AnyElement, AnyNode, Content, Encode, EncodeError, EncodeErrorKind, Extra, QName,
    SimpleType,
};
use std::fmt::Write as _;

mod escape;
mod name;
mod names;
mod open;
mod xsi;

pub use name::{Name, NsArg, TagText};

use crate::chars::is_ncname;
use names::{canonical, Prefix, Prefixes, ROOT_DECLARATIONS};
use open::{Local, OpenElements};

/// The XML declaration [`Writer::new`] starts with.
const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

/// The writer. Namespace prefixes: `soap`, `m`, `t` (and `xml`) are fixed and
/// declared once on the root element; any other namespace gets a generated prefix
/// (`ns1`, `ns2`, ...) declared on the element where it is first needed. Elements
/// with no content are written self-closing.
///
/// Typical generated use:
/// ```ignore
/// w.start(name)?;
/// w.attribute("", "Id", &self.id)?;
/// w.optional_attribute("", "ChangeKey", &self.change_key)?;
/// w.extra_attributes(&self.extra)?;
/// w.element(rt::name!(T, "DisplayName"), &self.display_name)?;
/// w.optional_element(rt::name!(T, "GroupType"), &self.group_type)?;
/// w.elements(rt::name!(T, "Member"), &self.members)?;
/// w.optional_content(&self.choice)?;
/// w.extra_elements(&self.extra)?;
/// w.end()
/// ```
pub struct Writer {
    out: String,
    /// The open elements, with their end tags.
    open: OpenElements,
    prefixes: Prefixes,
    /// Whether the innermost element's start tag still lacks its `>`.
    tag_open: bool,
    /// The `xsi:type` the next start tag carries (set by [`Writer::typed`]).
    pending_type: Option<(&'static str, &'static str)>,
}

impl Default for Writer {
    fn default() -> Self {
        Self::new()
    }
}

impl Writer {
    /// A writer that starts with an XML declaration.
    pub fn new() -> Self {
        let mut w = Self::fragment();
        w.out.push_str(DECLARATION);
        w
    }

    /// A writer with no XML declaration (for fragments).
    pub fn fragment() -> Self {
        Writer {
            out: String::with_capacity(1024),
            open: OpenElements::default(),
            prefixes: Prefixes::default(),
            tag_open: false,
            pending_type: None,
        }
    }

    /// Opens the start tag of `name` (checked when it was built).
    #[inline]
    pub fn start(&mut self, name: Name) -> Result<(), EncodeError> {
        match name.tags() {
            // Below the root, a name that holds its tags is written whole.
            Some((start_tag, end_tag)) if !self.open.is_empty() => {
                self.start_fixed(name, start_tag, end_tag)
            }
            tags => {
                let end_tag = tags.map_or("", |(_, end_tag)| end_tag);
                let local = Local::Checked(name.local(), end_tag);
                self.start_tag(name.ns(), name.fixed_prefix(), local)
            }
        }
    }

    /// Opens the start tag of a name below the root whose prefix is fixed (so
    /// nothing is declared): `start_tag` is `<p:Local`, `end_tag` `</p:Local>`.
    fn start_fixed(
        &mut self,
        name: Name,
        start_tag: &'static str,
        end_tag: &'static str,
    ) -> Result<(), EncodeError> {
        self.close_start_tag();
        let scope_mark = self.prefixes.mark();
        let prefix = name.fixed_prefix().unwrap_or_default();
        let local = Local::Checked(name.local(), end_tag);
        if !self.open.open(prefix, local, scope_mark) {
            return Err(self.error(EncodeErrorKind::InvalidName(name.local().to_owned())));
        }
        self.out.push_str(start_tag);
        self.tag_open = true;
        if self.pending_type.is_some() {
            self.pending_xsi_type()?;
        }
        Ok(())
    }

    /// Opens `{ns}local`'s start tag, for a name only known at run time (a kept
    /// unknown element); `InvalidName` if `local` is not an NCName.
    pub fn start_checked(&mut self, ns: &str, local: &str) -> Result<(), EncodeError> {
        self.start_tag(canonical(ns), None, Local::Unchecked(local))
    }

    /// Opens a start tag. `prefix` is the fixed prefix of `ns` when the caller
    /// knows it (else it is looked up, or declared).
    fn start_tag(
        &mut self,
        ns: &str,
        prefix: Option<Prefix>,
        local: Local<'_>,
    ) -> Result<(), EncodeError> {
        let (Local::Checked(name, _) | Local::Unchecked(name)) = local;
        self.close_start_tag();
        let is_root = self.open.is_empty();
        let scope_mark = self.prefixes.mark();
        let (prefix, declare) = match prefix.or_else(|| self.prefixes.lookup(ns)) {
            Some(prefix) => (prefix, false),
            None => (Prefix::Generated(self.prefixes.declare(ns)), true),
        };
        if !self.open.open(prefix, local, scope_mark) {
            return Err(self.error(EncodeErrorKind::InvalidName(name.to_owned())));
        }
        self.out.push('<');
        prefix.write(&mut self.out);
        self.out.push_str(name);
        if is_root {
            self.out.push_str(ROOT_DECLARATIONS);
        }
        if declare {
            self.declaration(prefix, ns)?;
        }
        self.tag_open = true;
        if self.pending_type.is_some() {
            self.pending_xsi_type()?;
        }
        Ok(())
    }

    /// Writes an attribute on the open start tag (`ns` empty for an unqualified one).
    pub fn attribute<T: SimpleType>(
        &mut self,
        ns: &str,
        local: &str,
        value: &T,
    ) -> Result<(), EncodeError> {
        if !self.tag_open {
            return Err(self.error(EncodeErrorKind::Misuse(
                "an attribute after the element's content",
            )));
        }
        let ns = canonical(ns);
        let reserved = ns == "http://www.w3.org/2000/xmlns/" || (ns.is_empty() && local == "xmlns");
        if reserved || !is_ncname(local) {
            return Err(self.error(EncodeErrorKind::InvalidName(local.to_owned())));
        }
        let prefix = match self.prefixes.lookup(ns) {
            Some(prefix) => prefix,
            None => {
                let prefix = Prefix::Generated(self.prefixes.declare(ns));
                self.declaration(prefix, ns)?;
                prefix
            }
        };
        self.out.push(' ');
        prefix.write(&mut self.out);
        self.out.push_str(local);
        self.out.push_str("=\"");
        let result = escape::attribute(&mut self.out, &value.to_text());
        result.map_err(|c| self.forbidden(c))?;
        self.out.push('"');
        Ok(())
    }

    /// Writes the attribute when `value` is `Some`.
    pub fn optional_attribute<T: SimpleType>(
        &mut self,
        ns: &str,
        local: &str,
        value: &Option<T>,
    ) -> Result<(), EncodeError> {
        match value {
            Some(v) => self.attribute(ns, local, v),
            None => Ok(()),
        }
    }

    /// Writes the attributes kept in `extra`.
    #[inline]
    pub fn extra_attributes(&mut self, extra: &Extra) -> Result<(), EncodeError> {
        match extra.attributes() {
            [] => Ok(()),
            kept => self.kept_attributes(kept),
        }
    }

    /// Writes kept attributes.
    fn kept_attributes(&mut self, kept: &[AnyAttribute]) -> Result<(), EncodeError> {
        for a in kept {
            self.attribute(&a.name.ns, &a.name.local, &a.value)?;
        }
        Ok(())
    }

    /// Writes text content.
    pub fn text<T: SimpleType>(&mut self, value: &T) -> Result<(), EncodeError> {
        self.raw_text(&value.to_text())
    }

    /// Writes a QName as text (`prefix:local`), declaring the prefix if needed.
    /// A namespace not yet in scope can only be declared while the element has
    /// no content yet (otherwise `Misuse`).
    pub fn qname_text(&mut self, name: &QName) -> Result<(), EncodeError> {
        if self.open.is_empty() {
            return Err(self.error(EncodeErrorKind::Misuse("text outside an element")));
        }
        if !is_ncname(&name.local) {
            return Err(self.error(EncodeErrorKind::InvalidName(name.local.clone())));
        }
        let ns = canonical(&name.ns);
        let prefix = match self.prefixes.lookup(ns) {
            Some(prefix) => prefix,
            None if self.tag_open => {
                let prefix = Prefix::Generated(self.prefixes.declare(ns));
                self.declaration(prefix, ns)?;
                prefix
            }
            None => {
                return Err(self.error(EncodeErrorKind::Misuse(
                    "a QName whose namespace cannot be declared after content",
                )))
            }
        };
        self.close_start_tag();
        prefix.write(&mut self.out);
        self.out.push_str(&name.local);
        Ok(())
    }

    /// Writes `value` as the child element `name`.
    #[inline]
    pub fn element<T: Encode>(&mut self, name: Name, value: &T) -> Result<(), EncodeError> {
        value.encode(self, name)
    }

    /// Writes the child element when `value` is `Some`.
    #[inline]
    pub fn optional_element<T: Encode>(
        &mut self,
        name: Name,
        value: &Option<T>,
    ) -> Result<(), EncodeError> {
        match value {
            Some(v) => v.encode(self, name),
            None => Ok(()),
        }
    }

    /// Writes one child element `name` per item.
    pub fn elements<T: Encode>(&mut self, name: Name, values: &[T]) -> Result<(), EncodeError> {
        values.iter().try_for_each(|v| v.encode(self, name))
    }

    /// Writes a choice's chosen element.
    pub fn content<T: Content>(&mut self, value: &T) -> Result<(), EncodeError> {
        value.encode_content(self)
    }

    /// Writes a choice's chosen element when `Some`.
    pub fn optional_content<T: Content>(&mut self, value: &Option<T>) -> Result<(), EncodeError> {
        match value {
            Some(v) => v.encode_content(self),
            None => Ok(()),
        }
    }

    /// Writes each item's chosen element.
    pub fn contents<T: Content>(&mut self, values: &[T]) -> Result<(), EncodeError> {
        values.iter().try_for_each(|v| v.encode_content(self))
    }

    /// Writes a kept element (xs:any content).
    pub fn any(&mut self, element: &AnyElement) -> Result<(), EncodeError> {
        self.start_checked(&element.name.ns, &element.name.local)?;
        self.any_content(element)?;
        self.end()
    }

    /// Writes kept elements (xs:any content).
    pub fn anys(&mut self, elements: &[AnyElement]) -> Result<(), EncodeError> {
        elements.iter().try_for_each(|e| self.any(e))
    }

    /// Writes the elements kept in `extra`.
    #[inline]
    pub fn extra_elements(&mut self, extra: &Extra) -> Result<(), EncodeError> {
        match extra.elements() {
            [] => Ok(()),
            kept => self.anys(kept),
        }
    }

    /// Closes the innermost open element (`/>` if it had no content).
    pub fn end(&mut self) -> Result<(), EncodeError> {
        let Some(closed) = self.open.close() else {
            return Err(self.error(EncodeErrorKind::Misuse("end() with no open element")));
        };
        if self.tag_open {
            self.out.push_str("/>");
            self.tag_open = false;
        } else if !closed.end_tag.is_empty() {
            self.out.push_str(closed.end_tag);
        } else {
            self.out.push_str("</");
            closed.prefix.write(&mut self.out);
            self.out.push_str(closed.local);
            self.out.push('>');
        }
        self.prefixes.truncate(closed.scope_mark);
        Ok(())
    }

    /// The document written so far.
    pub fn into_string(self) -> String {
        self.out
    }

    /// An element's attributes and children (its name is written by the caller).
    fn any_content(&mut self, element: &AnyElement) -> Result<(), EncodeError> {
        for a in &element.attributes {
            if a.name.ns == crate::ns::XSI {
                self.kept_xsi_attribute(&a.name.local, &a.value)?;
            } else {
                self.attribute(&a.name.ns, &a.name.local, &a.value)?;
            }
        }
        for child in &element.children {
            match child {
                AnyNode::Element(e) => self.any(e)?,
                AnyNode::Text(t) => self.raw_text(t)?,
            }
        }
        Ok(())
    }

    /// Writes text content, escaped.
    #[inline]
    fn raw_text(&mut self, text: &str) -> Result<(), EncodeError> {
        if text.is_empty() {
            return Ok(());
        }
        if self.open.is_empty() {
            return Err(self.error(EncodeErrorKind::Misuse("text outside an element")));
        }
        self.close_start_tag();
        let result = escape::text(&mut self.out, text);
        result.map_err(|c| self.forbidden(c))
    }

    #[inline]
    fn close_start_tag(&mut self) {
        if self.tag_open {
            self.out.push('>');
            self.tag_open = false;
        }
    }

    /// Writes ` xmlns:nsN="uri"` on the open start tag.
    fn declaration(&mut self, prefix: Prefix, uri: &str) -> Result<(), EncodeError> {
        if let Prefix::Generated(n) = prefix {
            let _ = write!(self.out, " xmlns:ns{n}=\"");
            let result = escape::attribute(&mut self.out, uri);
            result.map_err(|c| self.error(EncodeErrorKind::ForbiddenChar(c)))?;
            self.out.push('"');
        }
        Ok(())
    }

    /// `ForbiddenChar` at the innermost open element.
    #[cold]
    fn forbidden(&self, c: char) -> EncodeError {
        self.error(EncodeErrorKind::ForbiddenChar(c))
    }

    /// An error at the innermost open element.
    fn error(&self, kind: EncodeErrorKind) -> EncodeError {
        EncodeError {
            kind,
            path: self.open.path(),
        }
    }
}

impl Encode for QName {
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        w.start(name)?;
        w.qname_text(self)?;
        w.end()
    }
}

impl Encode for AnyElement {
    /// Writes the element's attributes and content under the given name (the
    /// counterpart of decoding a known element, such as `soap:Header`, as an
    /// `AnyElement`).
    fn encode(&self, w: &mut Writer, name: Name) -> Result<(), EncodeError> {
        w.start(name)?;
        w.any_content(self)?;
        w.end()
    }
}
