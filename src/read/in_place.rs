//! Parsing replies in place, in a buffered stream's own buffer: the state of an
//! [`InPlaceReader`](super::InPlaceReader), and the one body of its every way of reading.

use core::task::{Context, Poll};
use std::io;

use super::buffer::{ReadBuffer, Span};
use super::io::BufReadStream;
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

/// Where the next reply is.
pub(crate) enum Next {
    /// In the stream's buffer: lend it from there with [`InPlace::lend`].
    InStream(Found),
    /// In the reader's buffer: lend it with [`InPlace::reply`].
    Held(Span),
}

/// What a look at the stream's buffer found.
enum Look {
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

    /// Finds the next reply of `stream`, in its buffer or, when a reply straddles two fills
    /// of it, put together in the reader's; `None` at the end of the stream. When the stream
    /// is pending, so is this, and polling again goes on where it stopped.
    ///
    /// Always inlined, as are [`look`](InPlace::look) and [`lend`](InPlace::lend): with a
    /// plain `#[inline]`, reading a slice in place lost a fifth of its speed in
    /// `benches/parse.rs`.
    #[inline(always)]
    pub(crate) fn poll_next<R: BufReadStream<Io>, Io>(
        &mut self,
        stream: &mut R,
        context: &mut Context<'_>,
    ) -> Poll<Result<Option<Next>, ReadError>> {
        stream.consume_bytes(self.take_lent());
        if !self.holding {
            let look = loop {
                match stream.poll_fill(context) {
                    Poll::Ready(Ok(chunk)) => break self.look(chunk)?,
                    Poll::Ready(Err(error)) if error.kind() == io::ErrorKind::Interrupted => {}
                    Poll::Ready(Err(error)) => return Poll::Ready(Err(error.into())),
                    Poll::Pending => return Poll::Pending,
                }
            };
            match look {
                Look::Reply(found) => return Poll::Ready(Ok(Some(Next::InStream(found)))),
                Look::Held(taken) => stream.consume_bytes(taken),
                Look::End => return Poll::Ready(Ok(None)),
            }
        }
        self.poll_held(stream, context)
    }

    /// The next reply put together in the reader's buffer, copied there from the stream's
    /// in growing [`Steps`]. Kept out of line: most replies lie whole in the stream's buffer.
    #[inline(never)]
    fn poll_held<R: BufReadStream<Io>, Io>(
        &mut self,
        stream: &mut R,
        context: &mut Context<'_>,
    ) -> Poll<Result<Option<Next>, ReadError>> {
        let mut steps = Steps {
            step: self.buffer.buffered().len().max(STEP),
            taken: 0,
        };
        let result = self.buffer.poll_next(context, |context, spare| {
            stream.consume_bytes(steps.take_taken());
            stream
                .poll_fill(context)
                .map_ok(|chunk| steps.copy(chunk, spare))
        });
        let taken = self.settle(steps);
        stream.consume_bytes(taken);
        result.map_ok(|span| span.map(Next::Held))
    }

    /// Parses the next reply at the start of `chunk`, the stream's buffer, once what
    /// [`take_lent`](InPlace::take_lent) gave has been consumed.
    #[inline(always)]
    fn look(&mut self, chunk: &[u8]) -> Result<Look, ReadError> {
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

    /// The reply `found`, lent from the stream's buffer, looked at again: a stream that
    /// keeps the `fill_buf` contract has left it where it was, and gives it at once.
    #[inline(always)]
    pub(crate) fn lend<R: BufReadStream<Io>, Io>(
        found: Found,
        stream: &mut R,
    ) -> Result<(u64, Reply<'_>), ReadError> {
        let chunk = super::io::ready(move |context| stream.poll_fill(context))?;
        match chunk
            .get(..found.len)
            .filter(|_| chunk.as_ptr() == found.at)
        {
            Some(raw) => Ok((found.offset, Reply::new(raw, found.code, found.multiline))),
            None => Err(io::Error::other(
                "the stream's buffer changed without a read or a consume",
            )
            .into()),
        }
    }

    /// Gives the stream back what the last step took past the reply or error; returns how
    /// many bytes to consume from the stream. Parsing goes back to the stream's buffer once
    /// the reader's is drained.
    fn settle(&mut self, steps: Steps) -> usize {
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
struct Steps {
    step: usize,
    taken: usize,
}

impl Steps {
    /// How many bytes to consume from the stream before it is read again.
    fn take_taken(&mut self) -> usize {
        core::mem::take(&mut self.taken)
    }

    /// Copies the next step from `chunk`, the stream's buffer, into `spare`; returns how
    /// many bytes it copied, to consume later.
    fn copy(&mut self, chunk: &[u8], spare: &mut [u8]) -> usize {
        let count = chunk.len().min(spare.len()).min(self.step);
        spare[..count].copy_from_slice(&chunk[..count]);
        self.taken = count;
        self.step = self.step.saturating_mul(2);
        count
    }
}
