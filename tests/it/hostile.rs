//! Hostile input: every byte in every position, a million replies, a 100 MB line and a reply
//! that never ends. Each ends in the right result or typed error, reading in bounded memory.
#![cfg(feature = "std")]

use crate::support;
use std::io::{BufRead, BufReader, Read};

use ftp_reply::{
    BufReplyReader, InvalidReplyCode, ParseErrorKind, Parsed, ParserConfig, ReadError, Reply,
    ReplyParser, ReplyReader,
};

/// What parsing `220 abc\r\n` with `byte` at `position` must give: the length of a complete
/// reply, `None` for "need more", or the error kind and offset.
fn expected(position: usize, byte: u8) -> Result<Option<usize>, (ParseErrorKind, usize)> {
    let code = |error| Err((ParseErrorKind::Code(error), position));
    match (position, byte) {
        // A line feed ends the line where it stands.
        (0..=2, b'\n') => code(InvalidReplyCode::Length { len: position }),
        (0, b'1'..=b'6') | (1..=2, b'0'..=b'9') => Ok(Some(9)),
        (0, b'0' | b'7'..=b'9') => code(InvalidReplyCode::FirstDigit { digit: byte }),
        (0..=2, _) => code(InvalidReplyCode::NotDigit {
            index: position,
            byte,
        }),
        (3, b' ') => Ok(Some(9)),
        (3, b'-') => Ok(None),
        (3, b'\n') => Ok(Some(4)), // a bare code, accepted by default
        (3, _) => Err((ParseErrorKind::Separator { found: Some(byte) }, 3)),
        (4..=7, b'\n') => Ok(Some(position + 1)),
        _ => Ok(Some(9)),
    }
}

#[test]
fn every_byte_in_every_position_of_a_line() {
    for position in 0..8 {
        for byte in 0..=u8::MAX {
            let mut line = *b"220 abc\r\n";
            line[position] = byte;
            let got = match Reply::parse(&line) {
                Ok(Parsed::Complete(reply)) => Ok(Some(reply.len())),
                Ok(Parsed::Partial) => Ok(None),
                Err(error) => {
                    assert!(
                        error.resume_at().is_some_and(|at| at <= line.len()),
                        "{line:?}"
                    );
                    Err((error.kind(), error.offset()))
                }
            };
            assert_eq!(
                got,
                expected(position, byte),
                "{:?}",
                line.escape_ascii().to_string()
            );
        }
    }
}

#[test]
fn a_million_short_replies() {
    let stream = b"200 OK\r\n".repeat(1_000_000);
    let mut parser = ReplyParser::new();
    let (mut rest, mut count) = (stream.as_slice(), 0);
    while let Ok(Parsed::Complete(reply)) = parser.parse(rest) {
        rest = &rest[reply.len()..];
        count += 1;
    }
    assert_eq!((count, rest.len()), (1_000_000, 0));

    let mut reader = ReplyReader::new(stream.as_slice());
    let mut count = 0;
    while reader.read_reply().unwrap().is_some() {
        count += 1;
    }
    assert_eq!(count, 1_000_000);

    let mut reader = BufReplyReader::new(BufReader::new(stream.as_slice()));
    let mut count = 0;
    while reader.read_reply().unwrap().is_some() {
        count += 1;
    }
    assert_eq!(count, 1_000_000);
}

/// Asserts that `result` is a parse error of `kind` at `stream_offset`.
fn assert_read_error(
    result: Result<Option<Reply<'_>>, ReadError>,
    kind: ParseErrorKind,
    stream_offset: u64,
) {
    match result {
        Err(ReadError::Parse {
            error,
            stream_offset: at,
        }) => assert_eq!((error.kind(), at), (kind, stream_offset)),
        other => panic!("{other:?}"),
    }
}

const LINE_TOO_LONG: ParseErrorKind = ParseErrorKind::LineTooLong {
    limit: ParserConfig::DEFAULT_MAX_LINE_LENGTH,
};

const REPLY_TOO_LONG: ParseErrorKind = ParseErrorKind::ReplyTooLong {
    limit: ParserConfig::DEFAULT_MAX_REPLY_LENGTH,
};

fn a_100_mb_line() -> support::Generated {
    support::Generated::new(b"220 ", b"a", 100_000_000, b"\r\n221 Bye\r\n")
}

fn a_reply_that_never_ends() -> support::Generated {
    support::Generated::new(b"220-Welcome\r\n", b"still talking\r\n", 50_000_000, b"")
}

#[test]
fn a_100_mb_line_is_an_error_and_reading_goes_on() {
    let mut reader = ReplyReader::new(a_100_mb_line());
    let limit = ParserConfig::DEFAULT_MAX_LINE_LENGTH as u64;
    assert_read_error(reader.read_reply(), LINE_TOO_LONG, limit);
    let (offset, reply) = reader.read_reply_with_offset().unwrap().unwrap();
    assert_eq!((offset, reply.code().as_u16()), (100_000_002, 221));
}

/// Parsed in place, whether the line is in the stream's buffer all at once or arrives
/// through a `BufReader`.
#[test]
fn in_place_a_100_mb_line_is_an_error_and_reading_goes_on() {
    let mut line = Vec::new();
    a_100_mb_line().read_to_end(&mut line).unwrap();
    for mut reader in [
        BufReplyReader::new(Box::new(line.as_slice()) as Box<dyn BufRead>),
        BufReplyReader::new(Box::new(BufReader::new(a_100_mb_line()))),
    ] {
        let limit = ParserConfig::DEFAULT_MAX_LINE_LENGTH as u64;
        assert_read_error(reader.read_reply(), LINE_TOO_LONG, limit);
        let (offset, reply) = reader.read_reply_with_offset().unwrap().unwrap();
        assert_eq!((offset, reply.code().as_u16()), (100_000_002, 221));
    }
}

#[test]
fn a_reply_that_never_ends_stops_at_the_limit() {
    let limit = ParserConfig::DEFAULT_MAX_REPLY_LENGTH as u64;
    let mut reader = ReplyReader::new(a_reply_that_never_ends());
    assert_read_error(reader.read_reply(), REPLY_TOO_LONG, limit);
    let mut reader = BufReplyReader::new(BufReader::new(a_reply_that_never_ends()));
    assert_read_error(reader.read_reply(), REPLY_TOO_LONG, limit);
}
