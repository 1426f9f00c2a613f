//! Replies as a tokio-util codec: a `Stream` of owned replies, and a `Sink` of replies to
//! write, for `Framed` connections.

use bytes::{Bytes, BytesMut};
use tokio_util::codec::{Decoder, Encoder};

use crate::{OwnedReply, Parsed, ParserConfig, ReadError, ReplyParser, ReplyWriter, WriteError};

/// Splits a control connection into [`OwnedReply`]s for `tokio_util::codec::FramedRead`,
/// and writes replies for `FramedWrite`.
///
/// Each reply is frozen out of the read buffer without copying: its bytes are a [`Bytes`]
/// the reply owns. The parser remembers how far it has looked, so each byte is scanned once
/// however the reads are split. A malformed reply is an error after which the stream goes on,
/// as with [`ReplyReader`](crate::ReplyReader).
///
/// ```
/// use bytes::BytesMut;
/// use ftp_reply::{KnownCode, ReplyCodec, ReplyWriter};
/// use tokio_util::codec::{Decoder, Encoder};
///
/// let mut codec = ReplyCodec::new();
/// let mut wire = BytesMut::new();
/// codec.encode(ReplyWriter::new(KnownCode::ServiceReady, &["Ready"])?, &mut wire)?;
/// let reply = codec.decode(&mut wire)?.expect("a whole reply");
/// assert_eq!(reply.code(), KnownCode::ServiceReady);
/// assert!(wire.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Default)]
pub struct ReplyCodec {
    parser: ReplyParser,
    /// The stream offset of the first byte of the read buffer.
    offset: u64,
    /// Dropping a line that was too long, up to its line feed.
    skipping_line: bool,
}

impl ReplyCodec {
    /// A codec with the default [`ParserConfig`].
    pub fn new() -> ReplyCodec {
        ReplyCodec::default()
    }

    /// A codec with the given configuration.
    pub fn with_config(config: ParserConfig) -> ReplyCodec {
        ReplyCodec {
            parser: ReplyParser::with_config(config),
            ..ReplyCodec::default()
        }
    }

    fn decode_with(
        &mut self,
        buffer: &mut BytesMut,
        ended: bool,
    ) -> Result<Option<OwnedReply<Bytes>>, ReadError> {
        if self.skipping_line {
            match memchr::memchr(b'\n', buffer) {
                Some(found) => {
                    self.advance(buffer, found + 1);
                    self.skipping_line = false;
                }
                None => {
                    let all = buffer.len();
                    self.advance(buffer, all);
                    return Ok(None);
                }
            }
        }
        let parsed = if ended {
            self.parser
                .parse_eof(buffer)
                .map(|reply| reply.map_or(Parsed::Partial, Parsed::Complete))
        } else {
            self.parser.parse(buffer)
        };
        match parsed {
            Ok(Parsed::Complete(reply)) => {
                let (code, multiline, len) = (reply.code(), reply.is_multiline(), reply.len());
                self.offset += len as u64;
                let raw = buffer.split_to(len).freeze();
                Ok(Some(OwnedReply::from_parts(raw, code, multiline)))
            }
            Ok(Parsed::Partial) => Ok(None),
            Err(error) => {
                let stream_offset = self.offset + error.offset() as u64;
                // Without a place to resume at, the bad line is dropped through its line
                // feed, as the readers do.
                let skip = match error.resume_at() {
                    Some(resume) => resume,
                    None => {
                        self.skipping_line = true;
                        error.offset()
                    }
                };
                self.advance(buffer, skip);
                Err(ReadError::Parse {
                    error,
                    stream_offset,
                })
            }
        }
    }

    fn advance(&mut self, buffer: &mut BytesMut, count: usize) {
        let _ = buffer.split_to(count);
        self.offset += count as u64;
    }
}

impl Decoder for ReplyCodec {
    type Item = OwnedReply<Bytes>;
    type Error = ReadError;

    fn decode(&mut self, buffer: &mut BytesMut) -> Result<Option<OwnedReply<Bytes>>, ReadError> {
        self.decode_with(buffer, false)
    }

    fn decode_eof(
        &mut self,
        buffer: &mut BytesMut,
    ) -> Result<Option<OwnedReply<Bytes>>, ReadError> {
        self.decode_with(buffer, true)
    }
}

impl<T: AsRef<[u8]>> Encoder<ReplyWriter<'_, T>> for ReplyCodec {
    type Error = std::io::Error;

    fn encode(&mut self, reply: ReplyWriter<'_, T>, buffer: &mut BytesMut) -> std::io::Result<()> {
        let start = buffer.len();
        buffer.resize(start + reply.encoded_len(), 0);
        reply
            .write_to_slice(&mut buffer[start..])
            .map_err(|error: WriteError| {
                std::io::Error::new(std::io::ErrorKind::InvalidInput, error)
            })?;
        Ok(())
    }
}
