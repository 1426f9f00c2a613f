//! The buffer every reader fills and parses replies from: bytes in, replies out, no I/O.

use alloc::vec::Vec;
use core::task::{Context, Poll};
use std::io;

use crate::{Frame, ParseError, Parsed, ParserConfig, ReadError, Reply, ReplyCode, ReplyFramer};

/// How much room a reader offers its stream at a time, at least.
const READ_SIZE: usize = 8 * 1024;

/// The bytes a reader has received, and where parsing has got to in them.
///
/// A reader asks for the next reply with [`poll_next`](ReadBuffer::poll_next), giving the
/// way to read its stream. Its memory is bounded by the parser's limits plus one read: bytes
/// past a limit are an error and are dropped.
#[derive(Debug)]
pub(crate) struct ReadBuffer {
    framer: ReplyFramer,
    /// Initialised storage; `start..end` is received and not yet returned.
    buffer: Vec<u8>,
    start: usize,
    end: usize,
    /// The length of the reply returned last, dropped at the next call.
    returned: usize,
    /// The stream offset of `buffer[0]`.
    offset: u64,
    /// The stream has ended.
    ended: bool,
}

/// What a reader does next.
enum Step {
    /// Lend this reply.
    Reply(Span),
    /// Read more from the stream.
    Read,
    /// The stream has ended, and every reply in it has been returned.
    End,
}

/// Where a reply lies in the buffer, so that it can be lent after the parser's borrow ends.
#[derive(Clone, Copy)]
pub(crate) struct Span {
    start: usize,
    len: usize,
    code: ReplyCode,
    multiline: bool,
    /// The reply's offset in the stream.
    pub(crate) offset: u64,
}

impl ReadBuffer {
    pub(crate) fn new(config: ParserConfig) -> ReadBuffer {
        ReadBuffer {
            framer: ReplyFramer::with_config(config),
            buffer: Vec::new(),
            start: 0,
            end: 0,
            returned: 0,
            offset: 0,
            ended: false,
        }
    }

    /// The next reply, or what to do to get one, as the [`ReplyFramer`] says. A malformed
    /// reply is an error after which reading can go on.
    #[inline]
    fn next(&mut self) -> Result<Step, ReadError> {
        self.start += core::mem::take(&mut self.returned);
        loop {
            let input = &self.buffer[self.start..self.end];
            match self.framer.step(input, self.ended) {
                Frame::Reply(reply) => {
                    let span = Span {
                        start: self.start,
                        len: reply.len(),
                        code: reply.code(),
                        multiline: reply.is_multiline(),
                        offset: self.offset + self.start as u64,
                    };
                    self.returned = span.len;
                    return Ok(Step::Reply(span));
                }
                Frame::Malformed { error, skip } => {
                    let stream_offset = self.offset + (self.start + error.offset()) as u64;
                    self.start += skip;
                    return Err(ReadError::Parse {
                        error,
                        stream_offset,
                    });
                }
                Frame::Skip(count) => self.start += count,
                Frame::Partial => return Ok(Step::Read),
                Frame::End => return Ok(Step::End),
            }
        }
    }

    /// The next reply if the buffer holds all of it and it is ordinary (see
    /// [`ReplyParser::parse_ordinary`]): the common case, inlined into the readers.
    #[inline]
    fn next_ordinary(&mut self) -> Option<Span> {
        if self.framer.is_skipping_line() {
            return None;
        }
        let start = self.start + self.returned;
        let reply = self
            .framer
            .parser
            .parse_ordinary(&self.buffer[start..self.end])?;
        let span = Span {
            start,
            len: reply.len(),
            code: reply.code(),
            multiline: reply.is_multiline(),
            offset: self.offset + start as u64,
        };
        self.start = start;
        self.returned = span.len;
        Some(span)
    }

    /// The next reply's place in the buffer, reading from the stream through `poll_read`
    /// when more bytes are needed; `None` at the end of the stream. When the stream is
    /// pending, so is this, and polling again goes on where it stopped: the parser keeps its
    /// progress, and no byte is read twice.
    #[inline]
    pub(crate) fn poll_next(
        &mut self,
        context: &mut Context<'_>,
        poll_read: impl FnMut(&mut Context<'_>, &mut [u8]) -> Poll<io::Result<usize>>,
    ) -> Poll<Result<Option<Span>, ReadError>> {
        match self.next_ordinary() {
            Some(span) => Poll::Ready(Ok(Some(span))),
            None => self.poll_next_in_steps(context, poll_read),
        }
    }

    /// [`poll_next`](ReadBuffer::poll_next) for every reply that
    /// [`next_ordinary`](ReadBuffer::next_ordinary) does not take.
    fn poll_next_in_steps(
        &mut self,
        context: &mut Context<'_>,
        mut poll_read: impl FnMut(&mut Context<'_>, &mut [u8]) -> Poll<io::Result<usize>>,
    ) -> Poll<Result<Option<Span>, ReadError>> {
        loop {
            match self.next()? {
                Step::Reply(span) => return Poll::Ready(Ok(Some(span))),
                Step::End => return Poll::Ready(Ok(None)),
                Step::Read => {
                    let count = loop {
                        match poll_read(context, self.spare()) {
                            Poll::Ready(Err(error))
                                if error.kind() == io::ErrorKind::Interrupted => {}
                            Poll::Ready(result) => break result?,
                            Poll::Pending => return Poll::Pending,
                        }
                    };
                    self.filled(count);
                }
            }
        }
    }

    /// The reply at `span`, borrowed from the buffer.
    #[inline]
    pub(crate) fn reply(&self, span: Span) -> Reply<'_> {
        let raw = &self.buffer[span.start..span.start + span.len];
        Reply::new(raw, span.code, span.multiline)
    }

    /// Room for the next read, at least [`READ_SIZE`] bytes, made by dropping what has been
    /// parsed and, failing that, by growing.
    #[inline]
    fn spare(&mut self) -> &mut [u8] {
        if self.buffer.len() - self.end < READ_SIZE && self.start > 0 {
            self.buffer.copy_within(self.start..self.end, 0);
            self.offset += self.start as u64;
            self.end -= self.start;
            self.start = 0;
        }
        if self.buffer.len() - self.end < READ_SIZE {
            self.buffer.resize(self.end + READ_SIZE, 0);
        }
        &mut self.buffer[self.end..]
    }

    /// Records that `count` bytes were read into [`spare`](ReadBuffer::spare); 0 is the end
    /// of the stream.
    #[inline]
    fn filled(&mut self, count: usize) {
        self.end += count;
        self.ended |= count == 0;
    }

    /// Whether every byte received has been returned in a reply, with no line being
    /// skipped: the next reply can then be parsed in place, in the stream's own buffer.
    #[inline]
    pub(crate) fn is_drained(&self) -> bool {
        self.start + self.returned == self.end && !self.framer.is_skipping_line()
    }

    /// Parses the reply at the start of `chunk`, the stream's own buffer, when the buffer
    /// [`is_drained`](ReadBuffer::is_drained). On [`Parsed::Partial`] the caller must
    /// [`hold`](ReadBuffer::hold) all of `chunk`; the parser goes on from there. An ordinary
    /// reply is parsed inline, as in [`next_ordinary`](ReadBuffer::next_ordinary).
    #[inline]
    pub(crate) fn parse_in_place<'b>(
        &mut self,
        chunk: &'b [u8],
    ) -> Result<Parsed<Reply<'b>>, ParseError> {
        match self.framer.parser.parse_ordinary(chunk) {
            Some(reply) => Ok(Parsed::Complete(reply)),
            None => self.framer.parser.parse_in_steps(chunk),
        }
    }

    /// The stream offset of the next byte to parse, when the buffer is drained.
    pub(crate) fn position(&self) -> u64 {
        self.offset + self.end as u64
    }

    /// Empties the buffer, whose next byte will be at `position` in the stream.
    fn restart_at(&mut self, position: u64) {
        self.offset = position;
        self.start = 0;
        self.end = 0;
        self.returned = 0;
    }

    /// Holds `bytes`, the start of a reply taken from the stream at `position`, to parse
    /// with what comes next. The buffer must be drained.
    #[inline(never)]
    pub(crate) fn hold(&mut self, bytes: &[u8], position: u64) {
        self.restart_at(position);
        if self.buffer.len() < bytes.len() {
            self.buffer.resize(bytes.len(), 0);
        }
        self.buffer[..bytes.len()].copy_from_slice(bytes);
        self.end = bytes.len();
    }

    /// Drops up to `count` bytes from the end of the buffer that no reply or error has
    /// reached, so that the stream can keep them; returns how many were dropped.
    pub(crate) fn give_back(&mut self, count: usize) -> usize {
        let count = count.min(self.end - (self.start + self.returned));
        self.end -= count;
        count
    }

    /// Goes on after an error in a reply parsed in place at `position` in the stream, as
    /// the [`ReplyFramer`] says: returns the error and how many bytes of the stream it passes
    /// over. The buffer must be drained.
    #[cold]
    pub(crate) fn recover_in_place(
        &mut self,
        error: ParseError,
        position: u64,
    ) -> (ReadError, usize) {
        self.restart_at(position);
        let stream_offset = position + error.offset() as u64;
        let taken = self.framer.skip_after(&error);
        self.offset += taken as u64;
        let error = ReadError::Parse {
            error,
            stream_offset,
        };
        (error, taken)
    }

    /// The bytes received but not yet returned in a reply.
    pub(crate) fn buffered(&self) -> &[u8] {
        &self.buffer[self.start + self.returned..self.end]
    }

    /// The configuration in use.
    pub(crate) fn config(&self) -> &ParserConfig {
        self.framer.config()
    }
}
