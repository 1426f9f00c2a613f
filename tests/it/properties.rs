//! Properties over generated input: parsing never panics and does not depend on how the
//! input is split; whatever the writer writes, the reader reads back.

#[cfg(feature = "tokio")]
use crate::reading::{decode, without_reply_offsets};
#[cfg(feature = "std")]
use crate::reading::{read_buffering, read_in_place};
use crate::support::{parse_chunked, parse_whole};
use ftp_reply::{ParserConfig, ReplyCode, ReplyParser, ReplyWriter};
use proptest::prelude::*;

/// Bytes that look like control-connection traffic often enough to reach deep states:
/// codes, separators, line ends, text, and any byte at all.
fn traffic() -> impl Strategy<Value = Vec<u8>> {
    let token = prop_oneof![
        Just(b"220".to_vec()),
        Just(b"230".to_vec()),
        Just(b"999".to_vec()),
        Just(b"-".to_vec()),
        Just(b" ".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r".to_vec()),
        "[a-z0-9 ]{1,12}".prop_map(String::into_bytes),
        any::<u8>().prop_map(|byte| vec![byte]),
    ];
    prop::collection::vec(token, 0..120).prop_map(|tokens| tokens.concat())
}

fn configs() -> impl Strategy<Value = ParserConfig> {
    (
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        4usize..64,
        16usize..512,
    )
        .prop_map(|(bare_lf, bare_code, any_final, line, reply)| {
            let mut config = ParserConfig::new();
            config.allow_bare_lf = bare_lf;
            config.allow_bare_code = bare_code;
            config.allow_any_final_code = any_final;
            config.max_line_length = line;
            config.max_reply_length = reply;
            config
        })
}

proptest! {
    // 2000 cases each by default; PROPTEST_CASES=100000 for a longer run.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|cases| cases.parse().ok()).unwrap_or(2000)
    ))]

    #[test]
    fn splitting_never_changes_the_result(
        input in traffic(),
        config in configs(),
        sizes in prop::collection::vec(1usize..40, 1..8),
    ) {
        let whole = parse_whole(&input, config);
        prop_assert_eq!(parse_chunked(&input, &sizes, config), whole);
    }

    /// The readers recover from every error as the parser's reference driver does, however
    /// the stream arrives: `ReplyReader` in reads of a few bytes, `BufReplyReader` from a
    /// buffer filled a few bytes at a time (replies straddle fills, and what it takes past
    /// one goes back to the stream).
    #[cfg(feature = "std")]
    #[test]
    fn reading_never_changes_the_result(
        input in traffic(),
        config in configs(),
        sizes in prop::collection::vec(1usize..40, 1..8),
    ) {
        let whole = parse_whole(&input, config);
        prop_assert_eq!(read_buffering(&input, &sizes, config), whole.clone());
        prop_assert_eq!(read_in_place(&input, &sizes, config), whole);
    }

    /// So does the tokio-util codec.
    #[cfg(feature = "tokio")]
    #[test]
    fn decoding_never_changes_the_result(
        input in traffic(),
        config in configs(),
        sizes in prop::collection::vec(1usize..40, 1..8),
    ) {
        let whole = without_reply_offsets(parse_whole(&input, config));
        prop_assert_eq!(decode(&input, &sizes, config), whole);
    }

    #[test]
    fn arbitrary_bytes_never_panic(input in prop::collection::vec(any::<u8>(), 0..512), config in configs()) {
        let mut parser = ReplyParser::with_config(config);
        for end in 0..=input.len() {
            let _ = parser.parse(&input[..end]);
        }
        let _ = ReplyParser::with_config(config).parse_eof(&input);
        let _ = parse_whole(&input, config);
    }

    #[test]
    fn what_is_written_is_read_back(
        value in 100u16..=699,
        lines in prop::collection::vec(prop::collection::vec(any::<u8>().prop_map(|b| if b == b'\r' || b == b'\n' { b'.' } else { b }), 0..40), 1..8),
    ) {
        let code = ReplyCode::from_u16(value).unwrap();
        let mut buffer = [0u8; 512];
        let len = ReplyWriter::new(code, &lines).unwrap().write_to_slice(&mut buffer).unwrap();
        let bytes = &buffer[..len];
        let reply = ReplyParser::with_config(ParserConfig::strict()).parse(bytes).unwrap().complete().unwrap();
        prop_assert_eq!(reply.code(), code);
        prop_assert_eq!(reply.len(), bytes.len());
        prop_assert_eq!(reply.is_multiline(), lines.len() > 1);
        let last = lines.len() - 1;
        let expected: Vec<Vec<u8>> = lines.iter().enumerate().map(|(index, line)| {
            let inner = index != 0 && index != last;
            if inner && line.first().is_some_and(u8::is_ascii_digit) { [b" ", line.as_slice()].concat() } else { line.clone() }
        }).collect();
        let read: Vec<Vec<u8>> = reply.lines().map(<[u8]>::to_vec).collect();
        prop_assert_eq!(read, expected);
    }
}

proptest! {
    #[test]
    fn payload_parsers_never_panic(text in prop::collection::vec(any::<u8>(), 0..64), digits in "[0-9,()|. ]{0,40}") {
        for text in [text.as_slice(), digits.as_bytes()] {
            let _ = ftp_reply::PassiveAddress::parse(text);
            let _ = ftp_reply::LongPassiveAddress::parse(text);
            let _ = ftp_reply::ExtendedPassivePort::parse(text);
            let _ = ftp_reply::Pathname::parse(text).map(|path| path.segments().count());
            let _ = ftp_reply::ModificationTime::parse(text).map(|time| time.to_string());
            let _ = ftp_reply::RestartMarker::parse(text);
            let _ = ftp_reply::SystemType::parse(text);
            for code in [&b"213 "[..], b"150 "] {
                let line = [code, text, b"\r\n"].concat();
                if let Ok(ftp_reply::Parsed::Complete(reply)) = ftp_reply::Reply::parse(&line) {
                    let _ = (reply.file_size(), reply.transfer_size());
                }
            }
        }
    }
}
