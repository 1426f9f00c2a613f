//! Reading replies in place from a buffered stream.

use std::io::{self, BufRead};

use super::buffer::Span;
use super::in_place::{InPlace, Look};
use crate::{ReadError, Reply};

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
/// memory bounded by [`ParserConfig`](crate::ParserConfig) plus one fill of the stream's
/// buffer.
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
    state: InPlace,
}

super::in_place::in_place_reader_methods!(BufReplyReader, [BufRead], |inner: &mut R, count| {
    inner.consume(count)
});

impl<R: BufRead> BufReplyReader<R> {
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
        self.inner.consume(self.state.take_lent());
        if !self.state.is_holding() {
            let look = loop {
                match self.inner.fill_buf() {
                    Ok(chunk) => break self.state.look(chunk)?,
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                    Err(error) => return Err(error.into()),
                }
            };
            match look {
                // The borrow of the first look has ended; the stream's buffer has not moved.
                Look::Reply(found) => {
                    return InPlace::lend(found, self.inner.fill_buf()?).map(Some);
                }
                Look::Held(taken) => self.inner.consume(taken),
                Look::End => return Ok(None),
            }
        }
        let span = self.read_held()?;
        Ok(span.map(|span| (span.offset, self.state.reply(span))))
    }

    /// The next reply put together in the reader's buffer.
    #[inline(never)]
    fn read_held(&mut self) -> Result<Option<Span>, ReadError> {
        let inner = &mut self.inner;
        let (buffer, mut steps) = self.state.held();
        let result = buffer.next_blocking(|spare| {
            inner.consume(steps.take_taken());
            Ok(steps.copy(inner.fill_buf()?, spare))
        });
        let taken = self.state.settle(steps);
        self.inner.consume(taken);
        result
    }
}
