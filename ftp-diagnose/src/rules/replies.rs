//! Which cause a negative reply shows: one rule per cause, in a priority table. A reply, or a
//! reply a client's line quotes, is read against each rule in order; the first that matches
//! names its cause. Each rule says what it reads and why it stands where it does.

use super::facts::{Answer, DATA_SETUP, Session};
use crate::Cause;
use crate::finding::{Certainty, Findings};
use crate::words::{self, MISSING, PERMISSION, STORAGE, TIMEOUT, TOO_MANY, UNSUPPORTED};

/// Commands that store a file.
const UPLOADS: &[&str] = &["STOR", "STOU", "APPE"];
/// Commands that change the server's files: a bare 550 to them is most likely a permission.
const WRITES: &[&str] = &["STOR", "STOU", "APPE", "MKD", "XMKD", "RNTO", "SITE"];

/// A negative reply and where it stands.
pub(crate) struct Refusal<'a> {
    pub(crate) answer: &'a Answer,
    /// The upper-case verb it answers: the exchange's, or the one a client's line names;
    /// "" when unknown.
    pub(crate) verb: &'a str,
    pub(crate) session: &'a Session<'a>,
    pub(crate) index: usize,
}

impl Refusal<'_> {
    fn says(&self, words: &[&str]) -> bool {
        self.answer.says(words)
    }

    fn is(&self, codes: &[u16]) -> bool {
        self.answer.is(codes)
    }

    /// Whether it is a client's line that is only a server's words, without a code: short,
    /// as "Permission denied." is.
    fn is_bare(&self) -> bool {
        self.answer.code.is_none() && self.answer.text.trim().len() <= 40
    }

    /// Whether the exchange ran under `PROT P`: `Some(false)` under `PROT C`, `None` when
    /// the log does not say.
    fn protected(&self) -> Option<bool> {
        self.session.facts[self.index].protected
    }
}

/// A rule of [`REPLY_RULES`]: the cause it names, the replies it reads, and why it stands
/// where it does in the table.
///
/// ```
/// use ftp_diagnose::{Cause, REPLY_RULES};
///
/// let first = REPLY_RULES.iter().position(|rule| rule.cause() == Cause::TlsRequired);
/// let login = REPLY_RULES.iter().position(|rule| rule.cause() == Cause::LoginFailed);
/// assert!(first < login, "a 530 that demands TLS is read before a 530 as a failed login");
/// ```
pub struct ReplyRule {
    cause: Cause,
    reads: &'static str,
    ranked: &'static str,
    matches: fn(&Refusal<'_>) -> Option<Certainty>,
}

impl ReplyRule {
    /// The cause it names.
    pub const fn cause(&self) -> Cause {
        self.cause
    }

    /// The replies it reads.
    pub const fn reads(&self) -> &'static str {
        self.reads
    }

    /// Why it stands where it does in the table.
    pub const fn ranked(&self) -> &'static str {
        self.ranked
    }
}

impl core::fmt::Debug for ReplyRule {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ReplyRule")
            .field("cause", &self.cause)
            .field("reads", &self.reads)
            .finish_non_exhaustive()
    }
}

const STATED: Option<Certainty> = Some(Certainty::Stated);
const INFERRED: Option<Certainty> = Some(Certainty::Inferred);

/// Which cause a negative reply shows, one rule per cause, first match wins: a reply (or a
/// reply a client's line quotes) is read against each rule in this order.
pub const REPLY_RULES: &[ReplyRule] = &[
    ReplyRule {
        cause: Cause::FtpNotSftp,
        reads: "any reply to an SSH version line that the client sent as its first words \
                (`SSH-2.0-...`), or that quotes one (`502 Invalid command \"SSH-2.0-WinSCP\"`)",
        ranked: "first: the client speaks another protocol, so nothing else the server says \
                 means what it would in FTP",
        matches: |refusal| {
            let sent = refusal.verb.starts_with("SSH-");
            (sent || refusal.says(&["ssh-2.0-", "ssh-1.99-"])).then_some(Certainty::Stated)
        },
    },
    ReplyRule {
        cause: Cause::ServerError,
        reads: "vsftpd's `500 OOPS: ...`, its report of a failure of its own",
        ranked: "before every rule of codes: vsftpd sends it to any command, so none may read \
                 it as a command it does not know",
        matches: |refusal| refusal.answer.is_oops().then_some(Certainty::Stated),
    },
    ReplyRule {
        cause: Cause::TooManyConnections,
        reads: "421 or 530 (or a client's line) whose text names a limit: \"too many\", \
                \"maximum number\", \"more than 3 connections\"",
        ranked: "before login failures and idle timeouts: a 530 or 421 that names a limit is \
                 about the limit, whatever command it answers",
        matches: |refusal| {
            let coded = refusal.is(&[421, 530]) || refusal.answer.code.is_none();
            (coded && refusal.says(TOO_MANY)).then_some(Certainty::Stated)
        },
    },
    ReplyRule {
        cause: Cause::IdleTimeout,
        reads: "421 whose text speaks of a timeout or idleness; a client's line with a \
                server's words \"timeout ... closing control connection\"",
        ranked: "before the TLS rules: a 421 for idleness may name the control connection's \
                 security in passing",
        matches: |refusal| {
            let quoted =
                refusal.answer.code.is_none() && refusal.says(&["closing control connection"]);
            ((refusal.is(&[421]) || quoted) && refusal.says(TIMEOUT)).then_some(Certainty::Stated)
        },
    },
    ReplyRule {
        cause: Cause::TlsUnavailable,
        reads: "a negative reply to AUTH, when the client then stops",
        ranked: "before the rules of TLS demands: a refused AUTH speaks of TLS too",
        matches: |refusal| {
            (refusal.verb == "AUTH" && refusal.answer.number() >= 400).then_some(Certainty::Stated)
        },
    },
    ReplyRule {
        cause: Cause::TlsUnavailable,
        reads: "530 \"Please login with USER and PASS\" to AUTH, or to a command the log does \
                not show: vsftpd's answer to any command before login, AUTH included when it \
                offers no TLS (vsftpd prelogin.c, parse_username_password)",
        ranked: "before the other rules of TLS and logins: it is no demand for TLS and no \
                 wrong password",
        matches: |refusal| {
            // The text itself names USER and PASS, which a client's line may take for the
            // command; vsftpd never gives this answer to USER or PASS themselves.
            let auth = matches!(refusal.verb, "AUTH" | "" | "USER" | "PASS");
            let before_login = || refusal.says(&["please login with user and pass"]);
            (refusal.is(&[530]) && auth && before_login()).then_some(Certainty::Inferred)
        },
    },
    ReplyRule {
        cause: Cause::TlsRequired,
        reads: "421, 530, 522, 533, 534 or 550 (or a client's line) whose text demands TLS \
                (\"TLS required\", \"must use encryption\"); 533 and 534 to any command but \
                PROT",
        ranked: "before login failures: vsftpd answers USER with 530 when TLS is forced, and \
                 that is no wrong password",
        matches: |refusal| {
            let code_demands = refusal.is(&[533, 534]) && refusal.verb != "PROT";
            let coded =
                refusal.is(&[421, 530, 522, 533, 534, 550]) || refusal.answer.code.is_none();
            let demands = || words::demands_tls(&refusal.answer.text);
            (code_demands || (coded && demands())).then_some(Certainty::Stated)
        },
    },
    ReplyRule {
        cause: Cause::ServerError,
        reads: "any other 421: the server is closing the session",
        ranked: "after the 421s that say why, and before login failures; a 421 that names a \
                 permission, a missing path or a full disk is left to those rules",
        matches: |refusal| {
            let other =
                || refusal.says(PERMISSION) || refusal.says(MISSING) || refusal.says(STORAGE);
            (refusal.is(&[421]) && !other()).then_some(Certainty::Stated)
        },
    },
    ReplyRule {
        cause: Cause::LoginFailed,
        reads: "430, and 530 to USER, PASS or ACCT (or before any command); a client's line \
                that says a login failed, with the server's words (PHP's `ftp_login(): Login \
                incorrect.`)",
        ranked: "after the 530s that name a limit or TLS",
        matches: |refusal| {
            let login = matches!(refusal.verb, "USER" | "PASS" | "ACCT" | "");
            let words = [
                "login",
                "authentication",
                "incorrect",
                "password",
                "not logged in",
            ];
            let quoted = refusal.answer.code.is_none() && login && refusal.says(&words);
            let coded = refusal.is(&[430]) || (refusal.is(&[530]) && login);
            (coded || quoted).then_some(Certainty::Stated)
        },
    },
    ReplyRule {
        cause: Cause::DataConnectionBlocked,
        reads: "500 or 501 to PORT or EPRT (or to a command the log does not show) that \
                refuses the address: \"Illegal PORT command\", \"I won't open a connection to \
                10.0.0.5\"; the server refuses an active connection to an address that is \
                not the client's, as behind NAT",
        ranked: "before the refusals of data commands",
        matches: |refusal| {
            let active = matches!(refusal.verb, "PORT" | "EPRT" | "");
            let refuses = || refusal.says(&["illegal", "won't open a connection", "will not open"]);
            (active && refusal.is(&[500, 501]) && refuses()).then_some(Certainty::Stated)
        },
    },
    ReplyRule {
        cause: Cause::CommandUnsupported,
        reads: "a refusal whose text says the server does not know or will not run the \
                command (\"not understood\", \"not implemented\", \"use EPSV instead\")",
        ranked: "before the refusals of data commands: a PASV that the server does not \
                 support on IPv6 is no blocked connection",
        matches: |refusal| {
            let coded = refusal.is(&[425, 500, 501, 502, 504]) || refusal.answer.code.is_none();
            let known = || !refusal.verb.is_empty() || refusal.says(&["'", "\""]);
            let lived = || refusal.session.lived_without(refusal.index, refusal.verb);
            (coded && known() && refusal.says(UNSUPPORTED) && !lived()).then_some(Certainty::Stated)
        },
    },
    ReplyRule {
        cause: Cause::DataConnectionBlocked,
        reads: "4yz or 5yz to PASV, EPSV, PORT, EPRT, LPSV or LPRT, other than 500, 502 and 504",
        ranked: "before the replies to transfers, which these commands prepare",
        matches: |refusal| {
            let setup = DATA_SETUP.contains(&refusal.verb);
            let unknown = refusal.is(&[500, 502, 504]);
            (setup && refusal.answer.number() >= 400 && !unknown).then_some(Certainty::Stated)
        },
    },
    ReplyRule {
        cause: Cause::TlsSessionReuse,
        reads: "a reply whose text speaks of TLS and of reusing or resuming a session; \
                ProFTPD's `425 Unable to build data connection: Operation not permitted`",
        ranked: "before 425 as a blocked data connection, which it would otherwise read as",
        matches: |refusal| {
            if refusal.says(words::REUSE) && refusal.says(words::TLS) {
                return STATED;
            }
            let proftpd = refusal.is(&[425]) && refusal.says(&["operation not permitted"]);
            match refusal.protected() {
                Some(true) if proftpd => STATED,
                None if proftpd => INFERRED,
                _ => None,
            }
        },
    },
    ReplyRule {
        cause: Cause::StorageFull,
        reads: "452 and 552; 421, 425, 426, 450, 451, 550 and 553 whose text speaks of space or a \
                quota; a 451 or 426 to an upload that says writing failed (vsftpd's \"Failure writing \
                to local file\", Pure-FTPd's \"Error during write to file\")",
        ranked: "before permissions and missing files, which a 550 could also be",
        matches: |refusal| {
            let coded = refusal.is(&[452, 552]);
            let said = (refusal.is(&[421, 425, 426, 450, 451, 550, 553])
                || refusal.answer.code.is_none())
                && refusal.says(STORAGE);
            // A write that failed on the server: to an upload, or in words no download has.
            let server_write =
                || refusal.says(&["failure writing to local", "error during write to file"]);
            let writing = (refusal.is(&[451, 426]) || refusal.answer.code.is_none())
                && ((UPLOADS.contains(&refusal.verb)
                    && refusal.says(&["failure writing", "error during write", "write error"]))
                    || server_write());
            match () {
                _ if coded || said => STATED,
                // A write that failed on the server, for want of room as a rule.
                _ if writing => INFERRED,
                _ => None,
            }
        },
    },
    ReplyRule {
        cause: Cause::PermissionDenied,
        reads: "532; 421, 450, 550 and 553 whose text refuses a permission",
        ranked: "before missing files: \"Permission denied\" is the more particular",
        matches: |refusal| {
            let said = (refusal.is(&[421, 450, 550, 553]) || refusal.is_bare())
                && refusal.says(PERMISSION);
            (refusal.is(&[532]) || said).then_some(Certainty::Stated)
        },
    },
    ReplyRule {
        cause: Cause::Encoding,
        reads: "501, 550 and 553 whose text calls a character of the name invalid",
        ranked: "before missing files: a name the server cannot decode is not found either",
        matches: |refusal| {
            let said = || {
                refusal.says(&[
                    "invalid character",
                    "illegal character",
                    "invalid byte",
                    "invalid utf",
                ])
            };
            (refusal.is(&[501, 550, 553]) && said()).then_some(Certainty::Inferred)
        },
    },
    ReplyRule {
        cause: Cause::NotFound,
        reads: "421, 450, 550 and 553 whose text says the path does not exist",
        ranked: "after permissions",
        matches: |refusal| {
            let coded = refusal.is(&[421, 450, 550, 553]) || refusal.is_bare();
            (coded && refusal.says(MISSING)).then_some(Certainty::Stated)
        },
    },
    ReplyRule {
        cause: Cause::PermissionDenied,
        reads: "a bare 550 or 553 to a command that writes (STOR, MKD, RNTO, ...)",
        ranked: "after the rules that read the text: only the code and the command speak",
        matches: |refusal| {
            (refusal.is(&[550, 553]) && WRITES.contains(&refusal.verb))
                .then_some(Certainty::Inferred)
        },
    },
    ReplyRule {
        cause: Cause::NotFound,
        reads: "a bare 550 to any other command the log shows, or that a client's error \
                quotes",
        ranked: "after the 550s to writes",
        matches: |refusal| {
            let known = !refusal.verb.is_empty() || !refusal.answer.sent;
            (refusal.is(&[550]) && known).then_some(Certainty::Inferred)
        },
    },
    ReplyRule {
        cause: Cause::DataConnectionBlocked,
        reads: "425 and 426: the data connection could not be opened, or broke off; a \
                client's line that quotes a server's words about the data connection for a \
                transfer that failed (PHP's `ftp_put(): Opening BINARY mode data connection`)",
        ranked: "after every 425 and 426 that says more",
        matches: |refusal| {
            let quoted = refusal.answer.code.is_none()
                && refusal.says(&["data connection"])
                && super::facts::TRANSFERS.contains(&refusal.verb);
            (refusal.is(&[425, 426]) || quoted).then_some(Certainty::Inferred)
        },
    },
    ReplyRule {
        cause: Cause::ServerError,
        reads: "451: a local error on the server",
        ranked: "last: the code says little",
        matches: |refusal| refusal.is(&[451]).then_some(Certainty::Inferred),
    },
];

/// What the negative replies, and the replies clients quote, say.
pub(crate) fn replies(session: &Session<'_>, findings: &mut Findings) {
    for (index, fact) in session.facts.iter().enumerate() {
        // Every rule reads a reply of 421 or more, or a client's line without a code.
        let refusals = fact
            .answers
            .iter()
            .filter(|answer| answer.code.is_none_or(|code| code.as_u16() >= 400));
        for answer in refusals {
            let verb = match &answer.verb {
                Some(verb) if !answer.sent || fact.verb.is_empty() => verb.as_str(),
                _ if answer.answers_command => fact.verb.as_str(),
                _ => "",
            };
            let refusal = Refusal {
                answer,
                verb,
                session,
                index,
            };
            if worked_around(&refusal) {
                continue;
            }
            let Some((rule, certainty)) = REPLY_RULES
                .iter()
                .find_map(|rule| Some((rule, (rule.matches)(&refusal)?)))
            else {
                continue;
            };
            let mut lines = Vec::from([answer.line]);
            if answer.answers_command {
                lines.extend(session.command_line(index));
            }
            let codes: Vec<u16> = answer.code.map(|code| code.as_u16()).into_iter().collect();
            findings.add(rule.cause, certainty, &lines, &codes, None);
        }
    }
}

/// Whether the client worked around the refusal, so that it caused no trouble: it logged in
/// without the TLS that AUTH refused, or fell back from EPSV to PASV (EPRT to PORT).
fn worked_around(refusal: &Refusal<'_>) -> bool {
    let (session, index) = (refusal.session, refusal.index);
    // 421 closes the session: nothing works around it.
    let negative =
        (refusal.answer.number() >= 400 || refusal.answer.code.is_none()) && !refusal.is(&[421]);
    let fallback = match refusal.verb {
        "AUTH" => "USER",
        "EPSV" | "LPSV" => "PASV",
        "EPRT" | "LPRT" => "PORT",
        _ => return false,
    };
    negative && refusal.answer.sent && session.sent_after(index, fallback)
}
