//! Exchanges recorded from real servers, shown as examples on the pages.
//!
//! `data/sessions/` holds the session of ftp-reply's real-server tests against each server,
//! recorded with `FTP_REPLY_RECORD_DIR` (passwords hidden): `C: ` before each command the
//! client sent, `S: ` before each line the server answered.

use std::sync::OnceLock;

use ftp_reply::{Command, KnownCode};

use super::document::Exchange;

/// The servers and their recorded sessions.
const SESSIONS: [(&str, &str); 5] = [
    (
        "vsftpd 3.0.3",
        include_str!("../../data/sessions/vsftpd.session"),
    ),
    (
        "ProFTPD 1.3.8",
        include_str!("../../data/sessions/proftpd.session"),
    ),
    (
        "Pure-FTPd 1.0.50",
        include_str!("../../data/sessions/pure-ftpd.session"),
    ),
    (
        "GNU inetutils ftpd 2.4",
        include_str!("../../data/sessions/gnu-inetutils-ftpd.session"),
    ),
    (
        "pyftpdlib 2.2.0",
        include_str!("../../data/sessions/pyftpdlib.session"),
    ),
];

/// One command and the replies the server sent to it (or, first, the greeting).
struct Step<'a> {
    command: Option<&'a str>,
    replies: Vec<&'a str>,
}

/// The servers with the steps of their sessions, read once.
fn sessions() -> &'static [(&'static str, Vec<Step<'static>>)] {
    static SESSIONS_READ: OnceLock<Vec<(&str, Vec<Step<'static>>)>> = OnceLock::new();
    SESSIONS_READ.get_or_init(|| {
        SESSIONS
            .iter()
            .map(|&(server, session)| (server, steps(session)))
            .collect()
    })
}

/// The steps of a session.
fn steps(session: &str) -> Vec<Step<'_>> {
    let mut steps = vec![Step {
        command: None,
        replies: Vec::new(),
    }];
    for line in session.lines() {
        if let Some(command) = line.strip_prefix("C: ") {
            steps.push(Step {
                command: Some(command),
                replies: Vec::new(),
            });
        } else if let (Some(reply), Some(step)) = (line.strip_prefix("S: "), steps.last_mut()) {
            step.replies.push(reply);
        }
    }
    steps
}

fn exchange(server: &str, step: &Step<'_>) -> Exchange {
    let mut lines: Vec<(bool, String)> = step
        .command
        .map(|command| (true, command.to_string()))
        .into_iter()
        .collect();
    lines.extend(
        step.replies
            .iter()
            .map(|reply| (false, (*reply).to_string())),
    );
    Exchange {
        server: server.to_string(),
        lines,
    }
}

/// Whether a reply line is the last line of a reply with `code`.
fn ends_with_code(line: &str, code: KnownCode) -> bool {
    line.strip_prefix(code.as_reply_code().to_string().as_str())
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// Whether the command of `step` may get `code` by the RFCs, not only as a deviation.
fn by_the_rfcs(step: &Step<'_>, code: KnownCode) -> bool {
    let verb = step.command.and_then(|line| line.split(' ').next());
    verb.and_then(|verb| Command::from_verb(verb.as_bytes()))
        .is_none_or(|command| command.judge(code.as_reply_code()).deviation().is_none())
}

/// Up to `limit` exchanges, each from another server, in which a reply had `code`; one in
/// which the command may get the code by the RFCs comes before a deviation.
pub(crate) fn for_code(code: KnownCode, limit: usize) -> Vec<Exchange> {
    sessions()
        .iter()
        .filter_map(|(server, steps)| {
            let with_code =
                |step: &&Step<'_>| step.replies.iter().any(|line| ends_with_code(line, code));
            let step = steps
                .iter()
                .filter(with_code)
                .find(|step| by_the_rfcs(step, code))
                .or_else(|| steps.iter().find(with_code))?;
            Some(exchange(server, step))
        })
        .take(limit)
        .collect()
}

/// Up to `limit` exchanges, each from another server, in which the client sent `command`.
pub(crate) fn for_command(command: Command, limit: usize) -> Vec<Exchange> {
    let verb = command.verb();
    sessions()
        .iter()
        .filter_map(|(server, steps)| {
            steps
                .iter()
                .find(|step| {
                    step.command
                        .is_some_and(|line| line.split(' ').next().is_some_and(|word| word == verb))
                })
                .map(|step| exchange(server, step))
        })
        .take(limit)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
