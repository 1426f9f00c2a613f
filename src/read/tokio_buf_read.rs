//! Reading replies in place from a buffered tokio stream.

use core::pin::Pin;

use tokio::io::AsyncBufRead;

use super::in_place::{InPlace, in_place_reader_methods, next_async};
use crate::{ReadError, Reply};

/// Reads replies from a tokio [`AsyncBufRead`], such as a `tokio::io::BufReader` around a
/// `TcpStream`, parsing them in the stream's own buffer. It works as
/// [`BufReplyReader`](crate::BufReplyReader) does: a reply that lies whole in the stream's
/// buffer is lent from there, and only one that straddles two fills is copied.
///
/// ```
/// use ftp_reply::TokioBufReplyReader;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), ftp_reply::ReadError> {
/// let session = &b"220-Welcome\r\n220 Ready\r\n"[..];
/// let mut reader = TokioBufReplyReader::new(session);
/// let greeting = reader.read_reply().await?.expect("a reply");
/// assert_eq!(greeting.code(), 220);
/// assert!(reader.read_reply().await?.is_none());
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct TokioBufReplyReader<R> {
    inner: R,
    state: InPlace,
}

in_place_reader_methods!(
    TokioBufReplyReader,
    [AsyncBufRead + Unpin],
    |inner: &mut R, count| Pin::new(inner).consume(count)
);

impl<R: AsyncBufRead + Unpin> TokioBufReplyReader<R> {
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
