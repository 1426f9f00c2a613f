//! Replies out of a stream, and the one way to go on after a malformed one.

use crate::{ParseError, Parsed, ParserConfig, Reply, ReplyParser};

/// Splits the bytes of a control connection into replies, and says how to go on after a
/// malformed one: the step every reader of this crate takes, without I/O.
///
/// Give it the bytes received and not yet consumed, and whether the stream has ended; do
/// what the [`Frame`] says, consume the bytes it names, and step again. After an error it
/// resumes where [`ParseError::resume_at`] says, or, when no line ends inside the bad reply,
/// drops bytes through the next line feed, which may still be on its way. Nothing is
/// dropped without an error that says where, and every step consumes bytes or asks for
/// more, so a loop over it always ends.
///
/// ```
/// use ftp_reply::{Frame, ReplyFramer};
///
/// let mut framer = ReplyFramer::new();
/// let mut input: &[u8] = b"220 Ready\r\nnonsense\r\n331 Password\r\n";
/// let mut seen = Vec::new();
/// loop {
///     match framer.step(input, true) {
///         Frame::Reply(reply) => {
///             seen.push(reply.code().as_u16());
///             input = &input[reply.len()..];
///         }
///         Frame::Malformed { error, skip } => {
///             seen.push(0);
///             assert_eq!(error.offset(), 0);
///             input = &input[skip..];
///         }
///         Frame::Skip(count) => input = &input[count..],
///         Frame::Partial | Frame::End => break,
///     }
/// }
/// assert_eq!(seen, [220, 0, 331]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct ReplyFramer {
    pub(crate) parser: ReplyParser,
    /// Dropping the rest of a malformed line, up to its line feed.
    skipping_line: bool,
}

/// What to do with the front of the input, as [`ReplyFramer::step`] says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame<'a> {
    /// A reply, the first [`len`](Reply::len) bytes of the input: consume them.
    Reply(Reply<'a>),
    /// A malformed reply: report `error`, consume `skip` bytes, and step again.
    Malformed {
        /// What was wrong, and where.
        error: ParseError,
        /// How many bytes of the input to consume.
        skip: usize,
    },
    /// The rest of a malformed reply's line, already reported: consume this many bytes and
    /// step again.
    Skip(usize),
    /// The input ends inside a reply: append what the stream sends next and step again.
    Partial,
    /// The stream has ended, and every reply in it has been framed.
    End,
}

impl ReplyFramer {
    /// A framer with the default [`ParserConfig`].
    pub fn new() -> ReplyFramer {
        ReplyFramer::default()
    }

    /// A framer with the given limits and tolerances.
    pub fn with_config(config: ParserConfig) -> ReplyFramer {
        ReplyFramer {
            parser: ReplyParser::with_config(config),
            skipping_line: false,
        }
    }

    /// The configuration in use.
    pub fn config(&self) -> &ParserConfig {
        self.parser.config()
    }

    /// What to do with `input`, the bytes received and not yet consumed; `ended` once the
    /// stream has nothing more to send.
    pub fn step<'a>(&mut self, input: &'a [u8], ended: bool) -> Frame<'a> {
        if self.skipping_line {
            return match memchr::memchr(b'\n', input) {
                Some(found) => {
                    self.skipping_line = false;
                    Frame::Skip(found + 1)
                }
                None if input.is_empty() && ended => Frame::End,
                None if input.is_empty() => Frame::Partial,
                None => Frame::Skip(input.len()),
            };
        }
        let parsed = if ended {
            self.parser
                .parse_eof(input)
                .map(|reply| reply.map_or(Parsed::Partial, Parsed::Complete))
        } else {
            self.parser.parse(input)
        };
        match parsed {
            Ok(Parsed::Complete(reply)) => Frame::Reply(reply),
            Ok(Parsed::Partial) if ended => Frame::End,
            Ok(Parsed::Partial) => Frame::Partial,
            Err(error) => {
                let skip = self.skip_after(&error);
                Frame::Malformed { error, skip }
            }
        }
    }

    /// How many bytes to consume after `error`, from the start of the input it was found
    /// in; when no line ends inside the bad reply, the next steps go on to drop the rest of
    /// its line. For readers that parse some replies themselves (in place, in the stream's
    /// own buffer) and step for the rest.
    pub fn skip_after(&mut self, error: &ParseError) -> usize {
        match error.resume_at() {
            Some(resume) => resume,
            None => {
                self.skipping_line = true;
                error.offset()
            }
        }
    }

    /// Whether the next steps drop the rest of a malformed line.
    pub const fn is_skipping_line(&self) -> bool {
        self.skipping_line
    }
}

#[cfg(test)]
mod tests {
    use super::{Frame, ReplyFramer};
    use crate::{ParseErrorKind, ParserConfig};

    #[test]
    fn a_line_too_long_is_dropped_through_its_line_feed_in_later_steps() {
        let config = ParserConfig::new().with_max_line_length(8);
        let mut framer = ReplyFramer::with_config(config);
        let Frame::Malformed { error, skip } = framer.step(b"220 far too long", false) else {
            panic!("expected an error");
        };
        assert_eq!(error.kind(), ParseErrorKind::LineTooLong { limit: 8 });
        assert!(framer.is_skipping_line());
        assert_eq!(
            framer.step(&b"220 far too long"[skip..], false),
            Frame::Skip(16 - skip)
        );
        assert_eq!(framer.step(b"", false), Frame::Partial);
        assert_eq!(framer.step(b" still\r\n220 Ok\r\n", false), Frame::Skip(8));
        assert!(matches!(framer.step(b"220 Ok\r\n", false), Frame::Reply(_)));
        assert_eq!(framer.step(b"", true), Frame::End);
    }

    #[test]
    fn the_end_inside_a_reply_is_an_error_then_the_end() {
        let mut framer = ReplyFramer::new();
        let input = b"220-Welcome\r\n";
        assert_eq!(framer.step(input, false), Frame::Partial);
        let Frame::Malformed { skip, .. } = framer.step(input, true) else {
            panic!("expected an error");
        };
        let mut rest = &input[skip..];
        let mut steps = 0;
        loop {
            steps += 1;
            match framer.step(rest, true) {
                Frame::Skip(count) => rest = &rest[count..],
                Frame::End => break,
                other => panic!("unexpected {other:?}"),
            }
        }
        assert!(steps <= 3);
    }
}
