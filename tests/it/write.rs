//! Writing replies: RFC 959 padding, FEAT, no line injection, every output kind alike.
//! (`to_vec` needs `alloc`; the slice output is checked without it in `tests/properties.rs`.)
#![cfg(feature = "alloc")]

use ftp_reply::{KnownCode, ParserConfig, ReplyCode, ReplyWriter, WriteError};

fn code(value: u16) -> ReplyCode {
    ReplyCode::from_u16(value).unwrap()
}

#[test]
fn single_and_multi_line_replies_follow_rfc_959() {
    let single = ReplyWriter::new(code(230), &["Login successful."]).unwrap();
    assert_eq!(single.to_vec(), b"230 Login successful.\r\n");
    let empty = ReplyWriter::new(code(200), &[""]).unwrap();
    assert_eq!(empty.to_vec(), b"200 \r\n");

    // Inner lines that begin with a digit are padded; first and last lines need not be.
    let lines = [
        "123 first",
        "Second line",
        "234 A line beginning with numbers",
        "",
        "9",
        "123 The last line",
    ];
    let reply = ReplyWriter::new(code(123), &lines).unwrap();
    assert_eq!(
        reply.to_vec(),
        b"123-123 first\r\nSecond line\r\n 234 A line beginning with numbers\r\n\r\n 9\r\n123 123 The last line\r\n"
    );
}

#[test]
fn line_breaks_cannot_inject_a_reply() {
    for (text, index) in [("ok\r\n230 Logged in", 2), ("ok\n230 x", 2), ("\rx", 0)] {
        assert_eq!(
            ReplyWriter::new(code(200), &["fine", text]).unwrap_err(),
            WriteError::LineBreak { line: 1, index }
        );
    }
    assert_eq!(
        ReplyWriter::<&str>::new(code(200), &[]).unwrap_err(),
        WriteError::NoText
    );
    assert_eq!(
        ReplyWriter::feat(&["SIZE", " MDTM"]).unwrap_err(),
        WriteError::BadFeature { index: 1 }
    );
    assert_eq!(
        ReplyWriter::feat(&["SIZE", ""]).unwrap_err(),
        WriteError::BadFeature { index: 1 }
    );
    assert_eq!(
        ReplyWriter::feat(&["A\nB"]).unwrap_err(),
        WriteError::LineBreak { line: 0, index: 1 }
    );
}

#[test]
fn feat_replies_follow_rfc_2389() {
    let none: [&str; 0] = [];
    assert_eq!(
        ReplyWriter::feat(&none).unwrap().to_vec(),
        b"211 No features\r\n"
    );
    let features = ["UTF8", "MLST type*;size*;modify*;", "REST STREAM"];
    let reply = ReplyWriter::feat(&features).unwrap().to_vec();
    assert_eq!(
        reply,
        b"211-Features:\r\n UTF8\r\n MLST type*;size*;modify*;\r\n REST STREAM\r\n211 End\r\n"
    );
    let parsed = ftp_reply::Reply::parse(&reply).unwrap().complete().unwrap();
    assert_eq!(parsed.code(), KnownCode::SystemStatus);
    let lines: Vec<&[u8]> = parsed.lines().collect();
    assert_eq!(
        lines,
        [
            &b"Features:"[..],
            b" UTF8",
            b" MLST type*;size*;modify*;",
            b" REST STREAM",
            b"End"
        ]
    );
}

#[test]
fn every_output_gets_the_same_bytes() {
    let lines: [&[u8]; 3] = [b"Welcome", b"caf\xc3\xa9", b"Bye"];
    let reply = ReplyWriter::new(code(220), &lines).unwrap();
    let expected = reply.to_vec();
    assert_eq!(reply.encoded_len(), expected.len());

    let mut buffer = [0u8; 64];
    assert_eq!(reply.write_to_slice(&mut buffer), Ok(expected.len()));
    assert_eq!(&buffer[..expected.len()], expected);
    assert_eq!(
        reply.write_to_slice(&mut buffer[..10]),
        Err(WriteError::BufferTooSmall {
            needed: expected.len(),
            capacity: 10
        })
    );

    let mut text = String::new();
    reply.write_to_fmt(&mut text).unwrap();
    assert_eq!(text.as_bytes(), expected);

    #[cfg(feature = "std")]
    {
        let mut io = Vec::new();
        reply.write_to_io(&mut io).unwrap();
        assert_eq!(io, expected);
    }

    let latin1: [&[u8]; 1] = [b"caf\xe9"];
    let reply = ReplyWriter::new(code(550), &latin1).unwrap();
    assert_eq!(reply.to_vec(), b"550 caf\xe9\r\n");
    assert_eq!(
        reply.write_to_fmt(&mut String::new()),
        Err(WriteError::NotUtf8 { line: 0 })
    );
}

#[test]
fn what_is_written_is_read_back_by_a_strict_reader() {
    let lines = [
        "Hello",
        "220 looks like an end",
        "220-looks like a prefix",
        " indented",
        "Bye",
    ];
    let bytes = ReplyWriter::new(code(220), &lines).unwrap().to_vec();
    let mut parser = ftp_reply::ReplyParser::with_config(ParserConfig::strict());
    let reply = parser.parse(&bytes).unwrap().complete().unwrap();
    assert_eq!(reply.len(), bytes.len());
    let read: Vec<&[u8]> = reply.lines().collect();
    assert_eq!(
        read,
        [
            &b"Hello"[..],
            b" 220 looks like an end",
            b" 220-looks like a prefix",
            b" indented",
            b"Bye"
        ]
    );
}
