//! Reading replies in place from a buffered futures-io stream, as smol and async-std provide.

use core::pin::Pin;

use futures_io::AsyncBufRead;

use super::in_place::{InPlace, in_place_reader_methods, next_async};
use crate::{ReadError, Reply};

/// Reads replies from a futures-io [`AsyncBufRead`], as the buffered streams of smol and
/// async-std are, parsing them in the stream's own buffer. It works as
/// [`BufReplyReader`](crate::BufReplyReader) does: a reply that lies whole in the stream's
/// buffer is lent from there, and only one that straddles two fills is copied.
#[derive(Debug)]
pub struct FuturesBufReplyReader<R> {
    inner: R,
    state: InPlace,
}

in_place_reader_methods!(
    FuturesBufReplyReader,
    [AsyncBufRead + Unpin],
    |inner: &mut R, count| Pin::new(inner).consume(count)
);

impl<R: AsyncBufRead + Unpin> FuturesBufReplyReader<R> {
    /// Reads the next reply; `Ok(None)` at the end of the stream.
    pub async fn read_reply(&mut self) -> Result<Option<Reply<'_>>, ReadError> {
        Ok(self.read_reply_with_offset().await?.map(|(_, reply)| reply))
    }

    /// Reads the next reply with the stream offset of its first byte.
    pub async fn read_reply_with_offset(&mut self) -> Result<Option<(u64, Reply<'_>)>, ReadError> {
        next_async(
            &mut self.inner,
            &mut self.state,
            R::poll_fill_buf,
            R::consume,
        )
        .await
    }
}
