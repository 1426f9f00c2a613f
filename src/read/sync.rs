//! Reading replies from a blocking stream.

use std::io::Read;

use super::buffer::ReadBuffer;
use crate::{ReadError, Reply};

/// Reads replies from any [`Read`], such as a `TcpStream`, lending each from its buffer.
///
/// Reading allocates nothing once the buffer has grown to the longest reply; convert a reply
/// to [`OwnedReply`](crate::OwnedReply) to keep it. The buffer never grows past
/// [`ParserConfig::max_reply_length`](crate::ParserConfig) and one read of the stream. The
/// reader does its own buffering, so a `BufReader` around the stream is not needed.
///
/// A malformed reply is an error, and reading goes on after it: the next call starts after
/// the first line of the bad reply (or, when that line did not end within the limits, after
/// the next line feed), and [`ReadError::Parse`] says where the error was.
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
    buffer: ReadBuffer,
}

super::reader_methods!(ReplyReader);

impl<R: Read> ReplyReader<R> {
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
        let inner = &mut self.inner;
        let span = self.buffer.next_blocking(|spare| inner.read(spare))?;
        Ok(span.map(|span| (span.offset, self.buffer.reply(span))))
    }
}
