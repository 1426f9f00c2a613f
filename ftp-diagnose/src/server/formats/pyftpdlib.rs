//! pyftpdlib's log, with the commands and replies of its debug level (`-D`):
//!
//! ```text
//! [I 2026-12-03 18:16:39] 127.0.0.1:45047-[] FTP session opened (connect)
//! [D 2026-12-03 18:16:39] 127.0.0.1:45047-[anna] <- PASS ******
//! [D 2026-12-03 18:16:42] 127.0.0.2:33827-[] -> 530 Authentication failed.
//! [I 2026-12-03 18:16:42] 127.0.0.2:33827-[] USER 'admin' failed login.
//! ```
//!
//! pyftpdlib 2.2.0 `pyftpdlib/log.py` writes the level's letter and the time in brackets;
//! `pyftpdlib/handlers/ftp/control.py` (`FTPHandler`) puts the client's address and port
//! and the user before each message of a session (`log_prefix`), and logs `<- ` for a
//! command and `-> ` for a reply (`logline`), the session's opening and closing, the
//! logins (`handle_auth_success`, `handle_auth_failed`) and the transfers
//! (`log_transfer`: `RETR path completed=1 bytes=n seconds=s`).

use crate::Stamp;
use crate::server::record::{Record, What, key_of};

/// A line of pyftpdlib's log.
pub(crate) fn line(line: &str) -> Option<Record<'_>> {
    let rest = line.strip_prefix('[')?;
    rest.as_bytes().get(1).filter(|&&b| b == b' ')?;
    let (time, rest) = Stamp::split(line)?;
    let (address, rest) = rest.strip_prefix(' ')?.split_once("-[")?;
    let (user, message) = rest.split_once("] ")?;
    let (client, _port) = address.rsplit_once(':')?;
    let mut user = (!user.is_empty()).then_some(user);
    let what = if let Some(command) = message.strip_prefix("<- ") {
        What::Command(command)
    } else if let Some(reply) = message.strip_prefix("-> ") {
        What::Reply(reply)
    } else if message == "FTP session opened (connect)" {
        What::Opened
    } else if message.starts_with("FTP session closed") {
        What::Closed
    } else if let Some(rest) = message.strip_prefix("USER '") {
        let (name, outcome) = rest.split_once("' ")?;
        user = Some(name);
        What::Login {
            succeeded: outcome == "logged in.",
        }
    } else if let Some((head, completed)) = message.split_once(" completed=") {
        let path = head.split_once(' ').map_or(head, |(_, path)| path);
        What::Transfer {
            complete: completed.starts_with('1'),
            path,
        }
    } else {
        What::Note(message)
    };
    let client = client.trim_start_matches('[').trim_end_matches(']');
    Some(Record {
        key: key_of(&[address.as_bytes()]),
        time: Some(time),
        ..Record::new(Some(client), user, what)
    })
}

#[cfg(test)]
mod tests {
    use super::line;
    use crate::server::record::What;

    #[test]
    fn a_session_reads() {
        let opened =
            line("[I 2026-12-03 18:16:39] 127.0.0.1:45047-[] FTP session opened (connect)")
                .unwrap();
        assert_eq!(
            (opened.client, opened.what),
            (Some("127.0.0.1"), What::Opened)
        );
        let reply =
            line("[D 2026-12-03 18:16:42] 127.0.0.2:33827-[] -> 530 Authentication failed.")
                .unwrap();
        assert_eq!(reply.what, What::Reply("530 Authentication failed."));
        let failed =
            line("[I 2026-12-03 18:16:42] 127.0.0.2:33827-[] USER 'admin' failed login.").unwrap();
        assert_eq!(
            (failed.user, failed.what),
            (Some("admin"), What::Login { succeeded: false })
        );
        assert_eq!(failed.key, reply.key);
        let sent = line("[I 2026-12-03 18:16:39] 127.0.0.1:45047-[anna] RETR /srv/a b.csv completed=0 bytes=0 seconds=0.1").unwrap();
        assert_eq!(
            sent.what,
            What::Transfer {
                complete: false,
                path: "/srv/a b.csv"
            }
        );
        assert_eq!(
            line("[I 2026-12-03 18:16:37] concurrency model: async"),
            None
        );
    }
}
