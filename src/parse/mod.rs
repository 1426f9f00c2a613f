//! Reading replies from the bytes of a control connection (RFC 959 §4.2).
//!
//! A reply is a line `ddd text`, or several lines from `ddd-text` to the first line that
//! starts with the same `ddd` and a space. Lines in between are text, whatever they hold.

mod config;
mod decoder;
mod reply;

pub use config::ParserConfig;
pub use decoder::Decoder;
pub use reply::{Lines, Reply};

/// The outcome of parsing bytes that may hold only part of a reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status<T> {
    /// A whole reply was parsed.
    Complete(T),
    /// The input ends inside a reply: read more and parse again.
    Partial,
}

impl<T> Status<T> {
    /// The complete value, if there is one.
    pub fn complete(self) -> Option<T> {
        match self {
            Status::Complete(value) => Some(value),
            Status::Partial => None,
        }
    }

    /// Whether more input is needed.
    pub const fn is_partial(&self) -> bool {
        matches!(self, Status::Partial)
    }
}
