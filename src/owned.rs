//! A reply that owns its bytes.

use alloc::vec::Vec;
use core::fmt;

use crate::{Lines, Reply, ReplyCode};

/// A [`Reply`] that owns its bytes, to keep after the input buffer is reused.
///
/// ```
/// use ftp_reply::{OwnedReply, Reply};
///
/// let owned = OwnedReply::from(Reply::parse(b"257 \"/pub\" is the current directory\r\n")?.complete().unwrap());
/// assert_eq!(owned.code(), 257);
/// assert_eq!(owned.as_reply().first_line(), b"\"/pub\" is the current directory");
/// # Ok::<(), ftp_reply::ParseError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct OwnedReply {
    raw: Vec<u8>,
    code: ReplyCode,
    multiline: bool,
}

impl OwnedReply {
    /// The reply, borrowed.
    pub fn as_reply(&self) -> Reply<'_> {
        Reply::new(&self.raw, self.code, self.multiline)
    }

    /// The reply's code. See [`Reply::code`].
    pub const fn code(&self) -> ReplyCode {
        self.code
    }

    /// Whether the reply spans several lines.
    pub const fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// The reply's bytes, line ends included.
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }

    /// The text lines. See [`Reply::lines`].
    pub fn lines(&self) -> Lines<'_> {
        self.as_reply().lines()
    }

    /// The reply's bytes, given up.
    pub fn into_raw(self) -> Vec<u8> {
        self.raw
    }
}

impl From<Reply<'_>> for OwnedReply {
    fn from(reply: Reply<'_>) -> OwnedReply {
        OwnedReply {
            raw: reply.raw().to_vec(),
            code: reply.code(),
            multiline: reply.is_multiline(),
        }
    }
}

impl fmt::Debug for OwnedReply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_reply(), f)
    }
}
