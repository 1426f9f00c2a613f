//! The commands of a log paired with their replies, and the replies judged.

use std::vec::Vec;

use crate::{Event, EventKind, Log};
use ftp_reply::{Command, Judgement, OwnedReply, Verdict};

/// A command and what the log shows after it, up to the next command: the server's replies
/// and the client's notes. Or, first, what came before any command, such as the greeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exchange<'a> {
    command: Option<&'a Event>,
    replies: Vec<&'a Event>,
    notes: Vec<&'a Event>,
}

impl<'a> Exchange<'a> {
    /// The command's event, with its line; `None` for the replies before any command.
    pub fn command_event(&self) -> Option<&'a Event> {
        self.command
    }

    /// The command as the client sent it (a password hidden).
    pub fn command_text(&self) -> Option<&'a str> {
        match self.command?.kind() {
            EventKind::Command(text) => Some(text),
            _ => None,
        }
    }

    /// The command, if its verb is one the command table knows.
    pub fn command(&self) -> Option<Command> {
        let verb = self.command_text()?.split(' ').next()?;
        Command::from_verb(verb.as_bytes())
    }

    /// The reply events, in order, each with its lines.
    pub fn reply_events(&self) -> &[&'a Event] {
        &self.replies
    }

    /// The client's own lines after the command (or before the first one), such as errors.
    pub fn notes(&self) -> &[&'a Event] {
        &self.notes
    }

    /// The replies, in order.
    pub fn replies(&self) -> impl Iterator<Item = &'a OwnedReply> + '_ {
        self.replies.iter().filter_map(|event| match event.kind() {
            EventKind::Reply(reply) => Some(reply),
            _ => None,
        })
    }

    /// Each reply judged against what the command can get (see [`Command::judge`]); empty
    /// when the command is unknown or there is none.
    pub fn judgements(&self) -> Vec<Judgement> {
        match self.command() {
            Some(command) => self
                .replies()
                .map(|reply| command.judge(reply.code()))
                .collect(),
            None => Vec::new(),
        }
    }

    /// The replies the command cannot get, not even as a known server deviation.
    pub fn unexpected(&self) -> Vec<&'a Event> {
        let Some(command) = self.command() else {
            return Vec::new();
        };
        self.replies
            .iter()
            .copied()
            .filter(|event| match event.kind() {
                EventKind::Reply(reply) => {
                    command.judge(reply.code()).verdict() == Verdict::Unexpected
                }
                _ => false,
            })
            .collect()
    }
}

impl Log {
    /// The log's commands, each with the replies that follow it.
    ///
    /// ```
    /// use ftp_reply::Verdict;
    /// use ftp_diagnose::Log;
    ///
    /// let log = Log::read("< 220 Hi\n> USER anna\n< 331 Password?\n> PASS x\n< 530 No.\n")?;
    /// let exchanges = log.exchanges();
    /// assert_eq!(exchanges.len(), 3); // the greeting, USER and PASS
    /// assert_eq!(exchanges[2].command_text(), Some("PASS ********"));
    /// assert_eq!(exchanges[2].judgements()[0].verdict(), Verdict::PermanentNegative);
    /// # Ok::<(), ftp_diagnose::NotALog>(())
    /// ```
    pub fn exchanges(&self) -> Vec<Exchange<'_>> {
        let mut exchanges: Vec<Exchange<'_>> = Vec::new();
        for event in self.events() {
            if let EventKind::Command(_) = event.kind() {
                exchanges.push(Exchange {
                    command: Some(event),
                    replies: Vec::new(),
                    notes: Vec::new(),
                });
                continue;
            }
            if exchanges.is_empty() {
                exchanges.push(Exchange {
                    command: None,
                    replies: Vec::new(),
                    notes: Vec::new(),
                });
            }
            if let Some(exchange) = exchanges.last_mut() {
                match event.kind() {
                    EventKind::Note(_) => exchange.notes.push(event),
                    _ => exchange.replies.push(event),
                }
            }
        }
        exchanges
    }
}
