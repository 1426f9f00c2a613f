//! A reply borrowed from the bytes it was parsed from.

use core::fmt;
use core::iter::FusedIterator;
use core::str::Utf8Error;

use crate::{ParseError, ReplyCode};

use super::{Decoder, Status};

/// One reply, single- or multi-line, borrowed from the bytes it was parsed from.
///
/// Text is bytes: servers send UTF-8, Latin-1 and other encodings, so the text is given as
/// `&[u8]`, with UTF-8 views that can fail ([`text_utf8`](Reply::text_utf8)) or replace bad
/// bytes (`text_lossy`, with `alloc`).
///
/// ```
/// use ftp_reply::{KnownCode, Reply, Status};
///
/// let input = b"230-Welcome.\r\n230-Quota: 1 GB\r\n230 Logged in.\r\n221 Bye\r\n";
/// let Status::Complete(reply) = Reply::parse(input)? else { panic!("a whole reply") };
/// assert_eq!(reply.code(), KnownCode::UserLoggedIn);
/// assert!(reply.is_multiline());
/// assert_eq!(reply.lines().collect::<Vec<_>>(), [&b"Welcome."[..], b"Quota: 1 GB", b"Logged in."]);
/// assert_eq!(reply.len(), 47); // the bytes consumed; the 221 reply follows
/// # Ok::<(), ftp_reply::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reply<'a> {
    raw: &'a [u8],
    code: ReplyCode,
    multiline: bool,
}

impl<'a> Reply<'a> {
    /// Invariant: `raw` is a whole reply as the decoder accepted it, ending with a line feed.
    pub(crate) const fn new(raw: &'a [u8], code: ReplyCode, multiline: bool) -> Reply<'a> {
        Reply {
            raw,
            code,
            multiline,
        }
    }

    /// Parses the reply at the start of `input` with the default [`ParserConfig`](crate::ParserConfig).
    ///
    /// Returns [`Status::Partial`] when `input` holds only the start of a reply. To parse a
    /// stream that arrives in pieces, keep a [`Decoder`], which does not scan the same bytes
    /// twice.
    pub fn parse(input: &'a [u8]) -> Result<Status<Reply<'a>>, ParseError> {
        Decoder::new().decode(input)
    }

    /// The reply's code. For a multi-line reply, the code of its final line, which is the
    /// opening code unless [`allow_any_final_code`](crate::ParserConfig::allow_any_final_code)
    /// accepted another.
    pub const fn code(&self) -> ReplyCode {
        self.code
    }

    /// Whether the reply spans several lines (its first line had a hyphen after the code).
    pub const fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// The reply's bytes, exactly as received, line ends included.
    pub const fn raw(&self) -> &'a [u8] {
        self.raw
    }

    /// The number of bytes the reply took from the input.
    #[allow(clippy::len_without_is_empty)] // a reply is never empty
    pub const fn len(&self) -> usize {
        self.raw.len()
    }

    /// The text of each line, without line ends. The reply's code and its separator are
    /// removed from the first and last lines, and from inner lines that repeat the opening
    /// code with a hyphen (`230-`), as many servers send them. Other inner lines are
    /// returned whole, leading spaces and digits included.
    pub fn lines(&self) -> Lines<'a> {
        Lines {
            rest: self.raw,
            open: [self.raw[0], self.raw[1], self.raw[2]],
            first: true,
        }
    }

    /// The text of the first line: the whole text of a single-line reply.
    pub fn text(&self) -> &'a [u8] {
        self.lines().next().unwrap_or_default()
    }

    /// [`text`](Reply::text) as UTF-8.
    pub fn text_utf8(&self) -> Result<&'a str, Utf8Error> {
        core::str::from_utf8(self.text())
    }

    /// [`text`](Reply::text) as UTF-8, with invalid bytes replaced by U+FFFD.
    #[cfg(feature = "alloc")]
    pub fn text_lossy(&self) -> alloc::borrow::Cow<'a, str> {
        alloc::string::String::from_utf8_lossy(self.text())
    }
}

impl fmt::Debug for Reply<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reply")
            .field("code", &self.code)
            .field("multiline", &self.multiline)
            .field("raw", &format_args!("b\"{}\"", self.raw.escape_ascii()))
            .finish()
    }
}

/// The text lines of a [`Reply`], from [`Reply::lines`].
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    rest: &'a [u8],
    open: [u8; 3],
    first: bool,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let end = memchr::memchr(b'\n', self.rest)?;
        let mut line = &self.rest[..end];
        if let [text @ .., b'\r'] = line {
            line = text;
        }
        self.rest = &self.rest[end + 1..];
        let first = core::mem::replace(&mut self.first, false);
        let prefix = if first || self.rest.is_empty() {
            // The code, then a space or hyphen unless the line is the bare code.
            line.len().min(4)
        } else if line.starts_with(&self.open) && line.get(3) == Some(&b'-') {
            4
        } else {
            0
        };
        Some(&line[prefix..])
    }
}

impl FusedIterator for Lines<'_> {}
