//! Reading replies from a tokio stream.

use core::pin::Pin;

use tokio::io::{AsyncRead, ReadBuf};

use super::buffer::ReadBuffer;
use crate::{ReadError, Reply};

/// Reads replies from a tokio [`AsyncRead`], such as a `tokio::net::TcpStream`, lending each
/// from its buffer. It works as [`ReplyReader`](crate::ReplyReader) does, with the same
/// limits and the same recovery after a malformed reply.
///
/// ```
/// use ftp_reply::TokioReplyReader;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), ftp_reply::ReadError> {
/// let session = &b"220-Welcome\r\n220 Ready\r\n"[..];
/// let mut reader = TokioReplyReader::new(session);
/// let greeting = reader.read_reply().await?.expect("a reply");
/// assert_eq!(greeting.code(), 220);
/// assert!(reader.read_reply().await?.is_none());
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct TokioReplyReader<R> {
    inner: R,
    buffer: ReadBuffer,
}

super::reader_methods!(TokioReplyReader);

impl<R: AsyncRead + Unpin> TokioReplyReader<R> {
    /// Reads the next reply; `Ok(None)` at the end of the stream.
    pub async fn read_reply(&mut self) -> Result<Option<Reply<'_>>, ReadError> {
        Ok(self.read_reply_with_offset().await?.map(|(_, reply)| reply))
    }

    /// Reads the next reply with the stream offset of its first byte.
    pub async fn read_reply_with_offset(&mut self) -> Result<Option<(u64, Reply<'_>)>, ReadError> {
        let inner = &mut self.inner;
        let span = self
            .buffer
            .next_async(|context, spare| {
                let mut spare = ReadBuf::new(spare);
                Pin::new(&mut *inner)
                    .poll_read(context, &mut spare)
                    .map_ok(|()| spare.filled().len())
            })
            .await?;
        Ok(span.map(|span| (span.offset, self.buffer.reply(span))))
    }
}
