//! The directory of a 257 reply (RFC 959 Appendix II).

use super::cursor::first_word;
use crate::{PayloadError, PayloadErrorKind, PayloadKind};

/// The directory in a 257 reply to PWD or MKD: `"/home/alice" is the current directory`.
///
/// The path is between the first double quote and the next one that is not doubled, wherever
/// it stands in the text (RFC 959 Appendix II puts the name in quotes; commentary may come
/// before it); a doubled quote inside stands for one (`"/a""b"` is `/a"b`), and so does a
/// doubled byte 0xFF, which Telnet doubles on the control connection. A few old servers
/// leave out the quotes; then the path is the first word, when it looks like one (it holds a
/// slash or a backslash, or starts with `<` or `[`), and a text without a quote or such a word,
/// such as `Created your requested directory`, holds no path.
/// Nothing is copied: [`segments`](Pathname::segments) yields the path in borrowed pieces,
/// and `path` (with `alloc`) joins them.
///
/// ```
/// use ftp_reply::Pathname;
///
/// let created = Pathname::parse(br#""/srv/a""b" created"#)?;
/// assert_eq!(created.escaped(), br#"/srv/a""b"#);
/// assert_eq!(created.segments().collect::<Vec<_>>(), [&b"/srv/a\""[..], b"b"]);
/// assert_eq!(created.commentary(), b"created");
/// assert!(created.is_quoted());
/// # Ok::<(), ftp_reply::PayloadError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pathname<'a> {
    /// The path as sent: between the quotes, doubled quotes still doubled.
    escaped: &'a [u8],
    commentary: &'a [u8],
    quoted: bool,
}

impl<'a> Pathname<'a> {
    /// Reads the path from a 257 reply's text.
    ///
    /// ```
    /// use ftp_reply::{PayloadErrorKind, Pathname};
    ///
    /// let later = Pathname::parse(br#"there is rubbish all over "/this/is/the/path""#)?;
    /// assert_eq!(later.escaped(), b"/this/is/the/path");
    /// assert_eq!(later.commentary(), b"there is rubbish all over");
    /// let none = Pathname::parse(b"Created your requested directory").unwrap_err();
    /// assert_eq!(none.kind(), PayloadErrorKind::Missing);
    /// # Ok::<(), ftp_reply::PayloadError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`PayloadErrorKind::Missing`] when the text holds no quoted name and its first word
    /// does not look like a path; [`PayloadErrorKind::Truncated`] when a quote is not closed.
    pub fn parse(text: &'a [u8]) -> Result<Pathname<'a>, PayloadError> {
        let Some(open) = memchr::memchr(b'"', text) else {
            return unquoted(text);
        };
        let before = trim(&text[..open]);
        let body = open + 1;
        let mut at = body;
        loop {
            let Some(found) = memchr::memchr(b'"', &text[at..]) else {
                return Err(PayloadError::new(
                    PayloadKind::Pathname,
                    PayloadErrorKind::Truncated,
                    text.len(),
                ));
            };
            let quote = at + found;
            if text.get(quote + 1) == Some(&b'"') {
                at = quote + 2;
                continue;
            }
            let after = trim(&text[quote + 1..]);
            return Ok(Pathname {
                escaped: &text[body..quote],
                commentary: if after.is_empty() { before } else { after },
                quoted: true,
            });
        }
    }

    /// The path in borrowed pieces: joined, they are the path with doubled quotes and doubled
    /// 0xFF bytes undone.
    pub fn segments(&self) -> Segments<'a> {
        Segments {
            rest: self.escaped,
            quoted: self.quoted,
        }
    }

    /// The path, doubled quotes undone; borrowed unless there were any.
    #[cfg(feature = "alloc")]
    pub fn path(&self) -> alloc::borrow::Cow<'a, [u8]> {
        let mut segments = self.segments();
        match (segments.next(), segments.clone().next()) {
            (Some(only), None) => alloc::borrow::Cow::Borrowed(only),
            (first, _) => {
                let mut path = alloc::vec::Vec::with_capacity(self.escaped.len());
                first
                    .into_iter()
                    .chain(segments)
                    .for_each(|part| path.extend_from_slice(part));
                alloc::borrow::Cow::Owned(path)
            }
        }
    }

    /// The path exactly as sent, doubled quotes included.
    pub const fn escaped(&self) -> &'a [u8] {
        self.escaped
    }

    /// The commentary, without surrounding spaces: the text after the path, or, when nothing
    /// follows the path, the text before it.
    pub const fn commentary(&self) -> &'a [u8] {
        self.commentary
    }

    /// Whether the path was in double quotes, as RFC 959 asks.
    pub const fn is_quoted(&self) -> bool {
        self.quoted
    }

    /// Whether the path holds control characters (bytes below 0x20, or 0x7F), which could
    /// rewrite a terminal if printed as they are.
    pub fn has_control_characters(&self) -> bool {
        self.escaped.iter().any(|&byte| byte < 0x20 || byte == 0x7f)
    }
}

/// The pieces of a [`Pathname`], from [`Pathname::segments`].
#[derive(Clone, Debug)]
pub struct Segments<'a> {
    rest: &'a [u8],
    quoted: bool,
}

impl<'a> Iterator for Segments<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        if self.rest.is_empty() {
            return None;
        }
        // A doubled quote (RFC 959 Appendix II) or a doubled 0xFF, Telnet's escape for a
        // data byte 0xFF (RFC 854), stands for one.
        let rest = self.rest;
        let doubled = |&at: &usize| rest.get(at + 1) == Some(&rest[at]);
        let found = if self.quoted {
            memchr::memchr2_iter(b'"', IAC, rest).find(doubled)
        } else {
            memchr::memchr_iter(IAC, rest).find(doubled)
        };
        let (piece, rest) = match found {
            // Keep one byte of the pair and skip the other.
            Some(at) => (&rest[..=at], &rest[at + 2..]),
            None => (rest, &b""[..]),
        };
        self.rest = rest;
        Some(piece)
    }
}

/// The path of a text without quotes: its first word, when that looks like a path.
fn unquoted(text: &[u8]) -> Result<Pathname<'_>, PayloadError> {
    let (start, word, after) = first_word(text);
    let pathlike = word.contains(&b'/')
        || word.contains(&b'\\')
        || word
            .first()
            .is_some_and(|first| matches!(first, b'<' | b'['));
    if !pathlike {
        return Err(PayloadError::new(
            PayloadKind::Pathname,
            PayloadErrorKind::Missing,
            start,
        ));
    }
    Ok(Pathname {
        escaped: word,
        commentary: trim(after),
        quoted: false,
    })
}

/// Telnet's IAC byte, which the control connection doubles when it is data.
const IAC: u8 = 0xFF;

fn trim(text: &[u8]) -> &[u8] {
    let start = text
        .iter()
        .position(|&byte| byte != b' ')
        .unwrap_or(text.len());
    let end = text
        .iter()
        .rposition(|&byte| byte != b' ')
        .map_or(start, |end| end + 1);
    &text[start..end.max(start)]
}
