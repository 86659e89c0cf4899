//! A namespace-aware pull reader over our own tokenizer ([`lexer`]) that keeps
//! positions and the element path for errors. Generated `Decode` impls drive it.

use crate::{ns, AnyElement, Decode, DecodeError, DecodeErrorKind, Extra, Ns, QName, SimpleType};
use std::borrow::Cow;

mod capture;
mod events;
mod lexer;
mod place;
mod refs;
mod scope;
mod xsi;

use events::Event;
use lexer::{is_whitespace, TextKind};
use scope::{NsId, Scopes};

/// Elements nested deeper than this are an error (`DecodeErrorKind::TooDeep`).
pub const MAX_DEPTH: usize = 128;

/// Room for this many open elements is made when a reader starts.
const FRAMES: usize = 11;
const _: () = assert!(FRAMES * std::mem::size_of::<Frame<'static>>() < 1000);

/// The reader. See [`crate::Decode`] for the protocol generated code follows.
///
/// Typical generated use:
/// ```ignore
/// while let Some(name) = r.next_attribute() {
///     match name {
///         ("", "Id") => r.attribute(&mut id)?,
///         _ => r.keep_attribute(&mut extra),
///     }
/// }
/// // const T: rt::Ns<'static> = rt::Ns::Types;
/// while let Some(name) = r.next_child()? {
///     match name {
///         (T, "DisplayName") => r.set(&mut display_name)?,
///         (T, "Member") => r.push(&mut members)?,
///         (T, "ItemId") => r.set_with(&mut id_choice, IdChoice::ItemId)?,
///         _ => r.keep(&mut extra)?,
///     }
/// }
/// Ok(Self { display_name: r.required(display_name, "DisplayName")?, members, extra, .. })
/// ```
pub struct Reader<'a> {
    text: &'a str,
    lexer: lexer::Lexer<'a>,
    scopes: Scopes<'a>,
    /// Entered elements, root first; the last is the current element.
    frames: Vec<Frame<'a>>,
    /// The current element's attributes (namespace declarations excluded).
    attrs: Vec<Attr<'a>>,
    /// Index of the next attribute `next_attribute` returns.
    attr_cursor: usize,
    /// Whether the current element's end tag has been read (or it was `<a/>`).
    closed: bool,
}

/// An entered element.
struct Frame<'a> {
    prefix: &'a str,
    local: &'a str,
    ns: NsId,
    /// Byte offset of its `<`.
    start: usize,
    /// Byte offset just after its start tag.
    content: usize,
    /// Scope mark to truncate to when leaving it.
    scope_mark: usize,
}

/// An attribute of the current start tag, value resolved.
struct Attr<'a> {
    prefix: &'a str,
    local: &'a str,
    ns: NsId,
    value: Cow<'a, str>,
    /// Byte offset of its name.
    start: usize,
}

impl<'a> Reader<'a> {
    /// A reader over a whole document.
    pub fn new(text: &'a str) -> Self {
        Reader {
            text,
            lexer: lexer::Lexer::new(text),
            scopes: Scopes::new(),
            // Deep enough for EWS documents (about ten levels), and under 1 KB:
            // glibc's malloc sorts through all its recently freed blocks on
            // every larger request, which made this one allocation cost about
            // 5% of decoding a small document.
            frames: Vec::with_capacity(FRAMES),
            attrs: Vec::with_capacity(8),
            attr_cursor: 0,
            closed: false,
        }
    }

    /// Skips the prolog (XML declaration, comments, processing instructions,
    /// whitespace; a DOCTYPE is an error) and enters the root element.
    pub fn enter_root(&mut self) -> Result<(), DecodeError> {
        self.prolog()
    }

    /// After the root element's `decode` returned: only whitespace, comments and
    /// processing instructions may follow.
    pub fn finish(&mut self) -> Result<(), DecodeError> {
        while !self.frames.is_empty() {
            self.leave()?;
        }
        self.epilog()
    }

    /// (namespace, local name) of the current element. The https:// spelling
    /// of EWS namespaces is reported as the http:// one (see `ns::ALIASES`).
    #[inline]
    pub fn name(&self) -> (Ns<'_>, &'a str) {
        match self.frames.last() {
            Some(f) => (self.scopes.ns(f.ns), f.local),
            None => (Ns::None, ""),
        }
    }

    /// Moves to the current element's next attribute (namespace declarations are
    /// skipped) and returns its (namespace URI or "", local name).
    #[inline]
    pub fn next_attribute(&mut self) -> Option<(&str, &'a str)> {
        let a = self.attrs.get(self.attr_cursor)?;
        self.attr_cursor += 1;
        Some((self.scopes.uri(a.ns), a.local))
    }

    /// Parses the current attribute's value into `slot`.
    /// Error (`InvalidValue`, at the attribute's position) if it does not parse.
    pub fn attribute<T: SimpleType>(&mut self, slot: &mut Option<T>) -> Result<(), DecodeError> {
        let Some(a) = self
            .attr_cursor
            .checked_sub(1)
            .and_then(|i| self.attrs.get(i))
        else {
            return Ok(());
        };
        match T::parse(&a.value) {
            Ok(v) => {
                *slot = Some(v);
                Ok(())
            }
            Err(e) => Err(self.error_at(a.start, invalid(&a.value, e.expected))),
        }
    }

    /// Keeps the current attribute in `extra`.
    pub fn keep_attribute(&mut self, extra: &mut Extra) {
        if let Some(a) = self
            .attr_cursor
            .checked_sub(1)
            .and_then(|i| self.attrs.get(i))
        {
            extra.push_attribute(self.any_attribute(a));
        }
    }

    /// Moves to the next child element of the current element and enters it,
    /// returning its namespace and local name; skips whitespace, comments and
    /// processing instructions. Returns `None` when the current element's end
    /// tag is reached. Non-whitespace text is `UnexpectedText`.
    pub fn next_child(&mut self) -> Result<Option<(Ns<'_>, &'a str)>, DecodeError> {
        if self.closed || self.frames.is_empty() {
            return Ok(None);
        }
        loop {
            match self.next_event_in(true)? {
                Event::Start => return Ok(Some(self.name())),
                Event::End => return Ok(None),
                Event::Text(_, _, TextKind::Blank) => {}
                Event::Text(raw, at, kind) => {
                    if kind == TextKind::Plain || !is_whitespace(raw) {
                        let at = at + (raw.len() - raw.trim_start_matches(is_xml_space).len());
                        return Err(self.error_at(at, DecodeErrorKind::UnexpectedText));
                    }
                }
                Event::Cdata(raw, at) => {
                    if !is_whitespace(raw) {
                        return Err(self.error_at(at, DecodeErrorKind::UnexpectedText));
                    }
                }
            }
        }
    }

    /// Decodes the child just entered as `T` and leaves it.
    #[inline]
    pub fn decode<T: Decode>(&mut self) -> Result<T, DecodeError> {
        let value = T::decode(self)?;
        self.leave()?;
        Ok(value)
    }

    /// Decodes the child just entered into `slot`; `DuplicateElement` if already set.
    #[inline]
    pub fn set<T: Decode>(&mut self, slot: &mut Option<T>) -> Result<(), DecodeError> {
        if slot.is_some() {
            return Err(self.duplicate());
        }
        // Stored before leaving, so that a large value is moved once.
        *slot = Some(T::decode(self)?);
        self.leave()
    }

    /// Decodes the child just entered, wraps it with `wrap` (a choice variant) and
    /// stores it in `slot`; `DuplicateElement` if already set.
    pub fn set_with<T: Decode, U>(
        &mut self,
        slot: &mut Option<U>,
        wrap: fn(T) -> U,
    ) -> Result<(), DecodeError> {
        if slot.is_some() {
            return Err(self.duplicate());
        }
        *slot = Some(wrap(T::decode(self)?));
        self.leave()
    }

    /// Decodes the child just entered and appends it.
    #[inline]
    pub fn push<T: Decode>(&mut self, list: &mut Vec<T>) -> Result<(), DecodeError> {
        let value = T::decode(self)?;
        grow(list);
        list.push(value);
        self.leave()
    }

    /// Decodes the child just entered, wraps it, and appends it.
    pub fn push_with<T: Decode, U>(
        &mut self,
        list: &mut Vec<U>,
        wrap: fn(T) -> U,
    ) -> Result<(), DecodeError> {
        let value = wrap(T::decode(self)?);
        grow(list);
        list.push(value);
        self.leave()
    }

    /// Keeps the child just entered, whole, in `extra`.
    pub fn keep(&mut self, extra: &mut Extra) -> Result<(), DecodeError> {
        extra.push_element(self.any()?);
        Ok(())
    }

    /// Reads the child just entered, whole, as an [`AnyElement`] (for `xs:any`).
    pub fn any(&mut self) -> Result<AnyElement, DecodeError> {
        let element = self.capture()?;
        self.leave()?;
        Ok(element)
    }

    /// Reads the current element's text content up to its end tag (text and CDATA
    /// concatenated, references resolved, comments skipped). A child element is
    /// `UnexpectedElement`.
    pub fn text(&mut self) -> Result<Cow<'a, str>, DecodeError> {
        self.text_at().map(|(text, _)| text)
    }

    /// [`Self::text`] parsed as `T`; `InvalidValue` (at the text's position) if it
    /// does not parse. Attributes of the element other than `xsi:type` are
    /// `UnexpectedAttribute` (those already visited with [`Self::next_attribute`]
    /// are left to the caller).
    pub fn text_value<T: SimpleType>(&mut self) -> Result<T, DecodeError> {
        let unexpected = self
            .attrs
            .get(self.attr_cursor..)
            .unwrap_or_default()
            .iter()
            .find(|a| !(a.local == "type" && self.scopes.uri(a.ns) == ns::XSI));
        if let Some(a) = unexpected {
            return Err(self.error_at(
                a.start,
                DecodeErrorKind::UnexpectedAttribute(a.local.to_owned()),
            ));
        }
        self.attr_cursor = self.attrs.len();
        let (text, at) = self.text_at()?;
        T::parse(&text).map_err(|e| self.error_at(at, invalid(&text, e.expected)))
    }

    /// Reads the text content as a QName (`prefix:local`), resolving the prefix with
    /// the declarations in scope at this element (for SOAP `faultcode`).
    pub fn qname_text(&mut self) -> Result<QName, DecodeError> {
        let (text, at) = self.text_at()?;
        let (ns, local) = self.resolve_qname(&text, at)?;
        Ok(QName {
            ns: ns.to_owned(),
            local: local.to_owned(),
        })
    }

    /// A QName value (`prefix:local`) as (namespace URI, local name), resolved with
    /// the declarations in scope; errors are reported at byte offset `at`.
    fn resolve_qname<'t>(&self, text: &'t str, at: usize) -> Result<(&str, &'t str), DecodeError> {
        let Some((prefix, local)) = crate::chars::split_qname(text) else {
            return Err(self.error_at(at, invalid(text, "xs:QName")));
        };
        match self.scopes.resolve(prefix) {
            Some(id) => Ok((self.scopes.uri(id), local)),
            None => Err(self.error_at(at, DecodeErrorKind::UndeclaredPrefix(prefix.to_owned()))),
        }
    }

    /// `slot`'s value, or `MissingElement(name)` reported at the current element.
    pub fn required<T>(&self, slot: Option<T>, name: &str) -> Result<T, DecodeError> {
        slot.ok_or_else(|| self.error(DecodeErrorKind::MissingElement(name.to_owned())))
    }

    /// `slot`'s value, or `MissingAttribute(name)` reported at the current element.
    pub fn required_attribute<T>(&self, slot: Option<T>, name: &str) -> Result<T, DecodeError> {
        slot.ok_or_else(|| self.error(DecodeErrorKind::MissingAttribute(name.to_owned())))
    }

    /// An error of `kind` at the current element (its start tag's position and path).
    pub fn error(&self, kind: DecodeErrorKind) -> DecodeError {
        self.error_at(self.frames.last().map_or(0, |f| f.start), kind)
    }

    fn duplicate(&self) -> DecodeError {
        self.error(DecodeErrorKind::DuplicateElement(self.name().1.to_owned()))
    }

    /// The text content and the byte offset where it starts.
    fn text_at(&mut self) -> Result<(Cow<'a, str>, usize), DecodeError> {
        let Some(frame) = self.frames.last() else {
            return Ok((Cow::Borrowed(""), 0));
        };
        if !self.closed {
            let leaf = self.lexer.leaf_text(frame.prefix, frame.local);
            if let Some((raw, at, special)) = leaf.map_err(|e| self.lex_error(e))? {
                self.closed = true;
                let text = if special {
                    refs::text(raw, at).map_err(|e| self.error_at(e.offset, e.kind))?
                } else {
                    Cow::Borrowed(raw)
                };
                return Ok((text, at));
            }
        }
        let mut at = if self.closed {
            frame.start
        } else {
            frame.content
        };
        let mut text: Option<Cow<'a, str>> = None;
        while !self.closed {
            let piece = match self.next_event()? {
                Event::Text(raw, offset, kind) => {
                    if text.is_none() {
                        at = offset;
                    }
                    if kind == TextKind::Special {
                        refs::text(raw, offset).map_err(|e| self.error_at(e.offset, e.kind))?
                    } else {
                        Cow::Borrowed(raw)
                    }
                }
                Event::Cdata(raw, offset) => {
                    if text.is_none() {
                        at = offset;
                    }
                    refs::cdata(raw)
                }
                Event::End => break,
                Event::Start => {
                    let local = self.name().1.to_owned();
                    return Err(self.error(DecodeErrorKind::UnexpectedElement(local)));
                }
            };
            text = Some(match text {
                None => piece,
                Some(mut acc) => {
                    acc.to_mut().push_str(&piece);
                    acc
                }
            });
        }
        Ok((text.unwrap_or(Cow::Borrowed("")), at))
    }
}

impl Decode for QName {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        r.qname_text()
    }
}

impl Decode for AnyElement {
    /// Captures the current element whole (for a header or body kept as-is).
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        r.capture()
    }
}

/// Makes room for one more item. The first four items get exactly the room
/// they need: most lists in EWS responses hold one or two items, and `Vec`'s
/// own first allocation is room for four. Past four, `Vec` doubles as usual.
/// (Growing lists of large items by half instead, to bound their unused room,
/// saved nothing resident, as room never written is never paged in, and cost
/// time: twice the copying, and with glibc a last block that is mapped afresh
/// on every decode.)
#[inline]
fn grow<T>(list: &mut Vec<T>) {
    if list.len() == list.capacity() && list.len() < 4 {
        list.reserve_exact(1);
    }
}

fn invalid(value: &str, expected: &str) -> DecodeErrorKind {
    DecodeErrorKind::InvalidValue {
        value: value.to_owned(),
        expected: expected.to_owned(),
    }
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}
