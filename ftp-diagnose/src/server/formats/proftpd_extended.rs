//! ProFTPD's `ExtendedLog` of the classes `ALL,CONNECT,EXIT`, in a `LogFormat` that gives
//! the process id (`%P`), the client's address (`%a`), the command (`%r`), the reply's code
//! (`%s`) and, best, its text (`%S`), in that order; or in ProFTPD's default format
//! (`%h %l %u %t "%r" %s %b`), whose sessions are told apart only by the client's address:
//!
//! ```text
//! 2026-12-03 18:19:26,309 9878 192.0.2.7:39932 21 ftp anna STOR "STOR big.bin" 452 "Transfer aborted. No space left on device"
//! 192.0.2.7 UNKNOWN anna [03/Dec/2026:18:19:26 +0000] "STOR big.bin" 452 -
//! ```
//!
//! ProFTPD 1.3.8 `modules/mod_log.c` documents the variables and writes one line per
//! command with its reply; a line of the `CONNECT` class has an empty command, and one of
//! the `EXIT` class the method `EXIT` (`%m`), with the reason the session ended (`%E`;
//! `src/session.c` writes `Timeout exceeded` and `src/data.c` adds `TimeoutStalled during
//! data transfer`).

use crate::server::record::{Record, What, key_of};
use crate::{Cause, Stamp};

/// A line of an `ExtendedLog`.
pub(crate) fn line(line: &str) -> Option<Record<'_>> {
    let (head, rest) = line.split_once(" \"")?;
    let (request, after) = rest.split_once('"')?;
    let mut time = Stamp::split(head).map(|(time, _)| time);
    let mut pid = None;
    let mut client = None;
    // The words that may name the user: the last before the time in brackets (default
    // format) or before the method (`%u %m`), which ends the head in upper case or empty.
    let (mut before_last, mut last) = (None, None);
    for word in head.split(' ') {
        let number = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
        if word.starts_with('[') {
            time = Stamp::parse(word);
            break;
        } else if number && pid.is_none() && client.is_none() && word.len() <= 10 {
            pid = word.parse::<u64>().ok();
        } else if client.is_none() && looks_like_address(word) {
            client = Some(address_of(word));
        } else if client.is_some() && !number {
            (before_last, last) = (last, Some(word));
        }
    }
    let client = client?;
    let (method, user) = match last {
        Some(word) if word.bytes().all(|b| b.is_ascii_uppercase()) => (last, before_last),
        _ => (None, last),
    };
    let user = user.filter(|user| !matches!(*user, "-" | "UNKNOWN"));
    let mut after = after.trim_start().splitn(2, ' ');
    let code = after.next().and_then(|code| code.parse::<u16>().ok());
    let text = after
        .next()
        .and_then(|rest| rest.strip_prefix('"'))
        .and_then(|rest| rest.split_once('"'))
        .map_or("", |(text, _)| text);
    // The reason a session ended (`%E`), where the format gives it.
    let cause = match method {
        Some("EXIT") if line.contains("\"Timeout exceeded: TimeoutStalled") => {
            Some(Cause::DataConnectionBlocked)
        }
        Some("EXIT") if line.contains("\"Timeout exceeded: TimeoutIdle") => {
            Some(Cause::IdleTimeout)
        }
        _ => None,
    };
    let what = if method == Some("EXIT") {
        What::Closed
    } else {
        match (request, code) {
            ("", None) => What::Opened,
            (command, Some(code)) => What::Answered {
                command,
                argument: "",
                code,
                text,
            },
            (command, None) => What::Command(command),
        }
    };
    let key = pid.unwrap_or_else(|| key_of(&[client.as_bytes()]));
    Some(Record {
        key,
        time,
        cause,
        ..Record::new(Some(client), user, what)
    })
}

/// Whether `word` is an IPv4 or IPv6 address, with a port after a colon or not.
fn looks_like_address(word: &str) -> bool {
    let address = address_of(word);
    address.parse::<std::net::IpAddr>().is_ok()
}

/// The address of `192.0.2.7:39932` or `[2001:db8::1]:39932`.
fn address_of(word: &str) -> &str {
    if let Some(rest) = word.strip_prefix('[') {
        return rest.split(']').next().unwrap_or(rest);
    }
    match word.rsplit_once(':') {
        Some((address, port))
            if address.contains('.') && port.bytes().all(|b| b.is_ascii_digit()) =>
        {
            address
        }
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::line;
    use crate::Cause;
    use crate::server::record::What;

    #[test]
    fn both_formats_read() {
        let custom = line(
            "2026-12-03 18:19:26,309 9878 127.0.10.172:39932 37969 ftp ftpreply STOR \
             \"STOR full/up.bin\" 452 \"Transfer aborted. No space left on device\" failed \"No space\" \"\"",
        )
        .unwrap();
        assert_eq!(
            (custom.key, custom.client, custom.user),
            (9878, Some("127.0.10.172"), Some("ftpreply"))
        );
        assert_eq!(
            custom.what,
            What::Answered {
                command: "STOR full/up.bin",
                argument: "",
                code: 452,
                text: "Transfer aborted. No space left on device"
            }
        );
        let opened = line("2026-12-03 18:19:22,571 9878 127.0.10.172:39932 37969 ftp -  \"\" - \"-\" - \"-\" \"\"").unwrap();
        assert_eq!(opened.what, What::Opened);
        let exit = line("2026-12-03 18:19:26,494 9878 127.0.10.172:39932 37969 ftp ftpreply EXIT \"\" - \"-\" - \"-\" \"Quit\"").unwrap();
        assert_eq!(exit.what, What::Closed);
        // The format the README suggests.
        let opened = line("2026-12-03 18:19:22,571 9878 192.0.2.7 -  \"\" - \"-\" \"\"").unwrap();
        assert_eq!(
            (opened.key, opened.user, opened.what),
            (9878, None, What::Opened)
        );
        let idle = line(
            "2026-12-03 18:20:22,571 9878 192.0.2.7 anna EXIT \"\" - \"-\" \"Timeout exceeded: TimeoutIdle\"",
        )
        .unwrap();
        assert_eq!(
            (idle.user, idle.what, idle.cause),
            (Some("anna"), What::Closed, Some(Cause::IdleTimeout))
        );
        let default =
            line("192.0.2.7 UNKNOWN anna [03/Dec/2026:18:19:26 +0000] \"RETR a.txt\" 550 -")
                .unwrap();
        assert_eq!(
            (default.client, default.user),
            (Some("192.0.2.7"), Some("anna"))
        );
        assert_eq!(default.time.unwrap().to_string(), "2026-12-03 18:19:26");
        assert!(matches!(default.what, What::Answered { code: 550, .. }));
    }
}
