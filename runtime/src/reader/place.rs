//! Where an error happened: line and column from a byte offset (computed only
//! when an error is built), and the element path from the entered elements.

use super::lexer::{Lexer, TagItem, Token};
use super::Reader;
use crate::{DecodeError, DecodeErrorKind};
use std::fmt::Write;

impl Reader<'_> {
    /// An error at a byte offset of the document, with the current element path.
    #[cold]
    #[inline(never)]
    pub(super) fn error_at(&self, offset: usize, kind: DecodeErrorKind) -> DecodeError {
        let (line, column) = line_column(self.text, offset);
        DecodeError::new(kind, line, column, self.path())
    }

    /// `/Envelope/Body/Persona[3]/PersonaId`: local names, `[n]` for the n-th of
    /// consecutive same-named siblings. `/` outside the root element.
    pub(super) fn path(&self) -> String {
        let mut path = String::new();
        let mut parent_content = None;
        for f in &self.frames {
            path.push('/');
            path.push_str(f.local);
            let index = parent_content.map_or(1, |from| sibling_index(self.text, from, f.start));
            if index > 1 {
                let _ = write!(path, "[{index}]");
            }
            parent_content = Some(f.content);
        }
        if path.is_empty() {
            path.push('/');
        }
        path
    }
}

/// The position (1-based) among consecutive same-named siblings of the element
/// whose `<` is at `start`, found by reading its parent's content again from
/// `from` (just after the parent's start tag). Only error paths need it, so
/// decoding keeps no count: that cost every element a compare.
fn sibling_index(text: &str, from: usize, start: usize) -> u32 {
    let mut lexer = Lexer::at(text, from);
    let (mut depth, mut previous, mut count) = (0usize, "", 0u32);
    while lexer.pos() <= start {
        match lexer.token() {
            Ok(Token::StartTag { local, at, .. }) => {
                if depth == 0 {
                    count = if local == previous {
                        count.saturating_add(1)
                    } else {
                        1
                    };
                    previous = local;
                    if at == start {
                        return count;
                    }
                }
                loop {
                    match lexer.tag_item() {
                        Ok(TagItem::Open { .. }) => {
                            depth += 1;
                            break;
                        }
                        Ok(TagItem::Empty) => break,
                        Ok(TagItem::Attribute { .. }) => {}
                        Err(_) => return count.max(1),
                    }
                }
            }
            Ok(Token::EndTag { at }) => {
                if lexer.end_tag_name(at).is_err() || !lexer.skip_byte(b'>') {
                    return count.max(1);
                }
                depth = depth.saturating_sub(1);
            }
            Ok(Token::End) | Err(_) => break,
            Ok(_) => {}
        }
    }
    count.max(1)
}

/// 1-based line and column (in characters) of a byte offset. Lines end at LF,
/// CR LF or a lone CR (the line ends XML normalizes).
pub(super) fn line_column(text: &str, offset: usize) -> (u32, u32) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = text.get(..offset).unwrap_or_default();
    let (mut line, mut line_start, mut after_cr) = (1usize, 0usize, false);
    for (i, b) in before.bytes().enumerate() {
        match b {
            b'\n' if after_cr => line_start = i + 1,
            b'\n' | b'\r' => {
                line += 1;
                line_start = i + 1;
            }
            _ => {}
        }
        after_cr = b == b'\r';
    }
    let column = before.get(line_start..).unwrap_or_default().chars().count() + 1;
    (saturate(line), saturate(column))
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::line_column;

    #[test]
    fn counts_characters_from_one() {
        assert_eq!(line_column("ab\ncdé\nf", 0), (1, 1));
        assert_eq!(line_column("ab\ncdé\nf", 3), (2, 1));
        assert_eq!(line_column("ab\ncdé\nf", 8), (3, 1));
        assert_eq!(line_column("ab\ncdé\nf", 7), (2, 4));
        assert_eq!(line_column("ab", 99), (1, 3));
        assert_eq!(line_column("a\r\nb\rc", 3), (2, 1));
        assert_eq!(line_column("a\r\nb\rc", 5), (3, 1));
    }
}
