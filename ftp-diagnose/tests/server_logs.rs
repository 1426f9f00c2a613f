//! Servers' logs from `tests/logs/server/` (see the README there): each read in its format,
//! split into its sessions, and each session's causes found.

use std::collections::BTreeSet;
use std::fs;

use ftp_diagnose::{Ending, Format, ServerLog, Session, Summary};

/// The sessions of a fixture, read one byte at a time, which splits every line.
fn read(name: &str, format: Format) -> (Vec<Session>, Summary) {
    let path = format!("{}/tests/logs/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = fs::read(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let text = String::from_utf8_lossy(&bytes);
    assert_eq!(Format::detect(text.lines()), Some(format), "{name}");
    let mut log = ServerLog::new(format);
    for byte in bytes.chunks(1) {
        log.push(byte);
    }
    log.finish();
    let mut sessions = Vec::new();
    let mut summary = Summary::default();
    while let Some(session) = log.next_session() {
        summary.add(&session);
        sessions.push(session);
    }
    assert_eq!(log.cut_lines(), 0);
    (sessions, summary)
}

/// Each failed session's client and causes, in the order the sessions started.
fn failures(sessions: &[Session]) -> Vec<(String, Vec<&'static str>)> {
    let mut sessions: Vec<&Session> = sessions.iter().collect();
    sessions.sort_by_key(|session| session.first_line());
    sessions
        .into_iter()
        .filter(|session| session.failed())
        .map(|session| {
            let mut causes: Vec<_> = session.findings().iter().map(|f| f.cause().id()).collect();
            causes.sort_unstable();
            (session.client().unwrap_or("?").to_string(), causes)
        })
        .collect()
}

fn owned(rows: &[(&str, &[&'static str])]) -> Vec<(String, Vec<&'static str>)> {
    rows.iter()
        .map(|(client, causes)| (client.to_string(), causes.to_vec()))
        .collect()
}

/// The address with the most failed logins: its attempts, sessions and user names.
fn guesser(summary: &Summary) -> (String, u64, u64, BTreeSet<String>) {
    let top = summary.failed_logins_by_address(1);
    let top = top.first().expect("failed logins");
    (
        top.address().to_string(),
        top.attempts(),
        top.sessions(),
        top.users().map(str::to_string).collect(),
    )
}

fn names(users: &[&str]) -> BTreeSet<String> {
    users.iter().map(|user| user.to_string()).collect()
}

const MISSING_AND_425: &[&str] = &["data-connection-blocked", "not-found"];
const LOGIN: &[&str] = &["login-failed"];
const GUESSED: &[&str] = &["admin", "administrator", "backup", "ftp", "test"];

/// The logs written from documentation (FileZilla Server 1.x and 0.9, IIS) hold the same
/// four sessions: a healthy one, a password guesser in two sessions, and a session with a
/// missing file and a data connection that failed.
#[test]
fn logs_written_from_documentation() {
    for (name, format) in [
        ("server/filezilla-server-1.log", Format::FileZillaServer),
        (
            "server/filezilla-server-0.9.log",
            Format::FileZillaServerLegacy,
        ),
        // Its replies have codes and no text: a 227 without its address is not malformed.
        ("server/iis-w3c.log", Format::Iis),
    ] {
        let (sessions, summary) = read(name, format);
        assert_eq!((summary.sessions(), summary.failed()), (4, 3), "{name}");
        assert_eq!(
            failures(&sessions),
            owned(&[
                ("203.0.113.45", LOGIN),
                ("192.0.2.77", MISSING_AND_425),
                ("203.0.113.45", LOGIN),
            ]),
            "{name}"
        );
        assert_eq!(
            guesser(&summary),
            ("203.0.113.45".into(), 5, 2, names(GUESSED)),
            "{name}"
        );
        if format == Format::FileZillaServer {
            // No line closes a session that ended with an error.
            let unclosed = sessions.iter().find(|s| s.first_line() == 24);
            assert_eq!(unclosed.map(Session::ending), Some(Ending::Open));
        }
    }
}

#[test]
fn inetutils_ftpd() {
    let (sessions, summary) = read("server/inetutils-ftpd.syslog", Format::Syslog);
    assert_eq!((summary.sessions(), summary.failed()), (3, 2));
    assert_eq!(
        failures(&sessions),
        owned(&[("127.0.0.2", LOGIN), ("127.0.0.3", MISSING_AND_425)])
    );
    // Its replies come as two lines, the code and then the text.
    let healthy = &sessions[0];
    assert_eq!(
        healthy.log().exchanges()[0]
            .replies()
            .next()
            .map(|r| r.to_string()),
        Some("220 localhost FTP server (GNU inetutils 2.4) ready.".to_string())
    );
    assert_eq!(
        guesser(&summary),
        (
            "127.0.0.2".into(),
            3,
            1,
            names(&["admin", "ftpreply", "root"])
        )
    );
}

#[test]
fn pyftpdlib() {
    let (sessions, summary) = read("server/pyftpdlib.log", Format::Pyftpdlib);
    assert_eq!((summary.sessions(), summary.failed()), (3, 2));
    assert_eq!(
        failures(&sessions),
        owned(&[("127.0.0.2", LOGIN), ("127.0.0.3", MISSING_AND_425)])
    );
    // The third refusal is logged after the session's closing line, and still counts.
    assert_eq!(
        guesser(&summary),
        (
            "127.0.0.2".into(),
            3,
            1,
            names(&["admin", "ftpreply", "root"])
        )
    );
}

#[test]
fn vsftpd_protocol_log() {
    let (sessions, summary) = read("vsftpd-protocol.log", Format::Vsftpd);
    assert_eq!((summary.sessions(), summary.failed()), (4, 1));
    assert_eq!(failures(&sessions), owned(&[("127.0.0.1", LOGIN)]));
    // The login outcome and the session after it come from other processes.
    let logged_in = sessions
        .iter()
        .find(|s| s.first_line() == 10)
        .expect("session at 10");
    assert!(
        logged_in
            .log()
            .exchanges()
            .iter()
            .any(|e| e.command_text() == Some("PWD"))
    );
}

#[test]
fn pure_ftpd_at_its_default_level() {
    // The load run's log without the lines of -d -d: no commands, no replies.
    let dir = format!("{}/tests/logs/server/load", env!("CARGO_MANIFEST_DIR"));
    let text = fs::read_to_string(format!("{dir}/pure-ftpd/syslog")).unwrap();
    let quiet: String = text
        .lines()
        .filter(|line| !line.contains("[DEBUG]"))
        .map(|line| format!("{line}\n"))
        .collect();
    let mut log = ServerLog::new(Format::Syslog);
    log.push(quiet.as_bytes());
    log.finish();
    let mut summary = Summary::default();
    let mut failed = BTreeSet::new();
    while let Some(session) = log.next_session() {
        summary.add(&session);
        for finding in session.findings() {
            failed.insert((session.client().unwrap().to_string(), finding.cause().id()));
        }
    }
    assert_eq!(summary.sessions(), 40);
    // What the server's own words show: the refused logins and the missing file.
    let expected: BTreeSet<(String, &str)> = [
        ("127.0.9.9".to_string(), "login-failed"),
        ("127.0.10.12".to_string(), "not-found"),
    ]
    .into_iter()
    .collect();
    assert_eq!(failed, expected);
    assert_eq!(guesser(&summary).1, 3);
}

#[test]
fn a_client_log_is_not_a_server_log() {
    let path = format!(
        "{}/tests/logs/curl-vsftpd-login-failed.log",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = fs::read_to_string(path).unwrap();
    assert_eq!(Format::detect(text.lines()), None);
}

mod hostile {
    use super::*;
    use proptest::prelude::*;

    /// Lines of every fixture, to be shuffled, cut and mixed.
    fn fixture_lines() -> Vec<String> {
        let dir = format!("{}/tests/logs/server", env!("CARGO_MANIFEST_DIR"));
        let mut lines = Vec::new();
        for name in [
            "filezilla-server-1.log",
            "filezilla-server-0.9.log",
            "iis-w3c.log",
            "inetutils-ftpd.syslog",
            "pyftpdlib.log",
            "load/vsftpd/vsftpd.log",
            "load/proftpd/extended.log",
            "load/proftpd/system.log",
            "load/pure-ftpd/syslog",
        ] {
            let text = fs::read(format!("{dir}/{name}")).unwrap();
            let text = String::from_utf8_lossy(&text);
            lines.extend(text.lines().take(400).map(str::to_string));
        }
        lines
    }

    fn sessions(
        format: Format,
        pieces: &mut dyn Iterator<Item = &[u8]>,
    ) -> Vec<(usize, usize, bool)> {
        let mut log = ServerLog::new(format);
        let mut sessions = Vec::new();
        let mut take = |log: &mut ServerLog| {
            while let Some(s) = log.next_session() {
                sessions.push((s.first_line(), s.last_line(), s.failed()));
            }
        };
        for piece in pieces {
            log.push(piece);
            take(&mut log);
        }
        log.finish();
        take(&mut log);
        sessions.sort_unstable();
        sessions
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Lines of any format, mixed, cut short and given in pieces of any size: no panic,
        /// and the pieces give the sessions the whole gives.
        #[test]
        fn mixed_and_cut_lines_in_any_pieces(
            format in 0..Format::ALL.len(),
            picks in proptest::collection::vec((any::<prop::sample::Index>(), 0..200usize), 0..300),
            size in 1..300usize,
        ) {
            let lines = fixture_lines();
            let mut log = Vec::new();
            for (index, cut) in picks {
                let line = index.get(&lines).as_bytes();
                log.extend_from_slice(&line[..line.len().saturating_sub(cut % 8 * (cut % 3))]);
                log.extend_from_slice(if cut % 5 == 0 { b"\r\n" } else { b"\n" });
            }
            let format = Format::ALL[format];
            let whole = sessions(format, &mut std::iter::once(&log[..]));
            let pieces = sessions(format, &mut log.chunks(size));
            prop_assert_eq!(whole, pieces);
        }
    }
}
