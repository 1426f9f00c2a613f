//! FileZilla Server 0.9's log:
//!
//! ```text
//! (000041) 03/12/2026 18:10:08 - (not logged in) (198.51.100.23)> USER deploy
//! (000041) 03/12/2026 18:10:08 - deploy (198.51.100.23)> 230 Logged on
//! (000043) 03/12/2026 18:10:33 - reports (192.0.2.77)> disconnected.
//! ```
//!
//! FileZilla Server 0.9.60 `source/Server.cpp` (`CServer::OnServerMessage`, `ShowStatus`)
//! writes the connection's number in six digits, the date in the short form of the Windows
//! user's locale and the time in its time format, the user and the client's address;
//! `source/ControlSocket.cpp` names the user `(not logged in)` before the login, and logs
//! every command received and every reply line sent, and `disconnected.` at the end;
//! `source/ServerThread.cpp` logs `Connected on port 21, sending welcome message...` at the
//! start. A date with dots is read day first; one with slashes month first, as in the
//! United States, unless its first number is over 12: a day and month that cannot be told
//! apart, as in `03/12/2026` in the British locale of `tests/logs/server/`, read as 12 March.

use crate::Stamp;
use crate::server::record::{Record, What};

/// A line of FileZilla Server 0.9's log.
pub(crate) fn line(line: &str) -> Option<Record<'_>> {
    let rest = line.strip_prefix('(')?;
    let (number, rest) = rest.split_once(") ")?;
    if number.len() != 6 {
        return None;
    }
    let (stamp, rest) = rest.split_once(" - ")?;
    let (who, rest) = rest
        .rsplit_once(")> ")
        .map_or((None, ""), |(who, message)| (Some(who), message));
    let (who, client) = who?.rsplit_once(" (")?;
    let message = rest;
    let user = (who != "(not logged in)").then_some(who);
    let what = if message.starts_with("Connected")
        && message.ends_with("sending welcome message...")
    {
        What::Opened
    } else if message.ends_with("disconnected.") {
        What::Closed
    } else if message.as_bytes().first().is_some_and(u8::is_ascii_digit) || message.starts_with(' ')
    {
        What::Reply(message)
    } else {
        What::Command(message)
    };
    Some(Record {
        key: number.parse().ok()?,
        time: Stamp::local(stamp),
        ..Record::new(Some(client), user, what)
    })
}

#[cfg(test)]
mod tests {
    use super::line;
    use crate::server::record::What;

    #[test]
    fn session_lines_read() {
        let command =
            line("(000041) 03/12/2026 18:10:08 - (not logged in) (198.51.100.23)> USER deploy")
                .unwrap();
        assert_eq!(
            (command.key, command.client, command.user),
            (41, Some("198.51.100.23"), None)
        );
        assert_eq!(command.what, What::Command("USER deploy"));
        let reply =
            line("(000041) 13/12/2026 18:10:08 - deploy (198.51.100.23)> 230 Logged on").unwrap();
        assert_eq!(
            (reply.user, reply.what),
            (Some("deploy"), What::Reply("230 Logged on"))
        );
        assert_eq!(reply.time.unwrap().to_string(), "2026-12-13 18:10:08");
        let gone =
            line("(000043) 12/3/2026 6:10:33 PM - reports (192.0.2.77)> disconnected.").unwrap();
        assert_eq!(
            (gone.what, gone.time.unwrap().to_string().as_str()),
            (What::Closed, "2026-12-03 18:10:33")
        );
        assert_eq!(line("Server online."), None);
    }
}
