//! Replies as a `Stream` from any tokio `AsyncRead`, through `ReplyCodec` and `FramedRead`.
//!
//! ```text
//! cargo run --example tokio_codec --features tokio
//! ```
//!
//! A server task writes a session into an in-memory pipe a few bytes at a time; the client
//! side reads it through `FramedRead` and prints each reply.

use ftp_reply::{ReadError, ReplyCodec};
use futures_util::StreamExt;
use tokio::io::AsyncWriteExt;
use tokio_util::codec::FramedRead;

const SESSION: &[u8] = b"220-FTP server ready.\r\n220 Welcome\r\n\
331 Please specify the password.\r\n\
230 Login successful.\r\n\
211-Features:\r\n EPSV\r\n MLST type*;size*;modify*;\r\n UTF8\r\n211 End\r\n\
229 Entering Extended Passive Mode (|||50001|)\r\n\
221 Goodbye.\r\n";

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), ReadError> {
    let (client, mut server) = tokio::io::duplex(16);
    tokio::spawn(async move {
        for piece in SESSION.chunks(7) {
            server.write_all(piece).await?;
        }
        std::io::Result::Ok(())
    });

    let mut replies = FramedRead::new(client, ReplyCodec::new());
    let mut count = 0;
    while let Some(reply) = replies.next().await {
        let reply = reply?;
        let name = reply.code().known().map_or("unknown", |code| code.name());
        println!(
            "{} {name:<28} {} line(s), first: {}",
            reply.code(),
            reply.lines().count(),
            String::from_utf8_lossy(reply.first_line())
        );
        count += 1;
    }
    assert_eq!(count, 6, "every reply of the session arrived");
    Ok(())
}
