//! Reads a hostile stream to its end through `ReplyReader`, to measure peak memory:
//!
//! ```text
//! cargo build --release --example hostile
//! /usr/bin/time -v target/release/examples/hostile line      # a 100 MB line, no line feed
//! /usr/bin/time -v target/release/examples/hostile endless   # a 100 MB multi-line reply
//! /usr/bin/time -v target/release/examples/hostile million   # a million short replies
//! ```

#[path = "../tests/it/support.rs"]
mod support;

use ftp_reply::{ReadError, ReplyReader};
use support::Generated;

fn main() {
    let stream = match std::env::args().nth(1).as_deref() {
        Some("line") => Generated::new(b"220 ", b"a", 100_000_000, b""),
        Some("endless") => {
            Generated::new(b"220-Welcome\r\n", b"still talking\r\n", 100_000_000, b"")
        }
        Some("million") => Generated::new(b"", b"200 OK\r\n", 8_000_000, b""),
        _ => {
            eprintln!("usage: hostile line | endless | million");
            std::process::exit(2);
        }
    };
    let mut reader = ReplyReader::new(stream);
    let (mut replies, mut errors) = (0u64, 0u64);
    let mut first_error = None;
    loop {
        match reader.read_reply() {
            Ok(Some(_)) => replies += 1,
            Ok(None) => break,
            Err(ReadError::Parse {
                error,
                stream_offset,
            }) => {
                errors += 1;
                first_error.get_or_insert((error.kind(), stream_offset));
            }
            Err(error) => panic!("{error}"),
        }
    }
    println!("{replies} replies, {errors} errors; first error: {first_error:?}");
}
