//! Reading replies from a stream: blocking, on tokio or on futures-io.
//!
//! Two readers, each with one body for every way of reading its stream ([`Blocking`],
//! [`Tokio`][tokio], [`Futures`][futures]):
//!
//! - [`Reader`] reads the stream into a buffer of its own and lends each reply from there:
//!   [`ReplyReader`], [`TokioReplyReader`][tokio-reader],
//!   [`FuturesReplyReader`][futures-reader];
//! - [`InPlaceReader`] parses replies in a buffered stream's own buffer:
//!   [`BufReplyReader`], [`TokioBufReplyReader`][tokio-buf-reader],
//!   [`FuturesBufReplyReader`][futures-buf-reader].
//!
//! Both give their stream back with the bytes they still hold, for the TLS upgrade after
//! `234`. With the `tokio` feature, [`ReplyCodec`][codec] frames replies for tokio-util's
//! `Framed`.
#![doc = ""]
#![cfg_attr(feature = "tokio", doc = "[tokio]: Tokio")]
#![cfg_attr(feature = "tokio", doc = "[tokio-reader]: TokioReplyReader")]
#![cfg_attr(feature = "tokio", doc = "[tokio-buf-reader]: TokioBufReplyReader")]
#![cfg_attr(feature = "tokio", doc = "[codec]: ReplyCodec")]
#![cfg_attr(not(feature = "tokio"), doc = "[tokio]: crate#features")]
#![cfg_attr(not(feature = "tokio"), doc = "[tokio-reader]: crate#features")]
#![cfg_attr(not(feature = "tokio"), doc = "[tokio-buf-reader]: crate#features")]
#![cfg_attr(not(feature = "tokio"), doc = "[codec]: crate#features")]
#![cfg_attr(feature = "futures-io", doc = "[futures]: Futures")]
#![cfg_attr(feature = "futures-io", doc = "[futures-reader]: FuturesReplyReader")]
#![cfg_attr(
    feature = "futures-io",
    doc = "[futures-buf-reader]: FuturesBufReplyReader"
)]
#![cfg_attr(not(feature = "futures-io"), doc = "[futures]: crate#features")]
#![cfg_attr(not(feature = "futures-io"), doc = "[futures-reader]: crate#features")]
#![cfg_attr(
    not(feature = "futures-io"),
    doc = "[futures-buf-reader]: crate#features"
)]

mod buffer;
#[cfg(feature = "tokio")]
mod codec;
mod in_place;
mod in_place_reader;
mod io;
mod reader;

#[cfg(feature = "tokio")]
pub use codec::ReplyCodec;
pub use in_place_reader::InPlaceReader;
#[cfg(feature = "futures-io")]
pub use io::Futures;
#[cfg(feature = "tokio")]
pub use io::Tokio;
pub use io::{Async, Blocking, BufReadStream, ReadStream};
pub use reader::Reader;

/// Reads replies from any [`Read`](std::io::Read), such as a `TcpStream`, lending each from
/// its own buffer: a [`Reader`] that blocks.
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
pub type ReplyReader<R> = Reader<R, Blocking>;

/// Reads replies from any [`BufRead`](std::io::BufRead), parsing them in the stream's own
/// buffer: an [`InPlaceReader`] that blocks.
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
pub type BufReplyReader<R> = InPlaceReader<R, Blocking>;

/// Reads replies from a tokio `AsyncRead`, such as a `tokio::net::TcpStream`, lending each
/// from its own buffer: a [`Reader`] on tokio.
///
/// ```
/// use ftp_reply::TokioReplyReader;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), ftp_reply::ReadError> {
/// let session = &b"220-Welcome\r\n220 Ready\r\n"[..];
/// let mut reader = TokioReplyReader::new(session);
/// let greeting = reader.read_reply().await?;
/// assert_eq!(greeting.map(|reply| reply.code().as_u16()), Some(220));
/// assert!(reader.read_reply().await?.is_none());
/// # Ok(())
/// # }
/// ```
#[cfg(feature = "tokio")]
pub type TokioReplyReader<R> = Reader<R, Tokio>;

/// Reads replies from a tokio `AsyncBufRead`, such as a `tokio::io::BufReader` around a
/// `TcpStream`, parsing them in the stream's own buffer: an [`InPlaceReader`] on tokio.
///
/// ```
/// use ftp_reply::TokioBufReplyReader;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), ftp_reply::ReadError> {
/// let session = &b"220-Welcome\r\n220 Ready\r\n"[..];
/// let mut reader = TokioBufReplyReader::new(session);
/// let greeting = reader.read_reply().await?;
/// assert_eq!(greeting.map(|reply| reply.code().as_u16()), Some(220));
/// assert!(reader.read_reply().await?.is_none());
/// # Ok(())
/// # }
/// ```
#[cfg(feature = "tokio")]
pub type TokioBufReplyReader<R> = InPlaceReader<R, Tokio>;

/// Reads replies from a futures-io `AsyncRead`, as the streams of smol and async-std are,
/// lending each from its own buffer: a [`Reader`] on futures-io.
#[cfg(feature = "futures-io")]
pub type FuturesReplyReader<R> = Reader<R, Futures>;

/// Reads replies from a futures-io `AsyncBufRead`, as the buffered streams of smol and
/// async-std are, parsing them in the stream's own buffer: an [`InPlaceReader`] on
/// futures-io.
#[cfg(feature = "futures-io")]
pub type FuturesBufReplyReader<R> = InPlaceReader<R, Futures>;
