//! `xsi:type` and `xsi:nil` on written elements.

use super::{Prefix, Writer};
use crate::chars::is_ncname;
use crate::{ns, Encode, EncodeError, EncodeErrorKind};

impl Writer {
    /// Writes `value` as the element `{ns}local` carrying
    /// `xsi:type="{type_ns}type_local"` (a concrete type standing for an abstract one).
    pub fn typed<T: Encode>(
        &mut self,
        type_ns: &'static str,
        type_local: &'static str,
        value: &T,
        ns: &str,
        local: &str,
    ) -> Result<(), EncodeError> {
        self.pending_type = Some((type_ns, type_local));
        let result = value.encode(self, ns, local);
        self.pending_type = None;
        result
    }

    /// Writes the empty element `{ns}local` with `xsi:nil="true"`.
    pub fn nil(&mut self, ns: &str, local: &str) -> Result<(), EncodeError> {
        self.start(ns, local)?;
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
        let type_ns = super::canonical(type_ns);
        let prefix = match self.prefixes.lookup(type_ns) {
            Some(prefix) => prefix,
            None => {
                let prefix = Prefix::Generated(self.prefixes.declare(type_ns));
                self.declaration(prefix, type_ns)?;
                prefix
            }
        };
        let mut value = String::with_capacity(type_local.len() + 4);
        prefix.write(&mut value);
        value.push_str(type_local);
        self.xsi_attribute("type", &value)
    }

    /// Writes ` xmlns:xsi="..." xsi:{local}="{value}"` on the open start tag
    /// (`value` is a name or a boolean: nothing to escape).
    fn xsi_attribute(&mut self, local: &str, value: &str) -> Result<(), EncodeError> {
        if !self.tag_open {
            return Err(self.error(EncodeErrorKind::Misuse(
                "an attribute after the element's content",
            )));
        }
        self.out.push_str(" xmlns:xsi=\"");
        self.out.push_str(ns::XSI);
        self.out.push_str("\" xsi:");
        self.out.push_str(local);
        self.out.push_str("=\"");
        self.out.push_str(value);
        self.out.push('"');
        Ok(())
    }
}
