//! Reading replies from a blocking stream: the same results as parsing the whole buffer,
//! whatever the read sizes, with bounded buffering.
#![cfg(feature = "std")]

use std::error::Error;
use std::io::{BufRead, BufReader, Read};

use crate::reading::{read_in_place, record};
use crate::support::{Event, mixed_stream, parse_whole, small_limits};
use ftp_reply::{BufReplyReader, ParserConfig, ReadError, ReplyReader};

/// A stream that returns at most `size` bytes per read.
struct Trickle<'a> {
    input: &'a [u8],
    size: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let count = self.size.min(buffer.len()).min(self.input.len());
        buffer[..count].copy_from_slice(&self.input[..count]);
        self.input = &self.input[count..];
        Ok(count)
    }
}

fn read_all<R: Read>(reader: &mut ReplyReader<R>) -> Vec<Event> {
    let mut events = Vec::new();
    while record(&mut events, reader.read_reply_with_offset()) {}
    events
}

fn read_all_in_place<R: BufRead>(reader: &mut BufReplyReader<R>) -> Vec<Event> {
    let mut events = Vec::new();
    while record(&mut events, reader.read_reply_with_offset()) {}
    events
}

#[test]
fn reading_gives_the_replies_of_a_whole_buffer_parse() {
    let stream = mixed_stream();
    for config in [ParserConfig::new(), ParserConfig::strict(), small_limits()] {
        let expected = parse_whole(&stream, config);
        for size in [1, 7, 64, 4096, usize::MAX] {
            let source = Trickle {
                input: &stream,
                size,
            };
            let mut reader = ReplyReader::with_config(source, config);
            assert_eq!(
                read_all(&mut reader),
                expected,
                "read {size} bytes at a time"
            );
        }
    }
}

#[test]
fn reading_in_place_gives_the_replies_of_a_whole_buffer_parse() {
    let stream = mixed_stream();
    for config in [ParserConfig::new(), ParserConfig::strict(), small_limits()] {
        let expected = parse_whole(&stream, config);
        for size in [1, 2, 7, 64, 300, 4096, usize::MAX] {
            assert_eq!(
                read_in_place(&stream, &[size], config),
                expected,
                "{size} bytes in the stream's buffer at a time"
            );
        }
        for capacity in [1, 100, 8192] {
            let source = BufReader::with_capacity(
                capacity,
                Trickle {
                    input: &stream,
                    size: 1000,
                },
            );
            let mut reader = BufReplyReader::with_config(source, config);
            assert_eq!(
                read_all_in_place(&mut reader),
                expected,
                "a BufReader of {capacity} bytes"
            );
        }
    }
}

#[test]
fn a_reply_cut_off_by_the_end_of_the_stream_is_an_error_once() {
    let mut reader = ReplyReader::new(&b"220 Hi\r\n230-Welcome\r\n"[..]);
    assert_eq!(reader.read_reply().unwrap().unwrap().code(), 220);
    let error = reader.read_reply().unwrap_err();
    assert_eq!(
        error.to_string(),
        "malformed reply at byte 21 of the stream: input ended inside a multi-line reply, \
         expected a final line starting with \"230 \", at byte 13"
    );
    assert!(reader.read_reply().unwrap().is_none());

    let mut reader = BufReplyReader::new(&b"220 Hi\r\n230-Welcome\r\n"[..]);
    assert_eq!(reader.read_reply().unwrap().unwrap().code(), 220);
    let error = reader.read_reply().unwrap_err();
    assert!(matches!(
        error,
        ReadError::Parse {
            stream_offset: 21,
            ..
        }
    ));
    assert!(reader.read_reply().unwrap().is_none());
}

#[test]
fn io_errors_pass_through() {
    struct Failing;
    impl Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("connection reset"))
        }
    }
    let mut reader = ReplyReader::new(Failing);
    let error = reader.read_reply().unwrap_err();
    assert!(matches!(&error, ReadError::Io(io) if io.to_string() == "connection reset"));
    // The cause is the source, not repeated in the message, so reporters print it once.
    assert_eq!(error.to_string(), "reading replies failed");
    assert_eq!(error.source().unwrap().to_string(), "connection reset");
}
