//! Finding the lines that may end a multi-line reply: those that start with its code.

/// Where `needle`, a line feed and a reply code, first occurs in `haystack`.
///
/// One pass of packed-pair SIMD tests every position for the line feed and the code's last
/// digit at once, so the lines in between cost next to nothing. The finder is built from two
/// broadcast bytes, where `memchr::memmem`'s costs more than a short reply takes to scan; the
/// 128-bit version is used because the 256-bit one cannot be built inline. Other targets, and
/// haystacks too short for a vector, look at each line feed in turn.
pub(super) fn find_code_line(haystack: &[u8], needle: &[u8; 4]) -> Option<usize> {
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    {
        #[cfg(target_arch = "aarch64")]
        use memchr::arch::aarch64::neon::packedpair::Finder;
        use memchr::arch::all::packedpair::Pair;
        #[cfg(target_arch = "x86_64")]
        use memchr::arch::x86_64::sse2::packedpair::Finder;

        let finder =
            Pair::with_indices(needle, 0, 3).and_then(|pair| Finder::with_pair(needle, pair));
        if let Some(finder) = finder.filter(|finder| haystack.len() >= finder.min_haystack_len()) {
            return finder.find(haystack, needle);
        }
    }
    memchr::memchr_iter(needle[0], haystack)
        .find(|&at| haystack.get(at + 1..at + needle.len()) == Some(&needle[1..]))
}

/// Where the first line feed in `haystack` is.
///
/// Lines are short, so what counts is the cost of a call: the 128-bit search is inlined,
/// where `memchr::memchr` goes through a function pointer to pick its version at run time.
#[inline]
pub(super) fn find_line_feed(haystack: &[u8]) -> Option<usize> {
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
    use super::find_code_line;

    #[test]
    fn finds_the_first_line_feed_followed_by_the_code() {
        let mut haystack = b"230-a\r\n 230 b\r\n230-c\r\n".repeat(20);
        let end = haystack.len();
        haystack.extend_from_slice(b"230 d\r\n");
        assert_eq!(find_code_line(&haystack, b"\n230"), Some(14));
        assert_eq!(find_code_line(&haystack[15..], b"\n230"), Some(21 - 15));
        assert_eq!(find_code_line(&haystack[..end - 1], b"\n231"), None);
        assert_eq!(find_code_line(b"230-a\n230", b"\n230"), Some(5));
        assert_eq!(find_code_line(b"230-a\n23", b"\n230"), None);
    }
}
