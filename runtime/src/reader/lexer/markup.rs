//! The rarer markup: comments, CDATA sections, processing instructions, the XML
//! declaration, and document type declarations (recognized, for the reader to
//! refuse).

use super::{end_of_document, LexError, Lexer, Token};
use crate::chars::is_xml_char;
use std::borrow::Cow;

impl<'a> Lexer<'a> {
    /// Markup starting `<!` or `<?` at `at`.
    pub(super) fn markup(&mut self, at: usize) -> Result<Token<'a>, LexError> {
        if self.starts_with(at, b"<!--") {
            self.comment(at)
        } else if self.starts_with(at, b"<![CDATA[") {
            self.cdata(at)
        } else if self.starts_with(at, b"<!DOCTYPE") {
            Ok(Token::Doctype { at })
        } else if self.starts_with(at, b"<?") {
            self.instruction(at)
        } else if [&b"<!--"[..], b"<![CDATA[", b"<!DOCTYPE"]
            .iter()
            .any(|markup| markup.starts_with(self.bytes().get(at..).unwrap_or_default()))
        {
            // One of those, cut short by the end of the document.
            Err(end_of_document(self.text.len()))
        } else {
            Err(LexError {
                at,
                message: Cow::Borrowed("unknown token"),
            })
        }
    }

    /// `<!-- ... -->`; `--` inside is an error.
    fn comment(&mut self, at: usize) -> Result<Token<'a>, LexError> {
        const WHAT: &str = "invalid comment";
        let body = at + 4;
        let dashes = self.find(body, "--")?;
        if dashes + 2 >= self.text.len() {
            return Err(end_of_document(self.text.len()));
        }
        if self.byte(dashes + 2) != Some(b'>') {
            return Err(self.error(dashes, WHAT, "'--' is not allowed in comments".into()));
        }
        self.check_chars(body, dashes, WHAT)?;
        self.pos = dashes + 3;
        Ok(Token::Skipped)
    }

    /// `<![CDATA[ ... ]]>`.
    fn cdata(&mut self, at: usize) -> Result<Token<'a>, LexError> {
        let body = at + 9;
        let end = self.find(body, "]]>")?;
        self.check_chars(body, end, "invalid CDATA section")?;
        self.pos = end + 3;
        Ok(Token::Cdata {
            raw: self.slice(body, end),
            at: body,
        })
    }

    /// `<?target ... ?>`, or the XML declaration when the target is `xml` at the
    /// start of the document.
    fn instruction(&mut self, at: usize) -> Result<Token<'a>, LexError> {
        const WHAT: &str = "invalid processing instruction";
        let target_at = at + 2;
        self.pos = target_at;
        let (prefix, target) = self.qname(WHAT)?;
        if !prefix.is_empty() {
            return Err(self.error(target_at, WHAT, "a target has no colon".into()));
        }
        let target_end = self.pos;
        if target.eq_ignore_ascii_case("xml") {
            let at_start = at == 0 || (at == 3 && self.text.starts_with('\u{FEFF}'));
            if target == "xml" && at_start {
                return self.declaration();
            }
            let detail = "the XML declaration is only allowed at the start of the document";
            return Err(self.error(at, WHAT, detail.into()));
        }
        if !self.starts_with(target_end, b"?>") && !self.skip_space() {
            return Err(self.unexpected(target_end, WHAT, "a space or '?>'"));
        }
        let end = self.find(self.pos, "?>")?;
        self.check_chars(self.pos, end, WHAT)?;
        self.pos = end + 2;
        Ok(Token::Skipped)
    }

    /// The pseudo-attributes of `<?xml ... ?>` after the target: `version`,
    /// then optionally `encoding`, then optionally `standalone`.
    fn declaration(&mut self) -> Result<Token<'a>, LexError> {
        const WHAT: &str = "invalid XML declaration";
        let mut last = 0;
        loop {
            let spaced = self.skip_space();
            if self.starts_with(self.pos, b"?>") {
                self.pos += 2;
                break;
            }
            if self.starts_with(self.pos, b"?") && self.pos + 1 == self.text.len() {
                return Err(end_of_document(self.text.len()));
            }
            if !spaced {
                return Err(self.unexpected(self.pos, WHAT, "a space or '?>'"));
            }
            let name_at = self.pos;
            let (prefix, name) = self.qname(WHAT)?;
            self.skip_space();
            self.expect(self.pos, b'=', WHAT)?;
            self.pos += 1;
            self.skip_space();
            let (value, value_at, _) = self.quoted(WHAT)?;
            let rank = match (prefix, name) {
                ("", "version") => 1,
                ("", "encoding") => 2,
                ("", "standalone") => 3,
                _ => 0,
            };
            if rank <= last || (last == 0 && rank != 1) {
                return Err(self.error(name_at, WHAT, format!("unexpected '{name}'")));
            }
            if !valid_declaration_value(rank, value) {
                return Err(self.error(value_at, WHAT, format!("invalid {name} '{value}'")));
            }
            last = rank;
        }
        if last == 0 {
            return Err(self.error(self.pos - 2, WHAT, "the version is missing".into()));
        }
        Ok(Token::Declaration)
    }

    /// The offset of `what` at or after `from`; the end of the document is an error.
    fn find(&self, from: usize, what: &str) -> Result<usize, LexError> {
        self.text
            .get(from..)
            .and_then(|rest| rest.find(what))
            .map(|i| from + i)
            .ok_or_else(|| end_of_document(self.text.len()))
    }

    /// An error at the first character in `from..to` that XML 1.0 forbids.
    fn check_chars(&self, from: usize, to: usize, what: &'static str) -> Result<(), LexError> {
        let bad = self
            .slice(from, to)
            .char_indices()
            .find(|&(_, c)| !is_xml_char(c));
        match bad {
            None => Ok(()),
            Some((i, c)) => Err(self.forbidden(from + i, what, c)),
        }
    }
}

/// `version` is `1.` and digits; `encoding` a Latin letter, then letters,
/// digits, `.`, `_` or `-`; `standalone` is `yes` or `no`.
fn valid_declaration_value(rank: u8, value: &str) -> bool {
    match rank {
        1 => value
            .strip_prefix("1.")
            .is_some_and(|minor| !minor.is_empty() && minor.bytes().all(|b| b.is_ascii_digit())),
        2 => {
            let mut bytes = value.bytes();
            bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
                && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        }
        _ => matches!(value, "yes" | "no"),
    }
}
