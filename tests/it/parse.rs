//! Parsing replies: RFC 959 §4.2, real servers' styles and deviations, errors and recovery,
//! and the same results however the input is split.

use crate::support::{
    Event, FIXTURES, RFC_959_EXAMPLE, all_fixtures, codes, mixed_stream, parse_chunked,
    parse_whole, small_limits,
};
use ftp_reply::{
    InvalidReplyCode, KnownCode, ParseErrorKind, Parsed, ParserConfig, Reply, ReplyParser,
};

fn lines(reply: &Reply<'_>) -> Vec<String> {
    reply
        .lines()
        .map(|line| String::from_utf8_lossy(line).into_owned())
        .collect()
}

fn one(input: &[u8]) -> Reply<'_> {
    match Reply::parse(input) {
        Ok(Parsed::Complete(reply)) => reply,
        other => panic!("expected a complete reply from {input:?}, got {other:?}"),
    }
}

#[test]
fn the_rfc_959_example_is_one_reply() {
    let reply = one(RFC_959_EXAMPLE);
    assert_eq!(reply.code(), 123);
    assert!(reply.is_multiline());
    assert_eq!(reply.len(), RFC_959_EXAMPLE.len());
    assert_eq!(
        lines(&reply),
        [
            "First line",
            "Second line",
            "  234 A line beginning with numbers",
            "The last line"
        ]
    );
    assert_eq!(reply.raw(), RFC_959_EXAMPLE);
}

#[test]
fn each_server_style_parses_to_its_codes_strictly_and_by_default() {
    for fixture in FIXTURES {
        for config in [ParserConfig::new(), ParserConfig::strict()] {
            let events = parse_whole(fixture.bytes, config);
            assert_eq!(codes(&events), fixture.codes, "{}", fixture.server);
            let total: usize = events
                .iter()
                .map(|event| match event {
                    Event::Reply { len, .. } => *len,
                    Event::Error { .. } => 0,
                })
                .sum();
            assert_eq!(
                total,
                fixture.bytes.len(),
                "{}: every byte in a reply",
                fixture.server
            );
        }
    }
}

#[test]
fn inner_lines_lose_only_the_replys_own_prefix() {
    // Pure-FTPd's banner: a first line whose text starts with hyphens, then prefixed lines.
    let pure = one(FIXTURES[2].bytes);
    assert_eq!(
        lines(&pure),
        [
            "--------- Welcome to Pure-FTPd [privsep] [TLS] ----------",
            "You are user number 1 of 50 allowed.",
            "Local time is now 10:00. Server port: 21.",
            "This is a private system - No anonymous login",
            "You will be disconnected after 15 minutes of inactivity.",
        ]
    );
    // Another code with a hyphen inside the reply is text, and keeps its digits.
    let mixed = one(b"220-Hello\r\n230-not ours\r\n220-ours\r\n 220 padded\r\n220 End\r\n");
    assert_eq!(
        lines(&mixed),
        ["Hello", "230-not ours", "ours", " 220 padded", "End"]
    );
    // FEAT lines keep their leading space, as RFC 2389 requires.
    let feat = one(b"211-Features:\r\n SIZE\r\n MDTM\r\n211 End\r\n");
    assert_eq!(lines(&feat), ["Features:", " SIZE", " MDTM", "End"]);
    assert_eq!(feat.first_line(), b"Features:");
    assert_eq!(feat.last_line(), b"End");
    assert_eq!(feat.text().to_string(), "Features:\n SIZE\n MDTM\nEnd");
}

#[test]
fn a_reply_ends_at_its_own_code_and_a_space() {
    // "123-" and "1234 " and "123" inside are text; only "123 " ends the reply.
    let input = b"123-a\r\n123-b\r\n1234 c\r\n124 d\r\n123 e\r\n200 next\r\n";
    let reply = one(input);
    assert_eq!(lines(&reply), ["a", "b", "1234 c", "124 d", "e"]);
    assert_eq!(reply.len(), input.len() - b"200 next\r\n".len());
}

#[test]
fn bare_line_feeds_are_accepted_by_default_and_rejected_strictly() {
    // ftp.sda.it ends lines with LF alone.
    let input = b"220 Welcome\n331 Password\n";
    assert_eq!(codes(&parse_whole(input, ParserConfig::new())), [220, 331]);
    let error = ReplyParser::with_config(ParserConfig::strict())
        .parse(input)
        .unwrap_err();
    assert_eq!(error.kind(), ParseErrorKind::BareLineFeed);
    assert_eq!((error.offset(), error.resume_at()), (11, Some(12)));
    // A CR inside a line is text; only CR LF or LF ends a line.
    assert_eq!(one(b"200 a\rb\r\n").first_line(), b"a\rb");
}

#[test]
fn a_bare_code_ends_a_reply_by_default() {
    // ftp.ripe.net ended a reply with a line that is only the code.
    let ripe = one(b"200-blabla\r\n200-\r\n200\r\n");
    assert_eq!(lines(&ripe), ["blabla", "", ""]);
    // Cyberduck issue 15892: another bare code inside is text.
    let cyberduck = one(b"250-\r\n550\r\n250\r\n");
    assert_eq!(
        (cyberduck.code().as_u16(), lines(&cyberduck)),
        (250, vec!["".into(), "550".into(), "".into()])
    );
    assert_eq!(one(b"200\r\n").first_line(), b"");
    assert_eq!(one(b"200\r\n").last_line(), b"");

    let strict = ParserConfig::strict();
    let error = ReplyParser::with_config(strict)
        .parse(b"200\r\n")
        .unwrap_err();
    assert_eq!(error.kind(), ParseErrorKind::Separator { found: None });
    assert_eq!(error.offset(), 3);
    let waiting = ReplyParser::with_config(strict).parse(b"200-blabla\r\n200\r\n");
    assert_eq!(waiting, Ok(Parsed::Partial));
}

#[test]
fn glftpd_final_lines_with_another_code_need_the_tolerance() {
    let input = b"553-\r\n553- Directory excluded (precheck).\r\n150 Opening BINARY mode data connection for x using SSL/TLS.\r\n";
    // By default the reply is still open when the input ends.
    let error = ReplyParser::new().parse_eof(input).unwrap_err();
    assert_eq!(
        error.kind(),
        ParseErrorKind::MissingFinalLine {
            code: "553".parse().unwrap()
        }
    );
    assert_eq!(error.offset(), input.len());

    let mut config = ParserConfig::new();
    config.allow_any_final_code = true;
    let reply = ReplyParser::with_config(config)
        .parse(input)
        .unwrap()
        .complete()
        .unwrap();
    assert_eq!(reply.code(), KnownCode::FileStatusOk);
    assert_eq!(reply.len(), input.len());
    assert_eq!(
        lines(&reply)[2],
        "Opening BINARY mode data connection for x using SSL/TLS."
    );
}

#[test]
fn malformed_first_lines_are_typed_errors_with_offsets() {
    let cases: [(&[u8], ParseErrorKind, usize); 6] = [
        (
            b"\r\n",
            ParseErrorKind::Code(InvalidReplyCode::Length { len: 0 }),
            0,
        ),
        (
            b"22\r\n",
            ParseErrorKind::Code(InvalidReplyCode::Length { len: 2 }),
            2,
        ),
        (
            b"2x0 a\r\n",
            ParseErrorKind::Code(InvalidReplyCode::NotDigit {
                index: 1,
                byte: b'x',
            }),
            1,
        ),
        (
            b"720 a\r\n",
            ParseErrorKind::Code(InvalidReplyCode::FirstDigit { digit: b'7' }),
            0,
        ),
        (
            b"220Welcome\r\n",
            ParseErrorKind::Separator { found: Some(b'W') },
            3,
        ),
        (
            b"Hello\r\n",
            ParseErrorKind::Code(InvalidReplyCode::NotDigit {
                index: 0,
                byte: b'H',
            }),
            0,
        ),
    ];
    for (input, kind, offset) in cases {
        let error = Reply::parse(input).unwrap_err();
        assert_eq!((error.kind(), error.offset()), (kind, offset), "{input:?}");
        assert_eq!(
            error.resume_at(),
            Some(input.len()),
            "{input:?}: skip exactly the line"
        );
    }
    assert_eq!(
        Reply::parse(b"220Welcome\r\n").unwrap_err().to_string(),
        "expected a space or a hyphen after the reply code, found 'W', at byte 3"
    );
}

#[test]
fn after_an_error_parsing_resumes_at_the_next_line() {
    let input = b"garbage\r\n220 Ready\r\n2\xff0 bad\r\n331 Password\r\n";
    let events = parse_whole(input, ParserConfig::new());
    assert_eq!(codes(&events), [0, 220, 0, 331]);
    assert_eq!(
        events[2],
        Event::Error {
            offset: 21,
            kind: ParseErrorKind::Code(InvalidReplyCode::NotDigit {
                index: 1,
                byte: 0xff
            }),
        }
    );
}

#[test]
fn limits_bound_lines_and_replies() {
    let mut config = ParserConfig::new();
    config.max_line_length = 16;
    config.max_reply_length = 64;

    // A line over the limit with no end in sight: nothing to resume from yet.
    let long = [b"220 ".as_slice(), &[b'a'; 100]].concat();
    let error = ReplyParser::with_config(config).parse(&long).unwrap_err();
    assert_eq!(error.kind(), ParseErrorKind::LineTooLong { limit: 16 });
    assert_eq!((error.offset(), error.resume_at()), (16, None));

    // Exactly at the limit is fine, with CR LF or LF.
    let full = [b"220 ".as_slice(), &[b'a'; 12], b"\r\n"].concat();
    assert!(
        ReplyParser::with_config(config)
            .parse(&full)
            .unwrap()
            .complete()
            .is_some()
    );

    // A multi-line reply that never ends stops at the reply limit.
    let endless: Vec<u8> = b"220-x\r\n"
        .iter()
        .copied()
        .chain(b"line\r\n".repeat(20))
        .collect();
    let error = ReplyParser::with_config(config)
        .parse(&endless)
        .unwrap_err();
    assert_eq!(error.kind(), ParseErrorKind::ReplyTooLong { limit: 64 });
    assert_eq!((error.offset(), error.resume_at()), (64, Some(7)));
}

#[test]
fn inner_lines_are_bounded_by_the_reply_limit_unless_read_line_by_line() {
    let mut tolerant = ParserConfig::new();
    tolerant.max_line_length = 16;
    let mut strict = ParserConfig::strict();
    strict.max_line_length = 16;
    let input = [b"211-x\r\n ".as_slice(), &[b'a'; 40], b"\r\n211 End\r\n"].concat();

    // With the default tolerances only the final line is looked for: the long inner line
    // is part of a reply well under its limit.
    let reply = ReplyParser::with_config(tolerant)
        .parse(&input)
        .unwrap()
        .complete()
        .unwrap();
    assert_eq!(reply.lines().count(), 3);

    // Strictly every line is checked, so the inner line is too long.
    let error = ReplyParser::with_config(strict).parse(&input).unwrap_err();
    assert_eq!(error.kind(), ParseErrorKind::LineTooLong { limit: 16 });
    assert_eq!((error.offset(), error.resume_at()), (23, None));
}

#[test]
fn shorter_input_than_already_seen_starts_over() {
    let mut parser = ReplyParser::new();
    let long = b"211-Status\r\n a\r\n b\r\n c\r\n d\r\n 211";
    assert_eq!(parser.parse(long), Ok(Parsed::Partial));
    let reply = parser
        .parse(b"200-x\r\n200 y\r\n")
        .unwrap()
        .complete()
        .unwrap();
    assert_eq!(reply.code(), 200);
    assert_eq!(lines(&reply), ["x", "y"]);
}

#[test]
fn end_of_input_inside_a_reply_is_an_error() {
    let mut parser = ReplyParser::new();
    assert_eq!(parser.parse_eof(b""), Ok(None));
    let error = parser
        .parse_eof(b"220-Welcome\r\nstill talking")
        .unwrap_err();
    assert_eq!(
        error.kind(),
        ParseErrorKind::MissingFinalLine {
            code: "220".parse().unwrap()
        }
    );
    assert_eq!((error.offset(), error.resume_at()), (26, None));
    assert!(
        error
            .to_string()
            .contains("expected a final line starting with \"220 \"")
    );
    let error = parser.parse_eof(b"22").unwrap_err();
    assert_eq!(error.kind(), ParseErrorKind::UnexpectedEnd);
}

#[test]
fn text_is_bytes_shown_as_utf8() {
    let latin1 = one(b"550 Fichier introuvable: caf\xe9.txt\r\n");
    assert!(!latin1.text().is_utf8());
    assert_eq!(latin1.first_line(), b"Fichier introuvable: caf\xe9.txt");
    assert_eq!(
        latin1.text().to_string(),
        "Fichier introuvable: caf\u{fffd}.txt"
    );
    let input = [
        "257-\"/données/日本\" created\r\n257 ".as_bytes(),
        b"\xff\r\n",
    ]
    .concat();
    let utf8 = one(&input);
    assert!(!utf8.text().is_utf8());
    assert_eq!(
        utf8.text().to_string(),
        "\"/données/日本\" created\n\u{fffd}"
    );
    assert_eq!(utf8.last_line(), b"\xff");
}

#[test]
fn every_strict_prefix_of_a_reply_needs_more() {
    let stream = all_fixtures();
    let mut pos = 0;
    while pos < stream.len() {
        let reply = Reply::parse(&stream[pos..]).unwrap().complete().unwrap();
        let bytes = reply.raw();
        let mut incremental = ReplyParser::new();
        for end in 0..bytes.len() {
            assert_eq!(
                Reply::parse(&bytes[..end]),
                Ok(Parsed::Partial),
                "{:?}",
                &bytes[..end]
            );
            assert_eq!(incremental.parse(&bytes[..end]), Ok(Parsed::Partial));
        }
        assert_eq!(incremental.parse(bytes), Ok(Parsed::Complete(reply)));
        pos += bytes.len();
    }
}

#[test]
fn splitting_the_input_anywhere_gives_the_same_replies() {
    let stream = mixed_stream();
    for config in [ParserConfig::new(), ParserConfig::strict(), small_limits()] {
        let whole = parse_whole(&stream, config);
        assert!(whole.len() > 60);
        for split in 0..=stream.len() {
            assert_eq!(
                parse_chunked(&stream, &[split, usize::MAX], config),
                whole,
                "split at {split}"
            );
        }
        for sizes in [&[1][..], &[7], &[4096], &[3, 1, 4, 1, 5, 9, 2, 6]] {
            assert_eq!(
                parse_chunked(&stream, sizes, config),
                whole,
                "pieces of {sizes:?}"
            );
        }
    }
}

#[test]
fn the_mixed_stream_reports_each_problem_once() {
    let events = parse_whole(&mixed_stream(), small_limits());
    let errors: Vec<ParseErrorKind> = events
        .iter()
        .filter_map(|event| match event {
            Event::Error { kind, .. } => Some(*kind),
            Event::Reply { .. } => None,
        })
        .collect();
    assert!(errors.contains(&ParseErrorKind::Separator { found: Some(b'W') }));
    assert!(errors.contains(&ParseErrorKind::LineTooLong { limit: 32 }));
    assert!(matches!(
        errors.last(),
        Some(ParseErrorKind::MissingFinalLine { .. })
    ));
}

/// Cases the property tests found: a piecewise parse meets problems in byte order, so the
/// whole-buffer parse must report the first problem by offset too.
#[test]
fn the_first_problem_in_byte_order_is_reported() {
    // A reply over its limit (byte 16) before a bare line feed (byte 29).
    let mut strict = ParserConfig::strict();
    strict.max_line_length = 28;
    strict.max_reply_length = 16;
    let input = b"220--\0--220220-\0-220220220220220\n220220220";
    let whole = parse_whole(input, strict);
    assert_eq!(
        whole[0],
        Event::Error {
            offset: 16,
            kind: ParseErrorKind::ReplyTooLong { limit: 16 }
        }
    );
    assert_eq!(parse_chunked(input, &[1], strict), whole);

    // Both limits at byte 27: the reply's is known first.
    let mut tie = ParserConfig::new();
    tie.max_line_length = 27;
    tie.max_reply_length = 27;
    let input = [b"220 ".as_slice(), &[b'a'; 24], b"\n"].concat();
    let whole = parse_whole(&input, tie);
    assert_eq!(
        whole[0],
        Event::Error {
            offset: 27,
            kind: ParseErrorKind::ReplyTooLong { limit: 27 }
        }
    );
    assert_eq!(parse_chunked(&input, &[1], tie), whole);
}
