//! Validators for the lexical forms of `xs:dateTime`, `xs:date`, `xs:time`,
//! `xs:duration` and `xs:language` (XML Schema 1.0 Part 2).

/// A cursor over ASCII bytes.
struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Cursor<'a> {
    fn new(s: &'a str) -> Self {
        Cursor {
            s: s.as_bytes(),
            i: 0,
        }
    }
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        if hit {
            self.i += 1;
        }
        hit
    }
    fn done(&self) -> bool {
        self.i >= self.s.len()
    }
    /// A run of digits (possibly empty) as a slice.
    fn digit_run(&mut self) -> &'a [u8] {
        let start = self.i;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.i += 1;
        }
        &self.s[start..self.i]
    }
    /// Exactly `n` digits, as a number.
    fn fixed(&mut self, n: usize) -> Option<u32> {
        let digits = self.s.get(self.i..self.i + n)?;
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.i += n;
        Some(
            digits
                .iter()
                .fold(0, |acc, d| acc * 10 + u32::from(d - b'0')),
        )
    }
}

/// `-?YYYY-MM-DD`; the year has four or more digits (no leading zero when more), not 0000.
fn date_part(c: &mut Cursor<'_>) -> Option<()> {
    c.eat(b'-');
    let year = c.digit_run();
    if year.len() < 4 || (year.len() > 4 && year[0] == b'0') || year.iter().all(|&d| d == b'0') {
        return None;
    }
    let year_mod_400 = year
        .iter()
        .fold(0u32, |acc, d| (acc * 10 + u32::from(d - b'0')) % 400);
    let leap = year_mod_400 % 4 == 0 && (year_mod_400 % 100 != 0 || year_mod_400 == 0);
    if !c.eat(b'-') {
        return None;
    }
    let month = c.fixed(2)?;
    if !c.eat(b'-') {
        return None;
    }
    let day = c.fixed(2)?;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some(())
}

/// `hh:mm:ss(.s+)?`, with `24:00:00` allowed as the end of a day.
fn time_part(c: &mut Cursor<'_>) -> Option<()> {
    let hour = c.fixed(2)?;
    if !c.eat(b':') {
        return None;
    }
    let minute = c.fixed(2)?;
    if !c.eat(b':') {
        return None;
    }
    let second = c.fixed(2)?;
    let mut fraction_zero = true;
    if c.eat(b'.') {
        let fraction = c.digit_run();
        if fraction.is_empty() {
            return None;
        }
        fraction_zero = fraction.iter().all(|&d| d == b'0');
    }
    let end_of_day = hour == 24 && minute == 0 && second == 0 && fraction_zero;
    (end_of_day || (hour < 24 && minute < 60 && second < 60)).then_some(())
}

/// `(Z|(+|-)hh:mm)?` up to the end of the text.
fn timezone_and_end(c: &mut Cursor<'_>) -> Option<()> {
    if c.eat(b'Z') {
    } else if c.eat(b'+') || c.eat(b'-') {
        let hours = c.fixed(2)?;
        if !c.eat(b':') {
            return None;
        }
        let minutes = c.fixed(2)?;
        if hours > 14 || minutes > 59 || (hours == 14 && minutes != 0) {
            return None;
        }
    }
    c.done().then_some(())
}

/// `xs:dateTime`: `-?YYYY-MM-DDThh:mm:ss(.s+)?(Z|(+|-)hh:mm)?`
pub(super) fn is_date_time(s: &str) -> bool {
    let mut c = Cursor::new(s);
    (|| {
        date_part(&mut c)?;
        if !c.eat(b'T') {
            return None;
        }
        time_part(&mut c)?;
        timezone_and_end(&mut c)
    })()
    .is_some()
}

/// `xs:date`: `-?YYYY-MM-DD(Z|(+|-)hh:mm)?`
pub(super) fn is_date(s: &str) -> bool {
    let mut c = Cursor::new(s);
    date_part(&mut c)
        .and_then(|()| timezone_and_end(&mut c))
        .is_some()
}

/// `xs:time`: `hh:mm:ss(.s+)?(Z|(+|-)hh:mm)?`
pub(super) fn is_time(s: &str) -> bool {
    let mut c = Cursor::new(s);
    time_part(&mut c)
        .and_then(|()| timezone_and_end(&mut c))
        .is_some()
}

/// `xs:duration`: `-?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.n)?S)?)?` with at least one
/// component, and at least one after a `T`.
pub(super) fn is_duration(s: &str) -> bool {
    let mut c = Cursor::new(s);
    c.eat(b'-');
    if !c.eat(b'P') {
        return false;
    }
    let mut any = false;
    for unit in [b'Y', b'M', b'D'] {
        let save = c.i;
        if !c.digit_run().is_empty() && c.eat(unit) {
            any = true;
        } else {
            c.i = save;
        }
    }
    if c.eat(b'T') {
        let mut any_time = false;
        for unit in [b'H', b'M'] {
            let save = c.i;
            if !c.digit_run().is_empty() && c.eat(unit) {
                any_time = true;
            } else {
                c.i = save;
            }
        }
        let whole = c.digit_run().len();
        let fraction = if c.eat(b'.') {
            Some(c.digit_run().len())
        } else {
            None
        };
        if whole > 0 || fraction.is_some() {
            if whole + fraction.unwrap_or(0) == 0 || !c.eat(b'S') {
                return false;
            }
            any_time = true;
        }
        if !any_time {
            return false;
        }
        any = true;
    }
    any && c.done()
}

/// `xs:language`: `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`
pub(super) fn is_language(s: &str) -> bool {
    let mut parts = s.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}
