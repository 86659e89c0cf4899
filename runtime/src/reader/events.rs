//! The reader's engine: pulls `xmlparser` tokens, reads start tags (attributes,
//! then namespace declarations, then name resolution), matches end tags, and
//! enters and leaves elements.

use super::scope::NO_NS;
use super::{refs, Attr, Frame, Reader, MAX_DEPTH};
use crate::chars::same;
use crate::{DecodeError, DecodeErrorKind};
use xmlparser::{ElementEnd, Token};

/// What the content of the current element holds next.
pub(super) enum Event<'a> {
    /// A child element was entered (it is now the current element).
    Start,
    /// The current element's end tag was read.
    End,
    /// Raw character data and its byte offset.
    Text(&'a str, usize),
    /// CDATA content and its byte offset.
    Cdata(&'a str, usize),
}

impl<'a> Reader<'a> {
    /// The next token; the end of the input here is a syntax error.
    #[inline(always)]
    fn token(&mut self) -> Result<Token<'a>, DecodeError> {
        match self.tokens.next() {
            Some(Ok(token)) => Ok(token),
            Some(Err(e)) => Err(self.tokenizer_error(e)),
            None => Err(self.error_at(self.text.len(), syntax("unexpected end of document"))),
        }
    }

    /// Up to and including the root element's start tag.
    pub(super) fn prolog(&mut self) -> Result<(), DecodeError> {
        if !self.frames.is_empty() {
            return Ok(());
        }
        loop {
            match self.tokens.next() {
                None => return Err(self.error_at(self.text.len(), DecodeErrorKind::NoRoot)),
                Some(Err(e)) => return Err(self.tokenizer_error(e)),
                Some(Ok(Token::ElementStart {
                    prefix,
                    local,
                    span,
                })) => {
                    return self.start_tag(prefix.as_str(), local.as_str(), span.start());
                }
                Some(Ok(Token::DtdStart { span, .. } | Token::EmptyDtd { span, .. })) => {
                    return Err(self.error_at(span.start(), DecodeErrorKind::Doctype));
                }
                Some(Ok(
                    Token::Declaration { .. }
                    | Token::Comment { .. }
                    | Token::ProcessingInstruction { .. },
                )) => {}
                Some(Ok(other)) => {
                    return Err(self.error_at(
                        other.span().start(),
                        syntax("unexpected token before the root element"),
                    ))
                }
            }
        }
    }

    /// After the root element: only comments, processing instructions and whitespace.
    pub(super) fn epilog(&mut self) -> Result<(), DecodeError> {
        loop {
            match self.tokens.next() {
                None => return Ok(()),
                Some(Ok(Token::Comment { .. } | Token::ProcessingInstruction { .. })) => {}
                Some(Ok(other)) => {
                    return Err(
                        self.error_at(other.span().start(), DecodeErrorKind::TrailingContent)
                    )
                }
                Some(Err(xmlparser::Error::UnknownToken(pos))) => {
                    return Err(self.error_at_pos(
                        pos.row,
                        pos.col,
                        DecodeErrorKind::TrailingContent,
                    ));
                }
                Some(Err(e)) => return Err(self.tokenizer_error(e)),
            }
        }
    }

    /// The next thing in the current element's content. Comments and processing
    /// instructions are skipped.
    #[inline]
    pub(super) fn next_event(&mut self) -> Result<Event<'a>, DecodeError> {
        loop {
            match self.token()? {
                Token::ElementStart {
                    prefix,
                    local,
                    span,
                } => {
                    self.start_tag(prefix.as_str(), local.as_str(), span.start())?;
                    return Ok(Event::Start);
                }
                Token::ElementEnd {
                    end: ElementEnd::Close(prefix, local),
                    span,
                } => {
                    let matches = self.frames.last().is_some_and(|f| {
                        same(f.prefix, prefix.as_str()) && same(f.local, local.as_str())
                    });
                    if !matches {
                        let message = format!(
                            "end tag </{}> does not match the start tag",
                            qualified(prefix.as_str(), local.as_str())
                        );
                        return Err(self.error_at(span.start(), DecodeErrorKind::Syntax(message)));
                    }
                    self.closed = true;
                    return Ok(Event::End);
                }
                Token::Text { text } => return Ok(Event::Text(text.as_str(), text.start())),
                Token::Cdata { text, .. } => return Ok(Event::Cdata(text.as_str(), text.start())),
                Token::Comment { .. } | Token::ProcessingInstruction { .. } => {}
                other => {
                    return Err(self.error_at(
                        other.span().start(),
                        syntax("unexpected token in element content"),
                    ))
                }
            }
        }
    }

    /// Reads a start tag whose name was just tokenized and enters the element:
    /// collects the attributes, applies the namespace declarations among them,
    /// then resolves the element's and attributes' prefixes.
    fn start_tag(
        &mut self,
        prefix: &'a str,
        local: &'a str,
        start: usize,
    ) -> Result<(), DecodeError> {
        let index = match self.frames.last_mut() {
            Some(parent) if same(parent.last_child, local) => {
                parent.last_count = parent.last_count.saturating_add(1);
                parent.last_count
            }
            Some(parent) => {
                parent.last_child = local;
                parent.last_count = 1;
                1
            }
            None => 1,
        };
        let scope_mark = self.scopes.len();
        self.frames.push(Frame {
            prefix,
            local,
            ns: NO_NS,
            start,
            content: start,
            scope_mark,
            index,
            last_child: "",
            last_count: 0,
        });
        if self.frames.len() > MAX_DEPTH {
            return Err(self.error_at(start, DecodeErrorKind::TooDeep));
        }
        self.attrs.clear();
        self.attr_cursor = 0;
        loop {
            match self.token()? {
                Token::Attribute {
                    prefix,
                    local,
                    value,
                    span,
                } => {
                    let (prefix, local) = (prefix.as_str(), local.as_str());
                    let resolved = refs::attribute(value.as_str(), value.start())
                        .map_err(|e| self.error_at(e.offset, e.kind))?;
                    let declared = match (prefix, local) {
                        ("xmlns", name) => Some(name),
                        ("", "xmlns") => Some(""),
                        _ => None,
                    };
                    match declared {
                        Some(name) => self.declare(name, resolved, scope_mark, span.start())?,
                        None => self.attrs.push(Attr {
                            prefix,
                            local,
                            ns: NO_NS,
                            value: resolved,
                            start: span.start(),
                        }),
                    }
                }
                Token::ElementEnd {
                    end: ElementEnd::Open,
                    span,
                } => {
                    self.closed = false;
                    if let Some(f) = self.frames.last_mut() {
                        f.content = span.end();
                    }
                    break;
                }
                Token::ElementEnd {
                    end: ElementEnd::Empty,
                    ..
                } => {
                    self.closed = true;
                    break;
                }
                other => {
                    return Err(self.error_at(
                        other.span().start(),
                        syntax("unexpected token in a start tag"),
                    ))
                }
            }
        }
        let ns = self.resolve(prefix, start)?;
        if let Some(f) = self.frames.last_mut() {
            f.ns = ns;
        }
        for i in 0..self.attrs.len() {
            let (prefix, at) = match self.attrs.get(i) {
                Some(a) if !a.prefix.is_empty() => (a.prefix, a.start),
                _ => continue,
            };
            let ns = self.resolve(prefix, at)?;
            if let Some(a) = self.attrs.get_mut(i) {
                a.ns = ns;
            }
        }
        self.check_duplicate_attributes()
    }

    fn declare(
        &mut self,
        prefix: &'a str,
        uri: std::borrow::Cow<'a, str>,
        mark: usize,
        at: usize,
    ) -> Result<(), DecodeError> {
        if self.scopes.declared_since(mark, prefix) {
            let name = if prefix.is_empty() {
                "xmlns".to_owned()
            } else {
                format!("xmlns:{prefix}")
            };
            return Err(self.error_at(at, DecodeErrorKind::DuplicateAttribute(name)));
        }
        let reserved = match prefix {
            "xmlns" => true,
            "xml" => uri != crate::ns::XML,
            _ => uri == crate::ns::XML || uri == "http://www.w3.org/2000/xmlns/",
        };
        if reserved {
            return Err(self.error_at(at, syntax("reserved namespace prefix or URI")));
        }
        self.scopes.declare(prefix, uri);
        Ok(())
    }

    fn resolve(&self, prefix: &str, at: usize) -> Result<u32, DecodeError> {
        self.scopes
            .resolve(prefix)
            .ok_or_else(|| self.error_at(at, DecodeErrorKind::UndeclaredPrefix(prefix.to_owned())))
    }

    fn check_duplicate_attributes(&self) -> Result<(), DecodeError> {
        for (i, a) in self.attrs.iter().enumerate().skip(1) {
            let earlier = self.attrs.get(..i).unwrap_or_default();
            if earlier
                .iter()
                .any(|b| b.local == a.local && self.scopes.uri(b.ns) == self.scopes.uri(a.ns))
            {
                let name = qualified(a.prefix, a.local);
                return Err(self.error_at(a.start, DecodeErrorKind::DuplicateAttribute(name)));
            }
        }
        Ok(())
    }

    /// Leaves the current element: reads the rest of its content if its decoder
    /// did not, and drops its namespace declarations.
    #[inline]
    pub(crate) fn leave(&mut self) -> Result<(), DecodeError> {
        if !self.closed {
            self.skip_content()?;
        }
        self.pop();
        Ok(())
    }

    #[inline]
    fn pop(&mut self) {
        if let Some(f) = self.frames.pop() {
            self.scopes.truncate(f.scope_mark);
        }
        self.closed = false;
        self.attrs.clear();
        self.attr_cursor = 0;
    }

    /// Reads up to and including the current element's end tag, checking
    /// well-formedness and namespaces on the way.
    fn skip_content(&mut self) -> Result<(), DecodeError> {
        let mut depth = 0usize;
        loop {
            match self.next_event()? {
                Event::Start if self.closed => self.pop(),
                Event::Start => depth += 1,
                Event::End if depth == 0 => return Ok(()),
                Event::End => {
                    self.pop();
                    depth -= 1;
                }
                Event::Text(raw, at) => {
                    if raw.contains('&') {
                        refs::text(raw, at).map_err(|e| self.error_at(e.offset, e.kind))?;
                    }
                }
                Event::Cdata(..) => {}
            }
        }
    }

    #[cold]
    #[inline(never)]
    fn tokenizer_error(&self, e: xmlparser::Error) -> DecodeError {
        use xmlparser::Error as E;
        let (what, cause) = match e {
            E::InvalidDoctype(..) => {
                let pos = e.pos();
                return self.error_at_pos(pos.row, pos.col, DecodeErrorKind::Doctype);
            }
            E::UnknownToken(_) => ("unknown token", None),
            E::InvalidDeclaration(c, _) => ("invalid XML declaration", Some(c)),
            E::InvalidComment(c, _) => ("invalid comment", Some(c)),
            E::InvalidPI(c, _) => ("invalid processing instruction", Some(c)),
            E::InvalidEntity(c, _) => ("invalid entity declaration", Some(c)),
            E::InvalidElement(c, _) => ("invalid element", Some(c)),
            E::InvalidAttribute(c, _) => ("invalid attribute", Some(c)),
            E::InvalidCdata(c, _) => ("invalid CDATA section", Some(c)),
            E::InvalidCharData(c, _) => ("invalid character data", Some(c)),
        };
        let (message, pos) = match cause {
            Some(cause) => {
                let (detail, inner) = stream_error(cause);
                (format!("{what}: {detail}"), inner.unwrap_or(e.pos()))
            }
            None => (what.to_owned(), e.pos()),
        };
        self.error_at_pos(pos.row, pos.col, DecodeErrorKind::Syntax(message))
    }
}

/// A tokenizer cause without its position (the error carries that), and the position.
fn stream_error(e: xmlparser::StreamError) -> (String, Option<xmlparser::TextPos>) {
    use xmlparser::StreamError as S;
    match e {
        S::UnexpectedEndOfStream => ("unexpected end of document".into(), None),
        S::InvalidName => ("invalid name".into(), None),
        S::NonXmlChar(c, pos) => (
            format!("character U+{:04X} is not allowed in XML 1.0", u32::from(c)),
            Some(pos),
        ),
        S::InvalidChar(actual, expected, pos) => (
            format!(
                "expected '{}', found '{}'",
                char::from(expected),
                char::from(actual)
            ),
            Some(pos),
        ),
        S::InvalidCharMultiple(actual, expected, pos) => {
            let expected: Vec<String> = expected
                .iter()
                .map(|&b| format!("'{}'", char::from(b)))
                .collect();
            (
                format!(
                    "expected {}, found '{}'",
                    expected.join(" or "),
                    char::from(actual)
                ),
                Some(pos),
            )
        }
        S::InvalidQuote(c, pos) => (
            format!("expected a quote, found '{}'", char::from(c)),
            Some(pos),
        ),
        S::InvalidSpace(c, pos) => (
            format!("expected a space, found '{}'", char::from(c)),
            Some(pos),
        ),
        S::InvalidString(expected, pos) => (format!("expected '{expected}'"), Some(pos)),
        S::InvalidReference => ("invalid reference".into(), None),
        S::InvalidExternalID => ("invalid external ID".into(), None),
        S::InvalidCommentData => ("'--' is not allowed in comments".into(), None),
        S::InvalidCommentEnd => ("a comment cannot end with '-'".into(), None),
        S::InvalidCharacterData => ("']]>' is not allowed in character data".into(), None),
    }
}

fn syntax(message: &str) -> DecodeErrorKind {
    DecodeErrorKind::Syntax(message.to_owned())
}

fn qualified(prefix: &str, local: &str) -> String {
    if prefix.is_empty() {
        local.to_owned()
    } else {
        format!("{prefix}:{local}")
    }
}
