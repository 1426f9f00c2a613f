//! The time value of a 213 reply to MDTM (RFC 3659 §2.3, §3).

use core::fmt;

use super::cursor::Cursor;
use crate::{PayloadError, PayloadErrorKind, PayloadKind};

/// A file's modification time from a 213 reply to MDTM: `YYYYMMDDHHMMSS` in UTC, with an
/// optional fraction of a second (RFC 3659 §2.3). Every field is checked, including the
/// length of the month; second 60 (a leap second) is allowed.
///
/// ```
/// use ftp_reply::ModificationTime;
///
/// let time = ModificationTime::parse(b"20240229154502.25")?;
/// assert_eq!((time.year(), time.month(), time.day()), (2024, 2, 29));
/// assert_eq!(time.nanosecond(), 250_000_000);
/// assert_eq!(time.to_string(), "2024-02-29T15:45:02.25Z");
/// assert!(ModificationTime::parse(b"20231301000000").is_err()); // month 13
/// # Ok::<(), ftp_reply::PayloadError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModificationTime {
    year: u16,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    nanosecond: u32,
    /// Digits of the fraction as sent, up to nine, to display it as sent.
    fraction_digits: u8,
}

impl ModificationTime {
    /// Reads the time value, which must be the whole text (trailing spaces aside).
    pub fn parse(text: &[u8]) -> Result<ModificationTime, PayloadError> {
        let digits = text.iter().take_while(|byte| byte.is_ascii_digit()).count();
        if digits != 14 {
            let kind = if digits < 14 && digits == text.len() {
                PayloadErrorKind::Truncated
            } else {
                PayloadErrorKind::Syntax
            };
            return Err(PayloadError::new(
                PayloadKind::ModificationTime,
                kind,
                digits.min(14),
            ));
        }
        let field = |start: usize, len: usize, min: u16, max: u16| {
            let mut cursor = Cursor::at(&text[..start + len], start, PayloadKind::ModificationTime);
            match cursor.number(u64::from(max)) {
                // The bound keeps the value within u16.
                Ok(value) if value >= u64::from(min) => Ok(value as u16),
                _ => Err(PayloadError::new(
                    PayloadKind::ModificationTime,
                    PayloadErrorKind::OutOfRange,
                    start,
                )),
            }
        };
        let year = field(0, 4, 1, 9999)?;
        let month = field(4, 2, 1, 12)? as u8;
        let day = field(6, 2, 1, u16::from(days_in_month(year, month)))? as u8;
        let hour = field(8, 2, 0, 23)? as u8;
        let minute = field(10, 2, 0, 59)? as u8;
        let second = field(12, 2, 0, 60)? as u8;

        let mut cursor = Cursor::at(text, 14, PayloadKind::ModificationTime);
        let (mut nanosecond, mut fraction_digits) = (0, 0);
        if cursor.peek() == Some(b'.') {
            cursor.eat(b'.')?;
            let start = cursor.pos();
            while let Some(digit @ b'0'..=b'9') = cursor.peek() {
                let place = cursor.pos() - start;
                if place < 9 {
                    nanosecond += u32::from(digit - b'0') * 10u32.pow(8 - place as u32);
                    fraction_digits += 1;
                }
                cursor.bump();
            }
            if cursor.pos() == start {
                return Err(cursor.error(PayloadErrorKind::Truncated));
            }
        }
        cursor.skip_spaces();
        if cursor.peek().is_some() {
            return Err(cursor.error(PayloadErrorKind::Syntax));
        }
        Ok(ModificationTime {
            year,
            month,
            day,
            hour,
            minute,
            second,
            nanosecond,
            fraction_digits,
        })
    }

    /// The year, from 1 to 9999.
    pub const fn year(&self) -> u16 {
        self.year
    }

    /// The month, from 1 to 12.
    pub const fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, from 1 to 31.
    pub const fn day(&self) -> u8 {
        self.day
    }

    /// The hour, from 0 to 23.
    pub const fn hour(&self) -> u8 {
        self.hour
    }

    /// The minute, from 0 to 59.
    pub const fn minute(&self) -> u8 {
        self.minute
    }

    /// The second, from 0 to 60 (a leap second).
    pub const fn second(&self) -> u8 {
        self.second
    }

    /// The fraction of the second, in nanoseconds (digits past the ninth are dropped).
    pub const fn nanosecond(&self) -> u32 {
        self.nanosecond
    }

    /// The time as seconds and nanoseconds since 1970-01-01T00:00:00Z, negative before it.
    /// A leap second (second 60) counts as the first second of the next minute, as Unix time
    /// has no leap seconds.
    pub const fn unix_time(&self) -> (i64, u32) {
        let days = days_from_civil(self.year, self.month, self.day);
        let seconds =
            days * 86_400 + self.hour as i64 * 3_600 + self.minute as i64 * 60 + self.second as i64;
        (seconds, self.nanosecond)
    }

    /// The time as a [`SystemTime`](std::time::SystemTime).
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    /// use ftp_reply::ModificationTime;
    ///
    /// let time = ModificationTime::parse(b"19700102000001.5")?;
    /// assert_eq!(time.to_system_time(), SystemTime::UNIX_EPOCH + Duration::new(86_401, 500_000_000));
    /// # Ok::<(), ftp_reply::PayloadError>(())
    /// ```
    #[cfg(feature = "std")]
    pub fn to_system_time(&self) -> std::time::SystemTime {
        use std::time::{Duration, SystemTime};
        let (seconds, nanoseconds) = self.unix_time();
        if seconds >= 0 {
            SystemTime::UNIX_EPOCH + Duration::new(seconds.unsigned_abs(), nanoseconds)
        } else {
            SystemTime::UNIX_EPOCH - Duration::new(seconds.unsigned_abs(), 0)
                + Duration::new(0, nanoseconds)
        }
    }
}

/// Days from 1970-01-01 to the date, in the proleptic Gregorian calendar (the "days from
/// civil" algorithm of Howard Hinnant's date library).
const fn days_from_civil(year: u16, month: u8, day: u8) -> i64 {
    let year = year as i64 - if month <= 2 { 1 } else { 0 };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = month as i64;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day as i64 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

impl fmt::Display for ModificationTime {
    /// Writes RFC 3339 in UTC, such as `2024-01-31T15:45:02Z`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )?;
        if self.fraction_digits > 0 {
            let scale = 10u32.pow(9 - u32::from(self.fraction_digits));
            write!(
                f,
                ".{:0width$}",
                self.nanosecond / scale,
                width = usize::from(self.fraction_digits)
            )?;
        }
        f.write_str("Z")
    }
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
