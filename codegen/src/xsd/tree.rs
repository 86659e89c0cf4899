//! Reads a schema or WSDL file into a small element tree with resolved
//! namespaces and byte positions (xmlparser underneath).

use crate::diagnostics::{Diag, Pos};
use std::rc::Rc;

/// XML Schema namespace.
pub const XS: &str = "http://www.w3.org/2001/XMLSchema";
/// The `xml:` namespace.
pub const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// Prefix → namespace bindings in scope at an element.
#[derive(Debug, Default)]
pub struct Scope {
    bindings: Vec<(String, String)>,
}

impl Scope {
    /// The namespace bound to `prefix` (`""` for the default namespace).
    pub fn resolve(&self, prefix: &str) -> Option<&str> {
        if prefix == "xml" {
            return Some(XML_NS);
        }
        self.bindings
            .iter()
            .rev()
            .find(|(p, _)| p == prefix)
            .map(|(_, ns)| ns.as_str())
    }
}

/// An attribute of a schema element.
#[derive(Debug, Clone)]
pub struct Attr {
    /// Namespace URI, empty for unqualified.
    pub ns: String,
    /// Local name.
    pub local: String,
    /// Value, references resolved.
    pub value: String,
    /// Position of the attribute.
    pub pos: Pos,
}

/// An element of a schema file.
#[derive(Debug)]
pub struct Node {
    /// Namespace URI.
    pub ns: String,
    /// Local name.
    pub local: String,
    /// Attributes (not namespace declarations).
    pub attrs: Vec<Attr>,
    /// Child elements.
    pub children: Vec<Node>,
    /// Position of the start tag.
    pub pos: Pos,
    /// Namespace bindings in scope here (for QName-valued attributes).
    pub scope: Rc<Scope>,
}

impl Node {
    /// True when this is `xs:<local>`.
    pub fn is_xs(&self, local: &str) -> bool {
        self.ns == XS && self.local == local
    }

    /// An unqualified attribute's value.
    pub fn attr(&self, local: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.ns.is_empty() && a.local == local)
            .map(|a| a.value.as_str())
    }

    /// An unqualified attribute, with its position.
    pub fn attr_node(&self, local: &str) -> Option<&Attr> {
        self.attrs
            .iter()
            .find(|a| a.ns.is_empty() && a.local == local)
    }

    /// Resolves a QName-valued attribute (`t:Foo`) to (namespace, local).
    pub fn qname_attr(&self, local: &str) -> Result<Option<(String, String)>, Diag> {
        let Some(attr) = self.attr_node(local) else {
            return Ok(None);
        };
        self.resolve_qname(&attr.value, attr.pos).map(Some)
    }

    /// Resolves a QName written at this element.
    pub fn resolve_qname(&self, value: &str, pos: Pos) -> Result<(String, String), Diag> {
        let value = value.trim();
        let (prefix, local) = value.split_once(':').unwrap_or(("", value));
        match self.scope.resolve(prefix) {
            Some(ns) => Ok((ns.to_string(), local.to_string())),
            None if prefix.is_empty() => Ok((String::new(), local.to_string())),
            None => Err(Diag::at(
                pos,
                format!("undeclared namespace prefix `{prefix}` in `{value}`"),
            )),
        }
    }

    /// Child elements in the XML Schema namespace, skipping annotations.
    pub fn xs_children(&self) -> impl Iterator<Item = &Node> {
        self.children
            .iter()
            .filter(|c| c.ns == XS && c.local != "annotation")
    }
}

/// A start tag being read: prefix, local name, offset, raw attributes
/// (prefix, local, value, offset).
type PendingStart = (String, String, usize, Vec<(String, String, String, usize)>);

/// Parses `text` (file index `file`) into its root element.
pub fn parse(text: &str, file: u32) -> Result<Node, Diag> {
    let pos = |offset: usize| Pos {
        file,
        offset: offset as u32,
    };
    let mut stack: Vec<Node> = Vec::new();
    let mut pending: Option<PendingStart> = None;
    let mut scopes: Vec<Rc<Scope>> = vec![Rc::new(Scope::default())];
    let mut root = None;
    for token in xmlparser::Tokenizer::from(text) {
        let token = token.map_err(|e| {
            let p = e.pos();
            Diag::at(
                pos(offset_of(text, p.row, p.col)),
                format!("malformed XML: {e}"),
            )
        })?;
        match token {
            xmlparser::Token::ElementStart {
                prefix,
                local,
                span,
            } => {
                pending = Some((
                    prefix.to_string(),
                    local.to_string(),
                    span.start(),
                    Vec::new(),
                ));
            }
            xmlparser::Token::Attribute {
                prefix,
                local,
                value,
                span,
            } => {
                if let Some(p) = pending.as_mut() {
                    let value =
                        unescape(value.as_str()).map_err(|e| Diag::at(pos(span.start()), e))?;
                    p.3.push((prefix.to_string(), local.to_string(), value, span.start()));
                }
            }
            xmlparser::Token::ElementEnd { end, span } => match end {
                xmlparser::ElementEnd::Open | xmlparser::ElementEnd::Empty => {
                    let Some((prefix, local, start, raw_attrs)) = pending.take() else {
                        continue;
                    };
                    let parent = scopes.last().cloned().unwrap_or_default();
                    let mut bindings = Vec::new();
                    for (p, l, v, _) in &raw_attrs {
                        if p == "xmlns" {
                            bindings.push((l.clone(), v.clone()));
                        } else if p.is_empty() && l == "xmlns" {
                            bindings.push((String::new(), v.clone()));
                        }
                    }
                    let scope = if bindings.is_empty() {
                        parent
                    } else {
                        let mut all = parent.bindings.clone();
                        all.extend(bindings);
                        Rc::new(Scope { bindings: all })
                    };
                    let ns = scope.resolve(&prefix).map(str::to_string);
                    let ns = match ns {
                        Some(ns) => ns,
                        None if prefix.is_empty() => String::new(),
                        None => {
                            return Err(Diag::at(
                                pos(start),
                                format!("undeclared namespace prefix `{prefix}`"),
                            ))
                        }
                    };
                    let mut attrs = Vec::new();
                    for (p, l, v, at) in raw_attrs {
                        if p == "xmlns" || (p.is_empty() && l == "xmlns") {
                            continue;
                        }
                        let ans = if p.is_empty() {
                            String::new()
                        } else {
                            match scope.resolve(&p) {
                                Some(ns) => ns.to_string(),
                                None => {
                                    return Err(Diag::at(
                                        pos(at),
                                        format!("undeclared namespace prefix `{p}`"),
                                    ))
                                }
                            }
                        };
                        attrs.push(Attr {
                            ns: ans,
                            local: l,
                            value: v,
                            pos: pos(at),
                        });
                    }
                    let node = Node {
                        ns,
                        local,
                        attrs,
                        children: Vec::new(),
                        pos: pos(start),
                        scope: scope.clone(),
                    };
                    if matches!(end, xmlparser::ElementEnd::Open) {
                        scopes.push(scope);
                        stack.push(node);
                    } else {
                        attach(&mut stack, &mut root, node);
                    }
                }
                xmlparser::ElementEnd::Close(prefix, local) => {
                    scopes.pop();
                    let Some(node) = stack.pop() else {
                        return Err(Diag::at(
                            pos(span.start()),
                            "malformed XML: end tag with no open element",
                        ));
                    };
                    let open = &text[node.pos.offset as usize + 1..];
                    let written = if prefix.is_empty() {
                        local.as_str().to_string()
                    } else {
                        format!("{}:{}", prefix.as_str(), local.as_str())
                    };
                    let open_name: String = open
                        .chars()
                        .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
                        .collect();
                    if open_name != written {
                        return Err(Diag::at(
                            pos(span.start()),
                            format!("malformed XML: end tag </{written}> does not match start tag <{open_name}>"),
                        ));
                    }
                    attach(&mut stack, &mut root, node);
                }
            },
            xmlparser::Token::DtdStart { span, .. } | xmlparser::Token::EmptyDtd { span, .. } => {
                return Err(Diag::at(
                    pos(span.start()),
                    "DOCTYPE is not allowed in schema files",
                ));
            }
            _ => {}
        }
    }
    root.ok_or_else(|| Diag::at(pos(0), "no root element"))
}

fn attach(stack: &mut [Node], root: &mut Option<Node>, node: Node) {
    match stack.last_mut() {
        Some(parent) => parent.children.push(node),
        None => *root = Some(node),
    }
}

fn offset_of(text: &str, row: u32, col: u32) -> usize {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i + 1 == row as usize {
            return offset
                + line
                    .char_indices()
                    .nth(col.saturating_sub(1) as usize)
                    .map_or(line.len(), |(b, _)| b);
        }
        offset += line.len();
    }
    text.len()
}

/// Resolves the predefined entities and character references in an attribute value;
/// any other reference is an error.
fn unescape(raw: &str) -> Result<String, String> {
    if !raw.contains('&') {
        return Ok(raw.to_string());
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let Some(end) = after.find(';') else {
            return Err(format!(
                "malformed XML: `&` not followed by a reference in `{raw}`"
            ));
        };
        let name = &after[..end];
        let ch = match name {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "apos" => Some('\''),
            "quot" => Some('"'),
            _ if name.starts_with("#x") => u32::from_str_radix(&name[2..], 16)
                .ok()
                .and_then(char::from_u32),
            _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match ch {
            Some(c) => out.push(c),
            None => {
                return Err(format!(
                    "unknown entity reference `&{name};` (no DTD is processed)"
                ))
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_prefixes_and_default_namespace() {
        let doc = r#"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t"><xs:element name="a" type="t:A"/></xs:schema>"#;
        let root = parse(doc, 0).unwrap();
        assert!(root.is_xs("schema"));
        let el = &root.children[0];
        assert_eq!(
            el.qname_attr("type").unwrap(),
            Some(("urn:t".into(), "A".into()))
        );
        assert_eq!(el.pos.offset, 71);
    }

    #[test]
    fn undeclared_prefix_is_an_error_with_a_place() {
        let err = parse("<a>\n <q:b/></a>", 0).unwrap_err();
        assert_eq!(err.pos.unwrap().offset, 5);
        assert!(err.message.contains("`q`"));
    }

    #[test]
    fn malformed_xml_is_an_error() {
        assert!(parse("<a><b></a>", 0)
            .unwrap_err()
            .message
            .starts_with("malformed XML"));
    }

    #[test]
    fn unescapes_attribute_values() {
        assert_eq!(unescape("a&amp;b&#x41;&lt;").unwrap(), "a&bA<");
    }
}
