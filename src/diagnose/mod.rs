//! Reading the logs people paste when an FTP session fails (feature `diagnose`).
//!
//! [`Log::read`] turns the text of a client's log, a server's protocol log or a raw
//! transcript into [`Event`]s: the commands the client sent (passwords hidden), the replies
//! the server sent (multi-line replies whole), the lines the server sent that are not FTP
//! replies, and the client's own status and error lines. The format is detected; timestamps,
//! Markdown quoting and the indentation of pasted code blocks are taken off.
//! [`Log::exchanges`] pairs each command with its replies and judges them against the
//! command table, so that a reply the command cannot get stands out. [`Log::findings`]
//! names the causes of the trouble, most likely first, each a [`Cause`] with a stable id, an
//! explanation and fixes for the user, the client's author and the server's administrator.
//!
//! ```
//! use ftp_reply::diagnose::{EventKind, Log, LogFormat};
//!
//! let pasted = "\
//! > USER anna
//! < 331 Please specify the password.
//! > PASS secret
//! < 530 Login incorrect.
//! * Access denied: 530
//! ";
//! let log = Log::read(pasted)?;
//! assert_eq!(log.format(), LogFormat::Curl);
//! let EventKind::Command(pass) = log.events()[2].kind() else { unreachable!() };
//! assert_eq!(pass, "PASS ********");
//! let EventKind::Reply(reply) = log.events()[3].kind() else { unreachable!() };
//! assert_eq!(reply.code().as_u16(), 530);
//! # Ok::<(), ftp_reply::diagnose::NotALog>(())
//! ```

mod cause;
mod clue;
mod exchange;
mod finding;
mod line;
mod log;
mod rules;

pub use crate::generated::{Cause, CauseInfo};
pub use exchange::Exchange;
pub use finding::Finding;
pub use log::{Event, EventKind, Log, LogFormat, NotALog};
