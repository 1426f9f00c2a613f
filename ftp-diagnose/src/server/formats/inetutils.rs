//! GNU inetutils ftpd's messages through syslog, with `-l` (logins, and transfers with
//! `-l -l`) and `-d` (every command and reply):
//!
//! ```text
//! ... ftpd[6114]: connection from 192.0.2.7
//! ... ftpd[6114]: command: USER admin
//! ... ftpd[6114]: <--- 530
//! ... ftpd[6114]: Login incorrect.
//! ... ftpd[6114]: FTP LOGIN FAILED FROM 192.0.2.7, admin
//! ```
//!
//! inetutils 2.2 `ftpd/ftpd.c` logs `connection from`, the logins (`FTP LOGIN FROM host as
//! user`, `FTP LOGIN FAILED FROM host, user`) and, in debug mode, each reply as two
//! messages: `<--- ` with the code, then the text (`reply`, `lreply`); `ftpd/ftpcmd.y`
//! logs each command as `command: ` and the idle timeout as `User name timed out after n
//! seconds`. inetd starts one process per connection, so the process id is the session's
//! key.

use crate::Cause;
use crate::server::record::{Record, What};

/// The message after the program and process id.
pub(crate) fn message(text: &str) -> Option<Record<'_>> {
    let mut client = None;
    let mut user = None;
    let mut cause = None;
    let what = if let Some(host) = text.strip_prefix("connection from ") {
        client = Some(host.trim_end());
        What::Opened
    } else if let Some(command) = text.strip_prefix("command: ") {
        What::Command(command)
    } else if let Some(code) = text.strip_prefix("<--- ") {
        What::ReplyCode(code)
    } else if let Some(rest) = text.strip_prefix("FTP LOGIN FAILED FROM ") {
        let (host, name) = rest.split_once(", ")?;
        (client, user) = (Some(host), Some(name));
        What::Login { succeeded: false }
    } else if let Some(rest) = text.strip_prefix("FTP LOGIN FROM ") {
        let (host, name) = rest.split_once(" as ")?;
        (client, user) = (Some(host), Some(name));
        What::Login { succeeded: true }
    } else if text.starts_with("User ") && text.contains(" timed out after ") {
        {
            cause = Some(Cause::IdleTimeout);
            What::Note(text)
        }
    } else if text == "lost connection" {
        What::Closed
    } else {
        What::Note(text)
    };
    Some(Record {
        cause,
        ..Record::new(client, user, what)
    })
}
