//! Pure-FTPd's messages through syslog:
//!
//! ```text
//! ... pure-ftpd[9887]: (?@192.0.2.7) [INFO] New connection from 192.0.2.7
//! ... pure-ftpd[9887]: (?@192.0.2.7) [DEBUG] Command [user] [anna]
//! ... pure-ftpd[9887]: (?@192.0.2.7) [DEBUG] 331 User anna OK. Password required
//! ... pure-ftpd[9887]: (?@192.0.2.7) [WARNING] Authentication failed for user [anna]
//! ... pure-ftpd[9887]: (anna@192.0.2.7) [INFO] Logout.
//! ```
//!
//! Pure-FTPd 1.0.50 `src/ftpd.c` `logfile` writes `(user@host) [LEVEL] message`, the user
//! `?` until the login; with `-d` it logs each command as `Command [verb] [argument]`
//! (`src/ftp_parser.c`), and with `-d -d` each reply line too, at the `DEBUG` level
//! (`src/ftpd.c`). The texts are those of `src/messages_en.h`. `src/ftpd.c` `error` logs a
//! failure at the `ERROR` level in the system's words (`Can't open name: No such file or
//! directory`), which its reply carries too: without `-d -d`, they are what shows a missing
//! file, a permission refused or a full disk.

use crate::Cause;
use crate::server::record::{Record, What};

/// The message after the program and process id.
pub(crate) fn message(text: &str) -> Option<Record<'_>> {
    let rest = text.strip_prefix('(')?;
    let (who, rest) = rest.split_once(") ")?;
    let (user, client) = who.rsplit_once('@')?;
    let (level, message) = rest.strip_prefix('[')?.split_once("] ")?;
    let mut user = (user != "?").then_some(user);
    let mut cause = None;
    if level == "ERROR" {
        cause = system_error(message);
    }
    let what = if let Some(command) = message.strip_prefix("Command [") {
        // `Command [stor] [name]`: the verb as the server lower-cased it.
        let (verb, argument) = command.split_once("] [")?;
        let argument = argument.strip_suffix(']').unwrap_or(argument);
        What::Words { verb, argument }
    } else if message.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        What::Reply(message)
    } else if message.starts_with("New connection from ") {
        What::Opened
    } else if message == "Logout." {
        What::Closed
    } else if let Some(name) = message.strip_suffix(" is now logged in") {
        user = Some(name);
        What::Login { succeeded: true }
    } else if let Some(name) = message.strip_prefix("Authentication failed for user [") {
        user = name.strip_suffix(']');
        What::Login { succeeded: false }
    } else if let Some((path, _)) = message
        .rsplit_once(" downloaded (")
        .or_else(|| message.rsplit_once(" uploaded ("))
    {
        What::Transfer {
            complete: true,
            path,
        }
    } else if message.starts_with("Timeout") {
        {
            cause = Some(Cause::IdleTimeout);
            What::Note(message)
        }
    } else {
        What::Note(message)
    };
    Some(Record {
        cause,
        ..Record::new(Some(client), user, what)
    })
}

/// The cause the system's words at the end of an error name.
fn system_error(message: &str) -> Option<Cause> {
    let (_, words) = message.rsplit_once(": ")?;
    match words {
        "No such file or directory" => Some(Cause::NotFound),
        "Permission denied" => Some(Cause::PermissionDenied),
        "No space left on device" | "Disk quota exceeded" => Some(Cause::StorageFull),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::message;
    use crate::server::record::What;

    #[test]
    fn commands_replies_and_logins_read() {
        let command = message("(?@192.0.2.7) [DEBUG] Command [stor] [in/a b.bin]").unwrap();
        assert_eq!(
            command.what,
            What::Words {
                verb: "stor",
                argument: "in/a b.bin"
            }
        );
        let reply =
            message("(?@192.0.2.7) [DEBUG] 220-You are user number 1 of 50 allowed.").unwrap();
        assert_eq!(
            reply.what,
            What::Reply("220-You are user number 1 of 50 allowed.")
        );
        let failed =
            message("(?@192.0.2.7) [WARNING] Authentication failed for user [root]").unwrap();
        assert_eq!(
            (failed.user, failed.what),
            (Some("root"), What::Login { succeeded: false })
        );
        let missing =
            message("(anna@192.0.2.7) [ERROR] Can't open pub/a.bin: No such file or directory")
                .unwrap();
        assert_eq!(missing.cause, Some(crate::Cause::NotFound));
        let logout = message("(anna@192.0.2.7) [INFO] Logout.").unwrap();
        assert_eq!(
            (logout.user, logout.client, logout.what),
            (Some("anna"), Some("192.0.2.7"), What::Closed)
        );
    }
}
