//! What one line of a server's log says, once its format has read it.

use crate::{Cause, Stamp};

/// One line of a server's log, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Record<'a> {
    /// What ties the line to its session: a process id, a session number, a client's address
    /// and port, hashed.
    pub(crate) key: u64,
    pub(crate) time: Option<Stamp>,
    /// The client's address, as the log writes it.
    pub(crate) client: Option<&'a str>,
    /// The user the session has logged in (or tries to), when the line names one.
    pub(crate) user: Option<&'a str>,
    pub(crate) what: What<'a>,
    /// The cause the server's own words name, such as an idle timeout.
    pub(crate) cause: Option<Cause>,
}

impl<'a> Record<'a> {
    /// What a line says of the session of `client` and `user`; its key, time and cause are
    /// the format's to add.
    pub(crate) const fn new(
        client: Option<&'a str>,
        user: Option<&'a str>,
        what: What<'a>,
    ) -> Self {
        Record {
            key: 0,
            time: None,
            client,
            user,
            what,
            cause: None,
        }
    }
}

/// What a line says of its session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum What<'a> {
    /// A client connected: a session starts.
    Opened,
    /// The session ended.
    Closed,
    /// A command the client sent.
    Command(&'a str),
    /// A command the client sent, as its verb (in any case) and its argument.
    Words { verb: &'a str, argument: &'a str },
    /// A line of a reply the server sent, its code first; several lines may come in one,
    /// separated by `\n` or written as `\r\n` escapes.
    Reply(&'a str),
    /// The code of a reply whose text is the session's next line (`550 ` or `220- `).
    ReplyCode(&'a str),
    /// A command and the code of the reply it got, on one line (IIS, ProFTPD's
    /// `ExtendedLog`); the command's argument where the log gives it apart (with `+` for
    /// spaces), and the text of the reply where the log gives one.
    Answered {
        command: &'a str,
        argument: &'a str,
        code: u16,
        text: &'a str,
    },
    /// The server's own words on a login: whether it succeeded.
    Login { succeeded: bool },
    /// A transfer the server logged when it ended, and whether it ended complete.
    Transfer { complete: bool, path: &'a str },
    /// Anything else the server wrote about the session.
    Note(&'a str),
}

/// FNV-1a of `parts`, one after the other: the key of a session named by text (an address
/// and port, a session id).
pub(crate) fn key_of(parts: &[&[u8]]) -> u64 {
    parts
        .iter()
        .flat_map(|part| part.iter())
        .fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        })
}
