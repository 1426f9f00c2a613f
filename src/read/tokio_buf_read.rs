//! Reading replies in place from a buffered tokio stream.

use tokio::io::AsyncBufRead;

use super::in_place::{InPlace, in_place_reader_methods};

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

in_place_reader_methods!(async TokioBufReplyReader, AsyncBufRead);
