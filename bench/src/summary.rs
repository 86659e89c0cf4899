//! A fingerprint of the data a decoder produced: counts and a hash over the
//! strings every path must visit in the same order, so paths can be compared
//! before they are timed.

/// What a path decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// `ImGroup` elements.
    pub groups: usize,
    /// `Persona` elements.
    pub personas: usize,
    /// Strings visited.
    pub strings: usize,
    /// Their total length in bytes.
    pub bytes: usize,
    /// FNV-1a over the strings, each followed by a separator.
    pub hash: u64,
}

impl Summary {
    /// An empty summary.
    pub fn new() -> Self {
        Summary {
            hash: 0xcbf2_9ce4_8422_2325,
            ..Default::default()
        }
    }

    /// Visits one string.
    pub fn add(&mut self, s: &str) {
        if std::env::var_os("EWS_BENCH_TRACE").is_some() {
            eprintln!("  {s:?}");
        }
        self.strings += 1;
        self.bytes += s.len();
        for &b in s.as_bytes().iter().chain(&[0xFF]) {
            self.hash ^= u64::from(b);
            self.hash = self.hash.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// Visits an optional string ("" when absent, so that positions stay aligned).
    pub fn opt(&mut self, s: Option<&str>) {
        self.add(s.unwrap_or(""));
    }

    /// Adds another document's summary (for the 13 requests).
    pub fn merge(&mut self, other: &Summary) {
        self.groups += other.groups;
        self.personas += other.personas;
        self.strings += other.strings;
        self.bytes += other.bytes;
        self.hash = self.hash.rotate_left(5) ^ other.hash;
    }
}
