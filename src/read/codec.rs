//! Replies as a tokio-util codec: a `Stream` of owned replies, and a `Sink` of replies to
//! write, for `Framed` connections.

use bytes::{Bytes, BytesMut};
use tokio_util::codec::{Decoder, Encoder};

use crate::{Frame, OwnedReply, ParserConfig, ReadError, ReplyFramer, ReplyWriter, WriteError};

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
    framer: ReplyFramer,
    /// The stream offset of the first byte of the read buffer.
    offset: u64,
}

impl ReplyCodec {
    /// A codec with the default [`ParserConfig`].
    pub fn new() -> ReplyCodec {
        ReplyCodec::default()
    }

    /// A codec with the given configuration.
    pub fn with_config(config: ParserConfig) -> ReplyCodec {
        ReplyCodec {
            framer: ReplyFramer::with_config(config),
            offset: 0,
        }
    }

    /// The next reply in `buffer`, stepping as the [`ReplyFramer`] says.
    fn decode_with(
        &mut self,
        buffer: &mut BytesMut,
        ended: bool,
    ) -> Result<Option<OwnedReply<Bytes>>, ReadError> {
        loop {
            match self.framer.step(buffer, ended) {
                Frame::Reply(reply) => {
                    let (code, multiline, len) = (reply.code(), reply.is_multiline(), reply.len());
                    self.offset += len as u64;
                    let raw = buffer.split_to(len).freeze();
                    return Ok(Some(OwnedReply::from_parts(raw, code, multiline)));
                }
                Frame::Malformed { error, skip } => {
                    let stream_offset = self.offset + error.offset() as u64;
                    self.advance(buffer, skip);
                    return Err(ReadError::Parse {
                        error,
                        stream_offset,
                    });
                }
                Frame::Skip(count) => self.advance(buffer, count),
                Frame::Partial | Frame::End => return Ok(None),
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
