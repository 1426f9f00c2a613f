//! ProFTPD's messages about a session, in its `SystemLog` or through syslog:
//!
//! ```text
//! ... proftpd[4322] host (192.0.2.7[192.0.2.7]): FTP session opened.
//! ... proftpd[4322] host (192.0.2.7[192.0.2.7]): USER anna (Login failed): Incorrect password
//! ... proftpd[4322]: host (192.0.2.7[192.0.2.7]) - USER anna: Login successful.
//! ```
//!
//! ProFTPD 1.3.8 `src/log.c` `log_write` puts the server's name and the client, as
//! `name[address]` in parentheses, before each message: followed by `: ` in the
//! `SystemLog`, by ` - ` through syslog. `src/main.c` logs `FTP session opened.`,
//! `src/session.c` `FTP session closed.`, and `modules/mod_auth.c` the logins:
//! `USER name: Login successful.`, `USER name (Login failed): reason`, and for a user
//! that does not exist `USER name: no such user found from ...`.

use crate::Cause;
use crate::server::record::{Record, What};

/// The message after the program and process id.
pub(crate) fn message(text: &str) -> Option<Record<'_>> {
    let text = text.trim_start();
    let (client, message) = match text.split_once(" (") {
        Some((_, rest)) if rest.contains("]) - ") || rest.contains("]): ") => {
            let (inside, message) = rest
                .split_once("]) - ")
                .or_else(|| rest.split_once("]): "))?;
            let address = inside
                .rsplit_once('[')
                .map_or(inside, |(_, address)| address);
            (Some(address), message)
        }
        _ => (None, text),
    };
    let mut user = None;
    let mut cause = None;
    let what = match message {
        "FTP session opened." => What::Opened,
        "FTP session closed." => What::Closed,
        "SECURITY VIOLATION: Root login attempted" => What::Login { succeeded: false },
        _ => match message.strip_prefix("USER ") {
            Some(rest) if rest.ends_with(": Login successful.") => {
                user = rest.split(':').next();
                What::Login { succeeded: true }
            }
            Some(rest) if rest.contains(" (Login failed): ") => {
                user = rest.split(" (Login failed)").next();
                What::Login { succeeded: false }
            }
            Some(rest) if rest.contains(": no such user found from ") => {
                user = rest.split(':').next();
                What::Login { succeeded: false }
            }
            _ => {
                cause = cause_named(message);
                What::Note(message)
            }
        },
    };
    Some(Record {
        cause,
        ..Record::new(client, user, what)
    })
}

/// The cause a message of ProFTPD 1.3.8 names: `modules/mod_core.c` logs the idle timeout,
/// `src/data.c` a stalled data transfer and a transfer aborted by an error.
fn cause_named(message: &str) -> Option<Cause> {
    if message == "Client session idle timeout, disconnected" {
        Some(Cause::IdleTimeout)
    } else if message.starts_with("Data transfer stall timeout") {
        Some(Cause::DataConnectionBlocked)
    } else if message.contains("aborting transfer: No space left on device") {
        Some(Cause::StorageFull)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::message;
    use crate::server::record::What;

    #[test]
    fn the_system_log_and_syslog_forms_read() {
        let opened = message(" host (192.0.2.7[192.0.2.7]): FTP session opened.").unwrap();
        assert_eq!(
            (opened.client, opened.what),
            (Some("192.0.2.7"), What::Opened)
        );
        let failed = message(
            "host (ws.example.net[192.0.2.7]) - USER anna (Login failed): Incorrect password",
        )
        .unwrap();
        assert_eq!(failed.client, Some("192.0.2.7"));
        assert_eq!(
            (failed.user, failed.what),
            (Some("anna"), What::Login { succeeded: false })
        );
        let good = message("host (192.0.2.7[192.0.2.7]): USER anna: Login successful.").unwrap();
        assert_eq!(
            (good.user, good.what),
            (Some("anna"), What::Login { succeeded: true })
        );
    }
}
