//! The rules that read a log's exchanges and name the causes of its trouble.
//!
//! Each rule looks at one kind of evidence: the replies and what their text says, the 227
//! replies and the address the client connected to, the client's own error lines, and the
//! commands refused with nothing in their place. Rules report to a [`Findings`] collector,
//! which keeps one finding per cause.

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::net::Ipv4Addr;

use super::clue::{Clue, clue, connecting_to, mentions_port, repeated_code};
use super::finding::Findings;
use super::{Cause, Event, EventKind, Exchange};
use crate::payload::is_private;
use crate::{ExtendedPassivePort, PassiveAddress};

/// Commands that open a data connection.
const TRANSFERS: &[&str] = &["LIST", "NLST", "MLSD", "RETR", "STOR", "STOU", "APPE"];
/// Commands that prepare one.
const DATA_SETUP: &[&str] = &["PASV", "EPSV", "PORT", "EPRT", "LPSV", "LPRT"];
/// Commands whose refusal a client lives with: it asks to learn what the server offers.
const PROBES: &[&str] = &[
    "FEAT", "OPTS", "CLNT", "SYST", "HOST", "LANG", "SITE", "ALLO", "PBSZ", "PROT", "MODE", "STRU",
    "XCRC", "XMD5", "XSHA1", "HASH", "AVBL", "PRET", "CSID", "MFMT", "MFCT", "MFF", "SIZE", "MDTM",
    "MLST", "REST", "NOOP", "STAT", "HELP", "ACCT", "EPSV", "EPRT", "LPSV", "LPRT", "TYPE",
];
/// Commands that store a file.
const UPLOADS: &[&str] = &["STOR", "STOU", "APPE"];
/// Commands that change the server's files: a bare 550 to them is most likely a permission.
const WRITES: &[&str] = &["STOR", "STOU", "APPE", "MKD", "XMKD", "RNTO", "SITE"];

/// Words of reply texts, in lower case.
const TOO_MANY: &[&str] = &[
    "too many",
    "maximum number",
    "max clients",
    "connection limit",
];
const TIMEOUT: &[&str] = &["timeout", "timed out", "idle", "inactiv"];
const TLS: &[&str] = &["tls", "ssl", "encrypt", "secure", "cleartext"];
const REUSE: &[&str] = &["reuse", "resum"];
const STORAGE: &[&str] = &[
    "no space",
    "disk full",
    "quota",
    "insufficient storage",
    "storage",
];
const PERMISSION: &[&str] = &[
    "permission",
    "access denied",
    "not allowed",
    "forbidden",
    "read-only",
    "read only",
    "could not create",
    "can't create",
    "cannot create",
];
const MISSING: &[&str] = &[
    "no such",
    "not found",
    "does not exist",
    "doesn't exist",
    "failed to open",
    "failed to change directory",
    "not retrievable",
    "cannot find",
    "can't find",
    "couldn't find",
];

/// A reply, or a reply code a client's error line repeats, and where the log shows it.
struct Answer {
    line: usize,
    code: u16,
    /// All of its text, in lower case; empty for a code from a note.
    text: String,
    /// Whether it answers the exchange's command: a preliminary reply or the first other
    /// one. Replies after that answer commands the log does not show, such as the PORT and
    /// NLST that Windows' `ftp` sends for `ls`.
    answers_command: bool,
}

impl Answer {
    fn says(&self, words: &[&str]) -> bool {
        words.iter().any(|word| self.text.contains(word))
    }

    /// Whether it is vsftpd's `500 OOPS:`, how it reports a failure of its own whatever the
    /// command, not a command it does not know.
    fn is_oops(&self) -> bool {
        self.code == 500 && self.text.starts_with("oops")
    }
}

/// A log's exchanges with what the rules ask of them worked out once, so that every rule
/// takes time in proportion to the log.
struct Session<'l> {
    exchanges: Vec<Exchange<'l>>,
    /// Per exchange: the upper-case verb, or "" before the first command.
    verbs: Vec<String>,
    /// Per exchange: its replies, and the codes its error notes repeat.
    answers: Vec<Vec<Answer>>,
    /// Per exchange: its notes that say something a rule needs, and what.
    clues: Vec<Vec<(&'l Event, Clue)>>,
    /// The address the client said it connected to, if it said so.
    connected: Option<Ipv4Addr>,
    /// The line of the server's first reply.
    first_reply: Option<usize>,
    /// Per exchange: the last exchange at or before it that prepared a data connection.
    setups: Vec<Option<usize>>,
    /// Per exchange: the line where the data connection prepared at or before it failed, if
    /// it failed before the next one was prepared.
    data_failures: Vec<Option<usize>>,
    /// Per exchange: the line where the client said it connects to the control
    /// connection's address instead of the passive one, before the next data connection.
    replaced: Vec<Option<usize>>,
    /// Per exchange: the port of the last 227 or 229 reply at or before it.
    passive_ports: Vec<Option<u16>>,
    /// Per exchange: whether data connections are protected by then (PROT P accepted), if
    /// PROT was accepted at all.
    protected: Vec<Option<bool>>,
    /// Per exchange: the code of the last reply at or before it.
    last_codes: Vec<Option<u16>>,
    /// Per exchange: whether its command, or a later retry of it, got a negative reply.
    refused_from: Vec<bool>,
    /// Per verb: the last exchange that sent it.
    last_sent: BTreeMap<String, usize>,
    /// The last exchange with a command other than QUIT.
    last_not_quit: Option<usize>,
}

/// Names the causes of the trouble in `exchanges`.
pub(super) fn find(exchanges: Vec<Exchange<'_>>, findings: &mut Findings) {
    let session = Session::new(exchanges);
    server_text(&session, findings);
    let blamed_227 = passive_addresses(&session, findings);
    notes(&session, &blamed_227, findings);
    replies(&session, findings);
    refused_commands(&session, findings);
    encodings(&session, findings);
}

impl<'l> Session<'l> {
    fn new(exchanges: Vec<Exchange<'l>>) -> Session<'l> {
        let verbs: Vec<String> = exchanges
            .iter()
            .map(|exchange| {
                let text = exchange.command_text().unwrap_or_default();
                text.split(' ').next().unwrap_or_default().to_uppercase()
            })
            .collect();
        let mut answers: Vec<Vec<Answer>> = exchanges.iter().map(answers).collect();
        settle_late_replies(&verbs, &mut answers);
        for answers in &mut answers {
            answers.sort_by_key(|answer| answer.line);
            let first_final = answers.iter().position(|answer| answer.code >= 200);
            for answer in answers
                .iter_mut()
                .skip(first_final.map_or(usize::MAX, |at| at + 1))
            {
                answer.answers_command = false;
            }
        }
        let clues: Vec<Vec<(&Event, Clue)>> = exchanges
            .iter()
            .map(|exchange| {
                let notes = exchange.notes().iter();
                notes
                    .filter_map(|&event| Some((event, clue(note(event)?)?)))
                    .collect()
            })
            .collect();
        let connected = exchanges
            .iter()
            .flat_map(|exchange| exchange.notes())
            .find_map(|event| connecting_to(note(event)?));
        let first_reply = answers
            .iter()
            .flatten()
            .filter(|answer| !answer.text.is_empty())
            .map(|answer| answer.line)
            .min();
        let setups = carried_forward(verbs.len(), |index| {
            DATA_SETUP.contains(&verbs[index].as_str()).then_some(index)
        });
        let data_failures = until_next_setup(&verbs, |index| {
            data_failure_in(&clues[index], &answers[index])
        });
        let replaced = until_next_setup(&verbs, |index| {
            let mut clues = clues[index].iter();
            clues
                .find(|(_, clue)| *clue == Clue::AddressReplaced)
                .map(|(event, _)| event.line())
        });
        let passive_ports = carried_forward(verbs.len(), |index| {
            let announced = exchanges[index].replies().filter_map(|reply| {
                let reply = reply.as_reply();
                match reply.code().as_u16() {
                    227 => PassiveAddress::parse(reply.last_line())
                        .ok()
                        .map(|pasv| pasv.port()),
                    229 => ExtendedPassivePort::parse(reply.last_line())
                        .ok()
                        .map(|epsv| epsv.port()),
                    _ => None,
                }
            });
            announced.last()
        });
        let protected = carried_forward(verbs.len(), |index| {
            let accepted = answers[index]
                .iter()
                .any(|answer| (200..300).contains(&answer.code));
            match exchanges[index].command_text() {
                Some(text) if verbs[index] == "PROT" && accepted => Some(text.ends_with(" P")),
                _ => None,
            }
        });
        let last_codes = carried_forward(verbs.len(), |index| {
            answers[index].last().map(|answer| answer.code)
        });
        let mut refused_from = alloc::vec![false; verbs.len()];
        let mut refused_later: BTreeMap<&str, bool> = BTreeMap::new();
        for index in (0..verbs.len()).rev() {
            let refused = answers[index].iter().any(|answer| answer.code >= 400);
            let later = refused_later.entry(verbs[index].as_str()).or_default();
            *later |= refused;
            refused_from[index] = *later;
        }
        let mut last_sent: BTreeMap<String, usize> = BTreeMap::new();
        for (index, verb) in verbs.iter().enumerate() {
            match last_sent.get_mut(verb) {
                Some(last) => *last = index,
                None => {
                    last_sent.insert(verb.clone(), index);
                }
            }
        }
        let last_not_quit = (0..verbs.len())
            .rev()
            .find(|&index| !matches!(verbs[index].as_str(), "" | "QUIT"));
        Session {
            exchanges,
            verbs,
            answers,
            clues,
            connected,
            first_reply,
            setups,
            data_failures,
            replaced,
            passive_ports,
            protected,
            last_codes,
            refused_from,
            last_sent,
            last_not_quit,
        }
    }

    /// The line of exchange `index`'s command, if it has one.
    fn command_line(&self, index: usize) -> Option<usize> {
        self.exchanges[index].command_event().map(Event::line)
    }

    /// Whether exchange `index` is about a data connection: it prepares one or uses one.
    fn is_data(&self, index: usize) -> bool {
        let verb = self.verbs[index].as_str();
        TRANSFERS.contains(&verb) || DATA_SETUP.contains(&verb)
    }

    /// Whether the server had sent a reply before `line`.
    fn heard_before(&self, line: usize) -> bool {
        self.first_reply.is_some_and(|first| first < line)
    }

    /// Whether a command with `verb` was sent after exchange `index`.
    fn sent_after(&self, index: usize, verb: &str) -> bool {
        self.last_sent.get(verb).is_some_and(|&last| last > index)
    }

    /// Whether the client sent nothing but QUIT after exchange `index`.
    fn gave_up_after(&self, index: usize) -> bool {
        self.last_not_quit.is_none_or(|last| last <= index)
    }
}

/// Per exchange of `count`, the value `found` gives for the last exchange at or before it
/// that has one.
fn carried_forward<T: Copy>(count: usize, found: impl Fn(usize) -> Option<T>) -> Vec<Option<T>> {
    let mut values: Vec<Option<T>> = Vec::with_capacity(count);
    for index in 0..count {
        let before = values.last().copied().flatten();
        values.push(found(index).or(before));
    }
    values
}

/// Per exchange, the first line `found` gives from it on, up to the exchange that prepares
/// the next data connection: what became of the data connection prepared there.
fn until_next_setup(
    verbs: &[String],
    found: impl Fn(usize) -> Option<usize>,
) -> Vec<Option<usize>> {
    let mut lines = alloc::vec![None; verbs.len()];
    let mut pending = None;
    for index in (0..verbs.len()).rev() {
        if verbs
            .get(index + 1)
            .is_some_and(|verb| DATA_SETUP.contains(&verb.as_str()))
        {
            pending = None;
        }
        pending = found(index).or(pending);
        lines[index] = pending;
    }
    lines
}

/// The line where a data connection failed in an exchange with these `clues` and
/// `answers`, if it did: a client's note of a refusal, a timeout or an address mismatch, or a
/// 425.
fn data_failure_in(clues: &[(&Event, Clue)], answers: &[Answer]) -> Option<usize> {
    let noted = clues
        .iter()
        .find(|(_, clue)| matches!(clue, Clue::Refused | Clue::TimedOut | Clue::AddressMismatch));
    let refused = answers.iter().find(|answer| answer.code == 425);
    noted
        .map(|(event, _)| event.line())
        .or(refused.map(|answer| answer.line))
}

/// The text of a note event.
fn note(event: &Event) -> Option<&str> {
    match event.kind() {
        EventKind::Note(text) => Some(text),
        _ => None,
    }
}

/// The replies of `exchange`, and the codes its error notes repeat that no reply shows.
fn answers(exchange: &Exchange<'_>) -> Vec<Answer> {
    let mut answers: Vec<Answer> = exchange
        .reply_events()
        .iter()
        .filter_map(|event| match event.kind() {
            EventKind::Reply(reply) => Some(Answer {
                line: event.line(),
                code: reply.code().as_u16(),
                text: reply.as_reply().text().to_string().to_lowercase(),
                answers_command: true,
            }),
            _ => None,
        })
        .collect();
    for event in exchange.notes() {
        let Some(code) = note(event).and_then(repeated_code) else {
            continue;
        };
        if !answers.iter().any(|answer| answer.code == code) {
            answers.push(Answer {
                line: event.line(),
                code,
                text: String::new(),
                answers_command: true,
            });
        }
    }
    answers
}

/// Gives a transfer the final reply that the log shows after the next command: a client that
/// fails on the data connection sends its next command (often QUIT) before it reads the
/// transfer's last reply.
fn settle_late_replies(verbs: &[String], answers: &mut [Vec<Answer>]) {
    let mut open: Option<usize> = None;
    for index in 0..answers.len() {
        if let Some(transfer) = open.take() {
            if let Some(at) = answers[index].iter().position(|answer| answer.code >= 200) {
                let late = answers[index].remove(at);
                answers[transfer].push(late);
            }
        }
        let waiting =
            !answers[index].is_empty() && answers[index].iter().all(|answer| answer.code < 200);
        if waiting && TRANSFERS.contains(&verbs[index].as_str()) {
            open = Some(index);
        }
    }
}

/// Lines the server sent that are not FTP replies: an SSH banner, or something malformed.
fn server_text(session: &Session<'_>, findings: &mut Findings) {
    for event in session.exchanges.iter().flat_map(Exchange::reply_events) {
        if let EventKind::ServerText(text) = event.kind() {
            let cause = match clue(text) {
                Some(Clue::SshBanner) => Cause::SftpNotFtp,
                _ => Cause::MalformedReply,
            };
            findings.add(cause, &[event.line()], &[], None);
        }
    }
}

/// 227 replies whose address the client cannot reach; returns, per exchange, whether it has
/// one.
fn passive_addresses(session: &Session<'_>, findings: &mut Findings) -> Vec<bool> {
    let mut blamed = alloc::vec![false; session.exchanges.len()];
    for (index, exchange) in session.exchanges.iter().enumerate() {
        for event in exchange.reply_events() {
            let EventKind::Reply(reply) = event.kind() else {
                continue;
            };
            if reply.code().as_u16() != 227 {
                continue;
            }
            let Ok(pasv) = PassiveAddress::parse(reply.as_reply().last_line()) else {
                findings.add(Cause::MalformedReply, &[event.line()], &[227], None);
                continue;
            };
            let failure = session.data_failures[index];
            if let Some(replaced) = session.replaced[index] {
                // The client did not use the address: a failure after is not its fault.
                let unreachable = pasv.is_unspecified()
                    || (pasv.is_private() && session.connected.is_none_or(|ip| !is_private(ip)));
                if unreachable {
                    let detail = format!(
                        "The 227 reply on line {} announced {}; the client connected to the \
                         control connection's address instead (line {replaced}).",
                        event.line(),
                        pasv.announced()
                    );
                    findings.add(
                        Cause::PassiveAddress,
                        &[event.line(), replaced],
                        &[227],
                        Some(detail),
                    );
                }
                continue;
            }
            let detail = match session.connected {
                _ if pasv.is_unspecified() => format!(
                    "The 227 reply on line {} announced {}, which names no host.",
                    event.line(),
                    pasv.announced()
                ),
                Some(connected) if connected != pasv.ip() => {
                    let unreachable = pasv.is_private() && !is_private(connected);
                    if !unreachable && failure.is_none() {
                        continue;
                    }
                    format!(
                        "The 227 reply on line {} announced {}, but the client connected to {}.",
                        event.line(),
                        pasv.announced(),
                        connected
                    )
                }
                None if pasv.is_private() && failure.is_some() => format!(
                    "The 227 reply on line {} announced the private address {}, and the data \
                     connection failed.",
                    event.line(),
                    pasv.announced()
                ),
                _ => continue,
            };
            let mut lines = Vec::from([event.line()]);
            lines.extend(failure);
            findings.add(Cause::PassiveAddress, &lines, &[227], Some(detail));
            blamed[index] = true;
        }
    }
    blamed
}

/// The client's own lines: connections refused, timed out or closed, TLS errors, names that
/// do not resolve.
fn notes(session: &Session<'_>, blamed_227: &[bool], findings: &mut Findings) {
    for (index, clues) in session.clues.iter().enumerate() {
        let mut tls_error_seen = false;
        for &(event, clue) in clues {
            let tls_error_before = tls_error_seen;
            tls_error_seen |= matches!(clue, Clue::TlsClose | Clue::TlsHandshake);
            let line = event.line();
            let heard = session.heard_before(line);
            // About a data connection: in an exchange that prepares or uses one, or naming
            // the port the server announced for it.
            let port = session.passive_ports[index];
            let names_port =
                port.is_some_and(|port| note(event).is_some_and(|text| mentions_port(text, port)));
            let data = heard && (session.is_data(index) || names_port);
            let data_cause = |findings: &mut Findings| {
                let setup = session.setups[index];
                let cause = match setup {
                    Some(setup) if blamed_227[setup] => Cause::PassiveAddress,
                    _ => Cause::DataConnectionBlocked,
                };
                let mut lines = Vec::from([line]);
                lines.extend(setup.and_then(|setup| session.command_line(setup)));
                findings.add(cause, &lines, &[], None);
            };
            let cause = match clue {
                Clue::Refused | Clue::TimedOut if data => {
                    data_cause(findings);
                    continue;
                }
                // A client that goes on to log in lived without TLS.
                Clue::TlsUnavailable if session.sent_after(index, "USER") => continue,
                Clue::AddressMismatch => {
                    data_cause(findings);
                    continue;
                }
                // The 227 rule reads it.
                Clue::AddressReplaced => continue,
                // Not about a data connection: a connection attempt, the first or a new one.
                Clue::Refused => Cause::ConnectionRefused,
                Clue::TimedOut if !heard => Cause::ConnectionTimeout,
                // A negative reply to the transfer, or to a retry of it, or a TLS error
                // before, says why its data connection broke off.
                Clue::Closed if data && (session.refused_from[index] || tls_error_before) => {
                    continue;
                }
                Clue::TimedOut | Clue::Closed => {
                    // A 421 before it says why the server closed the connection.
                    if session.last_codes[index] == Some(421) {
                        continue;
                    }
                    Cause::ConnectionClosed
                }
                Clue::SshBanner => Cause::SftpNotFtp,
                Clue::Encoding => Cause::Encoding,
                Clue::SessionReuse => Cause::TlsSessionReuse,
                Clue::TlsClose => Cause::TlsClose,
                Clue::TlsUnavailable => Cause::TlsUnavailable,
                Clue::TlsHandshake => Cause::TlsHandshake,
                Clue::HostNotFound => Cause::HostNotFound,
                Clue::Malformed => Cause::MalformedReply,
            };
            findings.add(cause, &[line], &[], None);
        }
    }
}

/// What the negative replies, and the codes clients repeat, say.
fn replies(session: &Session<'_>, findings: &mut Findings) {
    for (index, answers) in session.answers.iter().enumerate() {
        let verb = session.verbs[index].as_str();
        for answer in answers {
            let verb = if answer.answers_command { verb } else { "" };
            let Some(cause) = reply_cause(session, index, verb, answer) else {
                continue;
            };
            let mut lines = Vec::from([answer.line]);
            if answer.answers_command {
                lines.extend(session.command_line(index));
            }
            findings.add(cause, &lines, &[answer.code], None);
        }
    }
}

/// The cause a reply points to, from its code, its text and the command it answers.
fn reply_cause(session: &Session<'_>, index: usize, verb: &str, answer: &Answer) -> Option<Cause> {
    let tls_required = answer.says(TLS) && !answer.says(REUSE) && verb != "AUTH";
    let cause = match answer.code {
        _ if answer.is_oops() => Cause::ServerError,
        421 if answer.says(TOO_MANY) => Cause::TooManyConnections,
        421 if answer.says(TIMEOUT) => Cause::IdleTimeout,
        421 if tls_required => Cause::TlsRequired,
        421 => Cause::ServerError,
        _ if verb == "AUTH" && answer.code >= 400 => {
            // A client that goes on to log in lived with it.
            if session.sent_after(index, "USER") {
                return None;
            }
            Cause::TlsUnavailable
        }
        500 | 501 if matches!(verb, "PORT" | "EPRT") && answer.says(&["illegal"]) => {
            Cause::DataConnectionBlocked
        }
        // A refused passive or active mode, unless the client fell back from the extended
        // command to the old one. A command the server does not know is left to
        // `refused_commands`.
        _ if DATA_SETUP.contains(&verb) && answer.code >= 400 => {
            let fallback = match verb {
                "EPSV" | "LPSV" => "PASV",
                "EPRT" | "LPRT" => "PORT",
                _ => "",
            };
            if matches!(answer.code, 500 | 502 | 504) || session.sent_after(index, fallback) {
                return None;
            }
            Cause::DataConnectionBlocked
        }
        430 => Cause::LoginFailed,
        530 if answer.says(TOO_MANY) => Cause::TooManyConnections,
        530 if tls_required => Cause::TlsRequired,
        530 if matches!(verb, "USER" | "PASS" | "ACCT" | "") => Cause::LoginFailed,
        533 | 534 if verb != "PROT" => Cause::TlsRequired,
        _ if answer.says(REUSE) && answer.says(TLS) => Cause::TlsSessionReuse,
        // ProFTPD's words when a protected data connection does not resume the session.
        425 if session.protected[index] == Some(true)
            && answer.says(&["operation not permitted"]) =>
        {
            Cause::TlsSessionReuse
        }
        522 if tls_required => Cause::TlsRequired,
        452 | 552 => Cause::StorageFull,
        425 | 426 | 450 | 451 | 550 | 553 if answer.says(STORAGE) => Cause::StorageFull,
        // What vsftpd says when writing an upload fails, for want of space as a rule.
        451 | 426 if UPLOADS.contains(&verb) && answer.says(&["failure writing to local"]) => {
            Cause::StorageFull
        }
        550 if tls_required && answer.says(&["required", "must"]) => Cause::TlsRequired,
        532 => Cause::PermissionDenied,
        450 | 550 | 553 if answer.says(PERMISSION) => Cause::PermissionDenied,
        450 | 550 | 553 if answer.says(MISSING) => Cause::NotFound,
        550 | 553 if WRITES.contains(&verb) => Cause::PermissionDenied,
        550 if !verb.is_empty() => Cause::NotFound,
        425 | 426 => Cause::DataConnectionBlocked,
        451 => Cause::ServerError,
        _ => return None,
    };
    Some(cause)
}

/// Commands the server does not support, when nothing took their place.
fn refused_commands(session: &Session<'_>, findings: &mut Findings) {
    for (index, answers) in session.answers.iter().enumerate() {
        let verb = session.verbs[index].as_str();
        if verb.is_empty() || matches!(verb, "AUTH" | "PORT" | "EPRT") {
            continue;
        }
        let Some(refusal) = answers.iter().find(|answer| {
            answer.answers_command
                && matches!(answer.code, 202 | 500 | 502 | 504)
                && !answer.is_oops()
        }) else {
            continue;
        };
        let fallbacks: &[&str] = match verb {
            "MLSD" => &["LIST", "NLST"],
            "MLST" => &["LIST", "NLST", "SIZE", "MDTM", "CWD"],
            "EPSV" => &["PASV"],
            "SIZE" => &["LIST", "NLST", "RETR"],
            _ => &[],
        };
        if fallbacks
            .iter()
            .any(|fallback| session.sent_after(index, fallback))
        {
            continue;
        }
        // A probe is only a problem if the client gave up right after it.
        if PROBES.contains(&verb) && !session.gave_up_after(index) {
            continue;
        }
        let mut lines = Vec::from([refusal.line]);
        lines.extend(session.command_line(index));
        findings.add(Cause::CommandUnsupported, &lines, &[refusal.code], None);
    }
}

/// File names sent in one encoding and refused in another: a name outside ASCII that the
/// server answers with 450, 550 or 553, or sends after it refused UTF-8.
fn encodings(session: &Session<'_>, findings: &mut Findings) {
    for (index, exchange) in session.exchanges.iter().enumerate() {
        let Some(text) = exchange.command_text() else {
            continue;
        };
        let argument = text.split_once(' ').map_or("", |(_, argument)| argument);
        if argument.is_ascii() || session.verbs[index] == "PASS" {
            continue;
        }
        let refused = session.answers[index]
            .iter()
            .find(|answer| answer.answers_command && matches!(answer.code, 450 | 550 | 553));
        if let Some(refused) = refused {
            let lines = [
                refused.line,
                session.command_line(index).unwrap_or(refused.line),
            ];
            findings.add(Cause::Encoding, &lines, &[refused.code], None);
        }
    }
}
