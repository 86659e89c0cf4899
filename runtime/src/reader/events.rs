//! The reader's engine: pulls tokens from the [`super::lexer`], reads start tags
//! (attributes, then namespace declarations, then name resolution), matches end
//! tags, and enters and leaves elements.

use super::lexer::{LexError, TagItem, TextKind, Token};
use super::scope::NO_NS;
use super::{refs, Attr, Frame, Reader, MAX_DEPTH};
use crate::{DecodeError, DecodeErrorKind};

/// The length of `<![CDATA[` (a CDATA token's offset is its content's).
const CDATA_OPEN: usize = 9;

/// What the content of the current element holds next.
pub(super) enum Event<'a> {
    /// A child element was entered (it is now the current element).
    Start,
    /// The current element's end tag was read.
    End,
    /// Raw character data, its byte offset, and what the tokenizer saw in it.
    Text(&'a str, usize, TextKind),
    /// CDATA content and its byte offset.
    Cdata(&'a str, usize),
}

impl<'a> Reader<'a> {
    /// The next token.
    #[inline(always)]
    fn token(&mut self) -> Result<Token<'a>, DecodeError> {
        self.lexer.token().map_err(|e| self.lex_error(e))
    }

    /// Up to and including the root element's start tag.
    pub(super) fn prolog(&mut self) -> Result<(), DecodeError> {
        if !self.frames.is_empty() {
            return Ok(());
        }
        loop {
            match self.token()? {
                Token::StartTag { prefix, local, at } => return self.start_tag(prefix, local, at),
                Token::End => return Err(self.error_at(self.text.len(), DecodeErrorKind::NoRoot)),
                Token::Doctype { at } => return Err(self.error_at(at, DecodeErrorKind::Doctype)),
                Token::Declaration | Token::Skipped => {}
                Token::Text { raw, .. } if super::lexer::is_whitespace(raw) => {}
                Token::Cdata { at, .. } => {
                    let at = at - CDATA_OPEN;
                    return Err(
                        self.error_at(at, syntax("unexpected token before the root element"))
                    );
                }
                Token::Text { at, .. } | Token::EndTag { at, .. } => {
                    return Err(
                        self.error_at(at, syntax("unexpected token before the root element"))
                    )
                }
            }
        }
    }

    /// After the root element: only comments, processing instructions and whitespace.
    pub(super) fn epilog(&mut self) -> Result<(), DecodeError> {
        loop {
            match self.token()? {
                Token::End => return Ok(()),
                Token::Skipped => {}
                Token::Text { raw, .. } if super::lexer::is_whitespace(raw) => {}
                Token::Text { raw, at, .. } => {
                    let at = at + (raw.len() - raw.trim_start_matches(super::is_xml_space).len());
                    return Err(self.error_at(at, DecodeErrorKind::TrailingContent));
                }
                Token::Cdata { at, .. } => {
                    return Err(self.error_at(at - CDATA_OPEN, DecodeErrorKind::TrailingContent))
                }
                Token::StartTag { at, .. } | Token::EndTag { at, .. } | Token::Doctype { at } => {
                    return Err(self.error_at(at, DecodeErrorKind::TrailingContent))
                }
                Token::Declaration => {
                    return Err(self.error_at(0, DecodeErrorKind::TrailingContent))
                }
            }
        }
    }

    /// The next thing in the current element's content. Comments and processing
    /// instructions are skipped.
    #[inline]
    pub(super) fn next_event(&mut self) -> Result<Event<'a>, DecodeError> {
        self.next_event_in(false)
    }

    /// [`Self::next_event`]; when `elements`, the content is child elements, and
    /// whitespace before a tag is passed over instead of returned.
    #[inline(always)]
    pub(super) fn next_event_in(&mut self, elements: bool) -> Result<Event<'a>, DecodeError> {
        loop {
            let token = if elements {
                self.lexer.token_after_blank()
            } else {
                self.lexer.token()
            };
            match token.map_err(|e| self.lex_error(e))? {
                Token::StartTag { prefix, local, at } => {
                    self.start_tag(prefix, local, at)?;
                    return Ok(Event::Start);
                }
                Token::EndTag { at } => {
                    let (prefix, local) =
                        self.frames.last().map_or(("", ""), |f| (f.prefix, f.local));
                    let closed = self.lexer.close(at, prefix, local);
                    if !closed.map_err(|e| self.lex_error(e))? {
                        return Err(self.mismatched_end_tag(at));
                    }
                    self.closed = true;
                    return Ok(Event::End);
                }
                Token::Text { raw, at, kind } => return Ok(Event::Text(raw, at, kind)),
                Token::Cdata { raw, at } => return Ok(Event::Cdata(raw, at)),
                Token::Skipped => {}
                Token::End => {
                    return Err(self.error_at(self.text.len(), syntax("unexpected end of document")))
                }
                Token::Doctype { at } => {
                    return Err(self.error_at(at, syntax("unexpected token in element content")))
                }
                Token::Declaration => {
                    return Err(self.error_at(0, syntax("unexpected token in element content")))
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
        let scope_mark = self.scopes.len();
        self.frames.push(Frame {
            prefix,
            local,
            ns: NO_NS,
            start,
            content: start,
            scope_mark,
        });
        if self.frames.len() > MAX_DEPTH {
            return Err(self.error_at(start, DecodeErrorKind::TooDeep));
        }
        self.attrs.clear();
        self.attr_cursor = 0;
        loop {
            let item = self.lexer.tag_item().map_err(|e| self.lex_error(e))?;
            match item {
                TagItem::Attribute {
                    prefix,
                    local,
                    value,
                    value_at,
                    at,
                    plain,
                } => {
                    let resolved = if plain {
                        std::borrow::Cow::Borrowed(value)
                    } else {
                        refs::attribute(value, value_at)
                            .map_err(|e| self.error_at(e.offset, e.kind))?
                    };
                    let declared = match (prefix, local) {
                        ("xmlns", name) => Some(name),
                        ("", "xmlns") => Some(""),
                        _ => None,
                    };
                    match declared {
                        Some(name) => self.declare(name, resolved, scope_mark, at)?,
                        None => self.attrs.push(Attr {
                            prefix,
                            local,
                            ns: NO_NS,
                            value: resolved,
                            start: at,
                        }),
                    }
                }
                TagItem::Open { content } => {
                    self.closed = false;
                    if let Some(f) = self.frames.last_mut() {
                        f.content = content;
                    }
                    break;
                }
                TagItem::Empty => {
                    self.closed = true;
                    break;
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
        if !prefix.is_empty() && uri.is_empty() {
            // Namespaces 1.0 has no undeclaring of a prefix.
            let message = format!("xmlns:{prefix} must not be empty");
            return Err(self.error_at(at, DecodeErrorKind::Syntax(message)));
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
            match self.next_event_in(true)? {
                Event::Start if self.closed => self.pop(),
                Event::Start => depth += 1,
                Event::End if depth == 0 => return Ok(()),
                Event::End => {
                    self.pop();
                    depth -= 1;
                }
                Event::Text(raw, at, TextKind::Special) => {
                    refs::text(raw, at).map_err(|e| self.error_at(e.offset, e.kind))?;
                }
                Event::Text(..) => {}
                Event::Cdata(..) => {}
            }
        }
    }

    /// The error for an end tag at `at` that does not close the open element.
    #[cold]
    #[inline(never)]
    fn mismatched_end_tag(&mut self, at: usize) -> DecodeError {
        match self.lexer.end_tag_name(at) {
            Ok((prefix, local)) => {
                let message = format!(
                    "end tag </{}> does not match the start tag",
                    qualified(prefix, local)
                );
                self.error_at(at, DecodeErrorKind::Syntax(message))
            }
            Err(e) => self.lex_error(e),
        }
    }

    #[cold]
    #[inline(never)]
    pub(super) fn lex_error(&self, e: LexError) -> DecodeError {
        self.error_at(e.at, DecodeErrorKind::Syntax(e.message.into_owned()))
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
