//! The incremental reply parser.

use crate::{InvalidReplyCode, ParseError, ParseErrorKind, ParserConfig, ReplyCode};

use super::search::{find_code_line, find_line_feed};
use super::{Parsed, Reply};

/// Parses replies from bytes that arrive in pieces, scanning each byte once.
///
/// Call [`parse`](ReplyParser::parse) with the bytes received so far, starting at the first
/// byte of the next reply. On [`Parsed::Partial`], read more, append it, and call again with
/// the longer buffer: the parser remembers how far it has looked, so the total work is
/// linear however small the pieces. On [`Parsed::Complete`], drop
/// [`reply.len()`](Reply::len) bytes from the front and go on. After an error, drop the
/// bytes before [`ParseError::resume_at`] and go on.
///
/// The parser holds no bytes and allocates nothing; it is a few words of state.
///
/// ```
/// use ftp_reply::{Parsed, ReplyParser};
///
/// let stream = b"220-Welcome\r\n220 Ready\r\n331 Password?\r\n";
/// let mut parser = ReplyParser::new();
/// let mut buffer = Vec::new();
/// let mut codes = Vec::new();
/// for piece in stream.chunks(5) {
///     buffer.extend_from_slice(piece);
///     while let Parsed::Complete(reply) = parser.parse(&buffer)? {
///         codes.push(reply.code().as_u16());
///         let consumed = reply.len();
///         buffer.drain(..consumed);
///     }
/// }
/// assert_eq!(codes, [220, 331]);
/// # Ok::<(), ftp_reply::ParseError>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ReplyParser {
    config: ParserConfig,
    progress: Progress,
}

/// How far the parser has got into the reply at the start of the buffer.
#[derive(Clone, Copy, Debug, Default)]
struct Progress {
    /// Start of the line being read.
    line_start: usize,
    /// Bytes from `line_start` on before this have been searched for a line feed.
    searched: usize,
    /// End of the reply's first line, line feed included; 0 until it is known.
    first_line_end: usize,
    /// The opening code of a multi-line reply, once its first line is read.
    open: Option<[u8; 3]>,
    /// In a multi-line reply read by [`seek_final_line`], where the search for a line feed
    /// and the opening code goes on.
    candidate: usize,
}

impl ReplyParser {
    /// A parser with the default [`ParserConfig`].
    pub fn new() -> ReplyParser {
        ReplyParser::default()
    }

    /// A parser with the given configuration.
    pub fn with_config(config: ParserConfig) -> ReplyParser {
        ReplyParser {
            config,
            progress: Progress::default(),
        }
    }

    /// The configuration in use.
    pub fn config(&self) -> &ParserConfig {
        &self.config
    }

    /// Parses the reply at the start of `input`.
    ///
    /// `input` must begin where the previous complete reply or error left off, and after
    /// [`Parsed::Partial`] it must hold the same bytes as before, with more appended. If it
    /// is shorter than what the parser has already seen, it starts over.
    pub fn parse<'b>(&mut self, input: &'b [u8]) -> Result<Parsed<Reply<'b>>, ParseError> {
        match self.parse_ordinary(input) {
            Some(reply) => Ok(Parsed::Complete(reply)),
            None => self.parse_in_steps(input),
        }
    }

    /// The reply at the start of `input` if [`whole_reply`] takes it and no earlier call left
    /// progress: the common case, small enough to inline into a reader.
    #[inline]
    pub(crate) fn parse_ordinary<'b>(&mut self, input: &'b [u8]) -> Option<Reply<'b>> {
        if self.progress.searched != 0 {
            return None;
        }
        whole_reply(input, &self.config, &mut self.progress)
    }

    /// [`parse`](ReplyParser::parse) for every reply that [`whole_reply`] does not take: a
    /// reply in pieces, a deviation, an error. Kept out of line, so that the common case
    /// does not pay for its registers.
    #[inline(never)]
    pub(crate) fn parse_in_steps<'b>(
        &mut self,
        input: &'b [u8],
    ) -> Result<Parsed<Reply<'b>>, ParseError> {
        if self.progress.searched.max(self.progress.candidate) > input.len() {
            self.progress = Progress::default();
        }
        let result = self.scan(input);
        if !matches!(result, Ok(Parsed::Partial)) {
            self.progress = Progress::default();
        }
        result
    }

    /// Parses the last reply of a stream that has ended: a reply that is not complete is an
    /// error, and empty input is `Ok(None)`.
    ///
    /// ```
    /// use ftp_reply::{ParseErrorKind, ReplyParser};
    ///
    /// let err = ReplyParser::new().parse_eof(b"226 Transfer comp").unwrap_err();
    /// assert_eq!(err.kind(), ParseErrorKind::UnexpectedEnd);
    /// assert_eq!(err.offset(), 17);
    /// ```
    pub fn parse_eof<'b>(&mut self, input: &'b [u8]) -> Result<Option<Reply<'b>>, ParseError> {
        if input.is_empty() {
            return Ok(None);
        }
        let open = match self.parse(input)? {
            Parsed::Complete(reply) => return Ok(Some(reply)),
            Parsed::Partial => self.progress.open,
        };
        self.progress = Progress::default();
        let kind = match open.and_then(|code| ReplyCode::from_bytes(&code).ok()) {
            Some(code) => ParseErrorKind::MissingFinalLine { code },
            None => ParseErrorKind::UnexpectedEnd,
        };
        Err(ParseError::new(kind, input.len(), None))
    }

    fn scan<'b>(&mut self, input: &'b [u8]) -> Result<Parsed<Reply<'b>>, ParseError> {
        let config = self.config;
        let p = &mut self.progress;
        loop {
            if let Some(open) = p.open.filter(|_| config.skips_inner_lines()) {
                match seek_final_line(input, p, open, &config) {
                    // A line already partly searched keeps its progress.
                    Some(start) if start != p.line_start => {
                        p.line_start = start;
                        p.searched = start;
                    }
                    Some(_) => {}
                    None if input.len() > config.max_reply_length => {
                        let kind = ParseErrorKind::ReplyTooLong {
                            limit: config.max_reply_length,
                        };
                        let resume = Some(p.first_line_end);
                        return Err(fail(p, kind, config.max_reply_length, resume));
                    }
                    None => return Ok(Parsed::Partial),
                }
            }
            // A line may hold max_line_length bytes, then CR LF.
            let line_limit = p
                .line_start
                .saturating_add(config.max_line_length)
                .saturating_add(2);
            let window = &input[p.searched..input.len().min(line_limit)];
            let Some(found) = find_line_feed(window) else {
                // Whole-buffer and piecewise parsing must report the same error: a limit
                // is only reported once it is certain, and the earlier of the two wins.
                let line_over = input.len() >= line_limit;
                let reply_over = input.len() > config.max_reply_length;
                let resume = (p.first_line_end != 0).then_some(p.first_line_end);
                if let Some((kind, offset)) =
                    over_limit(p.line_start, line_over, reply_over, &config)
                {
                    let resume = if matches!(kind, ParseErrorKind::LineTooLong { .. }) {
                        None
                    } else {
                        resume
                    };
                    return Err(fail(p, kind, offset, resume));
                }
                p.searched += window.len();
                return Ok(Parsed::Partial);
            };
            let line_feed = p.searched + found;
            let line_end = line_feed + 1;
            // Where to resume after an error: past the first line, which this may be.
            let resume = if p.first_line_end == 0 {
                line_end
            } else {
                p.first_line_end
            };
            let (line, bare_lf) = match &input[p.line_start..line_feed] {
                [text @ .., b'\r'] => (text, false),
                text => (text, true),
            };
            // The first problem in byte order, as a piecewise parse would meet it.
            let line_over = line.len() > config.max_line_length;
            let reply_over = line_end > config.max_reply_length;
            let mut problem = over_limit(p.line_start, line_over, reply_over, &config);
            if bare_lf && !config.allow_bare_lf && problem.is_none_or(|(_, at)| line_feed < at) {
                problem = Some((ParseErrorKind::BareLineFeed, line_feed));
            }
            if let Some((kind, offset)) = problem {
                return Err(fail(p, kind, offset, Some(resume)));
            }

            match p.open {
                None => {
                    let code = read_code(line)
                        .map_err(|(kind, at)| fail(p, kind, p.line_start + at, Some(resume)))?;
                    match line.get(3) {
                        Some(b' ') => return Ok(complete(input, line_end, code, false)),
                        None if config.allow_bare_code => {
                            return Ok(complete(input, line_end, code, false));
                        }
                        Some(b'-') => p.open = Some([line[0], line[1], line[2]]),
                        found => {
                            let kind = ParseErrorKind::Separator {
                                found: found.copied(),
                            };
                            return Err(fail(p, kind, p.line_start + 3, Some(resume)));
                        }
                    }
                    p.first_line_end = line_end;
                }
                Some(open) => {
                    if let Some(code) = final_code(line, open, &config) {
                        return Ok(complete(input, line_end, code, true));
                    }
                }
            }
            p.line_start = line_end;
            p.searched = line_end;
        }
    }
}

/// The reply at the start of `input` if all of it is there and it is ordinary: `ddd text`, or
/// `ddd-text` up to `ddd text`, each line it reads ending in CR LF within the limits. It reads
/// the first and last lines with one search each and finds the last with one more, so it
/// takes a multi-line reply only when the configuration skips inner lines. Anything else goes
/// to the general path, which reads these replies the same way (a test below holds the two
/// paths to that). When a multi-line reply is not all there yet, `p` is left where the
/// general path would be after the same search, so that it goes on from there.
#[inline]
fn whole_reply<'b>(input: &'b [u8], config: &ParserConfig, p: &mut Progress) -> Option<Reply<'b>> {
    let (head, _) = input.split_first_chunk::<4>()?;
    let multiline = match head[3] {
        b' ' => false,
        b'-' => true,
        _ => return None,
    };
    let code = ReplyCode::from_bytes(&head[..3]).ok()?;
    let first_end = match line_end(input, 0, config) {
        Ok(end) => end,
        Err(searched) => {
            // The general path goes on where this search stopped.
            p.searched = searched.unwrap_or(0);
            return None;
        }
    };
    if !multiline {
        return Some(Reply::new(&input[..first_end], code, false));
    }
    if !config.skips_inner_lines() {
        return None;
    }
    *p = Progress {
        line_start: first_end,
        searched: first_end,
        first_line_end: first_end,
        open: Some([head[0], head[1], head[2]]),
        candidate: first_end - 1,
    };
    let needle = [b'\n', head[0], head[1], head[2]];
    let end = input.len().min(config.max_reply_length);
    loop {
        let window = input.get(p.candidate..end);
        let Some(found) = window.and_then(|window| find_code_line(window, &needle, false)) else {
            // A match may straddle the end: its first bytes are searched again.
            p.candidate = p.candidate.max(end.saturating_sub(needle.len() - 1));
            return None;
        };
        p.candidate += found;
        match input.get(p.candidate + 4)? {
            b' ' => {
                let start = p.candidate + 1;
                match line_end(input, start, config) {
                    Ok(last_end) => {
                        *p = Progress::default();
                        return Some(Reply::new(&input[..last_end], code, true));
                    }
                    // The last line is not all there: the general path goes on with it.
                    Err(Some(searched)) => {
                        p.line_start = start;
                        p.searched = searched;
                        return None;
                    }
                    Err(None) => return None,
                }
            }
            // A bare code may end the reply: the general path decides.
            b'\r' | b'\n' => return None,
            _ => p.candidate += 1,
        }
    }
}

/// The end of the line that starts at `start` with a code and a separator, past its line
/// feed, if it ends in CR LF within the line and reply limits. Otherwise `Err(Some(to))` when
/// the bytes before `to` hold no line feed yet, so that the search can go on from there, and
/// `Err(None)` for a line that is not ordinary.
#[inline(always)]
fn line_end(input: &[u8], start: usize, config: &ParserConfig) -> Result<usize, Option<usize>> {
    // A line holds at most max_line_length bytes, then CR LF.
    let end = input
        .len()
        .min(
            start
                .saturating_add(config.max_line_length)
                .saturating_add(2),
        )
        .min(config.max_reply_length);
    let text = start + 4;
    let window = input.get(text..end).ok_or(None)?;
    let line_feed = text + find_line_feed(window).ok_or(Some(end))?;
    if input[line_feed - 1] == b'\r' {
        Ok(line_feed + 1)
    } else {
        Err(None)
    }
}

/// The start of the line that may end the multi-line reply opened with `open`: the first
/// line after `p.line_start` that begins with the opening code and a space (or, where the
/// configuration allows it, is the bare code). One substring search finds each line feed
/// followed by the code; the lines in between are not visited. `None` when the input has no
/// such line yet; the search goes on from where it stopped at the next call.
fn seek_final_line(
    input: &[u8],
    p: &mut Progress,
    open: [u8; 3],
    config: &ParserConfig,
) -> Option<usize> {
    let needle = [b'\n', open[0], open[1], open[2]];
    // The line feed that ends the previous line is the first place to look.
    let mut from = p.candidate.max(p.line_start - 1);
    // Searched before, by the one-pass read or an earlier call: a long reply.
    let long = p.candidate != 0;
    // A final line that starts past the reply limit ends past it too: the limit decides.
    let end = input
        .len()
        .min(config.max_reply_length.saturating_add(needle.len()));
    while let Some(found) = input
        .get(from..end)
        .and_then(|window| find_code_line(window, &needle, long))
    {
        let line_feed = from + found;
        let after = |index: usize| input.get(line_feed + index).copied();
        let ends = match after(4) {
            Some(b' ') => Some(true),
            Some(b'\n') => Some(config.allow_bare_code),
            Some(b'\r') if config.allow_bare_code => after(5).map(|byte| byte == b'\n'),
            Some(_) => Some(false),
            None => None,
        };
        match ends {
            Some(true) => {
                // Found again at once if the line is not complete yet.
                p.candidate = line_feed;
                return Some(line_feed + 1);
            }
            Some(false) => from = line_feed + 1,
            // The bytes that decide have not arrived: look here again next time.
            None => {
                p.candidate = line_feed;
                return None;
            }
        }
    }
    // A match may straddle the end of the input: keep its first bytes for next time.
    p.candidate = from.max(end.saturating_sub(needle.len() - 1));
    None
}

/// The limit to report, if any: the one crossed at the smaller offset. On a tie the reply's
/// wins, because a piecewise parse can tell it one byte sooner: the line's needs two more
/// bytes to rule out a CR LF.
fn over_limit(
    line_start: usize,
    line_over: bool,
    reply_over: bool,
    config: &ParserConfig,
) -> Option<(ParseErrorKind, usize)> {
    let line = (
        ParseErrorKind::LineTooLong {
            limit: config.max_line_length,
        },
        line_start + config.max_line_length,
    );
    let reply = (
        ParseErrorKind::ReplyTooLong {
            limit: config.max_reply_length,
        },
        config.max_reply_length,
    );
    match (line_over, reply_over) {
        (true, true) if reply.1 <= line.1 => Some(reply),
        (true, _) => Some(line),
        (false, true) => Some(reply),
        (false, false) => None,
    }
}

fn complete(input: &[u8], end: usize, code: ReplyCode, multiline: bool) -> Parsed<Reply<'_>> {
    Parsed::Complete(Reply::new(&input[..end], code, multiline))
}

fn fail(
    p: &mut Progress,
    kind: ParseErrorKind,
    offset: usize,
    resume: Option<usize>,
) -> ParseError {
    *p = Progress::default();
    ParseError::new(kind, offset, resume)
}

/// The code at the start of a reply's first line, or what is wrong with it and where.
fn read_code(line: &[u8]) -> Result<ReplyCode, (ParseErrorKind, usize)> {
    let head = &line[..line.len().min(3)];
    if let Some(index) = head.iter().position(|byte| !byte.is_ascii_digit()) {
        let kind = InvalidReplyCode::NotDigit {
            index,
            byte: head[index],
        };
        return Err((ParseErrorKind::Code(kind), index));
    }
    ReplyCode::from_bytes(head).map_err(|error| {
        let at = match error {
            InvalidReplyCode::Length { len } => len,
            _ => 0,
        };
        (ParseErrorKind::Code(error), at)
    })
}

/// The code that ends a multi-line reply opened with `open`, if `line` is its final line.
fn final_code(line: &[u8], open: [u8; 3], config: &ParserConfig) -> Option<ReplyCode> {
    let (code, rest) = line.split_first_chunk::<3>()?;
    let terminates = match rest.first() {
        Some(b' ') => *code == open || config.allow_any_final_code,
        None => *code == open && config.allow_bare_code,
        Some(_) => false,
    };
    if terminates {
        ReplyCode::from_bytes(code).ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use std::vec::Vec;

    use super::{Progress, ReplyParser, whole_reply};
    use crate::{Parsed, ParserConfig};

    /// Codes, separators, line ends and text, so that most inputs hold whole replies.
    fn replies() -> impl Strategy<Value = Vec<u8>> {
        let token = prop_oneof![
            Just(&b"211"[..]),
            Just(&b"211-"[..]),
            Just(&b"211 "[..]),
            Just(&b"\r\n"[..]),
            Just(&b"\n"[..]),
            Just(&b"\r"[..]),
            Just(&b" x"[..]),
            Just(&b"2"[..]),
            Just(&b"text"[..]),
        ];
        prop::collection::vec(token, 0..40).prop_map(|tokens| tokens.concat())
    }

    #[test]
    fn a_bare_code_ends_the_reply_on_either_path() {
        for input in [
            &b"211-a\r\n211\n211 b\r\n"[..],
            b"211-a\r\n211\r\n211 b\r\n",
        ] {
            let reply = ReplyParser::new().parse(input).unwrap().complete().unwrap();
            assert_eq!(reply.lines().count(), 2, "{input:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The fast path takes only replies that the general path reads the same way, and
        /// where it gives up, the general path goes on from its progress to the same result.
        #[test]
        fn whole_reply_agrees_with_the_general_path(
            input in replies(),
            bare_code in any::<bool>(),
            line in 4usize..40,
            reply in 8usize..200,
        ) {
            let mut config = ParserConfig::new();
            config.allow_bare_code = bare_code;
            config.max_line_length = line;
            config.max_reply_length = reply;
            let expected = ReplyParser::with_config(config).parse_in_steps(&input);
            let mut progress = Progress::default();
            match whole_reply(&input, &config, &mut progress) {
                Some(fast) => prop_assert_eq!(expected, Ok(Parsed::Complete(fast))),
                None => {
                    let mut resumed = ReplyParser::with_config(config);
                    resumed.progress = progress;
                    prop_assert_eq!(resumed.parse_in_steps(&input), expected);
                }
            }
        }
    }
}
