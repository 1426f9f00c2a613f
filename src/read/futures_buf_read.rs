//! Reading replies in place from a buffered futures-io stream, as smol and async-std provide.

use futures_io::AsyncBufRead;

use super::in_place::{InPlace, in_place_reader_methods};

/// Reads replies from a futures-io [`AsyncBufRead`], as the buffered streams of smol and
/// async-std are, parsing them in the stream's own buffer. It works as
/// [`BufReplyReader`](crate::BufReplyReader) does: a reply that lies whole in the stream's
/// buffer is lent from there, and only one that straddles two fills is copied.
#[derive(Debug)]
pub struct FuturesBufReplyReader<R> {
    inner: R,
    state: InPlace,
}

in_place_reader_methods!(async FuturesBufReplyReader, AsyncBufRead);
