//! Reading replies from a stream into the reader's own buffer.

use alloc::vec::Vec;
use core::marker::PhantomData;
use core::task::{Context, Poll};
use std::io::Read;

use super::buffer::{ReadBuffer, Span};
use super::io::{self, Async, Blocking, ReadStream};
use crate::{ParserConfig, ReadError, Reply};

/// Reads replies from a stream, lending each from the reader's own buffer; `Io` says how
/// the stream is read. Use it by the names [`ReplyReader`](super::ReplyReader) (blocking),
/// `TokioReplyReader` and `FuturesReplyReader`
/// (see [the module](super)).
///
/// Reading allocates nothing once the buffer has grown to the longest reply; convert a reply
/// to [`OwnedReply`](crate::OwnedReply) to keep it. The buffer never grows past
/// [`ParserConfig::max_reply_length`] and one read of the stream. The reader does its own
/// buffering, so a `BufReader` around the stream is not needed.
///
/// A malformed reply is an error, and reading goes on after it: the next call starts after
/// the first line of the bad reply (or, when that line did not end within the limits, after
/// the next line feed), as [`ReplyFramer`](crate::ReplyFramer) says, and
/// [`ReadError::Parse`] says where the error was.
#[derive(Debug)]
pub struct Reader<R, Io> {
    inner: R,
    buffer: ReadBuffer,
    io: PhantomData<Io>,
}

impl<R, Io> Reader<R, Io> {
    /// A reader with the default [`ParserConfig`].
    pub fn new(inner: R) -> Reader<R, Io> {
        Reader::with_config(inner, ParserConfig::new())
    }

    /// A reader with the given configuration.
    pub fn with_config(inner: R, config: ParserConfig) -> Reader<R, Io> {
        Reader {
            inner,
            buffer: ReadBuffer::new(config),
            io: PhantomData,
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

    /// The stream. Reading from it directly skips the bytes buffered here.
    pub fn get_mut(&mut self) -> &mut R {
        &mut self.inner
    }

    /// The bytes received from the stream but not yet returned in a reply.
    ///
    /// After `234` to `AUTH TLS` this must be empty before the TLS handshake: bytes here
    /// arrived in clear text after the server's last reply, and a client that kept them
    /// would let an attacker inject replies into the protected session.
    pub fn buffered(&self) -> &[u8] {
        self.buffer.buffered()
    }

    /// The stream and the bytes received but not yet returned, to go on with the stream
    /// elsewhere: over TLS after `234`, for example.
    pub fn into_parts(self) -> (R, Vec<u8>) {
        let buffered = self.buffer.buffered().to_vec();
        (self.inner, buffered)
    }

    /// The reply at `span`, with its stream offset.
    fn lend(&self, span: Span) -> (u64, Reply<'_>) {
        (span.offset, self.buffer.reply(span))
    }
}

impl<R: ReadStream<Io>, Io> Reader<R, Io> {
    /// Where the next reply lies in the buffer, reading the stream as needed: the one body
    /// of every way of reading.
    #[inline]
    fn poll_span(&mut self, context: &mut Context<'_>) -> Poll<Result<Option<Span>, ReadError>> {
        let inner = &mut self.inner;
        self.buffer.poll_next(context, |context, spare| {
            inner.poll_read_into(context, spare)
        })
    }
}

impl<R: Read> Reader<R, Blocking> {
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
    /// let next = reader.read_reply_with_offset()?;
    /// assert_eq!(next.map(|(offset, reply)| (offset, reply.code().as_u16())), Some((8, 221)));
    /// # Ok::<(), ftp_reply::ReadError>(())
    /// ```
    pub fn read_reply_with_offset(&mut self) -> Result<Option<(u64, Reply<'_>)>, ReadError> {
        let span = io::ready(|context| self.poll_span(context))?;
        Ok(span.map(|span| self.lend(span)))
    }
}

impl<R: ReadStream<Io>, Io: Async> Reader<R, Io> {
    /// Reads the next reply; `Ok(None)` at the end of the stream.
    ///
    /// Cancel safe: a reply whose bytes had partly arrived when the future was dropped is
    /// read whole by the next call.
    pub async fn read_reply(&mut self) -> Result<Option<Reply<'_>>, ReadError> {
        Ok(self.read_reply_with_offset().await?.map(|(_, reply)| reply))
    }

    /// Reads the next reply with the stream offset of its first byte.
    pub async fn read_reply_with_offset(&mut self) -> Result<Option<(u64, Reply<'_>)>, ReadError> {
        let span = core::future::poll_fn(|context| self.poll_span(context)).await?;
        Ok(span.map(|span| self.lend(span)))
    }
}
