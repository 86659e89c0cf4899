//! The writer's open elements: per depth, the end tag to write and what error
//! paths need (the local name and its index among same-named siblings).

use super::names::Prefix;
use crate::chars::is_ncname;
use std::fmt::Write as _;

/// One depth of the element tree: the element open there or, once it has
/// ended, the latest element there (its next sibling is compared with it).
/// Kept from one element to the next, so its `end_tag` buffer is reused.
#[derive(Default)]
struct Level {
    /// `</prefix:local>`, written as is when the element ends.
    end_tag: String,
    /// Where the local name starts in `end_tag`.
    local_start: usize,
    /// The element's prefix (`end_tag` is rebuilt only when it or the name changes).
    prefix: Prefix,
    /// Its 1-based position among consecutive same-named siblings.
    index: u32,
    /// Whether the local name is a valid NCName.
    valid: bool,
    /// The prefix scope mark to truncate to when the element ends.
    scope_mark: usize,
}

impl Level {
    /// The local name (`end_tag` without `</prefix:` and `>`).
    fn local_name(&self) -> &str {
        let end = self.end_tag.len().saturating_sub(1);
        self.end_tag.get(self.local_start..end).unwrap_or_default()
    }

    /// Whether the local name is `local`, compared as bytes (no character
    /// boundary checks).
    fn has_local_name(&self, local: &str) -> bool {
        let end = self.end_tag.len().saturating_sub(1);
        self.end_tag.as_bytes().get(self.local_start..end) == Some(local.as_bytes())
    }

    /// Rewrites `end_tag` for a new element (`</prefix:` stays when the
    /// prefix is the same).
    #[inline]
    fn set_name(&mut self, prefix: Prefix, local: &str) {
        if prefix == self.prefix && self.local_start != 0 {
            self.end_tag.truncate(self.local_start);
        } else {
            self.end_tag.clear();
            self.end_tag.push_str("</");
            prefix.write(&mut self.end_tag);
            self.local_start = self.end_tag.len();
            self.prefix = prefix;
        }
        self.end_tag.push_str(local);
        self.end_tag.push('>');
    }
}

/// The open elements, innermost last.
pub(super) struct OpenElements {
    /// Index `depth - 1` is the innermost open element; `depth` the latest
    /// child of it that ended, if `sibling`.
    levels: Vec<Level>,
    /// How many elements are open.
    depth: usize,
    /// Whether `levels[depth]` is the previous sibling of the next element
    /// (false right after a start tag: the new element has no children yet).
    sibling: bool,
}

/// The innermost element, as [`OpenElements::close`] leaves it.
pub(super) struct Closed<'a> {
    /// `</prefix:local>`.
    pub end_tag: &'a str,
    /// The prefix scope mark to truncate to.
    pub scope_mark: usize,
}

impl Default for OpenElements {
    fn default() -> Self {
        OpenElements {
            // Deep enough for most documents, so it is allocated once.
            levels: Vec::with_capacity(16),
            depth: 0,
            sibling: false,
        }
    }
}

impl OpenElements {
    /// True when no element is open.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.depth == 0
    }

    /// Opens the element `prefix:local` as a child of the innermost one.
    /// Returns whether `local` is a valid NCName: known when `checked`, and not
    /// checked again when a same-named previous sibling's name was.
    #[inline]
    pub fn open(&mut self, prefix: Prefix, local: &str, scope_mark: usize, checked: bool) -> bool {
        let depth = self.depth;
        if depth == self.levels.len() {
            self.levels.push(Level {
                // Room for most end tags, so the buffer is allocated once.
                end_tag: String::with_capacity(32),
                ..Level::default()
            });
        }
        let follows_sibling = std::mem::replace(&mut self.sibling, false);
        self.depth += 1;
        let level = &mut self.levels[depth];
        let same_name = follows_sibling && level.has_local_name(local);
        if same_name {
            level.index = level.index.saturating_add(1);
            if level.prefix != prefix {
                level.set_name(prefix, local);
            }
        } else {
            level.index = 1;
            level.valid = checked || is_ncname(local);
            level.set_name(prefix, local);
        }
        level.scope_mark = scope_mark;
        level.valid
    }

    /// Closes the innermost element; `None` when none is open.
    #[inline]
    pub fn close(&mut self) -> Option<Closed<'_>> {
        self.depth = self.depth.checked_sub(1)?;
        self.sibling = true;
        let level = self.levels.get(self.depth)?;
        Some(Closed {
            end_tag: &level.end_tag,
            scope_mark: level.scope_mark,
        })
    }

    /// `/Envelope/Body/X[2]/Y` for the open elements (`/` when none is open).
    pub fn path(&self) -> String {
        let mut path = String::new();
        for level in self.levels.iter().take(self.depth) {
            path.push('/');
            path.push_str(level.local_name());
            if level.index > 1 {
                let _ = write!(path, "[{}]", level.index);
            }
        }
        if path.is_empty() {
            path.push('/');
        }
        path
    }
}
