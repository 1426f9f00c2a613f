//! Parsing replies in place, in a buffered stream's own buffer: what the in-place readers
//! (blocking, tokio, futures-io) share. Each only says how to look at the stream's buffer
//! and how to consume from it.

use super::buffer::{ReadBuffer, Span};
use crate::{Parsed, ParserConfig, ReadError, Reply, ReplyCode};

/// The least a reply that straddles two fills of the stream's buffer takes of the second at
/// a time; what it takes past its end is left in the stream.
const STEP: usize = 256;

/// Where an in-place reader is: what it lent from the stream's buffer, and the reply it is
/// putting together in its own when one straddles two fills.
#[derive(Debug)]
pub(crate) struct InPlace {
    /// Replies that straddle two fills of the stream's buffer, put together.
    buffer: ReadBuffer,
    /// Bytes of the stream's buffer lent in the last reply or passed over by the last
    /// error, to consume before the next look.
    lent: usize,
    /// The stream offset of the stream's next byte, once `lent` is consumed.
    position: u64,
    /// `buffer` holds the start of a reply, or a line being skipped: parsing goes on there.
    holding: bool,
}

/// What a look at the stream's buffer found.
pub(crate) enum Look {
    /// A whole reply, to lend from the stream's buffer with [`InPlace::lend`].
    Reply(Found),
    /// The start of a reply, now held in the reader's buffer: consume this many bytes from
    /// the stream, and read on with [`InPlace::held`].
    Held(usize),
    /// The end of the stream.
    End,
}

/// A whole reply in the stream's buffer.
pub(crate) struct Found {
    offset: u64,
    len: usize,
    code: ReplyCode,
    multiline: bool,
    /// Where the stream's buffer was, to check that it is still there.
    at: *const u8,
}

impl InPlace {
    pub(crate) fn new(config: ParserConfig) -> InPlace {
        InPlace {
            buffer: ReadBuffer::new(config),
            lent: 0,
            position: 0,
            holding: false,
        }
    }

    /// The configuration in use.
    pub(crate) fn config(&self) -> &ParserConfig {
        self.buffer.config()
    }

    /// The bytes taken from the stream but not yet returned in a reply.
    pub(crate) fn buffered(&self) -> &[u8] {
        self.buffer.buffered()
    }

    /// How many bytes to consume from the stream before anything else reads it.
    #[inline]
    pub(crate) fn take_lent(&mut self) -> usize {
        core::mem::take(&mut self.lent)
    }

    /// Whether the next reply is to be read through [`held`](InPlace::held) rather than
    /// looked for in the stream's buffer.
    #[inline]
    pub(crate) fn is_holding(&self) -> bool {
        self.holding
    }

    /// Parses the next reply at the start of `chunk`, the stream's buffer, once what
    /// [`take_lent`](InPlace::take_lent) gave has been consumed.
    #[inline]
    pub(crate) fn look(&mut self, chunk: &[u8]) -> Result<Look, ReadError> {
        if chunk.is_empty() {
            return Ok(Look::End);
        }
        match self.buffer.parse_in_place(chunk) {
            Ok(Parsed::Complete(reply)) => {
                let (offset, len) = (self.position, reply.len());
                self.position += len as u64;
                self.lent = len;
                Ok(Look::Reply(Found {
                    offset,
                    len,
                    code: reply.code(),
                    multiline: reply.is_multiline(),
                    at: chunk.as_ptr(),
                }))
            }
            Ok(Parsed::Partial) => {
                self.buffer.hold(chunk, self.position);
                self.holding = true;
                Ok(Look::Held(chunk.len()))
            }
            Err(error) => {
                let (error, taken) = self.buffer.recover_in_place(error, self.position);
                self.position += taken as u64;
                self.lent = taken;
                self.holding = !self.buffer.is_drained();
                Err(error)
            }
        }
    }

    /// The reply `found`, lent from `chunk`: the stream's buffer looked at again, which a
    /// stream that keeps the `fill_buf` contract has left where it was.
    #[inline]
    pub(crate) fn lend(found: Found, chunk: &[u8]) -> Result<(u64, Reply<'_>), ReadError> {
        match chunk
            .get(..found.len)
            .filter(|_| chunk.as_ptr() == found.at)
        {
            Some(raw) => Ok((found.offset, Reply::new(raw, found.code, found.multiline))),
            None => Err(std::io::Error::other(
                "the stream's buffer changed without a read or a consume",
            )
            .into()),
        }
    }

    /// The reader's buffer, to read the held reply through, and a [`Steps`] to fill it from
    /// the stream's buffer with. Afterwards, [`settle`](InPlace::settle) the steps.
    pub(crate) fn held(&mut self) -> (&mut ReadBuffer, Steps) {
        let step = self.buffer.buffered().len().max(STEP);
        (&mut self.buffer, Steps { step, taken: 0 })
    }

    /// Gives the stream back what the last step took past the reply or error; returns how
    /// many bytes to consume from the stream. Parsing goes back to the stream's buffer once
    /// the reader's is drained.
    pub(crate) fn settle(&mut self, steps: Steps) -> usize {
        let left = self.buffer.give_back(steps.taken);
        if self.buffer.is_drained() {
            self.holding = false;
            self.position = self.buffer.position();
        }
        steps.taken - left
    }

    /// The reply at `span` in the reader's buffer.
    pub(crate) fn reply(&self, span: Span) -> Reply<'_> {
        self.buffer.reply(span)
    }
}

/// Copies from the stream's buffer into the reader's in growing steps, consuming each step
/// only when the next is taken, so that what the last took past the reply can go back.
pub(crate) struct Steps {
    step: usize,
    taken: usize,
}

impl Steps {
    /// How many bytes to consume from the stream before it is read again.
    pub(crate) fn take_taken(&mut self) -> usize {
        core::mem::take(&mut self.taken)
    }

    /// Copies the next step from `chunk`, the stream's buffer, into `spare`; returns how
    /// many bytes it copied, to consume later.
    pub(crate) fn copy(&mut self, chunk: &[u8], spare: &mut [u8]) -> usize {
        let count = chunk.len().min(spare.len()).min(self.step);
        spare[..count].copy_from_slice(&chunk[..count]);
        self.taken = count;
        self.step = self.step.saturating_mul(2);
        count
    }
}

/// The methods every in-place reader has: those of every reader, access to the stream, and
/// giving it back with the last reply consumed from it, which `$consume` does. The `async`
/// form adds the reading, for a stream of the `AsyncBufRead` trait `$trait`.
macro_rules! in_place_reader_methods {
    ($reader:ident, [$($bound:tt)+], $consume:expr) => {
        crate::read::reader_methods!(@common $reader, state: crate::read::in_place::InPlace);

        impl<R> $reader<R> {
            /// The bytes taken from the stream but not yet returned in a reply. Bytes still
            /// in the stream's own buffer are not among them: see
            /// [`into_parts`](Self::into_parts).
            pub fn buffered(&self) -> &[u8] {
                self.state.buffered()
            }
        }

        impl<R: $($bound)+> $reader<R> {
            /// The stream, with the last reply consumed from it. Reading from it directly
            /// skips the bytes [`buffered`](Self::buffered) here.
            pub fn get_mut(&mut self) -> &mut R {
                ($consume)(&mut self.inner, self.state.take_lent());
                &mut self.inner
            }

            /// The stream, with the last reply consumed from it, and the bytes taken from
            /// it but not yet returned, which come before anything left in the stream.
            ///
            /// After `234` to `AUTH TLS`, both the bytes returned here and those in the
            /// stream's own buffer (a `BufReader`'s `buffer()`) must be empty before the
            /// TLS handshake: they arrived in clear text after the server's last reply.
            pub fn into_parts(mut self) -> (R, alloc::vec::Vec<u8>) {
                ($consume)(&mut self.inner, self.state.take_lent());
                let buffered = self.state.buffered().to_vec();
                (self.inner, buffered)
            }
        }
    };
    (async $reader:ident, $trait:path) => {
        crate::read::in_place::in_place_reader_methods!(
            $reader,
            [$trait + Unpin],
            |inner: &mut R, count| <R as $trait>::consume(core::pin::Pin::new(inner), count)
        );

        impl<R: $trait + Unpin> $reader<R> {
            /// Reads the next reply; `Ok(None)` at the end of the stream.
            pub async fn read_reply(
                &mut self,
            ) -> Result<Option<crate::Reply<'_>>, crate::ReadError> {
                Ok(self.read_reply_with_offset().await?.map(|(_, reply)| reply))
            }

            /// Reads the next reply with the stream offset of its first byte.
            pub async fn read_reply_with_offset(
                &mut self,
            ) -> Result<Option<(u64, crate::Reply<'_>)>, crate::ReadError> {
                crate::read::in_place::next_async(
                    &mut self.inner,
                    &mut self.state,
                    <R as $trait>::poll_fill_buf,
                    <R as $trait>::consume,
                )
                .await
            }
        }
    };
}

pub(crate) use in_place_reader_methods;

/// How an async in-place reader looks at its stream's buffer: `poll_fill_buf` of tokio's or
/// futures-io's `AsyncBufRead`.
#[cfg(any(feature = "tokio", feature = "futures-io"))]
pub(crate) type PollFillBuf<R> = for<'a> fn(
    core::pin::Pin<&'a mut R>,
    &mut core::task::Context<'_>,
) -> core::task::Poll<std::io::Result<&'a [u8]>>;

/// How an async in-place reader consumes from its stream's buffer.
#[cfg(any(feature = "tokio", feature = "futures-io"))]
pub(crate) type Consume<R> = fn(core::pin::Pin<&mut R>, usize);

/// The next reply of an async buffered stream, read in place: what the tokio and futures-io
/// in-place readers do, given their trait's two methods.
#[cfg(any(feature = "tokio", feature = "futures-io"))]
pub(crate) async fn next_async<'r, R: Unpin>(
    inner: &'r mut R,
    state: &'r mut InPlace,
    poll_fill_buf: PollFillBuf<R>,
    consume: Consume<R>,
) -> Result<Option<(u64, Reply<'r>)>, ReadError> {
    use core::pin::Pin;

    consume(Pin::new(inner), state.take_lent());
    if !state.is_holding() {
        let ended = core::future::poll_fn(|context| {
            poll_fill_buf(Pin::new(inner), context).map_ok(<[u8]>::is_empty)
        })
        .await?;
        if ended {
            return Ok(None);
        }
        match state.look(buffer_now(inner, poll_fill_buf)?)? {
            Look::Reply(found) => {
                return InPlace::lend(found, buffer_now(inner, poll_fill_buf)?).map(Some);
            }
            Look::Held(taken) => consume(Pin::new(inner), taken),
            Look::End => return Ok(None),
        }
    }
    let (buffer, mut steps) = state.held();
    let result = buffer
        .next_async(|context, spare| {
            consume(Pin::new(inner), steps.take_taken());
            poll_fill_buf(Pin::new(inner), context).map_ok(|chunk| steps.copy(chunk, spare))
        })
        .await;
    let taken = state.settle(steps);
    consume(Pin::new(inner), taken);
    let span = result?;
    Ok(span.map(|span| (span.offset, state.reply(span))))
}

/// The stream's buffer, which holds bytes already, so that it gives them without waiting:
/// polled with a waker that is never woken.
#[cfg(any(feature = "tokio", feature = "futures-io"))]
fn buffer_now<R: Unpin>(inner: &mut R, poll_fill_buf: PollFillBuf<R>) -> std::io::Result<&[u8]> {
    use core::task::{Context, Poll, Waker};

    let mut context = Context::from_waker(Waker::noop());
    match poll_fill_buf(core::pin::Pin::new(inner), &mut context) {
        Poll::Ready(result) => result,
        Poll::Pending => Err(std::io::Error::other(
            "the stream's buffer changed without a read or a consume",
        )),
    }
}
