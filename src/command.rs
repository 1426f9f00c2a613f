//! FTP commands, the replies each can get, and judging a reply for a command.

use core::fmt;

use crate::{Category, KnownCode, ReplyCode, RfcRef, Standing};

pub use crate::command_table::Command;

/// Everything the command table says about one command.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct CommandInfo {
    pub(crate) command: Command,
    pub(crate) verb: &'static str,
    pub(crate) name: &'static str,
    pub(crate) summary: &'static str,
    pub(crate) standing: Standing,
    pub(crate) rfc: &'static [RfcRef],
    pub(crate) documents: &'static [&'static str],
    pub(crate) replies: Replies,
}

/// The replies a command can get, from RFC 959 §5.4 and the extension RFCs, and the
/// deviations of real servers.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Replies {
    pub(crate) preliminary: &'static [KnownCode],
    pub(crate) completion: &'static [KnownCode],
    pub(crate) intermediate: &'static [Intermediate],
    pub(crate) errors: &'static [KnownCode],
    pub(crate) tolerated: &'static [Deviation],
}

/// A positive intermediate reply (3yz) and the commands that may follow it.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Intermediate {
    pub(crate) code: KnownCode,
    pub(crate) next: &'static [Command],
}

/// A reply that real servers send for a command though no RFC lists it there.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Deviation {
    pub(crate) code: KnownCode,
    pub(crate) note: &'static str,
}

/// Whether [`Command::judge`] accepts the documented deviations of real servers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Only the replies the RFCs list for the command.
    Strict,
    /// Also the [`tolerated`](Replies::tolerated) replies, flagged as deviations.
    #[default]
    Tolerant,
}

/// What a reply means for the command it answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Verdict {
    /// The action has started: wait for another reply.
    Preliminary,
    /// The command succeeded.
    Done,
    /// The command was accepted; send one of these commands next (PASS after 331, RNTO
    /// after 350).
    SendNext(&'static [Command]),
    /// The command failed, for a reason that may pass: it may be retried later (after
    /// `421`, on a new connection).
    TransientFailure,
    /// The command failed, and will fail again unchanged.
    PermanentFailure,
    /// A protected reply (RFC 2228): decode it and judge the reply inside.
    Protected,
    /// The reply is not one this command can get: the session may be out of step.
    Unexpected,
}

/// The [`Verdict`] on a reply, and the server deviation it was accepted as, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Judgement {
    verdict: Verdict,
    deviation: Option<&'static Deviation>,
}

impl Judgement {
    /// What the reply means for the command.
    pub const fn verdict(&self) -> Verdict {
        self.verdict
    }

    /// The documented deviation the reply was accepted as, in [`Mode::Tolerant`].
    pub const fn deviation(&self) -> Option<&'static Deviation> {
        self.deviation
    }
}

impl Command {
    /// The command named by `verb`, in any letter case.
    ///
    /// ```
    /// use ftp_reply::Command;
    ///
    /// assert_eq!(Command::from_verb(b"Mlsd"), Some(Command::Mlsd));
    /// assert_eq!(Command::from_verb(b"XYZZY"), None);
    /// ```
    pub const fn from_verb(verb: &[u8]) -> Option<Command> {
        let mut upper = [0u8; 4];
        if verb.len() < 3 || verb.len() > 4 {
            return None;
        }
        let mut index = 0;
        while index < verb.len() {
            upper[index] = verb[index].to_ascii_uppercase();
            index += 1;
        }
        let (upper, _) = upper.split_at(verb.len());
        Command::from_upper_case(upper)
    }

    /// The verb, in upper case, such as `"RETR"`.
    pub const fn verb(self) -> &'static str {
        self.info().verb
    }

    /// The command's name, such as `"Retrieve"`.
    pub const fn name(self) -> &'static str {
        self.info().name
    }

    /// One sentence on what the command does.
    pub const fn summary(self) -> &'static str {
        self.info().summary
    }

    /// Whether an RFC defines the command, or it is experimental, obsolete or de facto.
    pub const fn standing(self) -> Standing {
        self.info().standing
    }

    /// The RFC sections that define the command and its replies.
    pub const fn rfc(self) -> &'static [RfcRef] {
        self.info().rfc
    }

    /// Other documents that define the command, such as Internet-Drafts for de facto
    /// commands.
    pub const fn documents(self) -> &'static [&'static str] {
        self.info().documents
    }

    /// The replies the command can get.
    pub const fn replies(self) -> &'static Replies {
        &self.info().replies
    }

    /// What `code` means as a reply to this command.
    ///
    /// `421` is accepted for every command (RFC 959 §4.2: the server may send it in reply
    /// to any command when it must shut down), and a protected reply (6yz) is judged
    /// [`Verdict::Protected`]. In [`Mode::Tolerant`], a documented deviation of real servers
    /// is judged by its category and reported in [`Judgement::deviation`].
    ///
    /// ```
    /// use ftp_reply::{Command, Mode, ReplyCode, Verdict};
    ///
    /// let code = |value| ReplyCode::from_u16(value).unwrap();
    /// assert_eq!(Command::User.judge(code(331), Mode::Strict).verdict(), Verdict::SendNext(&[Command::Pass]));
    /// assert_eq!(Command::Retr.judge(code(150), Mode::Strict).verdict(), Verdict::Preliminary);
    /// assert_eq!(Command::Retr.judge(code(550), Mode::Strict).verdict(), Verdict::PermanentFailure);
    /// assert_eq!(Command::Cwd.judge(code(200), Mode::Strict).verdict(), Verdict::Unexpected);
    ///
    /// let tolerant = Command::Cwd.judge(code(200), Mode::Tolerant);
    /// assert_eq!(tolerant.verdict(), Verdict::Done);
    /// assert!(tolerant.deviation().is_some());
    /// ```
    pub fn judge(self, code: ReplyCode, mode: Mode) -> Judgement {
        let replies = self.replies();
        let listed = |codes: &[KnownCode]| codes.iter().any(|&known| known == code);
        let verdict = if code.is_protected() {
            Verdict::Protected
        } else if listed(replies.preliminary) {
            Verdict::Preliminary
        } else if listed(replies.completion) {
            Verdict::Done
        } else if let Some(step) = replies.intermediate.iter().find(|step| step.code == code) {
            Verdict::SendNext(step.next)
        } else if listed(replies.errors) || code == KnownCode::ServiceNotAvailable {
            failure(code)
        } else {
            let deviation = replies
                .tolerated
                .iter()
                .find(|deviation| deviation.code == code);
            return match (mode, deviation) {
                (Mode::Tolerant, Some(deviation)) => {
                    let verdict = match code.category() {
                        Category::PositivePreliminary => Verdict::Preliminary,
                        Category::PositiveCompletion => Verdict::Done,
                        Category::TransientNegative | Category::PermanentNegative => failure(code),
                        Category::PositiveIntermediate | Category::Protected => Verdict::Unexpected,
                    };
                    Judgement {
                        verdict,
                        deviation: Some(deviation),
                    }
                }
                _ => Judgement {
                    verdict: Verdict::Unexpected,
                    deviation: None,
                },
            };
        };
        Judgement {
            verdict,
            deviation: None,
        }
    }
}

fn failure(code: ReplyCode) -> Verdict {
    if code.is_transient_negative() {
        Verdict::TransientFailure
    } else {
        Verdict::PermanentFailure
    }
}

impl CommandInfo {
    /// The command this record describes.
    pub const fn command(&self) -> Command {
        self.command
    }
}

impl Replies {
    /// Positive preliminary replies (1yz): another reply follows.
    pub const fn preliminary(&self) -> &'static [KnownCode] {
        self.preliminary
    }

    /// Positive completion replies (2yz; for MIC, CONF and ENC, the protected 6yz replies).
    pub const fn completion(&self) -> &'static [KnownCode] {
        self.completion
    }

    /// Positive intermediate replies (3yz), each with the commands that may follow.
    pub const fn intermediate(&self) -> &'static [Intermediate] {
        self.intermediate
    }

    /// Negative replies (4yz and 5yz).
    pub const fn errors(&self) -> &'static [KnownCode] {
        self.errors
    }

    /// Replies that real servers send for the command though no RFC lists them.
    pub const fn tolerated(&self) -> &'static [Deviation] {
        self.tolerated
    }
}

impl Intermediate {
    /// The reply.
    pub const fn code(&self) -> KnownCode {
        self.code
    }

    /// The commands that may follow it.
    pub const fn next(&self) -> &'static [Command] {
        self.next
    }
}

impl Deviation {
    /// The reply.
    pub const fn code(&self) -> KnownCode {
        self.code
    }

    /// Which servers send it, and why it is accepted.
    pub const fn note(&self) -> &'static str {
        self.note
    }
}

impl fmt::Display for Command {
    /// Writes the verb, such as `RETR`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.verb())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Command {
    /// Serializes the command as its verb.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.verb())
    }
}
