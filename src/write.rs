//! Writing replies, for servers (RFC 959 §4.2, RFC 2389 §3.2).

use core::fmt;

use crate::{ReplyCode, WriteError};

/// A reply for a server to send: a code and lines of text borrowed from the caller, checked
/// so that no line can inject another reply.
///
/// One line gives `ddd text`. Several give `ddd-first`, the inner lines, and `ddd last`; an
/// inner line that begins with a digit gets one space in front, as RFC 959 §4.2 requires,
/// so that no reader can take it for the end of the reply. [`ReplyWriter::feat`] writes the
/// RFC 2389 FEAT reply. The output goes to a byte slice, a [`fmt::Write`], an
/// `std::io::Write` or a `Vec`, without allocating on the way.
///
/// ```
/// use ftp_reply::{KnownCode, ReplyWriter};
///
/// let mut buffer = [0; 128];
/// let welcome = ReplyWriter::new(KnownCode::ServiceReady, &["Welcome.", "2 users online", "Ready."])?;
/// let len = welcome.write_to_slice(&mut buffer)?;
/// assert_eq!(&buffer[..len], b"220-Welcome.\r\n 2 users online\r\n220 Ready.\r\n");
///
/// let mut text = String::new();
/// ReplyWriter::new(KnownCode::CommandOk, &["Switching to Binary mode."])?.write_to_fmt(&mut text)?;
/// assert_eq!(text, "200 Switching to Binary mode.\r\n");
///
/// assert!(ReplyWriter::new(KnownCode::CommandOk, &["ok\r\n230 Logged in"]).is_err());
/// # Ok::<(), ftp_reply::WriteError>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct ReplyWriter<'a, T> {
    code: ReplyCode,
    lines: &'a [T],
    feat: bool,
}

impl<'a, T: AsRef<[u8]>> ReplyWriter<'a, T> {
    /// A reply with this code (a [`ReplyCode`] or a [`KnownCode`](crate::KnownCode)) and
    /// these lines of text; fails on no lines or a line with CR or LF.
    pub fn new(
        code: impl Into<ReplyCode>,
        lines: &'a [T],
    ) -> Result<ReplyWriter<'a, T>, WriteError> {
        let code = code.into();
        if lines.is_empty() {
            return Err(WriteError::NoText);
        }
        check_line_breaks(lines)?;
        Ok(ReplyWriter {
            code,
            lines,
            feat: false,
        })
    }

    /// The reply to FEAT (RFC 2389 §3.2): `211-Features:`, one line per feature with one
    /// space in front, and `211 End`; with no features, the single line `211 No features`.
    ///
    /// ```
    /// use ftp_reply::ReplyWriter;
    ///
    /// let mut buffer = [0; 64];
    /// let len = ReplyWriter::feat(&["SIZE", "MDTM", "REST STREAM"])?.write_to_slice(&mut buffer)?;
    /// assert_eq!(&buffer[..len], b"211-Features:\r\n SIZE\r\n MDTM\r\n REST STREAM\r\n211 End\r\n");
    /// # Ok::<(), ftp_reply::WriteError>(())
    /// ```
    pub fn feat(features: &'a [T]) -> Result<ReplyWriter<'a, T>, WriteError> {
        check_line_breaks(features)?;
        if let Some(index) = features
            .iter()
            .position(|feature| matches!(feature.as_ref().first(), None | Some(b' ')))
        {
            return Err(WriteError::BadFeature { index });
        }
        let code = ReplyCode::from_known(crate::KnownCode::SystemStatus);
        Ok(ReplyWriter {
            code,
            lines: features,
            feat: true,
        })
    }

    /// The number of bytes the reply takes.
    pub fn encoded_len(&self) -> usize {
        let mut len = 0;
        let _ = self.segments(|segment| {
            len += segment.len();
            Ok::<(), ()>(())
        });
        len
    }

    /// Writes the reply at the start of `buffer`; returns its length.
    pub fn write_to_slice(&self, buffer: &mut [u8]) -> Result<usize, WriteError> {
        let needed = self.encoded_len();
        let capacity = buffer.len();
        let Some(mut rest) = buffer.get_mut(..needed) else {
            return Err(WriteError::BufferTooSmall { needed, capacity });
        };
        let _ = self.segments(|segment| {
            let (head, tail) = core::mem::take(&mut rest).split_at_mut(segment.len());
            head.copy_from_slice(segment);
            rest = tail;
            Ok::<(), ()>(())
        });
        Ok(needed)
    }

    /// Writes the reply to a [`fmt::Write`], such as a `String`; every line must be UTF-8.
    pub fn write_to_fmt<W: fmt::Write + ?Sized>(&self, out: &mut W) -> Result<(), WriteError> {
        if let Some(line) = self
            .lines
            .iter()
            .position(|line| core::str::from_utf8(line.as_ref()).is_err())
        {
            return Err(WriteError::NotUtf8 { line });
        }
        let _ = self.segments(|segment| {
            // Every segment is a whole line's text or ASCII, so it is UTF-8.
            out.write_str(core::str::from_utf8(segment).unwrap_or_default())
        });
        Ok(())
    }

    /// Writes the reply to an [`std::io::Write`]. Wrap unbuffered writers in a `BufWriter`:
    /// a reply is written in several pieces.
    #[cfg(feature = "std")]
    pub fn write_to_io<W: std::io::Write + ?Sized>(&self, out: &mut W) -> std::io::Result<()> {
        self.segments(|segment| out.write_all(segment))
    }

    /// The reply's bytes in a new `Vec`.
    #[cfg(feature = "alloc")]
    pub fn to_vec(&self) -> alloc::vec::Vec<u8> {
        let mut bytes = alloc::vec::Vec::with_capacity(self.encoded_len());
        let _ = self.segments(|segment| {
            bytes.extend_from_slice(segment);
            Ok::<(), ()>(())
        });
        bytes
    }

    /// Passes the reply to `emit` piece by piece, stopping at the first error.
    fn segments<E>(&self, mut emit: impl FnMut(&[u8]) -> Result<(), E>) -> Result<(), E> {
        const CRLF: &[u8] = b"\r\n";
        let code = self.code.as_str().as_bytes();
        if self.feat {
            if self.lines.is_empty() {
                return [code, b" No features", CRLF].into_iter().try_for_each(emit);
            }
            [code, b"-Features:", CRLF]
                .into_iter()
                .try_for_each(&mut emit)?;
            for feature in self.lines {
                [b" ", feature.as_ref(), CRLF]
                    .into_iter()
                    .try_for_each(&mut emit)?;
            }
            return [code, b" End", CRLF].into_iter().try_for_each(emit);
        }
        let (last, inner): (&T, &[T]) = match self.lines {
            [] => return Ok(()), // `new` rejects this
            [only] => (only, &[]),
            [first, inner @ .., last] => {
                [code, b"-", first.as_ref(), CRLF]
                    .into_iter()
                    .try_for_each(&mut emit)?;
                (last, inner)
            }
        };
        for line in inner {
            let line = line.as_ref();
            let pad: &[u8] = if line.first().is_some_and(u8::is_ascii_digit) {
                b" "
            } else {
                b""
            };
            [pad, line, CRLF].into_iter().try_for_each(&mut emit)?;
        }
        [code, b" ", last.as_ref(), CRLF]
            .into_iter()
            .try_for_each(emit)
    }
}

fn check_line_breaks<T: AsRef<[u8]>>(lines: &[T]) -> Result<(), WriteError> {
    for (line, text) in lines.iter().enumerate() {
        if let Some(index) = memchr::memchr2(b'\r', b'\n', text.as_ref()) {
            return Err(WriteError::LineBreak { line, index });
        }
    }
    Ok(())
}
