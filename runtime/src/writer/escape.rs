//! Escaping of text and attribute values, refusing characters XML 1.0 forbids.

/// Appends `s` as character data: `&`, `<`, `>` and CR escaped.
/// `Err(c)` for a character XML 1.0 forbids.
#[inline]
pub(super) fn text(out: &mut String, s: &str) -> Result<(), char> {
    if needs_attention(s, TEXT) {
        return escape(out, s, false);
    }
    out.push_str(s);
    Ok(())
}

/// Appends `s` as an attribute value (in double quotes): `&`, `<`, `>`, `"`, `'`
/// and CR, LF, TAB escaped so that the value reads back unchanged.
#[inline]
pub(super) fn attribute(out: &mut String, s: &str) -> Result<(), char> {
    if needs_attention(s, ATTRIBUTE) {
        return escape(out, s, true);
    }
    out.push_str(s);
    Ok(())
}

/// [`ATTENTION`] bit for text.
const TEXT: u8 = 1;
/// [`ATTENTION`] bit for attribute values.
const ATTRIBUTE: u8 = 2;

/// Per byte: bit 0 if it may need escaping or refusing in text, bit 1 in an
/// attribute value (a superset: TAB and LF in text and U+EFxx characters other
/// than U+FFFE/U+FFFF pass the slow path unchanged).
const ATTENTION: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let both = c < 0x20 || c == b'&' || c == b'<' || c == b'>' || c == 0xEF;
        table[b] = if both {
            3
        } else if c == b'"' || c == b'\'' {
            2
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Whether some byte of `s` may need escaping or refusing (`mask`: [`TEXT`] or
/// [`ATTRIBUTE`]). Most values need nothing: one table lookup and one OR per
/// byte, no branch.
#[inline]
fn needs_attention(s: &str, mask: u8) -> bool {
    let hits = s
        .bytes()
        .fold(0u8, |hit, b| hit | ATTENTION[usize::from(b)]);
    hits & mask != 0
}

/// Appends `s` escaped, byte by byte (values that need it).
#[inline(never)]
fn escape(out: &mut String, s: &str, attr: bool) -> Result<(), char> {
    let bytes = s.as_bytes();
    let mut copied = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let replacement = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'\r' => "&#13;",
            b'"' if attr => "&quot;",
            b'\'' if attr => "&apos;",
            b'\n' if attr => "&#10;",
            b'\t' if attr => "&#9;",
            b'\n' | b'\t' => continue,
            0..=0x1F => return Err(char::from(b)),
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.
            0xEF => match bytes.get(i + 1..i + 3) {
                Some([0xBF, 0xBE]) => return Err('\u{FFFE}'),
                Some([0xBF, 0xBF]) => return Err('\u{FFFF}'),
                _ => continue,
            },
            _ => continue,
        };
        // Escaped bytes are ASCII, so both slice ends are character boundaries.
        out.push_str(s.get(copied..i).unwrap_or_default());
        out.push_str(replacement);
        copied = i + 1;
    }
    out.push_str(s.get(copied..).unwrap_or_default());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn esc(s: &str, attr: bool) -> Result<String, char> {
        let mut out = String::new();
        let result = if attr {
            attribute(&mut out, s)
        } else {
            text(&mut out, s)
        };
        // The byte-by-byte path alone gives the same result.
        let mut slow = String::new();
        let slow_result = escape(&mut slow, s, attr).map(|()| slow);
        let result = result.map(|()| out);
        assert_eq!(result, slow_result);
        result
    }

    #[test]
    fn escapes() {
        assert_eq!(
            esc("a<b>&c\"'\r\n\té", false),
            Ok("a&lt;b&gt;&amp;c\"'&#13;\n\té".to_owned())
        );
        assert_eq!(
            esc("a<b>&c\"'\r\n\té", true),
            Ok("a&lt;b&gt;&amp;c&quot;&apos;&#13;&#10;&#9;é".to_owned())
        );
    }

    #[test]
    fn refuses_forbidden() {
        assert_eq!(esc("a\u{1}", false), Err('\u{1}'));
        assert_eq!(esc("a\u{FFFE}", true), Err('\u{FFFE}'));
        assert_eq!(esc("\u{FFFF}", false), Err('\u{FFFF}'));
        assert_eq!(
            esc("\u{FFFD}\u{EFFF}", false),
            Ok("\u{FFFD}\u{EFFF}".to_owned())
        );
    }
}
