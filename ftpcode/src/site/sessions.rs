//! Exchanges recorded from real servers, shown as examples on the pages.
//!
//! `tests/sessions/` of the ftp-reply crate holds the session of its real-server tests
//! against each server, in the project's one recording format (its README describes it).
//! They are read here as the diagnosis reads any log, into [`ftp_diagnose::Exchange`]s: a
//! command and the replies the server sent to it.

use std::sync::OnceLock;

use ftp_diagnose::Log;
use ftp_reply::{Command, KnownCode};

use super::document::Exchange;

/// The servers and their recorded sessions.
const SESSIONS: [(&str, &str); 5] = [
    (
        "vsftpd 3.0.3",
        include_str!("../../../tests/sessions/vsftpd.session"),
    ),
    (
        "ProFTPD 1.3.8",
        include_str!("../../../tests/sessions/proftpd.session"),
    ),
    (
        "Pure-FTPd 1.0.50",
        include_str!("../../../tests/sessions/pure-ftpd.session"),
    ),
    (
        "GNU inetutils ftpd 2.4",
        include_str!("../../../tests/sessions/gnu-inetutils-ftpd.session"),
    ),
    (
        "pyftpdlib 2.2.0",
        include_str!("../../../tests/sessions/pyftpdlib.session"),
    ),
];

/// The servers with their sessions read as logs, once.
fn logs() -> &'static [(&'static str, Log)] {
    static LOGS: OnceLock<Vec<(&str, Log)>> = OnceLock::new();
    LOGS.get_or_init(|| {
        SESSIONS
            .iter()
            .filter_map(|&(server, session)| Some((server, Log::read(session).ok()?)))
            .collect()
    })
}

/// The servers with the exchanges of their sessions, found once.
fn sessions() -> &'static [(&'static str, Vec<ftp_diagnose::Exchange<'static>>)] {
    static SESSIONS_READ: OnceLock<Vec<(&str, Vec<ftp_diagnose::Exchange<'static>>)>> =
        OnceLock::new();
    SESSIONS_READ.get_or_init(|| {
        logs()
            .iter()
            .map(|(server, log)| (*server, log.exchanges()))
            .collect()
    })
}

/// A recorded exchange as a page shows it: the command, then each line of each reply.
fn example(server: &str, exchange: &ftp_diagnose::Exchange<'_>) -> Exchange {
    let command = exchange.command_text().map(|line| (true, line.to_string()));
    let replies = exchange.replies().flat_map(|reply| {
        String::from_utf8_lossy(reply.raw())
            .lines()
            .map(|line| (false, line.to_string()))
            .collect::<Vec<_>>()
    });
    Exchange {
        server: server.to_string(),
        lines: command.into_iter().chain(replies).collect(),
    }
}

/// Whether `exchange`'s command may get `code` by the RFCs, not only as a deviation.
fn by_the_rfcs(exchange: &ftp_diagnose::Exchange<'_>, code: KnownCode) -> bool {
    exchange
        .command()
        .is_none_or(|command| command.judge(code.as_reply_code()).deviation().is_none())
}

/// Up to `limit` exchanges, each from another server, in which a reply had `code`; one in
/// which the command may get the code by the RFCs comes before a deviation.
pub(crate) fn for_code(code: KnownCode, limit: usize) -> Vec<Exchange> {
    sessions()
        .iter()
        .filter_map(|(server, exchanges)| {
            let with_code = |exchange: &&ftp_diagnose::Exchange<'_>| {
                exchange.replies().any(|reply| reply.code() == code)
            };
            let found = exchanges
                .iter()
                .filter(with_code)
                .find(|exchange| by_the_rfcs(exchange, code))
                .or_else(|| exchanges.iter().find(with_code))?;
            Some(example(server, found))
        })
        .take(limit)
        .collect()
}

/// Up to `limit` exchanges, each from another server, in which the client sent `command`.
pub(crate) fn for_command(command: Command, limit: usize) -> Vec<Exchange> {
    sessions()
        .iter()
        .filter_map(|(server, exchanges)| {
            let found = exchanges
                .iter()
                .find(|exchange| exchange.command() == Some(command))?;
            Some(example(server, found))
        })
        .take(limit)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_recorded_session_reads_as_a_log() {
        assert_eq!(sessions().len(), SESSIONS.len());
        for ((server, exchanges), (_, text)) in sessions().iter().zip(SESSIONS) {
            let commands = text.lines().filter(|line| line.starts_with("C: ")).count();
            assert_eq!(
                exchanges.len(),
                commands + 1,
                "{server}: the greeting and each command"
            );
            let lines: usize = exchanges
                .iter()
                .map(|exchange| example(server, exchange).lines.len())
                .sum();
            assert_eq!(
                lines,
                text.lines().count(),
                "{server}: every line in an exchange"
            );
        }
    }

    #[test]
    fn exchanges_come_from_the_recorded_sessions() {
        let login = for_code(KnownCode::NotLoggedIn, 5);
        assert_eq!(login.len(), 5, "every server refused a login");
        assert!(login.iter().all(|exchange| exchange.lines[0].0));
        let passive = for_command(Command::Pasv, 2);
        assert_eq!(passive[0].lines[0], (true, "PASV".to_string()));
        assert!(passive[0].lines[1].1.starts_with("227 "));
        let greeting = for_code(KnownCode::ServiceReady, 1);
        assert!(
            !greeting[0].lines[0].0,
            "the greeting comes before any command"
        );
        // The probes at the end of each session: a refused data connection.
        let refused = for_code(KnownCode::CantOpenDataConnection, 5);
        assert!(refused.iter().any(|exchange| exchange.lines[0].1 == "LIST"));
        // No server protects its replies in these sessions.
        assert!(for_code(KnownCode::ConfidentialityAndIntegrityProtected, 5).is_empty());
    }
}
