//! One session of a server's log: its lines gathered while it is open, then diagnosed as a
//! client's log is.

use std::string::{String, ToString};
use std::sync::OnceLock;
use std::vec::Vec;

use ftp_reply::{OwnedReply, Parsed, ReplyParser};

use crate::finding::Findings;
use crate::log::hide_password;
use crate::server::record::{Record, What};
use crate::{Cause, Certainty, Event, EventKind, Finding, Log, Stamp};

/// The most events a session keeps. A longer session keeps its first [`KEPT_START`] and its
/// latest events, where failures show.
const MAX_EVENTS: usize = 2_000;
/// The events kept from a long session's start: the greeting and the login.
const KEPT_START: usize = 200;
/// The most failed logins a session records one by one; more are counted.
const MAX_ATTEMPTS: usize = 1_000;

/// A session of a server's log, as it ended.
///
/// Its [`log`](Session::log) holds what the server logged of it, each event numbered by its
/// line in the server's log, and its [`findings`](Session::findings) are read from those as
/// from a client's log, with what only a server writes: its own words on a failed login or
/// a transfer left incomplete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    client: Option<String>,
    user: Option<String>,
    first_line: usize,
    last_line: usize,
    start: Option<Stamp>,
    end: Option<Stamp>,
    ending: Ending,
    log: Log,
    dropped: usize,
    evidence: Evidence,
    /// The findings, worked out when first asked for, on whichever thread asks.
    findings: OnceLock<Vec<Finding>>,
    failed_logins: Vec<FailedLogin>,
    more_failed_logins: usize,
}

/// How a [`Session`] ended, as far as the log shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum Ending {
    /// The log shows its end: a line that closes it, or a 221 or 421 reply.
    Closed,
    /// Its key came back with a new session: a process id used again.
    Replaced,
    /// Nothing more was logged of it for an hour of the log's time.
    Quiet,
    /// It was still open when the log ended.
    Open,
    /// It was closed early to bound memory, as too many sessions were open at once.
    Crowded,
}

/// A login the server refused, as its log shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct FailedLogin {
    user: Option<String>,
    time: Option<Stamp>,
    line: usize,
}

impl FailedLogin {
    /// The user name tried, when the log shows it.
    pub fn user(&self) -> Option<&str> {
        self.user.as_deref()
    }

    /// When, if the log says.
    pub const fn time(&self) -> Option<Stamp> {
        self.time
    }

    /// The line of the log that shows the refusal.
    pub const fn line(&self) -> usize {
        self.line
    }
}

impl Session {
    /// The client's address, as the log writes it.
    pub fn client(&self) -> Option<&str> {
        self.client.as_deref()
    }

    /// The last user name the session gave.
    pub fn user(&self) -> Option<&str> {
        self.user.as_deref()
    }

    /// The session's first line in the server's log, counted from 1.
    pub const fn first_line(&self) -> usize {
        self.first_line
    }

    /// Its last line.
    pub const fn last_line(&self) -> usize {
        self.last_line
    }

    /// When its first line was written, if the log says.
    pub const fn start(&self) -> Option<Stamp> {
        self.start
    }

    /// When its last line was written.
    pub const fn end(&self) -> Option<Stamp> {
        self.end
    }

    /// How it ended.
    pub const fn ending(&self) -> Ending {
        self.ending
    }

    /// Its commands, replies and the server's notes, numbered by their lines in the
    /// server's log.
    pub const fn log(&self) -> &Log {
        &self.log
    }

    /// How many events of a very long session were left out of its [`log`](Session::log),
    /// from its middle.
    pub const fn dropped(&self) -> usize {
        self.dropped
    }

    /// The causes of its trouble, most likely first; empty for a session that went well.
    ///
    /// They are worked out when first asked for: a session that the log shows healthy (no
    /// reply of 400 or more, no failure in the server's words, no transfer left waiting
    /// when the session was closed) is not read by the rules.
    pub fn findings(&self) -> &[Finding] {
        self.findings
            .get_or_init(|| self.evidence.diagnose(&self.log))
    }

    /// Whether anything went wrong.
    pub fn failed(&self) -> bool {
        !self.findings().is_empty()
    }

    /// The logins the server refused, in order (at most a thousand; see
    /// [`failed_login_count`](Session::failed_login_count)).
    pub fn failed_logins(&self) -> &[FailedLogin] {
        &self.failed_logins
    }

    /// How many logins the server refused.
    pub fn failed_login_count(&self) -> usize {
        self.failed_logins.len() + self.more_failed_logins
    }
}

/// Where a session is in its login, which tells which session a new process of vsftpd joins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Login {
    /// No password is waiting for its answer.
    Idle,
    /// The client sent PASS.
    Sent,
    /// The server logged the login as good; the reply is yet to come.
    Accepted,
}

/// A session while its lines come.
pub(crate) struct Open {
    pub(crate) serial: u64,
    pub(crate) keys: Vec<u64>,
    pub(crate) client: Option<String>,
    user: Option<String>,
    pub(crate) login: Login,
    first_line: usize,
    last_line: usize,
    start: Option<Stamp>,
    pub(crate) seen: Option<Stamp>,
    events: Vec<Event>,
    dropped: usize,
    /// The reply whose last line has not come: its first line's number and its bytes.
    reply: Option<usize>,
    /// Its bytes, in a buffer kept for the session's replies.
    reply_bytes: Vec<u8>,
    parser: ReplyParser,
    /// The code of a reply whose text is to come on the next line (inetutils ftpd).
    code: Option<String>,
    /// Evidence in the server's own words: the cause, and its line.
    stated: Vec<(Cause, Certainty, usize)>,
    /// Transfers the server logged as incomplete.
    incomplete: Vec<usize>,
    /// Whether a reply of 400 or more, or a line of the server's own on a failure, came.
    troubled: bool,
    /// Whether a transfer command's only answer so far is preliminary.
    waiting: bool,
    passwords: u32,
    counted: u32,
    failed_logins: Vec<FailedLogin>,
    more_failed_logins: usize,
    pub(crate) closed: bool,
}

/// Commands that open a data connection, whose 1yz reply waits for a 2yz.
const TRANSFERS: &[&str] = &["LIST", "NLST", "MLSD", "RETR", "STOR", "STOU", "APPE"];

impl Open {
    pub(crate) fn new(key: u64, line: usize, serial: u64) -> Open {
        Open {
            serial,
            keys: vec![key],
            client: None,
            user: None,
            login: Login::Idle,
            first_line: line,
            last_line: line,
            start: None,
            seen: None,
            events: Vec::new(),
            dropped: 0,
            reply: None,
            reply_bytes: Vec::new(),
            parser: ReplyParser::new(),
            code: None,
            stated: Vec::new(),
            incomplete: Vec::new(),
            troubled: false,
            waiting: false,
            passwords: 0,
            counted: 0,
            failed_logins: Vec::new(),
            more_failed_logins: 0,
            closed: false,
        }
    }

    pub(crate) const fn last_line(&self) -> usize {
        self.last_line
    }

    /// Whether the session names `client` and, if both name one, `user`.
    pub(crate) fn is_of(&self, client: Option<&str>, user: Option<&str>) -> bool {
        client.is_some()
            && self.client.as_deref() == client
            && (user.is_none() || self.user.is_none() || self.user.as_deref() == user)
    }

    /// Adds what line `number` says; `text` is the whole line, kept for the server's notes.
    pub(crate) fn push(&mut self, record: Record<'_>, number: usize, text: &str) {
        self.last_line = number;
        if let Some(cause) = record.cause {
            self.troubled = true;
            if cause == Cause::LoginFailed {
                self.failed_login(number, record.time);
            }
            self.stated.push((cause, Certainty::Stated, number));
            if !matches!(record.what, What::Note(_)) {
                self.note(text, number);
            }
        }
        if !matches!(record.what, What::Note(_)) {
            self.end_code(number, record.time);
        }
        if record.time.is_some() {
            self.start = self.start.or(record.time);
            self.seen = record.time;
        }
        if self.client.is_none() {
            self.client = record.client.map(str::to_string);
        }
        if let Some(user) = record.user {
            if self.user.as_deref() != Some(user) {
                self.user = Some(user.to_string());
            }
        }
        match record.what {
            What::Opened => {}
            What::Closed => self.closed = true,
            What::Command(command) => self.command(command, number),
            What::Words { verb, argument } => {
                let mut command = verb.to_ascii_uppercase();
                if !argument.is_empty() {
                    command.push(' ');
                    command.push_str(argument);
                }
                self.command(&command, number);
            }
            What::ReplyCode(code) => {
                self.end_code(number, record.time);
                self.code = Some(code.to_string());
            }
            // A reply of several lines in one, as vsftpd logs its raw lines.
            What::Reply(reply) if reply.contains(['\\', '\n']) => {
                for line in reply.split("\\r\\n").flat_map(|part| part.split('\n')) {
                    let line = line.trim_end_matches(['\r', '\\']);
                    if !line.is_empty() {
                        self.reply_line(line, number, record.time);
                    }
                }
            }
            What::Reply(reply) => self.reply_line(reply, number, record.time),
            What::Answered {
                command,
                argument,
                code,
                text,
            } => {
                if argument.is_empty() {
                    self.command(command, number);
                } else {
                    let argument = argument.replace('+', " ");
                    self.command(&std::format!("{command} {argument}"), number);
                }
                let mut digits = [0; 5];
                let code = decimal(code, &mut digits);
                self.reply_parts(&[code, b" ", text.as_bytes()], number, record.time);
            }
            What::Login { succeeded } => {
                self.note(text, number);
                if succeeded {
                    self.login = Login::Accepted;
                } else {
                    self.login = Login::Idle;
                    self.troubled = true;
                    self.failed_login(number, record.time);
                    self.stated
                        .push((Cause::LoginFailed, Certainty::Stated, number));
                }
            }
            What::Transfer { complete, .. } => {
                self.note(text, number);
                if !complete {
                    self.troubled = true;
                    self.incomplete.push(number);
                }
            }
            What::Note(note) => match self.code.take() {
                Some(code) => {
                    self.reply_parts(&[code.as_bytes(), note.as_bytes()], number, record.time);
                }
                None => self.note(text, number),
            },
        }
    }

    /// A reply's code whose text has not come: the reply, without text.
    fn end_code(&mut self, number: usize, time: Option<Stamp>) {
        if let Some(code) = self.code.take() {
            self.reply_line(&code, number, time);
        }
    }

    fn command(&mut self, command: &str, number: usize) {
        self.end_reply();
        let verb = command.split(' ').next().unwrap_or("");
        if verb.eq_ignore_ascii_case("PASS") {
            self.passwords += 1;
            self.login = Login::Sent;
        } else if verb.eq_ignore_ascii_case("USER") {
            if let Some(user) = command.get(5..).map(str::trim) {
                self.user = Some(user.to_string());
            }
        }
        self.waiting = TRANSFERS.iter().any(|t| verb.eq_ignore_ascii_case(t));
        self.event(number, number, EventKind::Command(hide_password(command)));
    }

    /// A line of a reply: it completes one, or one more line of a multi-line reply.
    fn reply_line(&mut self, line: &str, number: usize, time: Option<Stamp>) {
        self.reply_parts(&[line.as_bytes()], number, time);
    }

    /// A line of a reply given in parts, such as a code and a text logged apart.
    fn reply_parts(&mut self, parts: &[&[u8]], number: usize, time: Option<Stamp>) {
        let first = *self.reply.get_or_insert(number);
        let bytes = &mut self.reply_bytes;
        for part in parts {
            bytes.extend_from_slice(part);
        }
        bytes.extend_from_slice(b"\r\n");
        match self.parser.parse(bytes) {
            Ok(Parsed::Partial) if bytes.len() < 64 * 1024 => {}
            Ok(Parsed::Complete(reply)) => {
                let reply = OwnedReply::from(reply);
                self.reply = None;
                self.reply_bytes.clear();
                self.parser = ReplyParser::new();
                self.reply(reply, first, number, time);
            }
            _ => self.end_reply(),
        }
    }

    fn reply(&mut self, reply: OwnedReply, first: usize, last: usize, time: Option<Stamp>) {
        let code = reply.code().as_u16();
        if code >= 400 {
            self.troubled = true;
        }
        if code >= 200 {
            self.waiting = false;
        }
        match code {
            230 => self.login = Login::Idle,
            530 if self.login != Login::Idle => {
                self.login = Login::Idle;
                self.failed_login(last, time);
            }
            221 | 421 => self.closed = true,
            _ => {}
        }
        self.event(first, last, EventKind::Reply(reply));
    }

    /// A reply cut short: its lines become text the server sent.
    fn end_reply(&mut self) {
        self.parser = ReplyParser::new();
        if let Some(number) = self.reply.take() {
            let text = String::from_utf8_lossy(&self.reply_bytes)
                .trim_end()
                .to_string();
            self.reply_bytes.clear();
            self.event(number, number, EventKind::ServerText(text));
        }
    }

    fn note(&mut self, text: &str, number: usize) {
        self.event(number, number, EventKind::Note(text.trim().to_string()));
    }

    /// A refused login, counted once for each password sent (vsftpd logs both its words
    /// and the 530).
    fn failed_login(&mut self, line: usize, time: Option<Stamp>) {
        if self.passwords > 0 && self.counted == self.passwords {
            return;
        }
        self.counted = self.passwords;
        if self.failed_logins.len() < MAX_ATTEMPTS {
            self.failed_logins.push(FailedLogin {
                user: self.user.clone(),
                time,
                line,
            });
        } else {
            self.more_failed_logins += 1;
        }
    }

    fn event(&mut self, line: usize, last_line: usize, kind: EventKind) {
        if self.events.len() >= MAX_EVENTS {
            let cut = KEPT_START..MAX_EVENTS / 2;
            self.dropped += cut.len();
            self.events.drain(cut);
        }
        self.events.push(Event::new(line, last_line, kind));
    }

    /// The session, ended; its findings are worked out when first asked for.
    pub(crate) fn finish(mut self, ending: Ending) -> Session {
        let last = self.last_line;
        self.end_code(last, self.seen);
        self.end_reply();
        let stalled = self.waiting && ending == Ending::Closed;
        let replied = self
            .events
            .iter()
            .any(|event| matches!(event.kind(), EventKind::Reply(_)));
        let peer = self
            .client
            .as_deref()
            .and_then(|client| client.parse().ok());
        Session {
            client: self.client,
            user: self.user,
            first_line: self.first_line,
            last_line: self.last_line,
            start: self.start,
            end: self.seen,
            ending,
            log: Log::of_server(self.events, peer),
            dropped: self.dropped,
            evidence: Evidence {
                stated: self.stated,
                // A transfer log's word alone, where no reply says more.
                incomplete: if replied { Vec::new() } else { self.incomplete },
                suspect: self.troubled || stalled,
            },
            findings: OnceLock::new(),
            failed_logins: self.failed_logins,
            more_failed_logins: self.more_failed_logins,
        }
    }
}

/// `number` in decimal digits, written into `digits`.
fn decimal(mut number: u16, digits: &mut [u8; 5]) -> &[u8] {
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (number % 10) as u8;
        number /= 10;
        if number == 0 {
            return &digits[start..];
        }
    }
}

/// What a session's lines show beyond its events: the server's own words.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Evidence {
    /// Causes the server's words name, with their lines.
    stated: Vec<(Cause, Certainty, usize)>,
    /// Transfers the server logged as incomplete, in a log without replies.
    incomplete: Vec<usize>,
    /// Whether anything in the session may have gone wrong; if not, the rules need not run.
    suspect: bool,
}

impl Evidence {
    fn diagnose(&self, log: &Log) -> Vec<Finding> {
        if !self.suspect {
            return Vec::new();
        }
        let mut findings = Findings::default();
        for &(cause, certainty, line) in &self.stated {
            findings.add(cause, certainty, &[line], &[], None);
        }
        if !self.incomplete.is_empty() {
            findings.add(
                Cause::TransferIncomplete,
                Certainty::Stated,
                &self.incomplete,
                &[],
                None,
            );
        }
        log.findings_with(findings)
    }
}
