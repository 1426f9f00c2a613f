//! The `ftpcode` binary as a person or a script runs it: what it prints, and how it exits.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Runs `ftpcode` with `args` and `input` on standard input.
fn run_with_input(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ftpcode"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run ftpcode");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn run(args: &[&str]) -> Output {
    run_with_input(args, b"")
}

fn stdout(args: &[&str]) -> String {
    let output = run(args);
    assert!(output.status.success(), "ftpcode {args:?} failed");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_code_is_explained_from_the_catalogue() {
    let text = stdout(&["530"]);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("530 Not logged in."));
    assert_eq!(lines.next(), Some("Not logged in (NotLoggedIn, standard)"));
    for heading in ["Meaning", "When you see it", "How to fix"] {
        assert!(text.lines().any(|line| line == heading), "{heading}");
    }
    assert!(text.contains("Next step     change the request before trying again"));
}

#[test]
fn unknown_codes_reply_lines_and_socket_errors_are_explained_too() {
    assert!(stdout(&["299"]).starts_with("299 is not in the catalogue"));
    let line = stdout(&["530 Login incorrect."]);
    assert!(line.starts_with("The server said: 530 Login incorrect.\n\n530 Not logged in.\n"));
    let socket = stdout(&["10054"]);
    assert!(socket.starts_with("10054 WSAECONNRESET: a Windows socket error, not an FTP reply"));
}

#[test]
fn json_records_have_the_listed_fields() {
    let record: Value = serde_json::from_str(&stdout(&["--json", "530"])).unwrap();
    assert_eq!(record["name"], "NotLoggedIn");
    assert_eq!(record["standing"], "standard");
    let unknown: Value = serde_json::from_str(&stdout(&["--json", "299"])).unwrap();
    let keys = |value: &Value| {
        value
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(keys(&unknown), ftp_reply::CodeInfo::FIELDS);
    assert_eq!(unknown["category"], "positive_completion");
    assert_eq!(
        (unknown["name"].is_null(), unknown["rfc"].clone()),
        (true, Value::Array(vec![]))
    );
    let all: Value = serde_json::from_str(&stdout(&["--all", "--json"])).unwrap();
    assert_eq!(
        all.as_array().unwrap().len(),
        ftp_reply::KnownCode::ALL.len()
    );
    let socket: Value = serde_json::from_str(&stdout(&["--json", "10060"])).unwrap();
    assert_eq!(
        (socket["name"].as_str(), socket["kind"].as_str()),
        (Some("WSAETIMEDOUT"), Some("socket_error"))
    );
}

#[test]
fn malformed_input_is_one_line_on_stderr_and_exit_status_2() {
    for malformed in ["99", "abc", "1000", "700"] {
        let output = run(&[malformed]);
        assert_eq!(output.status.code(), Some(2), "{malformed}");
        assert_eq!(String::from_utf8(output.stderr).unwrap().lines().count(), 1);
    }
    assert_eq!(run(&["command", "XYZZY"]).status.code(), Some(2));
    assert_eq!(run(&["compare", "450", "299"]).status.code(), Some(2));
}

#[test]
fn commands_are_listed_in_the_words_of_rfc_959() {
    let stor = stdout(&["command", "STOR"]);
    assert!(stor.contains(
        "\nPreliminary   110 RestartMarker, 125 DataConnectionAlreadyOpen, 150 FileStatusOk\n"
    ));
    let user = stdout(&["command", "user"]);
    assert!(user.contains("\nIntermediate  331 NeedPassword: send PASS next\n"));
    let pwd = stdout(&["command", "pwd"]);
    assert!(pwd.contains("\nDeviation     530 NotLoggedIn: Sent before login by vsftpd"));
}

#[test]
fn commands_are_records_for_tools() {
    let stor: Value = serde_json::from_str(&stdout(&["command", "STOR", "--json"])).unwrap();
    let keys: Vec<&String> = stor.as_object().unwrap().keys().collect();
    assert_eq!(keys, ftp_reply::CommandInfo::FIELDS);
    assert_eq!(stor["command"], "STOR");
    assert_eq!(
        stor["replies"]["preliminary"],
        serde_json::json!([110, 125, 150])
    );
    let all: Value = serde_json::from_str(&stdout(&["command", "--all", "--json"])).unwrap();
    assert_eq!(all.as_array().unwrap().len(), ftp_reply::Command::ALL.len());
    assert_eq!(run(&["command"]).status.code(), Some(2));
}

#[test]
fn two_codes_are_compared() {
    let text = stdout(&["compare", "450", "550"]);
    assert!(text.starts_with("450 File unavailable for now vs 550 File unavailable\n"));
    assert!(text.contains("\nThe difference\n  Both say the file action was not taken. 450 is"));
    assert!(text.contains(
        "\nNext step     450: retry later; 550: change the request before trying again\n"
    ));
    let login = stdout(&["compare", "331", "230"]);
    assert!(login.contains("\nSequence      in USER, 331: intermediate; 230: completion\n"));
}

#[test]
fn raw_replies_are_parsed_and_errors_reported() {
    let good = run_with_input(&["parse"], b"220-Welcome\r\n220 Ready\r\n331 Password\r\n");
    let text = String::from_utf8(good.stdout).unwrap();
    assert!(text.starts_with("byte 0: 220 ServiceReady (positive completion, multi-line)\n"));
    assert!(good.status.success());

    let bad = run_with_input(
        &["parse", "--json"],
        b"220 Ready\r\n2x0 bad\r\n550 caf\xe9\r\n",
    );
    assert_eq!(bad.status.code(), Some(1));
    let records: Vec<Value> = String::from_utf8(bad.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let codes: Vec<&Value> = records.iter().map(|record| &record["code"]).collect();
    assert_eq!(codes, [&Value::from(220), &Value::Null, &Value::from(550)]);
    assert_eq!(records[1]["offset"], 12);
    assert_eq!(
        records[1]["error"],
        "byte 1 of the reply code is 'x', expected an ASCII digit"
    );
    assert_eq!(records[2]["lines"][0], "caf\u{fffd}");
    assert_eq!(records[2]["known"], "FileUnavailable");
    assert_eq!(records[0]["category"], "positive_completion");
}

#[test]
fn the_site_is_written_in_every_language() {
    let out = std::env::temp_dir().join(format!("ftpcode-site-{}", std::process::id()));
    let text = stdout(&["docs", "--format", "md", "--out", out.to_str().unwrap()]);
    assert!(text.starts_with("wrote "));
    assert!(out.join("vi/compare/450-vs-550.md").is_file());
    assert!(out.join("ja/codes/530.md").is_file());
    std::fs::remove_dir_all(&out).unwrap();
}

/// A log from `tests/logs/` of ftp-diagnose.
fn client_log(name: &str) -> String {
    format!(
        "{}/../ftp-diagnose/tests/logs/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn a_log_is_diagnosed_with_its_lines_and_fixes() {
    let output = run(&["diagnose", &client_log("curl-vsftpd-login-failed.log")]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("Read as a log of curl: 2 commands, 3 replies.\n"),
        "{text}"
    );
    assert!(text.contains("1. The login was refused [login-failed] (stated in the log)"));
    assert!(text.contains("       8 | > PASS ********\n       9 | < 530 Login incorrect.\n"));
    assert!(text.contains("For the server's administrator:"));
    // The password the client logged is not printed back.
    let raw = std::fs::read_to_string(client_log("curl-vsftpd-login-failed.log")).unwrap();
    assert!(raw.contains("PASS wrong-password"));
    assert!(!text.contains("wrong-password"));

    let clean = run(&["diagnose", &client_log("curl-vsftpd-download.log")]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(
        String::from_utf8(clean.stdout)
            .unwrap()
            .contains("Nothing wrong found")
    );
}

#[test]
fn a_server_log_is_summed_up_for_its_administrator() {
    let output = run(&["diagnose", &client_log("server/pyftpdlib.log")]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with(
            "Read as pyftpdlib's log: 89 lines, 62 of them about sessions; 3 sessions, 2 failed.\n"
        ),
        "{text}"
    );
    assert!(text.contains("       1  The login was refused [login-failed]\n          e.g. 127.0.0.2, lines 43-89, 2026-12-03 18:16:39\n"));
    assert!(text.contains("   127.0.0.2                                      3        1      3  2026-12-03 18:16:42 to 18:16:48\n      user names: admin, ftpreply, root\n"));
    assert!(text.contains("       1  missing.txt\n"));
    assert!(text.contains("   2026-12-03 18:00         3 sessions        2 failed"));

    let output = run(&["diagnose", "--json", &client_log("server/iis-w3c.log")]);
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["format"], "iis");
    assert_eq!(json["summary"]["sessions"], 4);
    assert_eq!(json["summary"]["failed"], 3);
    assert_eq!(json["failed_sessions"].as_array().unwrap().len(), 3);
    assert_eq!(
        json["failed_sessions"][0]["findings"][0]["cause"],
        "login-failed"
    );
    let guesser = &json["summary"]["failed_logins_by_address"][0];
    assert_eq!(guesser["address"], "203.0.113.45");
    assert_eq!(guesser["attempts"], 5);
    assert_eq!(guesser["users"].as_array().unwrap().len(), 5);
}

#[test]
fn a_diagnosis_is_one_json_object_for_tools() {
    let log = std::fs::read(client_log("filezilla-passive-timeout.log")).unwrap();
    let output = run_with_input(&["diagnose", "--json"], &log);
    assert_eq!(output.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["client"], "FileZilla");
    assert_eq!(json["lacks"], serde_json::json!([]));
    let pasv = &json["exchanges"][7];
    assert_eq!(pasv["command"], "PASV");
    assert_eq!(pasv["replies"][0]["code"], 227);
    assert_eq!(pasv["replies"][0]["verdict"], "completion");
    let finding = &json["findings"][0];
    assert_eq!(finding["cause"], "passive-address");
    assert_eq!(finding["certainty"], "inferred");
    assert_eq!(finding["lines"], serde_json::json!([21, 22, 24]));
    assert_eq!(finding["codes"], serde_json::json!([227]));
    assert!(finding["detail"].as_str().unwrap().contains("203.0.113.5"));
    assert!(finding["explanation"].as_str().unwrap().contains("227"));
    assert!(
        finding["fix"]["server_admin"]
            .as_str()
            .unwrap()
            .contains("pasv_address")
    );
    assert!(finding["fix"]["user"].is_string() && finding["fix"]["client_author"].is_string());
}

#[test]
fn a_one_line_paste_gets_a_finding_or_what_it_lacks() {
    let output = run_with_input(
        &["diagnose"],
        b"ftplib.error_perm: 530 Non-anonymous sessions must use encryption.\n",
    );
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("[tls-required] (stated in the log)"),
        "{text}"
    );
    assert!(
        text.contains("The log lacks the server's replies and the commands"),
        "{text}"
    );

    let output = run_with_input(&["diagnose"], b"Error: Could not connect to server\n");
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("No cause found in what the log shows."),
        "{text}"
    );
    assert!(
        text.contains("Debug"),
        "FileZilla's way to a fuller log: {text}"
    );
}

#[test]
fn what_is_not_an_ftp_log_is_refused_with_exit_status_2() {
    let cases: [(&[u8], &str); 3] = [
        (b"\x00\x01\x02binary", "binary data"),
        (
            b"< 220 mail.example.com ESMTP\n> EHLO client\n< 250-mail.example.com\n< 250 OK\n> MAIL FROM:<a@example.com>\n",
            "SMTP",
        ),
        (b"Dear diary, today the upload failed.\n", "does not look like"),
    ];
    for (input, message) in cases {
        let output = run_with_input(&["diagnose"], input);
        assert_eq!(output.status.code(), Some(2), "{message}");
        assert!(output.stdout.is_empty());
        let error = String::from_utf8(output.stderr).unwrap();
        assert!(error.contains(message), "{error}");
    }
}

#[test]
fn a_huge_input_is_refused_after_a_bounded_read() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ftpcode"))
        .arg("diagnose")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run ftpcode");
    let mut stdin = child.stdin.take().unwrap();
    // 100 MB of a log's lines; ftpcode stops reading past 16 MiB, so the write may fail.
    let writer = std::thread::spawn(move || {
        let block = "< 150 Here comes the directory listing.\n".repeat(1000);
        for _ in 0..100_000_000 / block.len() {
            if stdin.write_all(block.as_bytes()).is_err() {
                return false;
            }
        }
        true
    });
    let output = child.wait_with_output().unwrap();
    assert!(!writer.join().unwrap(), "ftpcode read all 100 MB");
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(error.contains("larger than 16 MiB"), "{error}");
}
