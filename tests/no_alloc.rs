//! Looking up a code's record allocates nothing.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ftp_reply::{KnownCode, ReplyCode};

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
