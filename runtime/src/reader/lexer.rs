//! The tokenizer: splits a document into tags and text by scanning bytes through
//! tables, checking well-formedness on the way (names, quotes, `=`, characters
//! XML 1.0 forbids, `]]>` in text). Positions are byte offsets; line and column
//! are computed only when an error is reported.
//!
//! It is written for the reader's hot path: one pass over the bytes, no
//! allocation, nothing copied. References (`&amp;`, `&#233;`) are left in the
//! raw text and attribute values for [`super::refs`] to resolve and check.

mod markup;

use std::borrow::Cow;

/// What the document holds next outside a start tag.
pub(super) enum Token<'a> {
    /// `<prefix:local` of a start tag; its attributes follow through
    /// [`Lexer::tag_item`]. `at` is the offset of the `<`.
    StartTag {
        prefix: &'a str,
        local: &'a str,
        at: usize,
    },
    /// `</` of an end tag, at `at`; [`Lexer::close`] reads the rest.
    EndTag { at: usize },
    /// Character data up to the next `<` (references unresolved).
    Text {
        raw: &'a str,
        at: usize,
        kind: TextKind,
    },
    /// The content of a CDATA section.
    Cdata { raw: &'a str, at: usize },
    /// A comment or a processing instruction (other than the XML declaration).
    Skipped,
    /// The XML declaration (only at the very start of the document).
    Declaration,
    /// A document type declaration (the reader refuses it); `at` is its `<`.
    Doctype { at: usize },
    /// The end of the document.
    End,
}

/// What a scan of character data learnt on the way, so that the reader need
/// not look at the text again.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TextKind {
    /// Only spaces, TABs and LFs.
    Blank,
    /// Something other than whitespace, and nothing to resolve (no `&`, no CR).
    Plain,
    /// A reference or a CR to resolve; may be whitespace only.
    Special,
}

/// What a start tag holds next.
pub(super) enum TagItem<'a> {
    /// `prefix:local="value"`: the raw value (references unresolved), the
    /// value's offset, the offset of the name, and whether the value has
    /// nothing to resolve or normalize (no `&`, TAB, LF or CR).
    Attribute {
        prefix: &'a str,
        local: &'a str,
        value: &'a str,
        value_at: usize,
        at: usize,
        plain: bool,
    },
    /// `>`: the element has content, which starts at `content`.
    Open { content: usize },
    /// `/>`: the element is empty.
    Empty,
}

/// A well-formedness error at a byte offset.
pub(super) struct LexError {
    pub at: usize,
    pub message: Cow<'static, str>,
}

/// The tokenizer's state: the document and how far it has been read.
pub(super) struct Lexer<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    /// A tokenizer at the start of `text` (a byte order mark is skipped).
    pub fn new(text: &'a str) -> Self {
        let pos = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
        Lexer { text, pos }
    }

    /// A tokenizer at byte offset `pos` of `text`, which must be where a token
    /// starts (for reading part of a document again).
    pub fn at(text: &'a str, pos: usize) -> Self {
        Lexer { text, pos }
    }

    /// Steps over `byte` if it is next; whether it was.
    pub fn skip_byte(&mut self, byte: u8) -> bool {
        let next = self.byte(self.pos) == Some(byte);
        if next {
            self.pos += 1;
        }
        next
    }

    /// How far the document has been read.
    pub fn pos(&self) -> usize {
        self.pos
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.bytes().get(at).copied()
    }

    fn slice(&self, from: usize, to: usize) -> &'a str {
        self.text.get(from..to).unwrap_or_default()
    }

    fn starts_with(&self, at: usize, what: &[u8]) -> bool {
        self.bytes()
            .get(at..)
            .is_some_and(|rest| rest.starts_with(what))
    }

    /// The next token outside a start tag.
    #[inline]
    pub fn token(&mut self) -> Result<Token<'a>, LexError> {
        let at = self.pos;
        match self.byte(at) {
            None => Ok(Token::End),
            Some(b'<') => match self.byte(at + 1) {
                Some(b'/') => Ok(Token::EndTag { at }),
                Some(b'!' | b'?') => self.markup(at),
                _ => {
                    self.pos = at + 1;
                    let (prefix, local) = self.qname("invalid element")?;
                    Ok(Token::StartTag { prefix, local, at })
                }
            },
            Some(_) => self.text(at),
        }
    }

    /// [`Self::token`] where whitespace before markup means nothing (between
    /// child elements): such whitespace is passed over instead of returned.
    #[inline]
    pub fn token_after_blank(&mut self) -> Result<Token<'a>, LexError> {
        let i = skip_while(self.bytes(), self.pos, &BLANK);
        if self.byte(i) == Some(b'<') {
            self.pos = i;
        }
        self.token()
    }

    /// The next attribute or the end of the start tag just read.
    #[inline]
    pub fn tag_item(&mut self) -> Result<TagItem<'a>, LexError> {
        let spaced = self.skip_space();
        let at = self.pos;
        match self.byte(at) {
            Some(b'>') => {
                self.pos = at + 1;
                Ok(TagItem::Open { content: at + 1 })
            }
            Some(b'/') => {
                self.expect(at + 1, b'>', "invalid element")?;
                self.pos = at + 2;
                Ok(TagItem::Empty)
            }
            Some(_) if spaced => self.attribute(at),
            Some(_) => Err(self.unexpected(at, "invalid element", "a space, '>' or '/>'")),
            None => Err(end_of_document(at)),
        }
    }

    /// `name="value"` at `at`.
    fn attribute(&mut self, at: usize) -> Result<TagItem<'a>, LexError> {
        const WHAT: &str = "invalid attribute";
        let (prefix, local) = self.qname(WHAT)?;
        self.skip_space();
        self.expect(self.pos, b'=', WHAT)?;
        self.pos += 1;
        self.skip_space();
        let (value, value_at, plain) = self.quoted(WHAT)?;
        Ok(TagItem::Attribute {
            prefix,
            local,
            value,
            value_at,
            at,
            plain,
        })
    }

    /// A quoted attribute value: its raw content, its offset, and whether it has
    /// nothing to resolve. `<` and forbidden characters are errors.
    fn quoted(&mut self, what: &'static str) -> Result<(&'a str, usize, bool), LexError> {
        let open = self.pos;
        let quote = match self.byte(open) {
            Some(q @ (b'"' | b'\'')) => q,
            Some(_) => return Err(self.unexpected(open, what, "a quote")),
            None => return Err(end_of_document(open)),
        };
        let start = open + 1;
        if let Some(end) = known_uri(self.bytes(), start, quote) {
            self.pos = end + 1;
            return Ok((self.slice(start, end), start, true));
        }
        let mut i = start;
        let mut plain = true;
        loop {
            i = skip(self.bytes(), i, &ATTRIBUTE_STOP);
            match self.byte(i) {
                Some(b) if b == quote => break,
                Some(b'"' | b'\'') => i += 1,
                Some(b'&' | b'\t' | b'\n' | b'\r') => {
                    plain = false;
                    i += 1;
                }
                Some(b'<') => {
                    return Err(self.error(
                        i,
                        what,
                        "'<' is not allowed in attribute values".into(),
                    ))
                }
                Some(_) => i = self.special_char(i, what)?,
                None => return Err(end_of_document(i)),
            }
        }
        self.pos = i + 1;
        Ok((self.slice(start, i), start, plain))
    }

    /// Character data from `at` up to the next `<` or the end. Whitespace, the
    /// text between most tags, is skipped first by a narrower scan.
    fn text(&mut self, at: usize) -> Result<Token<'a>, LexError> {
        const WHAT: &str = "invalid character data";
        let mut i = skip_while(self.bytes(), at, &BLANK);
        let mut kind = TextKind::Blank;
        if !matches!(self.byte(i), None | Some(b'<')) {
            kind = TextKind::Plain;
            loop {
                i = skip(self.bytes(), i, &TEXT_STOP);
                match self.byte(i) {
                    None | Some(b'<') => break,
                    Some(b'&' | b'\r') => {
                        kind = TextKind::Special;
                        i += 1;
                    }
                    Some(b']') if self.starts_with(i, b"]]>") => {
                        return Err(self.error(
                            i,
                            WHAT,
                            "']]>' is not allowed in character data".into(),
                        ))
                    }
                    Some(b']') => i += 1,
                    Some(_) => i = self.special_char(i, WHAT)?,
                }
            }
        }
        self.pos = i;
        Ok(Token::Text {
            raw: self.slice(at, i),
            at,
            kind,
        })
    }

    /// The content of the element `prefix:local` when it is only character
    /// data (no markup, no `]`, no character a scan stops on) followed by the
    /// element's own end tag: reads through that end tag and returns the raw
    /// text, its offset, and whether it has references or CRs to resolve.
    /// Otherwise reads nothing and returns `None`, and the caller tokenizes
    /// the content the general way. Most EWS elements are such leaves.
    #[inline]
    pub fn leaf_text(
        &mut self,
        prefix: &str,
        local: &str,
    ) -> Result<Option<(&'a str, usize, bool)>, LexError> {
        let at = self.pos;
        let bytes = self.bytes();
        let mut i = at;
        let mut special = false;
        loop {
            i = skip(bytes, i, &TEXT_STOP);
            match bytes.get(i) {
                Some(b'<') => break,
                Some(b'&' | b'\r') => {
                    special = true;
                    i += 1;
                }
                _ => return Ok(None),
            }
        }
        if bytes.get(i + 1) != Some(&b'/') || !self.close(i, prefix, local)? {
            return Ok(None);
        }
        Ok(Some((self.slice(at, i), at, special)))
    }

    /// At a control character or an `0xEF` lead byte that a scan stopped on:
    /// an error if it is a character XML 1.0 forbids (C0 controls other than
    /// TAB, LF and CR; U+FFFE and U+FFFF), else the offset to go on from.
    fn special_char(&self, i: usize, what: &'static str) -> Result<usize, LexError> {
        let c = char_at(self.text, i);
        if crate::chars::is_xml_char(c) {
            return Ok(i + 1);
        }
        Err(self.forbidden(i, what, c))
    }

    /// Reads the end tag at `at` through its `>` if it names `prefix:local`
    /// (the open element: comparing bytes is enough, its name was checked when
    /// it started) and returns true; returns false, having read nothing, if it
    /// names another element.
    #[inline]
    pub fn close(&mut self, at: usize, prefix: &str, local: &str) -> Result<bool, LexError> {
        let mut i = at + 2;
        if !prefix.is_empty() {
            if !(self.starts_with(i, prefix.as_bytes())
                && self.byte(i + prefix.len()) == Some(b':'))
            {
                return Ok(false);
            }
            i += prefix.len() + 1;
        }
        if !self.starts_with(i, local.as_bytes()) {
            return Ok(false);
        }
        i += local.len();
        match self.byte(i) {
            Some(b'>') => {}
            Some(b) if NAME_CLASS[usize::from(b)] != 0 => return Ok(false),
            _ => {
                self.pos = i;
                self.skip_space();
                i = self.pos;
                self.expect(i, b'>', "invalid element")?;
            }
        }
        self.pos = i + 1;
        Ok(true)
    }

    /// The name of the end tag at `at` (for an error about a mismatch).
    #[cold]
    pub fn end_tag_name(&mut self, at: usize) -> Result<(&'a str, &'a str), LexError> {
        self.pos = at + 2;
        let name = self.qname("invalid element")?;
        self.skip_space();
        match self.byte(self.pos) {
            // `<ab></a` cut short is the end of the document, not `</a>`.
            None => Err(end_of_document(self.pos)),
            Some(_) => Ok(name),
        }
    }

    /// A QName at the current position, split into (prefix, local); both must
    /// be NCNames (the prefix may be absent). One pass: ASCII names, nearly all
    /// names, are checked by their classes; others by [`is_name`].
    #[inline]
    fn qname(&mut self, what: &'static str) -> Result<(&'a str, &'a str), LexError> {
        let bytes = self.bytes();
        let start = self.pos;
        let mut i = start;
        let (mut colon, mut colons, mut seen) = (start, 0u32, 0u8);
        loop {
            // ASCII letters, digits, `_`, `-` and `.`: eight at a time, then one by one.
            while let Some(chunk) = chunk8(bytes, i) {
                if !chunk
                    .iter()
                    .fold(true, |all, &b| all & ASCII_NAME[usize::from(b)])
                {
                    break;
                }
                i += 8;
            }
            i = skip_while(bytes, i, &ASCII_NAME);
            match bytes.get(i).map(|&b| NAME_CLASS[usize::from(b)]) {
                Some(COLON) => {
                    colon = i;
                    colons += 1;
                }
                Some(NON_ASCII) => seen |= NON_ASCII,
                _ => break,
            }
            i += 1;
        }
        let (prefix, local) = match colons {
            0 => ("", self.slice(start, i)),
            _ => (self.slice(start, colon), self.slice(colon + 1, i)),
        };
        let valid = colons <= 1
            && if seen & NON_ASCII == 0 {
                starts_name(local) && (colons == 0 || starts_name(prefix))
            } else {
                is_name(local) && (colons == 0 || is_name(prefix))
            };
        if !valid {
            // A name the document ends in may just be cut short.
            return Err(match self.byte(i) {
                None => end_of_document(i),
                Some(_) => self.error(start, what, "invalid name".into()),
            });
        }
        self.pos = i;
        Ok((prefix, local))
    }

    /// Skips XML whitespace; whether there was any.
    #[inline]
    fn skip_space(&mut self) -> bool {
        let start = self.pos;
        self.pos = skip_while(self.bytes(), start, &SPACE);
        self.pos > start
    }

    fn expect(&self, at: usize, wanted: u8, what: &'static str) -> Result<(), LexError> {
        match self.byte(at) {
            Some(b) if b == wanted => Ok(()),
            Some(_) => Err(self.unexpected(at, what, &format!("'{}'", char::from(wanted)))),
            None => Err(end_of_document(at)),
        }
    }

    #[cold]
    fn unexpected(&self, at: usize, what: &'static str, expected: &str) -> LexError {
        if at >= self.text.len() {
            return end_of_document(at);
        }
        let found = char_at(self.text, at).escape_debug();
        self.error(at, what, format!("expected {expected}, found '{found}'"))
    }

    /// The error for a character XML 1.0 forbids.
    #[cold]
    fn forbidden(&self, at: usize, what: &'static str, c: char) -> LexError {
        let detail = format!("character U+{:04X} is not allowed in XML 1.0", u32::from(c));
        self.error(at, what, detail)
    }

    #[cold]
    fn error(&self, at: usize, what: &'static str, detail: String) -> LexError {
        LexError {
            at,
            message: Cow::Owned(format!("{what}: {detail}")),
        }
    }
}

/// The "unexpected end of document" error at `at`.
#[cold]
fn end_of_document(at: usize) -> LexError {
    LexError {
        at,
        message: Cow::Borrowed("unexpected end of document"),
    }
}

/// The character starting at byte `i` (U+FFFD if `i` is not a boundary).
fn char_at(text: &str, i: usize) -> char {
    text.get(i..)
        .and_then(|rest| rest.chars().next())
        .unwrap_or('\u{FFFD}')
}

/// Whether an ASCII name part starts with a letter or `_` (the rest of its
/// bytes were checked by [`NAME_CLASS`]).
#[inline]
fn starts_name(part: &str) -> bool {
    part.as_bytes()
        .first()
        .is_some_and(|&b| NAME_CLASS[usize::from(b)] == START)
}

/// Whether `name` (no colon) is an NCName.
#[inline]
fn is_name(name: &str) -> bool {
    crate::chars::is_ncname(name)
}

/// The first offset from `i` whose byte is marked in `stop` (or the length).
/// Eight bytes at a time while none of them is marked: their table entries are
/// or-ed together and tested once, so a run of plain text costs one branch per
/// eight bytes rather than one per byte.
#[inline(always)]
fn skip(bytes: &[u8], mut i: usize, stop: &[bool; 256]) -> usize {
    while let Some(chunk) = chunk8(bytes, i) {
        if chunk
            .iter()
            .fold(false, |hit, &b| hit | stop[usize::from(b)])
        {
            break;
        }
        i += 8;
    }
    first_where(bytes, i, |b| stop[usize::from(b)])
}

/// If the bytes at `start` are the URI of a namespace [`crate::Ns`] names
/// (EWS documents declare them, often on every element: `xmlns="…/types"`)
/// followed by `quote`, the offset of that quote: such a value is recognised
/// by one comparison instead of a scan, as nothing in it needs resolving or
/// checking. All of them start with `http://s`.
#[inline]
fn known_uri(bytes: &[u8], start: usize, quote: u8) -> Option<usize> {
    let rest = bytes.get(start..)?;
    if rest.get(..8)? != b"http://s" {
        return None;
    }
    crate::namespace::KNOWN_URIS.iter().find_map(|uri| {
        let end = start + uri.len();
        (rest.starts_with(uri.as_bytes()) && bytes.get(end) == Some(&quote)).then_some(end)
    })
}

/// The eight bytes at `i`, if there are eight.
#[inline(always)]
fn chunk8(bytes: &[u8], i: usize) -> Option<&[u8; 8]> {
    bytes.get(i..i.wrapping_add(8))?.try_into().ok()
}

/// The first offset from `i` whose byte is not marked in `keep`.
#[inline(always)]
fn skip_while(bytes: &[u8], i: usize, keep: &[bool; 256]) -> usize {
    first_where(bytes, i, |b| !keep[usize::from(b)])
}

#[inline(always)]
fn first_where(bytes: &[u8], mut i: usize, found: impl Fn(u8) -> bool) -> usize {
    while let Some(&b) = bytes.get(i) {
        if found(b) {
            break;
        }
        i += 1;
    }
    i
}

/// Whether `s` is only XML whitespace.
pub(super) fn is_whitespace(s: &str) -> bool {
    skip_while(s.as_bytes(), 0, &SPACE) == s.len()
}

/// A table marking `bytes`, plus the C0 controls other than TAB, LF and CR
/// when `controls`, plus `0xEF` (the lead byte of U+FFFE and U+FFFF) when
/// `controls`.
const fn table(bytes: &[u8], controls: bool) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    if controls {
        let mut c = 0;
        while c < 0x20 {
            if !matches!(c, 0x09 | 0x0A | 0x0D) {
                t[c] = true;
            }
            c += 1;
        }
        t[0xEF] = true;
    }
    t
}

/// Where a scan of character data stops.
const TEXT_STOP: [bool; 256] = table(b"<]&\r", true);
/// Where a scan of an attribute value stops.
const ATTRIBUTE_STOP: [bool; 256] = table(b"<\"'&\t\n\r", true);
/// Whitespace that needs no normalizing (no CR).
const BLANK: [bool; 256] = table(b" \t\n", false);
/// XML whitespace.
const SPACE: [bool; 256] = table(b" \t\r\n", false);
/// [`NAME_CLASS`] of a byte that may start a name (ASCII letter, `_`).
const START: u8 = 1;
/// ... that may only continue one (ASCII digit, `-`, `.`).
const FOLLOW: u8 = 2;
/// ... the colon between prefix and local name.
const COLON: u8 = 4;
/// ... a byte of a non-ASCII character (the name is checked by [`is_name`]).
const NON_ASCII: u8 = 8;

/// The ASCII bytes of a name other than the colon: [`START`] and [`FOLLOW`].
const ASCII_NAME: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = NAME_CLASS[b] & (START | FOLLOW) != 0;
        b += 1;
    }
    t
};

/// The class of each byte in a QName; 0 ends the name.
pub(super) const NAME_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            NON_ASCII
        } else if c.is_ascii_alphabetic() || c == b'_' {
            START
        } else if c.is_ascii_digit() || c == b'-' || c == b'.' {
            FOLLOW
        } else if c == b':' {
            COLON
        } else {
            0
        };
        b += 1;
    }
    t
};
