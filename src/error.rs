//! The crate's error types: invalid codes, malformed replies, payloads that do not parse,
//! replies that cannot be written, and failed reads.

use core::fmt;

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
    #[error("byte {index} of the reply code is {}, expected an ASCII digit", Byte(Some(*.byte)))]
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

/// Why bytes from a control connection are not a well-formed reply, and where.
///
/// [`offset`](ParseError::offset) is counted from the start of the bytes given to the parser.
/// [`resume_at`](ParseError::resume_at) says where parsing can continue, so that a caller can
/// skip the bad line and carry on; the skipped bytes are exactly those before it.
///
/// ```
/// use ftp_reply::{ParseErrorKind, Reply};
///
/// let err = Reply::parse(b"2x0 Oops\r\n220 Ready\r\n").unwrap_err();
/// assert_eq!(err.offset(), 1);
/// assert_eq!(err.resume_at(), Some(10));
/// assert!(matches!(err.kind(), ParseErrorKind::Code(_)));
/// assert_eq!(
///     err.to_string(),
///     "byte 1 of the reply code is 'x', expected an ASCII digit, at byte 1",
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{kind}, at byte {offset}")]
pub struct ParseError {
    kind: ParseErrorKind,
    offset: usize,
    resume_at: Option<usize>,
}

impl ParseError {
    pub(crate) const fn new(
        kind: ParseErrorKind,
        offset: usize,
        resume_at: Option<usize>,
    ) -> ParseError {
        ParseError {
            kind,
            offset,
            resume_at,
        }
    }

    /// What was wrong.
    pub const fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The position of the offending byte, or the length of the input when it ended inside
    /// a reply.
    pub const fn offset(&self) -> usize {
        self.offset
    }

    /// Where to continue parsing: just past the first line of the bad reply. `None` when
    /// that line has not ended within the input (a line over the length limit, a first line
    /// past the reply limit, or the end of input): then discard the input up to and
    /// including the next line feed.
    pub const fn resume_at(&self) -> Option<usize> {
        self.resume_at
    }
}

/// The kinds of [`ParseError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// A reply's first line does not start with a well-formed code. The inner error's
    /// position is within the code.
    #[error(transparent)]
    Code(InvalidReplyCode),
    /// The code is followed by something other than a space or a hyphen.
    #[error("expected a space or a hyphen after the reply code, found {}", Byte(*.found))]
    Separator {
        /// The byte found after the code; `None` when the line ends there.
        found: Option<u8>,
    },
    /// A line ends with LF alone, which [`ParserConfig::strict`](crate::ParserConfig::strict)
    /// rejects.
    #[error("expected CR LF at the end of the line, found a bare LF")]
    BareLineFeed,
    /// A line is longer than [`ParserConfig::max_line_length`](crate::ParserConfig), which
    /// bounds the inner lines of a multi-line reply only when the parser reads them one by
    /// one.
    #[error("line longer than the limit of {limit} bytes")]
    LineTooLong {
        /// The limit.
        limit: usize,
    },
    /// A reply is longer than [`ParserConfig::max_reply_length`](crate::ParserConfig).
    #[error("reply longer than the limit of {limit} bytes")]
    ReplyTooLong {
        /// The limit.
        limit: usize,
    },
    /// The input ended before the end of a reply's first line.
    #[error("input ended inside a reply, expected the end of its first line")]
    UnexpectedEnd,
    /// The input ended before the final line of a multi-line reply.
    #[error(
        "input ended inside a multi-line reply, expected a final line starting with \"{code} \""
    )]
    MissingFinalLine {
        /// The code of the reply.
        code: ReplyCode,
    },
}

/// Shows a byte as a quoted ASCII character, or in hexadecimal; `None` is the end of a line.
struct Byte(Option<u8>);

impl fmt::Display for Byte {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(byte) if byte.is_ascii() => write!(f, "{:?}", char::from(byte)),
            Some(byte) => write!(f, "byte {byte:#04x}"),
            None => f.write_str("the end of the line"),
        }
    }
}

/// Why a reply cannot be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    /// The reply has no line of text; even an empty text needs one line.
    #[error("a reply needs at least one line of text")]
    NoText,
    /// A line contains CR or LF, which would end the line early and let the rest pass for
    /// another reply.
    #[error("line {line} of the reply contains a line break at byte {index}")]
    LineBreak {
        /// The line, from 0.
        line: usize,
        /// The position of the CR or LF in the line.
        index: usize,
    },
    /// A FEAT feature is empty or starts with a space (RFC 2389 §3.2 adds exactly one).
    #[error("feature {index} is empty or starts with a space")]
    BadFeature {
        /// The feature, from 0.
        index: usize,
    },
    /// A line is not UTF-8, so it cannot go to a `fmt::Write`.
    #[error("line {line} of the reply is not UTF-8")]
    NotUtf8 {
        /// The line, from 0.
        line: usize,
    },
    /// The buffer given is too small.
    #[error("the reply needs {needed} bytes, the buffer holds {capacity}")]
    BufferTooSmall {
        /// The reply's length.
        needed: usize,
        /// The buffer's length.
        capacity: usize,
    },
}

/// Why the text of a reply does not hold the data expected: which data, what was wrong, and
/// where.
///
/// ```
/// use ftp_reply::{PassiveAddress, PayloadKind, PayloadErrorKind};
///
/// let err = PassiveAddress::parse(b"Entering Passive Mode (192,0,2,300,195,80)").unwrap_err();
/// assert_eq!(err.payload(), PayloadKind::PassiveAddress);
/// assert_eq!(err.kind(), PayloadErrorKind::OutOfRange);
/// assert_eq!(err.offset(), 31);
/// assert_eq!(err.to_string(), "number out of range at byte 31 of a 227 passive address");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{kind} at byte {offset} of a {}", payload.title())]
pub struct PayloadError {
    payload: PayloadKind,
    kind: PayloadErrorKind,
    offset: usize,
}

impl PayloadError {
    pub(crate) const fn new(
        payload: PayloadKind,
        kind: PayloadErrorKind,
        offset: usize,
    ) -> PayloadError {
        PayloadError {
            payload,
            kind,
            offset,
        }
    }

    /// The data that could not be read.
    pub const fn payload(&self) -> PayloadKind {
        self.payload
    }

    /// What was wrong.
    pub const fn kind(&self) -> PayloadErrorKind {
        self.kind
    }

    /// The position in the text of the line read, where the problem is.
    pub const fn offset(&self) -> usize {
        self.offset
    }
}

/// The data a [`PayloadError`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PayloadKind {
    /// The address of a 227 reply, [`PassiveAddress`](crate::PassiveAddress).
    PassiveAddress,
    /// The address of a 228 reply, [`LongPassiveAddress`](crate::LongPassiveAddress).
    LongPassiveAddress,
    /// The port of a 229 reply, [`ExtendedPassivePort`](crate::ExtendedPassivePort).
    ExtendedPassivePort,
    /// The path of a 257 reply, [`Pathname`](crate::Pathname).
    Pathname,
    /// The size of a 213 reply to SIZE.
    FileSize,
    /// The time of a 213 reply to MDTM, [`ModificationTime`](crate::ModificationTime).
    ModificationTime,
    /// The size announced in a 150 or 125 reply.
    TransferSize,
    /// The features of a 211 reply to FEAT, [`Features`](crate::Features).
    Features,
    /// The markers of a 110 reply, [`RestartMarker`](crate::RestartMarker).
    RestartMarker,
    /// The system type of a 215 reply, [`SystemType`](crate::SystemType).
    SystemType,
    /// The base64 payload of a 6yz reply, [`ProtectedPayload`](crate::ProtectedPayload).
    Protected,
}

impl PayloadKind {
    /// The data in a few words, with its reply code, such as `"227 passive address"`.
    pub const fn title(self) -> &'static str {
        match self {
            PayloadKind::PassiveAddress => "227 passive address",
            PayloadKind::LongPassiveAddress => "228 long passive address",
            PayloadKind::ExtendedPassivePort => "229 extended passive port",
            PayloadKind::Pathname => "257 path",
            PayloadKind::FileSize => "213 file size",
            PayloadKind::ModificationTime => "213 modification time",
            PayloadKind::TransferSize => "150 transfer size",
            PayloadKind::Features => "211 feature list",
            PayloadKind::RestartMarker => "110 restart marker",
            PayloadKind::SystemType => "215 system type",
            PayloadKind::Protected => "6yz protected payload",
        }
    }
}

/// The kinds of [`PayloadError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum PayloadErrorKind {
    /// The reply's code is not one that carries this data.
    #[error("the reply code {found} does not carry this data, expected {expected}")]
    UnexpectedCode {
        /// The reply's code.
        found: ReplyCode,
        /// The code that carries the data.
        expected: ReplyCode,
    },
    /// The data is not in the text at all.
    #[error("the expected data is missing")]
    Missing,
    /// A character is not what the format allows there.
    #[error("unexpected character")]
    Syntax,
    /// The text ends before the data does.
    #[error("the data is cut short")]
    Truncated,
    /// A number is larger than its field allows (an octet over 255, a month of 13).
    #[error("number out of range")]
    OutOfRange,
    /// A port is 0, which no data connection can use.
    #[error("port 0 is not a usable port")]
    PortZero,
    /// An address family or length that the format does not define.
    #[error("unsupported address family or length")]
    AddressFamily,
}

/// An error from reading replies from a stream, with any of the readers.
#[cfg(feature = "std")]
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// Reading the stream failed; the I/O error is the [`source`](std::error::Error::source).
    #[error("reading replies failed")]
    Io(#[from] std::io::Error),
    /// The stream holds a malformed reply; reading can go on.
    #[error("malformed reply at byte {stream_offset} of the stream: {error}")]
    Parse {
        /// What was wrong, with offsets counted from the start of the bad reply.
        error: ParseError,
        /// Where in the stream the error is ([`ParseError::offset`] from the reply's start).
        stream_offset: u64,
    },
}
