//! Reading replies in place, in a buffered stream's own buffer.

use alloc::vec::Vec;
use core::marker::PhantomData;
use std::io::BufRead;

use super::in_place::{InPlace, Next};
use super::io::{self, Async, Blocking, BufReadStream};
use crate::{ParserConfig, ReadError, Reply};

/// Reads replies from a buffered stream, parsing them in the stream's own buffer; `Io` says
/// how the stream is read. Use it by the names [`BufReplyReader`](super::BufReplyReader)
/// (blocking), `TokioBufReplyReader` and
/// `FuturesBufReplyReader` (see [the module](super)).
///
/// A reply that lies whole in the stream's buffer is lent from there, with no copy; only a
/// reply that straddles two fills of it is put together in a buffer of the reader's own.
/// Where the bytes are in memory already (a slice, a `Cursor`, a memory map, a `BufReader`
/// shared with other code), this is the fastest way to read replies. On a socket it is as
/// fast as [`Reader`](super::Reader), which does its own buffering.
///
/// Otherwise it works as `Reader` does: the same replies, errors and recovery, and memory
/// bounded by [`ParserConfig`] plus one fill of the stream's buffer.
#[derive(Debug)]
pub struct InPlaceReader<R, Io> {
    inner: R,
    state: InPlace,
    io: PhantomData<Io>,
}

impl<R, Io> InPlaceReader<R, Io> {
    /// A reader with the default [`ParserConfig`].
    pub fn new(inner: R) -> InPlaceReader<R, Io> {
        InPlaceReader::with_config(inner, ParserConfig::new())
    }

    /// A reader with the given configuration.
    pub fn with_config(inner: R, config: ParserConfig) -> InPlaceReader<R, Io> {
        InPlaceReader {
            inner,
            state: InPlace::new(config),
            io: PhantomData,
        }
    }

    /// The configuration in use.
    pub fn config(&self) -> &ParserConfig {
        self.state.config()
    }

    /// The stream.
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    /// The bytes taken from the stream but not yet returned in a reply. Bytes still in the
    /// stream's own buffer are not among them: see [`into_parts`](Self::into_parts).
    pub fn buffered(&self) -> &[u8] {
        self.state.buffered()
    }
}

impl<R: BufReadStream<Io>, Io> InPlaceReader<R, Io> {
    /// The stream, with the last reply consumed from it. Reading from it directly skips the
    /// bytes [`buffered`](Self::buffered) here.
    pub fn get_mut(&mut self) -> &mut R {
        self.inner.consume_bytes(self.state.take_lent());
        &mut self.inner
    }

    /// The stream, with the last reply consumed from it, and the bytes taken from it but
    /// not yet returned, which come before anything left in the stream.
    ///
    /// After `234` to `AUTH TLS`, both the bytes returned here and those in the stream's own
    /// buffer (a `BufReader`'s `buffer()`) must be empty before the TLS handshake: they
    /// arrived in clear text after the server's last reply.
    pub fn into_parts(mut self) -> (R, Vec<u8>) {
        self.inner.consume_bytes(self.state.take_lent());
        let buffered = self.state.buffered().to_vec();
        (self.inner, buffered)
    }

    /// The reply `next` names, lent from the stream's buffer or the reader's.
    #[inline(always)]
    fn lend(&mut self, next: Option<Next>) -> Result<Option<(u64, Reply<'_>)>, ReadError> {
        match next {
            None => Ok(None),
            Some(Next::InStream(found)) => InPlace::lend(found, &mut self.inner).map(Some),
            Some(Next::Held(span)) => Ok(Some((span.offset, self.state.reply(span)))),
        }
    }
}

impl<R: BufRead> InPlaceReader<R, Blocking> {
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
    /// let next = reader.read_reply_with_offset()?;
    /// assert_eq!(next.map(|(offset, reply)| (offset, reply.code().as_u16())), Some((8, 221)));
    /// # Ok::<(), ftp_reply::ReadError>(())
    /// ```
    #[inline]
    pub fn read_reply_with_offset(&mut self) -> Result<Option<(u64, Reply<'_>)>, ReadError> {
        let next = io::ready(|context| self.state.poll_next(&mut self.inner, context))?;
        self.lend(next)
    }
}

impl<R: BufReadStream<Io>, Io: Async> InPlaceReader<R, Io> {
    /// Reads the next reply; `Ok(None)` at the end of the stream.
    ///
    /// Cancel safe: a reply whose bytes had partly arrived when the future was dropped is
    /// read whole by the next call.
    pub async fn read_reply(&mut self) -> Result<Option<Reply<'_>>, ReadError> {
        Ok(self.read_reply_with_offset().await?.map(|(_, reply)| reply))
    }

    /// Reads the next reply with the stream offset of its first byte.
    pub async fn read_reply_with_offset(&mut self) -> Result<Option<(u64, Reply<'_>)>, ReadError> {
        let (state, inner) = (&mut self.state, &mut self.inner);
        let next = core::future::poll_fn(|context| state.poll_next(inner, context)).await?;
        self.lend(next)
    }
}
