//! Captures an element whole as an [`AnyElement`] (unknown content and `xs:any`).

use super::events::Event;
use super::lexer::TextKind;
use super::{refs, Attr, Reader};
use crate::{AnyAttribute, AnyElement, AnyNode, DecodeError, QName};

impl Reader<'_> {
    /// The current element as an [`AnyElement`], read up to its end tag (the
    /// caller leaves it). Whitespace-only text beside child elements is dropped;
    /// the text of an element without child elements is kept exactly.
    pub(super) fn capture(&mut self) -> Result<AnyElement, DecodeError> {
        let (ns, local) = self.name();
        let name = QName {
            ns: ns.uri().to_owned(),
            local: local.to_owned(),
        };
        let attributes = self.attrs.iter().map(|a| self.any_attribute(a)).collect();
        self.attr_cursor = self.attrs.len();
        let mut children: Vec<AnyNode> = Vec::new();
        let mut has_elements = false;
        while !self.closed {
            let text = match self.next_event()? {
                Event::End => break,
                Event::Start => {
                    let child = self.capture()?;
                    self.leave()?;
                    children.push(AnyNode::Element(child));
                    has_elements = true;
                    continue;
                }
                Event::Text(raw, at, TextKind::Special) => {
                    refs::text(raw, at).map_err(|e| self.error_at(e.offset, e.kind))?
                }
                Event::Text(raw, _, _) => std::borrow::Cow::Borrowed(raw),
                Event::Cdata(raw, _) => refs::cdata(raw),
            };
            match children.last_mut() {
                Some(AnyNode::Text(last)) => last.push_str(&text),
                _ => children.push(AnyNode::Text(text.into_owned())),
            }
        }
        if has_elements {
            children
                .retain(|node| !matches!(node, AnyNode::Text(t) if super::lexer::is_whitespace(t)));
        }
        Ok(AnyElement {
            name,
            attributes,
            children,
        })
    }

    /// An attribute as kept. The value of `xsi:type` is a QName whose prefix means
    /// nothing once the declarations are gone: it is kept as `{namespace}local`.
    pub(super) fn any_attribute(&self, a: &Attr<'_>) -> AnyAttribute {
        let ns = self.scopes.uri(a.ns);
        let value = if a.local == "type" && ns == crate::ns::XSI {
            self.clark_value(&a.value)
        } else {
            a.value.clone().into_owned()
        };
        AnyAttribute {
            name: QName {
                ns: ns.to_owned(),
                local: a.local.to_owned(),
            },
            value,
        }
    }
}
