//! The hand-written half of [`Command`]: finding a command by its verb, the replies each
//! can get, and judging a reply for the command it answers.

use core::fmt;

use crate::{Category, Command, KnownCode, ReplyCode};

/// The replies a command can get, from RFC 959 §5.4 and the extension RFCs, and the
/// deviations of real servers. The lists use the words of RFC 959 §4.2 for the categories.
#[derive(Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Replies {
    pub(crate) preliminary: &'static [KnownCode],
    pub(crate) completion: &'static [KnownCode],
    pub(crate) intermediate: &'static [IntermediateReply],
    pub(crate) negative: &'static [KnownCode],
    pub(crate) deviations: &'static [Deviation],
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
    pub const fn intermediate(&self) -> &'static [IntermediateReply] {
        self.intermediate
    }

    /// Transient and permanent negative replies (4yz and 5yz).
    pub const fn negative(&self) -> &'static [KnownCode] {
        self.negative
    }

    /// Replies that real servers send for the command though no RFC lists them.
    pub const fn deviations(&self) -> &'static [Deviation] {
        self.deviations
    }
}

/// A positive intermediate reply (3yz) and the commands that may follow it.
#[derive(Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct IntermediateReply {
    pub(crate) code: KnownCode,
    pub(crate) next: &'static [Command],
}

impl IntermediateReply {
    /// The reply.
    pub const fn code(&self) -> KnownCode {
        self.code
    }

    /// The commands that may follow it.
    pub const fn next(&self) -> &'static [Command] {
        self.next
    }
}

/// A reply that real servers send for a command though no RFC lists it there.
#[derive(Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Deviation {
    pub(crate) code: KnownCode,
    pub(crate) note: &'static str,
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

/// What a reply means for the command it answers, in the words of RFC 959 §4.2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Verdict {
    /// The action has started: wait for another reply (1yz).
    Preliminary,
    /// The command succeeded (2yz).
    Completion,
    /// The command was accepted, and one of these commands must follow (3yz): PASS after
    /// 331, RNTO after 350.
    Intermediate(&'static [Command]),
    /// The command failed for a reason that may pass: it may be retried later, after `421`
    /// on a new connection (4yz).
    TransientNegative,
    /// The command failed, and will fail again unchanged (5yz).
    PermanentNegative,
    /// A protected reply (RFC 2228, 6yz): decode it and judge the reply inside.
    Protected,
    /// The reply is not one this command can get: the session may be out of step.
    Unexpected,
}

impl Verdict {
    /// The verdict in a few words, such as `"transient negative"`.
    pub const fn title(self) -> &'static str {
        match self {
            Verdict::Preliminary => "preliminary",
            Verdict::Completion => "completion",
            Verdict::Intermediate(_) => "intermediate",
            Verdict::TransientNegative => "transient negative",
            Verdict::PermanentNegative => "permanent negative",
            Verdict::Protected => "protected",
            Verdict::Unexpected => "unexpected",
        }
    }

    /// The verdict a reply of this category gets when it is expected.
    const fn of_category(category: Category) -> Verdict {
        match category {
            Category::PositivePreliminary => Verdict::Preliminary,
            Category::PositiveCompletion => Verdict::Completion,
            Category::TransientNegative => Verdict::TransientNegative,
            Category::PermanentNegative => Verdict::PermanentNegative,
            Category::Protected => Verdict::Protected,
            // Which command follows a 3yz is only known when the command lists it.
            Category::PositiveIntermediate => Verdict::Unexpected,
        }
    }
}

impl fmt::Display for Verdict {
    /// Writes [`Verdict::title`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}

/// The [`Verdict`] on a reply, and the deviation of real servers it was accepted as, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Judgement {
    verdict: Verdict,
    deviation: Option<&'static Deviation>,
}

impl Judgement {
    /// What a reply means as the greeting, the first reply after the control connection
    /// opens: RFC 959 §5.4 allows 120 (wait for the 220 that follows), 220 and 421.
    ///
    /// ```
    /// use ftp_reply::{Judgement, ReplyCode, Verdict};
    ///
    /// let greeting = |value| Judgement::of_greeting(ReplyCode::from_u16(value).unwrap()).verdict();
    /// assert_eq!(greeting(220), Verdict::Completion);
    /// assert_eq!(greeting(120), Verdict::Preliminary);
    /// assert_eq!(greeting(421), Verdict::TransientNegative);
    /// assert_eq!(greeting(230), Verdict::Unexpected);
    /// ```
    pub fn of_greeting(code: ReplyCode) -> Judgement {
        let verdict = if code == KnownCode::ServiceReadyInMinutes {
            Verdict::Preliminary
        } else if code == KnownCode::ServiceReady {
            Verdict::Completion
        } else if code == KnownCode::ServiceNotAvailable {
            Verdict::TransientNegative
        } else {
            Verdict::Unexpected
        };
        Judgement {
            verdict,
            deviation: None,
        }
    }

    /// What the reply means for the command, deviations of real servers accepted.
    pub const fn verdict(&self) -> Verdict {
        self.verdict
    }

    /// What the reply means for the command by the RFCs alone: a deviation is
    /// [`Verdict::Unexpected`].
    pub const fn strict_verdict(&self) -> Verdict {
        match self.deviation {
            Some(_) => Verdict::Unexpected,
            None => self.verdict,
        }
    }

    /// The documented deviation of real servers the reply was accepted as.
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
    /// assert_eq!(Command::from_verb(b"xsha256"), Some(Command::Xsha256));
    /// assert_eq!(Command::from_verb(b"XYZZY"), None);
    /// ```
    pub const fn from_verb(verb: &[u8]) -> Option<Command> {
        // The longest verb in the table, XSHA256, has 7 letters.
        let mut upper = [0u8; 8];
        if verb.len() < 3 || verb.len() > upper.len() {
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

    /// What `code` means as a reply to this command.
    ///
    /// `421` is accepted for every command (RFC 959 §4.2: the server may send it in reply
    /// to any command when it must shut down), and a protected reply (6yz) is judged
    /// [`Verdict::Protected`]. A documented deviation of real servers is judged by its
    /// category and reported in [`Judgement::deviation`];
    /// [`Judgement::strict_verdict`] rejects it.
    ///
    /// ```
    /// use ftp_reply::{Command, ReplyCode, Verdict};
    ///
    /// let code = |value| ReplyCode::from_u16(value).unwrap();
    /// assert_eq!(Command::User.judge(code(331)).verdict(), Verdict::Intermediate(&[Command::Pass]));
    /// assert_eq!(Command::Retr.judge(code(150)).verdict(), Verdict::Preliminary);
    /// assert_eq!(Command::Retr.judge(code(550)).verdict(), Verdict::PermanentNegative);
    /// assert_eq!(Command::Retr.judge(code(331)).verdict(), Verdict::Unexpected);
    ///
    /// // XMD5 answered with 250: ProFTPD 1.3.9 sends 213, as documented; 1.3.8 sends 250.
    /// let judgement = Command::Xmd5.judge(code(250));
    /// assert_eq!(judgement.verdict(), Verdict::Completion);
    /// assert_eq!(judgement.strict_verdict(), Verdict::Unexpected);
    /// assert!(judgement.deviation().is_some());
    /// ```
    pub fn judge(self, code: ReplyCode) -> Judgement {
        let replies = self.replies();
        let listed = |codes: &[KnownCode]| codes.iter().any(|&known| known == code);
        let verdict = if code.is_protected() {
            Verdict::Protected
        } else if listed(replies.preliminary) {
            Verdict::Preliminary
        } else if listed(replies.completion) {
            Verdict::Completion
        } else if let Some(step) = replies.intermediate.iter().find(|step| step.code == code) {
            Verdict::Intermediate(step.next)
        } else if listed(replies.negative) || code == KnownCode::ServiceNotAvailable {
            Verdict::of_category(code.category())
        } else if let Some(deviation) = replies.deviations.iter().find(|d| d.code == code) {
            return Judgement {
                verdict: Verdict::of_category(code.category()),
                deviation: Some(deviation),
            };
        } else {
            Verdict::Unexpected
        };
        Judgement {
            verdict,
            deviation: None,
        }
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
