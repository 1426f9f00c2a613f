//! A pasted log, read into events.

use std::net::Ipv4Addr;
use std::string::{String, ToString};
use std::vec::Vec;

use crate::line::{Said, read, starts_with_code};
use crate::{Client, client, clue, paste};
use ftp_reply::{OwnedReply, Parsed, ReplyParser};

/// What happened at one place of the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    line: usize,
    last_line: usize,
    kind: EventKind,
}

impl Event {
    /// The line of the log where the event starts, counted from 1.
    pub const fn line(&self) -> usize {
        self.line
    }

    /// The line where it ends: later than [`line`](Event::line) for a multi-line reply.
    pub const fn last_line(&self) -> usize {
        self.last_line
    }

    /// What happened.
    pub const fn kind(&self) -> &EventKind {
        &self.kind
    }
}

/// What an [`Event`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EventKind {
    /// A command the client sent; a password is replaced by `********`.
    Command(String),
    /// A reply the server sent, all of its lines.
    Reply(OwnedReply),
    /// A line the server sent that is not an FTP reply, such as an SSH server's banner.
    ServerText(String),
    /// A line of the client's (or a server log's) own: a status, an error, a connection.
    Note(String),
}

/// Something a log lacks that a diagnosis reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Lack {
    /// The server's replies: the client did not log what it received.
    Replies,
    /// The commands the client sent.
    Commands,
}

impl Lack {
    /// What is missing, for people: `"the server's replies"`.
    pub const fn label(self) -> &'static str {
        match self {
            Lack::Replies => "the server's replies",
            Lack::Commands => "the commands the client sent",
        }
    }
}

/// How to get a fuller log from the clients people use most, when the log does not show
/// which client wrote it.
const ANY_CLIENT: &str = "Turn on the client's protocol log and paste all of it, from the \
connection to the error: curl -v, lftp -d, ftp -d, rclone -vv --dump headers, WinSCP's \
session log, FileZilla's message log with a higher debug level in its settings, Python \
ftplib's set_debuglevel(2), FluentFTP's or basic-ftp's verbose logging.";

/// Why a text could not be read as a log of an FTP session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NotALog {
    /// The text holds NUL bytes.
    #[error("the input holds NUL bytes: it is binary data, not a log")]
    Binary,
    /// Nothing of FTP was found: no command, no reply, and no line that an FTP client
    /// prints when a session fails.
    #[error(
        "no FTP commands, replies or client errors found: this does not look like the log of an FTP session"
    )]
    NoExchange,
    /// The exchange is of another protocol with replies of the same shape.
    #[error("this is a log of {0}, not of FTP")]
    OtherProtocol(&'static str),
}

/// A log of an FTP session, read into events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Log {
    events: Vec<Event>,
    client: Option<&'static Client>,
    /// The client's address, in a session of a server's log.
    peer: Option<Ipv4Addr>,
}

impl Log {
    /// Reads `text`, each line on its own; see the [crate documentation](crate).
    ///
    /// Time and memory grow in proportion to `text`, so bound what you accept from others
    /// before reading it; `ftpcode diagnose` refuses more than 16 MiB.
    ///
    /// # Errors
    ///
    /// [`NotALog`] when `text` is binary, holds nothing of FTP, or holds another protocol's
    /// exchange.
    pub fn read(text: &str) -> Result<Log, NotALog> {
        if text.contains('\0') {
            return Err(NotALog::Binary);
        }
        let lines = paste::lines(text);
        let events = Reader::default().events(&lines);
        if let Some(protocol) = other_protocol(&events) {
            return Err(NotALog::OtherProtocol(protocol));
        }
        if !events.iter().any(Event::is_ftp) {
            return Err(NotALog::NoExchange);
        }
        // The first lines tell the client, if any do.
        let client = client::shown_by(lines.iter().take(4000).map(|&(_, line)| line));
        Ok(Log {
            events,
            client,
            peer: None,
        })
    }

    /// A session of a server's log, from its events, with the client's address.
    pub(crate) const fn of_server(events: Vec<Event>, peer: Option<Ipv4Addr>) -> Log {
        Log {
            events,
            client: None,
            peer,
        }
    }

    pub(crate) const fn peer(&self) -> Option<Ipv4Addr> {
        self.peer
    }

    /// The client that wrote the log, when its marks or labels show it.
    pub const fn client(&self) -> Option<&'static Client> {
        self.client
    }

    /// Everything that happened, in order.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// What the log lacks that a diagnosis reads: the server's replies, the commands the
    /// client sent. A log that lacks both holds only the client's own lines, as an error
    /// message does.
    ///
    /// ```
    /// use ftp_diagnose::{Lack, Log};
    ///
    /// let log = Log::read("curl: (28) Failed to connect to ftp.example.net port 21")?;
    /// assert_eq!(log.lacks(), [Lack::Replies, Lack::Commands]);
    /// assert!(log.better_log().contains("-v"));
    /// # Ok::<(), ftp_diagnose::NotALog>(())
    /// ```
    pub fn lacks(&self) -> Vec<Lack> {
        let has =
            |wanted: fn(&EventKind) -> bool| self.events.iter().any(|event| wanted(&event.kind));
        let mut lacks = Vec::new();
        if !has(|kind| matches!(kind, EventKind::Reply(_) | EventKind::ServerText(_))) {
            lacks.push(Lack::Replies);
        }
        if !has(|kind| matches!(kind, EventKind::Command(_))) {
            lacks.push(Lack::Commands);
        }
        lacks
    }

    /// How to get a fuller log: the way of the client that wrote this one, when the log
    /// shows which it is, or of the clients people use most.
    pub fn better_log(&self) -> &'static str {
        self.client.map_or(ANY_CLIENT, Client::better_log)
    }
}

impl Event {
    pub(crate) const fn new(line: usize, last_line: usize, kind: EventKind) -> Event {
        Event {
            line,
            last_line,
            kind,
        }
    }

    /// Whether the event shows FTP: a command, something the server sent, or a note that
    /// an FTP client prints when a session fails.
    fn is_ftp(&self) -> bool {
        match &self.kind {
            EventKind::Note(note) => clue::is_telling(note),
            _ => true,
        }
    }
}

/// Another protocol whose log reads like an FTP log: SMTP shares FTP's reply syntax and a
/// few commands, and `curl -v` logs HTTP with the same marks as FTP.
fn other_protocol(events: &[Event]) -> Option<&'static str> {
    let verb_in = |command: &str, verbs: &[&str]| {
        let verb = command.split(' ').next().unwrap_or("");
        verbs.iter().any(|other| verb.eq_ignore_ascii_case(other))
    };
    let mentions = |text: &[u8], word: &[u8]| {
        text.windows(word.len())
            .any(|window| window.eq_ignore_ascii_case(word))
    };
    events.iter().find_map(|event| match &event.kind {
        EventKind::Command(command) if verb_in(command, &["GET", "POST", "HEAD", "OPTIONS"]) => {
            Some("HTTP")
        }
        EventKind::ServerText(text) if text.starts_with("HTTP/") => Some("HTTP"),
        EventKind::Command(command)
            if verb_in(
                command,
                &["EHLO", "HELO", "MAIL", "RCPT", "DATA", "STARTTLS"],
            ) =>
        {
            Some("SMTP")
        }
        EventKind::Reply(reply)
            if reply.code().as_u16() == 220 && mentions(reply.raw(), b"SMTP") =>
        {
            Some("SMTP")
        }
        _ => None,
    })
}

/// Turns lines into events, gathering the lines of each reply.
#[derive(Default)]
struct Reader {
    events: Vec<Event>,
    /// The reply being gathered: the numbers of its lines so far, and its bytes.
    open: Option<OpenReply>,
    parser: ReplyParser,
    /// Whether the server has sent a reply yet.
    replied: bool,
    /// A command typed at a prompt, kept until a reply shows that the log holds no sent
    /// command for it (`ftp -d` shows `---> LIST` after `ftp> ls`).
    typed: Option<(usize, String)>,
}

/// A reply whose last line has not come yet.
struct OpenReply {
    numbers: Vec<usize>,
    bytes: Vec<u8>,
}

impl Reader {
    fn events(mut self, lines: &[(usize, &str)]) -> Vec<Event> {
        for &(number, line) in lines {
            match read(line) {
                None => {}
                Some(Said::Command(command)) => {
                    self.close();
                    self.typed = None;
                    self.push(number, number, EventKind::Command(hide_password(&command)));
                }
                Some(Said::Typed(command)) => {
                    self.close();
                    self.flush_typed();
                    self.typed = Some((number, command));
                }
                Some(Said::Server(text)) => {
                    for part in text.split('\n').filter(|part| !part.trim().is_empty()) {
                        self.server_line(number, part.trim_end_matches('\r'));
                    }
                }
                Some(Said::BareReply(text)) => self.server_line(number, text),
                // Inside a reply, a line without a mark is one of its lines (the features
                // FEAT lists, which Node's basic-ftp logs unmarked after `< 211-`).
                Some(Said::Unmarked(text) | Said::BareCommand(text)) if self.open.is_some() => {
                    self.server_line(number, text);
                }
                Some(Said::BareCommand(command)) => {
                    self.close();
                    self.typed = None;
                    self.push(number, number, EventKind::Command(hide_password(command)));
                }
                Some(Said::Note(text) | Said::Unmarked(text)) => {
                    self.push(number, number, EventKind::Note(text.to_string()));
                }
            }
        }
        self.close();
        self.flush_typed();
        // A note logged while a multi-line reply was coming stands before the reply's end:
        // the events go in the order of the lines they start on.
        self.events.sort_by_key(|event| event.line);
        self.events
    }

    /// The command typed at the prompt, as the command sent: the log shows no other.
    fn flush_typed(&mut self) {
        if let Some((number, command)) = self.typed.take() {
            self.push(number, number, EventKind::Command(hide_password(&command)));
        }
    }

    /// A line the server sent: part of a reply, or text that is not one.
    fn server_line(&mut self, number: usize, line: &str) {
        if self.open.is_none() && starts_with_code(line) {
            self.flush_typed();
        }
        if self.open.is_none() {
            if !starts_with_code(line) {
                // What the server sent before any reply (an SSH banner, an HTTP status) is
                // not FTP; after one, it is what came over a data connection, which some
                // clients log with the replies.
                if !self.replied || line.starts_with("SSH-") || line.starts_with("HTTP/") {
                    self.push(number, number, EventKind::ServerText(line.to_string()));
                }
                return;
            }
            self.open = Some(OpenReply {
                numbers: Vec::new(),
                bytes: Vec::new(),
            });
        }
        let Some(open) = self.open.as_mut() else {
            return;
        };
        open.numbers.push(number);
        open.bytes.extend_from_slice(line.as_bytes());
        open.bytes.extend_from_slice(b"\r\n");
        let first = open.numbers[0];
        match self.parser.parse(&open.bytes) {
            Ok(Parsed::Partial) => {}
            Ok(Parsed::Complete(reply)) => {
                let reply = OwnedReply::from(reply);
                self.open = None;
                self.replied = true;
                // Command-line clients print some replies twice.
                let repeated = matches!(self.events.last(),
                    Some(Event { kind: EventKind::Reply(last), .. }) if *last == reply);
                if !repeated {
                    self.push(first, number, EventKind::Reply(reply));
                }
            }
            Err(_) => self.close(),
        }
    }

    /// Ends a reply that is not complete: its lines become text the server sent.
    fn close(&mut self) {
        self.parser = ReplyParser::new();
        if let Some(open) = self.open.take() {
            let text = String::from_utf8_lossy(&open.bytes);
            for (number, line) in open.numbers.into_iter().zip(text.lines()) {
                self.push(number, number, EventKind::ServerText(line.to_string()));
            }
        }
    }

    fn push(&mut self, line: usize, last_line: usize, kind: EventKind) {
        self.events.push(Event {
            line,
            last_line,
            kind,
        });
    }
}

/// `command`, with the argument of PASS replaced.
pub(crate) fn hide_password(command: &str) -> String {
    match command.split_once(' ') {
        Some((verb, _)) if verb.eq_ignore_ascii_case("PASS") => "PASS ********".to_string(),
        _ => command.to_string(),
    }
}
