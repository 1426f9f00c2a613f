//! Reads what people paste when an FTP session fails, and names the cause and its fix.
//!
//! [`Log::read`] reads any text, each line on its own: a client's log in any of dozens of
//! formats and languages (FileZilla, WinSCP, curl, lftp, rclone, FluentFTP, Node's and
//! Python's libraries, .NET, Java, PHP, command-line `ftp`), an exception with its stack
//! trace, one line from a CI job, a server's log line pasted below. A reply or a command is
//! found in whatever wrapping it came (`Response:`, `< `, `*resp* '...'`, `Received response
//! [...]`, quoted with `\r\n` escapes), a reply quoted inside an error message is read as one
//! (`ftplib.error_perm: 550 ...`, `(530) Not logged in.`), and the messages clients print are
//! known from their sources ([`Client`], `data/clients/`). Only text with nothing of FTP in
//! it is refused ([`NotALog`]).
//!
//! [`Log::findings`] names the causes of the trouble, most likely first, each a [`Cause`]
//! with a stable id, the lines that show it, whether the log states it or it is inferred
//! ([`Certainty`]), and what the user, the client's author and the server's administrator can
//! do. The [`RULES`] say what evidence is read, and [`REPLY_RULES`] which cause a negative
//! reply shows, in order. When nothing is found, [`Log::lacks`] says what the log is missing
//! and [`Client::better_log`] how to get a fuller one.
//!
//! A server's log, where many sessions are interleaved, is read by [`ServerLog`] instead: as
//! a stream, in any of the [`Format`]s of vsftpd, ProFTPD, Pure-FTPd, GNU inetutils ftpd,
//! pyftpdlib, FileZilla Server and IIS, into [`Session`]s diagnosed with the same causes, and
//! added up by [`Summary`] for the server's administrator.
//!
//! ```
//! use ftp_diagnose::{Cause, Certainty, EventKind, Log};
//!
//! let pasted = "\
//! Status:\tConnecting to 203.0.113.5:21...
//! Response:\t220 Ready
//! Command:\tUSER anna
//! Response:\t331 Password required
//! Command:\tPASS ********
//! Response:\t530 Login incorrect.
//! Error:\tCritical error: Could not connect to server
//! ";
//! let log = Log::read(pasted)?;
//! assert_eq!(log.client().map(|client| client.name()), Some("FileZilla"));
//! let EventKind::Command(pass) = log.events()[4].kind() else { unreachable!() };
//! assert_eq!(pass, "PASS ********");
//! let findings = log.findings();
//! assert_eq!(findings[0].cause(), Cause::LoginFailed);
//! assert_eq!(findings[0].certainty(), Certainty::Stated);
//!
//! // One line from a CI job is enough.
//! let log = Log::read("ftplib.error_perm: 530 Non-anonymous sessions must use encryption.")?;
//! assert_eq!(log.findings()[0].cause(), Cause::TlsRequired);
//! # Ok::<(), ftp_diagnose::NotALog>(())
//! ```
#![warn(missing_docs, rust_2018_idioms, unreachable_pub)]

mod cause;
mod client;
mod clue;
mod exchange;
mod finding;
mod generated;
mod line;
mod log;
mod paste;
mod prefix;
mod quoted;
mod rules;
mod server;
mod socket_error;
mod typed;
mod words;

pub use client::{Client, Means, Message};
pub use exchange::Exchange;
pub use finding::{Certainty, Finding};
pub use generated::{Cause, CauseInfo, SocketError};
pub use log::{Event, EventKind, Lack, Log, NotALog};
pub use rules::{REPLY_RULES, RULES, ReplyRule, Rule};
pub use server::{
    AddressFailures, CauseCount, Ending, Example, FailedLogin, Format, ServerLog, Session, Stamp,
    Summary,
};

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
