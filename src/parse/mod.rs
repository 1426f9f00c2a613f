//! Reading replies from the bytes of a control connection (RFC 959 §4.2).
//!
//! A reply is a line `ddd text`, or several lines from `ddd-text` to the first line that
//! starts with the same `ddd` and a space. Lines in between are text, whatever they hold.

mod config;
mod framer;
mod parser;
mod reply;
mod search;

pub use config::ParserConfig;
pub use framer::{Frame, ReplyFramer};
pub use parser::ReplyParser;
pub use reply::{Lines, Reply, Text};

/// The outcome of parsing bytes that may hold only part of a reply.
///
/// Named so that it does not collide with what FTP crates call `Status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Parsed<T> {
    /// A whole reply was parsed.
    Complete(T),
    /// The input ends inside a reply: read more and parse again.
    Partial,
}

impl<T> Parsed<T> {
    /// The complete value, if there is one.
    pub fn complete(self) -> Option<T> {
        match self {
            Parsed::Complete(value) => Some(value),
            Parsed::Partial => None,
        }
    }

    /// Whether more input is needed.
    pub const fn is_partial(&self) -> bool {
        matches!(self, Parsed::Partial)
    }

    /// Whether a whole value was parsed.
    ///
    /// ```
    /// use ftp_reply::Reply;
    ///
    /// assert!(Reply::parse(b"220 Ready\r\n")?.is_complete());
    /// assert!(!Reply::parse(b"220-Welcome\r\n")?.is_complete());
    /// # Ok::<(), ftp_reply::ParseError>(())
    /// ```
    pub const fn is_complete(&self) -> bool {
        matches!(self, Parsed::Complete(_))
    }
}
