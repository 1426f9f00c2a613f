//! Finding the lines that may end a multi-line reply: those that start with its code.

#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
use memchr::arch::all::packedpair::Pair;

/// Where `needle`, a line feed and a reply code, first occurs in `haystack`.
///
/// Packed-pair SIMD tests every position for the line feed and the code's last digit at once,
/// so the lines in between cost next to nothing. Its finders are built from two broadcast
/// bytes, where `memchr::memmem`'s cost more than a short reply takes to scan. Most replies
/// end within a few lines, so the 128-bit finder, which is built inline, looks first, unless
/// the search goes on in a reply already known to be `long`; a long reply is searched with
/// the 256-bit one where the processor has it.
pub(super) fn find_code_line(haystack: &[u8], needle: &[u8; 4], long: bool) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    {
        use memchr::arch::x86_64::avx2::packedpair::Finder;

        let near = if long { 0 } else { 1024 };
        if haystack.len() > near {
            let found = find_near(&haystack[..near], needle);
            if found.is_some() {
                return found;
            }
            // A match may straddle the boundary.
            let from = near.saturating_sub(needle.len() - 1);
            let rest = &haystack[from..];
            let finder = Pair::with_indices(needle, 0, 3)
                .and_then(|pair| Finder::with_pair(needle, pair))
                .filter(|finder| rest.len() >= finder.min_haystack_len());
            if let Some(finder) = finder {
                return finder.find(rest, needle).map(|found| from + found);
            }
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = long;
    find_near(haystack, needle)
}

/// [`find_code_line`] with the 128-bit finder (SSE2 and NEON are always there), or, on
/// other targets and in haystacks too short for a vector, at each line feed in turn.
#[inline]
fn find_near(haystack: &[u8], needle: &[u8; 4]) -> Option<usize> {
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        #[cfg(target_arch = "aarch64")]
        use memchr::arch::aarch64::neon::packedpair::Finder;
        #[cfg(target_arch = "x86_64")]
        use memchr::arch::x86_64::sse2::packedpair::Finder;

        let finder = Pair::with_indices(needle, 0, 3)
            .and_then(|pair| Finder::with_pair(needle, pair))
            .filter(|finder| haystack.len() >= finder.min_haystack_len());
        if let Some(finder) = finder {
            return finder.find(haystack, needle);
        }
    }
    memchr::memchr_iter(needle[0], haystack)
        .find(|&at| haystack.get(at + 1..at + needle.len()) == Some(&needle[1..]))
}

/// Where the first line feed in `haystack` is.
///
/// Lines are short, so what counts is the cost of a call. On x86-64, the first 64 bytes are
/// tested at once with SSE2, which every x86-64 processor has: one branch, where a search in
/// steps of 16 bytes takes one per step and mispredicts on lines of varied length. Beyond
/// them, and on other targets, memchr's 128-bit search is inlined, where `memchr::memchr`
/// goes through a function pointer to pick its version at run time.
#[inline(always)]
pub(super) fn find_line_feed(haystack: &[u8]) -> Option<usize> {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    if let Some((head, rest)) = haystack.split_first_chunk::<64>() {
        let mask = line_feed_mask(head);
        if mask != 0 {
            return Some(mask.trailing_zeros() as usize);
        }
        return find_line_feed_in_steps(rest).map(|found| head.len() + found);
    }
    find_line_feed_in_steps(haystack)
}

/// A bit for each line feed in `chunk`, the lowest for its first byte.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
#[allow(unsafe_code, reason = "SSE2 loads, the one use of unsafe in the crate")]
fn line_feed_mask(chunk: &[u8; 64]) -> u64 {
    use core::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };

    let mut mask = 0;
    for (index, part) in chunk.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 is enabled (the `cfg` above); the load reads the 16 bytes of `part`
        // and needs no alignment.
        let bits = unsafe {
            let bytes = _mm_loadu_si128(part.as_ptr().cast::<__m128i>());
            _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(b'\n' as i8)))
        };
        // The mask holds one bit for each of the 16 bytes.
        mask |= u64::from(bits as u16) << (16 * index);
    }
    mask
}

/// [`find_line_feed`] with memchr's 128-bit search (SSE2 and NEON are always there).
#[inline]
fn find_line_feed_in_steps(haystack: &[u8]) -> Option<usize> {
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        #[cfg(target_arch = "aarch64")]
        use memchr::arch::aarch64::neon::memchr::One;
        #[cfg(target_arch = "x86_64")]
        use memchr::arch::x86_64::sse2::memchr::One;

        if let Some(finder) = One::new(b'\n') {
            return finder.find(haystack);
        }
    }
    memchr::memchr(b'\n', haystack)
}

#[cfg(test)]
mod tests {
    use super::{find_code_line, find_line_feed};

    #[test]
    fn finds_the_first_line_feed_followed_by_the_code() {
        let mut haystack = b"230-a\r\n 230 b\r\n230-c\r\n".repeat(20);
        let end = haystack.len();
        haystack.extend_from_slice(b"230 d\r\n");
        for long in [false, true] {
            let find = |haystack: &[u8], needle| find_code_line(haystack, needle, long);
            assert_eq!(find(&haystack, b"\n230"), Some(14));
            assert_eq!(find(&haystack[15..], b"\n230"), Some(21 - 15));
            assert_eq!(find(&haystack[..end - 1], b"\n231"), None);
            assert_eq!(find(b"230-a\n230", b"\n230"), Some(5));
            assert_eq!(find(b"230-a\n23", b"\n230"), None);
        }
    }

    /// The first of several line feeds, wherever it is in or past the first 64 bytes, and
    /// whatever lies after it in the same 16 bytes.
    #[test]
    fn finds_the_first_of_several_line_feeds() {
        for len in [64, 65, 80, 127, 128, 300] {
            for first in 0..len {
                let mut haystack = std::vec![b'x'; len];
                for at in (first..len).step_by(3) {
                    haystack[at] = b'\n';
                }
                assert_eq!(find_line_feed(&haystack), Some(first), "{len} {first}");
            }
        }
    }

    /// Every length and every place of the match, across each finder's boundaries, whether
    /// the 128-bit finder looks first or not.
    #[test]
    fn every_length_and_position() {
        for len in (0..200).chain(1000..1100).chain(4000..4200) {
            let mut haystack = std::vec![b'x'; len];
            assert_eq!(find_line_feed(&haystack), None, "{len}");
            for long in [false, true] {
                assert_eq!(find_code_line(&haystack, b"\n211", long), None, "{len}");
            }
            for at in (0..len.saturating_sub(3))
                .step_by(7)
                .chain(len.checked_sub(4))
            {
                haystack[at..at + 4].copy_from_slice(b"\n211");
                for long in [false, true] {
                    let found = find_code_line(&haystack, b"\n211", long);
                    assert_eq!(found, Some(at), "{len} {at} {long}");
                }
                assert_eq!(find_line_feed(&haystack), Some(at), "{len} {at}");
                haystack[at..at + 4].copy_from_slice(b"xxxx");
            }
        }
    }
}
