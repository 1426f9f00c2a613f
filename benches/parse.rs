//! Parsing throughput on two streams, against a bare line split over the same bytes (what
//! any reply reader must at least do): the mixed stream of fixtures and long STAT listings,
//! and what real servers sent in a session. Whole, in pieces, through `ReplyReader` and in
//! place through `BufReplyReader`.
//!
//! `cargo bench --bench parse`; the ratios, measured round-robin, are printed at the end.

mod round_robin;
#[path = "../tests/it/support.rs"]
mod support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use criterion::{Criterion, Throughput, criterion_group};
use ftp_reply::{BufReplyReader, Parsed, ReplyParser, ReplyReader};

/// Counts allocations, to show that the borrowed path makes none.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Every reply of `stream`, parsed from one buffer.
fn parse_whole(stream: &[u8]) -> usize {
    let mut parser = ReplyParser::new();
    let mut rest = stream;
    let mut replies = 0;
    while let Ok(Parsed::Complete(reply)) = parser.parse(rest) {
        replies += usize::from(black_box(reply.code()).as_u16() > 0);
        rest = &rest[reply.len()..];
    }
    assert!(rest.is_empty(), "the stream is well formed");
    replies
}

/// Every reply of `stream`, arriving in pieces of `size` bytes, as from a socket. Parsed
/// bytes are dropped from the buffer once they are at least half of it, so that moving the
/// rest costs at most one copy of the stream.
fn parse_pieces(stream: &[u8], size: usize) -> usize {
    let mut parser = ReplyParser::new();
    let mut buffer = Vec::with_capacity(64 * 1024);
    let mut start = 0;
    let mut replies = 0;
    for piece in stream.chunks(size) {
        buffer.extend_from_slice(piece);
        while let Ok(Parsed::Complete(reply)) = parser.parse(&buffer[start..]) {
            replies += usize::from(black_box(reply.code()).as_u16() > 0);
            start += reply.len();
        }
        if start >= buffer.len() / 2 {
            buffer.drain(..start);
            start = 0;
        }
    }
    assert_eq!(start, buffer.len(), "the stream is well formed");
    replies
}

/// Every reply of `stream`, through `ReplyReader` reading it from a stream in 64 KiB reads.
fn read_stream(stream: &[u8]) -> usize {
    let mut reader = ReplyReader::new(Chunks(stream));
    let mut replies = 0;
    while let Some(reply) = reader.read_reply().expect("the stream is well formed") {
        replies += usize::from(black_box(reply.code()).as_u16() > 0);
    }
    replies
}

/// Every reply of `stream`, parsed in place through `BufReplyReader` from a buffered stream
/// that holds `size` bytes at a time.
fn read_in_place(stream: &[u8], size: usize) -> usize {
    let mut reader = BufReplyReader::new(Fills { rest: stream, size });
    let mut replies = 0;
    while let Some(reply) = reader.read_reply().expect("the stream is well formed") {
        replies += usize::from(black_box(reply.code()).as_u16() > 0);
    }
    replies
}

/// The copy a reader makes anyway: `stream` read in 64 KiB pieces into a buffer.
fn copy_stream(stream: &[u8]) -> usize {
    let mut source = Chunks(stream);
    let mut buffer = vec![0; 64 * 1024];
    let mut total = 0;
    loop {
        match std::io::Read::read(&mut source, &mut buffer) {
            Ok(0) | Err(_) => return total,
            Ok(count) => total += black_box(&buffer[..count]).len(),
        }
    }
}

/// A stream that hands out at most 64 KiB per read, as a socket might.
struct Chunks<'a>(&'a [u8]);

impl std::io::Read for Chunks<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let count = buffer.len().min(self.0.len()).min(64 * 1024);
        buffer[..count].copy_from_slice(&self.0[..count]);
        self.0 = &self.0[count..];
        Ok(count)
    }
}

/// A buffered stream whose buffer holds `size` bytes of the stream at a time, as a
/// `BufReader` would after a read from a socket: the kernel's copy is not timed.
struct Fills<'a> {
    rest: &'a [u8],
    size: usize,
}

impl std::io::Read for Fills<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        std::io::Read::read(&mut &self.rest[..self.size.min(self.rest.len())], buffer)
            .inspect(|&count| self.rest = &self.rest[count..])
    }
}

impl std::io::BufRead for Fills<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        Ok(&self.rest[..self.size.min(self.rest.len())])
    }

    fn consume(&mut self, count: usize) {
        self.rest = &self.rest[count..];
    }
}

/// The floor: handing out every line, found with memchr, and nothing else. (Not
/// `memchr_iter(..).count()`, which counts without producing a single line.)
fn split_lines(stream: &[u8]) -> usize {
    let mut start = 0;
    let mut lines = 0;
    for end in memchr::memchr_iter(b'\n', stream) {
        black_box(&stream[start..end]);
        lines += 1;
        start = end + 1;
    }
    lines
}

fn benches(c: &mut Criterion) {
    let mixed = support::benchmark_stream();
    let sessions = support::recorded_stream();
    for (name, stream) in [("mixed stream", &mixed), ("recorded sessions", &sessions)] {
        let before = ALLOCATIONS.load(Ordering::Relaxed);
        let replies = parse_whole(stream);
        let allocations = ALLOCATIONS.load(Ordering::Relaxed) - before;
        assert_eq!(allocations, 0, "the borrowed path allocates nothing");
        assert_eq!(parse_pieces(stream, 7), replies);
        assert_eq!(read_stream(stream), replies);
        assert_eq!(read_in_place(stream, 4096), replies);
        assert_eq!(read_in_place(stream, 7), replies);
        println!(
            "{name}: {} bytes, {replies} replies, {} lines; allocations while parsing: {allocations}",
            stream.len(),
            split_lines(stream)
        );

        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(stream.len() as u64));
        group.sample_size(20);
        group.bench_function("baseline: memchr line split", |b| {
            b.iter(|| split_lines(black_box(stream)))
        });
        group.bench_function("parse whole buffer", |b| {
            b.iter(|| parse_whole(black_box(stream)))
        });
        group.bench_function("baseline: copy in 64 KiB reads", |b| {
            b.iter(|| copy_stream(black_box(stream)))
        });
        group.bench_function("ReplyReader, 64 KiB reads", |b| {
            b.iter(|| read_stream(black_box(stream)))
        });
        group.bench_function("BufReplyReader, 64 KiB fills", |b| {
            b.iter(|| read_in_place(black_box(stream), 64 * 1024))
        });
        group.bench_function("parse in 4096-byte pieces", |b| {
            b.iter(|| parse_pieces(black_box(stream), 4096))
        });
        group.bench_function("BufReplyReader, 4096-byte fills", |b| {
            b.iter(|| read_in_place(black_box(stream), 4096))
        });
        group.finish();
    }

    let mut group = c.benchmark_group("mixed stream, small pieces");
    group.throughput(Throughput::Bytes(mixed.len() as u64));
    group.sample_size(20);
    for size in [7, 1] {
        group.bench_function(format!("parse in {size}-byte pieces"), |b| {
            b.iter(|| parse_pieces(black_box(&mixed), size))
        });
    }
    group.finish();

    // Linear time: the same per-byte throughput for a stream a quarter the size.
    let quarter = &mixed[..mixed.len() / 4];
    let quarter = &quarter[..quarter.len() - incomplete_tail(quarter)];
    let mut group = c.benchmark_group("1-byte pieces, quarter stream");
    group.throughput(Throughput::Bytes(quarter.len() as u64));
    group.sample_size(20);
    group.bench_function("parse in 1-byte pieces", |b| {
        b.iter(|| parse_pieces(black_box(quarter), 1))
    });
    group.finish();
}

/// The length of the incomplete reply at the end of `stream`, so that it can be cut off.
fn incomplete_tail(stream: &[u8]) -> usize {
    let mut parser = ReplyParser::new();
    let mut rest = stream;
    while let Ok(Parsed::Complete(reply)) = parser.parse(rest) {
        rest = &rest[reply.len()..];
    }
    rest.len()
}

/// The ratios, measured round-robin: each case's time set against the split's and the
/// whole-buffer parse's of the same round. Prints each case's median throughput, and the
/// median of the rounds' ratios with their quartiles.
fn ratios() {
    const ROUNDS: usize = 60;
    const RUNS: usize = 3;
    const SPLIT: usize = 0;
    const WHOLE: usize = 1;
    type Case = fn(&[u8]) -> usize;
    let cases: [(&str, Case); 6] = [
        ("baseline: memchr line split", split_lines),
        ("parse whole buffer", parse_whole),
        ("ReplyReader, 64 KiB reads", read_stream),
        ("BufReplyReader, 64 KiB fills", |s| {
            read_in_place(s, 64 * 1024)
        }),
        ("parse in 4096-byte pieces", |s| parse_pieces(s, 4096)),
        ("BufReplyReader, 4096-byte fills", |s| {
            read_in_place(s, 4096)
        }),
    ];
    for (name, stream) in [
        ("mixed stream", support::benchmark_stream()),
        ("recorded sessions", support::recorded_stream()),
    ] {
        let runs: Vec<Box<dyn Fn()>> = cases
            .iter()
            .map(|&(_, case)| -> Box<dyn Fn()> {
                let stream = &stream;
                Box::new(move || {
                    black_box(case(black_box(stream)));
                })
            })
            .collect();
        let runs: Vec<&dyn Fn()> = runs.iter().map(Box::as_ref).collect();
        let times = round_robin::time_rounds(ROUNDS, RUNS, &runs);
        println!("{name}, round-robin, {ROUNDS} rounds of {RUNS} runs: median [quartiles]");
        for (index, (case, _)) in cases.iter().enumerate() {
            let seconds = round_robin::median_time(&times, index) / RUNS as f64;
            let gib_per_second = stream.len() as f64 / seconds / f64::from(1 << 30);
            let mut line = format!("  {case:32} {gib_per_second:6.2} GiB/s");
            for (baseline, against) in [(SPLIT, "the split"), (WHOLE, "parse whole buffer")] {
                if baseline < index {
                    let ratio = round_robin::ratio(&times, baseline, index);
                    line += &format!("   {ratio} against {against}");
                }
            }
            println!("{line}");
        }
    }
}

criterion_group!(parse, benches);

fn main() {
    parse();
    Criterion::default().configure_from_args().final_summary();
    ratios();
}
