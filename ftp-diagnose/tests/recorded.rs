//! The sessions the real-server tests recorded (`tests/sessions/` of the ftp-reply crate, in
//! the project's one recording format) read as logs. Each session logs in once with a wrong
//! password, asks for files that do not exist, sends commands the server does not know and
//! opens a data connection to a closed port (`PORT` then `LIST`); the diagnosis must read
//! every command and reply, find each of those planted failures, and blame nothing the
//! sessions did not do: the servers announced the address the client reached, and the
//! control connection never failed.

use ftp_diagnose::Log;

const SESSIONS: [(&str, &str); 5] = [
    (
        "vsftpd",
        include_str!("../../tests/sessions/vsftpd.session"),
    ),
    (
        "ProFTPD",
        include_str!("../../tests/sessions/proftpd.session"),
    ),
    (
        "Pure-FTPd",
        include_str!("../../tests/sessions/pure-ftpd.session"),
    ),
    (
        "inetutils ftpd",
        include_str!("../../tests/sessions/gnu-inetutils-ftpd.session"),
    ),
    (
        "pyftpdlib",
        include_str!("../../tests/sessions/pyftpdlib.session"),
    ),
];

/// What the sessions planted, found in every one.
const PLANTED: [&str; 4] = [
    "login-failed",
    "not-found",
    "command-unsupported",
    "data-connection-blocked",
];

/// What else the sessions did: refusals of TLS (no server here offers it; Pure-FTPd requires
/// it for one probe), and of writes and PROT where the account may not.
const ALSO_DONE: [&str; 3] = ["tls-unavailable", "tls-required", "permission-denied"];

#[test]
fn every_command_and_reply_of_a_recording_is_read() {
    for (server, text) in SESSIONS {
        let log = Log::read(text).unwrap_or_else(|error| panic!("{server}: {error}"));
        let exchanges = log.exchanges();
        let commands: Vec<&str> = text
            .lines()
            .filter_map(|line| line.strip_prefix("C: "))
            .collect();
        let read: Vec<&str> = exchanges
            .iter()
            .filter_map(|exchange| exchange.command_text())
            .collect();
        assert_eq!(read, commands, "{server}");
        let lines_read: usize = log
            .events()
            .iter()
            .map(|event| event.last_line() - event.line() + 1)
            .sum();
        assert_eq!(
            lines_read,
            text.lines().count(),
            "{server}: every line read"
        );
    }
}

#[test]
fn the_planted_failures_are_found_and_nothing_else_is_blamed() {
    for (server, text) in SESSIONS {
        let findings = Log::read(text).unwrap().findings();
        let causes: Vec<&str> = findings
            .iter()
            .map(|finding| finding.cause().id())
            .collect();
        for planted in PLANTED {
            assert!(
                causes.contains(&planted),
                "{server}: {planted} not in {causes:?}"
            );
        }
        for cause in &causes {
            assert!(
                PLANTED.contains(cause) || ALSO_DONE.contains(cause),
                "{server}: {cause} blamed, but the session did not do it"
            );
        }
    }
}
