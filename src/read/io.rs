//! The three ways a reader can read its stream, [`Blocking`], `Tokio` and `Futures`, and
//! the one poll-shaped view of a stream that lets every reader share a single body.

#[cfg(any(feature = "tokio", feature = "futures-io"))]
use core::pin::Pin;
use core::task::{Context, Poll};
use std::io;

/// Reading with `std::io`: [`Read`](std::io::Read) and [`BufRead`](std::io::BufRead).
#[derive(Debug)]
pub enum Blocking {}

/// Reading with tokio's `AsyncRead` and `AsyncBufRead` (feature `tokio`).
#[cfg(feature = "tokio")]
#[derive(Debug)]
pub enum Tokio {}

/// Reading with futures-io's `AsyncRead` and `AsyncBufRead`, as smol and async-std do
/// (feature `futures-io`).
#[cfg(feature = "futures-io")]
#[derive(Debug)]
pub enum Futures {}

/// The ways of reading whose readers have `async` methods: `Tokio` and `Futures`.
///
/// Sealed: the crate implements it for its own markers only.
pub trait Async: sealed::Sealed {}

#[cfg(feature = "tokio")]
impl Async for Tokio {}
#[cfg(feature = "futures-io")]
impl Async for Futures {}

/// A stream a [`Reader`](super::Reader) can read the `Io` way: a `Read` for [`Blocking`],
/// tokio's or futures-io's `AsyncRead` for `Tokio` and `Futures`.
///
/// Sealed: it is implemented for every stream of those traits, and for nothing else.
pub trait ReadStream<Io>: sealed::Stream<Io> {
    /// Reads into `buffer` as the stream's own `read` or `poll_read` does; a blocking read
    /// is always ready.
    #[doc(hidden)]
    fn poll_read_into(
        &mut self,
        context: &mut Context<'_>,
        buffer: &mut [u8],
    ) -> Poll<io::Result<usize>>;
}

/// A stream an [`InPlaceReader`](super::InPlaceReader) can read the `Io` way: a `BufRead`
/// for [`Blocking`], tokio's or futures-io's `AsyncBufRead` for `Tokio` and `Futures`.
///
/// Sealed: it is implemented for every stream of those traits, and for nothing else.
pub trait BufReadStream<Io>: sealed::Stream<Io> {
    /// The stream's buffer, filled if it was empty, as its `fill_buf` or `poll_fill_buf`
    /// gives it; a blocking fill is always ready.
    #[doc(hidden)]
    fn poll_fill(&mut self, context: &mut Context<'_>) -> Poll<io::Result<&[u8]>>;

    /// Marks `count` bytes of the stream's buffer as read, as its `consume` does.
    #[doc(hidden)]
    fn consume_bytes(&mut self, count: usize);
}

impl<R: io::Read + ?Sized> ReadStream<Blocking> for R {
    #[inline]
    fn poll_read_into(
        &mut self,
        _: &mut Context<'_>,
        buffer: &mut [u8],
    ) -> Poll<io::Result<usize>> {
        Poll::Ready(self.read(buffer))
    }
}

impl<R: io::BufRead + ?Sized> BufReadStream<Blocking> for R {
    #[inline]
    fn poll_fill(&mut self, _: &mut Context<'_>) -> Poll<io::Result<&[u8]>> {
        Poll::Ready(self.fill_buf())
    }

    #[inline]
    fn consume_bytes(&mut self, count: usize) {
        self.consume(count);
    }
}

#[cfg(feature = "tokio")]
impl<R: tokio::io::AsyncRead + Unpin + ?Sized> ReadStream<Tokio> for R {
    fn poll_read_into(
        &mut self,
        context: &mut Context<'_>,
        buffer: &mut [u8],
    ) -> Poll<io::Result<usize>> {
        let mut buffer = tokio::io::ReadBuf::new(buffer);
        Pin::new(self)
            .poll_read(context, &mut buffer)
            .map_ok(|()| buffer.filled().len())
    }
}

#[cfg(feature = "tokio")]
impl<R: tokio::io::AsyncBufRead + Unpin + ?Sized> BufReadStream<Tokio> for R {
    fn poll_fill(&mut self, context: &mut Context<'_>) -> Poll<io::Result<&[u8]>> {
        Pin::new(self).poll_fill_buf(context)
    }

    fn consume_bytes(&mut self, count: usize) {
        Pin::new(self).consume(count);
    }
}

#[cfg(feature = "futures-io")]
impl<R: futures_io::AsyncRead + Unpin + ?Sized> ReadStream<Futures> for R {
    fn poll_read_into(
        &mut self,
        context: &mut Context<'_>,
        buffer: &mut [u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(self).poll_read(context, buffer)
    }
}

#[cfg(feature = "futures-io")]
impl<R: futures_io::AsyncBufRead + Unpin + ?Sized> BufReadStream<Futures> for R {
    fn poll_fill(&mut self, context: &mut Context<'_>) -> Poll<io::Result<&[u8]>> {
        Pin::new(self).poll_fill_buf(context)
    }

    fn consume_bytes(&mut self, count: usize) {
        Pin::new(self).consume(count);
    }
}

/// Runs a poll of a blocking stream to its result. A blocking stream is always ready; one
/// that was not would be reported as [`io::ErrorKind::WouldBlock`].
#[inline(always)]
pub(crate) fn ready<T, E: From<io::Error>>(
    poll: impl FnOnce(&mut Context<'_>) -> Poll<Result<T, E>>,
) -> Result<T, E> {
    match poll(&mut Context::from_waker(core::task::Waker::noop())) {
        Poll::Ready(result) => result,
        Poll::Pending => Err(io::Error::from(io::ErrorKind::WouldBlock).into()),
    }
}

mod sealed {
    /// Keeps [`Async`](super::Async) to the crate's markers.
    pub trait Sealed {}

    #[cfg(feature = "tokio")]
    impl Sealed for super::Tokio {}
    #[cfg(feature = "futures-io")]
    impl Sealed for super::Futures {}

    /// Keeps the stream traits to the streams of `std`, tokio and futures-io (whose
    /// buffered streams are streams too).
    pub trait Stream<Io> {}

    impl<R: std::io::Read + ?Sized> Stream<super::Blocking> for R {}
    #[cfg(feature = "tokio")]
    impl<R: tokio::io::AsyncRead + Unpin + ?Sized> Stream<super::Tokio> for R {}
    #[cfg(feature = "futures-io")]
    impl<R: futures_io::AsyncRead + Unpin + ?Sized> Stream<super::Futures> for R {}
}
