//! The benchmark stream for the cross-implementation comparison, and ftp-reply's time on it.
//!
//! ```text
//! cargo run --release --example mixed_stream -- write FILE   # the stream, as bytes
//! cargo run --release --example mixed_stream -- time FILE    # ftp-reply's throughput on it
//! ```

#[path = "../../tests/support/mod.rs"]
mod support;

use std::time::Instant;

use ftp_reply::{Parsed, ReplyParser};

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [mode, path] if mode == "write" => std::fs::write(path, support::benchmark_stream()),
        [mode, path] if mode == "time" => {
            let stream = std::fs::read(path)?;
            let mut times = Vec::new();
            let mut replies = 0;
            for _ in 0..21 {
                let start = Instant::now();
                replies = decode_all(&stream);
                times.push(start.elapsed().as_secs_f64());
            }
            times.sort_by(f64::total_cmp);
            let median = times[times.len() / 2];
            println!(
                "{:<34} {:>9.1} MB/s  {replies} replies",
                "ftp-reply ReplyParser (Rust)",
                stream.len() as f64 / median / 1e6
            );
            Ok(())
        }
        _ => {
            eprintln!("usage: mixed_stream write FILE | mixed_stream time FILE");
            std::process::exit(2);
        }
    }
}

fn decode_all(stream: &[u8]) -> usize {
    let mut parser = ReplyParser::new();
    let mut rest = stream;
    let mut replies = 0;
    while let Ok(Parsed::Complete(reply)) = parser.parse(rest) {
        replies += usize::from(std::hint::black_box(reply.code()).as_u16() > 0);
        rest = &rest[reply.len()..];
    }
    replies
}
