//! Entity and character references, attribute-value normalization and
//! line-end normalization: raw text in, resolved text out, borrowed when
//! nothing needed changing.

use crate::chars::is_xml_char;
use crate::DecodeErrorKind;
use std::borrow::Cow;

/// A failure at a byte offset of the document.
pub(crate) struct RefError {
    pub kind: DecodeErrorKind,
    pub offset: usize,
}

/// Character data: references resolved, CRLF and CR turned into LF.
/// `base` is the byte offset of `raw` in the document (for errors).
pub(crate) fn text(raw: &str, base: usize) -> Result<Cow<'_, str>, RefError> {
    resolve(raw, base, false)
}

/// An attribute value: references resolved, literal TAB, CR, LF (and CRLF) turned
/// into a space.
pub(crate) fn attribute(raw: &str, base: usize) -> Result<Cow<'_, str>, RefError> {
    resolve(raw, base, true)
}

/// CDATA content: only line ends are normalized.
pub(crate) fn cdata(raw: &str) -> Cow<'_, str> {
    if raw.contains('\r') {
        Cow::Owned(raw.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(raw)
    }
}

#[inline(always)]
fn special(b: u8, attr: bool) -> bool {
    match b {
        b'&' | b'\r' => true,
        b'\t' | b'\n' => attr,
        _ => false,
    }
}

fn resolve(raw: &str, base: usize, attr: bool) -> Result<Cow<'_, str>, RefError> {
    // The tokenizer calls this only for text it saw a special byte in.
    let bytes = raw.as_bytes();
    let Some(first) = bytes.iter().position(|&b| special(b, attr)) else {
        return Ok(Cow::Borrowed(raw));
    };
    let mut out = String::with_capacity(raw.len());
    out.push_str(raw.get(..first).unwrap_or_default());
    let mut i = first;
    while i < bytes.len() {
        // Copy the run of ordinary bytes (special bytes are ASCII, so the run
        // ends on a character boundary).
        let run = bytes[i..]
            .iter()
            .position(|&b| special(b, attr))
            .map_or(bytes.len(), |n| i + n);
        out.push_str(raw.get(i..run).unwrap_or_default());
        i = run;
        match bytes.get(i) {
            None => break,
            Some(b'\r') => {
                out.push(if attr { ' ' } else { '\n' });
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
            }
            Some(b'\t' | b'\n') => {
                out.push(' ');
                i += 1;
            }
            Some(_) => {
                let (c, len) = reference(raw.get(i..).unwrap_or_default(), base + i)?;
                out.push(c);
                i += len;
            }
        }
    }
    Ok(Cow::Owned(out))
}

/// Resolves the reference at the start of `s` (which starts with `&`); returns
/// the character and the reference's length in bytes.
fn reference(s: &str, offset: usize) -> Result<(char, usize), RefError> {
    let syntax = |message: &str| RefError {
        kind: DecodeErrorKind::Syntax(message.to_owned()),
        offset,
    };
    // Names are short; a missing `;` within a reasonable distance is a bare `&`.
    let end = s
        .bytes()
        .take(64)
        .position(|b| b == b';')
        .ok_or_else(|| syntax("'&' does not start a reference"))?;
    let name = s.get(1..end).unwrap_or_default();
    let c = match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        _ => {
            if let Some(number) = name.strip_prefix('#') {
                char_ref(number).ok_or_else(|| RefError {
                    kind: DecodeErrorKind::InvalidCharRef(format!("&{name};")),
                    offset,
                })?
            } else if is_name(name) {
                return Err(RefError {
                    kind: DecodeErrorKind::UnknownEntity(name.to_owned()),
                    offset,
                });
            } else {
                return Err(syntax("'&' does not start a reference"));
            }
        }
    };
    Ok((c, end + 1))
}

/// `xH+` or `D+` to a character XML 1.0 allows.
fn char_ref(number: &str) -> Option<char> {
    let (digits, radix) = match number.strip_prefix('x') {
        Some(hex) => (hex, 16),
        None => (number, 10),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    // Leading zeros are allowed (`&#0000000065;`); past them, 8 digits hold
    // every code point, and more would overflow.
    let significant = digits.trim_start_matches('0');
    if significant.len() > 8 {
        return None;
    }
    let c = char::from_u32(u32::from_str_radix(significant, radix).unwrap_or(0))?;
    is_xml_char(c).then_some(c)
}

/// A loose XML Name check for entity names (enough to tell `&foo;` from a stray `&`).
fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == ':')
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(r: Result<Cow<'_, str>, RefError>) -> Option<(DecodeErrorKind, usize)> {
        r.err().map(|e| (e.kind, e.offset))
    }

    #[test]
    fn borrowed_when_nothing_to_do() {
        assert!(matches!(
            text("plain text", 0),
            Ok(Cow::Borrowed("plain text"))
        ));
        assert!(matches!(attribute("a b", 0), Ok(Cow::Borrowed("a b"))));
    }

    #[test]
    fn resolves_and_normalizes() {
        assert_eq!(
            text("a&lt;b&#x41;&#66;\r\nc\rd", 0).ok().as_deref(),
            Some("a<bAB\nc\nd")
        );
        assert_eq!(
            attribute("a\tb\r\nc\nd&#10;", 0).ok().as_deref(),
            Some("a b c d\n")
        );
        assert_eq!(text("&#13;", 0).ok().as_deref(), Some("\r"));
    }

    #[test]
    fn errors_point_at_the_ampersand() {
        assert_eq!(
            kind(text("ab&foo;", 10)),
            Some((DecodeErrorKind::UnknownEntity("foo".into()), 12))
        );
        assert_eq!(
            kind(text("&#1;", 0)),
            Some((DecodeErrorKind::InvalidCharRef("&#1;".into()), 0))
        );
        assert_eq!(
            kind(text("&#xD800;", 0)),
            Some((DecodeErrorKind::InvalidCharRef("&#xD800;".into()), 0))
        );
        assert!(matches!(
            kind(text("a & b", 0)),
            Some((DecodeErrorKind::Syntax(_), 2))
        ));
    }
}
