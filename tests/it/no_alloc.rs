//! Looking up a code's record allocates nothing.

use crate::support;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ftp_reply::{KnownCode, Parsed, ReplyCode, ReplyParser};

/// Counts the allocations made by the current thread (the test harness allocates on others).
struct CountingAllocator;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

fn allocations_during(work: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    work();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn the_counter_sees_allocations() {
    assert_eq!(
        allocations_during(|| drop(std::hint::black_box(vec![0u8; 16]))),
        1
    );
}

#[test]
fn lookups_allocate_nothing() {
    let texts: Vec<String> = (0..=1000u16).map(|number| format!("{number:03}")).collect();
    let mut found = 0;
    let count = allocations_during(|| {
        for text in &texts {
            let Ok(code) = text.parse::<ReplyCode>() else {
                continue;
            };
            if let Some(info) = code.info() {
                found += 1;
                let _ = (
                    info.meaning(),
                    info.rfc(),
                    info.commands(),
                    info.notes(),
                    info.name(),
                );
            }
            let _ = (
                code.known(),
                code.as_str(),
                code.category(),
                code.function_group(),
            );
            let _ = KnownCode::from_u16(code.as_u16()).map(KnownCode::info);
        }
    });
    assert_eq!(count, 0);
    assert_eq!(found, KnownCode::ALL.len());
}

#[test]
fn decoding_a_stream_allocates_nothing() {
    let stream = support::all_fixtures();
    let mut replies = 0;
    let mut lines = 0;
    let count = allocations_during(|| {
        let mut parser = ReplyParser::new();
        let mut rest = stream.as_slice();
        while let Ok(Parsed::Complete(reply)) = parser.parse(rest) {
            replies += 1;
            lines += reply.lines().count();
            let _ = (
                reply.code().known(),
                reply.text().is_utf8(),
                reply.last_line(),
            );
            rest = &rest[reply.len()..];
        }
        // And piece by piece, as from a socket.
        let mut parser = ReplyParser::new();
        for end in 1..=64 {
            let _ = parser.parse(&stream[..end]);
        }
    });
    assert_eq!(count, 0);
    assert_eq!(
        replies,
        1 + support::FIXTURES
            .iter()
            .map(|f| f.codes.len())
            .sum::<usize>()
    );
    assert!(lines > replies);
}

/// Reads every reply with `next`, counting them; the count of allocations meanwhile.
#[cfg(feature = "std")]
fn allocations_reading(mut next: impl FnMut() -> Option<usize>) -> (usize, usize) {
    let mut replies = 0;
    let count = allocations_during(|| {
        while let Some(lines) = next() {
            replies += lines.min(1);
        }
    });
    (count, replies)
}

#[cfg(feature = "std")]
#[test]
fn reading_replies_allocates_nothing_once_the_buffer_has_grown() {
    let stream = support::all_fixtures().repeat(50);
    let mut reader = ftp_reply::ReplyReader::new(stream.as_slice());
    // Warm up: the reader's buffer grows to hold the longest reply.
    for _ in 0..200 {
        reader.read_reply().unwrap().unwrap();
    }
    let (count, replies) =
        allocations_reading(|| Some(reader.read_reply().unwrap()?.lines().count()));
    assert_eq!(count, 0, "allocations while reading {replies} replies");
    assert!(replies > 1000);
}

/// Replies that lie whole in the stream's buffer are lent from it: nothing is copied, and
/// nothing allocated, not even a buffer to warm up.
#[cfg(feature = "std")]
#[test]
fn reading_in_place_allocates_nothing() {
    let stream = support::all_fixtures().repeat(50);
    let mut reader = ftp_reply::BufReplyReader::new(stream.as_slice());
    let (count, replies) =
        allocations_reading(|| Some(reader.read_reply().unwrap()?.lines().count()));
    assert_eq!(count, 0, "allocations while reading {replies} replies");
    assert!(replies > 1000);
}
