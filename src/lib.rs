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
//! - [`Reply`], [`ReplyParser`] and [`ParserConfig`] read replies from the bytes of a
//!   control connection (RFC 959 §4.2), incrementally and without allocating. Readers
//!   lend them from a stream: `ReplyReader` (`std`), `TokioReplyReader` and `ReplyCodec`
//!   (`tokio`), `FuturesReplyReader` (`futures-io`), and, parsing in place in a buffered
//!   stream's own buffer, `BufReplyReader`, `TokioBufReplyReader` and
//!   `FuturesBufReplyReader`; each gives its stream back for the TLS upgrade. [`ReplyWriter`] writes replies, for servers.
//! - [`payload`] reads the data inside replies: passive addresses, paths, sizes, times,
//!   features, restart markers.
//! - [`Command`] knows every command and the replies it can get; [`Command::judge`] gives
//!   the [`Verdict`] on a reply for the command it answers: preliminary, completion,
//!   intermediate, transient or permanent negative, protected, or unexpected, and whether
//!   it was a known [`Deviation`] of real servers.
//! - [`KnownCode::compare`] sets two codes side by side.
//!
//! The `ftpcode` tool, in its own crate beside this one, explains codes on the command
//! line and generates reference pages from these records; the `ftp-diagnose` crate reads
//! the logs people paste when a session fails and names the cause.
//!
//! # Features
//!
//! - `std` (default): [`ReplyReader`][reader], [`BufReplyReader`][buf-reader],
//!   [`ModificationTime::to_system_time`][system-time] and `std::error::Error` for the
//!   error types; enables `alloc`.
//! - `alloc`: [`OwnedReply`][owned].
//! - `tokio`: [`TokioReplyReader`][tokio-reader] over tokio's `AsyncRead`,
//!   [`TokioBufReplyReader`][tokio-buf-reader] over its `AsyncBufRead`, and
//!   [`ReplyCodec`][codec] for tokio-util's `Framed`; enables `std`.
//! - `futures-io`: [`FuturesReplyReader`][futures-reader] over futures-io's `AsyncRead` and
//!   [`FuturesBufReplyReader`][futures-buf-reader] over its `AsyncBufRead`; enables `std`.
//! - `serde`: codes serialize as integers and are validated when deserialized; categories,
//!   groups and standings as `snake_case` strings; [`CodeInfo`] and [`CommandInfo`]
//!   serialize with the fields their `FIELDS` list.
//! - `strum`: strum's `EnumCount`, `VariantArray` and `IntoEnumIterator` for [`KnownCode`],
//!   which [`KnownCode::ALL`] covers without it.
//!
//! Without default features the crate is `#![no_std]` and needs no allocator.
//!
//! Each type above links to its page when its feature is on, and to this list when not.
#![no_std]
#![doc = ""]
#![cfg_attr(feature = "std", doc = "[reader]: ReplyReader")]
#![cfg_attr(not(feature = "std"), doc = "[reader]: crate#features")]
#![cfg_attr(feature = "std", doc = "[buf-reader]: BufReplyReader")]
#![cfg_attr(not(feature = "std"), doc = "[buf-reader]: crate#features")]
#![cfg_attr(
    feature = "std",
    doc = "[system-time]: ModificationTime::to_system_time"
)]
#![cfg_attr(not(feature = "std"), doc = "[system-time]: crate#features")]
#![cfg_attr(feature = "alloc", doc = "[owned]: OwnedReply")]
#![cfg_attr(not(feature = "alloc"), doc = "[owned]: crate#features")]
#![cfg_attr(feature = "tokio", doc = "[tokio-reader]: TokioReplyReader")]
#![cfg_attr(not(feature = "tokio"), doc = "[tokio-reader]: crate#features")]
#![cfg_attr(feature = "tokio", doc = "[tokio-buf-reader]: TokioBufReplyReader")]
#![cfg_attr(not(feature = "tokio"), doc = "[tokio-buf-reader]: crate#features")]
#![cfg_attr(feature = "tokio", doc = "[codec]: ReplyCodec")]
#![cfg_attr(not(feature = "tokio"), doc = "[codec]: crate#features")]
#![cfg_attr(feature = "futures-io", doc = "[futures-reader]: FuturesReplyReader")]
#![cfg_attr(not(feature = "futures-io"), doc = "[futures-reader]: crate#features")]
#![cfg_attr(
    feature = "futures-io",
    doc = "[futures-buf-reader]: FuturesBufReplyReader"
)]
#![cfg_attr(
    not(feature = "futures-io"),
    doc = "[futures-buf-reader]: crate#features"
)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(unsafe_code)]
#![warn(clippy::undocumented_unsafe_blocks)]
#![warn(missing_docs, rust_2018_idioms, unreachable_pub)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(any(test, feature = "std"))]
extern crate std;

mod category;
mod code;
mod command;
mod compare;
mod error;
mod generated;
mod info;
mod known;
#[cfg(feature = "alloc")]
mod owned;
mod parse;
pub mod payload;
#[cfg(feature = "std")]
pub mod read;
mod write;

pub use category::{Category, FunctionGroup};
pub use code::ReplyCode;
pub use command::{Deviation, IntermediateReply, Judgement, Replies, Verdict};
pub use compare::Comparison;
#[cfg(feature = "std")]
pub use error::ReadError;
pub use error::{
    InvalidReplyCode, ParseError, ParseErrorKind, ParseKnownCodeError, PayloadError,
    PayloadErrorKind, PayloadKind, UnknownReplyCode, WriteError,
};
pub use generated::{CodeInfo, Command, CommandInfo, KnownCode};
pub use info::{Note, RfcRef, Standing};
#[cfg(feature = "alloc")]
pub use owned::OwnedReply;
pub use parse::{Frame, Lines, Parsed, ParserConfig, Reply, ReplyFramer, ReplyParser, Text};
pub use payload::{
    ExtendedPassivePort, Features, LongPassiveAddress, ModificationTime, PassiveAddress, Pathname,
    ProtectedPayload, RestartMarker, SystemType,
};
#[cfg(feature = "std")]
pub use read::{BufReplyReader, ReplyReader};
#[cfg(feature = "futures-io")]
pub use read::{FuturesBufReplyReader, FuturesReplyReader};
#[cfg(feature = "tokio")]
pub use read::{ReplyCodec, TokioBufReplyReader, TokioReplyReader};
pub use write::ReplyWriter;

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
