//! Drivers that read a stream through each reader, as events to compare with the parser's
//! reference ones; for `std` only, apart from `support`, which the comparison benchmarks
//! share.

use ftp_reply::ParserConfig;

use crate::support::{Event, reply_event};

/// What a reader returned, as an event; `false` at the end of the stream.
pub fn record(
    events: &mut Vec<Event>,
    result: Result<Option<(u64, ftp_reply::Reply<'_>)>, ftp_reply::ReadError>,
) -> bool {
    match result {
        Ok(Some((offset, reply))) => {
            events.push(reply_event(offset as usize, &reply));
            true
        }
        Ok(None) => false,
        Err(ftp_reply::ReadError::Parse {
            error,
            stream_offset,
        }) => {
            events.push(Event::Error {
                offset: stream_offset as usize,
                kind: error.kind(),
            });
            true
        }
        Err(error) => panic!("{error}"),
    }
}

/// A buffered stream that lends `input` without a copy, its buffer filled with `sizes`
/// bytes at a time, in turn, as a `BufReader` would hold what reads from a socket put there.
pub struct Fills<'a> {
    pub input: &'a [u8],
    sizes: core::iter::Cycle<core::slice::Iter<'a, usize>>,
    /// What is left of the current fill.
    fill: usize,
}

impl<'a> Fills<'a> {
    pub fn new(input: &'a [u8], sizes: &'a [usize]) -> Fills<'a> {
        Fills {
            input,
            sizes: sizes.iter().cycle(),
            fill: 0,
        }
    }
}

impl std::io::Read for Fills<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let count = std::io::BufRead::fill_buf(self)?.len().min(buffer.len());
        buffer[..count].copy_from_slice(&self.input[..count]);
        std::io::BufRead::consume(self, count);
        Ok(count)
    }
}

impl std::io::BufRead for Fills<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.fill == 0 {
            self.fill = self.sizes.next().map_or(usize::MAX, |&size| size.max(1));
        }
        Ok(&self.input[..self.fill.min(self.input.len())])
    }

    fn consume(&mut self, count: usize) {
        self.input = &self.input[count..];
        self.fill -= count;
    }
}

/// Every event of `input` read in place by `BufReplyReader`, from a stream whose buffer is
/// filled with `sizes` bytes at a time.
pub fn read_in_place(input: &[u8], sizes: &[usize], config: ParserConfig) -> Vec<Event> {
    let mut reader = ftp_reply::BufReplyReader::with_config(Fills::new(input, sizes), config);
    let mut events = Vec::new();
    while record(&mut events, reader.read_reply_with_offset()) {}
    assert!(
        reader.get_ref().input.is_empty(),
        "the stream was read to its end"
    );
    events
}

/// Every event of `input` read by `ReplyReader` from a stream that gives `sizes` bytes at a
/// time.
pub fn read_buffering(input: &[u8], sizes: &[usize], config: ParserConfig) -> Vec<Event> {
    let mut reader = ftp_reply::ReplyReader::with_config(Fills::new(input, sizes), config);
    let mut events = Vec::new();
    while record(&mut events, reader.read_reply_with_offset()) {}
    events
}

/// Every event of `input` decoded by `ReplyCodec` from pieces of `sizes` bytes, then at the
/// end of the stream. The codec does not say where a reply starts: replies have offset 0.
#[cfg(feature = "tokio")]
pub fn decode(input: &[u8], sizes: &[usize], config: ParserConfig) -> Vec<Event> {
    use tokio_util::codec::Decoder;

    let mut codec = ftp_reply::ReplyCodec::with_config(config);
    let mut buffer = bytes::BytesMut::new();
    let mut events = Vec::new();
    // Each reply as if it started at offset 0; errors as `record` takes them.
    let push =
        |events: &mut Vec<Event>, result: Result<Option<ftp_reply::OwnedReply<_>>, _>| match result
        {
            Ok(Some(reply)) => record(events, Ok(Some((0, reply.as_reply())))),
            other => record(events, other.map(|_| None)),
        };
    let mut rest = input;
    for &size in sizes.iter().cycle() {
        if rest.is_empty() {
            break;
        }
        let (piece, after) = rest.split_at(size.max(1).min(rest.len()));
        buffer.extend_from_slice(piece);
        rest = after;
        while push(&mut events, codec.decode(&mut buffer)) {}
    }
    while push(&mut events, codec.decode_eof(&mut buffer)) {}
    events
}

/// `events` with every reply's offset 0, to compare with what [`decode`] gives.
#[cfg(feature = "tokio")]
pub fn without_reply_offsets(mut events: Vec<Event>) -> Vec<Event> {
    for event in &mut events {
        if let Event::Reply { offset, .. } = event {
            *offset = 0;
        }
    }
    events
}
