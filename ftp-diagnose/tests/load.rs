//! Ground truth from load: the logs that real servers wrote while `tests/load/ftp_load.py`
//! drove them with concurrent sessions, some planted to fail, are diagnosed, and every
//! planted failure must be found with its cause, and no healthy session blamed.
//!
//! A run recorded here (`tests/logs/server/load/`) is read by every test run; `.ci/run`
//! runs the generator afresh and then the ignored test, with `FTP_LOAD_DIR` naming its
//! output.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::{env, fs};

use ftp_diagnose::{Cause, Format, ServerLog, Session, Summary};
use serde_json::Value;

/// Every session of the log at `path`, read in `expected` format.
fn sessions(path: &Path, expected: Format) -> (Vec<Session>, Summary) {
    let bytes = fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let text = String::from_utf8_lossy(&bytes);
    assert_eq!(
        Format::detect(text.lines()),
        Some(expected),
        "{} is read as {expected:?}",
        path.display()
    );
    let mut log = ServerLog::new(expected);
    let mut sessions = Vec::new();
    let mut summary = Summary::default();
    // In pieces, as `ftpcode diagnose` reads.
    for piece in bytes.chunks(64 * 1024) {
        log.push(piece);
        while let Some(session) = log.next_session() {
            summary.add(&session);
            sessions.push(session);
        }
    }
    log.finish();
    while let Some(session) = log.next_session() {
        summary.add(&session);
        sessions.push(session);
    }
    (sessions, summary)
}

/// The format of each log, by the id the generator gives it.
fn format_of(id: &str) -> Format {
    Format::ALL
        .into_iter()
        .find(|format| format.id() == id)
        .unwrap_or_else(|| panic!("a log format the test does not know: {id}"))
}

/// Whether the log has the commands and replies, where every planted failure shows; the
/// others (ProFTPD's system log, the transfer logs) have some of them.
fn has_commands(sessions: &[Session]) -> bool {
    sessions.iter().any(|session| {
        session
            .log()
            .exchanges()
            .iter()
            .any(|exchange| exchange.command_text().is_some())
    })
}

#[test]
fn a_recorded_load_run() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/logs/server/load");
    planted_failures_are_found_and_healthy_sessions_are_not_blamed(&dir);
}

#[test]
#[ignore = "needs the logs of tests/load/ftp_load.py: run by .ci/run"]
fn a_fresh_load_run() {
    let dir = env::var("FTP_LOAD_DIR").unwrap_or_else(|_| "/tmp/ftp-load".into());
    planted_failures_are_found_and_healthy_sessions_are_not_blamed(Path::new(&dir));
}

fn planted_failures_are_found_and_healthy_sessions_are_not_blamed(dir: &Path) {
    let truth: Value =
        serde_json::from_slice(&fs::read(dir.join("truth.json")).expect("truth.json")).unwrap();
    let servers = truth["servers"].as_object().expect("servers");
    assert!(servers.len() >= 3, "vsftpd, ProFTPD and Pure-FTPd at least");
    let mut report = Vec::new();
    for (server, facts) in servers {
        let planted: Vec<&Value> = facts["sessions"].as_array().unwrap().iter().collect();
        let healthy: BTreeSet<&str> = planted
            .iter()
            .filter(|session| session["planted"].is_null())
            .map(|session| session["client"].as_str().unwrap())
            .collect();
        let guessers: Vec<&Value> = planted
            .iter()
            .copied()
            .filter(|session| session["planted"] == "login-failed")
            .collect();
        let attempts: u64 = guessers
            .iter()
            .map(|s| s["attempts"].as_u64().unwrap())
            .sum();
        let users: BTreeSet<&str> = guessers
            .iter()
            .flat_map(|s| s["users"].as_array().unwrap())
            .map(|user| user.as_str().unwrap())
            .collect();
        for (file, label) in facts["logs"].as_object().unwrap() {
            let label = label.as_str().unwrap();
            let path = dir.join(server).join(file);
            let (sessions, summary) = sessions(&path, format_of(label));
            let mut by_client: BTreeMap<&str, Vec<&Session>> = BTreeMap::new();
            for session in &sessions {
                by_client
                    .entry(session.client().unwrap_or("?"))
                    .or_default()
                    .push(session);
            }
            // No healthy session blamed, in any log.
            for client in &healthy {
                for session in by_client.get(client).into_iter().flatten() {
                    assert!(
                        !session.failed(),
                        "{server} {file}: the healthy session at lines {}-{} from {client} is blamed: {:?}",
                        session.first_line(),
                        session.last_line(),
                        session.findings()
                    );
                }
            }
            let guessed = summary.failed_logins_by_address(1);
            if !has_commands(&sessions) {
                // Where it logs logins, it logs every refused one.
                if let Some(top) = guessed.first() {
                    assert_eq!(top.address(), "127.0.9.9", "{server} {file}");
                    assert_eq!(top.attempts(), attempts, "{server} {file}: attempts");
                }
                let logins = if guessed.is_empty() {
                    ""
                } else {
                    ", every failed login counted"
                };
                report.push(format!(
                    "{server} {file}: {} sessions, no healthy one blamed{logins}",
                    sessions.len()
                ));
                continue;
            }
            // Every planted failure found with its cause.
            for plant in planted.iter().filter(|s| !s["planted"].is_null()) {
                let client = plant["client"].as_str().unwrap();
                let cause = plant["planted"].as_str().unwrap();
                let found = by_client
                    .get(client)
                    .into_iter()
                    .flatten()
                    .any(|session| session.findings().iter().any(|f| f.cause().id() == cause));
                assert!(
                    found,
                    "{server} {file}: {cause} planted from {client} is not found"
                );
            }
            assert_eq!(
                sessions.len(),
                planted.len(),
                "{server} {file}: one session per session run"
            );
            // The password guesser leads the failed logins, with every attempt and name.
            let top = guessed.first().expect("failed logins");
            assert_eq!(top.address(), "127.0.9.9", "{server} {file}");
            assert_eq!(top.attempts(), attempts, "{server} {file}: attempts");
            assert_eq!(
                top.users().collect::<BTreeSet<_>>(),
                users,
                "{server} {file}"
            );
            assert_eq!(top.sessions(), guessers.len() as u64, "{server} {file}");
            let failed = planted.len() - planted.iter().filter(|s| s["planted"].is_null()).count();
            assert_eq!(
                summary.failed(),
                failed as u64,
                "{server} {file}: failed sessions"
            );
            assert!(
                summary
                    .causes()
                    .iter()
                    .any(|count| count.cause() == Cause::LoginFailed)
            );
            report.push(format!(
                "{server} {file}: {} sessions, {failed} planted failures found, {attempts} failed logins from 127.0.9.9",
                sessions.len()
            ));
        }
    }
    println!("{}", report.join("\n"));
}
