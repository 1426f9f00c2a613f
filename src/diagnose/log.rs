//! A pasted log, read into events.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::line::{Said, read, starts_with_code, undecorate};
use crate::{OwnedReply, Parsed, ReplyParser};

/// The kind of log a text is, as [`Log::read`] detected it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogFormat {
    /// FileZilla's message log: `Command:`, `Response:`, `Status:`, `Error:`, also in its
    /// German, French and Spanish interfaces.
    FileZilla,
    /// WinSCP's session log: `>` and `<` with a timestamp before each command and reply.
    WinScp,
    /// `curl -v`: `> ` before commands, `< ` before replies, `* ` before curl's own lines.
    /// Node's basic-ftp logs with the same marks.
    Curl,
    /// `lftp -d`: `---> ` before commands, `<--- ` before replies.
    Lftp,
    /// A command-line `ftp` client in debug mode (tnftp, GNU inetutils, Windows): `---> `
    /// before commands, replies as they came.
    FtpClient,
    /// Python's `ftplib` with `set_debuglevel`: `*cmd* 'USER anna'`, `*resp* '331 ...'`.
    PythonFtplib,
    /// vsftpd's log with `log_ftp_protocol=YES`: `FTP command: Client "...", "USER anna"`.
    VsftpdProtocol,
    /// rclone with `-vv --dump headers`: `DEBUG : FTP Tx: "USER anna"`, `FTP Rx: "331 ..."`.
    Rclone,
    /// Replies and commands as they went over the wire, as copied from a terminal.
    Transcript,
}

impl LogFormat {
    /// Every format, in the order that breaks ties when detecting one.
    pub const ALL: [LogFormat; 9] = [
        LogFormat::FileZilla,
        LogFormat::WinScp,
        LogFormat::VsftpdProtocol,
        LogFormat::Rclone,
        LogFormat::PythonFtplib,
        LogFormat::Lftp,
        LogFormat::Curl,
        LogFormat::FtpClient,
        LogFormat::Transcript,
    ];

    /// A short name for people, such as `"curl -v"`.
    pub const fn name(self) -> &'static str {
        match self {
            LogFormat::FileZilla => "FileZilla",
            LogFormat::WinScp => "WinSCP",
            LogFormat::Curl => "curl -v",
            LogFormat::Lftp => "lftp -d",
            LogFormat::FtpClient => "command-line ftp",
            LogFormat::PythonFtplib => "Python ftplib",
            LogFormat::VsftpdProtocol => "vsftpd protocol log",
            LogFormat::Rclone => "rclone",
            LogFormat::Transcript => "transcript",
        }
    }
}

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

/// Why a text could not be read as a log of an FTP session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NotALog {
    /// The text holds NUL bytes.
    #[error("the input holds NUL bytes: it is binary data, not a log")]
    Binary,
    /// Neither FTP commands nor FTP replies were found.
    #[error("no FTP commands or replies found: this does not look like the log of an FTP session")]
    NoExchange,
    /// The exchange is of another protocol with replies of the same shape.
    #[error("this is a log of {0}, not of FTP")]
    OtherProtocol(&'static str),
}

/// A log of an FTP session, read into events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Log {
    format: LogFormat,
    events: Vec<Event>,
}

impl Log {
    /// Reads `text`, detecting its format; see the [module documentation](super).
    ///
    /// Time and memory grow in proportion to `text` (a 15 MB log takes about a second and
    /// twelve times its size in memory, findings included), so bound what you accept from
    /// others before reading it; `ftpcode diagnose` refuses more than 16 MiB.
    ///
    /// # Errors
    ///
    /// [`NotALog`] when `text` is binary, holds no FTP exchange, or holds another protocol's.
    pub fn read(text: &str) -> Result<Log, NotALog> {
        if text.contains('\0') {
            return Err(NotALog::Binary);
        }
        let lines = undecorate(text);
        let format = detect(&lines).ok_or(NotALog::NoExchange)?;
        let events = Reader::new(format).events(&lines);
        if let Some(protocol) = other_protocol(&events) {
            return Err(NotALog::OtherProtocol(protocol));
        }
        Ok(Log { format, events })
    }

    /// The format the log was read as.
    pub const fn format(&self) -> LogFormat {
        self.format
    }

    /// Everything that happened, in order.
    pub fn events(&self) -> &[Event] {
        &self.events
    }
}

/// The format that reads the most lines of `lines` as commands, replies and its own marked
/// notes, if it finds a reply or a command, or two notes (a client that could not connect
/// logs no exchange).
fn detect(lines: &[(usize, &str)]) -> Option<LogFormat> {
    let score = |format: LogFormat| {
        let (mut exchange, mut notes) = (0, 0);
        for (_, line) in lines {
            match read(format, line) {
                Some(Said::Command(_)) => exchange += 1,
                Some(Said::Server(text)) if starts_with_code(&text) => exchange += 1,
                Some(Said::Note(_)) => notes += 1,
                _ => {}
            }
        }
        (exchange > 0 || notes >= 2).then_some(exchange + notes)
    };
    let mut best: Option<(LogFormat, usize)> = None;
    for format in LogFormat::ALL {
        if let Some(score) = score(format) {
            if best.is_none_or(|(_, top)| score > top) {
                best = Some((format, score));
            }
        }
    }
    best.map(|(format, _)| format)
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

/// Turns the lines of one format into events, gathering the lines of each reply.
struct Reader {
    format: LogFormat,
    events: Vec<Event>,
    /// The reply being gathered: the numbers of its lines so far, and its bytes.
    open: Option<(Vec<usize>, Vec<u8>)>,
    parser: ReplyParser,
}

impl Reader {
    fn new(format: LogFormat) -> Reader {
        Reader {
            format,
            events: Vec::new(),
            open: None,
            parser: ReplyParser::new(),
        }
    }

    fn events(mut self, lines: &[(usize, &str)]) -> Vec<Event> {
        for &(number, line) in lines {
            match read(self.format, line) {
                None => {}
                Some(Said::Command(command)) => {
                    self.close();
                    self.push(number, number, EventKind::Command(hide_password(&command)));
                }
                Some(Said::Server(text)) => {
                    for part in text.split('\n').filter(|part| !part.is_empty()) {
                        self.server_line(number, part);
                    }
                }
                Some(Said::Unmarked(text)) if self.open.is_some() => {
                    self.server_line(number, text);
                }
                Some(Said::Continued(text)) if self.open.is_some() => {
                    self.server_line(number, &text);
                }
                // Outside a reply: what came over a data connection.
                Some(Said::Continued(_)) => {}
                Some(Said::Note(text) | Said::Unmarked(text)) => {
                    self.push(number, number, EventKind::Note(text.to_string()));
                }
            }
        }
        self.close();
        self.events
    }

    /// A line the server sent: part of a reply, or text that is not one.
    fn server_line(&mut self, number: usize, line: &str) {
        if self.open.is_none() {
            if !starts_with_code(line) {
                self.push(number, number, EventKind::ServerText(line.to_string()));
                return;
            }
            self.open = Some((Vec::new(), Vec::new()));
        }
        let Some((numbers, buffer)) = self.open.as_mut() else {
            return;
        };
        numbers.push(number);
        buffer.extend_from_slice(line.as_bytes());
        buffer.extend_from_slice(b"\r\n");
        let first = numbers[0];
        match self.parser.parse(buffer) {
            Ok(Parsed::Partial) => {}
            Ok(Parsed::Complete(reply)) => {
                let reply = OwnedReply::from(reply);
                self.open = None;
                // Command-line clients print some replies twice.
                let repeated = self.format == LogFormat::FtpClient
                    && matches!(self.events.last(),
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
        if let Some((numbers, buffer)) = self.open.take() {
            let text = String::from_utf8_lossy(&buffer);
            for (number, line) in numbers.into_iter().zip(text.lines()) {
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
fn hide_password(command: &str) -> String {
    match command.split_once(' ') {
        Some((verb, _)) if verb.eq_ignore_ascii_case("PASS") => "PASS ********".to_string(),
        _ => command.to_string(),
    }
}
