//! Reading replies from a `BufRead`: the same results as parsing the whole buffer, whatever
//! the read sizes, with bounded buffering.
#![cfg(feature = "std")]

mod support;

use std::io::{BufReader, Read};

use ftp_reply::{ParserConfig, ReadError, ReplyReader};
use support::{Event, mixed_stream, parse_whole, small_limits};

fn read_all<R: Read>(reader: &mut ReplyReader<BufReader<R>>) -> Vec<Event> {
    let mut events = Vec::new();
    loop {
        match reader.read_reply_with_offset() {
            Ok(Some((offset, reply))) => {
                let lines = reply.lines().map(<[u8]>::to_vec).collect();
                let (code, multiline, len) =
                    (reply.code().as_u16(), reply.is_multiline(), reply.len());
                events.push(Event::Reply {
                    offset: offset as usize,
                    code,
                    multiline,
                    lines,
                    len,
                });
            }
            Ok(None) => return events,
            Err(ReadError::Parse {
                error,
                stream_offset,
            }) => {
                events.push(Event::Error {
                    offset: stream_offset as usize,
                    kind: error.kind(),
                });
            }
            Err(error) => panic!("{error}"),
        }
    }
}

#[test]
fn reading_gives_the_replies_of_a_whole_buffer_parse() {
    let stream = mixed_stream();
    for config in [ParserConfig::new(), ParserConfig::strict(), small_limits()] {
        let expected = parse_whole(&stream, config);
        for capacity in [1, 7, 64, 4096] {
            let source = BufReader::with_capacity(capacity, stream.as_slice());
            let mut reader = ReplyReader::with_config(source, config);
            assert_eq!(
                read_all(&mut reader),
                expected,
                "read {capacity} bytes at a time"
            );
        }
    }
}

#[test]
fn a_reply_cut_off_by_the_end_of_the_stream_is_an_error_once() {
    let mut reader = ReplyReader::new(BufReader::new(&b"220 Hi\r\n230-Welcome\r\n"[..]));
    assert_eq!(reader.read_reply().unwrap().unwrap().code(), 220);
    let error = reader.read_reply().unwrap_err();
    assert_eq!(
        error.to_string(),
        "malformed reply at byte 21 of the stream: input ended inside a multi-line reply, \
         expected a final line starting with \"230 \", at byte 13"
    );
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
    let mut reader = ReplyReader::new(BufReader::new(Failing));
    assert!(
        matches!(reader.read_reply(), Err(ReadError::Io(error)) if error.to_string() == "connection reset")
    );
}
