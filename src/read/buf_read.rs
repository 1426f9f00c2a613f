//! Reading replies in place from a buffered stream.

use std::io::{self, BufRead};

use super::buffer::{ReadBuffer, Span};
use crate::{Parsed, ParserConfig, ReadError, Reply, ReplyCode};

/// The least a reply that straddles two of the stream's buffers takes of the second at a
/// time; what it takes past its end is left in the stream.
const STEP: usize = 256;

/// Reads replies from any [`BufRead`], parsing them in the stream's own buffer.
///
/// A reply that lies whole in the stream's buffer is lent from there, with no copy; only a
/// reply that straddles two fills of it is put together in a buffer of the reader's own.
/// Where the bytes are in memory already (a slice, a `Cursor`, a memory map, a
/// `BufReader` shared with other code), this is the fastest way to read replies. On a
/// socket it is as fast as [`ReplyReader`](crate::ReplyReader), which does its own
/// buffering.
///
/// Otherwise it works as `ReplyReader` does: the same replies, errors and recovery, and
/// memory bounded by [`ParserConfig`] plus one fill of the stream's buffer.
///
/// ```
/// use ftp_reply::BufReplyReader;
///
/// let session = &b"220-Welcome\r\n220 Ready\r\n331 Password required\r\n"[..];
/// let mut reader = BufReplyReader::new(session);
/// assert_eq!(reader.read_reply()?.map(|reply| reply.code().as_u16()), Some(220));
/// assert_eq!(reader.read_reply()?.map(|reply| reply.code().as_u16()), Some(331));
/// assert!(reader.read_reply()?.is_none()); // end of stream
/// # Ok::<(), ftp_reply::ReadError>(())
/// ```
#[derive(Debug)]
pub struct BufReplyReader<R> {
    inner: R,
    /// Replies that straddle two fills of the stream's buffer, put together.
    buffer: ReadBuffer,
    /// Bytes of the stream's buffer lent in the last reply or passed over by the last
    /// error, consumed at the next call.
    lent: usize,
    /// The stream offset of the stream's next byte, once `lent` is consumed.
    position: u64,
    /// `buffer` holds the start of a reply, or a line being skipped: parsing goes on there.
    holding: bool,
}

/// What a look at the stream's buffer found.
enum InPlace {
    /// A reply, whole, to be lent from the stream's buffer.
    Reply {
        offset: u64,
        len: usize,
        code: ReplyCode,
        multiline: bool,
        /// Where the stream's buffer was, to check that it is still there.
        at: *const u8,
    },
    /// The start of a reply, now held in the reader's buffer.
    Held,
    /// The end of the stream.
    End,
}

impl<R> BufReplyReader<R> {
    /// A reader with the default [`ParserConfig`].
    pub fn new(inner: R) -> BufReplyReader<R> {
        BufReplyReader::with_config(inner, ParserConfig::new())
    }

    /// A reader with the given configuration.
    pub fn with_config(inner: R, config: ParserConfig) -> BufReplyReader<R> {
        BufReplyReader {
            inner,
            buffer: ReadBuffer::new(config),
            lent: 0,
            position: 0,
            holding: false,
        }
    }

    /// The configuration in use.
    pub fn config(&self) -> &ParserConfig {
        self.buffer.config()
    }

    /// The stream.
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    /// The bytes taken from the stream but not yet returned in a reply. Bytes still in the
    /// stream's own buffer are not among them: see [`into_parts`](BufReplyReader::into_parts).
    pub fn buffered(&self) -> &[u8] {
        self.buffer.buffered()
    }
}

impl<R: BufRead> BufReplyReader<R> {
    /// The stream, with the last reply consumed from it. Reading from it directly skips
    /// the bytes [`buffered`](BufReplyReader::buffered) here.
    pub fn get_mut(&mut self) -> &mut R {
        self.inner.consume(core::mem::take(&mut self.lent));
        &mut self.inner
    }

    /// The stream, with the last reply consumed from it, and the bytes taken from it but
    /// not yet returned, which come before anything left in the stream.
    ///
    /// After `234` to `AUTH TLS`, both the bytes returned here and those in the stream's
    /// own buffer (such as [`BufReader::buffer`](std::io::BufReader::buffer)) must be
    /// empty before the TLS handshake: they arrived in clear text after the server's last
    /// reply.
    pub fn into_parts(mut self) -> (R, alloc::vec::Vec<u8>) {
        self.inner.consume(self.lent);
        let buffered = self.buffer.buffered().to_vec();
        (self.inner, buffered)
    }

    /// Reads the next reply; `Ok(None)` at the end of the stream.
    #[inline]
    pub fn read_reply(&mut self) -> Result<Option<Reply<'_>>, ReadError> {
        Ok(self.read_reply_with_offset()?.map(|(_, reply)| reply))
    }

    /// Reads the next reply with the stream offset of its first byte.
    ///
    /// ```
    /// use ftp_reply::BufReplyReader;
    ///
    /// let mut reader = BufReplyReader::new(&b"220 Hi\r\n221 Bye\r\n"[..]);
    /// reader.read_reply()?;
    /// let (offset, reply) = reader.read_reply_with_offset()?.unwrap();
    /// assert_eq!((offset, reply.code().as_u16()), (8, 221));
    /// # Ok::<(), ftp_reply::ReadError>(())
    /// ```
    #[inline]
    pub fn read_reply_with_offset(&mut self) -> Result<Option<(u64, Reply<'_>)>, ReadError> {
        self.inner.consume(core::mem::take(&mut self.lent));
        if !self.holding {
            match self.parse_in_place()? {
                InPlace::Reply {
                    offset,
                    len,
                    code,
                    multiline,
                    at,
                } => {
                    // The borrow of the first look ended with it; the buffer is the same.
                    let chunk = self.inner.fill_buf()?;
                    return match chunk.get(..len).filter(|_| chunk.as_ptr() == at) {
                        Some(raw) => Ok(Some((offset, Reply::new(raw, code, multiline)))),
                        None => Err(io::Error::other(
                            "the stream's buffer changed without a read or a consume",
                        )
                        .into()),
                    };
                }
                InPlace::Held => {}
                InPlace::End => return Ok(None),
            }
        }
        let span = self.read_held()?;
        Ok(span.map(|span| (span.offset, self.buffer.reply(span))))
    }

    /// Parses the next reply in the stream's buffer.
    #[inline]
    fn parse_in_place(&mut self) -> Result<InPlace, ReadError> {
        let chunk = loop {
            match self.inner.fill_buf() {
                Ok(chunk) => break chunk,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => return Err(error.into()),
            }
        };
        if chunk.is_empty() {
            return Ok(InPlace::End);
        }
        match self.buffer.parse_in_place(chunk) {
            Ok(Parsed::Complete(reply)) => {
                let (offset, len) = (self.position, reply.len());
                self.position += len as u64;
                self.lent = len;
                Ok(InPlace::Reply {
                    offset,
                    len,
                    code: reply.code(),
                    multiline: reply.is_multiline(),
                    at: chunk.as_ptr(),
                })
            }
            Ok(Parsed::Partial) => {
                let len = chunk.len();
                self.buffer.hold(chunk, self.position);
                self.inner.consume(len);
                self.holding = true;
                Ok(InPlace::Held)
            }
            Err(error) => {
                let (error, taken) = self.buffer.recover_in_place(error, self.position);
                self.position += taken as u64;
                self.lent = taken;
                self.holding = !self.buffer.is_drained();
                Err(error)
            }
        }
    }

    /// The next reply put together in the reader's buffer, taking from the stream's buffer
    /// in growing steps and leaving it what goes past the reply. Parsing goes back to the
    /// stream's buffer once the reader's is drained.
    #[inline(never)]
    fn read_held(&mut self) -> Result<Option<Span>, ReadError> {
        let inner = &mut self.inner;
        let mut taken = 0;
        let mut step = self.buffer.buffered().len().max(STEP);
        let result = self.buffer.next_blocking(|spare| {
            inner.consume(core::mem::take(&mut taken));
            let chunk = inner.fill_buf()?;
            let count = chunk.len().min(spare.len()).min(step);
            spare[..count].copy_from_slice(&chunk[..count]);
            taken = count;
            step = step.saturating_mul(2);
            Ok(count)
        });
        let left = self.buffer.give_back(taken);
        self.inner.consume(taken - left);
        if self.buffer.is_drained() {
            self.holding = false;
            self.position = self.buffer.position();
        }
        result
    }
}
