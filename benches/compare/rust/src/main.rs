//! Reply readers in Rust, timed round-robin in one process on the same streams.
//!
//! In memory: ftp-reply borrowing each reply from the buffer, ftp-reply owning each reply
//! (`ReplyReader` and `OwnedReply`, the work the peers do), and a reproduction of suppaftp's
//! blocking read loop. Over a loopback socket, the real APIs: ftp-reply's `TokioReplyReader`,
//! suppaftp's `read_response_in` and async_ftp's `read_response_in`, all on tokio.
//!
//! ```text
//! ftp-reply-compare write DIR                 # DIR/mixed.bin and DIR/sessions.bin
//! ftp-reply-compare time ROUNDS NAME=FILE...  # one JSON line per implementation and stream
//! ```

#[path = "../../../../tests/it/support.rs"]
mod support;

mod suppaftp_loop;

use std::hint::black_box;
use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::time::Instant;
use std::{env, fs, thread};

use ftp_reply::{OwnedReply, Parsed, ReplyParser, ReplyReader, TokioReplyReader};

/// What every loopback server sends before the stream: the greeting the clients wait for.
const GREETING: &[u8] = b"220 Ready\r\n";

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [mode, dir] if mode == "write" => {
            fs::write(format!("{dir}/mixed.bin"), support::benchmark_stream()).unwrap();
            fs::write(format!("{dir}/sessions.bin"), support::recorded_stream()).unwrap();
        }
        [mode, rounds, streams @ ..] if mode == "time" && !streams.is_empty() => {
            let rounds = rounds.parse().expect("ROUNDS is a number");
            for stream in streams {
                let (name, path) = stream.split_once('=').expect("NAME=FILE");
                time_stream(name, &fs::read(path).unwrap(), rounds);
            }
        }
        _ => {
            eprintln!("usage: ftp-reply-compare write DIR | time ROUNDS NAME=FILE...");
            std::process::exit(2);
        }
    }
}

/// One reader: its label, and a pass over the stream that returns the replies it read.
type Pass<'a> = (&'static str, Box<dyn Fn() -> usize + 'a>);

fn time_stream(name: &str, stream: &[u8], rounds: usize) {
    let expected = borrowed(stream);
    let codes = codes(stream);
    let server = serve(stream);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .unwrap();
    let passes: Vec<Pass<'_>> = vec![
        (
            "ftp-reply ReplyParser, borrowed (Rust)",
            Box::new(|| borrowed(stream)),
        ),
        (
            "ftp-reply ReplyReader + OwnedReply (Rust)",
            Box::new(|| owned(stream)),
        ),
        (
            "suppaftp 12.2.1 read loop, reproduced (Rust)",
            Box::new(|| suppaftp_loop::read_all(stream)),
        ),
        (
            "ftp-reply TokioReplyReader + OwnedReply, loopback (Rust)",
            Box::new(|| runtime.block_on(loopback_ftp_reply(server))),
        ),
        (
            "suppaftp 12.2.1 read_response_in, loopback (Rust)",
            Box::new(|| runtime.block_on(loopback_suppaftp(server, &codes, expected))),
        ),
        (
            "async_ftp 6.0.0 read_response_in, loopback (Rust)",
            Box::new(|| runtime.block_on(loopback_async_ftp(server, &codes, expected))),
        ),
    ];
    let mut seconds = vec![Vec::new(); passes.len()];
    let mut replies = vec![0; passes.len()];
    // Round-robin: each round times every reader once, so drift hits them all alike.
    for _ in 0..rounds {
        for (index, (_, pass)) in passes.iter().enumerate() {
            let start = Instant::now();
            replies[index] = pass();
            seconds[index].push(start.elapsed().as_secs_f64());
        }
    }
    for (index, (label, _)) in passes.iter().enumerate() {
        let times: Vec<String> = seconds[index].iter().map(|s| format!("{s:.6}")).collect();
        println!(
            r#"{{"implementation": "{label}", "stream": "{name}", "bytes": {}, "replies": {}, "expected": {expected}, "seconds": [{}]}}"#,
            stream.len(),
            replies[index],
            times.join(", ")
        );
    }
}

/// Every reply, borrowed from the buffer in place.
fn borrowed(stream: &[u8]) -> usize {
    let mut parser = ReplyParser::new();
    let mut rest = stream;
    let mut replies = 0;
    while let Ok(Parsed::Complete(reply)) = parser.parse(rest) {
        replies += usize::from(black_box(reply.code()).as_u16() > 0);
        rest = &rest[reply.len()..];
    }
    replies
}

/// Every reply as an `OwnedReply`, read through `ReplyReader` as from a socket.
fn owned(stream: &[u8]) -> usize {
    let mut reader = ReplyReader::new(stream);
    let mut replies = 0;
    while let Ok(Some(reply)) = reader.read_reply() {
        black_box(OwnedReply::from(reply));
        replies += 1;
    }
    replies
}

/// The distinct codes of the stream, for the APIs that check a reply against expected codes.
fn codes(stream: &[u8]) -> Vec<u32> {
    let mut parser = ReplyParser::new();
    let mut rest = stream;
    let mut codes = Vec::new();
    while let Ok(Parsed::Complete(reply)) = parser.parse(rest) {
        codes.push(u32::from(reply.code().as_u16()));
        rest = &rest[reply.len()..];
    }
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// A server on 127.0.0.1 that sends the greeting and then `stream` to each connection.
fn serve(stream: &[u8]) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let stream = stream.to_vec();
    thread::spawn(move || {
        for connection in listener.incoming() {
            let mut connection = connection.unwrap();
            // A client that stops early closes the connection: nothing to report.
            let _ = connection
                .write_all(GREETING)
                .and_then(|()| connection.write_all(&stream));
        }
    });
    address
}

async fn loopback_ftp_reply(server: SocketAddr) -> usize {
    let socket = tokio::net::TcpStream::connect(server).await.unwrap();
    let mut reader = TokioReplyReader::new(socket);
    let greeting = reader.read_reply().await.unwrap().unwrap();
    assert_eq!(greeting.code().as_u16(), 220);
    let mut replies = 0;
    while let Ok(Some(reply)) = reader.read_reply().await {
        black_box(OwnedReply::from(reply));
        replies += 1;
    }
    replies
}

async fn loopback_suppaftp(server: SocketAddr, codes: &[u32], expected: usize) -> usize {
    use suppaftp::tokio::AsyncFtpStream;
    use suppaftp::{FtpError, Status};

    // Expecting 211 (`Status::System`) would make it return at the first line of a 211
    // reply, as its FEAT support needs; any other code still gives the reply, as an error.
    let codes: Vec<Status> = codes
        .iter()
        .map(|&code| Status::from(code))
        .filter(|&status| status != Status::System)
        .collect();
    let mut client = AsyncFtpStream::connect(server).await.unwrap();
    let mut replies = 0;
    for _ in 0..expected {
        match client.read_response_in(&codes).await {
            Ok(response) | Err(FtpError::UnexpectedResponse(response)) => {
                black_box(response);
                replies += 1;
            }
            Err(FtpError::ConnectionError(_)) => break,
            Err(_) => {}
        }
    }
    replies
}

async fn loopback_async_ftp(server: SocketAddr, codes: &[u32], expected: usize) -> usize {
    use async_ftp::{FtpError, FtpStream};

    let mut client = FtpStream::connect(server).await.unwrap();
    let mut replies = 0;
    for _ in 0..expected {
        match client.read_response_in(codes).await {
            Ok(line) => {
                black_box(line);
                replies += 1;
            }
            Err(FtpError::ConnectionError(_)) => break,
            Err(_) => {}
        }
    }
    replies
}
