//! Errors of the code constructors.

use crate::ReplyCode;

/// A value that is not a well-formed reply code.
///
/// A well-formed code is three ASCII digits whose first digit is 1 to 6, or a number from
/// 100 to 699. Each variant says what was wrong and where.
///
/// ```
/// use ftp_reply::{InvalidReplyCode, ReplyCode};
///
/// assert_eq!(ReplyCode::from_bytes(b"5a0"), Err(InvalidReplyCode::NotDigit { index: 1, byte: b'a' }));
/// assert_eq!(
///     ReplyCode::from_u16(700).unwrap_err().to_string(),
///     "700 is not a reply code: expected a number from 100 to 699",
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum InvalidReplyCode {
    /// The text is not three bytes long.
    #[error("a reply code has three digits, found {len} bytes")]
    Length {
        /// The length of the text, in bytes.
        len: usize,
    },
    /// A byte of the text is not an ASCII digit.
    #[error("byte {index} of the reply code is {:?}, expected an ASCII digit", char::from(*.byte))]
    NotDigit {
        /// The position of the byte, from 0.
        index: usize,
        /// The byte found there.
        byte: u8,
    },
    /// The text is three digits, but the first is 0 or 7 to 9.
    #[error("reply code starts with {}, expected a digit from 1 to 6", char::from(*.digit))]
    FirstDigit {
        /// The first byte of the text, an ASCII digit.
        digit: u8,
    },
    /// The number is outside 100 to 699.
    #[error("{value} is not a reply code: expected a number from 100 to 699")]
    OutOfRange {
        /// The number given.
        value: u16,
    },
}

/// A well-formed reply code that the catalogue does not know.
///
/// ```
/// use ftp_reply::{KnownCode, ReplyCode};
///
/// let code = ReplyCode::from_u16(299)?;
/// let err = KnownCode::try_from(code).unwrap_err();
/// assert_eq!(err.code(), code);
/// assert_eq!(err.to_string(), "reply code 299 is not in the catalogue");
/// # Ok::<(), ftp_reply::InvalidReplyCode>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("reply code {code} is not in the catalogue")]
pub struct UnknownReplyCode {
    code: ReplyCode,
}

impl UnknownReplyCode {
    pub(crate) const fn new(code: ReplyCode) -> UnknownReplyCode {
        UnknownReplyCode { code }
    }

    /// The code that was looked up.
    pub const fn code(&self) -> ReplyCode {
        self.code
    }
}

/// Why a number or text is not a [`KnownCode`](crate::KnownCode).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ParseKnownCodeError {
    /// The value is not a well-formed reply code.
    #[error(transparent)]
    Invalid(#[from] InvalidReplyCode),
    /// The value is a well-formed code the catalogue does not know.
    #[error(transparent)]
    Unknown(#[from] UnknownReplyCode),
}
