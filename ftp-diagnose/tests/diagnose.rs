//! Reading logs that real clients wrote against real servers (and, for clients that cannot
//! run here, logs written by hand in their documented formats): see `tests/logs/README.md`.

use ftp_diagnose::{Client, EventKind, Log, NotALog};

fn log(name: &str) -> Log {
    let path = format!("{}/tests/logs/{name}", env!("CARGO_MANIFEST_DIR"));
    // Logs hold file names in any encoding, as ftpcode reads them.
    let bytes = std::fs::read(&path).unwrap();
    Log::read(&String::from_utf8_lossy(&bytes)).unwrap_or_else(|error| panic!("{name}: {error}"))
}

/// The log's commands, and its replies' codes, in order: `"USER ftpreply"`, `"331"`.
fn exchange(log: &Log) -> Vec<String> {
    log.events()
        .iter()
        .filter_map(|event| match event.kind() {
            EventKind::Command(command) => Some(command.clone()),
            EventKind::Reply(reply) => Some(reply.code().to_string()),
            _ => None,
        })
        .collect()
}

fn notes(log: &Log) -> Vec<&str> {
    log.events()
        .iter()
        .filter_map(|event| match event.kind() {
            EventKind::Note(note) => Some(note.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_client_is_recognised_and_read() {
    let cases: [(&str, Option<&str>, &[&str]); 13] = [
        (
            "rclone-vsftpd-listing.log",
            Some("rclone"),
            &[
                "220",
                "USER ftpreply",
                "331",
                "PASS ********",
                "230",
                "FEAT",
                "211",
            ],
        ),
        (
            "curl-vsftpd-login-failed.log",
            Some("curl"),
            &["220", "USER ftpreply", "331", "PASS ********", "530"],
        ),
        (
            "curl-proftpd-not-found.log",
            Some("curl"),
            &[
                "220",
                "USER ftpreply",
                "331",
                "PASS ********",
                "230",
                "PWD",
                "257",
            ],
        ),
        ("curl-connection-refused.log", Some("curl"), &[]),
        ("curl-ssh-server.log", Some("curl"), &[]),
        (
            "lftp-proftpd-not-found.log",
            Some("lftp"),
            &[
                "220",
                "FEAT",
                "211",
                "AUTH TLS",
                "500",
                "CLNT lftp/4.9.2",
                "200",
            ],
        ),
        (
            "tnftp-pyftpdlib.log",
            None,
            &[
                "220",
                "USER ftpreply",
                "331",
                "PASS ********",
                "230",
                "SYST",
                "215",
                "FEAT",
                "211",
                "EPSV",
                "229",
                "LIST",
                "125",
                "226",
            ],
        ),
        (
            "ftplib-vsftpd.log",
            Some("Python ftplib"),
            &[
                "220",
                "USER ftpreply",
                "331",
                "PASS ********",
                "230",
                "PWD",
                "257",
            ],
        ),
        (
            "vsftpd-protocol.log",
            None,
            &["220", "220", "USER ftpreply", "331", "PASS ********", "530"],
        ),
        (
            "filezilla-passive-timeout.log",
            Some("FileZilla"),
            &[
                "220",
                "AUTH TLS",
                "530",
                "AUTH SSL",
                "530",
                "USER anna",
                "331",
            ],
        ),
        (
            "filezilla-de-login-failed.log",
            Some("FileZilla"),
            &[
                "220",
                "AUTH TLS",
                "234",
                "USER anna",
                "331",
                "PASS ********",
                "530",
            ],
        ),
        (
            "winscp-login-failed.log",
            Some("WinSCP"),
            &["220", "USER anna", "331", "PASS ********", "530"],
        ),
        (
            "curl-vsftpd-download.log",
            Some("curl"),
            &[
                "220",
                "USER ftpreply",
                "331",
                "PASS ********",
                "230",
                "PWD",
                "257",
            ],
        ),
    ];
    for (name, client, start) in cases {
        let log = log(name);
        assert_eq!(log.client().map(Client::name), client, "{name}");
        let exchange = exchange(&log);
        assert!(
            exchange.starts_with(&start.iter().map(|s| s.to_string()).collect::<Vec<_>>()),
            "{name}: {exchange:?}"
        );
    }
}

#[test]
fn passwords_are_never_echoed_back() {
    // lftp logs the password in clear; curl has it in its URL.
    for name in ["lftp-proftpd-not-found.log", "curl-vsftpd-login-failed.log"] {
        let log = log(name);
        let text = format!("{:?}", log.events());
        for password in ["Reply-Test-42", "wrong-password"] {
            assert!(!text.contains(password), "{name} shows {password}");
        }
    }
}

#[test]
fn rclone_logs_replies_line_by_line_and_the_listing_too() {
    let rclone = log("rclone-vsftpd-listing.log");
    let feat = rclone
        .exchanges()
        .into_iter()
        .find(|exchange| exchange.command_text() == Some("FEAT"))
        .unwrap();
    let event = feat.reply_events()[0];
    assert_eq!((event.line(), event.last_line()), (14, 22));
    let reply = feat.replies().next().unwrap().as_reply();
    assert!(reply.features().unwrap().supports("EPSV"));
    // The listing that rclone logs as received is not read as server text.
    assert!(
        rclone
            .events()
            .iter()
            .all(|event| !matches!(event.kind(), EventKind::ServerText(_)))
    );
}

#[test]
fn multi_line_replies_are_read_whole_with_their_lines() {
    let lftp = log("lftp-proftpd-not-found.log");
    let feat = lftp
        .events()
        .iter()
        .find(
            |event| matches!(event.kind(), EventKind::Reply(reply) if reply.code().as_u16() == 211),
        )
        .unwrap();
    let EventKind::Reply(reply) = feat.kind() else {
        unreachable!()
    };
    assert!(reply.is_multiline());
    assert!(reply.as_reply().features().unwrap().supports("MLST"));
    assert_eq!(
        feat.last_line() - feat.line(),
        16,
        "211- and 15 features and 211 End"
    );
    // tnftp prints the 229 twice; the log has it once per EPSV.
    let tnftp = exchange(&log("tnftp-pyftpdlib.log"));
    assert_eq!(tnftp.iter().filter(|item| *item == "229").count(), 2);
}

#[test]
fn what_is_not_an_ftp_reply_is_kept_apart() {
    let ssh = log("curl-ssh-server.log");
    let banner = ssh.events().iter().find_map(|event| match event.kind() {
        EventKind::ServerText(text) => Some(text.as_str()),
        _ => None,
    });
    assert_eq!(banner, Some("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3"));
    let refused = log("curl-connection-refused.log");
    assert!(
        notes(&refused)
            .iter()
            .any(|note| note.contains("Connection refused"))
    );
    let filezilla = log("filezilla-passive-timeout.log");
    assert!(notes(&filezilla).contains(&"Connection timed out after 20 seconds of inactivity"));
}

#[test]
fn pasted_decorations_come_off() {
    let raw = std::fs::read_to_string(format!(
        "{}/tests/logs/winscp-login-failed.log",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let quoted: String = format!("```\n{raw}```\n")
        .lines()
        .map(|line| format!(">     {line}\n"))
        .collect();
    let plain = Log::read(&raw).unwrap();
    let pasted = Log::read(&quoted).unwrap();
    assert_eq!(exchange(&pasted), exchange(&plain));
    assert_eq!(pasted.client(), plain.client());
    // Line numbers are those of the paste: the fence is line 1.
    assert_eq!(pasted.events()[0].line(), plain.events()[0].line() + 1);
}

#[test]
fn other_text_gets_a_clear_error() {
    assert_eq!(Log::read("abc\0def"), Err(NotALog::Binary));
    assert_eq!(
        Log::read("Dear all,\nthe upload fails since Monday.\nThanks!\n"),
        Err(NotALog::NoExchange)
    );
    let smtp = "220 mail.example.net ESMTP Postfix\nEHLO client\n250-mail.example.net\n250 8BITMIME\nQUIT\n221 Bye\n";
    assert_eq!(Log::read(smtp), Err(NotALog::OtherProtocol("SMTP")));
    let http = "* Trying 203.0.113.5:80...\n* Connected to example.net\n> GET / HTTP/1.1\n> Host: example.net\n< HTTP/1.1 200 OK\n";
    assert_eq!(Log::read(http), Err(NotALog::OtherProtocol("HTTP")));
    assert_eq!(
        NotALog::NoExchange.to_string(),
        "no FTP commands, replies or client errors found: this does not look like the log of an FTP session"
    );
}

#[test]
fn a_long_log_is_read_in_one_pass() {
    let raw = std::fs::read_to_string(format!(
        "{}/tests/logs/tnftp-pyftpdlib.log",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let long = raw.repeat(2000);
    let log = Log::read(&long).unwrap();
    assert_eq!(
        exchange(&log).len(),
        2000 * exchange(&Log::read(&raw).unwrap()).len()
    );
}

/// Each exchange as `"COMMAND: code verdict"`, for the exchanges the table can judge.
fn judged(log: &Log) -> Vec<String> {
    log.exchanges()
        .iter()
        .filter_map(|exchange| {
            let verb = exchange.command()?.verb();
            let verdicts: Vec<String> = exchange
                .replies()
                .zip(exchange.judgements())
                .map(|(reply, judgement)| {
                    format!("{} {}", reply.code(), judgement.verdict().title())
                })
                .collect();
            Some(format!("{verb}: {}", verdicts.join(", ")))
        })
        .collect()
}

#[test]
fn commands_are_paired_with_their_replies_and_judged() {
    let tnftp = log("tnftp-pyftpdlib.log");
    let exchanges = tnftp.exchanges();
    // The greeting comes before any command.
    assert_eq!(exchanges[0].command_text(), None);
    assert_eq!(exchanges[0].replies().next().unwrap().code().as_u16(), 220);
    assert_eq!(
        judged(&tnftp)[..7],
        [
            "USER: 331 intermediate",
            "PASS: 230 completion",
            "SYST: 215 completion",
            "FEAT: 211 completion",
            "EPSV: 229 completion",
            "LIST: 125 preliminary, 226 completion",
            "TYPE: 200 completion",
        ]
    );
    assert!(
        exchanges
            .iter()
            .all(|exchange| exchange.unexpected().is_empty())
    );
    // The line numbers lead back to the log.
    let list = exchanges
        .iter()
        .find(|e| e.command_text() == Some("LIST"))
        .unwrap();
    assert_eq!(list.command_event().unwrap().line(), 34);
}

#[test]
fn a_reply_the_command_cannot_get_stands_out() {
    // vsftpd without TLS answers AUTH TLS with 530, which RFC 2228 does not list for AUTH.
    let filezilla = log("filezilla-passive-timeout.log");
    let auth = filezilla
        .exchanges()
        .into_iter()
        .find(|exchange| exchange.command_text() == Some("AUTH TLS"))
        .unwrap();
    let unexpected = auth.unexpected();
    assert_eq!(unexpected.len(), 1);
    assert_eq!(unexpected[0].line(), 6);
}

#[test]
fn failure_setups_of_a_real_server_read_as_they_happened() {
    // pasv_address set to a private address: the 227 names it, and tnftp refuses it.
    let pasv = log("tnftp-vsftpd-passive-address.log");
    let exchange = pasv
        .exchanges()
        .into_iter()
        .find(|exchange| exchange.command_text() == Some("PASV"))
        .unwrap();
    let reply = exchange.replies().next().unwrap();
    let address = reply.as_reply().passive_address().unwrap();
    assert_eq!(address.ip(), std::net::Ipv4Addr::new(10, 0, 0, 5));
    assert!(notes(&pasv).contains(&"Passive mode address mismatch."));

    // TLS required for logins: USER is refused, with the reason in the text.
    let tls = log("curl-vsftpd-tls-required.log");
    assert_eq!(judged(&tls), ["USER: 530 permanent negative"]);

    // Too many clients: the greeting itself is a 421.
    let full = log("curl-vsftpd-too-many.log");
    let greeting = full.exchanges()[0].replies().next().unwrap().clone();
    assert_eq!(greeting.code().as_u16(), 421);
    assert!(full.exchanges()[0].command_text().is_none());

    // An idle session: the next command gets 421.
    let idle = log("ftplib-vsftpd-idle-timeout.log");
    assert_eq!(
        judged(&idle).last().map(String::as_str),
        Some("PWD: 421 transient negative")
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

    /// Any text, log-like or not, is read or refused without a panic, and diagnosed too.
    #[test]
    fn any_text_is_read_or_refused(
        tokens in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("< ".to_string()),
                proptest::strategy::Just("> ".to_string()),
                proptest::strategy::Just("---> ".to_string()),
                proptest::strategy::Just("Response:\t".to_string()),
                proptest::strategy::Just("220".to_string()),
                proptest::strategy::Just("-".to_string()),
                proptest::strategy::Just("\n".to_string()),
                proptest::strategy::Just("\r".to_string()),
                proptest::strategy::Just("12:34:56+".to_string()),
                proptest::strategy::Just("Mon Jan 31 ".to_string()),
                proptest::strategy::Just("*resp* '".to_string()),
                proptest::strategy::Just("Error:\t".to_string()),
                proptest::strategy::Just("Connection refused".to_string()),
                proptest::strategy::Just("PASV\n227 (10,0,0,5,1,1)".to_string()),
                proptest::strategy::Just("Trying 203.0.113.5".to_string()),
                proptest::strategy::Just("550".to_string()),
                "\\PC{0,6}",
            ],
            0..60,
        )
    ) {
        let text = tokens.concat();
        if let Ok(log) = Log::read(&text) {
            for exchange in log.exchanges() {
                let _ = exchange.judgements();
            }
            // Every finding points at lines of the text.
            let lines = text.split('\n').count();
            for finding in log.findings() {
                proptest::prop_assert!(finding.lines().iter().all(|&line| (1..=lines).contains(&line)));
            }
        }
    }
}
