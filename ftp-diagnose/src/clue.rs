//! What a client's own line says about the session: the messages clients print (from
//! `data/clients/`), the words any client uses for the failures that have no reply code, and
//! the reply codes they repeat in their errors.

use core::net::Ipv4Addr;

use crate::Cause;
use crate::client::{Means, message_in, messages_in};

/// What a note says, as far as finding the cause goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Clue {
    /// An SSH server's version line.
    SshBanner,
    /// An SSH client's own words: its version line, its library, or its complaint that the
    /// server's first line was no SSH version line.
    SshClient,
    /// A file name in an encoding the client could not read.
    Encoding,
    /// The server wants the data connection to resume the control connection's TLS session.
    SessionReuse,
    /// A TLS connection ended without its close message.
    TlsClose,
    /// The client required TLS and the server does not offer it.
    TlsUnavailable,
    /// Setting up TLS failed.
    TlsHandshake,
    /// The host name did not resolve.
    HostNotFound,
    /// The passive address differs from the server's, as the client noticed.
    AddressMismatch,
    /// The client connects to the control connection's address instead of the passive one.
    AddressReplaced,
    /// A connection was refused.
    Refused,
    /// A connection, or a wait for data, timed out.
    TimedOut,
    /// A connection was closed or reset.
    Closed,
    /// The client could not read what the server sent.
    Malformed,
    /// A client's message that states a cause by itself.
    States(Cause),
    /// A name the client could not decode: U+FFFD or a run of question marks in its place.
    Garbled,
    /// A client's message that the data connection could not be made.
    DataFailed,
    /// A client's message that a connection could not be made, without saying why.
    ConnectFailed,
    /// A client's message that a listing or a transfer failed, without saying why.
    StepFailed,
}

/// The words of each clue, in lower case, most specific clue first. FileZilla, WinSCP and
/// others print the system's error names (ECONNREFUSED, 10061) in every language, so those
/// catch the translated interfaces too.
const WORDS: &[(Clue, &[&str])] = &[
    (
        Clue::States(Cause::FtpNotSftp),
        &[
            "trying to connect to an ftp server",
            "not an ssh/sftp server",
        ],
    ),
    (
        Clue::SshClient,
        &[
            "local ident",
            "renci.sshnet",
            "sshoperationtimeoutexception",
            "com.jcraft.jsch",
            "paramiko",
            "timed out while waiting for handshake",
            "remote protocol version identification: '220",
            "kex_exchange_identification",
        ],
    ),
    (Clue::Garbled, &["\u{fffd}", "???"]),
    (
        Clue::Encoding,
        &[
            "unicodedecodeerror",
            "codec can't decode",
            "invalid utf-8",
            "invalid multibyte",
            "valid utf-8",
        ],
    ),
    (
        Clue::SessionReuse,
        &["session reuse", "reuse required", "did not reuse"],
    ),
    (
        Clue::TlsClose,
        &[
            "non-properly terminated",
            "did not properly shut down",
            "gnutls error -110",
            "unexpected eof",
            "close_notify",
            "without ssl shutdown",
            "ssl shutdown",
        ],
    ),
    (
        Clue::DataFailed,
        &[
            "can't open data connection",
            "cannot open data connection",
            "could not open data connection",
            "can't establish data",
            "cannot establish data",
            "failed to establish data",
            "data connection could not be established",
            "unable to open data connection",
        ],
    ),
    (
        Clue::States(Cause::LoginFailed),
        &[
            "fail login",
            "failed login",
            "login failed",
            "login incorrect",
            "incorrect password",
            "authentication failed for user",
            "authentication failure",
        ],
    ),
    (
        Clue::TlsUnavailable,
        &[
            "requested ssl level failed",
            "does not support ftp over tls",
            "auth tls failed",
        ],
    ),
    (
        Clue::TlsHandshake,
        &[
            "handshake failed",
            "gnutls_handshake",
            "handshake failure",
            "certificate problem",
            "certificate verif",
            "certificate has expired",
            "self-signed certificate",
            "self signed certificate",
            "not trusted",
            "unknown ca",
            "wrong version number",
            "x509:",
            "unknown authority",
            "ssl routines",
            "ssl_connect",
            "ssl connect error",
            "gnutls error",
            "unknown protocol",
        ],
    ),
    (
        Clue::HostNotFound,
        &[
            "could not resolve",
            "couldn't resolve",
            "name or service not known",
            "getaddrinfo",
            "eai_noname",
            "eai_again",
            "unknown host",
            "no such host",
            "host does not exist",
            "host not found",
            "name resolution",
            "nodename nor servname",
            "11001",
        ],
    ),
    (
        Clue::AddressReplaced,
        &[
            "address instead",
            "for data connection, re-use",
            "bogus pasv",
        ],
    ),
    (
        Clue::AddressMismatch,
        &[
            "address mismatch",
            "unroutable address",
            "does not match control connection",
            "foreign address",
        ],
    ),
    (
        Clue::Refused,
        &["refused", "connection refuse", "econnrefused", "10061"],
    ),
    (
        Clue::TimedOut,
        &[
            "timed out",
            "timeout was reached",
            "timeout detected",
            "timeout occurred",
            "timeout - ",
            "timeout when",
            "timeout while",
            "timeouterror",
            "i/o timeout",
            "etimedout",
            "10060",
            "zeitüberschreitung",
            "délai d'attente",
            "tiempo de espera",
        ],
    ),
    (
        Clue::Closed,
        &[
            "connection closed",
            "closed by server",
            "closed by remote",
            "connection reset",
            "econnreset",
            "econnaborted",
            "10053",
            "10054",
            "broken pipe",
            "peer closed",
            "eoferror",
            "lost connection",
            "unexpectedly closed",
            "not connected",
        ],
    ),
    (
        Clue::Malformed,
        &[
            "weird server reply",
            "error_proto",
            "cannot parse",
            "can't parse",
            "could not parse",
            "couldn't parse",
            "parse error",
            "error parsing",
            "invalid pasv",
            "invalid response",
            "bad response",
            "malformed",
            "protoerror",
        ],
    ),
];

/// What `note` says, if anything a finding needs: a client's message first, then the words
/// any client uses.
pub(crate) fn clue(note: &str) -> Option<Clue> {
    let note = note.to_lowercase();
    // An SSH server's version line, wherever it stands, says more than any client's message
    // around it ("Could not parse response code. Server Reply: SSH-2.0-OpenSSH_7.4").
    if note.contains("ssh-2.0-") || note.contains("ssh-1.99-") {
        return Some(Clue::SshBanner);
    }
    let messages = messages_in(&note);
    // A client's fixed words for a server's negative reply, and nothing more (tnftp's
    // "Passive mode refused."): the reply says why, not the client's words.
    let only_reports_reply = messages.first().is_some_and(|message| {
        message.means() == Means::Reply && message.fixed_len() * 10 >= note.trim().len() * 8
    });
    if only_reports_reply {
        return None;
    }
    let stated = messages
        .into_iter()
        .find_map(|message| match message.means() {
            Means::Refused => Some(Clue::Refused),
            Means::TimedOut => Some(Clue::TimedOut),
            Means::Closed => Some(Clue::Closed),
            Means::AddressMismatch => Some(Clue::AddressMismatch),
            Means::AddressReplaced => Some(Clue::AddressReplaced),
            Means::ConnectFailed => Some(Clue::ConnectFailed),
            Means::ListingFailed | Means::TransferFailed => Some(Clue::StepFailed),
            Means::States(cause) => Some(from_cause(cause)),
            _ => None,
        });
    // A generic failure says less than the words of a particular one.
    if let Some(clue) =
        stated.filter(|clue| !matches!(clue, Clue::ConnectFailed | Clue::StepFailed))
    {
        return Some(clue);
    }
    // WinSCP: Host "ftp.example.net" does not exist.
    if note.contains("host \"") && note.contains("\" does not exist") {
        return Some(Clue::HostNotFound);
    }
    WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|word| note.contains(word)))
        .map(|(clue, _)| *clue)
        .or(stated)
}

/// The clue of a message that states `cause`: the cause itself, or, for the causes that
/// hang on which connection it was, the symptom.
fn from_cause(cause: Cause) -> Clue {
    match cause {
        Cause::SftpNotFtp => Clue::SshBanner,
        Cause::Encoding => Clue::Encoding,
        Cause::TlsSessionReuse => Clue::SessionReuse,
        Cause::TlsClose => Clue::TlsClose,
        Cause::TlsUnavailable => Clue::TlsUnavailable,
        Cause::TlsHandshake => Clue::TlsHandshake,
        Cause::HostNotFound => Clue::HostNotFound,
        Cause::ConnectionRefused => Clue::Refused,
        Cause::ConnectionTimeout => Clue::TimedOut,
        Cause::ConnectionClosed => Clue::Closed,
        Cause::MalformedReply => Clue::Malformed,
        Cause::DataConnectionBlocked => Clue::DataFailed,
        other => Clue::States(other),
    }
}

/// Whether `note` shows anything of FTP: a client's message, a clue, a repeated reply code,
/// or the word FTP.
pub(crate) fn is_telling(note: &str) -> bool {
    let lower = note.to_lowercase();
    // A client's message of a failure that says nothing particular ("Upload failed") is a
    // phrase of any text; a longer one is the client's.
    let message = message_in(&lower).is_some_and(|message| {
        let generic = matches!(
            message.means(),
            Means::ConnectFailed | Means::ListingFailed | Means::TransferFailed
        );
        !generic
            || message
                .pieces
                .iter()
                .map(|piece| piece.len())
                .sum::<usize>()
                >= 20
    });
    let particular =
        clue(note).is_some_and(|clue| !matches!(clue, Clue::ConnectFailed | Clue::StepFailed));
    particular
        || connects_to_port(&lower)
        || crate::quoted::quoted_reply(note).is_some()
        || message
        || lower.contains("ftp")
        || lower.contains("passive mode")
}

/// Whether `lower` speaks of connecting to an address and port, as any client's failure to
/// connect does: "Could not connect to 127.0.0.1:2121".
fn connects_to_port(lower: &str) -> bool {
    lower.contains("connect")
        && lower
            .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
            .any(|word| {
                word.rsplit_once(':').is_some_and(|(host, port)| {
                    !host.is_empty() && !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit())
                })
            })
}

/// Whether `note` says it is about a data connection, in the words clients use.
pub(crate) fn mentions_data_connection(note: &str) -> bool {
    const WORDS: [&str; 12] = [
        "data connection",
        "data stream",
        "datastream",
        "data channel",
        "data socket",
        // The calls that open one, as stack traces name them: Python's ftplib, Commons Net.
        "transfercmd",
        "opendataconnection",
        "datenverbindung",
        "connexion de données",
        "connessione dati",
        "conexión de datos",
        "数据连接",
    ];
    let lower = note.to_lowercase();
    WORDS.iter().any(|word| lower.contains(word))
}

/// Whether `note` names `port` as a number of its own, as in `port 45304` or
/// `10.0.0.5:45248`: a note about the data connection to that port.
pub(crate) fn mentions_port(note: &str, port: u16) -> bool {
    note.split(|c: char| !c.is_ascii_digit())
        .any(|word| word.parse() == Ok(port))
}

/// Whether `note` names an address with a port of 10000 or more (`203.0.113.5:53446`): a
/// data connection's, as far as a log goes. Control connections use port 21, 990 or a port
/// an administrator chose; data connections use the server's passive range or, in active
/// mode, the client's ephemeral ports (49152 to 65535 by RFC 6335 §6, from 32768 on Linux).
pub(crate) fn names_data_port(note: &str) -> bool {
    note.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '[' && c != ']');
        word.rsplit_once(':').is_some_and(|(address, port)| {
            let address = address.trim_start_matches('[').trim_end_matches(']');
            address.parse::<core::net::IpAddr>().is_ok()
                && port.parse::<u16>().is_ok_and(|port| port >= 10_000)
        })
    })
}

/// The address a client says it connects to, such as 203.0.113.5 in FileZilla's
/// `Connecting to 203.0.113.5:21...` or curl's `Trying 127.0.0.1:21...`.
pub(crate) fn connecting_to(note: &str) -> Option<Ipv4Addr> {
    let lower = note.to_lowercase();
    if !["connect", "trying", "verbinde"]
        .iter()
        .any(|word| lower.contains(word))
    {
        return None;
    }
    note.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .find_map(|word| word.trim_end_matches('.').parse().ok())
}

#[cfg(test)]
mod tests {
    use super::{Clue, clue, connecting_to, names_data_port};
    use core::net::Ipv4Addr;

    #[test]
    fn high_ports_after_an_address_are_data_ports() {
        assert!(names_data_port(
            "forbidden by its access permissions 14.141.54.43:53446"
        ));
        assert!(names_data_port("connect to [2001:db8::5]:50000 failed"));
        assert!(!names_data_port("Connecting to 203.0.113.5:21..."));
        assert!(!names_data_port("at 11:49:35 port 53446"));
    }

    #[test]
    fn clients_words_are_recognised() {
        let cases = [
            (
                "Connection attempt failed with \"ECONNREFUSED - Connection refused by server\".",
                Clue::Refused,
            ),
            (
                "GnuTLS error -110 in gnutls_record_recv: The TLS connection was non-properly terminated.",
                Clue::TlsClose,
            ),
            (
                "SSL certificate problem: self-signed certificate",
                Clue::TlsHandshake,
            ),
            (
                "Could not resolve host: ftp.example.invalid",
                Clue::HostNotFound,
            ),
            (
                "Verbindungsversuch fehlgeschlagen mit \"ETIMEDOUT - Zeitüberschreitung\".",
                Clue::TimedOut,
            ),
            ("Passive mode address mismatch.", Clue::AddressMismatch),
            (
                "Server sent passive reply with unroutable address. Using server address instead.",
                Clue::AddressReplaced,
            ),
            (
                "Skip 10.0.0.5 for data connection, re-use 203.0.113.5 instead",
                Clue::AddressReplaced,
            ),
            ("Recv failure: Connection reset by peer", Clue::Closed),
            ("dial tcp 192.0.2.1:21: i/o timeout", Clue::TimedOut),
            ("**** Timeout - reconnecting", Clue::TimedOut),
            (
                "Network error: Connection to \"ftp.example.net\" refused.",
                Clue::Refused,
            ),
            (
                "(ESshFatal) Host \"ftp.example.net\" does not exist.",
                Clue::HostNotFound,
            ),
            (
                "Fatal error: gnutls_handshake: An unexpected TLS packet was received.",
                Clue::TlsHandshake,
            ),
            (
                "Erreur : Délai d'attente expiré après 20 secondes d'inactivité",
                Clue::TimedOut,
            ),
        ];
        for (note, expected) in cases {
            assert_eq!(clue(note), Some(expected), "{note}");
        }
        // A client closing its own connection is not a failure, nor is a handshake's progress
        // or a name with a word in it.
        assert_eq!(clue("> dial: conn=*fshttp.timeoutConn, err=<nil>"), None);
        assert_eq!(
            clue("starting with parameters [\"--timeout\" \"5s\"]"),
            None
        );
        assert_eq!(clue("Closing connection 0"), None);
        assert_eq!(clue("TLSv1.3 (IN), TLS handshake, Certificate (11):"), None);
        assert_eq!(clue("Server certificate:"), None);
        assert_eq!(clue("---- Closing control socket"), None);
    }

    #[test]
    fn addresses_come_out_of_notes() {
        let address = connecting_to;
        assert_eq!(
            address("Connecting to 203.0.113.5:21..."),
            Some(Ipv4Addr::new(203, 0, 113, 5))
        );
        assert_eq!(
            address("  Trying 127.0.0.1:2221..."),
            Some(Ipv4Addr::LOCALHOST)
        );
        assert_eq!(
            address("Connected to 127.0.0.1."),
            Some(Ipv4Addr::LOCALHOST)
        );
        assert_eq!(address("Connected to ftp.example.net."), None);
        assert_eq!(address("Retrieving directory listing of 10.0.0.1"), None);
    }
}
