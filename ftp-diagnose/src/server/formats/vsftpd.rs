//! vsftpd's own log (`vsftpd_log_file`, or `dual_log_enable`), with the protocol lines of
//! `log_ftp_protocol`, and the same messages sent to syslog (`syslog_enable`):
//!
//! ```text
//! Mon Nov 30 06:54:42 2026 [pid 31569] CONNECT: Client "127.0.0.1"
//! Mon Nov 30 06:54:42 2026 [pid 31569] [ftpreply] FTP command: Client "127.0.0.1", "PASS <password>"
//! Mon Nov 30 06:54:44 2026 [pid 31568] [ftpreply] FAIL LOGIN: Client "127.0.0.1"
//! ```
//!
//! vsftpd 3.0.2 `logging.c` `vsf_log_do_log_vsftpd_format` writes them: the date and the
//! process id (left out for syslog, which adds its own), the user in brackets once known,
//! `OK ` or `FAIL ` before every action but the protocol lines and `CONNECT`, and the client's
//! address. A session runs in up to three processes (the privileged parent logs the login
//! outcome, a new process serves the user after it), so a line from a process not yet seen
//! joins the session of its client that is logging in.

use crate::Stamp;
use crate::server::record::{Record, What};

/// A line of vsftpd's own log.
pub(crate) fn line(line: &str) -> Option<Record<'_>> {
    let (time, rest) = Stamp::split(line)?;
    let rest = rest.strip_prefix(" [pid ")?;
    let (pid, rest) = rest.split_once(']')?;
    let rest = rest.strip_prefix(' ')?;
    let mut record = message(rest)?;
    record.key = pid.parse().ok()?;
    record.time = Some(time);
    Some(record)
}

/// What follows the date and process id: `[user] OK LOGIN: Client "addr"...`.
pub(crate) fn message(text: &str) -> Option<Record<'_>> {
    let (user, text) = match text.strip_prefix('[') {
        Some(rest) => {
            let (user, rest) = rest.split_once(']')?;
            (Some(user), rest.strip_prefix(' ')?)
        }
        None => (None, text),
    };
    // The first colon ends the action; a search for a longer pattern costs more.
    let colon = memchr::memchr(b':', text.as_bytes())?;
    let action = &text[..colon];
    let rest = text[colon..].strip_prefix(": Client \"")?;
    let (client, rest) = rest.split_once('"')?;
    // The quoted line or path that follows, if any.
    let quoted = rest
        .strip_prefix(", \"")
        .and_then(|rest| rest.rsplit_once('"'))
        .map_or("", |(inside, _)| inside);
    let (succeeded, action) = match action.split_once(' ') {
        Some(("OK", action)) => (true, action),
        Some(("FAIL", action)) => (false, action),
        _ => (true, action),
    };
    let what = match action {
        "CONNECT" => What::Opened,
        "FTP command" => What::Command(quoted),
        "FTP response" => What::Reply(quoted),
        "LOGIN" => What::Login { succeeded },
        "DOWNLOAD" | "UPLOAD" => What::Transfer {
            complete: succeeded,
            path: quoted,
        },
        _ => What::Note(text),
    };
    Some(Record::new(Some(client), user, what))
}

#[cfg(test)]
mod tests {
    use super::line;
    use crate::server::record::What;

    #[test]
    fn each_kind_of_line_reads() {
        let read = |text| line(text).unwrap();
        let connect = read("Mon Nov 30 06:54:42 2026 [pid 31569] CONNECT: Client \"127.0.0.1\"");
        assert_eq!(
            (connect.key, connect.client, connect.what),
            (31569, Some("127.0.0.1"), What::Opened)
        );
        let reply = read(
            "Mon Nov 30 06:54:42 2026 [pid 31569] [ftpreply] FTP response: Client \"127.0.0.1\", \
             \"257 \"/home\" is the current directory\"",
        );
        assert_eq!(reply.user, Some("ftpreply"));
        assert_eq!(
            reply.what,
            What::Reply("257 \"/home\" is the current directory")
        );
        let login = read(
            "Mon Nov 30 06:54:44 2026 [pid 31568] [ftpreply] FAIL LOGIN: Client \"127.0.0.1\"",
        );
        assert_eq!(login.what, What::Login { succeeded: false });
        let download = read(
            "Mon Nov 30 06:54:45 2026 [pid 31598] [ftpreply] OK DOWNLOAD: Client \"127.0.0.1\", \
             \"/srv/a b.txt\", 12 bytes, 3.00Kbyte/sec",
        );
        assert_eq!(
            download.what,
            What::Transfer {
                complete: true,
                path: "/srv/a b.txt"
            }
        );
        assert_eq!(line("Mon Nov 30 06:54:45 2026 something else"), None);
    }
}
