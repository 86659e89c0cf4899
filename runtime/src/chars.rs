//! XML 1.0 character classes shared by the reader and the writer: `Char`,
//! `NameStartChar`, `NameChar` and `NCName`; and a cheap name comparison.

/// XML 1.0 `Char`: TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and up.
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// String equality for the short names and prefixes the reader compares at
/// run time: an inlined byte loop, which is much cheaper than a `memcmp` call
/// for a few bytes.
#[inline]
pub(crate) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// An XML 1.0 NCName (a Name without colons). ASCII names, which are nearly
/// all names, take one table lookup and one OR per byte, without a branch;
/// anything else (non-ASCII or invalid) goes to the full check.
#[inline]
pub(crate) fn is_ncname(name: &str) -> bool {
    // Non-ASCII bytes are `NOT` in the table, so such names take the slow path.
    let ascii_ok = match name.as_bytes() {
        [first, rest @ ..] => {
            ASCII_NAME[usize::from(*first)] == START
                && rest
                    .iter()
                    .fold(0, |bad, &b| bad | NOT_NAME[usize::from(b)])
                    == 0
        }
        [] => false,
    };
    ascii_ok || is_ncname_chars(name)
}

/// The full NCName check, for any name; a `const fn`, so names known when a
/// program is compiled are checked then (see `writer::Name`).
pub(crate) const fn is_ncname_chars(name: &str) -> bool {
    let bytes = name.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (c, len) = decode_utf8(bytes, i);
        let ok = if i == 0 {
            is_name_start(c)
        } else {
            is_name_char(c)
        };
        if !ok {
            return false;
        }
        i += len;
    }
    !bytes.is_empty()
}

/// The character starting at byte `i` of valid UTF-8, and its length
/// (U+FFFD, length 1, where `i` is not the start of a character).
const fn decode_utf8(bytes: &[u8], i: usize) -> (char, usize) {
    let b0 = if i < bytes.len() {
        bytes[i] as u32
    } else {
        0x80
    };
    let (code, len) = if b0 < 0x80 {
        (b0, 1)
    } else if b0 >= 0xF0 {
        let c = ((b0 & 0x07) << 18)
            | (continuation(bytes, i + 1) << 12)
            | (continuation(bytes, i + 2) << 6)
            | continuation(bytes, i + 3);
        (c, 4)
    } else if b0 >= 0xE0 {
        let c =
            ((b0 & 0x0F) << 12) | (continuation(bytes, i + 1) << 6) | continuation(bytes, i + 2);
        (c, 3)
    } else if b0 >= 0xC0 {
        (((b0 & 0x1F) << 6) | continuation(bytes, i + 1), 2)
    } else {
        (0xFFFD, 1)
    };
    match char::from_u32(code) {
        Some(c) => (c, len),
        None => ('\u{FFFD}', len),
    }
}

/// The payload bits of the UTF-8 continuation byte at `k` (0 past the end).
const fn continuation(bytes: &[u8], k: usize) -> u32 {
    if k < bytes.len() {
        (bytes[k] & 0x3F) as u32
    } else {
        0
    }
}

const NOT: u8 = 0;
const START: u8 = 1;
const NAME: u8 = 2;

/// For each ASCII byte: whether it may start an NCName, continue one, or neither.
const ASCII_NAME: [u8; 256] = {
    let mut table = [NOT; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c >= 128 {
            NOT
        } else if c.is_ascii_alphabetic() || c == b'_' {
            START
        } else if c.is_ascii_digit() || c == b'-' || c == b'.' {
            NAME
        } else {
            NOT
        };
        b += 1;
    }
    table
};

/// For each byte: 1 unless it may continue an ASCII NCName ([`ASCII_NAME`]
/// not `NOT`); every non-ASCII byte is 1.
const NOT_NAME: [u8; 256] = {
    let mut table = [1u8; 256];
    let mut b = 0;
    while b < 256 {
        if ASCII_NAME[b] != NOT {
            table[b] = 0;
        }
        b += 1;
    }
    table
};

const fn is_name_start(c: char) -> bool {
    matches!(c,
        'A'..='Z' | '_' | 'a'..='z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}' | '\u{2070}'..='\u{218F}'
        | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

const fn is_name_char(c: char) -> bool {
    is_name_start(c)
        || matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// `prefix:local` or `local` (XML whitespace around it trimmed) split into
/// (prefix, local), both NCNames (the prefix may be empty); `None` if it is not
/// a QName.
pub(crate) fn split_qname(text: &str) -> Option<(&str, &str)> {
    let trimmed = crate::simple::trim_xml(text);
    let (prefix, local) = trimmed.split_once(':').unwrap_or(("", trimmed));
    let prefix_ok = if trimmed.contains(':') {
        is_ncname(prefix)
    } else {
        true
    };
    (prefix_ok && is_ncname(local)).then_some((prefix, local))
}

#[cfg(test)]
mod tests {
    use super::{is_ncname, is_xml_char};

    #[test]
    fn ncnames() {
        assert!(is_ncname("DisplayName"));
        assert!(is_ncname("_a-b.c9é"));
        assert!(!is_ncname(""));
        assert!(!is_ncname("9a"));
        assert!(!is_ncname("a:b"));
        assert!(!is_ncname("a b"));
        assert!(!is_ncname("a/b"));
        for name in ["a", "_", "A-b.c_9", "é", "aé", "x\u{B7}"] {
            assert!(is_ncname(name), "{name}");
        }
        for name in ["1a", "-a", ".a", "a\u{0}", "a/", "\u{D7}"] {
            assert!(!is_ncname(name), "{name}");
        }
    }

    #[test]
    fn xml_chars() {
        assert!(is_xml_char('\t') && is_xml_char('\u{10FFFF}') && is_xml_char('\u{FFFD}'));
        assert!(!is_xml_char('\u{0}') && !is_xml_char('\u{1F}') && !is_xml_char('\u{FFFE}'));
    }
}
