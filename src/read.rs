//! Reading replies from a blocking stream.

use std::io::{self, BufRead};
use std::vec::Vec;

use crate::{ParseError, ParseErrorKind, ParserConfig, ReadError, Reply, ReplyCode, ReplyParser};

/// Reads replies from any [`BufRead`], such as a `BufReader<TcpStream>`.
///
/// Each reply borrows the reader's buffer, so reading allocates nothing once the buffer has
/// grown to the longest reply; convert to [`OwnedReply`](crate::OwnedReply) to keep one.
/// The buffer never grows past [`ParserConfig::max_reply_length`] and one read of the
/// underlying stream.
///
/// A malformed reply is an error, and reading goes on after it: the next call starts after
/// the first line of the bad reply (or, for a line over the length limit, after the next
/// line feed), and [`ReadError::Parse`] says where the error was.
///
/// ```
/// use ftp_reply::ReplyReader;
///
/// let session = &b"220 Service ready\r\n331 Password required\r\n"[..];
/// let mut reader = ReplyReader::new(session);
/// assert_eq!(reader.read_reply()?.map(|reply| reply.code().as_u16()), Some(220));
/// assert_eq!(reader.read_reply()?.map(|reply| reply.code().as_u16()), Some(331));
/// assert!(reader.read_reply()?.is_none()); // end of stream
/// # Ok::<(), ftp_reply::ReadError>(())
/// ```
#[derive(Debug)]
pub struct ReplyReader<R> {
    inner: R,
    parser: ReplyParser,
    buffer: Vec<u8>,
    /// Start of unread bytes in `buffer`.
    start: usize,
    /// Bytes of the last reply returned, to drop on the next call.
    returned: usize,
    /// Stream offset of `buffer[0]`.
    buffer_offset: u64,
    /// Discarding a line that was too long, up to its line feed.
    skipping_line: bool,
}

impl<R: BufRead> ReplyReader<R> {
    /// A reader with the default [`ParserConfig`].
    pub fn new(inner: R) -> ReplyReader<R> {
        ReplyReader::with_config(inner, ParserConfig::new())
    }

    /// A reader with the given configuration.
    pub fn with_config(inner: R, config: ParserConfig) -> ReplyReader<R> {
        ReplyReader {
            inner,
            parser: ReplyParser::with_config(config),
            buffer: Vec::new(),
            start: 0,
            returned: 0,
            buffer_offset: 0,
            skipping_line: false,
        }
    }

    /// Reads the next reply; `Ok(None)` at the end of the stream.
    pub fn read_reply(&mut self) -> Result<Option<Reply<'_>>, ReadError> {
        Ok(self.read_reply_with_offset()?.map(|(_, reply)| reply))
    }

    /// Reads the next reply with the stream offset of its first byte.
    ///
    /// ```
    /// use ftp_reply::ReplyReader;
    ///
    /// let mut reader = ReplyReader::new(&b"220 Hi\r\n221 Bye\r\n"[..]);
    /// reader.read_reply()?;
    /// let (offset, reply) = reader.read_reply_with_offset()?.unwrap();
    /// assert_eq!((offset, reply.code().as_u16()), (8, 221));
    /// # Ok::<(), ftp_reply::ReadError>(())
    /// ```
    pub fn read_reply_with_offset(&mut self) -> Result<Option<(u64, Reply<'_>)>, ReadError> {
        self.start += core::mem::take(&mut self.returned);
        self.compact();
        if self.skipping_line && !self.skip_line()? {
            return Ok(None);
        }
        loop {
            // Buffered bytes first: a whole reply may already be here.
            let found = match self.parser.parse(&self.buffer[self.start..]) {
                Ok(status) => status.complete().map(|reply| span(&reply)),
                Err(error) => return Err(self.recover(error)),
            };
            let found = match found {
                Some(found) => Some(found),
                None if self.fill()? > 0 => None,
                None => match self.parser.parse_eof(&self.buffer[self.start..]) {
                    Ok(None) => return Ok(None),
                    Ok(Some(reply)) => Some(span(&reply)),
                    Err(error) => return Err(self.recover(error)),
                },
            };
            if let Some((code, multiline, len)) = found {
                self.returned = len;
                let offset = self.buffer_offset + self.start as u64;
                let raw = &self.buffer[self.start..self.start + len];
                return Ok(Some((offset, Reply::new(raw, code, multiline))));
            }
        }
    }

    /// The underlying reader.
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    /// The underlying reader. Reading from it directly loses the replies buffered here.
    pub fn get_mut(&mut self) -> &mut R {
        &mut self.inner
    }

    /// Appends what the stream has to the buffer; returns the number of bytes, 0 at its end.
    fn fill(&mut self) -> io::Result<usize> {
        let available = loop {
            match self.inner.fill_buf() {
                Ok(available) => break available,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => return Err(error),
            }
        };
        let count = available.len();
        self.buffer.extend_from_slice(available);
        self.inner.consume(count);
        Ok(count)
    }

    /// Drops the bytes before `start` once they are at least half the buffer, so that the
    /// buffer stays bounded and each byte moves at most once on average.
    fn compact(&mut self) {
        if self.start > 0 && self.start >= self.buffer.len() / 2 {
            self.buffer.drain(..self.start);
            self.buffer_offset += self.start as u64;
            self.start = 0;
        }
    }

    /// Discards input up to and including the next line feed; false at the end of the stream.
    fn skip_line(&mut self) -> io::Result<bool> {
        loop {
            if let Some(found) = memchr::memchr(b'\n', &self.buffer[self.start..]) {
                self.start += found + 1;
                self.skipping_line = false;
                return Ok(true);
            }
            self.buffer_offset += self.buffer.len() as u64;
            self.buffer.clear();
            self.start = 0;
            if self.fill()? == 0 {
                return Ok(false);
            }
        }
    }

    /// Turns a parse error into a [`ReadError`] and moves past the bad line.
    fn recover(&mut self, error: ParseError) -> ReadError {
        let stream_offset = self.buffer_offset + (self.start + error.offset()) as u64;
        match error.resume_at() {
            Some(resume) => self.start += resume,
            // A line too long to hold: drop it through its line feed, which may be buffered
            // already or still to come.
            None if matches!(error.kind(), ParseErrorKind::LineTooLong { .. }) => {
                self.start += error.offset();
                self.skipping_line = true;
            }
            // The end of the stream: nothing follows.
            None => self.start = self.buffer.len(),
        }
        ReadError::Parse {
            error,
            stream_offset,
        }
    }
}

/// What is needed to rebuild a reply after the borrow of the buffer ends.
fn span(reply: &Reply<'_>) -> (ReplyCode, bool, usize) {
    (reply.code(), reply.is_multiline(), reply.len())
}
