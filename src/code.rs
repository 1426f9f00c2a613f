//! Any well-formed reply code, known to the catalogue or not.

use core::fmt;
use core::num::NonZeroU16;
use core::str::FromStr;

use crate::{Category, CodeInfo, FunctionGroup, InvalidReplyCode, KnownCode};

/// A well-formed FTP reply code: three digits, the first from 1 to 6.
///
/// Servers send codes that no RFC defines, so a `ReplyCode` keeps any well-formed number;
/// [`known`](ReplyCode::known) tells whether the catalogue knows it. It is two bytes, and
/// `Option<ReplyCode>` is too.
///
/// ```
/// use ftp_reply::{KnownCode, ReplyCode};
///
/// let code = ReplyCode::from_bytes(b"226")?;
/// assert_eq!(code, 226);
/// assert_eq!(code, KnownCode::ClosingDataConnection);
/// assert_eq!(code.as_str(), "226");
/// assert!(code.is_positive_completion());
///
/// assert!(ReplyCode::from_u16(700).is_err());
/// assert!("12".parse::<ReplyCode>().is_err());
/// # Ok::<(), ftp_reply::InvalidReplyCode>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReplyCode(NonZeroU16);

impl ReplyCode {
    /// The code with this number, if it is from 100 to 699.
    ///
    /// ```
    /// use ftp_reply::{InvalidReplyCode, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::from_u16(421)?.as_u16(), 421);
    /// assert_eq!(ReplyCode::from_u16(99), Err(InvalidReplyCode::OutOfRange { value: 99 }));
    /// # Ok::<(), InvalidReplyCode>(())
    /// ```
    pub const fn from_u16(value: u16) -> Result<ReplyCode, InvalidReplyCode> {
        if value < 100 || value > 699 {
            return Err(InvalidReplyCode::OutOfRange { value });
        }
        match NonZeroU16::new(value) {
            Some(value) => Ok(ReplyCode(value)),
            None => Err(InvalidReplyCode::OutOfRange { value }),
        }
    }

    /// The code these three ASCII digits spell, as they appear at the start of a reply line.
    ///
    /// ```
    /// use ftp_reply::{InvalidReplyCode, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::from_bytes(b"150")?.as_u16(), 150);
    /// assert_eq!(ReplyCode::from_bytes(b"15"), Err(InvalidReplyCode::Length { len: 2 }));
    /// assert_eq!(ReplyCode::from_bytes(b"750"), Err(InvalidReplyCode::FirstDigit { digit: b'7' }));
    /// # Ok::<(), InvalidReplyCode>(())
    /// ```
    pub const fn from_bytes(bytes: &[u8]) -> Result<ReplyCode, InvalidReplyCode> {
        let &[first, second, third] = bytes else {
            return Err(InvalidReplyCode::Length { len: bytes.len() });
        };
        let mut index = 0;
        while index < 3 {
            let byte = bytes[index];
            if !byte.is_ascii_digit() {
                return Err(InvalidReplyCode::NotDigit { index, byte });
            }
            index += 1;
        }
        if first < b'1' || first > b'6' {
            return Err(InvalidReplyCode::FirstDigit { digit: first });
        }
        let value =
            (first - b'0') as u16 * 100 + (second - b'0') as u16 * 10 + (third - b'0') as u16;
        ReplyCode::from_u16(value)
    }

    /// The code of a catalogued variant, whose discriminant is its number.
    pub(crate) const fn from_known(code: KnownCode) -> ReplyCode {
        match NonZeroU16::new(code as u16) {
            Some(value) => ReplyCode(value),
            // No discriminant is zero: the generator accepts only codes from 100 to 699.
            None => ReplyCode(NonZeroU16::MIN),
        }
    }

    /// The code as a number.
    pub const fn as_u16(self) -> u16 {
        self.0.get()
    }

    /// The code as its three digits, without allocating.
    ///
    /// ```
    /// assert_eq!(ftp_reply::ReplyCode::from_u16(257)?.as_str(), "257");
    /// # Ok::<(), ftp_reply::InvalidReplyCode>(())
    /// ```
    pub const fn as_str(&self) -> &'static str {
        // A code is from 100 to 699, so its three digits lie inside the table.
        let start = (self.as_u16() - 100) as usize * 3;
        let (_, rest) = DIGIT_BYTES.split_at(start);
        let (digits, _) = rest.split_at(3);
        match core::str::from_utf8(digits) {
            Ok(digits) => digits,
            // Unreachable: the table is all ASCII digits, as an assertion checks when the
            // crate compiles, and any part of ASCII is UTF-8.
            Err(_) => "",
        }
    }

    /// The three digits as numbers: category, function group, detail.
    ///
    /// ```
    /// assert_eq!(ftp_reply::ReplyCode::from_u16(257)?.digits(), [2, 5, 7]);
    /// # Ok::<(), ftp_reply::InvalidReplyCode>(())
    /// ```
    pub const fn digits(self) -> [u8; 3] {
        let value = self.as_u16();
        [
            (value / 100) as u8,
            (value / 10 % 10) as u8,
            (value % 10) as u8,
        ]
    }

    /// The category, from the first digit.
    pub const fn category(self) -> Category {
        match Category::from_digit(self.digits()[0]) {
            Some(category) => category,
            // The constructors admit only first digits from 1 to 6.
            None => Category::Protected,
        }
    }

    /// The function group, from the second digit; `None` for the digits 6 to 9, which
    /// RFC 959 does not assign.
    pub const fn function_group(self) -> Option<FunctionGroup> {
        FunctionGroup::from_digit(self.digits()[1])
    }

    /// The catalogued code with this number, if there is one.
    ///
    /// ```
    /// use ftp_reply::{KnownCode, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::from_u16(331)?.known(), Some(KnownCode::NeedPassword));
    /// assert_eq!(ReplyCode::from_u16(399)?.known(), None);
    /// # Ok::<(), ftp_reply::InvalidReplyCode>(())
    /// ```
    pub const fn known(self) -> Option<KnownCode> {
        KnownCode::from_u16(self.as_u16())
    }

    /// The catalogue record of this code, if there is one. Allocates nothing.
    pub fn info(self) -> Option<&'static CodeInfo> {
        KnownCode::record(self.as_u16())
    }

    /// 1yz: the action has started and another reply will follow.
    pub const fn is_positive_preliminary(self) -> bool {
        matches!(self.category(), Category::PositivePreliminary)
    }

    /// 2yz: the action is complete.
    pub const fn is_positive_completion(self) -> bool {
        matches!(self.category(), Category::PositiveCompletion)
    }

    /// 3yz: accepted, but the server waits for another command to finish the action.
    pub const fn is_positive_intermediate(self) -> bool {
        matches!(self.category(), Category::PositiveIntermediate)
    }

    /// 4yz: not done, for a reason that may go away.
    pub const fn is_transient_negative(self) -> bool {
        matches!(self.category(), Category::TransientNegative)
    }

    /// 5yz: not done, and the same command will fail again.
    pub const fn is_permanent_negative(self) -> bool {
        matches!(self.category(), Category::PermanentNegative)
    }

    /// 6yz: a protected reply (RFC 2228) that wraps the real one.
    pub const fn is_protected(self) -> bool {
        matches!(self.category(), Category::Protected)
    }

    /// 1yz, 2yz or 3yz: the command was accepted.
    pub const fn is_positive(self) -> bool {
        matches!(
            self.category(),
            Category::PositivePreliminary
                | Category::PositiveCompletion
                | Category::PositiveIntermediate
        )
    }

    /// 4yz or 5yz: the command failed.
    pub const fn is_negative(self) -> bool {
        matches!(
            self.category(),
            Category::TransientNegative | Category::PermanentNegative
        )
    }

    /// What a client does after this reply, in a few words: the step of its
    /// [category](Category::next_step), except where the code says more. After `421` and
    /// `221` the server closes the control connection (RFC 959 §4.2.2), so nothing more can
    /// be sent on it.
    ///
    /// ```
    /// use ftp_reply::ReplyCode;
    ///
    /// assert_eq!(ReplyCode::from_u16(450)?.next_step(), "retry later");
    /// assert_eq!(ReplyCode::from_u16(421)?.next_step(), "reconnect later and log in again");
    /// # Ok::<(), ftp_reply::InvalidReplyCode>(())
    /// ```
    pub const fn next_step(self) -> &'static str {
        match self.as_u16() {
            221 => "the session is over: close the connection",
            421 => "reconnect later and log in again",
            _ => self.category().next_step(),
        }
    }

    /// Whether sending the same command again, unchanged, can succeed: true for the
    /// transient negative replies (4yz) only.
    ///
    /// A retry may need a pause or a new connection first (after `421` the server closes
    /// the control connection). Positive replies need no retry; permanent negative ones
    /// (5yz) will fail again until something changes; a protected reply (6yz) must be
    /// decoded before it can be judged.
    ///
    /// ```
    /// use ftp_reply::ReplyCode;
    ///
    /// assert!(ReplyCode::from_u16(450)?.is_retryable());
    /// assert!(!ReplyCode::from_u16(550)?.is_retryable());
    /// # Ok::<(), ftp_reply::InvalidReplyCode>(())
    /// ```
    pub const fn is_retryable(self) -> bool {
        self.is_transient_negative()
    }
}

/// `"100101102…699"`: the digits of every code, for [`ReplyCode::as_str`].
static DIGIT_BYTES: [u8; 600 * 3] = DIGIT_TABLE;

// The digit table is ASCII, checked when the crate compiles.
const _: () = assert!(DIGIT_TABLE.is_ascii());

const DIGIT_TABLE: [u8; 600 * 3] = {
    let mut bytes = [0; 600 * 3];
    let mut offset = 0;
    while offset < 600 {
        let code = offset + 100;
        bytes[offset * 3] = b'0' + (code / 100) as u8;
        bytes[offset * 3 + 1] = b'0' + (code / 10 % 10) as u8;
        bytes[offset * 3 + 2] = b'0' + (code % 10) as u8;
        offset += 1;
    }
    bytes
};

impl fmt::Display for ReplyCode {
    /// Writes the three digits, as on the wire.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Debug for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_u16(), f)
    }
}

impl FromStr for ReplyCode {
    type Err = InvalidReplyCode;

    /// Parses exactly three digits; surrounding white space is an error.
    fn from_str(text: &str) -> Result<ReplyCode, InvalidReplyCode> {
        ReplyCode::from_bytes(text.as_bytes())
    }
}

impl TryFrom<u16> for ReplyCode {
    type Error = InvalidReplyCode;

    fn try_from(value: u16) -> Result<ReplyCode, InvalidReplyCode> {
        ReplyCode::from_u16(value)
    }
}

impl TryFrom<&str> for ReplyCode {
    type Error = InvalidReplyCode;

    fn try_from(text: &str) -> Result<ReplyCode, InvalidReplyCode> {
        text.parse()
    }
}

impl TryFrom<&[u8]> for ReplyCode {
    type Error = InvalidReplyCode;

    fn try_from(bytes: &[u8]) -> Result<ReplyCode, InvalidReplyCode> {
        ReplyCode::from_bytes(bytes)
    }
}

impl From<ReplyCode> for u16 {
    fn from(code: ReplyCode) -> u16 {
        code.as_u16()
    }
}

impl From<KnownCode> for ReplyCode {
    fn from(code: KnownCode) -> ReplyCode {
        code.as_reply_code()
    }
}

impl PartialEq<u16> for ReplyCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<ReplyCode> for u16 {
    fn eq(&self, other: &ReplyCode) -> bool {
        *self == other.as_u16()
    }
}

impl PartialEq<KnownCode> for ReplyCode {
    fn eq(&self, other: &KnownCode) -> bool {
        self.as_u16() == other.as_u16()
    }
}

impl PartialEq<ReplyCode> for KnownCode {
    fn eq(&self, other: &ReplyCode) -> bool {
        self.as_u16() == other.as_u16()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for ReplyCode {
    /// Serializes the code as an integer.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ReplyCode {
    /// Accepts an integer from 100 to 699, or, in a human-readable format such as JSON, a
    /// string of three digits. Formats that do not describe themselves (postcard, bincode)
    /// read the `u16` that serializing wrote.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ReplyCode, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(serde_impl::CodeVisitor)
        } else {
            deserializer.deserialize_u16(serde_impl::CodeVisitor)
        }
    }
}

#[cfg(feature = "serde")]
pub(crate) mod serde_impl {
    use core::fmt;

    use serde::de::{Error, Unexpected, Visitor};

    use crate::ReplyCode;

    /// Reads a reply code from an integer or a string, rejecting malformed ones.
    pub(crate) struct CodeVisitor;

    impl Visitor<'_> for CodeVisitor {
        type Value = ReplyCode;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an FTP reply code: an integer from 100 to 699 or three digits")
        }

        fn visit_u64<E: Error>(self, value: u64) -> Result<ReplyCode, E> {
            u16::try_from(value)
                .ok()
                .and_then(|value| ReplyCode::from_u16(value).ok())
                .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &self))
        }

        fn visit_i64<E: Error>(self, value: i64) -> Result<ReplyCode, E> {
            u64::try_from(value)
                .map_err(|_| E::invalid_value(Unexpected::Signed(value), &self))
                .and_then(|value| self.visit_u64(value))
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<ReplyCode, E> {
            text.parse()
                .map_err(|_| E::invalid_value(Unexpected::Str(text), &self))
        }
    }
}
