//! The sans-IO parser inside a tokio codec: FTP replies as a `Stream` from any `AsyncRead`.
//!
//! ```text
//! cargo run --example tokio_codec
//! ```
//!
//! A server task writes a session into an in-memory pipe a few bytes at a time; the client
//! side reads it through `FramedRead` and prints each reply.

use std::io;

use bytes::{Buf, BytesMut};
use ftp_reply::{OwnedReply, ParseError, Parsed};
use futures_util::StreamExt;
use tokio::io::AsyncWriteExt;
use tokio_util::codec::{Decoder, FramedRead};

/// Splits a control connection into replies. The reply parser remembers how far it has
/// scanned, so each byte is looked at once however the reads are split.
#[derive(Default)]
struct ReplyCodec {
    parser: ftp_reply::ReplyParser,
}

#[derive(Debug, thiserror::Error)]
enum CodecError {
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error(transparent)]
    Parse(#[from] ParseError),
}

impl Decoder for ReplyCodec {
    type Item = OwnedReply;
    type Error = CodecError;

    fn decode(&mut self, buffer: &mut BytesMut) -> Result<Option<OwnedReply>, CodecError> {
        match self.parser.parse(buffer) {
            Ok(Parsed::Complete(reply)) => {
                let reply = OwnedReply::from(reply);
                buffer.advance(reply.raw().len());
                Ok(Some(reply))
            }
            Ok(Parsed::Partial) => Ok(None),
            Err(error) => Err(skip_bad_line(buffer, error)),
        }
    }

    fn decode_eof(&mut self, buffer: &mut BytesMut) -> Result<Option<OwnedReply>, CodecError> {
        match self.parser.parse_eof(buffer) {
            Ok(reply) => {
                let reply = reply.map(OwnedReply::from);
                buffer.advance(reply.as_ref().map_or(0, |reply| reply.raw().len()));
                Ok(reply)
            }
            Err(error) => Err(skip_bad_line(buffer, error)),
        }
    }
}

/// Drops the bad line, so that a caller that keeps the codec can go on.
fn skip_bad_line(buffer: &mut BytesMut, error: ParseError) -> CodecError {
    let skip = error.resume_at().unwrap_or(buffer.len());
    buffer.advance(skip);
    CodecError::Parse(error)
}

const SESSION: &[u8] = b"220-FTP server ready.\r\n220 Welcome\r\n\
331 Please specify the password.\r\n\
230 Login successful.\r\n\
211-Features:\r\n EPSV\r\n MLST type*;size*;modify*;\r\n UTF8\r\n211 End\r\n\
229 Entering Extended Passive Mode (|||50001|)\r\n\
221 Goodbye.\r\n";

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), CodecError> {
    let (client, mut server) = tokio::io::duplex(16);
    tokio::spawn(async move {
        for piece in SESSION.chunks(7) {
            server.write_all(piece).await?;
        }
        io::Result::Ok(())
    });

    let mut replies = FramedRead::new(client, ReplyCodec::default());
    let mut count = 0;
    while let Some(reply) = replies.next().await {
        let reply = reply?;
        let first = String::from_utf8_lossy(reply.lines().next().unwrap_or_default()).into_owned();
        let name = reply.code().known().map_or("unknown", |code| code.name());
        println!(
            "{} {name:<28} {} line(s), first: {first}",
            reply.code(),
            reply.lines().count()
        );
        count += 1;
    }
    assert_eq!(count, 6, "every reply of the session arrived");
    Ok(())
}
