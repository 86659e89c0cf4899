//! The `xs:base64Binary` lexical form: validation, encoding and decoding.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn value(b: u8) -> Option<u8> {
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

fn significant(text: &str) -> impl Iterator<Item = u8> + '_ {
    text.bytes()
        .filter(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
}

/// Base64 characters in groups of four (whitespace between them allowed), with
/// `=` padding only at the end and zero bits where the padding leaves them unused.
pub(super) fn is_base64(text: &str) -> bool {
    let chars: Vec<u8> = significant(text).collect();
    if chars.len() & 3 != 0 {
        return false;
    }
    let padding = chars.iter().rev().take_while(|&&b| b == b'=').count();
    if padding > 2 {
        return false;
    }
    let body = &chars[..chars.len() - padding];
    if !body.iter().all(|&b| value(b).is_some()) {
        return false;
    }
    // The last character before the padding may only carry bits that are used.
    match (padding, body.last().and_then(|&b| value(b))) {
        (1, Some(v)) => v & 0b11 == 0,
        (2, Some(v)) => v & 0b1111 == 0,
        _ => true,
    }
}

/// Standard padded base64.
pub(super) fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Decodes a lexical form; characters outside the alphabet (whitespace, padding) are skipped.
pub(super) fn decode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let mut acc = 0u32;
    let mut bits = 0u32;
    for v in significant(text).filter_map(value) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}
