//! The writer's open elements: per depth, the name to write in the end tag and
//! what error paths need (its index among same-named siblings).

use super::names::Prefix;
use crate::chars::is_ncname;
use std::fmt::Write as _;

/// One depth of the element tree: the element open there or, once it has
/// ended, the latest element there (its next sibling is compared with it).
#[derive(Default)]
struct Level {
    /// The local name, when it came from a [`super::Name`].
    static_local: &'static str,
    /// The whole end tag (`</t:Local>`), when the [`super::Name`] held it; else empty.
    static_end: &'static str,
    /// The local name, when it was only known at run time (the buffer is reused).
    owned_local: String,
    /// Which of the two holds the name.
    is_static: bool,
    /// The element's prefix.
    prefix: Prefix,
    /// Its 1-based position among consecutive same-named siblings.
    index: u32,
    /// Whether the local name is a valid NCName.
    valid: bool,
    /// The prefix scope mark to truncate to when the element ends.
    scope_mark: usize,
}

impl Level {
    fn local_name(&self) -> &str {
        if self.is_static {
            self.static_local
        } else {
            &self.owned_local
        }
    }

    /// Whether the local name is `local` (the same constant is the same name
    /// without comparing bytes).
    #[inline]
    fn has_local_name(&self, local: &str) -> bool {
        let name = self.local_name();
        (name.as_ptr() == local.as_ptr() && name.len() == local.len()) || name == local
    }
}

/// An element's local name as [`OpenElements::open`] takes it.
#[derive(Clone, Copy)]
pub(super) enum Local<'a> {
    /// From a [`super::Name`]: checked when the program was compiled; with the
    /// whole end tag when the name holds it (else empty).
    Checked(&'static str, &'static str),
    /// Known only at run time: checked here.
    Unchecked(&'a str),
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
    /// Its prefix.
    pub prefix: Prefix,
    /// Its local name.
    pub local: &'a str,
    /// Its whole end tag, when known in advance; else empty.
    pub end_tag: &'static str,
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
    /// Returns whether `local` is a valid NCName (an unchecked name is not
    /// checked again when a same-named previous sibling's name was).
    #[inline(always)]
    pub fn open(&mut self, prefix: Prefix, local: Local<'_>, scope_mark: usize) -> bool {
        let depth = self.depth;
        if depth == self.levels.len() {
            self.levels.push(Level::default());
        }
        let follows_sibling = std::mem::replace(&mut self.sibling, false);
        self.depth += 1;
        let Some(level) = self.levels.get_mut(depth) else {
            return false;
        };
        let name = match local {
            Local::Checked(name, _) | Local::Unchecked(name) => name,
        };
        if follows_sibling && level.has_local_name(name) {
            level.index = level.index.saturating_add(1);
        } else {
            level.index = 1;
            match local {
                Local::Checked(name, _) => {
                    level.static_local = name;
                    level.is_static = true;
                    level.valid = true;
                }
                Local::Unchecked(name) => {
                    level.owned_local.clear();
                    level.owned_local.push_str(name);
                    level.is_static = false;
                    level.valid = is_ncname(name);
                }
            }
        }
        // A same-named sibling may be in another namespace: its end tag is its own.
        level.static_end = match local {
            Local::Checked(_, end_tag) => end_tag,
            Local::Unchecked(_) => "",
        };
        level.prefix = prefix;
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
            prefix: level.prefix,
            local: level.local_name(),
            end_tag: level.static_end,
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
