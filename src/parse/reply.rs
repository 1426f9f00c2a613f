//! A reply borrowed from the bytes it was parsed from.

use core::fmt;
use core::iter::FusedIterator;

use crate::{ParseError, ReplyCode};

use super::{Parsed, ReplyParser};

/// One reply, single- or multi-line, borrowed from the bytes it was parsed from.
///
/// Text is bytes: servers send UTF-8, Latin-1 and other encodings. A multi-line reply's
/// text is all its lines: [`text`](Reply::text) shows them all, [`lines`](Reply::lines)
/// gives them one by one, and [`first_line`](Reply::first_line) and
/// [`last_line`](Reply::last_line) say which one they give.
///
/// ```
/// use ftp_reply::{KnownCode, Reply};
///
/// let input = b"230-Welcome.\r\n230-Quota: 1 GB\r\n230 Logged in.\r\n221 Bye\r\n";
/// let reply = Reply::parse_complete(input)?;
/// assert_eq!(reply.code(), KnownCode::UserLoggedIn);
/// assert!(reply.is_multiline());
/// assert_eq!(reply.lines().collect::<Vec<_>>(), [&b"Welcome."[..], b"Quota: 1 GB", b"Logged in."]);
/// assert_eq!((reply.first_line(), reply.last_line()), (&b"Welcome."[..], &b"Logged in."[..]));
/// assert_eq!(reply.text().to_string(), "Welcome.\nQuota: 1 GB\nLogged in.");
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
    /// Invariant: `raw` is a whole reply as the parser accepted it, ending with a line feed.
    pub(crate) const fn new(raw: &'a [u8], code: ReplyCode, multiline: bool) -> Reply<'a> {
        Reply {
            raw,
            code,
            multiline,
        }
    }

    /// Parses the reply at the start of `input` with the default [`ParserConfig`](crate::ParserConfig).
    ///
    /// Returns [`Parsed::Partial`] when `input` holds only the start of a reply. To parse a
    /// stream that arrives in pieces, keep a [`ReplyParser`], which does not scan the same
    /// bytes twice.
    pub fn parse(input: &'a [u8]) -> Result<Parsed<Reply<'a>>, ParseError> {
        ReplyParser::new().parse(input)
    }

    /// Parses `input` as one whole reply, for one-shot use: input that ends inside a reply is
    /// an error, not [`Parsed::Partial`]. Bytes after the reply are left alone; its
    /// [`len`](Reply::len) says where it ends.
    ///
    /// ```
    /// use ftp_reply::{ParseErrorKind, Reply};
    ///
    /// let reply = Reply::parse_complete(b"227 Entering Passive Mode (192,0,2,7,195,80)\r\n")?;
    /// assert_eq!(reply.passive_address()?.port(), 50000);
    /// let cut = Reply::parse_complete(b"230-Welcome\r\n").unwrap_err();
    /// assert!(matches!(cut.kind(), ParseErrorKind::MissingFinalLine { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_complete(input: &'a [u8]) -> Result<Reply<'a>, ParseError> {
        match ReplyParser::new().parse_eof(input)? {
            Some(reply) => Ok(reply),
            None => Err(ParseError::new(
                crate::ParseErrorKind::UnexpectedEnd,
                0,
                None,
            )),
        }
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

    /// The text of the first line, without the code: the whole text of a single-line reply.
    pub fn first_line(&self) -> &'a [u8] {
        self.lines().next().unwrap_or_default()
    }

    /// The text of the last line, without the code: the whole text of a single-line reply.
    pub fn last_line(&self) -> &'a [u8] {
        if !self.multiline {
            return self.first_line();
        }
        let body = self.raw.strip_suffix(b"\n").unwrap_or(self.raw);
        let start = memchr::memrchr(b'\n', body).map_or(0, |found| found + 1);
        let line = strip_cr(&body[start..]);
        &line[line.len().min(4)..]
    }

    /// The text of every line, as [`lines`](Reply::lines) gives it; displays as the lines
    /// joined by line feeds, bytes that are not UTF-8 shown as U+FFFD.
    pub fn text(&self) -> Text<'a> {
        Text {
            lines: self.lines(),
        }
    }
}

impl fmt::Display for Reply<'_> {
    /// Writes the reply as received, codes included, with its lines joined by `\n` and bytes
    /// that are not UTF-8 shown as U+FFFD: what a log or a user should see.
    ///
    /// ```
    /// let reply = ftp_reply::Reply::parse_complete(b"230-Welcome\r\n230 Logged in\r\n")?;
    /// assert_eq!(reply.to_string(), "230-Welcome\n230 Logged in");
    /// # Ok::<(), ftp_reply::ParseError>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let body = self.raw.strip_suffix(b"\n").unwrap_or(self.raw);
        for (index, line) in body.split(|&byte| byte == b'\n').enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write_lossy(f, strip_cr(line))?;
        }
        Ok(())
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
        let line = strip_cr(&self.rest[..end]);
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

/// A line without the CR of its CR LF.
fn strip_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// The text of a [`Reply`], every line of it, from [`Reply::text`].
///
/// Displays as the lines joined by `\n`, with bytes that are not UTF-8 shown as U+FFFD;
/// `to_string()` makes a `String` of it.
#[derive(Clone, Debug)]
pub struct Text<'a> {
    lines: Lines<'a>,
}

impl<'a> Text<'a> {
    /// The lines, as bytes.
    pub fn lines(&self) -> Lines<'a> {
        self.lines.clone()
    }

    /// Whether every line is UTF-8.
    pub fn is_utf8(&self) -> bool {
        self.lines().all(|line| core::str::from_utf8(line).is_ok())
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, line) in self.lines().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write_lossy(f, line)?;
        }
        Ok(())
    }
}

/// Writes bytes as UTF-8, each invalid sequence as U+FFFD.
fn write_lossy(f: &mut fmt::Formatter<'_>, bytes: &[u8]) -> fmt::Result {
    for chunk in bytes.utf8_chunks() {
        f.write_str(chunk.valid())?;
        if !chunk.invalid().is_empty() {
            f.write_str("\u{FFFD}")?;
        }
    }
    Ok(())
}
