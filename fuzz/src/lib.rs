//! The properties the fuzz targets check, one function per target. `tests/corpus.rs` runs
//! the same checks on the seed corpus and on every input a fuzzer ever found, so that they
//! hold in every test run.

use std::io::{self, BufRead, Read};

use ftp_reply::{
    Command, ExtendedPassivePort, InvalidReplyCode, KnownCode, LongPassiveAddress,
    ModificationTime, ParseErrorKind, Parsed, ParserConfig, PassiveAddress, Pathname, ReadError,
    Reply, ReplyCode, ReplyParser, ReplyReader, ReplyWriter, RestartMarker, SystemType,
};

/// A configuration and piece sizes from the first bytes, the input from the rest.
fn setup(data: &[u8]) -> (ParserConfig, Vec<usize>, &[u8]) {
    let [flags, line, reply, sizes @ ..] = data else {
        return (ParserConfig::new(), vec![1], data);
    };
    let mut config = ParserConfig::new();
    config.allow_bare_lf = flags & 1 != 0;
    config.allow_bare_code = flags & 2 != 0;
    config.allow_any_final_code = flags & 4 != 0;
    config.max_line_length = usize::from(*line) + 1;
    config.max_reply_length = usize::from(*reply) * 4 + 1;
    let count = usize::from(flags >> 4).min(sizes.len());
    let pieces = sizes[..count]
        .iter()
        .map(|&size| usize::from(size) + 1)
        .collect::<Vec<_>>();
    let pieces = if pieces.is_empty() { vec![7] } else { pieces };
    (config, pieces, &sizes[count..])
}

/// Reading the input whole and reading it in pieces give the same replies and errors, and
/// the replies never claim more bytes than there are.
pub fn parse(data: &[u8]) {
    let (config, pieces, input) = setup(data);
    let whole = events(ReplyReader::with_config(input, config));
    let piecewise = events(ReplyReader::with_config(
        Pieces::new(input, &pieces),
        config,
    ));
    assert_eq!(piecewise, whole);
    let total: usize = whole
        .iter()
        .map(|event| match event {
            Event::Reply { raw, .. } => raw.len(),
            Event::Error { .. } => 0,
        })
        .sum();
    assert!(total <= input.len());
}

/// A reply or an error, where the stream has it.
#[derive(Debug, PartialEq, Eq)]
enum Event {
    Reply {
        offset: u64,
        code: ReplyCode,
        raw: Vec<u8>,
    },
    Error {
        offset: u64,
        kind: ParseErrorKind,
    },
}

/// Everything a reader reads, to the end of the stream.
fn events(mut reader: ReplyReader<impl Read>) -> Vec<Event> {
    let mut events = Vec::new();
    loop {
        match reader.read_reply_with_offset() {
            Ok(Some((offset, reply))) => events.push(Event::Reply {
                offset,
                code: reply.code(),
                raw: reply.raw().to_vec(),
            }),
            Ok(None) => return events,
            Err(ReadError::Parse {
                error,
                stream_offset,
            }) => events.push(Event::Error {
                offset: stream_offset,
                kind: error.kind(),
            }),
            Err(error) => panic!("reading memory cannot fail: {error}"),
        }
    }
}

/// Input handed out in pieces of the given sizes, cycled, as a network might.
struct Pieces<'a> {
    input: &'a [u8],
    sizes: std::iter::Cycle<std::slice::Iter<'a, usize>>,
    piece: usize,
}

impl<'a> Pieces<'a> {
    fn new(input: &'a [u8], sizes: &'a [usize]) -> Pieces<'a> {
        Pieces {
            input,
            sizes: sizes.iter().cycle(),
            piece: 0,
        }
    }
}

impl Read for Pieces<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let count = available.len().min(buffer.len());
        buffer[..count].copy_from_slice(&available[..count]);
        self.consume(count);
        Ok(count)
    }
}

impl BufRead for Pieces<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.piece == 0 {
            self.piece = self.sizes.next().copied().unwrap_or(1).max(1);
        }
        Ok(&self.input[..self.piece.min(self.input.len())])
    }

    fn consume(&mut self, count: usize) {
        self.input = &self.input[count..];
        self.piece -= count.min(self.piece);
    }
}

/// One line, ended with CR LF: a single-line reply whose text is the line's, or an error
/// that resumes exactly after the line.
pub fn line(data: &[u8]) {
    if data.contains(&b'\n') {
        return;
    }
    let input = [data, b"\r\n"].concat();
    match ReplyParser::with_config(ParserConfig::strict()).parse(&input) {
        Ok(Parsed::Complete(reply)) => {
            assert!(!reply.is_multiline());
            assert_eq!(reply.len(), input.len());
            assert_eq!(reply.first_line(), &data[4..]);
            assert_eq!(reply.code(), ReplyCode::from_bytes(&data[..3]).unwrap());
        }
        // A hyphen opens a multi-line reply, which needs more lines.
        Ok(Parsed::Partial) => assert_eq!(data.get(3), Some(&b'-')),
        Err(error) => {
            assert!(error.offset() <= input.len());
            let resume = error.resume_at();
            assert!(resume == Some(input.len()) || resume.is_none(), "{error:?}");
        }
    }
}

/// The constructors accept exactly the well-formed codes and agree with each other.
pub fn code(data: &[u8]) {
    let parsed = ReplyCode::from_bytes(data);
    let well_formed =
        data.len() == 3 && data.iter().all(u8::is_ascii_digit) && (b'1'..=b'6').contains(&data[0]);
    assert_eq!(parsed.is_ok(), well_formed);
    if let Ok(code) = parsed {
        assert_eq!(code.as_str().as_bytes(), data);
        assert_eq!(ReplyCode::from_u16(code.as_u16()), Ok(code));
        assert_eq!(code.known(), KnownCode::from_u16(code.as_u16()));
    } else if let Err(InvalidReplyCode::NotDigit { index, byte }) = parsed {
        assert_eq!(data[index], byte);
    }
    if let [a, b, ..] = data {
        let value = u16::from_be_bytes([*a, *b]);
        assert_eq!(
            ReplyCode::from_u16(value).is_ok(),
            (100..=699).contains(&value)
        );
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = (text.parse::<KnownCode>(), KnownCode::from_name(text));
    }
    if let Some(command) = Command::from_verb(data) {
        assert!(
            command
                .verb()
                .eq_ignore_ascii_case(std::str::from_utf8(data).unwrap())
        );
    }
}

/// No payload parser panics, and the text of any reply goes through all of them.
pub fn payload(data: &[u8]) {
    let _ = PassiveAddress::parse(data);
    let _ = LongPassiveAddress::parse(data);
    let _ = ExtendedPassivePort::parse(data);
    let _ = Pathname::parse(data).map(|path| path.segments().count() + path.commentary().len());
    let _ = ModificationTime::parse(data).map(|time| time.to_string());
    let _ = RestartMarker::parse(data);
    let _ = SystemType::parse(data);
    for code in [&b"213 "[..], b"150 "] {
        if let Ok(Parsed::Complete(reply)) = Reply::parse(&[code, data, b"\r\n"].concat()) {
            let _ = (reply.file_size(), reply.transfer_size());
        }
    }
    if let Ok(Parsed::Complete(reply)) = Reply::parse(data) {
        let _ = (
            reply.passive_address(),
            reply.pathname(),
            reply.modification_time(),
        );
        let _ = reply.features().map(|features| features.count());
        let mut buffer = [0u8; 64];
        let _ = reply
            .protected()
            .map(|payload| payload.decode_into(&mut buffer));
    }
}

/// What the writer writes from any code and lines, a strict reader reads back, with inner
/// lines that begin with a digit padded.
pub fn roundtrip(data: &[u8]) {
    let [high, low, text @ ..] = data else { return };
    let code = ReplyCode::from_u16(100 + u16::from_be_bytes([*high, *low]) % 600).unwrap();
    let lines: Vec<&[u8]> = text
        .split(|&byte| byte == b'\n')
        .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
        .collect();
    let Ok(writer) = ReplyWriter::new(code, &lines) else {
        assert!(lines.iter().any(|line| line.contains(&b'\r')));
        return;
    };
    let bytes = writer.to_vec();
    let mut config = ParserConfig::strict();
    config.max_line_length = usize::MAX / 4;
    config.max_reply_length = usize::MAX / 4;
    let reply = ReplyParser::with_config(config)
        .parse(&bytes)
        .unwrap()
        .complete()
        .unwrap();
    assert_eq!((reply.code(), reply.len()), (code, bytes.len()));
    let last = lines.len() - 1;
    for (index, (read, written)) in reply.lines().zip(&lines).enumerate() {
        let padded = index != 0 && index != last && written.first().is_some_and(u8::is_ascii_digit);
        if padded {
            assert_eq!(&read[1..], *written);
        } else {
            assert_eq!(read, *written);
        }
    }
    assert_eq!(reply.lines().count(), lines.len());
}

/// Any text is read or refused without a panic; every event and every finding points at
/// lines of the text, in order.
pub fn diagnose(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Ok(log) = ftp_diagnose::Log::read(&text) else {
        return;
    };
    let lines = text.split('\n').count();
    let mut last = 0;
    for event in log.events() {
        assert!(event.line() >= last && event.line() <= event.last_line());
        assert!(event.last_line() <= lines);
        last = event.line();
    }
    for finding in log.findings() {
        assert!(!finding.lines().is_empty());
        assert!(finding.lines().windows(2).all(|pair| pair[0] < pair[1]));
        assert!(
            finding
                .lines()
                .iter()
                .all(|&line| (1..=lines).contains(&line))
        );
    }
}

/// A server's log in any format, in pieces of any size, is read without a panic: every
/// session and finding points at lines that were given, and the pieces give the sessions the
/// whole gives. The first byte chooses the format, the second the size of the pieces.
pub fn server_log(data: &[u8]) {
    use ftp_diagnose::{Format, ServerLog, Session};
    let [format, size, log @ ..] = data else {
        return;
    };
    let format = Format::ALL[usize::from(*format) % Format::ALL.len()];
    let sessions = |pieces: &mut dyn Iterator<Item = &[u8]>| {
        let mut reader = ServerLog::new(format);
        let mut sessions = Vec::new();
        for piece in pieces {
            reader.push(piece);
            sessions.extend(core::iter::from_fn(|| reader.next_session()));
        }
        reader.finish();
        sessions.extend(core::iter::from_fn(|| reader.next_session()));
        let (lines, read) = reader.lines();
        assert!(read <= lines);
        (sessions, lines)
    };
    let (whole, lines) = sessions(&mut core::iter::once(log));
    let summary = |sessions: &[Session]| -> Vec<(usize, usize, usize, bool)> {
        sessions
            .iter()
            .map(|s| (s.first_line(), s.last_line(), s.failed_login_count(), s.failed()))
            .collect()
    };
    for session in &whole {
        assert!(1 <= session.first_line() && session.first_line() <= session.last_line());
        assert!(session.last_line() <= lines);
        for finding in session.findings() {
            assert!(finding.lines().iter().all(|&line| (1..=lines).contains(&line)));
        }
    }
    let size = usize::from(*size).max(1);
    let (pieces, _) = sessions(&mut log.chunks(size));
    let (mut whole, mut pieces) = (summary(&whole), summary(&pieces));
    whole.sort_unstable();
    pieces.sort_unstable();
    assert_eq!(whole, pieces);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_give_the_same_replies_and_errors_as_the_whole() {
        let input = b"220-Hi\r\n220 Ready\r\n2x0 bad\r\n331 Password?\r\n150 Opening";
        let whole = events(ReplyReader::new(&input[..]));
        let codes: Vec<Option<u16>> = whole
            .iter()
            .map(|event| match event {
                Event::Reply { code, .. } => Some(code.as_u16()),
                Event::Error { .. } => None,
            })
            .collect();
        assert_eq!(codes, [Some(220), None, Some(331), None]);
        for sizes in [&[1][..], &[2, 5], &[7], &[64]] {
            let read = events(ReplyReader::new(Pieces::new(input, sizes)));
            assert_eq!(read, whole, "{sizes:?}");
        }
    }
}
