//! The WSDL 1.1 model: messages, port-type operations and the SOAP binding
//! (SOAPAction, body part, header parts), with positions.

use super::tree::Node;
use crate::diagnostics::{Diag, Pos};
use crate::qname::QName;

const WSDL: &str = "http://schemas.xmlsoap.org/wsdl/";
const WSDL_SOAP: &str = "http://schemas.xmlsoap.org/wsdl/soap/";

/// A `wsdl:message` part.
#[derive(Debug, Clone)]
pub struct Part {
    /// Part name.
    pub name: String,
    /// The element it carries.
    pub element: QName,
    /// Position.
    pub pos: Pos,
}

/// A `wsdl:message`.
#[derive(Debug, Clone)]
pub struct Message {
    /// Its name.
    pub name: QName,
    /// Its parts in order.
    pub parts: Vec<Part>,
}

/// One direction of a bound operation.
#[derive(Debug, Clone, Default)]
pub struct BoundIo {
    /// The message (from the port type).
    pub message: QName,
    /// `soap:body parts=`, if given.
    pub body_parts: Option<Vec<String>>,
    /// `soap:header` entries: (message, part).
    pub headers: Vec<(QName, String)>,
}

/// An operation with its binding.
#[derive(Debug, Clone)]
pub struct Operation {
    /// Operation name.
    pub name: String,
    /// `soap:operation soapAction=`.
    pub soap_action: String,
    /// Input.
    pub input: BoundIo,
    /// Output.
    pub output: BoundIo,
    /// Position of the port-type operation.
    pub pos: Pos,
}

/// A parsed WSDL file.
#[derive(Debug, Clone, Default)]
pub struct Wsdl {
    /// targetNamespace.
    pub target_ns: String,
    /// Messages.
    pub messages: Vec<Message>,
    /// Operations of the first port type, in order, with binding details.
    pub operations: Vec<Operation>,
}

impl Wsdl {
    /// The message named `name`.
    pub fn message(&self, name: &QName) -> Option<&Message> {
        self.messages.iter().find(|m| &m.name == name)
    }
}

/// Parses `wsdl:definitions`; returns the model and the inline `xs:schema` nodes.
pub fn parse_wsdl(root: &Node) -> Result<(Wsdl, Vec<&Node>), Diag> {
    if root.ns != WSDL || root.local != "definitions" {
        return Err(Diag::at(
            root.pos,
            format!("expected wsdl:definitions, found {}", root.local),
        ));
    }
    let target_ns = root.attr("targetNamespace").unwrap_or_default().to_string();
    let mut wsdl = Wsdl {
        target_ns: target_ns.clone(),
        ..Wsdl::default()
    };
    let mut schemas = Vec::new();
    for types in wsdl_children(root, "types") {
        schemas.extend(types.children.iter().filter(|c| c.is_xs("schema")));
    }
    for m in wsdl_children(root, "message") {
        let name = QName::new(target_ns.clone(), need(m, "name")?);
        let mut parts = Vec::new();
        for p in wsdl_children(m, "part") {
            let element = p.qname_attr("element")?.ok_or_else(|| {
                Diag::at(
                    p.pos,
                    "wsdl:part needs an `element` attribute (document/literal)",
                )
            })?;
            parts.push(Part {
                name: need(p, "name")?.to_string(),
                element: element.into(),
                pos: p.pos,
            });
        }
        wsdl.messages.push(Message { name, parts });
    }
    let port_type = wsdl_children(root, "portType").into_iter().next();
    let binding = wsdl_children(root, "binding").into_iter().find(|b| {
        b.children
            .iter()
            .any(|c| c.ns == WSDL_SOAP && c.local == "binding")
    });
    let Some(port_type) = port_type else {
        return Ok((wsdl, schemas));
    };
    for op in wsdl_children(port_type, "operation") {
        let name = need(op, "name")?.to_string();
        let io = |local: &'static str| -> Result<QName, Diag> {
            let el = wsdl_children(op, local).into_iter().next().ok_or_else(|| {
                Diag::at(op.pos, format!("operation `{name}` has no wsdl:{local}"))
            })?;
            Ok(el
                .qname_attr("message")?
                .ok_or_else(|| Diag::at(el.pos, "needs a `message` attribute"))?
                .into())
        };
        let mut operation = Operation {
            name: name.clone(),
            soap_action: String::new(),
            input: BoundIo {
                message: io("input")?,
                ..BoundIo::default()
            },
            output: BoundIo {
                message: io("output")?,
                ..BoundIo::default()
            },
            pos: op.pos,
        };
        if let Some(bop) = binding.and_then(|b| {
            wsdl_children(b, "operation")
                .into_iter()
                .find(|o| o.attr("name") == Some(&name))
        }) {
            for c in &bop.children {
                if c.ns == WSDL_SOAP && c.local == "operation" {
                    operation.soap_action = c.attr("soapAction").unwrap_or_default().to_string();
                }
            }
            for (local, target) in [
                ("input", &mut operation.input),
                ("output", &mut operation.output),
            ] {
                for io in wsdl_children(bop, local) {
                    for c in io.children.iter().filter(|c| c.ns == WSDL_SOAP) {
                        match c.local.as_str() {
                            "body" => {
                                target.body_parts = c
                                    .attr("parts")
                                    .map(|p| p.split_whitespace().map(str::to_string).collect())
                            }
                            "header" => {
                                let message = c.qname_attr("message")?.ok_or_else(|| {
                                    Diag::at(c.pos, "soap:header needs `message`")
                                })?;
                                target
                                    .headers
                                    .push((message.into(), need(c, "part")?.to_string()));
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        wsdl.operations.push(operation);
    }
    Ok((wsdl, schemas))
}

fn wsdl_children<'n>(n: &'n Node, local: &'static str) -> Vec<&'n Node> {
    n.children
        .iter()
        .filter(|c| c.ns == WSDL && c.local == local)
        .collect()
}

fn need<'n>(node: &'n Node, attr: &str) -> Result<&'n str, Diag> {
    node.attr(attr).ok_or_else(|| {
        Diag::at(
            node.pos,
            format!("wsdl:{} needs a `{attr}` attribute", node.local),
        )
    })
}
