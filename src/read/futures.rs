//! Reading replies from a futures-io stream, as smol and async-std provide.

use core::pin::Pin;

use futures_io::AsyncRead;

use super::buffer::ReadBuffer;
use crate::{ReadError, Reply};

/// Reads replies from a futures-io [`AsyncRead`], as the streams of smol and async-std are,
/// lending each from its buffer. It works as [`ReplyReader`](crate::ReplyReader) does, with
/// the same limits and the same recovery after a malformed reply.
#[derive(Debug)]
pub struct FuturesReplyReader<R> {
    inner: R,
    buffer: ReadBuffer,
}

super::reader_methods!(FuturesReplyReader);

impl<R: AsyncRead + Unpin> FuturesReplyReader<R> {
    /// Reads the next reply; `Ok(None)` at the end of the stream.
    pub async fn read_reply(&mut self) -> Result<Option<Reply<'_>>, ReadError> {
        Ok(self.read_reply_with_offset().await?.map(|(_, reply)| reply))
    }

    /// Reads the next reply with the stream offset of its first byte.
    pub async fn read_reply_with_offset(&mut self) -> Result<Option<(u64, Reply<'_>)>, ReadError> {
        let inner = &mut self.inner;
        let span = self
            .buffer
            .next_async(|context, spare| Pin::new(&mut *inner).poll_read(context, spare))
            .await?;
        Ok(span.map(|span| (span.offset, self.buffer.reply(span))))
    }
}
