//! Every reader (blocking, in place from a `BufRead`, and, with their features, tokio,
//! futures-io and the tokio-util codec) reads the same replies at every split of the input,
//! and gives its stream back with the bytes it holds, as the TLS upgrade after `234` needs.
//! The blocking readers are held to it in every feature set with `std`, the async ones where
//! their feature is on.
#![cfg(feature = "std")]

use std::io::{self, BufRead, Read};
#[cfg(any(feature = "tokio", feature = "futures-io"))]
use std::pin::Pin;
#[cfg(any(feature = "tokio", feature = "futures-io"))]
use std::task::{Context, Poll};

#[cfg(feature = "futures-io")]
use ftp_reply::read::Futures;
#[cfg(feature = "tokio")]
use ftp_reply::read::Tokio;
#[cfg(any(feature = "tokio", feature = "futures-io"))]
use ftp_reply::read::{Async, BufReadStream, InPlaceReader, ReadStream, Reader};
use ftp_reply::{BufReplyReader, KnownCode, ReadError, ReplyReader};
#[cfg(feature = "futures-io")]
use ftp_reply::{FuturesBufReplyReader, FuturesReplyReader};
#[cfg(feature = "tokio")]
use ftp_reply::{TokioBufReplyReader, TokioReplyReader};
#[cfg(any(feature = "tokio", feature = "futures-io"))]
use futures_util::FutureExt;

/// A stream that hands out its input in the pieces given, one per read, never blocking.
struct Pieces {
    pieces: Vec<Vec<u8>>,
}

impl Pieces {
    /// The input split at `at`.
    fn split(input: &[u8], at: usize) -> Pieces {
        Pieces {
            pieces: vec![input[..at].to_vec(), input[at..].to_vec()],
        }
    }

    fn next_piece(&mut self, buffer: &mut [u8]) -> usize {
        while self.pieces.first().is_some_and(Vec::is_empty) {
            self.pieces.remove(0);
        }
        let Some(piece) = self.pieces.first_mut() else {
            return 0;
        };
        let count = piece.len().min(buffer.len());
        buffer[..count].copy_from_slice(&piece[..count]);
        piece.drain(..count);
        count
    }
}

impl Read for Pieces {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        Ok(self.next_piece(buffer))
    }
}

/// Each piece is one fill of the stream's buffer.
impl BufRead for Pieces {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.pieces.first().is_some_and(Vec::is_empty) {
            self.pieces.remove(0);
        }
        Ok(self.pieces.first().map_or(&[], Vec::as_slice))
    }

    fn consume(&mut self, count: usize) {
        if let Some(piece) = self.pieces.first_mut() {
            piece.drain(..count);
        }
    }
}

#[cfg(feature = "tokio")]
impl tokio::io::AsyncRead for Pieces {
    fn poll_read(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buffer: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let count = self.get_mut().next_piece(buffer.initialize_unfilled());
        buffer.advance(count);
        Poll::Ready(Ok(()))
    }
}

#[cfg(feature = "futures-io")]
impl futures_io::AsyncRead for Pieces {
    fn poll_read(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buffer: &mut [u8],
    ) -> Poll<io::Result<usize>> {
        Poll::Ready(Ok(self.get_mut().next_piece(buffer)))
    }
}

#[cfg(feature = "tokio")]
impl tokio::io::AsyncBufRead for Pieces {
    fn poll_fill_buf(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<&[u8]>> {
        Poll::Ready(self.get_mut().fill_buf())
    }

    fn consume(self: Pin<&mut Self>, count: usize) {
        BufRead::consume(self.get_mut(), count);
    }
}

#[cfg(feature = "futures-io")]
impl futures_io::AsyncBufRead for Pieces {
    fn poll_fill_buf(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<&[u8]>> {
        Poll::Ready(self.get_mut().fill_buf())
    }

    fn consume(self: Pin<&mut Self>, count: usize) {
        BufRead::consume(self.get_mut(), count);
    }
}

const SESSION: &[u8] = b"220-Welcome\r\n 220 padded\r\n220 Ready\r\n2x0 bad\r\n\
331 Password?\r\n211-Features:\r\n MDTM\r\n211 End\r\n227 Entering Passive Mode (127,0,0,1,4,1)\r\n";

/// What a reader read: each reply's offset, code and bytes, or an error's offset.
type Events = Vec<(u64, Option<KnownCode>, Vec<u8>)>;

fn record(
    events: &mut Events,
    result: Result<Option<(u64, ftp_reply::Reply<'_>)>, ReadError>,
) -> bool {
    match result {
        Ok(Some((offset, reply))) => {
            events.push((offset, reply.code().known(), reply.raw().to_vec()));
            true
        }
        Ok(None) => false,
        Err(ReadError::Parse { stream_offset, .. }) => {
            events.push((stream_offset, None, Vec::new()));
            true
        }
        Err(error) => panic!("{error}"),
    }
}

fn blocking(input: Pieces) -> Events {
    let mut reader = ReplyReader::new(input);
    let mut events = Vec::new();
    while record(&mut events, reader.read_reply_with_offset()) {}
    events
}

fn in_place(input: Pieces) -> Events {
    let mut reader = BufReplyReader::new(input);
    let mut events = Vec::new();
    while record(&mut events, reader.read_reply_with_offset()) {}
    events
}

/// What the async [`Reader`] for `Io` (tokio or futures-io) reads, each read polled once:
/// the stream is never pending.
#[cfg(any(feature = "tokio", feature = "futures-io"))]
fn own_buffer<Io: Async>(input: Pieces) -> Events
where
    Pieces: ReadStream<Io>,
{
    let mut reader = Reader::<_, Io>::new(input);
    let mut events = Vec::new();
    while record(
        &mut events,
        reader.read_reply_with_offset().now_or_never().unwrap(),
    ) {}
    events
}

/// What the async [`InPlaceReader`] for `Io` reads, each read polled once.
#[cfg(any(feature = "tokio", feature = "futures-io"))]
fn in_place_async<Io: Async>(input: Pieces) -> Events
where
    Pieces: BufReadStream<Io>,
{
    let mut reader = InPlaceReader::<_, Io>::new(input);
    let mut events = Vec::new();
    while record(
        &mut events,
        reader.read_reply_with_offset().now_or_never().unwrap(),
    ) {}
    events
}

#[cfg(feature = "tokio")]
fn codec(input: Pieces) -> Events {
    use tokio_util::codec::Decoder;

    let mut codec = ftp_reply::ReplyCodec::new();
    let mut buffer = bytes::BytesMut::new();
    let mut events = Vec::new();
    let mut offset = 0;
    let mut push =
        |events: &mut Events,
         result: Result<Option<ftp_reply::OwnedReply<bytes::Bytes>>, ReadError>| {
            match result {
                Ok(Some(reply)) => {
                    events.push((offset, reply.code().known(), reply.raw().to_vec()));
                    offset += reply.raw().len() as u64;
                    true
                }
                Ok(None) => false,
                Err(ReadError::Parse {
                    stream_offset,
                    error,
                }) => {
                    events.push((stream_offset, None, Vec::new()));
                    offset =
                        stream_offset - error.offset() as u64 + error.resume_at().unwrap() as u64;
                    true
                }
                Err(error) => panic!("{error}"),
            }
        };
    for piece in input.pieces {
        buffer.extend_from_slice(&piece);
        while push(&mut events, codec.decode(&mut buffer)) {}
    }
    while push(&mut events, codec.decode_eof(&mut buffer)) {}
    events
}

#[test]
fn every_reader_reads_the_same_at_every_split() {
    let expected = blocking(Pieces::split(SESSION, SESSION.len()));
    let codes: Vec<Option<u16>> = expected
        .iter()
        .map(|(_, code, _)| code.map(KnownCode::as_u16))
        .collect();
    assert_eq!(
        codes,
        [Some(220), None, Some(331), Some(211), Some(227)],
        "the error is the bad line"
    );
    for at in 0..=SESSION.len() {
        assert_eq!(
            blocking(Pieces::split(SESSION, at)),
            expected,
            "blocking, split at {at}"
        );
        assert_eq!(
            in_place(Pieces::split(SESSION, at)),
            expected,
            "in place, split at {at}"
        );
        #[cfg(feature = "tokio")]
        assert_eq!(
            own_buffer::<Tokio>(Pieces::split(SESSION, at)),
            expected,
            "tokio, split at {at}"
        );
        #[cfg(feature = "futures-io")]
        assert_eq!(
            own_buffer::<Futures>(Pieces::split(SESSION, at)),
            expected,
            "futures-io, split at {at}"
        );
        #[cfg(feature = "tokio")]
        assert_eq!(
            in_place_async::<Tokio>(Pieces::split(SESSION, at)),
            expected,
            "tokio in place, split at {at}"
        );
        #[cfg(feature = "futures-io")]
        assert_eq!(
            in_place_async::<Futures>(Pieces::split(SESSION, at)),
            expected,
            "futures-io in place, split at {at}"
        );
        #[cfg(feature = "tokio")]
        assert_eq!(
            codec(Pieces::split(SESSION, at)),
            expected,
            "codec, split at {at}"
        );
    }
}

/// After `234`, the client hands the stream to TLS: nothing may be left over.
#[test]
fn the_stream_comes_back_after_234_with_nothing_buffered() {
    let input = b"220 Ready\r\n234 AUTH TLS OK\r\n";
    let mut reader = ReplyReader::new(Pieces::split(input, 5));
    reader.read_reply().unwrap();
    let reply = reader.read_reply().unwrap().unwrap();
    assert_eq!(reply.code(), KnownCode::SecurityExchangeComplete);
    assert!(reader.buffered().is_empty());
    let (stream, leftover) = reader.into_parts();
    assert!(leftover.is_empty());
    assert!(
        stream.pieces.iter().all(Vec::is_empty),
        "the stream has been read up to 234 only"
    );
}

/// A reply that straddles two fills of a buffered stream is put together, and what comes
/// after it stays in the stream.
#[test]
fn in_place_the_stream_keeps_what_follows_a_straddling_234() {
    let input = b"220 Ready\r\n234 AUTH TLS OK\r\n\x16\x03\x01";
    for at in 12..input.len() - 3 {
        let mut reader = BufReplyReader::new(Pieces::split(input, at));
        assert_eq!(reader.read_reply().unwrap().unwrap().code(), 220);
        assert_eq!(reader.read_reply().unwrap().unwrap().code(), 234);
        assert!(reader.buffered().is_empty(), "split at {at}");
        let (mut stream, leftover) = reader.into_parts();
        assert!(leftover.is_empty(), "split at {at}");
        assert_eq!(stream.fill_buf().unwrap(), b"\x16\x03\x01", "split at {at}");

        #[cfg(feature = "tokio")]
        {
            let mut reader = TokioBufReplyReader::new(Pieces::split(input, at));
            for code in [220, 234] {
                let reply = reader.read_reply().now_or_never().unwrap().unwrap();
                assert_eq!(reply.unwrap().code(), code);
            }
            let (mut stream, leftover) = reader.into_parts();
            assert!(leftover.is_empty(), "tokio, split at {at}");
            assert_eq!(
                stream.fill_buf().unwrap(),
                b"\x16\x03\x01",
                "tokio, split at {at}"
            );
        }

        #[cfg(feature = "futures-io")]
        {
            let mut reader = FuturesBufReplyReader::new(Pieces::split(input, at));
            for code in [220, 234] {
                let reply = reader.read_reply().now_or_never().unwrap().unwrap();
                assert_eq!(reply.unwrap().code(), code);
            }
            let (mut stream, leftover) = reader.into_parts();
            assert!(leftover.is_empty(), "futures-io, split at {at}");
            assert_eq!(
                stream.fill_buf().unwrap(),
                b"\x16\x03\x01",
                "futures-io, split at {at}"
            );
        }
    }
}

/// Plaintext after `234` arrived before TLS: a client must see it and refuse to go on.
#[test]
fn plaintext_after_234_is_handed_back_not_lost() {
    let injected = b"230 User logged in\r\n";
    let input = [&b"234 AUTH TLS OK\r\n"[..], injected].concat();
    let mut readers_leftovers = Vec::new();

    let mut reader = ReplyReader::new(Pieces::split(&input, input.len()));
    assert_eq!(reader.read_reply().unwrap().unwrap().code(), 234);
    assert_eq!(reader.buffered(), injected);
    readers_leftovers.push(reader.into_parts().1);

    // Parsed in place, the bytes after 234 stay in the stream's buffer: they are handed back
    // with the stream.
    let mut reader = BufReplyReader::new(Pieces::split(&input, input.len()));
    assert_eq!(reader.read_reply().unwrap().unwrap().code(), 234);
    let (mut stream, leftover) = reader.into_parts();
    readers_leftovers.push([leftover, stream.fill_buf().unwrap().to_vec()].concat());

    #[cfg(feature = "tokio")]
    {
        let mut reader = TokioReplyReader::new(Pieces::split(&input, input.len()));
        let reply = reader
            .read_reply()
            .now_or_never()
            .unwrap()
            .unwrap()
            .unwrap();
        assert_eq!(reply.code(), 234);
        readers_leftovers.push(reader.into_parts().1);
    }

    #[cfg(feature = "futures-io")]
    {
        let mut reader = FuturesReplyReader::new(Pieces::split(&input, input.len()));
        let reply = reader
            .read_reply()
            .now_or_never()
            .unwrap()
            .unwrap()
            .unwrap();
        assert_eq!(reply.code(), 234);
        readers_leftovers.push(reader.into_parts().1);
    }

    for leftover in readers_leftovers {
        assert_eq!(leftover, injected);
    }
}

/// Over a pipe whose writer sends the session a few bytes at a time, the in-place reader
/// waits for the stream (its reads return pending) and reads the same as at once.
#[cfg(feature = "tokio")]
#[tokio::test]
async fn in_place_waits_for_the_stream_and_reads_the_same() {
    use tokio::io::AsyncWriteExt;

    let expected = blocking(Pieces::split(SESSION, SESSION.len()));
    let (client, mut server) = tokio::io::duplex(7);
    let writer = tokio::spawn(async move {
        for piece in SESSION.chunks(5) {
            server.write_all(piece).await.unwrap();
            tokio::task::yield_now().await;
        }
    });
    let mut reader = TokioBufReplyReader::new(tokio::io::BufReader::with_capacity(9, client));
    let mut events = Vec::new();
    while record(&mut events, reader.read_reply_with_offset().await) {}
    writer.await.unwrap();
    assert_eq!(events, expected);
}

/// A read dropped while its reply has partly arrived loses nothing: the next read returns
/// that reply whole, from both tokio readers.
#[cfg(feature = "tokio")]
#[tokio::test]
async fn a_dropped_read_loses_nothing() {
    use tokio::io::AsyncWriteExt;

    let (client, mut server) = tokio::io::duplex(64);
    let mut own = TokioReplyReader::new(client);
    server.write_all(b"220-Wel").await.unwrap();
    assert!(own.read_reply().now_or_never().is_none());
    server.write_all(b"come\r\n220 Ready\r\n").await.unwrap();
    let reply = own.read_reply().await.unwrap().expect("a reply");
    assert_eq!(reply.raw(), b"220-Welcome\r\n220 Ready\r\n");

    let (client, mut server) = tokio::io::duplex(64);
    let mut in_place = TokioBufReplyReader::new(tokio::io::BufReader::new(client));
    server.write_all(b"331 Pass").await.unwrap();
    assert!(in_place.read_reply().now_or_never().is_none());
    server.write_all(b"word required\r\n").await.unwrap();
    let reply = in_place.read_reply().await.unwrap().expect("a reply");
    assert_eq!(reply.raw(), b"331 Password required\r\n");
}

/// The readers' futures can be spawned on a multi-threaded runtime.
#[cfg(any(feature = "tokio", feature = "futures-io"))]
#[test]
fn async_reads_are_send() {
    fn assert_send<T: Send>(_: &T) {}
    #[cfg(feature = "tokio")]
    {
        let mut tokio = TokioReplyReader::new(Pieces::split(SESSION, 3));
        assert_send(&tokio.read_reply());
        let mut tokio_in_place = TokioBufReplyReader::new(Pieces::split(SESSION, 3));
        assert_send(&tokio_in_place.read_reply());
    }
    #[cfg(feature = "futures-io")]
    {
        let mut futures = FuturesReplyReader::new(Pieces::split(SESSION, 3));
        assert_send(&futures.read_reply());
        let mut futures_in_place = FuturesBufReplyReader::new(Pieces::split(SESSION, 3));
        assert_send(&futures_in_place.read_reply());
    }
}
