//! The work suppaftp 12.2.1's blocking client does to read a reply (`read_response_in` in its
//! `src/sync_ftp/control.rs`), rebuilt here over an in-memory stream, because that client
//! reads only from a `TcpStream`. Not suppaftp's code: the same steps, written for this bench.
//!
//! Per reply: a fresh line and body buffer; each line read through an 8 KiB `BufReader` with
//! `read_until`, bounded by its 256 KiB reply limit, and appended to the body; the code parsed
//! from a `String` copy of the first three bytes; any line of three digits and a space ends
//! the reply (it accepts glFTPd's mismatched final codes); the result is its own `Response`.

use std::io::{BufRead, BufReader, Read};

use suppaftp::Status;
use suppaftp::types::Response;

/// suppaftp's reply limit.
const MAX_REPLY_SIZE: usize = 256 * 1024;

/// Every reply of `stream`, read as suppaftp's blocking client reads them.
pub fn read_all(stream: &[u8]) -> usize {
    let mut reader = BufReader::new(stream);
    let mut replies = 0;
    while let Some(response) = read_response(&mut reader) {
        std::hint::black_box(response);
        replies += 1;
    }
    replies
}

/// One reply, or `None` at the end of the stream or at a reply it cannot read.
fn read_response(reader: &mut impl BufRead) -> Option<Response> {
    let mut line = Vec::new();
    let mut body = Vec::new();
    if read_line(reader, &mut line, 0)? == 0 || line.len() < 5 {
        return None;
    }
    body.extend(line.iter());
    let opening = parse_code(&line)?;
    let mut code = opening;
    while !ends_reply(&line) {
        line.clear();
        if read_line(reader, &mut line, body.len())? == 0 {
            return None;
        }
        body.extend(line.iter());
    }
    if line[..3] != body[..3] {
        code = parse_code(&line)?;
    }
    Some(Response::new(Status::from(code), body))
}

/// Reads through the next line feed, within what is left of the reply limit.
fn read_line(reader: &mut impl BufRead, line: &mut Vec<u8>, reply_len: usize) -> Option<usize> {
    let room = MAX_REPLY_SIZE.saturating_sub(reply_len + line.len()) as u64 + 1;
    let read = reader.take(room).read_until(b'\n', line).ok()?;
    (reply_len + line.len() <= MAX_REPLY_SIZE).then_some(read)
}

fn ends_reply(line: &[u8]) -> bool {
    line.len() >= 4 && line[..3].iter().all(u8::is_ascii_digit) && line[3] == b' '
}

fn parse_code(line: &[u8]) -> Option<u32> {
    String::from_utf8(line.get(..3)?.to_vec())
        .ok()?
        .parse()
        .ok()
}
