//! Naming the causes of trouble in logs that real clients wrote against real servers in
//! failure setups (see `tests/logs/README.md`), and in logs written for one rule each.

use ftp_diagnose::{Cause, Certainty, Finding, Log};

fn findings_of(text: &str) -> Vec<Finding> {
    Log::read(text)
        .unwrap_or_else(|error| panic!("{error}"))
        .findings()
}

fn fixture(name: &str) -> Vec<Finding> {
    let path = format!("{}/tests/logs/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap();
    findings_of(&String::from_utf8_lossy(&bytes))
}

fn causes(findings: &[Finding]) -> Vec<&'static str> {
    findings
        .iter()
        .map(|finding| finding.cause().id())
        .collect()
}

/// Each failure setup, the causes found in order, and the lines of the first.
#[test]
fn failure_setups_are_traced_to_their_causes() {
    let cases: &[(&str, &[&str], &[usize])] = &[
        ("curl-connection-refused.log", &["connection-refused"], &[4]),
        ("curl-host-not-found.log", &["host-not-found"], &[3, 5]),
        (
            "curl-implicit-tls-port.log",
            &["connection-timeout"],
            &[5, 8],
        ),
        ("curl-ssh-server.log", &["sftp-not-ftp"], &[5]),
        ("curl-vsftpd-too-many.log", &["too-many-connections"], &[5]),
        (
            "curl-vsftpd-self-signed.log",
            &["tls-handshake"],
            &[28, 30, 33],
        ),
        (
            "lftp-vsftpd-not-trusted.log",
            &["tls-handshake"],
            &[23, 24, 26],
        ),
        (
            "curl-vsftpd-tls-unavailable.log",
            &["tls-unavailable"],
            &[6, 7, 8, 9, 12],
        ),
        ("curl-vsftpd-tls-required.log", &["tls-required"], &[6, 7]),
        ("curl-vsftpd-login-failed.log", &["login-failed"], &[8, 9]),
        (
            "filezilla-de-login-failed.log",
            &["login-failed"],
            &[10, 11],
        ),
        ("winscp-login-failed.log", &["login-failed"], &[7, 8]),
        (
            "tnftp-vsftpd-passive-address.log",
            &["passive-address"],
            &[30, 31, 32],
        ),
        (
            "filezilla-passive-timeout.log",
            &["passive-address"],
            &[21, 22, 24],
        ),
        (
            "curl-pyftpdlib-tunnel.log",
            &["data-connection-blocked"],
            &[14, 20, 23, 28],
        ),
        (
            "ftplib-vsftpd-tls-session-reuse.log",
            &["tls-session-reuse"],
            &[31, 36, 37],
        ),
        ("curl-proftpd-disk-full.log", &["storage-full"], &[23, 28]),
        ("ftplib-vsftpd-disk-full.log", &["storage-full"], &[10, 14]),
        (
            "lftp-vsftpd-disk-full.log",
            &["storage-full"],
            &[63, 66, 77, 80],
        ),
        (
            "curl-vsftpd-permission-denied.log",
            &["permission-denied"],
            &[23, 24],
        ),
        (
            "curl-vsftpd-utf8-name.log",
            &["not-found", "encoding"],
            &[23, 24, 25, 29],
        ),
        ("ftplib-vsftpd-latin1-name.log", &["encoding"], &[12]),
        (
            "curl-proftpd-not-found.log",
            &["not-found"],
            &[23, 24, 25, 29],
        ),
        ("ftplib-vsftpd.log", &["not-found"], &[23, 26]),
        (
            "lftp-proftpd-not-found.log",
            &["not-found"],
            &[52, 53, 54, 55, 60, 61],
        ),
        ("tnftp-pyftpdlib.log", &["not-found"], &[41, 42, 46, 47]),
        ("vsftpd-protocol.log", &["login-failed"], &[7, 8, 9]),
        (
            "curl-vsftpd-writable-chroot.log",
            &["server-error"],
            &[8, 9],
        ),
        (
            "ftplib-vsftpd-mlsd-refused.log",
            &["command-unsupported"],
            &[10, 11],
        ),
        ("ftplib-vsftpd-idle-timeout.log", &["idle-timeout"], &[6, 7]),
        (
            "ftplib-proftpd-idle-timeout.log",
            &["idle-timeout"],
            &[6, 7],
        ),
        (
            "lftp-proftpd-login-failed.log",
            &["login-failed"],
            &[35, 36],
        ),
        (
            "rclone-vsftpd-login-failed.log",
            &["login-failed"],
            &[11, 12],
        ),
        (
            "curl-vsftpd-passive-disabled.log",
            &["data-connection-blocked"],
            &[18, 20],
        ),
        (
            "node-basic-ftp-login-failed.log",
            &["login-failed"],
            &[11, 12],
        ),
        ("node-basic-ftp-latin1-name.log", &["encoding"], &[47, 52]),
        (
            "rclone-vsftpd-passive-address.log",
            &["passive-address"],
            &[26, 27, 29, 32, 36],
        ),
    ];
    for &(name, expected, lines) in cases {
        let findings = fixture(name);
        assert_eq!(causes(&findings), expected, "{name}");
        assert_eq!(findings[0].lines(), lines, "{name}");
    }
}

#[test]
fn a_session_without_trouble_has_no_findings() {
    assert_eq!(fixture("curl-vsftpd-download.log"), []);
    // rclone printed the Latin-1 name it listed with U+FFFD in its place: nothing failed, but
    // the name will not come back as it is.
    let listing = fixture("rclone-vsftpd-listing.log");
    assert_eq!(causes(&listing), ["encoding"]);
    assert_eq!(listing[0].certainty(), Certainty::Inferred);
    // FileZilla asks for TLS, is refused, and logs in without it, as it was set to.
    let fell_back = "\
Status:\tConnecting to 198.51.100.7:21...
Response:\t220 ready
Command:\tAUTH TLS
Response:\t500 AUTH not understood
Status:\tInsecure server, it does not support FTP over TLS.
Command:\tUSER anna
Response:\t331 Password required
Command:\tPASS ********
Response:\t230 Logged in
Command:\tFEAT
Response:\t500 FEAT not understood
Command:\tMLSD
Response:\t500 MLSD not understood
Command:\tPASV
Response:\t227 Entering Passive Mode (198,51,100,7,4,1)
Command:\tLIST
Response:\t150 Here it comes
Response:\t226 Done
";
    assert_eq!(findings_of(fell_back), []);
}

#[test]
fn a_passive_address_is_compared_with_the_address_connected_to() {
    let findings = fixture("filezilla-passive-timeout.log");
    let detail = findings[0].detail().unwrap();
    assert!(detail.contains("10.0.0.5:50000") && detail.contains("203.0.113.5"));
    assert_eq!(findings[0].codes()[0].as_u16(), 227);

    let session = |pasv: &str, after: &str| {
        findings_of(&format!(
            "* Trying 203.0.113.5:21...\n< 220 Hi\n> PASV\n< 227 Entering Passive Mode ({pasv}).\n\
             > LIST\n{after}"
        ))
    };
    // A private address announced to a client that connected to a public one.
    let ok = "< 150 Here\n< 226 Done\n";
    assert_eq!(
        causes(&session("192,168,1,20,4,1", ok)),
        ["passive-address"]
    );
    // The address connected to, or another public one that worked: nothing wrong.
    assert_eq!(session("203,0,113,5,4,1", ok), []);
    assert_eq!(session("198,51,100,7,4,1", ok), []);
    // The right address, but the port does not answer: the data connection is blocked.
    let refused = "* connect to 203.0.113.5 port 1025 failed: Connection refused\n";
    assert_eq!(
        causes(&session("203,0,113,5,4,1", refused)),
        ["data-connection-blocked"]
    );
    // 0.0.0.0 names no host at all.
    assert_eq!(causes(&session("0,0,0,0,4,1", ok)), ["passive-address"]);
    // A client that connects to the control connection's address instead is not misled:
    // when the data connection fails all the same, the ports are blocked.
    let replaced = "\
Status:\tConnecting to 203.0.113.5:21...
Response:\t220 Hi
Command:\tPASV
Response:\t227 Entering Passive Mode (10,0,0,5,195,80).
Status:\tServer sent passive reply with unroutable address. Using server address instead.
Command:\tMLSD
Error:\tConnection timed out after 20 seconds of inactivity
";
    let findings = findings_of(replaced);
    assert_eq!(
        causes(&findings),
        ["data-connection-blocked", "passive-address"]
    );
    assert_eq!(findings[0].lines(), [3, 7]);
    assert_eq!(findings[1].lines(), [4, 5]);
    // A 227 without an address cannot be read.
    assert_eq!(causes(&session("nowhere", ok)), ["malformed-reply"]);
}

#[test]
fn replies_are_read_with_the_command_they_answer() {
    let one =
        |command: &str, reply: &str| causes(&findings_of(&format!("> {command}\n< {reply}\n")));
    assert_eq!(one("PASS x", "530 Login incorrect."), ["login-failed"]);
    assert_eq!(
        one(
            "USER anna",
            "530 Non-anonymous sessions must use encryption."
        ),
        ["tls-required"]
    );
    assert_eq!(
        one("USER anna", "534 Policy requires SSL."),
        ["tls-required"]
    );
    assert_eq!(
        one("LIST", "522 Data connections must be encrypted."),
        ["tls-required"]
    );
    assert_eq!(
        one("USER anna", "421 Too many users, try later."),
        ["too-many-connections"]
    );
    assert_eq!(
        one(
            "NOOP",
            "421 Idle timeout (600 seconds): closing control connection"
        ),
        ["idle-timeout"]
    );
    assert_eq!(one("NOOP", "421 Service not available"), ["server-error"]);
    assert_eq!(one("STOR a", "552 Quota exceeded"), ["storage-full"]);
    assert_eq!(
        one("STOR a", "553 Could not create file."),
        ["permission-denied"]
    );
    assert_eq!(one("STOR a", "550 Failed."), ["permission-denied"]);
    assert_eq!(one("RETR a", "550 Failed."), ["not-found"]);
    assert_eq!(
        one("CWD a", "550 Failed to change directory."),
        ["not-found"]
    );
    assert_eq!(
        one("LIST", "425 Can't open data connection."),
        ["data-connection-blocked"]
    );
    assert_eq!(
        one("PORT 1,2,3,4,5,6", "500 Illegal PORT command."),
        ["data-connection-blocked"]
    );
    assert_eq!(
        one("RETR a", "451 Local error in processing."),
        ["server-error"]
    );
    assert_eq!(
        one("PASV", "550 Permission denied."),
        ["data-connection-blocked"]
    );
    // ProFTPD's refusal of a protected data connection that does not resume the session.
    let proftpd = "> PROT P\n< 200 Protection set to Private\n> LIST\n\
                   < 425 Unable to build data connection: Operation not permitted\n";
    assert_eq!(causes(&findings_of(proftpd)), ["tls-session-reuse"]);
    let clear = proftpd.replace("PROT P", "PROT C");
    assert_eq!(causes(&findings_of(&clear)), ["data-connection-blocked"]);
    // A refused EPSV that PASV replaced is no trouble.
    let fell_back =
        "> EPSV\n< 550 Permission denied.\n> PASV\n< 227 Entering Passive Mode (127,0,0,1,4,1)\n";
    assert_eq!(findings_of(fell_back), []);
    assert_eq!(
        one("SITE ZAP", "500 Unknown command."),
        ["command-unsupported"]
    );
    // A 530 to a command other than a login's says nothing about the password.
    assert_eq!(
        one("PWD", "530 Please login with USER and PASS."),
        Vec::<&str>::new()
    );
    // Positive replies find nothing.
    assert_eq!(one("PASS x", "230 Login successful."), Vec::<&str>::new());
}

#[test]
fn a_refusal_the_client_worked_around_is_not_a_finding() {
    let probed = "> FEAT\n< 500 Unknown\n> EPSV\n< 500 Unknown\n> PASV\n< 227 Entering Passive Mode (127,0,0,1,4,1)\n> MLSD\n< 500 Unknown\n> LIST\n< 150 Here\n< 226 Done\n";
    assert_eq!(findings_of(probed), []);
    // Without the fallback, the refused MLSD is what failed.
    let stuck = "> MLSD\n< 500 Unknown\n> QUIT\n< 221 Bye\n";
    assert_eq!(causes(&findings_of(stuck)), ["command-unsupported"]);
    // A refused probe is a finding only if the client gave up right after it.
    assert_eq!(
        causes(&findings_of("> FEAT\n< 500 Unknown\n")),
        ["command-unsupported"]
    );
}

#[test]
fn a_transfers_late_reply_counts_for_the_transfer() {
    // ftplib sends QUIT after the data connection broke and only then reads the 451.
    let late = "*cmd* 'STOR big.bin'\n*resp* '150 Ok to send data.'\n\
                ConnectionResetError: [Errno 104] Connection reset by peer\n\
                *cmd* 'QUIT'\n*resp* '451 Failure writing to local file.'\n";
    let findings = findings_of(late);
    assert_eq!(causes(&findings), ["storage-full"]);
    assert_eq!(findings[0].lines(), [1, 5]);
}

#[test]
fn clients_error_lines_name_the_cause_when_no_reply_does() {
    let filezilla = |lines: &str| {
        causes(&findings_of(&format!(
            "Status:\tConnecting to 198.51.100.7:21...\n{lines}"
        )))
    };
    assert_eq!(
        filezilla(
            "Error:\tConnection attempt failed with \"ECONNREFUSED - Connection refused by server\".\nError:\tCould not connect to server\n"
        ),
        ["connection-refused"]
    );
    assert_eq!(
        filezilla(
            "Error:\tConnection attempt failed with \"EAI_NONAME - Neither nodename nor servname provided, or not known\".\n"
        ),
        ["host-not-found"]
    );
    assert_eq!(
        filezilla(
            "Response:\t220 Hi\nCommand:\tUSER anna\nResponse:\t331 Pass\nCommand:\tPASS ****\nResponse:\t230 In\nCommand:\tPASV\nResponse:\t227 Entering Passive Mode (198,51,100,7,4,1)\nCommand:\tRETR a\nResponse:\t150 Opening\nError:\tGnuTLS error -110 in gnutls_record_recv: The TLS connection was non-properly terminated.\nResponse:\t226 Done\n"
        ),
        ["tls-close"]
    );
    // The TLS error explains the aborted data connection after it.
    assert_eq!(
        filezilla(
            "Response:\t220 Hi\nCommand:\tPASV\nResponse:\t227 Entering Passive Mode (198,51,100,7,4,1)\nCommand:\tMLSD\nResponse:\t150 Here\nError:\tGnuTLS error -110 in gnutls_record_recv: The TLS connection was non-properly terminated.\nStatus:\tServer did not properly shut down TLS connection\nError:\tCould not read from transfer socket: ECONNABORTED - Connection aborted\nResponse:\t226 Done\n"
        ),
        ["tls-close"]
    );
    assert_eq!(
        filezilla("Response:\tSSH-2.0-OpenSSH_9.6\nError:\tCould not connect to server\n"),
        ["sftp-not-ftp"]
    );
    // A new connection refused after a session ended is refused, not closed.
    assert_eq!(
        filezilla(
            "Response:\t220 Hi\nCommand:\tQUIT\nResponse:\t221 Bye\nStatus:\tConnecting to 198.51.100.7:21...\nError:\tConnection attempt failed with \"ECONNREFUSED - Connection refused by server\".\n"
        ),
        ["connection-refused"]
    );
    // A 421 explains the closed connection that follows it.
    assert_eq!(
        filezilla(
            "Response:\t220 Hi\nCommand:\tNOOP\nResponse:\t421 Timeout.\nError:\tConnection closed by server\n"
        ),
        ["idle-timeout"]
    );
    assert_eq!(
        filezilla("Response:\t220 Hi\nCommand:\tLIST\nError:\tConnection closed by server\n"),
        ["connection-closed"]
    );
}

#[test]
fn a_command_line_session_is_read_from_its_prompts() {
    // Windows' ftp, as a person copies it from the console: the client prompts for USER and
    // PASS, and `ls` sends PORT and a listing command, which the transcript does not show:
    // the typed commands stand for them.
    let windows = "\
C:\\Users\\anna>ftp ftp.example.org
Connected to ftp.example.org.
220 Microsoft FTP Service
User (ftp.example.org:(none)): anna
331 Password required
Password:
230 User logged in.
ftp> ls
200 PORT command successful.
425 Cannot open data connection.
ftp> bye
221 Goodbye.
";
    let log = Log::read(windows).unwrap();
    let commands: Vec<_> = log
        .exchanges()
        .iter()
        .filter_map(|exchange| exchange.command_text().map(str::to_string))
        .collect();
    assert_eq!(commands, ["USER anna", "PASS ********", "LIST", "QUIT"]);
    let findings = log.findings();
    assert_eq!(causes(&findings), ["data-connection-blocked"]);
    // The 425 answers the listing, not PASS.
    assert_eq!(findings[0].lines(), [10]);
}

#[test]
fn the_cause_that_ended_the_session_comes_first() {
    // A mistyped password, then a login that worked, then a file that is not there: the
    // missing file ended the session, though a refused login would rank first otherwise.
    let log = "> USER anna\n< 331 Pass\n> PASS x\n< 530 Login incorrect.\n> USER anna\n\
               < 331 Pass\n> PASS y\n< 230 In\n> RETR a\n< 550 No such file\n";
    assert_eq!(causes(&findings_of(log)), ["not-found", "login-failed"]);
    let log = "> RETR a\n< 550 No such file\n> USER anna\n< 331 Pass\n> PASS x\n< 530 No.\n";
    assert_eq!(causes(&findings_of(log)), ["login-failed", "not-found"]);
    // Evidence of one cause is gathered in one finding.
    let twice = "> RETR a\n< 550 No such file\n> RETR b\n< 550 No such file\n";
    let findings = findings_of(twice);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].lines(), [1, 2, 3, 4]);
}

#[test]
fn every_cause_has_its_texts_and_is_documented() {
    let readme =
        std::fs::read_to_string(format!("{}/README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    for &cause in Cause::ALL {
        assert_eq!(Cause::from_id(cause.id()), Some(cause));
        assert_eq!(cause.to_string(), cause.id());
        for text in [
            cause.title(),
            cause.explanation(),
            cause.fix_user(),
            cause.fix_client(),
            cause.fix_server(),
        ] {
            assert!(!text.is_empty(), "{cause}");
        }
        assert!(
            readme.contains(&format!("`{}`", cause.id())),
            "README does not list `{cause}`"
        );
    }
    assert_eq!(Cause::from_id("no-such-cause"), None);
}

#[cfg(feature = "serde")]
#[test]
fn findings_serialize_with_the_cause_as_its_id() {
    let findings = fixture("curl-vsftpd-login-failed.log");
    let json = serde_json::to_value(&findings[0]).unwrap();
    assert_eq!(json["cause"], "login-failed");
    assert_eq!(json["lines"], serde_json::json!([8, 9]));
    assert_eq!(json["codes"], serde_json::json!([530]));
    let record = serde_json::to_value(Cause::LoginFailed.info()).unwrap();
    assert_eq!(record["cause"], "login-failed");
    assert!(record["fix_server"].as_str().unwrap().contains("vsftpd"));
}

/// Every line of every log in `tests/logs/`.
fn every_log_line() -> Vec<String> {
    let folder = format!("{}/tests/logs", env!("CARGO_MANIFEST_DIR"));
    let mut lines = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|extension| extension == "log") {
            let bytes = std::fs::read(path).unwrap();
            lines.extend(String::from_utf8_lossy(&bytes).lines().map(str::to_string));
        }
    }
    lines
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

    /// Real log lines in any order and mix, from different clients and sessions, are
    /// diagnosed without a panic, and every finding points at lines of the text.
    #[test]
    fn any_mix_of_real_log_lines_is_diagnosed(
        picks in proptest::collection::vec(proptest::prelude::any::<proptest::sample::Index>(), 0..300)
    ) {
        let lines = every_log_line();
        let text: Vec<&str> = picks.iter().map(|pick| lines[pick.index(lines.len())].as_str()).collect();
        if let Ok(log) = Log::read(&text.join("\n")) {
            for finding in log.findings() {
                proptest::prop_assert!(!finding.lines().is_empty());
                proptest::prop_assert!(finding.lines().iter().all(|&line| (1..=text.len()).contains(&line)));
            }
        }
    }
}

/// One-line and short pastes of the kinds people post, each read for its cause: a reply
/// inside an exception, a server's words without their code, a data connection that a
/// stack trace names.
#[test]
fn short_pastes_name_their_cause() {
    let cases: [(&str, &[&str]); 9] = [
        (
            "System.Net.WebException: The remote server returned an error: 227 Entering Passive Mode (192,168,1,20,19,136).\n",
            &["passive-address"],
        ),
        (
            "Warning: ftp_put(): Opening BINARY mode data connection for upload.zip (1234 bytes). in /var/www/upload.php on line 12\n",
            &["data-connection-blocked"],
        ),
        (
            "Traceback (most recent call last):\n  File \"/usr/lib/python3.11/ftplib.py\", line 393, in transfercmd\n    return self.ntransfercmd(cmd, rest)[0]\nTimeoutError: timed out\n",
            &["passive-address", "data-connection-blocked"],
        ),
        (
            "java.net.SocketTimeoutException: Read timed out\n\tat org.apache.commons.net.ftp.FTPClient._openDataConnection_(FTPClient.java:920)\n",
            &["passive-address", "data-connection-blocked"],
        ),
        (
            "rclone: couldn't connect: 530 Login incorrect.\n",
            &["login-failed"],
        ),
        (
            "ftpput: unexpected server response to USER: 530 Non-anonymous sessions must use encryption.\n",
            &["tls-required"],
        ),
        (
            "FTP error: 500 'MLSD': command not understood.\n",
            &["command-unsupported"],
        ),
        (
            "Error: There are too many connections from your internet address.\n",
            &["too-many-connections"],
        ),
        (
            "502 Invalid command \"SSH-2.0-WinSCP_release_5.15.5\"\n",
            &["ftp-not-sftp"],
        ),
    ];
    for (paste, expected) in cases {
        assert_eq!(causes(&findings_of(paste)), expected, "{paste}");
    }
}

#[test]
fn a_transfer_left_at_its_preliminary_reply_is_a_data_connection_that_never_came() {
    // Windows' ftp in active mode behind a container's port mapping: `ls` gets its 150 and
    // then nothing, as the server cannot reach the client's port.
    let log = "ftp> ls\n150 File status okay. About to open data connection.\n";
    let findings = Log::read(log).unwrap().findings();
    assert_eq!(causes(&findings), ["data-connection-blocked"]);
    assert_eq!(findings[0].lines(), [1, 2]);
    // Finished, the same transfer says nothing.
    let done = format!("{log}226 Transfer complete.\n");
    assert!(Log::read(&done).unwrap().findings().is_empty());
}

#[test]
fn opts_refused_with_501_is_an_option_the_server_lacks() {
    // RFC 2389 §4: 501 is OPTS's answer for an option the server does not support.
    let log = "> OPTS UTF8 ON\n< 501 Invalid argument.\n";
    let findings = Log::read(log).unwrap().findings();
    assert_eq!(causes(&findings), ["command-unsupported"]);
}
