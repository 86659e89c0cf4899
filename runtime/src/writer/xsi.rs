//! `xsi:type` and `xsi:nil` on written elements.

use super::{Name, Prefix, Writer};
use crate::chars::is_ncname;
use crate::{ns, Encode, EncodeError, EncodeErrorKind};

impl Writer {
    /// Writes `value` as the element `name` carrying
    /// `xsi:type="{type_ns}type_local"` (a concrete type standing for an abstract one).
    pub fn typed<T: Encode>(
        &mut self,
        type_ns: &'static str,
        type_local: &'static str,
        value: &T,
        name: Name,
    ) -> Result<(), EncodeError> {
        self.pending_type = Some((type_ns, type_local));
        let result = value.encode(self, name);
        self.pending_type = None;
        result
    }

    /// Writes the empty element `name` with `xsi:nil="true"`.
    pub fn nil(&mut self, name: Name) -> Result<(), EncodeError> {
        self.start(name)?;
        self.xsi_attribute("nil", "true")?;
        self.end()
    }

    /// Called by `start` when [`Self::typed`] left a type to write.
    pub(super) fn pending_xsi_type(&mut self) -> Result<(), EncodeError> {
        let Some((type_ns, type_local)) = self.pending_type.take() else {
            return Ok(());
        };
        if !is_ncname(type_local) {
            return Err(self.error(EncodeErrorKind::InvalidName(type_local.to_owned())));
        }
        let value = self.qname_value(type_ns, type_local)?;
        self.xsi_attribute("type", &value)
    }

    /// Writes a kept `xsi:` attribute with the `xsi` prefix; a kept `xsi:type`
    /// given as `{namespace}local` gets a prefix bound to its namespace.
    pub(super) fn kept_xsi_attribute(
        &mut self,
        local: &str,
        value: &str,
    ) -> Result<(), EncodeError> {
        let clark = value
            .strip_prefix('{')
            .and_then(|rest| rest.split_once('}'))
            .filter(|_| local == "type");
        let Some((type_ns, type_local)) = clark else {
            let mut escaped = String::with_capacity(value.len());
            let result = super::escape::attribute(&mut escaped, value);
            result.map_err(|c| self.error(EncodeErrorKind::ForbiddenChar(c)))?;
            if !is_ncname(local) {
                return Err(self.error(EncodeErrorKind::InvalidName(local.to_owned())));
            }
            return self.xsi_attribute(local, &escaped);
        };
        if !is_ncname(type_local) {
            return Err(self.error(EncodeErrorKind::InvalidName(type_local.to_owned())));
        }
        let qname = self.qname_value(type_ns, type_local)?;
        self.xsi_attribute(local, &qname)
    }

    /// `prefix:local` for a QName value on the open start tag, declaring a prefix
    /// for `ns` there if none is in scope.
    fn qname_value(&mut self, ns: &str, local: &str) -> Result<String, EncodeError> {
        let ns = super::canonical(ns);
        let prefix = match self.prefixes.lookup(ns) {
            Some(prefix) => prefix,
            None => {
                let prefix = Prefix::Generated(self.prefixes.declare(ns));
                self.declaration(prefix, ns)?;
                prefix
            }
        };
        let mut qname = String::with_capacity(local.len() + 4);
        prefix.write(&mut qname);
        qname.push_str(local);
        Ok(qname)
    }

    /// Writes ` xmlns:xsi="..." xsi:{local}="{value}"` on the open start tag
    /// (`value` is a name or a boolean: nothing to escape).
    fn xsi_attribute(&mut self, local: &str, value: &str) -> Result<(), EncodeError> {
        if !self.tag_open {
            return Err(self.error(EncodeErrorKind::Misuse(
                "an attribute after the element's content",
            )));
        }
        // Declared once per start tag (the tag holds no `<` but its own).
        let tag = self.out.rfind('<').map_or("", |at| &self.out[at..]);
        if !tag.contains(" xmlns:xsi=\"") {
            self.out.push_str(" xmlns:xsi=\"");
            self.out.push_str(ns::XSI);
            self.out.push('"');
        }
        self.out.push_str(" xsi:");
        self.out.push_str(local);
        self.out.push_str("=\"");
        self.out.push_str(value);
        self.out.push('"');
        Ok(())
    }
}
