//! FTP reply codes, typed and documented.
//!
//! Every reply an FTP server sends starts with a three-digit code. This crate knows all of
//! them: the codes of RFC 959 and its extensions (RFC 1123, 1639, 2228, 2389, 2428, 2640,
//! 3659, 4217, 7151) and the de facto codes that real servers send. Each code comes with the
//! RFC's own short text, what it means, when you see it, how to fix it, the RFC sections that
//! define it and the commands that can produce it.
//!
//! ```
//! use ftp_reply::{Category, KnownCode, ReplyCode};
//!
//! let code: ReplyCode = "530".parse()?;
//! assert_eq!(code.category(), Category::PermanentNegative);
//! assert!(!code.is_retryable());
//!
//! let known = code.known().expect("530 is in the catalogue");
//! assert_eq!(known, KnownCode::NotLoggedIn);
//! assert_eq!(known.canonical_text(), "Not logged in.");
//! println!("{}", known.how_to_fix());
//!
//! // Codes the catalogue does not know keep their number.
//! let odd = ReplyCode::from_u16(299)?;
//! assert_eq!(odd.known(), None);
//! assert!(odd.is_positive_completion());
//! # Ok::<(), ftp_reply::InvalidReplyCode>(())
//! ```
//!
//! # What is inside
//!
//! - [`ReplyCode`] holds any well-formed code: three digits, the first from 1 to 6. It is
//!   what a parser returns, because servers send codes no RFC defines.
//! - [`KnownCode`] is the typed enum of every catalogued code, with the code as its
//!   discriminant (`KnownCode::ServiceReady as u16 == 220`), and [`CodeInfo`] its record;
//!   looking one up allocates nothing.
//! - [`Category`] (first digit) and [`FunctionGroup`] (second digit) classify any code.
//! - [`Reply`], [`Decoder`] and [`ParserConfig`] read replies from the bytes of a control
//!   connection (RFC 959 §4.2), incrementally and without allocating; `ReplyReader` (`std`) reads
//!   them from any `BufRead`. [`ReplyWriter`] writes them, for servers.
//! - [`payload`] reads the data inside replies: passive addresses, paths, sizes, times,
//!   features, restart markers.
//! - [`Command`] knows every command and the replies it can get; [`Command::judge`] says what
//!   a reply means for the command it answers. [`KnownCode::compare`] sets two codes side by
//!   side.
//! - With the `docs` feature, [`docs`](crate#features) generates reference pages.
//!
//! # Features
//!
//! - `std` (default): implements `std::error::Error` for the error types; enables `alloc`.
//! - `alloc`: [`OwnedReply`](crate#features) and other types that need an allocator.
//! - `docs`: `docs::site`, the reference pages in Markdown, HTML or JSON; enables `alloc`.
//! - `serde`: codes serialize as integers and are validated when deserialized; categories,
//!   groups and statuses as `snake_case` strings; [`CodeInfo`] serializes with the field
//!   names of the `ftpcode --json` explainer.
//!
//! Without default features the crate is `#![no_std]` and needs no allocator.
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs, rust_2018_idioms, unreachable_pub)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod category;
mod code;
mod command;
mod command_table;
mod compare;
#[cfg(feature = "docs")]
pub mod docs;
mod error;
mod info;
mod known;
#[cfg(feature = "alloc")]
mod owned;
mod parse;
pub mod payload;
#[cfg(feature = "std")]
mod read;
mod table;
mod write;

pub use category::{Category, FunctionGroup};
pub use code::ReplyCode;
pub use command::{
    Command, CommandInfo, Deviation, Intermediate, Judgement, Mode, Replies, Verdict,
};
pub use compare::{Comparison, NextStep, Role};
pub use error::{
    InvalidReplyCode, ParseError, ParseErrorKind, ParseKnownCodeError, PayloadError,
    PayloadErrorKind, UnknownReplyCode, WriteError,
};
pub use info::{CodeInfo, Note, RfcRef, Standing};
#[cfg(feature = "alloc")]
pub use owned::OwnedReply;
pub use parse::{Decoder, Lines, ParserConfig, Reply, Status};
pub use payload::{
    ExtendedPassivePort, Features, LongPassiveAddress, ModificationTime, PassiveAddress, Pathname,
    ProtectedPayload, RestartMarker, SystemType,
};
#[cfg(feature = "std")]
pub use read::{ReadError, ReplyReader};
pub use table::KnownCode;
pub use write::ReplyWriter;

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
