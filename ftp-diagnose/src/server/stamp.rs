//! The time a server log gives a line, in the forms servers write it.

use core::fmt;

/// When a line of a server's log was written, as the log gives it: to the second, in the
/// server's zone, and without a year where the log has none (a syslog file).
///
/// Stamps order by time; [`seconds`](Stamp::seconds) measures spans.
///
/// ```
/// use ftp_diagnose::Stamp;
///
/// let stamp = Stamp::parse("Mon Nov 30 06:54:38 2026 [pid 31529] CONNECT").unwrap();
/// assert_eq!(stamp.to_string(), "2026-11-30 06:54:38");
/// let syslog = Stamp::parse("Dec  3 18:10:08 host pure-ftpd[4321]: ...").unwrap();
/// assert_eq!(syslog.to_string(), "Dec 03 18:10:08");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Stamp {
    /// 0 when the log gives no year.
    year: u16,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
}

/// The most bytes of a stamp, and the one after it, that [`LAST`] keeps.
const SEEN: usize = 40;

std::thread_local! {
    /// The last stamp read on this thread: the bytes it was read from and the byte after
    /// them, how many bytes it took, and the stamp.
    static LAST: core::cell::Cell<Option<([u8; SEEN], usize, Stamp)>> =
        const { core::cell::Cell::new(None) };
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

impl Stamp {
    /// The time at the start of `text`, in any of the forms server logs write:
    /// `2026-12-03 18:10:08` (and with `T`, fractions and a zone), `Mon Nov 30 06:54:38 2026`
    /// (vsftpd, xferlog), `Dec  3 18:10:08` (syslog), `[03/Dec/2026:18:10:08 +0000]`
    /// (ProFTPD's `%t`), `12/3/2026 6:10:08 PM` (FileZilla Server 0.9); one opening bracket
    /// or angle bracket, or a level in brackets (`[I 2026-12-03 ...`), may come first.
    pub fn parse(text: &str) -> Option<Stamp> {
        Self::split(text).map(|(stamp, _)| stamp)
    }

    /// The stamp at the start of `text` and what follows it.
    pub(crate) fn split(text: &str) -> Option<(Stamp, &str)> {
        // The lines of a log come many to a second: the last stamp read serves again when
        // `text` starts with the same bytes, and the same byte after them.
        let bytes = text.as_bytes();
        if let Some((seen, length, stamp)) = LAST.get() {
            if bytes.get(..=length) == seen.get(..=length) {
                return Some((stamp, &text[length..]));
            }
        }
        let trimmed = text.strip_prefix(['[', '<']).unwrap_or(text);
        let (stamp, rest) = iso(trimmed)
            .or_else(|| ctime(trimmed))
            .or_else(|| syslog(trimmed))
            .or_else(|| common_log(trimmed))
            .or_else(|| us_date(trimmed))?;
        let length = text.len() - rest.len();
        if let Some(read) = bytes.get(..=length).filter(|read| read.len() <= SEEN) {
            let mut seen = [0; SEEN];
            seen[..read.len()].copy_from_slice(read);
            LAST.set(Some((seen, length, stamp)));
        }
        Some((stamp, rest))
    }

    /// The seconds since 1970-01-01 00:00:00 in the server's zone; a stamp without a year
    /// counts from the start of year 0, which serves to measure spans within one log.
    pub const fn seconds(self) -> i64 {
        days_from_civil(self.year as i64, self.month as i64, self.day as i64) * 86_400
            + self.hour as i64 * 3_600
            + self.minute as i64 * 60
            + self.second as i64
    }

    /// The start of the stamp's hour: the bucket of failures over time.
    pub const fn hour(self) -> Stamp {
        Stamp {
            minute: 0,
            second: 0,
            ..self
        }
    }

    fn new(year: u16, month: u8, day: u8, hour: u8, minute: u8, second: u8) -> Option<Stamp> {
        let valid = (1..=12).contains(&month)
            && (1..=31).contains(&day)
            && hour < 24
            && minute < 60
            && second <= 60;
        valid.then_some(Stamp {
            year,
            month,
            day,
            hour,
            minute,
            second,
        })
    }
}

impl fmt::Display for Stamp {
    /// `2026-12-03 18:10:08`, or `Dec 03 18:10:08` without a year.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Stamp {
            year,
            month,
            day,
            hour,
            minute,
            second,
        } = *self;
        if year == 0 {
            let name = MONTHS[usize::from(month - 1)];
            write!(f, "{name} {day:02} {hour:02}:{minute:02}:{second:02}")
        } else {
            write!(
                f,
                "{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}"
            )
        }
    }
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's
/// `days_from_civil`).
const fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let of_year = (153 * month_index + 2) / 5 + day - 1;
    let of_era_days = of_era * 365 + of_era / 4 - of_era / 100 + of_year;
    era * 146_097 + of_era_days - 719_468
}

/// The number of `width` digits at the start of `text`.
fn number(text: &str, width: usize) -> Option<u16> {
    let digits = text.get(..width)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// One or two digits, and what follows them.
fn short_number(text: &str) -> Option<(u8, &str)> {
    let end = text.bytes().take(2).take_while(u8::is_ascii_digit).count();
    let value = text.get(..end)?.parse().ok()?;
    Some((value, &text[end..]))
}

/// `HH:MM:SS` at the start of `text`; the hour may have one digit.
fn clock(text: &str) -> Option<(u8, u8, u8, &str)> {
    let (hour, rest) = short_number(text)?;
    let rest = rest.strip_prefix(':')?;
    let minute = number(rest, 2)?;
    let rest = rest.get(2..)?.strip_prefix(':')?;
    let second = number(rest, 2)?;
    Some((hour, minute as u8, second as u8, rest.get(2..)?))
}

/// What follows a time: fractions and a zone (`.123`, `,123`, `Z`, `+01:00`, ` +0000`),
/// and a closing bracket.
fn after_clock(rest: &str) -> &str {
    let mut rest = rest;
    if let Some(fraction) = rest.strip_prefix(['.', ',']) {
        rest = fraction.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    rest = rest.strip_prefix('Z').unwrap_or(rest);
    let zone = rest.strip_prefix(' ').unwrap_or(rest);
    if let Some(offset) = zone.strip_prefix(['+', '-']) {
        let digits = offset
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b':');
        let length = digits.count();
        if (4..=5).contains(&length) {
            rest = &offset[length..];
        }
    }
    rest.strip_prefix([']', '>']).unwrap_or(rest)
}

fn month(name: &str) -> Option<u8> {
    let index = MONTHS.iter().position(|month| *month == name)?;
    Some(index as u8 + 1)
}

/// `2026-12-03 18:10:08`, `2026-12-03T18:10:08.123Z`, after a level in brackets
/// (`[I 2026-...`, pyftpdlib).
fn iso(text: &str) -> Option<(Stamp, &str)> {
    let text = match text.as_bytes() {
        [b'A'..=b'Z', b' ', ..] => &text[2..],
        _ => text,
    };
    let year = number(text, 4)?;
    let separator = *text.as_bytes().get(4)?;
    if !matches!(separator, b'-' | b'/') {
        return None;
    }
    let month = number(text.get(5..)?, 2)?;
    let day = number(text.get(8..)?, 2)?;
    if text.as_bytes().get(7) != Some(&separator) {
        return None;
    }
    let rest = text.get(10..)?.strip_prefix(['T', ' '])?;
    let (hour, minute, second, rest) = clock(rest)?;
    let stamp = Stamp::new(year, month as u8, day as u8, hour, minute, second)?;
    Some((stamp, after_clock(rest)))
}

/// `Mon Nov 30 06:54:38 2026`, `Thu Dec  3 18:10:08 2026`.
fn ctime(text: &str) -> Option<(Stamp, &str)> {
    let day_name = text.get(..3)?;
    if !DAYS.contains(&day_name) {
        return None;
    }
    let (partial, rest) = syslog(text.get(4..)?)?;
    let rest = rest.strip_prefix(' ')?;
    let year = number(rest, 4)?;
    Some((Stamp { year, ..partial }, &rest[4..]))
}

/// `Dec  3 18:10:08`, `Dec 03 18:10:08` (syslog, journalctl).
fn syslog(text: &str) -> Option<(Stamp, &str)> {
    let month = month(text.get(..3)?)?;
    let rest = text.get(3..)?.strip_prefix(' ')?;
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let (day, rest) = short_number(rest)?;
    let (hour, minute, second, rest) = clock(rest.strip_prefix(' ')?)?;
    let stamp = Stamp::new(0, month, day, hour, minute, second)?;
    Some((stamp, after_clock(rest)))
}

/// `03/Dec/2026:18:10:08 +0000`, the common log format's time (ProFTPD's `%t`).
fn common_log(text: &str) -> Option<(Stamp, &str)> {
    let day = number(text, 2)?;
    let month = month(text.get(3..6)?)?;
    let year = number(text.get(7..)?, 4)?;
    let (hour, minute, second, rest) = clock(text.get(12..)?)?;
    let stamp = Stamp::new(year, month, day as u8, hour, minute, second)?;
    Some((stamp, after_clock(rest)))
}

/// `12/3/2026 6:10:08 PM` or `12/3/2026 18:10:08`, month first (FileZilla Server 0.9 in an
/// English locale).
fn us_date(text: &str) -> Option<(Stamp, &str)> {
    let (month, day, separator, rest) = two_numbers(text)?;
    (separator == b'/').then_some(())?;
    year_and_clock(month, day, rest)
}

/// Two numbers of one or two digits and the separator between and after them (`12/3/`).
fn two_numbers(text: &str) -> Option<(u8, u8, u8, &str)> {
    let (first, rest) = short_number(text)?;
    let separator = *rest.as_bytes().first()?;
    if !matches!(separator, b'/' | b'.') {
        return None;
    }
    let (second, rest) = short_number(&rest[1..])?;
    let rest = rest.strip_prefix(char::from(separator))?;
    Some((first, second, separator, rest))
}

/// `2026 18:10:08`, with ` PM` or ` AM` after it or not, on the given date.
fn year_and_clock(month: u8, day: u8, rest: &str) -> Option<(Stamp, &str)> {
    let year = number(rest, 4)?;
    let (mut hour, minute, second, rest) = clock(rest.get(4..)?.strip_prefix(' ')?)?;
    let rest = if let Some(after) = rest.strip_prefix(" PM") {
        hour = hour % 12 + 12;
        after
    } else if let Some(after) = rest.strip_prefix(" AM") {
        hour %= 12;
        after
    } else {
        rest
    };
    let stamp = Stamp::new(year, month, day, hour, minute, second)?;
    Some((stamp, rest))
}

impl Stamp {
    /// A date and time in the short forms of a Windows locale, as FileZilla Server 0.9
    /// writes them: `03.12.2026 18:10:08` (dots: day first), `12/3/2026 6:10:08 PM`
    /// (slashes: month first, as in the United States, unless the first number is over 12).
    pub(crate) fn local(text: &str) -> Option<Stamp> {
        let (first, second, separator, rest) = two_numbers(text)?;
        let day_first = separator == b'.' || first > 12;
        let (month, day) = if day_first {
            (second, first)
        } else {
            (first, second)
        };
        year_and_clock(month, day, rest).map(|(stamp, _)| stamp)
    }
}

#[cfg(test)]
mod tests {
    use super::Stamp;

    #[test]
    fn every_form_reads() {
        for (text, shown, rest) in [
            (
                "2026-12-03 18:10:08,123 host",
                "2026-12-03 18:10:08",
                " host",
            ),
            (
                "<2026-12-03T18:10:08.123Z> FTP",
                "2026-12-03 18:10:08",
                " FTP",
            ),
            (
                "[I 2026-12-03 18:10:08] 127.0.0.1",
                "2026-12-03 18:10:08",
                " 127.0.0.1",
            ),
            (
                "Thu Dec  3 18:10:08 2026 [pid 1]",
                "2026-12-03 18:10:08",
                " [pid 1]",
            ),
            (
                "Dec  3 18:10:08 host ftpd[1]:",
                "Dec 03 18:10:08",
                " host ftpd[1]:",
            ),
            (
                "[03/Dec/2026:18:10:08 +0000] \"USER",
                "2026-12-03 18:10:08",
                " \"USER",
            ),
            ("12/3/2026 6:10:08 PM - x", "2026-12-03 18:10:08", " - x"),
            (
                "2026-12-03T18:10:08+01:00 host",
                "2026-12-03 18:10:08",
                " host",
            ),
        ] {
            let (stamp, after) = Stamp::split(text).expect(text);
            assert_eq!((stamp.to_string().as_str(), after), (shown, rest), "{text}");
        }
        for text in [
            "",
            "2026-13-03 18:10:08",
            "Foo  3 18:10:08",
            "220 Ready",
            "12/3/2026",
        ] {
            assert_eq!(Stamp::parse(text), None, "{text}");
        }
    }

    #[test]
    fn windows_locales_read() {
        for (text, shown) in [
            ("03.12.2026 18:10:08", "2026-12-03 18:10:08"),
            ("13/12/2026 18:10:08", "2026-12-13 18:10:08"),
            ("12/3/2026 6:10:08 PM", "2026-12-03 18:10:08"),
            ("12/3/2026 18:10:08 PM", "2026-12-03 18:10:08"),
        ] {
            assert_eq!(
                Stamp::local(text).map(|s| s.to_string()).as_deref(),
                Some(shown),
                "{text}"
            );
        }
        assert_eq!(Stamp::local("12-3-2026 18:10:08"), None);
    }

    #[test]
    fn a_stamp_read_again_is_the_same() {
        // The same bytes and the byte after them serve again; a longer form does not.
        for text in [
            "2026-12-03 18:10:08 a",
            "2026-12-03 18:10:08 b",
            "2026-12-03 18:10:08.5 c",
            "2026-12-03 18:10:08 d",
            "2026-12-03 18:10:09 e",
            "2026-12-03 18:10:0",
        ] {
            let cached = Stamp::split(text).map(|(s, rest)| (s.to_string(), rest.to_string()));
            super::LAST.set(None);
            let fresh = Stamp::split(text).map(|(s, rest)| (s.to_string(), rest.to_string()));
            assert_eq!(cached, fresh, "{text}");
        }
    }

    #[test]
    fn seconds_measure_spans_across_days() {
        let a = Stamp::parse("2026-12-31 23:59:59").unwrap();
        let b = Stamp::parse("2027-01-01 00:00:01").unwrap();
        assert_eq!(b.seconds() - a.seconds(), 2);
        assert_eq!(Stamp::parse("1970-01-01 00:00:00").unwrap().seconds(), 0);
        assert!(a < b);
    }
}
