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
