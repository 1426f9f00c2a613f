// @generated from data/reply_codes.toml by codegen/. Do not edit: change the data and run
// `FTP_REPLY_REGENERATE=1 cargo test -p ftp-reply-codegen`.

//! The catalogue: the [`KnownCode`] variants and their records.

use crate::{CodeInfo, Command, Note, RfcRef, Standing};

/// A reply code the catalogue knows: every code of RFC 959 and its extensions, and the de
/// facto codes real servers send.
///
/// The discriminant is the code (`KnownCode::NotLoggedIn as u16 == 530`). Codes outside the
/// catalogue are still [`ReplyCode`](crate::ReplyCode)s; this enum has no `Unknown` variant.
/// New codes may be added in minor releases, so matches need a wildcard arm.
///
/// ```
/// use ftp_reply::{Category, KnownCode};
///
/// let code = KnownCode::CantOpenDataConnection;
/// assert_eq!(code.as_u16(), 425);
/// assert_eq!(code.category(), Category::TransientNegative);
/// assert!(code.commands().contains(&ftp_reply::Command::Retr));
/// assert_eq!(KnownCode::ALL.first(), Some(&KnownCode::RestartMarker));
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::EnumIter,
    strum::EnumCount,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[non_exhaustive]
#[repr(u16)]
pub enum KnownCode {
    /// `110` Restart marker reply.
    ///
    /// The server is reporting a checkpoint in a transfer that is still running. The text has a
    /// fixed form, MARK yyyy = mmmm, where yyyy is the marker the sending side put in the data
    /// stream and mmmm is the matching position on the server. If the transfer breaks, the
    /// client can resume from that point with REST instead of starting again.
    ///
    /// RFC 959 §3.5, §4.2.1, §4.2.2, §5.4.
    RestartMarker = 110,
    /// `120` Service ready in nnn minutes.
    ///
    /// The server accepted the connection but cannot take commands yet. The text says roughly
    /// how many minutes it expects to need. A 220 reply will follow when it is ready.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4.
    ServiceReadyInMinutes = 120,
    /// `125` Data connection already open; transfer starting.
    ///
    /// A data connection is already established, and the server is starting the transfer over
    /// it now. It plays the same role as 150, but no new connection has to be made. A
    /// completion reply (226 or 250, or an error) follows when the transfer ends.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4.
    DataConnectionAlreadyOpen = 125,
    /// `150` File status okay; about to open data connection.
    ///
    /// The server accepted the transfer command and is opening (or accepting) the data
    /// connection to carry it. This is the usual first reply to a transfer; a completion reply
    /// (normally 226) follows once the data has been sent. Many servers put the file size in
    /// the text, as in "Opening BINARY mode data connection for report.pdf (48213 bytes)".
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4; RFC 3659 §7.2; RFC 4217 §10.2, §12.4, §12.5,
    /// §12.6, §12.7.
    FileStatusOk = 150,
    /// `200` Command okay.
    ///
    /// The command succeeded. It is the plain "done" reply for commands that change a setting
    /// and have nothing else to report, such as TYPE, MODE, STRU, PORT or NOOP.
    ///
    /// RFC 959 §4.2, §4.2.1, §4.2.2, §5.4; RFC 2228 §3, §8.2; RFC 2389 §4; RFC 2428 §2;
    /// RFC 2640 §4.2; RFC 3659 §7.9.1; RFC 4217 §5, §9, §12.
    CommandOk = 200,
    /// `202` Command not implemented, superfluous at this site.
    ///
    /// The server does not implement the command because it has no use for it here. This is a
    /// success reply: nothing was needed, so nothing went wrong.
    ///
    /// RFC 959 §4.2, §4.2.1, §4.2.2, §5.4.
    CommandSuperfluous = 202,
    /// `211` System status, or system help reply.
    ///
    /// A status or help report from the server. Its best-known use today is the answer to FEAT
    /// (RFC 2389): a multi-line 211 listing the extensions the server supports, one per line,
    /// each line indented by one space.
    ///
    /// RFC 959 §4.1.3, §4.2.1, §4.2.2, §5.4; RFC 2389 §3.2; RFC 2640 §3.2, §4.3; RFC
    /// 3659 §3.3, §4.3, §5.4, §6.3, §7.8; RFC 4217 §6; RFC 7151 §3.4.
    SystemStatus = 211,
    /// `212` Directory status.
    ///
    /// The server is reporting on a directory, usually with a listing sent over the control
    /// connection instead of a data connection.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4.
    DirectoryStatus = 212,
    /// `213` File status.
    ///
    /// The server is reporting on a file. In reply to SIZE or MDTM (RFC 3659) the text is
    /// exactly the value asked for: a size in bytes, or a modification time in UTC as
    /// YYYYMMDDHHMMSS with optional fractions of a second.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4; RFC 3659 §3.1, §4.1.
    FileStatus = 213,
    /// `214` Help message.
    ///
    /// Help text for a person: which commands the server understands, or how to use one of
    /// them. RFC 959 says this reply is useful only to the human user; programs should not
    /// parse it.
    ///
    /// RFC 959 §4.1.3, §4.2.1, §4.2.2, §5.4.
    HelpMessage = 214,
    /// `215` NAME system type.
    ///
    /// The server names its operating system type, as the first word of the text. The name was
    /// meant to come from the system names in the Assigned Numbers registry, such as UNIX or
    /// WINDOWS\_NT.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4.
    SystemType = 215,
    /// `220` Service ready for new user.
    ///
    /// The server is ready for a new session: the client can now log in. It is the greeting
    /// that every FTP session starts with, and its text often names the server software.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4; RFC 7151 §3.1, §3.2.
    ServiceReady = 220,
    /// `221` Service closing control connection.
    ///
    /// The server is ending the session and closing the control connection, logging the user
    /// out. It is the normal goodbye.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4.
    ClosingControlConnection = 221,
    /// `225` Data connection open; no transfer in progress.
    ///
    /// The data connection is open but idle: there is no transfer to act on. The server keeps
    /// the connection open for the next transfer.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4.
    DataConnectionOpen = 225,
    /// `226` Closing data connection.
    ///
    /// The transfer finished successfully and the server has closed the data connection. This
    /// is the usual final reply to a download, an upload or a directory listing.
    ///
    /// RFC 959 §3.2, §4.1.3, §4.2.1, §4.2.2, §5.4; RFC 3659 §7.2.
    ClosingDataConnection = 226,
    /// `227` Entering Passive Mode (h1,h2,h3,h4,p1,p2).
    ///
    /// The server is listening for the data connection and tells the client where to connect:
    /// IPv4 address h1.h2.h3.h4 and port p1 × 256 + p2. For example, (192,0,2,7,195,80) means
    /// address 192.0.2.7, port 50000.
    ///
    /// RFC 959 §4.1.2, §4.2.1, §4.2.2, §5.4.
    EnteringPassiveMode = 227,
    /// `228` Entering Long Passive Mode (af, hal, h1, h2, h3,..., pal, p1, p2...)
    ///
    /// The long form of passive mode from RFC 1639: the server is listening and gives an
    /// address of any family and length. The numbers are the address family (4 for IPv4, 6 for
    /// IPv6), the address length and its bytes, then the port length and its bytes.
    ///
    /// RFC 1639 §3 (Experimental).
    EnteringLongPassiveMode = 228,
    /// `229` Extended Passive Mode Entered
    ///
    /// The server is listening for the data connection on the port given in the text, between
    /// four delimiter characters, as in "Entering Extended Passive Mode (|||6446|)". The
    /// address is left out: the client connects to the same host as the control connection.
    /// This works for IPv4 and IPv6 alike.
    ///
    /// RFC 2428 §3.
    EnteringExtendedPassiveMode = 229,
    /// `230` User logged in, proceed.
    ///
    /// Login succeeded: the server accepted the credentials and the session can now use the
    /// file system.
    ///
    /// RFC 959 §4.1.1, §4.2.1, §4.2.2, §5.4.
    UserLoggedIn = 230,
    /// `231` User logged out; service terminated.
    ///
    /// The user has been logged out and the service ended. No current RFC defines this code;
    /// RFC 959 answers QUIT with 221.
    ///
    /// De facto: defined by no RFC.
    UserLoggedOut = 231,
    /// `232` User logged in, authorized by security data exchange.
    ///
    /// Login succeeded without a password: the security exchange that protected the connection
    /// already proved who the user is, and the server accepts that identity for the user named.
    ///
    /// RFC 2228 §4, §5.1, §8.2; RFC 4217 §12.1, §12.2, §12.3.
    UserLoggedInBySecurityExchange = 232,
    /// `234` Security data exchange complete.
    ///
    /// The server accepts the security mechanism named in AUTH and needs no further data
    /// exchange to set it up. With AUTH TLS it means: start the TLS handshake on this
    /// connection now.
    ///
    /// RFC 2228 §3, §5.1, §8.2; RFC 4217 §4.2, §12.1.
    SecurityExchangeComplete = 234,
    /// `235` \[ADAT=base64data\]
    ///
    /// The security data exchange finished successfully. The text may carry final security data
    /// for the client, written ADAT= followed by base64; the brackets in the RFC's text only
    /// mark that part as optional.
    ///
    /// RFC 2228 §3, §5.1, §8.2.
    SecurityExchangeSucceeded = 235,
    /// `250` Requested file action okay, completed.
    ///
    /// The file action succeeded: the directory was changed, the file deleted or renamed, the
    /// directory removed. It can also end a transfer, like 226.
    ///
    /// RFC 959 §3.2, §4.1.3, §4.2.1, §4.2.2, §5.4; RFC 3659 §7.2.
    FileActionOk = 250,
    /// `251` \[FilePath\] \<MD5 hex digest\>
    ///
    /// The MD5 checksum of a file on the server, so the client can check a transfer without
    /// downloading the file again. The text is the path followed by the digest in hexadecimal.
    ///
    /// De facto: defined by no RFC.
    Md5Digest = 251,
    /// `252` \[FilePath1\] \<MD5\>,\[FilePath2\] \<MD5\> \[...\]
    ///
    /// The MD5 checksums of several files, each path followed by its digest, separated by
    /// commas.
    ///
    /// De facto: defined by no RFC.
    Md5DigestList = 252,
    /// `257` "PATHNAME" created.
    ///
    /// The reply carries a directory path, in double quotes at the start of the text: the
    /// current directory after PWD, or the directory just made after MKD. A double quote inside
    /// the path is written twice, so "/a""b" stands for /a"b. Any commentary follows the
    /// closing quote.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4, Appendix II.
    PathCreated = 257,
    /// `331` User name okay, need password.
    ///
    /// The server has the user name and now needs the password. "User name okay" does not mean
    /// the account exists: servers send 331 for any name, so that nobody can find valid user
    /// names by trying them, and report a wrong name or password only after PASS.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4; RFC 4217 §12.1.
    NeedPassword = 331,
    /// `332` Need account for login.
    ///
    /// The server needs an account name, separate from the user name, before it completes the
    /// login or the pending command. Accounts were used on systems that charged usage to an
    /// account.
    ///
    /// RFC 959 §4.1.1, §4.2.1, §4.2.2, §5.4.
    NeedAccount = 332,
    /// `334` \[ADAT=base64data\]
    ///
    /// The server accepts the security mechanism named in AUTH, and the exchange continues with
    /// ADAT commands. The text may already carry security data for the client after ADAT=, in
    /// base64.
    ///
    /// RFC 2228 §3, §5.1, §8.2; RFC 4217 §4.2.
    SecurityMechanismOk = 334,
    /// `335` \[ADAT=base64data\]
    ///
    /// The server accepted the security data, but the exchange needs more: send another ADAT.
    /// The text may carry the server's next piece of data after ADAT=, in base64.
    ///
    /// RFC 2228 §3, §5.1, §8.2.
    SecurityExchangeContinue = 335,
    /// `336` Username okay, need password. Challenge is "...."
    ///
    /// Like 331, the server wants a password, but it also sends a challenge for the user to
    /// answer, as with one-time password systems: the right password depends on the challenge.
    ///
    /// RFC 2228 §4, §5.1, §8.2.
    NeedPasswordWithChallenge = 336,
    /// `350` Requested file action pending further information.
    ///
    /// The server accepted the first half of a two-step action and waits for the second: the
    /// rename target after RNFR, or the transfer command after REST.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4; RFC 3659 §5.3, §5.5.
    FileActionPending = 350,
    /// `400` \[Pure-FTPd: e.g. "Invalid certificate", "SSL error", "Missing certificate"\]
    ///
    /// The server could not set up TLS for this connection and is closing it. The code is not
    /// in any RFC; its text says what failed.
    ///
    /// De facto: defined by no RFC.
    TlsSetupFailed = 400,
    /// `421` Service not available, closing control connection.
    ///
    /// The server is ending the session: it cannot or will not serve this connection any more,
    /// and closes the control connection after this reply. The cause is on the server's side
    /// and is expected to be temporary, so connecting again later may work.
    ///
    /// RFC 959 §4.2, §4.2.1, §4.2.2, §5.4; RFC 2228 §8.2; RFC 4217 §10.1; RFC 7151 §3.2.
    ServiceNotAvailable = 421,
    /// `425` Can't open data connection.
    ///
    /// The server could not set up the data connection that the transfer needs, so nothing was
    /// transferred. The control connection stays open, and the command can be tried again once
    /// the data connection problem is solved.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4.
    CantOpenDataConnection = 425,
    /// `426` Connection closed; transfer aborted.
    ///
    /// The data connection closed before the transfer finished, so the transfer is incomplete.
    /// Either the client asked for it with ABOR, or the connection broke.
    ///
    /// RFC 959 §4.1.3, §4.2.1, §4.2.2, §5.4.
    TransferAborted = 426,
    /// `430` Invalid username or password
    ///
    /// The login was refused because the user name or password is wrong. No RFC defines 430;
    /// the standard reply for a failed login is 530.
    ///
    /// De facto: defined by no RFC.
    InvalidCredentials = 430,
    /// `431` Need some unavailable resource to process security.
    ///
    /// The server cannot complete the security request right now because something it needs is
    /// missing or unavailable, for example its key material or an authentication service it
    /// relies on.
    ///
    /// RFC 2228 §3, §5.1, §8.2; RFC 959 Appendix II.
    SecurityResourceUnavailable = 431,
    /// `434` Requested host unavailable.
    ///
    /// The host the client asked for is not available, and the server closes the connection. No
    /// RFC defines 434.
    ///
    /// De facto: defined by no RFC.
    HostUnavailable = 434,
    /// `450` Requested file action not taken.
    ///
    /// The server did not perform the file action because the file is unavailable at the
    /// moment, for example because another process has it locked or is still writing it. The
    /// same command may succeed later.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4.
    FileTemporarilyUnavailable = 450,
    /// `451` Requested action aborted: local error in processing.
    ///
    /// The server hit an error of its own while carrying out the command, such as a failed disk
    /// read or write, and aborted it. The error is on the server, not in the request, and may
    /// be temporary.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4; RFC 2389 §4.
    LocalProcessingError = 451,
    /// `452` Requested action not taken.
    ///
    /// The server does not have enough storage space for the upload, so it was not taken, or
    /// was stopped. RFC 959 calls it insufficient storage space in the system: the server's
    /// disk is full, which may change when space is freed.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4.
    InsufficientStorage = 452,
    /// `500` Syntax error, command unrecognized.
    ///
    /// The server did not understand the command: the verb is unknown to it, or the line is
    /// malformed or too long. Extension commands a server lacks (FEAT, EPSV, MLSD and others)
    /// are often answered this way.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4; RFC 1639 §4; RFC 2228 §3, §8.2; RFC 2389 §3.2, §4;
    /// RFC 2428 §2, §3; RFC 2640 §4.2; RFC 3659 §3.2, §4.2, §7.2.1; RFC 4217 §5; RFC
    /// 7151 §3.3.
    CommandUnrecognized = 500,
    /// `501` Syntax error in parameters or arguments.
    ///
    /// The server knows the command but its argument is wrong: missing, extra, or in the wrong
    /// format.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4; RFC 1639 §4; RFC 2228 §3, §8.2; RFC 2389 §3.2, §4;
    /// RFC 2428 §2, §3; RFC 2640 §4.2; RFC 3659 §3.2, §4.2, §7.1, §7.2.1, §7.9.2; RFC
    /// 7151 §3.1, §3.3.
    SyntaxErrorInArguments = 501,
    /// `502` Command not implemented.
    ///
    /// The server recognises the command but does not implement it, or has it turned off.
    ///
    /// RFC 959 §4.2, §4.2.1, §4.2.2, §5.4; RFC 2228 §3, §8.2; RFC 2389 §3.2, §4; RFC
    /// 2640 §4.2; RFC 7151 §3.3.
    CommandNotImplemented = 502,
    /// `503` Bad sequence of commands.
    ///
    /// The command is valid but not at this point of the session: something that must come
    /// before it is missing.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4; RFC 2228 §3, §8.2; RFC 3659 §7.2.1; RFC 7151 §3,
    /// §3.3.
    BadSequence = 503,
    /// `504` Command not implemented for that parameter.
    ///
    /// The server implements the command, but not with the value given.
    ///
    /// RFC 959 §4.2, §4.2.1, §4.2.2, §5.4; RFC 2228 §3, §8.2; RFC 2640 §4.2; RFC 3659
    /// §7.2.1; RFC 7151 §3.1, §3.2, §3.3.
    ParameterNotImplemented = 504,
    /// `520` \[Pure-FTPd: "Active mode is disabled" / "Unable to open a passive connection"\]
    ///
    /// Pure-FTPd's answer to its ESTA or ESTP command when the data connection the command asks
    /// about has not been set up, so there is no address to report.
    ///
    /// De facto: defined by no RFC.
    DataModeDisabled = 520,
    /// `521` Supported address families are (af1, af2, ..., afn)
    ///
    /// The code has three unrelated meanings. In reply to LPRT or LPSV, the address family the
    /// client asked for is not supported, and the text lists the ones that are. In reply to a
    /// transfer on FTP over TLS, the data connection cannot be opened with the current PROT
    /// level. In RFC 959's examples, it says a directory already exists.
    ///
    /// RFC 1639 §4; RFC 4217 §10.2; RFC 959 Appendix II.
    AddressFamilyNotSupported = 521,
    /// `522` Extended Port Failure - unknown network protocol
    ///
    /// In reply to EPRT or EPSV, the server does not support the network protocol asked for (1
    /// for IPv4, 2 for IPv6); the text ends with the protocols it does support, such as
    /// "(1,2)". In reply to a transfer on FTP over TLS, TLS on the data connection failed or is
    /// required: servers send it when the client did not protect the data connection as the
    /// server demands.
    ///
    /// RFC 2428 §2, §3; RFC 4217 §10.2, §11.4.
    UnknownNetworkProtocol = 522,
    /// `530` Not logged in.
    ///
    /// The session is not logged in. After PASS it means the login failed; after any other
    /// command it means that command needs a successful login first.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4; RFC 2228 §8.2; RFC 3659 §7.2.1.
    NotLoggedIn = 530,
    /// `532` Need account for storing files.
    ///
    /// Storing files requires an account that the session has not given. Unlike 332, the server
    /// discards the command instead of holding it.
    ///
    /// RFC 959 §4.1.1, §4.2.1, §4.2.2, §5.4.
    NeedAccountForStoring = 532,
    /// `533` Command protection level denied for policy reasons.
    ///
    /// The server refuses the command because of how it was protected: its policy requires a
    /// different protection level for commands.
    ///
    /// RFC 2228 §3, §5.1, §8.2; RFC 4217 §5.
    CommandProtectionLevelDenied = 533,
    /// `534` Request denied for policy reasons.
    ///
    /// The server's security policy forbids the request: for example, it requires TLS and the
    /// client did not use it, or it will not drop or weaken the protection the client asked to
    /// change.
    ///
    /// RFC 2228 §3, §5.1, §6, §8.2; RFC 4217 §5.
    RequestDeniedByPolicy = 534,
    /// `535` Failed security check (hash, sequence, etc).
    ///
    /// A protected command or data block failed its security check: the integrity check did not
    /// match, the sequence was wrong or the data could not be decrypted.
    ///
    /// RFC 2228 §3, §5.1, §6, §8.2.
    SecurityCheckFailed = 535,
    /// `536` Requested PROT level not supported by mechanism.
    ///
    /// The security mechanism in use cannot provide the data protection level asked for with
    /// PROT.
    ///
    /// RFC 2228 §3, §5.1, §8.2.
    DataProtectionLevelNotSupported = 536,
    /// `537` Command protection level not supported by security mechanism.
    ///
    /// The security mechanism in use cannot protect commands at the level the client used.
    ///
    /// RFC 2228 §3, §5.1.
    CommandProtectionLevelNotSupported = 537,
    /// `550` Requested action not taken.
    ///
    /// The server did not perform the file action because the file or directory is unavailable:
    /// it does not exist, it is not the right kind (a file where a directory is expected, or
    /// the other way round), or the user has no permission for it. Repeating the command will
    /// not help until that changes.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4, §7; RFC 3659 §3.2, §4.2, §7.2.1.
    FileUnavailable = 550,
    /// `551` Requested action aborted: page type unknown.
    ///
    /// The server aborted an upload of a page-structured file (STRU P) because the page type in
    /// the data is not one it knows.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4.
    PageTypeUnknown = 551,
    /// `552` Requested file action aborted.
    ///
    /// The upload was stopped because it would exceed the storage allocated to the user or the
    /// directory: a quota or a file size limit.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4.
    ExceededStorageAllocation = 552,
    /// `553` Requested action not taken.
    ///
    /// The file name is not allowed: RFC 959's text for 553 continues "File name not allowed".
    /// Servers also use it when they cannot create the file for another reason.
    ///
    /// RFC 959 §4.2.1, §4.2.2, §5.4; RFC 3659 §7.2.1.
    FileNameNotAllowed = 553,
    /// `554` Requested action not taken: invalid REST parameter.
    ///
    /// The transfer was refused because the restart position set by REST cannot be used for
    /// this file, for example an offset beyond the end of the file.
    ///
    /// RFC 1123 §4.1.3.4.
    InvalidRestParameter = 554,
    /// `555` Requested action not taken: type or stru mismatch.
    ///
    /// The transfer was refused because the current transfer type or structure (TYPE, STRU)
    /// does not fit the restart or the existing file.
    ///
    /// RFC 1123 §4.1.3.4.
    TypeOrStructureMismatch = 555,
    /// `556` \[ProFTPD: "\<path\>: Operation not permitted"\]
    ///
    /// The server refuses to compute a checksum of this file.
    ///
    /// De facto: defined by no RFC.
    HashNotPermitted = 556,
    /// `631` Integrity protected reply.
    ///
    /// A protected reply: the server's real reply is inside the text, encoded in base64 and
    /// signed by the security mechanism so that tampering can be detected, but not encrypted.
    ///
    /// RFC 2228 §5.2, §8.2.
    IntegrityProtected = 631,
    /// `632` Confidentiality and integrity protected reply.
    ///
    /// A protected reply: the server's real reply is inside the text, encrypted and signed by
    /// the security mechanism, then encoded in base64.
    ///
    /// RFC 2228 §5.2, §8.2; RFC 2773 §2.
    ConfidentialityAndIntegrityProtected = 632,
    /// `633` Confidentiality protected reply.
    ///
    /// A protected reply: the server's real reply is inside the text, encrypted by the security
    /// mechanism and encoded in base64.
    ///
    /// RFC 2228 §5.2, §8.2.
    ConfidentialityProtected = 633,
}

impl KnownCode {
    /// Every catalogued code, in ascending order.
    pub const ALL: &'static [KnownCode] = &[
        KnownCode::RestartMarker,
        KnownCode::ServiceReadyInMinutes,
        KnownCode::DataConnectionAlreadyOpen,
        KnownCode::FileStatusOk,
        KnownCode::CommandOk,
        KnownCode::CommandSuperfluous,
        KnownCode::SystemStatus,
        KnownCode::DirectoryStatus,
        KnownCode::FileStatus,
        KnownCode::HelpMessage,
        KnownCode::SystemType,
        KnownCode::ServiceReady,
        KnownCode::ClosingControlConnection,
        KnownCode::DataConnectionOpen,
        KnownCode::ClosingDataConnection,
        KnownCode::EnteringPassiveMode,
        KnownCode::EnteringLongPassiveMode,
        KnownCode::EnteringExtendedPassiveMode,
        KnownCode::UserLoggedIn,
        KnownCode::UserLoggedOut,
        KnownCode::UserLoggedInBySecurityExchange,
        KnownCode::SecurityExchangeComplete,
        KnownCode::SecurityExchangeSucceeded,
        KnownCode::FileActionOk,
        KnownCode::Md5Digest,
        KnownCode::Md5DigestList,
        KnownCode::PathCreated,
        KnownCode::NeedPassword,
        KnownCode::NeedAccount,
        KnownCode::SecurityMechanismOk,
        KnownCode::SecurityExchangeContinue,
        KnownCode::NeedPasswordWithChallenge,
        KnownCode::FileActionPending,
        KnownCode::TlsSetupFailed,
        KnownCode::ServiceNotAvailable,
        KnownCode::CantOpenDataConnection,
        KnownCode::TransferAborted,
        KnownCode::InvalidCredentials,
        KnownCode::SecurityResourceUnavailable,
        KnownCode::HostUnavailable,
        KnownCode::FileTemporarilyUnavailable,
        KnownCode::LocalProcessingError,
        KnownCode::InsufficientStorage,
        KnownCode::CommandUnrecognized,
        KnownCode::SyntaxErrorInArguments,
        KnownCode::CommandNotImplemented,
        KnownCode::BadSequence,
        KnownCode::ParameterNotImplemented,
        KnownCode::DataModeDisabled,
        KnownCode::AddressFamilyNotSupported,
        KnownCode::UnknownNetworkProtocol,
        KnownCode::NotLoggedIn,
        KnownCode::NeedAccountForStoring,
        KnownCode::CommandProtectionLevelDenied,
        KnownCode::RequestDeniedByPolicy,
        KnownCode::SecurityCheckFailed,
        KnownCode::DataProtectionLevelNotSupported,
        KnownCode::CommandProtectionLevelNotSupported,
        KnownCode::FileUnavailable,
        KnownCode::PageTypeUnknown,
        KnownCode::ExceededStorageAllocation,
        KnownCode::FileNameNotAllowed,
        KnownCode::InvalidRestParameter,
        KnownCode::TypeOrStructureMismatch,
        KnownCode::HashNotPermitted,
        KnownCode::IntegrityProtected,
        KnownCode::ConfidentialityAndIntegrityProtected,
        KnownCode::ConfidentialityProtected,
    ];

    /// The code's catalogue record. Allocates nothing.
    pub const fn info(self) -> &'static CodeInfo {
        match self {
            KnownCode::RestartMarker => &INFO_110,
            KnownCode::ServiceReadyInMinutes => &INFO_120,
            KnownCode::DataConnectionAlreadyOpen => &INFO_125,
            KnownCode::FileStatusOk => &INFO_150,
            KnownCode::CommandOk => &INFO_200,
            KnownCode::CommandSuperfluous => &INFO_202,
            KnownCode::SystemStatus => &INFO_211,
            KnownCode::DirectoryStatus => &INFO_212,
            KnownCode::FileStatus => &INFO_213,
            KnownCode::HelpMessage => &INFO_214,
            KnownCode::SystemType => &INFO_215,
            KnownCode::ServiceReady => &INFO_220,
            KnownCode::ClosingControlConnection => &INFO_221,
            KnownCode::DataConnectionOpen => &INFO_225,
            KnownCode::ClosingDataConnection => &INFO_226,
            KnownCode::EnteringPassiveMode => &INFO_227,
            KnownCode::EnteringLongPassiveMode => &INFO_228,
            KnownCode::EnteringExtendedPassiveMode => &INFO_229,
            KnownCode::UserLoggedIn => &INFO_230,
            KnownCode::UserLoggedOut => &INFO_231,
            KnownCode::UserLoggedInBySecurityExchange => &INFO_232,
            KnownCode::SecurityExchangeComplete => &INFO_234,
            KnownCode::SecurityExchangeSucceeded => &INFO_235,
            KnownCode::FileActionOk => &INFO_250,
            KnownCode::Md5Digest => &INFO_251,
            KnownCode::Md5DigestList => &INFO_252,
            KnownCode::PathCreated => &INFO_257,
            KnownCode::NeedPassword => &INFO_331,
            KnownCode::NeedAccount => &INFO_332,
            KnownCode::SecurityMechanismOk => &INFO_334,
            KnownCode::SecurityExchangeContinue => &INFO_335,
            KnownCode::NeedPasswordWithChallenge => &INFO_336,
            KnownCode::FileActionPending => &INFO_350,
            KnownCode::TlsSetupFailed => &INFO_400,
            KnownCode::ServiceNotAvailable => &INFO_421,
            KnownCode::CantOpenDataConnection => &INFO_425,
            KnownCode::TransferAborted => &INFO_426,
            KnownCode::InvalidCredentials => &INFO_430,
            KnownCode::SecurityResourceUnavailable => &INFO_431,
            KnownCode::HostUnavailable => &INFO_434,
            KnownCode::FileTemporarilyUnavailable => &INFO_450,
            KnownCode::LocalProcessingError => &INFO_451,
            KnownCode::InsufficientStorage => &INFO_452,
            KnownCode::CommandUnrecognized => &INFO_500,
            KnownCode::SyntaxErrorInArguments => &INFO_501,
            KnownCode::CommandNotImplemented => &INFO_502,
            KnownCode::BadSequence => &INFO_503,
            KnownCode::ParameterNotImplemented => &INFO_504,
            KnownCode::DataModeDisabled => &INFO_520,
            KnownCode::AddressFamilyNotSupported => &INFO_521,
            KnownCode::UnknownNetworkProtocol => &INFO_522,
            KnownCode::NotLoggedIn => &INFO_530,
            KnownCode::NeedAccountForStoring => &INFO_532,
            KnownCode::CommandProtectionLevelDenied => &INFO_533,
            KnownCode::RequestDeniedByPolicy => &INFO_534,
            KnownCode::SecurityCheckFailed => &INFO_535,
            KnownCode::DataProtectionLevelNotSupported => &INFO_536,
            KnownCode::CommandProtectionLevelNotSupported => &INFO_537,
            KnownCode::FileUnavailable => &INFO_550,
            KnownCode::PageTypeUnknown => &INFO_551,
            KnownCode::ExceededStorageAllocation => &INFO_552,
            KnownCode::FileNameNotAllowed => &INFO_553,
            KnownCode::InvalidRestParameter => &INFO_554,
            KnownCode::TypeOrStructureMismatch => &INFO_555,
            KnownCode::HashNotPermitted => &INFO_556,
            KnownCode::IntegrityProtected => &INFO_631,
            KnownCode::ConfidentialityAndIntegrityProtected => &INFO_632,
            KnownCode::ConfidentialityProtected => &INFO_633,
        }
    }
}

/// One more than the position in [`RECORDS`] of each number from 100 to 699; 0 where
/// the catalogue has no code.
static POSITIONS: [u8; 600] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 5, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 7, 8, 9, 10, 11, 0, 0, 0, 0, 12, 13, 0, 0, 0, 14,
    15, 16, 17, 18, 19, 20, 21, 0, 22, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 25, 26, 0,
    0, 0, 0, 27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 28, 29, 0, 30, 31, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 34, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 35, 0, 0, 0, 36, 37, 0, 0, 0, 38, 39, 0, 0, 40, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 41, 42, 43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 44,
    45, 46, 47, 48, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 49, 50, 51, 0, 0, 0, 0, 0, 0, 0,
    52, 0, 53, 54, 55, 56, 57, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 59, 60, 61, 62, 63, 64, 65,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 66, 67, 68, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

/// The records, in the order of [`KnownCode::ALL`].
static RECORDS: [&CodeInfo; 68] = [
    &INFO_110, &INFO_120, &INFO_125, &INFO_150, &INFO_200, &INFO_202, &INFO_211, &INFO_212,
    &INFO_213, &INFO_214, &INFO_215, &INFO_220, &INFO_221, &INFO_225, &INFO_226, &INFO_227,
    &INFO_228, &INFO_229, &INFO_230, &INFO_231, &INFO_232, &INFO_234, &INFO_235, &INFO_250,
    &INFO_251, &INFO_252, &INFO_257, &INFO_331, &INFO_332, &INFO_334, &INFO_335, &INFO_336,
    &INFO_350, &INFO_400, &INFO_421, &INFO_425, &INFO_426, &INFO_430, &INFO_431, &INFO_434,
    &INFO_450, &INFO_451, &INFO_452, &INFO_500, &INFO_501, &INFO_502, &INFO_503, &INFO_504,
    &INFO_520, &INFO_521, &INFO_522, &INFO_530, &INFO_532, &INFO_533, &INFO_534, &INFO_535,
    &INFO_536, &INFO_537, &INFO_550, &INFO_551, &INFO_552, &INFO_553, &INFO_554, &INFO_555,
    &INFO_556, &INFO_631, &INFO_632, &INFO_633,
];

/// The record of the code with this number, if the catalogue has one.
pub(crate) fn record(value: u16) -> Option<&'static CodeInfo> {
    let position = *POSITIONS.get(usize::from(value.wrapping_sub(100)))?;
    RECORDS.get(usize::from(position).checked_sub(1)?).copied()
}

/// The perfect-hash map from a variant's name to the code.
pub(crate) static BY_NAME: phf::Map<&'static str, KnownCode> = ::phf::Map {
    key: 16287231350648472473,
    disps: &[
        (0, 6),
        (0, 15),
        (0, 0),
        (0, 8),
        (0, 0),
        (0, 32),
        (0, 0),
        (0, 5),
        (0, 11),
        (0, 5),
        (0, 25),
        (0, 0),
        (2, 2),
        (0, 21),
        (0, 19),
        (0, 0),
        (0, 3),
        (0, 0),
        (0, 11),
        (0, 61),
        (0, 5),
        (1, 63),
        (1, 56),
    ],
    entries: &[
        (
            "EnteringLongPassiveMode",
            KnownCode::EnteringLongPassiveMode,
        ),
        ("InsufficientStorage", KnownCode::InsufficientStorage),
        (
            "NeedPasswordWithChallenge",
            KnownCode::NeedPasswordWithChallenge,
        ),
        (
            "SecurityResourceUnavailable",
            KnownCode::SecurityResourceUnavailable,
        ),
        ("CantOpenDataConnection", KnownCode::CantOpenDataConnection),
        (
            "ClosingControlConnection",
            KnownCode::ClosingControlConnection,
        ),
        ("HelpMessage", KnownCode::HelpMessage),
        ("SecurityMechanismOk", KnownCode::SecurityMechanismOk),
        ("CommandUnrecognized", KnownCode::CommandUnrecognized),
        ("BadSequence", KnownCode::BadSequence),
        (
            "SecurityExchangeContinue",
            KnownCode::SecurityExchangeContinue,
        ),
        ("RequestDeniedByPolicy", KnownCode::RequestDeniedByPolicy),
        ("FileActionOk", KnownCode::FileActionOk),
        ("ClosingDataConnection", KnownCode::ClosingDataConnection),
        ("ServiceReady", KnownCode::ServiceReady),
        (
            "UserLoggedInBySecurityExchange",
            KnownCode::UserLoggedInBySecurityExchange,
        ),
        ("SyntaxErrorInArguments", KnownCode::SyntaxErrorInArguments),
        ("HashNotPermitted", KnownCode::HashNotPermitted),
        (
            "FileTemporarilyUnavailable",
            KnownCode::FileTemporarilyUnavailable,
        ),
        (
            "ConfidentialityProtected",
            KnownCode::ConfidentialityProtected,
        ),
        ("FileUnavailable", KnownCode::FileUnavailable),
        (
            "ParameterNotImplemented",
            KnownCode::ParameterNotImplemented,
        ),
        ("ServiceReadyInMinutes", KnownCode::ServiceReadyInMinutes),
        (
            "CommandProtectionLevelNotSupported",
            KnownCode::CommandProtectionLevelNotSupported,
        ),
        ("CommandOk", KnownCode::CommandOk),
        ("TransferAborted", KnownCode::TransferAborted),
        ("DirectoryStatus", KnownCode::DirectoryStatus),
        ("FileActionPending", KnownCode::FileActionPending),
        (
            "AddressFamilyNotSupported",
            KnownCode::AddressFamilyNotSupported,
        ),
        ("UnknownNetworkProtocol", KnownCode::UnknownNetworkProtocol),
        ("NeedAccountForStoring", KnownCode::NeedAccountForStoring),
        ("UserLoggedIn", KnownCode::UserLoggedIn),
        ("TlsSetupFailed", KnownCode::TlsSetupFailed),
        ("PageTypeUnknown", KnownCode::PageTypeUnknown),
        ("SystemType", KnownCode::SystemType),
        (
            "ExceededStorageAllocation",
            KnownCode::ExceededStorageAllocation,
        ),
        ("NeedPassword", KnownCode::NeedPassword),
        ("IntegrityProtected", KnownCode::IntegrityProtected),
        ("DataModeDisabled", KnownCode::DataModeDisabled),
        ("ServiceNotAvailable", KnownCode::ServiceNotAvailable),
        (
            "SecurityExchangeSucceeded",
            KnownCode::SecurityExchangeSucceeded,
        ),
        (
            "EnteringExtendedPassiveMode",
            KnownCode::EnteringExtendedPassiveMode,
        ),
        ("CommandSuperfluous", KnownCode::CommandSuperfluous),
        ("NeedAccount", KnownCode::NeedAccount),
        ("SecurityCheckFailed", KnownCode::SecurityCheckFailed),
        ("HostUnavailable", KnownCode::HostUnavailable),
        (
            "ConfidentialityAndIntegrityProtected",
            KnownCode::ConfidentialityAndIntegrityProtected,
        ),
        ("NotLoggedIn", KnownCode::NotLoggedIn),
        ("SystemStatus", KnownCode::SystemStatus),
        (
            "DataConnectionAlreadyOpen",
            KnownCode::DataConnectionAlreadyOpen,
        ),
        ("UserLoggedOut", KnownCode::UserLoggedOut),
        ("Md5DigestList", KnownCode::Md5DigestList),
        ("FileStatusOk", KnownCode::FileStatusOk),
        ("PathCreated", KnownCode::PathCreated),
        (
            "DataProtectionLevelNotSupported",
            KnownCode::DataProtectionLevelNotSupported,
        ),
        ("LocalProcessingError", KnownCode::LocalProcessingError),
        (
            "TypeOrStructureMismatch",
            KnownCode::TypeOrStructureMismatch,
        ),
        ("FileStatus", KnownCode::FileStatus),
        (
            "CommandProtectionLevelDenied",
            KnownCode::CommandProtectionLevelDenied,
        ),
        ("InvalidRestParameter", KnownCode::InvalidRestParameter),
        ("CommandNotImplemented", KnownCode::CommandNotImplemented),
        ("FileNameNotAllowed", KnownCode::FileNameNotAllowed),
        (
            "SecurityExchangeComplete",
            KnownCode::SecurityExchangeComplete,
        ),
        ("Md5Digest", KnownCode::Md5Digest),
        ("EnteringPassiveMode", KnownCode::EnteringPassiveMode),
        ("InvalidCredentials", KnownCode::InvalidCredentials),
        ("DataConnectionOpen", KnownCode::DataConnectionOpen),
        ("RestartMarker", KnownCode::RestartMarker),
    ],
};

static INFO_110: CodeInfo = CodeInfo {
    code: KnownCode::RestartMarker,
    canonical_text: "Restart marker reply.",
    meaning: "The server is reporting a checkpoint in a transfer that is still running. The text has a fixed form, MARK yyyy = mmmm, where yyyy is the marker the sending side put in the data stream and mmmm is the matching position on the server. If the transfer breaks, the client can resume from that point with REST instead of starting again.",
    when_you_see_it: "During STOR, STOU, RETR or APPE in block or compressed transfer mode (MODE B or MODE C), which carry restart markers inside the data. It is rare today: almost every transfer uses stream mode, where clients resume with a byte offset (REST with a number, RFC 3659) and no 110 reply is sent.",
    how_to_fix: "Nothing to fix: it is a progress report, not an error. Wait for the final reply (226 or 250 on success).\n\nIf you write a client, keep the latest marker pair; should the transfer fail, send REST with the server's marker (mmmm) and repeat the transfer command to continue from there. A client that does not use markers can ignore the reply, but must not treat it as the end of the command.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["3.5", "4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::Stor, Command::Stou, Command::Retr, Command::Appe],
    status: Standing::Standard,
    notes: &[],
};

static INFO_120: CodeInfo = CodeInfo {
    code: KnownCode::ServiceReadyInMinutes,
    canonical_text: "Service ready in nnn minutes.",
    meaning: "The server accepted the connection but cannot take commands yet. The text says roughly how many minutes it expects to need. A 220 reply will follow when it is ready.",
    when_you_see_it: "As the greeting, right after the control connection opens, when the server is starting up or busy; and in reply to REIN, when the server needs time before it can start a new session.",
    how_to_fix: "As a user, wait: the server will send 220 when it is ready. If it never does, try again later.\n\nIf you write a client, do not send commands after 120; keep reading until 220 (ready) or 421 (giving up), with a timeout longer than the delay the text announces.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::Rein],
    status: Standing::Standard,
    notes: &[],
};

static INFO_125: CodeInfo = CodeInfo {
    code: KnownCode::DataConnectionAlreadyOpen,
    canonical_text: "Data connection already open; transfer starting.",
    meaning: "A data connection is already established, and the server is starting the transfer over it now. It plays the same role as 150, but no new connection has to be made. A completion reply (226 or 250, or an error) follows when the transfer ends.",
    when_you_see_it: "In reply to RETR, STOR, STOU, APPE, LIST or NLST. Microsoft IIS sends it routinely in passive mode, because the client has already connected to the passive port before sending the command; other servers usually send 150.",
    how_to_fix: "Nothing to fix: the transfer is starting. Read or write the data connection, then read the final reply.\n\nIf you write a client, treat 125 and 150 alike: both mean the transfer is under way and another reply will follow.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Mlsd,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_150: CodeInfo = CodeInfo {
    code: KnownCode::FileStatusOk,
    canonical_text: "File status okay; about to open data connection.",
    meaning: "The server accepted the transfer command and is opening (or accepting) the data connection to carry it. This is the usual first reply to a transfer; a completion reply (normally 226) follows once the data has been sent. Many servers put the file size in the text, as in \"Opening BINARY mode data connection for report.pdf (48213 bytes)\".",
    when_you_see_it: "In reply to RETR, STOR, STOU, APPE, LIST, NLST and MLSD. In passive mode the client has already been given a port (227 or 229) and the server now waits for it to connect; in active mode the server now connects to the address given by PORT or EPRT, from port 20 on the server. With FTP over TLS, the TLS handshake on the data connection happens after this reply.",
    how_to_fix: "Nothing to fix: the transfer is starting. Use the data connection, then read the final reply.\n\nIf the session stalls right after 150, the data connection itself is blocked: in active mode a firewall or NAT router in front of the client drops the server's incoming connection; in passive mode the server's passive port range is not open. Switching mode (passive is the usual fix for clients behind NAT) or opening the port range on the server resolves it.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 3659,
            sections: &["7.2"],
        },
        RfcRef {
            number: 4217,
            sections: &["10.2", "12.4", "12.5", "12.6", "12.7"],
        },
    ],
    commands: &[
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Mlsd,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_200: CodeInfo = CodeInfo {
    code: KnownCode::CommandOk,
    canonical_text: "Command okay.",
    meaning: "The command succeeded. It is the plain \"done\" reply for commands that change a setting and have nothing else to report, such as TYPE, MODE, STRU, PORT or NOOP.",
    when_you_see_it: "After TYPE I or TYPE A (\"Switching to Binary mode\"), PORT and EPRT (the data address is set), MODE, STRU, NOOP, OPTS (RFC 2389), PBSZ and PROT (FTP over TLS), CCC, LANG and a successful SITE command. Servers also answer EPSV ALL with 200. Some servers answer CWD or CDUP with 200 where RFC 959's table lists 250; RFC 959's own examples do the same.",
    how_to_fix: "Nothing to fix: the setting is in effect. Send the next command.\n\nIf you write a client, accept any 2yz reply as success for these commands rather than exactly 200: servers differ, for example between 200 and 250 for CDUP.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2", "4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["3", "8.2"],
        },
        RfcRef {
            number: 2389,
            sections: &["4"],
        },
        RfcRef {
            number: 2428,
            sections: &["2"],
        },
        RfcRef {
            number: 2640,
            sections: &["4.2"],
        },
        RfcRef {
            number: 3659,
            sections: &["7.9.1"],
        },
        RfcRef {
            number: 4217,
            sections: &["5", "9", "12"],
        },
    ],
    commands: &[
        Command::Cwd,
        Command::Cdup,
        Command::Port,
        Command::Mode,
        Command::Type,
        Command::Stru,
        Command::Allo,
        Command::Dele,
        Command::Site,
        Command::Noop,
        Command::Pbsz,
        Command::Prot,
        Command::Ccc,
        Command::Opts,
        Command::Eprt,
        Command::Epsv,
        Command::Lang,
        Command::Lprt,
        Command::Xcup,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_202: CodeInfo = CodeInfo {
    code: KnownCode::CommandSuperfluous,
    canonical_text: "Command not implemented, superfluous at this site.",
    meaning: "The server does not implement the command because it has no use for it here. This is a success reply: nothing was needed, so nothing went wrong.",
    when_you_see_it: "Most often after ALLO on a server that needs no space reserved before an upload (\"No storage allocation necessary\"); also after ACCT on a server without accounts, after PASS when no password is required, or after SMNT and SITE commands that mean nothing on that system.",
    how_to_fix: "Nothing to fix: carry on as if the command had succeeded.\n\nIf you write a client, do not report 202 as an error. It differs from 502, which says a needed command is missing.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2", "4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[
        Command::Pass,
        Command::Acct,
        Command::Smnt,
        Command::Allo,
        Command::Site,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_211: CodeInfo = CodeInfo {
    code: KnownCode::SystemStatus,
    canonical_text: "System status, or system help reply.",
    meaning: "A status or help report from the server. Its best-known use today is the answer to FEAT (RFC 2389): a multi-line 211 listing the extensions the server supports, one per line, each line indented by one space.",
    when_you_see_it: "After STAT with no argument (the state of the session: user, transfer type, connection), after HELP on some servers, and after FEAT. A FEAT reply looks like 211-Features: then lines such as \" SIZE\", \" MDTM\", \" UTF8\", \" AUTH TLS\", \" EPSV\" and \" MLST type*;size*;modify*;\", then 211 End. A server with no extensions answers FEAT with a single-line 211.",
    how_to_fix: "Nothing to fix: read the report.\n\nIf you write a client, parse FEAT replies line by line: a line that starts with a space is a feature, its first word the feature name and the rest its parameters. Do not assume a feature that is not listed, and do not rely on the text of the first and last lines.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.1.3", "4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 2389,
            sections: &["3.2"],
        },
        RfcRef {
            number: 2640,
            sections: &["3.2", "4.3"],
        },
        RfcRef {
            number: 3659,
            sections: &["3.3", "4.3", "5.4", "6.3", "7.8"],
        },
        RfcRef {
            number: 4217,
            sections: &["6"],
        },
        RfcRef {
            number: 7151,
            sections: &["3.4"],
        },
    ],
    commands: &[Command::Stat, Command::Help, Command::Feat],
    status: Standing::Standard,
    notes: &[],
};

static INFO_212: CodeInfo = CodeInfo {
    code: KnownCode::DirectoryStatus,
    canonical_text: "Directory status.",
    meaning: "The server is reporting on a directory, usually with a listing sent over the control connection instead of a data connection.",
    when_you_see_it: "After STAT with a directory name as argument. Servers differ here: many answer STAT with a path using 211 or 213 instead of 212.",
    how_to_fix: "Nothing to fix: read the listing in the reply's text lines.\n\nIf you write a client that uses STAT to list directories (handy when data connections are blocked), accept 211, 212 and 213, and parse the lines between the first and the last.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::Stat],
    status: Standing::Standard,
    notes: &[],
};

static INFO_213: CodeInfo = CodeInfo {
    code: KnownCode::FileStatus,
    canonical_text: "File status.",
    meaning: "The server is reporting on a file. In reply to SIZE or MDTM (RFC 3659) the text is exactly the value asked for: a size in bytes, or a modification time in UTC as YYYYMMDDHHMMSS with optional fractions of a second.",
    when_you_see_it: "After SIZE report.pdf (\"213 48213\"), after MDTM report.pdf (\"213 20240131154502\"), and after STAT with a path on many servers, which send a multi-line 213 with a listing. RFC 3659 requires the SIZE and MDTM replies to be a single line.",
    how_to_fix: "Nothing to fix: read the value.\n\nIf you write a client, parse the SIZE value as an unsigned 64-bit number and the MDTM value as UTC, not local time. SIZE depends on the transfer type: in ASCII mode the size may differ from the file's size on disk, so send TYPE I first when you need the exact byte count.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 3659,
            sections: &["3.1", "4.1"],
        },
    ],
    commands: &[Command::Stat, Command::Mdtm, Command::Size, Command::Hash],
    status: Standing::Standard,
    notes: &[],
};

static INFO_214: CodeInfo = CodeInfo {
    code: KnownCode::HelpMessage,
    canonical_text: "Help message.",
    meaning: "Help text for a person: which commands the server understands, or how to use one of them. RFC 959 says this reply is useful only to the human user; programs should not parse it.",
    when_you_see_it: "After HELP, which usually returns a multi-line 214 listing the recognised commands, and after HELP with a command name, such as HELP SITE, which explains that command.",
    how_to_fix: "Nothing to fix: show the text to the user.\n\nIf you write a client, use FEAT (reply 211) to learn what a server supports; the layout of HELP output differs from server to server.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::Help],
    status: Standing::Standard,
    notes: &[],
};

static INFO_215: CodeInfo = CodeInfo {
    code: KnownCode::SystemType,
    canonical_text: "NAME system type.",
    meaning: "The server names its operating system type, as the first word of the text. The name was meant to come from the system names in the Assigned Numbers registry, such as UNIX or WINDOWS_NT.",
    when_you_see_it: "After SYST. \"215 UNIX Type: L8\" is by far the most common answer, sent by many servers that are not Unix at all, because clients use it to choose how to parse LIST output. IIS sends \"215 Windows_NT\".",
    how_to_fix: "Nothing to fix.\n\nIf you write a client, treat the system type as a hint for parsing directory listings, not as a fact about the server: prefer MLSD (RFC 3659) when FEAT lists MLST, since its format is standard.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::Syst],
    status: Standing::Standard,
    notes: &[],
};

static INFO_220: CodeInfo = CodeInfo {
    code: KnownCode::ServiceReady,
    canonical_text: "Service ready for new user.",
    meaning: "The server is ready for a new session: the client can now log in. It is the greeting that every FTP session starts with, and its text often names the server software.",
    when_you_see_it: "As the first reply, right after the control connection to port 21 (or another configured port) opens, possibly after a 120 saying the server needed a moment. Also after REIN, which resets the session, and after HOST (RFC 7151) when the server has selected the requested virtual host.",
    how_to_fix: "Nothing to fix. Send USER next, or AUTH TLS first to protect the login (FTP over TLS, RFC 4217), or HOST first on a server with several virtual hosts.\n\nIf you write a client, wait for the greeting before sending anything, and read it as a possibly multi-line reply: many servers send a banner of several 220- lines.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 7151,
            sections: &["3.1", "3.2"],
        },
    ],
    commands: &[Command::Rein, Command::Host],
    status: Standing::Standard,
    notes: &[],
};

static INFO_221: CodeInfo = CodeInfo {
    code: KnownCode::ClosingControlConnection,
    canonical_text: "Service closing control connection.",
    meaning: "The server is ending the session and closing the control connection, logging the user out. It is the normal goodbye.",
    when_you_see_it: "After QUIT. If a transfer is still running, the server may wait for it to finish before it sends 221.",
    how_to_fix: "Nothing to fix: the session is over. Close the connection on your side.\n\nIf you write a client, stop reading after 221; the server closes the connection next, so an end of input at that point is expected, not an error.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::Quit],
    status: Standing::Standard,
    notes: &[],
};

static INFO_225: CodeInfo = CodeInfo {
    code: KnownCode::DataConnectionOpen,
    canonical_text: "Data connection open; no transfer in progress.",
    meaning: "The data connection is open but idle: there is no transfer to act on. The server keeps the connection open for the next transfer.",
    when_you_see_it: "After ABOR when no transfer was running and the server keeps the data connection open, as it may in block or compressed mode.",
    how_to_fix: "Nothing to fix: there was nothing to abort.\n\nIf you write a client, accept 225 as well as 226 as a successful answer to ABOR.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::Abor],
    status: Standing::Standard,
    notes: &[],
};

static INFO_226: CodeInfo = CodeInfo {
    code: KnownCode::ClosingDataConnection,
    canonical_text: "Closing data connection.",
    meaning: "The transfer finished successfully and the server has closed the data connection. This is the usual final reply to a download, an upload or a directory listing.",
    when_you_see_it: "After the data of RETR, STOR, STOU, APPE, LIST, NLST or MLSD has been sent, following the 150 or 125 that opened the transfer (\"226 Transfer complete\"). Also after ABOR: alone when the abort succeeded, or after a 426 when a running transfer was cut short.",
    how_to_fix: "Nothing to fix: the transfer is complete. Send the next command.\n\nIf you write a client, wait for both the end of the data connection and this reply before you consider a transfer done, in either order; a 226 that arrives while you are still reading data does not mean the data is complete.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["3.2", "4.1.3", "4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 3659,
            sections: &["7.2"],
        },
    ],
    commands: &[
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Abor,
        Command::Mlsd,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_227: CodeInfo = CodeInfo {
    code: KnownCode::EnteringPassiveMode,
    canonical_text: "Entering Passive Mode (h1,h2,h3,h4,p1,p2).",
    meaning: "The server is listening for the data connection and tells the client where to connect: IPv4 address h1.h2.h3.h4 and port p1 × 256 + p2. For example, (192,0,2,7,195,80) means address 192.0.2.7, port 50000.",
    when_you_see_it: "After PASV, before a transfer command. Passive mode is what almost every client uses today, because the client opens both connections, which works through the client's own NAT and firewall.",
    how_to_fix: "Nothing to fix. Connect to the given address and port, then send the transfer command.\n\nIf you write a client, check each number is at most 255, and consider connecting to the control connection's peer address instead of the one in the reply: a server behind NAT often announces a private or all-zero address, and trusting the announced address lets a hostile server point your client at other hosts. Prefer EPSV (229), which sends only a port.\n\nIf you run the server behind NAT, set its public address for passive replies (for example pasv_address in vsftpd, MasqueradeAddress in ProFTPD) and open the passive port range in the firewall.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.2", "4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::Pasv],
    status: Standing::Standard,
    notes: &[],
};

static INFO_228: CodeInfo = CodeInfo {
    code: KnownCode::EnteringLongPassiveMode,
    canonical_text: "Entering Long Passive Mode (af, hal, h1, h2, h3,..., pal, p1, p2...)",
    meaning: "The long form of passive mode from RFC 1639: the server is listening and gives an address of any family and length. The numbers are the address family (4 for IPv4, 6 for IPv6), the address length and its bytes, then the port length and its bytes.",
    when_you_see_it: "After LPSV, an experimental command that few servers implement. Most IPv6-capable servers and clients use EPSV (229, RFC 2428) instead.",
    how_to_fix: "Nothing to fix: connect to the address and port given.\n\nIf you write a client, use EPSV rather than LPSV; it is standard, simpler and widely supported.",
    rfc: &[RfcRef {
        number: 1639,
        sections: &["3"],
    }],
    commands: &[Command::Lpsv],
    status: Standing::Experimental,
    notes: &[],
};

static INFO_229: CodeInfo = CodeInfo {
    code: KnownCode::EnteringExtendedPassiveMode,
    canonical_text: "Extended Passive Mode Entered",
    meaning: "The server is listening for the data connection on the port given in the text, between four delimiter characters, as in \"Entering Extended Passive Mode (|||6446|)\". The address is left out: the client connects to the same host as the control connection. This works for IPv4 and IPv6 alike.",
    when_you_see_it: "After EPSV, before a transfer command. Clients use EPSV first and fall back to PASV when the server answers 500 or 502.",
    how_to_fix: "Nothing to fix. Connect to the control connection's peer address on the given port, then send the transfer command.\n\nIf you write a client, accept any delimiter character, not only \"|\" (RFC 2428 allows any printable character from 33 to 126), and check the port is from 1 to 65535.",
    rfc: &[RfcRef {
        number: 2428,
        sections: &["3"],
    }],
    commands: &[Command::Epsv],
    status: Standing::Standard,
    notes: &[],
};

static INFO_230: CodeInfo = CodeInfo {
    code: KnownCode::UserLoggedIn,
    canonical_text: "User logged in, proceed.",
    meaning: "Login succeeded: the server accepted the credentials and the session can now use the file system.",
    when_you_see_it: "Usually after PASS. Also after USER alone, when the server needs no password for that user, and after ACCT when an account was the last thing required.",
    how_to_fix: "Nothing to fix. Continue the session: set the transfer type (TYPE I for files), then change directory, list or transfer.\n\nIf you write a client, do not assume a password is always needed: after USER, go straight to the session on 230, send PASS on 331, and ACCT on 332.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.1", "4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::User, Command::Pass, Command::Acct],
    status: Standing::Standard,
    notes: &[],
};

static INFO_231: CodeInfo = CodeInfo {
    code: KnownCode::UserLoggedOut,
    canonical_text: "User logged out; service terminated.",
    meaning: "The user has been logged out and the service ended. No current RFC defines this code; RFC 959 answers QUIT with 221.",
    when_you_see_it: "Rarely, if ever, from current servers. The code appears in widely copied tables of FTP codes, probably inherited from the drafts that preceded RFC 959.",
    how_to_fix: "Nothing to fix: the session is over.\n\nIf you write a client, treat 231 after QUIT like 221, and any unexpected 2yz as success.",
    rfc: &[],
    commands: &[Command::Quit],
    status: Standing::DeFacto,
    notes: &[Note {
        source: "Reply-code tables",
        text: "Listed in popular tables of FTP codes (the Wikipedia list and its many copies); its origin in an RFC could not be traced.",
    }],
};

static INFO_232: CodeInfo = CodeInfo {
    code: KnownCode::UserLoggedInBySecurityExchange,
    canonical_text: "User logged in, authorized by security data exchange.",
    meaning: "Login succeeded without a password: the security exchange that protected the connection already proved who the user is, and the server accepts that identity for the user named.",
    when_you_see_it: "After USER on a connection protected by AUTH, when the security mechanism authenticated the user: a Kerberos or GSSAPI exchange (RFC 2228), or a TLS client certificate that the server maps to the account (RFC 4217 §12).",
    how_to_fix: "Nothing to fix: the session is logged in. Do not send PASS.\n\nIf you write a client, treat 232 like 230 after USER.",
    rfc: &[
        RfcRef {
            number: 2228,
            sections: &["4", "5.1", "8.2"],
        },
        RfcRef {
            number: 4217,
            sections: &["12.1", "12.2", "12.3"],
        },
    ],
    commands: &[Command::User],
    status: Standing::Standard,
    notes: &[
        Note {
            source: "RFC 2228 §5.1",
            text: "User logged in, authorized by the security data exchange: the current and only standard meaning.",
        },
        Note {
            source: "Reply-code tables",
            text: "Older lists give \"Logout command noted, will complete when transfer done\", a meaning no current RFC or server uses.",
        },
    ],
};

static INFO_234: CodeInfo = CodeInfo {
    code: KnownCode::SecurityExchangeComplete,
    canonical_text: "Security data exchange complete.",
    meaning: "The server accepts the security mechanism named in AUTH and needs no further data exchange to set it up. With AUTH TLS it means: start the TLS handshake on this connection now.",
    when_you_see_it: "After AUTH TLS (or AUTH SSL) on a server that supports FTP over TLS, \"234 AUTH TLS OK\"; the next bytes on the control connection are the client's TLS handshake.",
    how_to_fix: "Nothing to fix. Perform the TLS handshake, then send PBSZ 0 and PROT P before logging in and transferring, so that data connections are encrypted too.\n\nIf you write a client, start TLS immediately after reading this reply, without sending any other command in the clear.",
    rfc: &[
        RfcRef {
            number: 2228,
            sections: &["3", "5.1", "8.2"],
        },
        RfcRef {
            number: 4217,
            sections: &["4.2", "12.1"],
        },
    ],
    commands: &[Command::Auth],
    status: Standing::Standard,
    notes: &[
        Note {
            source: "RFC 2228 §5.1",
            text: "Security data exchange complete: the reply to an AUTH that needs no ADAT exchange.",
        },
        Note {
            source: "RFC 4217 §4.2",
            text: "The reply to AUTH TLS that the server will honour; the client starts TLS negotiation next.",
        },
        Note {
            source: "Reply-code tables",
            text: "Some copied lists call 234 a non-standard code created by Microsoft. That is wrong: it is defined by RFC 2228.",
        },
    ],
};

static INFO_235: CodeInfo = CodeInfo {
    code: KnownCode::SecurityExchangeSucceeded,
    canonical_text: "[ADAT=base64data]",
    meaning: "The security data exchange finished successfully. The text may carry final security data for the client, written ADAT= followed by base64; the brackets in the RFC's text only mark that part as optional.",
    when_you_see_it: "After the last ADAT command of an RFC 2228 exchange, such as Kerberos or GSSAPI authentication. Not used with TLS.",
    how_to_fix: "Nothing to fix: pass any ADAT= data to the security mechanism, then continue with PBSZ, PROT and USER.\n\nIf you write a client, decode the base64 after \"ADAT=\" and give it to the mechanism to finish its context.",
    rfc: &[RfcRef {
        number: 2228,
        sections: &["3", "5.1", "8.2"],
    }],
    commands: &[Command::Adat],
    status: Standing::Standard,
    notes: &[],
};

static INFO_250: CodeInfo = CodeInfo {
    code: KnownCode::FileActionOk,
    canonical_text: "Requested file action okay, completed.",
    meaning: "The file action succeeded: the directory was changed, the file deleted or renamed, the directory removed. It can also end a transfer, like 226.",
    when_you_see_it: "After CWD (\"Directory successfully changed\"), DELE, RMD, RNTO (the second half of a rename) and SMNT; as the multi-line reply to MLST (RFC 3659), whose fact line starts with a space; and at the end of a transfer on servers that close the data connection with 250 instead of 226.",
    how_to_fix: "Nothing to fix. Send the next command.\n\nIf you write a client, accept 200 for CWD and DELE as well, and 226 or 250 at the end of a transfer: real servers use both.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["3.2", "4.1.3", "4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 3659,
            sections: &["7.2"],
        },
    ],
    commands: &[
        Command::Cwd,
        Command::Cdup,
        Command::Smnt,
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Rnto,
        Command::Dele,
        Command::Rmd,
        Command::Mlst,
        Command::Xcwd,
        Command::Xrmd,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_251: CodeInfo = CodeInfo {
    code: KnownCode::Md5Digest,
    canonical_text: "[FilePath] <MD5 hex digest>",
    meaning: "The MD5 checksum of a file on the server, so the client can check a transfer without downloading the file again. The text is the path followed by the digest in hexadecimal.",
    when_you_see_it: "After MD5 path on servers that implement the MD5 extension draft, such as ProFTPD with mod_digest, and after MMD5 with a single path.",
    how_to_fix: "Nothing to fix: compare the digest with the MD5 of your copy.\n\nIf you write a client, note that most servers prefer HASH (with the algorithm chosen by OPTS HASH) or XMD5, XSHA1 and similar commands; check FEAT for what the server offers.",
    rfc: &[],
    commands: &[Command::Md5, Command::Mmd5],
    status: Standing::DeFacto,
    notes: &[
        Note {
            source: "draft-twine-ftpmd5-00 §3.1",
            text: "Defines MD5 and MMD5 and the 251 reply; the draft never became an RFC.",
        },
        Note {
            source: "ProFTPD mod_digest",
            text: "Answers the MD5 command with 251.",
        },
    ],
};

static INFO_252: CodeInfo = CodeInfo {
    code: KnownCode::Md5DigestList,
    canonical_text: "[FilePath1] <MD5>,[FilePath2] <MD5> [...]",
    meaning: "The MD5 checksums of several files, each path followed by its digest, separated by commas.",
    when_you_see_it: "After MMD5 with several paths, on the rare servers that implement the MD5 extension draft.",
    how_to_fix: "Nothing to fix: compare each digest with your copy of that file.\n\nIf you write a client, split the text on commas and take the last word of each part as the digest, since paths may contain spaces.",
    rfc: &[],
    commands: &[Command::Mmd5],
    status: Standing::DeFacto,
    notes: &[Note {
        source: "draft-twine-ftpmd5-00 §3.2",
        text: "Defines the 252 reply to MMD5 with several files; the draft never became an RFC.",
    }],
};

static INFO_257: CodeInfo = CodeInfo {
    code: KnownCode::PathCreated,
    canonical_text: "\"PATHNAME\" created.",
    meaning: "The reply carries a directory path, in double quotes at the start of the text: the current directory after PWD, or the directory just made after MKD. A double quote inside the path is written twice, so \"/a\"\"b\" stands for /a\"b. Any commentary follows the closing quote.",
    when_you_see_it: "After PWD (\"257 \"/home/alice\" is the current directory\") and after MKD (\"257 \"/home/alice/new\" created\"). RFC 959 asks for the absolute path after MKD; a few servers give a relative one, and some old ones leave out the quotes.",
    how_to_fix: "Nothing to fix. Read the path between the first quote and the next quote that is not doubled.\n\nIf you write a client, undo the doubled quotes, keep commentary apart from the path, and do not split on spaces: paths may contain spaces and quotes.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2.1", "4.2.2", "5.4", "Appendix II"],
    }],
    commands: &[Command::Mkd, Command::Pwd, Command::Xmkd, Command::Xpwd],
    status: Standing::Standard,
    notes: &[],
};

static INFO_331: CodeInfo = CodeInfo {
    code: KnownCode::NeedPassword,
    canonical_text: "User name okay, need password.",
    meaning: "The server has the user name and now needs the password. \"User name okay\" does not mean the account exists: servers send 331 for any name, so that nobody can find valid user names by trying them, and report a wrong name or password only after PASS.",
    when_you_see_it: "After USER, the first step of every password login. For anonymous FTP (USER anonymous) the text usually asks for an e-mail address as the password.",
    how_to_fix: "Nothing to fix: send PASS with the password next.\n\nIf you write a client, expect 230 (logged in), 332 (account needed) or 530 (rejected) after PASS, and report a failure only then. Never conclude from 331 that the user exists.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 4217,
            sections: &["12.1"],
        },
    ],
    commands: &[Command::User],
    status: Standing::Standard,
    notes: &[],
};

static INFO_332: CodeInfo = CodeInfo {
    code: KnownCode::NeedAccount,
    canonical_text: "Need account for login.",
    meaning: "The server needs an account name, separate from the user name, before it completes the login or the pending command. Accounts were used on systems that charged usage to an account.",
    when_you_see_it: "After USER or PASS on servers that require ACCT, and after a later command that needs an account, which the server then holds until ACCT arrives. Very rare on modern servers.",
    how_to_fix: "As a user, supply the account information your provider gave you; many clients have an \"account\" field in the site settings.\n\nIf you write a client, answer 332 with ACCT, then continue with the reply that follows: 230 for a login, or the result of the held command.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.1", "4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::User, Command::Pass],
    status: Standing::Standard,
    notes: &[],
};

static INFO_334: CodeInfo = CodeInfo {
    code: KnownCode::SecurityMechanismOk,
    canonical_text: "[ADAT=base64data]",
    meaning: "The server accepts the security mechanism named in AUTH, and the exchange continues with ADAT commands. The text may already carry security data for the client after ADAT=, in base64.",
    when_you_see_it: "After AUTH GSSAPI or another RFC 2228 mechanism that needs a data exchange. RFC 4217 says 334 is the wrong answer to AUTH TLS, because TLS uses no ADAT exchange; servers answer AUTH TLS with 234.",
    how_to_fix: "Nothing to fix: continue the exchange with ADAT, sending the data the mechanism produces.\n\nIf you write a client that asked for AUTH TLS and received 334, treat it as 234 only if you know the server; the correct reply is 234.",
    rfc: &[
        RfcRef {
            number: 2228,
            sections: &["3", "5.1", "8.2"],
        },
        RfcRef {
            number: 4217,
            sections: &["4.2"],
        },
    ],
    commands: &[Command::Auth],
    status: Standing::Standard,
    notes: &[],
};

static INFO_335: CodeInfo = CodeInfo {
    code: KnownCode::SecurityExchangeContinue,
    canonical_text: "[ADAT=base64data]",
    meaning: "The server accepted the security data, but the exchange needs more: send another ADAT. The text may carry the server's next piece of data after ADAT=, in base64.",
    when_you_see_it: "In the middle of a multi-step RFC 2228 authentication, such as GSSAPI, after an ADAT command.",
    how_to_fix: "Nothing to fix: give the server's data to the mechanism and send the ADAT it produces, until the server answers 235.",
    rfc: &[RfcRef {
        number: 2228,
        sections: &["3", "5.1", "8.2"],
    }],
    commands: &[Command::Adat],
    status: Standing::Standard,
    notes: &[],
};

static INFO_336: CodeInfo = CodeInfo {
    code: KnownCode::NeedPasswordWithChallenge,
    canonical_text: "Username okay, need password. Challenge is \"....\"",
    meaning: "Like 331, the server wants a password, but it also sends a challenge for the user to answer, as with one-time password systems: the right password depends on the challenge.",
    when_you_see_it: "After USER on a server that uses challenge-response login, such as S/Key or OPIE one-time passwords.",
    how_to_fix: "As a user, compute the response to the challenge shown (with your one-time password tool or list) and enter it as the password.\n\nIf you write a client, show the whole reply text to the user, since it contains the challenge, then send PASS with the answer.",
    rfc: &[RfcRef {
        number: 2228,
        sections: &["4", "5.1", "8.2"],
    }],
    commands: &[Command::User],
    status: Standing::Standard,
    notes: &[],
};

static INFO_350: CodeInfo = CodeInfo {
    code: KnownCode::FileActionPending,
    canonical_text: "Requested file action pending further information.",
    meaning: "The server accepted the first half of a two-step action and waits for the second: the rename target after RNFR, or the transfer command after REST.",
    when_you_see_it: "After RNFR old-name (\"Ready for RNTO\"), and after REST 1048576 (\"Restarting at 1048576\"), which sets the offset where the next RETR, STOR or APPE starts.",
    how_to_fix: "Nothing to fix: send the second command straight away, RNTO new-name after RNFR, or the transfer command after REST.\n\nIf you write a client, send nothing else in between: most servers forget the pending rename or offset when another command arrives first.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 3659,
            sections: &["5.3", "5.5"],
        },
    ],
    commands: &[Command::Rest, Command::Rnfr],
    status: Standing::Standard,
    notes: &[],
};

static INFO_400: CodeInfo = CodeInfo {
    code: KnownCode::TlsSetupFailed,
    canonical_text: "[Pure-FTPd: e.g. \"Invalid certificate\", \"SSL error\", \"Missing certificate\"]",
    meaning: "The server could not set up TLS for this connection and is closing it. The code is not in any RFC; its text says what failed.",
    when_you_see_it: "From Pure-FTPd during FTP over TLS setup: when its certificate handler cannot choose a certificate for the host name the client asked for (TLS SNI), when the handler refuses the connection, or when the server accepts only encrypted sessions with strong ciphers. The server closes the connection after sending it.",
    how_to_fix: "As a user, check the host name you connect to (it selects the certificate) and make sure the client uses explicit FTP over TLS with a current TLS version.\n\nIf you run the server, check the certificate configuration for the virtual host named in the error and the TLS settings; the server log has the details.",
    rfc: &[],
    commands: &[Command::Auth],
    status: Standing::DeFacto,
    notes: &[Note {
        source: "Pure-FTPd src/tls.c",
        text: "Sends 400 from its fatal-error path during TLS and certificate selection, then disconnects.",
    }],
};

static INFO_421: CodeInfo = CodeInfo {
    code: KnownCode::ServiceNotAvailable,
    canonical_text: "Service not available, closing control connection.",
    meaning: "The server is ending the session: it cannot or will not serve this connection any more, and closes the control connection after this reply. The cause is on the server's side and is expected to be temporary, so connecting again later may work.",
    when_you_see_it: "As the greeting when the server is full (\"Too many connected users, please try later\") or refuses the client's address; after the client was idle too long (\"Timeout\" or \"Idle timeout (300 seconds)\"), or a transfer stalled; when the server shuts down; when TLS negotiation fails; and in reply to HOST when that virtual host is temporarily unavailable. RFC 959 allows it in reply to any command.",
    how_to_fix: "As a user, reconnect and log in again. If the server is full, wait a few minutes or close other sessions you have open to it (servers limit connections per address); if you hit idle timeouts, send commands more often or raise the timeout in your client's keep-alive setting.\n\nIf you write a client, treat 421 as the end of the session: the server closes the connection, so a retry needs a new connection and a new login. Expect it at any time, even while waiting for the reply to another command.\n\nIf you run the server, check the limits on clients per server and per address, the idle and data timeouts, and the log for the exact reason.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2", "4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["8.2"],
        },
        RfcRef {
            number: 4217,
            sections: &["10.1"],
        },
        RfcRef {
            number: 7151,
            sections: &["3.2"],
        },
    ],
    commands: &[
        Command::User,
        Command::Pass,
        Command::Acct,
        Command::Cwd,
        Command::Cdup,
        Command::Smnt,
        Command::Rein,
        Command::Port,
        Command::Pasv,
        Command::Mode,
        Command::Type,
        Command::Stru,
        Command::Allo,
        Command::Rest,
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Rnfr,
        Command::Rnto,
        Command::Abor,
        Command::Dele,
        Command::Rmd,
        Command::Mkd,
        Command::Pwd,
        Command::Syst,
        Command::Stat,
        Command::Help,
        Command::Noop,
        Command::Auth,
        Command::Adat,
        Command::Pbsz,
        Command::Prot,
        Command::Ccc,
        Command::Mic,
        Command::Conf,
        Command::Enc,
        Command::Host,
        Command::Xcwd,
        Command::Xcup,
        Command::Xmkd,
        Command::Xrmd,
        Command::Xpwd,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_425: CodeInfo = CodeInfo {
    code: KnownCode::CantOpenDataConnection,
    canonical_text: "Can't open data connection.",
    meaning: "The server could not set up the data connection that the transfer needs, so nothing was transferred. The control connection stays open, and the command can be tried again once the data connection problem is solved.",
    when_you_see_it: "After a transfer or listing command (RETR, STOR, LIST and the rest). In active mode the server, connecting from port 20, could not reach the address and port the client sent with PORT or EPRT, usually because a NAT router or firewall in front of the client blocks incoming connections, or PORT carried a private address. In passive mode the client never connected to the port the server announced. Servers also use it when no PORT or PASV came first (\"Use PORT or PASV first\") and when the connection came from the wrong address (\"Security: Bad IP connecting\").",
    how_to_fix: "As a user, switch the client to passive mode, which works behind most home and office routers; if passive already fails, the server's passive ports are probably blocked, so try active mode or ask the administrator.\n\nIf you write a client, default to passive mode (EPSV, then PASV), send PASV or PORT before every transfer, and connect to the passive port before or right after sending the command.\n\nIf you run the server, open the passive port range in the firewall and set the server to use it (pasv_min_port and pasv_max_port in vsftpd, PassivePorts in ProFTPD), and set the public address it announces if it is behind NAT.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Mlsd,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_426: CodeInfo = CodeInfo {
    code: KnownCode::TransferAborted,
    canonical_text: "Connection closed; transfer aborted.",
    meaning: "The data connection closed before the transfer finished, so the transfer is incomplete. Either the client asked for it with ABOR, or the connection broke.",
    when_you_see_it: "During or at the end of a transfer, after 150 or 125. After ABOR, the server sends 426 for the aborted transfer and then 226 for the ABOR itself. Without an ABOR, it means the data connection failed: the network dropped it, a firewall or router cut it (often after a period without traffic on the control connection), the client closed it early, or TLS on the data connection failed.",
    how_to_fix: "As a user, retry the transfer; for large files use a client that resumes (REST), so the retry continues where the data stopped. If it fails repeatedly at the same point, check firewalls and routers that cut idle or long connections, and try the other transfer mode.\n\nIf you write a client, treat the transfer as failed, discard or resume a partial download, and after ABOR read both replies, 426 and 226, before sending the next command.\n\nIf you run the server, check its log and its data timeouts, and any device between the server and the network that limits connection lifetimes.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.3", "4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Mlsd,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_430: CodeInfo = CodeInfo {
    code: KnownCode::InvalidCredentials,
    canonical_text: "Invalid username or password",
    meaning: "The login was refused because the user name or password is wrong. No RFC defines 430; the standard reply for a failed login is 530.",
    when_you_see_it: "Rarely, after USER or PASS. It appears in widely copied tables of FTP codes, and a few servers send it instead of 530.",
    how_to_fix: "As a user, check the user name and password, including letter case and the keyboard layout.\n\nIf you write a client, handle 430 like 530 after PASS. Because it is a 4yz code, a generic client may retry it automatically; do not retry a login with the same password, since the server may lock the account.",
    rfc: &[],
    commands: &[Command::User, Command::Pass],
    status: Standing::DeFacto,
    notes: &[Note {
        source: "Reply-code tables",
        text: "Listed in popular tables of FTP codes (the Wikipedia list and its copies); no RFC defines it.",
    }],
};

static INFO_431: CodeInfo = CodeInfo {
    code: KnownCode::SecurityResourceUnavailable,
    canonical_text: "Need some unavailable resource to process security.",
    meaning: "The server cannot complete the security request right now because something it needs is missing or unavailable, for example its key material or an authentication service it relies on.",
    when_you_see_it: "After AUTH, ADAT or PROT on a server using RFC 2228 security, when the mechanism is temporarily unable to work, such as when the server cannot reach its Kerberos service.",
    how_to_fix: "As a user, try again later; if it persists, tell the server's administrator.\n\nIf you run the server, check that the security mechanism's resources (keytab, certificates, the authentication service) are present and reachable.",
    rfc: &[
        RfcRef {
            number: 2228,
            sections: &["3", "5.1", "8.2"],
        },
        RfcRef {
            number: 959,
            sections: &["Appendix II"],
        },
    ],
    commands: &[Command::Auth, Command::Prot],
    status: Standing::Standard,
    notes: &[
        Note {
            source: "RFC 2228 §5.1",
            text: "Need some unavailable resource to process security: the standard meaning.",
        },
        Note {
            source: "RFC 959 Appendix II",
            text: "An example reply from a TOPS-20 server uses \"431 No such directory\" for CWD. The code is not in RFC 959's reply list; servers today send 550 for a missing directory.",
        },
    ],
};

static INFO_434: CodeInfo = CodeInfo {
    code: KnownCode::HostUnavailable,
    canonical_text: "Requested host unavailable.",
    meaning: "The host the client asked for is not available, and the server closes the connection. No RFC defines 434.",
    when_you_see_it: "Rarely: it appears in widely copied tables of FTP codes, for a requested virtual host. RFC 7151, which defines HOST, uses 421 for a virtual host that is temporarily unavailable and 504 for one the server does not know.",
    how_to_fix: "As a user, check the host name you connect to, and try again later.\n\nIf you write a client, handle 434 like 421 after HOST: the session is over, and a retry needs a new connection.",
    rfc: &[],
    commands: &[Command::Host],
    status: Standing::DeFacto,
    notes: &[Note {
        source: "Reply-code tables",
        text: "Listed in popular tables of FTP codes; its origin could not be traced. RFC 7151 answers HOST with 421 or 504 instead.",
    }],
};

static INFO_450: CodeInfo = CodeInfo {
    code: KnownCode::FileTemporarilyUnavailable,
    canonical_text: "Requested file action not taken.",
    meaning: "The server did not perform the file action because the file is unavailable at the moment, for example because another process has it locked or is still writing it. The same command may succeed later.",
    when_you_see_it: "After RETR, STOR, APPE, DELE or RNFR on a file that is busy or locked; after a transfer when the server could not open the file (\"Temporarily failed to open file\"); and from ProFTPD after LIST or NLST with a pattern that matches nothing (\"No files found\").",
    how_to_fix: "As a user, wait a moment and try again; if the file stays busy, find the process or user holding it.\n\nIf you write a client, retry after a delay, a limited number of times.\n\nIf you run the server, look for locks held by other processes, and check the log for the operating system error behind the reply.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Rnfr,
        Command::Dele,
        Command::Stat,
        Command::Hash,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_451: CodeInfo = CodeInfo {
    code: KnownCode::LocalProcessingError,
    canonical_text: "Requested action aborted: local error in processing.",
    meaning: "The server hit an error of its own while carrying out the command, such as a failed disk read or write, and aborted it. The error is on the server, not in the request, and may be temporary.",
    when_you_see_it: "During or after a transfer: \"Failure reading local file\", \"Failure writing to local file\", errors from a storage back end or an upload script; and after OPTS when a temporary condition prevents the option from being set (RFC 2389).",
    how_to_fix: "As a user, try again; if it keeps failing, tell the server's administrator, since the cause is on the server.\n\nIf you write a client, retry after a delay, and resume interrupted transfers rather than restarting them.\n\nIf you run the server, check the server log and the system log for disk, file system or permission errors, and the health of the storage behind the server.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 2389,
            sections: &["4"],
        },
    ],
    commands: &[
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Opts,
        Command::Mlsd,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_452: CodeInfo = CodeInfo {
    code: KnownCode::InsufficientStorage,
    canonical_text: "Requested action not taken.",
    meaning: "The server does not have enough storage space for the upload, so it was not taken, or was stopped. RFC 959 calls it insufficient storage space in the system: the server's disk is full, which may change when space is freed.",
    when_you_see_it: "After STOR, STOU or APPE, at the start or in the middle of an upload, when the disk the server writes to fills up (ProFTPD maps a full disk during a transfer to 452).",
    how_to_fix: "As a user, delete files you no longer need on the server, or try later once space is freed; a retry of the upload may succeed then.\n\nIf you run the server, free or add disk space on the volume that holds the upload directories. When a per-user quota is the limit, servers send 552 instead.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::Stor, Command::Stou, Command::Appe],
    status: Standing::Standard,
    notes: &[],
};

static INFO_500: CodeInfo = CodeInfo {
    code: KnownCode::CommandUnrecognized,
    canonical_text: "Syntax error, command unrecognized.",
    meaning: "The server did not understand the command: the verb is unknown to it, or the line is malformed or too long. Extension commands a server lacks (FEAT, EPSV, MLSD and others) are often answered this way.",
    when_you_see_it: "After a command the server does not know, a misspelt one, or a line that breaks the syntax, for example one longer than the server's limit. Clients see it when probing for extensions, such as EPSV, FEAT or AUTH TLS on a server without them. A \"500 OOPS:\" text is vsftpd's way of reporting an internal failure, usually a configuration error, before it closes the session.",
    how_to_fix: "As a user, check the command's spelling, or turn off the client feature the server lacks; for example, disable \"use EPSV\" or FTP over TLS when the server does not support them.\n\nIf you write a client, treat 500 or 502 after an extension command as \"not supported\" and fall back (EPSV to PASV, MLSD to LIST), and keep command lines short.\n\nIf you run the server and see \"500 OOPS\", read the message after it: it names the setting or system call that failed.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 1639,
            sections: &["4"],
        },
        RfcRef {
            number: 2228,
            sections: &["3", "8.2"],
        },
        RfcRef {
            number: 2389,
            sections: &["3.2", "4"],
        },
        RfcRef {
            number: 2428,
            sections: &["2", "3"],
        },
        RfcRef {
            number: 2640,
            sections: &["4.2"],
        },
        RfcRef {
            number: 3659,
            sections: &["3.2", "4.2", "7.2.1"],
        },
        RfcRef {
            number: 4217,
            sections: &["5"],
        },
        RfcRef {
            number: 7151,
            sections: &["3.3"],
        },
    ],
    commands: &[
        Command::User,
        Command::Pass,
        Command::Acct,
        Command::Cwd,
        Command::Cdup,
        Command::Smnt,
        Command::Rein,
        Command::Quit,
        Command::Port,
        Command::Pasv,
        Command::Mode,
        Command::Type,
        Command::Stru,
        Command::Allo,
        Command::Rest,
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Rnfr,
        Command::Rnto,
        Command::Abor,
        Command::Dele,
        Command::Rmd,
        Command::Mkd,
        Command::Pwd,
        Command::Syst,
        Command::Stat,
        Command::Help,
        Command::Site,
        Command::Noop,
        Command::Auth,
        Command::Adat,
        Command::Pbsz,
        Command::Prot,
        Command::Ccc,
        Command::Mic,
        Command::Conf,
        Command::Enc,
        Command::Feat,
        Command::Opts,
        Command::Eprt,
        Command::Epsv,
        Command::Lang,
        Command::Mdtm,
        Command::Size,
        Command::Mlst,
        Command::Mlsd,
        Command::Host,
        Command::Lprt,
        Command::Lpsv,
        Command::Xcwd,
        Command::Xcup,
        Command::Xmkd,
        Command::Xrmd,
        Command::Xpwd,
        Command::Md5,
        Command::Mmd5,
        Command::Hash,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_501: CodeInfo = CodeInfo {
    code: KnownCode::SyntaxErrorInArguments,
    canonical_text: "Syntax error in parameters or arguments.",
    meaning: "The server knows the command but its argument is wrong: missing, extra, or in the wrong format.",
    when_you_see_it: "After PORT or EPRT with a malformed address, REST with a non-numeric offset, TYPE with an unknown letter, a command that needs a path sent without one, FEAT with an argument, MLSD on a file rather than a directory (RFC 3659), or HOST with a port number (RFC 7151). Some servers also use it to refuse a PORT address they will not connect to.",
    how_to_fix: "As a user, check the argument you typed, for example the file name and its quoting.\n\nIf you write a client, check how you format arguments: PORT takes six comma-separated numbers, EPRT uses delimiters, and paths with spaces go after exactly one space following the verb.\n\nIf you run the server and clients that work elsewhere get 501, check whether the server restricts arguments, such as file names in a certain character set.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 1639,
            sections: &["4"],
        },
        RfcRef {
            number: 2228,
            sections: &["3", "8.2"],
        },
        RfcRef {
            number: 2389,
            sections: &["3.2", "4"],
        },
        RfcRef {
            number: 2428,
            sections: &["2", "3"],
        },
        RfcRef {
            number: 2640,
            sections: &["4.2"],
        },
        RfcRef {
            number: 3659,
            sections: &["3.2", "4.2", "7.1", "7.2.1", "7.9.2"],
        },
        RfcRef {
            number: 7151,
            sections: &["3.1", "3.3"],
        },
    ],
    commands: &[
        Command::User,
        Command::Pass,
        Command::Acct,
        Command::Cwd,
        Command::Cdup,
        Command::Smnt,
        Command::Port,
        Command::Pasv,
        Command::Mode,
        Command::Type,
        Command::Stru,
        Command::Allo,
        Command::Rest,
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Rnfr,
        Command::Rnto,
        Command::Abor,
        Command::Dele,
        Command::Rmd,
        Command::Mkd,
        Command::Pwd,
        Command::Syst,
        Command::Stat,
        Command::Help,
        Command::Site,
        Command::Auth,
        Command::Adat,
        Command::Pbsz,
        Command::Prot,
        Command::Ccc,
        Command::Mic,
        Command::Conf,
        Command::Enc,
        Command::Feat,
        Command::Opts,
        Command::Eprt,
        Command::Epsv,
        Command::Lang,
        Command::Mdtm,
        Command::Size,
        Command::Mlst,
        Command::Mlsd,
        Command::Host,
        Command::Lprt,
        Command::Lpsv,
        Command::Xcwd,
        Command::Xcup,
        Command::Xmkd,
        Command::Xrmd,
        Command::Xpwd,
        Command::Md5,
        Command::Mmd5,
        Command::Hash,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_502: CodeInfo = CodeInfo {
    code: KnownCode::CommandNotImplemented,
    canonical_text: "Command not implemented.",
    meaning: "The server recognises the command but does not implement it, or has it turned off.",
    when_you_see_it: "After commands a server chose not to support or that its administrator disabled, such as REIN, SMNT, SITE subcommands, PASV on an IPv6-only listener, or FEAT, OPTS, LANG and HOST on older servers.",
    how_to_fix: "As a user, use another way to do the same thing, or turn off the client option that sends the command.\n\nIf you write a client, treat 502 like 500 for optional commands: the feature is missing, so fall back.\n\nIf you run the server and need the command, check whether it can be enabled in the server's configuration.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2", "4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["3", "8.2"],
        },
        RfcRef {
            number: 2389,
            sections: &["3.2", "4"],
        },
        RfcRef {
            number: 2640,
            sections: &["4.2"],
        },
        RfcRef {
            number: 7151,
            sections: &["3.3"],
        },
    ],
    commands: &[
        Command::Cwd,
        Command::Cdup,
        Command::Smnt,
        Command::Rein,
        Command::Pasv,
        Command::Rest,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Rnfr,
        Command::Rnto,
        Command::Abor,
        Command::Dele,
        Command::Rmd,
        Command::Mkd,
        Command::Pwd,
        Command::Syst,
        Command::Stat,
        Command::Help,
        Command::Auth,
        Command::Adat,
        Command::Pbsz,
        Command::Prot,
        Command::Ccc,
        Command::Mic,
        Command::Conf,
        Command::Enc,
        Command::Feat,
        Command::Opts,
        Command::Lang,
        Command::Host,
        Command::Xcwd,
        Command::Xcup,
        Command::Xmkd,
        Command::Xrmd,
        Command::Xpwd,
        Command::Md5,
        Command::Mmd5,
        Command::Hash,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_503: CodeInfo = CodeInfo {
    code: KnownCode::BadSequence,
    canonical_text: "Bad sequence of commands.",
    meaning: "The command is valid but not at this point of the session: something that must come before it is missing.",
    when_you_see_it: "After PASS without USER first, RNTO without RNFR just before it, PROT before PBSZ, ADAT before AUTH, HOST after the user has logged in (RFC 7151), or a transfer command after a REST that another command has cancelled.",
    how_to_fix: "As a user of a command-line client, send the commands in the expected order.\n\nIf you write a client, send each pair of commands back to back (USER then PASS, RNFR then RNTO, PBSZ then PROT) and start over from the first command of the pair after a 503.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["3", "8.2"],
        },
        RfcRef {
            number: 3659,
            sections: &["7.2.1"],
        },
        RfcRef {
            number: 7151,
            sections: &["3", "3.3"],
        },
    ],
    commands: &[
        Command::Pass,
        Command::Acct,
        Command::Rnto,
        Command::Adat,
        Command::Pbsz,
        Command::Prot,
        Command::Mic,
        Command::Conf,
        Command::Enc,
        Command::Mlst,
        Command::Mlsd,
        Command::Host,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_504: CodeInfo = CodeInfo {
    code: KnownCode::ParameterNotImplemented,
    canonical_text: "Command not implemented for that parameter.",
    meaning: "The server implements the command, but not with the value given.",
    when_you_see_it: "After MODE B or MODE C on a server that supports only stream mode, STRU R or STRU P, TYPE E or TYPE L with an unsupported byte size, AUTH with a mechanism the server does not offer (\"Unknown AUTH type\"), PROT with a level it does not know, LANG with an unsupported language, and HOST with a virtual host the server does not serve (RFC 7151).",
    how_to_fix: "As a user, choose another setting: for transfers, TYPE I (binary) or TYPE A with MODE S and STRU F work everywhere.\n\nIf you write a client, fall back to the default value of the setting, and check FEAT for which AUTH mechanisms and languages the server offers before asking for them.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2", "4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["3", "8.2"],
        },
        RfcRef {
            number: 2640,
            sections: &["4.2"],
        },
        RfcRef {
            number: 3659,
            sections: &["7.2.1"],
        },
        RfcRef {
            number: 7151,
            sections: &["3.1", "3.2", "3.3"],
        },
    ],
    commands: &[
        Command::Mode,
        Command::Type,
        Command::Stru,
        Command::Allo,
        Command::Auth,
        Command::Prot,
        Command::Lang,
        Command::Mlst,
        Command::Mlsd,
        Command::Host,
        Command::Md5,
        Command::Mmd5,
        Command::Hash,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_520: CodeInfo = CodeInfo {
    code: KnownCode::DataModeDisabled,
    canonical_text: "[Pure-FTPd: \"Active mode is disabled\" / \"Unable to open a passive connection\"]",
    meaning: "Pure-FTPd's answer to its ESTA or ESTP command when the data connection the command asks about has not been set up, so there is no address to report.",
    when_you_see_it: "After ESTA (the server's address for active mode) when no active-mode connection was prepared with PORT, or after ESTP (the same for passive mode) when passive mode is not in use. Both commands are Pure-FTPd extensions.",
    how_to_fix: "If you write a client, send PORT before ESTA, or PASV before ESTP; other servers do not implement these commands at all.",
    rfc: &[],
    commands: &[],
    status: Standing::DeFacto,
    notes: &[Note {
        source: "Pure-FTPd src/ftpd.c",
        text: "The ESTA and ESTP handlers send 520 when the matching data connection is not ready.",
    }],
};

static INFO_521: CodeInfo = CodeInfo {
    code: KnownCode::AddressFamilyNotSupported,
    canonical_text: "Supported address families are (af1, af2, ..., afn)",
    meaning: "The code has three unrelated meanings. In reply to LPRT or LPSV, the address family the client asked for is not supported, and the text lists the ones that are. In reply to a transfer on FTP over TLS, the data connection cannot be opened with the current PROT level. In RFC 959's examples, it says a directory already exists.",
    when_you_see_it: "After LPRT or LPSV with an unsupported address family (RFC 1639); before any 150 when a transfer is refused because of its PROT setting, as in Pure-FTPd's \"Data connection cannot be opened with this PROT setting\" (RFC 4217); and in old examples after MKD of an existing directory.",
    how_to_fix: "For LPRT or LPSV, use EPRT and EPSV (RFC 2428) or PORT and PASV instead.\n\nFor a refused transfer on FTP over TLS, send PBSZ 0 and PROT P before the transfer (or the PROT level the server requires) and try again.",
    rfc: &[
        RfcRef {
            number: 1639,
            sections: &["4"],
        },
        RfcRef {
            number: 4217,
            sections: &["10.2"],
        },
        RfcRef {
            number: 959,
            sections: &["Appendix II"],
        },
    ],
    commands: &[
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Mkd,
        Command::Lprt,
        Command::Lpsv,
    ],
    status: Standing::Standard,
    notes: &[
        Note {
            source: "RFC 1639 §4",
            text: "Supported address families are (af1, af2, ..., afn): the address family in LPRT or LPSV is not supported.",
        },
        Note {
            source: "RFC 4217 §10.2",
            text: "The data connection cannot be opened with the current PROT setting; sent before any preliminary reply to the transfer command.",
        },
        Note {
            source: "RFC 959 Appendix II",
            text: "An example reply to MKD of an existing directory. Errata report 8726 (not verified) says the example should use 553.",
        },
    ],
};

static INFO_522: CodeInfo = CodeInfo {
    code: KnownCode::UnknownNetworkProtocol,
    canonical_text: "Extended Port Failure - unknown network protocol",
    meaning: "In reply to EPRT or EPSV, the server does not support the network protocol asked for (1 for IPv4, 2 for IPv6); the text ends with the protocols it does support, such as \"(1,2)\". In reply to a transfer on FTP over TLS, TLS on the data connection failed or is required: servers send it when the client did not protect the data connection as the server demands.",
    when_you_see_it: "After EPRT with an IPv6 address on an IPv4-only server, or EPSV 2 on a server without IPv6 (\"Network protocol not supported, use (1)\"). On FTP over TLS, after a transfer command when the server requires encrypted data connections and the client sent PROT C or no PROT (\"SSL/TLS required on the data channel\", \"Data connections must be encrypted\"), or when the TLS handshake on the data connection failed.",
    how_to_fix: "For EPRT and EPSV, use a protocol from the list in the reply, or plain EPSV without an argument, which uses the control connection's protocol.\n\nFor FTP over TLS, send PBSZ 0 and PROT P after logging in so data connections are encrypted. If the handshake itself fails, the client may need to reuse the control connection's TLS session on the data connection, which servers such as vsftpd and FileZilla Server require; use a client that supports TLS session resumption.",
    rfc: &[
        RfcRef {
            number: 2428,
            sections: &["2", "3"],
        },
        RfcRef {
            number: 4217,
            sections: &["10.2", "11.4"],
        },
    ],
    commands: &[
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Eprt,
        Command::Epsv,
    ],
    status: Standing::Standard,
    notes: &[
        Note {
            source: "RFC 2428 §2",
            text: "Extended Port Failure - unknown network protocol: the reply text must end with the supported protocols in parentheses.",
        },
        Note {
            source: "RFC 4217 §10.2",
            text: "TLS negotiation on the data connection failed or was not acceptable, or the data protection level is insufficient for the server's policy.",
        },
        Note {
            source: "vsftpd, ProFTPD, Pure-FTPd",
            text: "All three send 522 in both senses: for unsupported EPRT or EPSV protocols, and for data connections that are not encrypted as required.",
        },
    ],
};

static INFO_530: CodeInfo = CodeInfo {
    code: KnownCode::NotLoggedIn,
    canonical_text: "Not logged in.",
    meaning: "The session is not logged in. After PASS it means the login failed; after any other command it means that command needs a successful login first.",
    when_you_see_it: "After PASS with a wrong password or an unknown user name (\"Login incorrect\"); after USER when that user is not allowed to log in, anonymous logins are disabled, or the server requires TLS before login; and after CWD, LIST, RETR and other commands sent before logging in or after the login failed.",
    how_to_fix: "As a user, check the user name and password, including letter case; check whether the server needs FTP over TLS (choose \"explicit FTP over TLS\" in the client) or does not allow anonymous login; and make sure the account is allowed to use FTP.\n\nIf you write a client, stop the session after a 530 to PASS and report the login failure; do not send other commands until a login succeeds.\n\nIf you run the server, check the log for the reason: a wrong password, a user listed in the ftpusers deny file, a shell not in /etc/shells (vsftpd with PAM), a user outside the allowed list, or TLS required before login.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 2228,
            sections: &["8.2"],
        },
        RfcRef {
            number: 3659,
            sections: &["7.2.1"],
        },
    ],
    commands: &[
        Command::User,
        Command::Pass,
        Command::Acct,
        Command::Cwd,
        Command::Cdup,
        Command::Smnt,
        Command::Port,
        Command::Pasv,
        Command::Mode,
        Command::Type,
        Command::Stru,
        Command::Allo,
        Command::Rest,
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Rnfr,
        Command::Rnto,
        Command::Dele,
        Command::Rmd,
        Command::Mkd,
        Command::Stat,
        Command::Site,
        Command::Pbsz,
        Command::Prot,
        Command::Mlst,
        Command::Mlsd,
        Command::Xcwd,
        Command::Xcup,
        Command::Xmkd,
        Command::Xrmd,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_532: CodeInfo = CodeInfo {
    code: KnownCode::NeedAccountForStoring,
    canonical_text: "Need account for storing files.",
    meaning: "Storing files requires an account that the session has not given. Unlike 332, the server discards the command instead of holding it.",
    when_you_see_it: "After STOR, STOU, APPE or RNTO on servers that charge storage to an account and have not received ACCT. Very rare today.",
    how_to_fix: "As a user, supply the account information (ACCT) in the client's site settings, then upload again.\n\nIf you write a client, send ACCT and then repeat the command that got 532.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.1.1", "4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::Stor, Command::Stou, Command::Appe, Command::Rnto],
    status: Standing::Standard,
    notes: &[],
};

static INFO_533: CodeInfo = CodeInfo {
    code: KnownCode::CommandProtectionLevelDenied,
    canonical_text: "Command protection level denied for policy reasons.",
    meaning: "The server refuses the command because of how it was protected: its policy requires a different protection level for commands.",
    when_you_see_it: "After CCC on a control connection that is not protected by TLS (RFC 4217); after an unprotected command when the server requires commands to be integrity protected or encrypted; after MIC, CONF or ENC at a level the server's policy forbids.",
    how_to_fix: "As a user, connect with the protection the server requires, usually FTP over TLS.\n\nIf you write a client, send CCC only on a TLS-protected control connection, and send commands with the protection level that the server's policy requires.",
    rfc: &[
        RfcRef {
            number: 2228,
            sections: &["3", "5.1", "8.2"],
        },
        RfcRef {
            number: 4217,
            sections: &["5"],
        },
    ],
    commands: &[
        Command::Auth,
        Command::Adat,
        Command::Pbsz,
        Command::Prot,
        Command::Ccc,
        Command::Mic,
        Command::Conf,
        Command::Enc,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_534: CodeInfo = CodeInfo {
    code: KnownCode::RequestDeniedByPolicy,
    canonical_text: "Request denied for policy reasons.",
    meaning: "The server's security policy forbids the request: for example, it requires TLS and the client did not use it, or it will not drop or weaken the protection the client asked to change.",
    when_you_see_it: "After USER or other commands on a server that only accepts TLS-protected sessions (IIS says \"Policy requires SSL\"); after AUTH with a mechanism the policy forbids; after PROT C on a server that requires encrypted data; after CCC on a server that will not return to a clear-text control connection.",
    how_to_fix: "As a user, enable FTP over TLS in the client (\"Require explicit FTP over TLS\") and connect again.\n\nIf you write a client, run AUTH TLS before USER, and PBSZ 0 and PROT P before transfers, when the server or the user asks for security.\n\nIf you run the server and clear-text logins must work, relax the TLS policy (for IIS, the site's SSL settings; for vsftpd, force_local_logins_ssl and force_local_data_ssl).",
    rfc: &[
        RfcRef {
            number: 2228,
            sections: &["3", "5.1", "6", "8.2"],
        },
        RfcRef {
            number: 4217,
            sections: &["5"],
        },
    ],
    commands: &[
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Auth,
        Command::Prot,
        Command::Ccc,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_535: CodeInfo = CodeInfo {
    code: KnownCode::SecurityCheckFailed,
    canonical_text: "Failed security check (hash, sequence, etc).",
    meaning: "A protected command or data block failed its security check: the integrity check did not match, the sequence was wrong or the data could not be decrypted.",
    when_you_see_it: "After ADAT with bad security data, after MIC, CONF or ENC commands whose protection does not verify, and after transfers whose protected data blocks are corrupted (RFC 2228 security mechanisms such as GSSAPI).",
    how_to_fix: "As a user, reconnect; if it persists, suspect a broken client or something that modifies the traffic between you and the server.\n\nIf you write a client, check the mechanism's sequence numbers and how you encode protected commands; start a new session after this error.",
    rfc: &[RfcRef {
        number: 2228,
        sections: &["3", "5.1", "6", "8.2"],
    }],
    commands: &[
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Adat,
        Command::Mic,
        Command::Conf,
        Command::Enc,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_536: CodeInfo = CodeInfo {
    code: KnownCode::DataProtectionLevelNotSupported,
    canonical_text: "Requested PROT level not supported by mechanism.",
    meaning: "The security mechanism in use cannot provide the data protection level asked for with PROT.",
    when_you_see_it: "After PROT S (safe) or PROT E (confidential) on a TLS connection: TLS offers only C (clear) and P (private), and vsftpd answers \"PROT not supported\".",
    how_to_fix: "If you write a client using FTP over TLS, send PROT P for encrypted data connections or PROT C for clear ones; S and E belong to other RFC 2228 mechanisms.",
    rfc: &[RfcRef {
        number: 2228,
        sections: &["3", "5.1", "8.2"],
    }],
    commands: &[Command::Prot],
    status: Standing::Standard,
    notes: &[],
};

static INFO_537: CodeInfo = CodeInfo {
    code: KnownCode::CommandProtectionLevelNotSupported,
    canonical_text: "Command protection level not supported by security mechanism.",
    meaning: "The security mechanism in use cannot protect commands at the level the client used.",
    when_you_see_it: "After CONF (confidential only) or ENC (private) when the mechanism offers only integrity protection, or after MIC when it offers none.",
    how_to_fix: "If you write a client, protect commands with the level the mechanism supports: usually MIC (integrity), or ENC when it offers encryption.",
    rfc: &[RfcRef {
        number: 2228,
        sections: &["3", "5.1"],
    }],
    commands: &[Command::Mic, Command::Conf, Command::Enc],
    status: Standing::Standard,
    notes: &[],
};

static INFO_550: CodeInfo = CodeInfo {
    code: KnownCode::FileUnavailable,
    canonical_text: "Requested action not taken.",
    meaning: "The server did not perform the file action because the file or directory is unavailable: it does not exist, it is not the right kind (a file where a directory is expected, or the other way round), or the user has no permission for it. Repeating the command will not help until that changes.",
    when_you_see_it: "After RETR or SIZE of a missing file (\"No such file or directory\"), CWD to a missing directory (\"Failed to change directory\"), STOR into a directory without write permission (\"Permission denied\"), DELE or RMD of something that is not there or a directory that is not empty, and MKD of a name that already exists. The text usually says which.",
    how_to_fix: "As a user, check the path and its letter case (Unix servers distinguish Report.pdf from report.pdf), check that you are in the directory you think (PWD), and check the permissions with the server's owner.\n\nIf you write a client, report the server's text with the path; do not retry. A 550 to SIZE or MDTM only means that value is not available, not that the file cannot be downloaded.\n\nIf you run the server, check the file system permissions of the user the session runs as, and settings such as write_enable in vsftpd or a chroot that hides the path.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2.1", "4.2.2", "5.4", "7"],
        },
        RfcRef {
            number: 3659,
            sections: &["3.2", "4.2", "7.2.1"],
        },
    ],
    commands: &[
        Command::Cwd,
        Command::Cdup,
        Command::Smnt,
        Command::Stor,
        Command::Stou,
        Command::Retr,
        Command::List,
        Command::Nlst,
        Command::Appe,
        Command::Rnfr,
        Command::Dele,
        Command::Rmd,
        Command::Mkd,
        Command::Pwd,
        Command::Mdtm,
        Command::Size,
        Command::Mlst,
        Command::Mlsd,
        Command::Xcwd,
        Command::Xcup,
        Command::Xmkd,
        Command::Xrmd,
        Command::Xpwd,
        Command::Md5,
        Command::Mmd5,
        Command::Hash,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_551: CodeInfo = CodeInfo {
    code: KnownCode::PageTypeUnknown,
    canonical_text: "Requested action aborted: page type unknown.",
    meaning: "The server aborted an upload of a page-structured file (STRU P) because the page type in the data is not one it knows.",
    when_you_see_it: "Practically never: page structure was for systems such as TOPS-20, and current servers support only STRU F.",
    how_to_fix: "Send STRU F (file structure, the default) before the upload.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::Stor, Command::Stou, Command::Appe],
    status: Standing::Standard,
    notes: &[],
};

static INFO_552: CodeInfo = CodeInfo {
    code: KnownCode::ExceededStorageAllocation,
    canonical_text: "Requested file action aborted.",
    meaning: "The upload was stopped because it would exceed the storage allocated to the user or the directory: a quota or a file size limit.",
    when_you_see_it: "After STOR, STOU or APPE, often part-way through the upload, when the user's quota is full or the file is larger than the server allows (ProFTPD maps quota and file size errors to 552; Pure-FTPd reports quota exceeded and disk full with it).",
    how_to_fix: "As a user, delete files from your account or ask for a larger quota, then upload again.\n\nIf you run the server, raise the user's quota or the maximum file size, or free space on the volume.",
    rfc: &[RfcRef {
        number: 959,
        sections: &["4.2.1", "4.2.2", "5.4"],
    }],
    commands: &[Command::Stor, Command::Stou, Command::Appe],
    status: Standing::Standard,
    notes: &[],
};

static INFO_553: CodeInfo = CodeInfo {
    code: KnownCode::FileNameNotAllowed,
    canonical_text: "Requested action not taken.",
    meaning: "The file name is not allowed: RFC 959's text for 553 continues \"File name not allowed\". Servers also use it when they cannot create the file for another reason.",
    when_you_see_it: "After STOR, STOU, APPE or RNTO with a name containing characters the server refuses, a name matching a deny rule, or a path the user may not write (\"Could not create file\" from vsftpd, often a permissions problem).",
    how_to_fix: "As a user, rename the file to plain letters, digits, dots, dashes and underscores, and check you have write permission in the target directory.\n\nIf you run the server, check upload directory permissions and file name filters (for example PathDenyFilter in ProFTPD) and, for vsftpd, that write_enable is set.",
    rfc: &[
        RfcRef {
            number: 959,
            sections: &["4.2.1", "4.2.2", "5.4"],
        },
        RfcRef {
            number: 3659,
            sections: &["7.2.1"],
        },
    ],
    commands: &[
        Command::Stor,
        Command::Stou,
        Command::Appe,
        Command::Rnto,
        Command::Mlst,
        Command::Mlsd,
        Command::Hash,
    ],
    status: Standing::Standard,
    notes: &[],
};

static INFO_554: CodeInfo = CodeInfo {
    code: KnownCode::InvalidRestParameter,
    canonical_text: "Requested action not taken: invalid REST parameter.",
    meaning: "The transfer was refused because the restart position set by REST cannot be used for this file, for example an offset beyond the end of the file.",
    when_you_see_it: "After RETR, STOR or APPE that follows REST, when the offset is larger than the file or not a valid number; ProFTPD and Pure-FTPd both send it.",
    how_to_fix: "As a user, restart the transfer from the beginning, or delete the partial local copy if it is larger than the file on the server.\n\nIf you write a client, compare the local partial size with SIZE before resuming, and send REST 0 or no REST when the file on the server is smaller.",
    rfc: &[RfcRef {
        number: 1123,
        sections: &["4.1.3.4"],
    }],
    commands: &[Command::Stor, Command::Retr, Command::Appe],
    status: Standing::Standard,
    notes: &[],
};

static INFO_555: CodeInfo = CodeInfo {
    code: KnownCode::TypeOrStructureMismatch,
    canonical_text: "Requested action not taken: type or stru mismatch.",
    meaning: "The transfer was refused because the current transfer type or structure (TYPE, STRU) does not fit the restart or the existing file.",
    when_you_see_it: "After a transfer command that follows REST, when the session's TYPE or STRU differs from the one the restart needs, for example resuming in ASCII mode a file started in binary. Rare.",
    how_to_fix: "If you write a client, set the same TYPE (normally TYPE I) and STRU as the interrupted transfer used before sending REST and the transfer command.",
    rfc: &[RfcRef {
        number: 1123,
        sections: &["4.1.3.4"],
    }],
    commands: &[Command::Stor, Command::Retr, Command::Appe],
    status: Standing::Standard,
    notes: &[],
};

static INFO_556: CodeInfo = CodeInfo {
    code: KnownCode::HashNotPermitted,
    canonical_text: "[ProFTPD: \"<path>: Operation not permitted\"]",
    meaning: "The server refuses to compute a checksum of this file.",
    when_you_see_it: "After HASH on ProFTPD with mod_digest, when the file is one the module will not hash, such as a special file or one excluded by its configuration.",
    how_to_fix: "If you write a client, verify such files another way, for example by downloading them, and check FEAT for the HASH feature before relying on it.\n\nIf you run the server, see the mod_digest settings for which files may be hashed.",
    rfc: &[],
    commands: &[Command::Hash],
    status: Standing::DeFacto,
    notes: &[Note {
        source: "ProFTPD contrib/mod_digest.c",
        text: "Sends 556, which its source marks as non-standard, when HASH is refused for a file.",
    }],
};

static INFO_631: CodeInfo = CodeInfo {
    code: KnownCode::IntegrityProtected,
    canonical_text: "Integrity protected reply.",
    meaning: "A protected reply: the server's real reply is inside the text, encoded in base64 and signed by the security mechanism so that tampering can be detected, but not encrypted.",
    when_you_see_it: "In reply to any command once an RFC 2228 security exchange (such as GSSAPI) has set up integrity protection, usually after the client sent a MIC command. Not used by FTP over TLS, which protects the whole connection instead.",
    how_to_fix: "Nothing to fix. If you write a client, base64-decode the text, check it with the security mechanism, and handle the reply found inside. A multi-line protected reply carries one base64 fragment per line.",
    rfc: &[RfcRef {
        number: 2228,
        sections: &["5.2", "8.2"],
    }],
    commands: &[Command::Mic, Command::Conf, Command::Enc],
    status: Standing::Standard,
    notes: &[],
};

static INFO_632: CodeInfo = CodeInfo {
    code: KnownCode::ConfidentialityAndIntegrityProtected,
    canonical_text: "Confidentiality and integrity protected reply.",
    meaning: "A protected reply: the server's real reply is inside the text, encrypted and signed by the security mechanism, then encoded in base64.",
    when_you_see_it: "In reply to any command once an RFC 2228 security exchange has set up private protection, usually after the client sent an ENC command.",
    how_to_fix: "Nothing to fix. If you write a client, base64-decode the text, decrypt and verify it with the security mechanism, and handle the reply found inside.",
    rfc: &[
        RfcRef {
            number: 2228,
            sections: &["5.2", "8.2"],
        },
        RfcRef {
            number: 2773,
            sections: &["2"],
        },
    ],
    commands: &[Command::Mic, Command::Conf, Command::Enc],
    status: Standing::Standard,
    notes: &[],
};

static INFO_633: CodeInfo = CodeInfo {
    code: KnownCode::ConfidentialityProtected,
    canonical_text: "Confidentiality protected reply.",
    meaning: "A protected reply: the server's real reply is inside the text, encrypted by the security mechanism and encoded in base64.",
    when_you_see_it: "In reply to any command once an RFC 2228 security exchange has set up confidentiality protection, usually after the client sent a CONF command.",
    how_to_fix: "Nothing to fix. If you write a client, base64-decode the text, decrypt it with the security mechanism, and handle the reply found inside.",
    rfc: &[RfcRef {
        number: 2228,
        sections: &["5.2", "8.2"],
    }],
    commands: &[Command::Mic, Command::Conf, Command::Enc],
    status: Standing::Standard,
    notes: &[],
};
