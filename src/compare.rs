//! Comparing two codes: the facts behind "X vs Y" pages.

use crate::{Category, Command, FunctionGroup, KnownCode};

/// What a client does after a reply: the practical difference between two codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum NextStep {
    /// Wait for another reply to the same command (1yz).
    WaitForAnotherReply,
    /// Go on with the next command (2yz).
    Proceed,
    /// Send the command that completes the sequence, such as PASS (3yz).
    SendFollowUp,
    /// Try the same command again later, possibly on a new connection (4yz).
    RetryLater,
    /// Change the request or the setup before trying again (5yz).
    ChangeTheRequest,
    /// Decode the protected reply and act on the reply inside (6yz).
    Decode,
}

impl NextStep {
    /// The step a reply of this category calls for.
    pub const fn of(category: Category) -> NextStep {
        match category {
            Category::PositivePreliminary => NextStep::WaitForAnotherReply,
            Category::PositiveCompletion => NextStep::Proceed,
            Category::PositiveIntermediate => NextStep::SendFollowUp,
            Category::TransientNegative => NextStep::RetryLater,
            Category::PermanentNegative => NextStep::ChangeTheRequest,
            Category::Protected => NextStep::Decode,
        }
    }

    /// The step in a few words, such as `"retry later"`.
    pub const fn name(self) -> &'static str {
        match self {
            NextStep::WaitForAnotherReply => "wait for another reply",
            NextStep::Proceed => "go on with the next command",
            NextStep::SendFollowUp => "send the follow-up command",
            NextStep::RetryLater => "retry later",
            NextStep::ChangeTheRequest => "change the request before trying again",
            NextStep::Decode => "decode the protected reply",
        }
    }
}

/// Where a code stands among a command's replies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
pub enum Role {
    /// A preliminary reply: the action has started.
    Preliminary,
    /// The reply that says the command succeeded.
    Completion,
    /// A step of a sequence: another command must follow.
    Intermediate,
    /// A failure.
    Error,
    /// A deviation of real servers that no RFC lists for the command.
    Tolerated,
}

impl Role {
    /// The role of `code` among `command`'s replies, if it has one.
    pub fn of(code: KnownCode, command: Command) -> Option<Role> {
        let replies = command.replies();
        if replies.preliminary().contains(&code) {
            Some(Role::Preliminary)
        } else if replies.completion().contains(&code) {
            Some(Role::Completion)
        } else if replies
            .intermediate()
            .iter()
            .any(|step| step.code() == code)
        {
            Some(Role::Intermediate)
        } else if replies.errors().contains(&code) {
            Some(Role::Error)
        } else if replies
            .tolerated()
            .iter()
            .any(|deviation| deviation.code() == code)
        {
            Some(Role::Tolerated)
        } else {
            None
        }
    }

    /// The role in a few words, such as `"preliminary reply"`.
    pub const fn name(self) -> &'static str {
        match self {
            Role::Preliminary => "preliminary reply",
            Role::Completion => "success",
            Role::Intermediate => "step of a sequence",
            Role::Error => "error",
            Role::Tolerated => "server deviation",
        }
    }
}

/// Two codes side by side, from [`KnownCode::compare`]. Every fact is computed from the
/// catalogue and the command table; nothing is allocated.
///
/// ```
/// use ftp_reply::{Command, KnownCode, NextStep, Role};
///
/// let pair = KnownCode::FileTemporarilyUnavailable.compare(KnownCode::FileUnavailable);
/// assert!(!pair.same_category() && pair.same_group());
/// assert_eq!(pair.next_steps(), (NextStep::RetryLater, NextStep::ChangeTheRequest));
/// assert!(pair.shared_commands().any(|command| command == Command::Retr));
///
/// let login = KnownCode::NeedPassword.compare(KnownCode::UserLoggedIn);
/// let (command, roles) = login.sequence().next().unwrap();
/// assert_eq!((command, roles), (Command::User, (Role::Intermediate, Role::Completion)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Comparison {
    first: KnownCode,
    second: KnownCode,
}

impl KnownCode {
    /// Compares this code with another.
    pub const fn compare(self, other: KnownCode) -> Comparison {
        Comparison {
            first: self,
            second: other,
        }
    }
}

impl Comparison {
    /// The codes compared.
    pub const fn codes(&self) -> (KnownCode, KnownCode) {
        (self.first, self.second)
    }

    /// Both categories.
    pub const fn categories(&self) -> (Category, Category) {
        (self.first.category(), self.second.category())
    }

    /// Whether both codes have the same category (first digit).
    pub fn same_category(&self) -> bool {
        self.first.category() == self.second.category()
    }

    /// Both function groups.
    pub const fn groups(&self) -> (FunctionGroup, FunctionGroup) {
        (self.first.function_group(), self.second.function_group())
    }

    /// Whether both codes are about the same thing (second digit).
    pub fn same_group(&self) -> bool {
        self.first.function_group() == self.second.function_group()
    }

    /// What a client does after each.
    pub const fn next_steps(&self) -> (NextStep, NextStep) {
        (
            NextStep::of(self.first.category()),
            NextStep::of(self.second.category()),
        )
    }

    /// Whether repeating the command unchanged can succeed after each.
    pub const fn retryable(&self) -> (bool, bool) {
        (
            self.first.code().is_retryable(),
            self.second.code().is_retryable(),
        )
    }

    /// The commands that can produce both codes.
    pub fn shared_commands(&self) -> impl Iterator<Item = Command> + use<> {
        let second = self.second;
        self.first
            .commands()
            .iter()
            .copied()
            .filter(move |command| second.commands().contains(command))
    }

    /// For each shared command, the role each code plays among its replies.
    pub fn roles(&self) -> impl Iterator<Item = (Command, (Role, Role))> + use<> {
        let (first, second) = (self.first, self.second);
        self.shared_commands().filter_map(move |command| {
            Some((
                command,
                (Role::of(first, command)?, Role::of(second, command)?),
            ))
        })
    }

    /// The commands where one code leads to the other: a preliminary reply and the
    /// completion that follows it (150, then 226), or a step of a sequence and the success
    /// of the command that completes it (331 to USER, then 230).
    pub fn sequence(&self) -> impl Iterator<Item = (Command, (Role, Role))> + use<> {
        let (first, second) = (self.first, self.second);
        Command::ALL.iter().copied().filter_map(move |command| {
            let leads = |from: KnownCode, to: KnownCode| -> Option<(Role, Role)> {
                match Role::of(from, command)? {
                    Role::Preliminary => {
                        let role = Role::of(to, command)?;
                        matches!(role, Role::Completion | Role::Error)
                            .then_some((Role::Preliminary, role))
                    }
                    Role::Intermediate => {
                        let step = command
                            .replies()
                            .intermediate()
                            .iter()
                            .find(|step| step.code() == from)?;
                        let completes = step
                            .next()
                            .iter()
                            .any(|&next| Role::of(to, next) == Some(Role::Completion))
                            || Role::of(to, command) == Some(Role::Completion);
                        completes.then_some((Role::Intermediate, Role::Completion))
                    }
                    _ => None,
                }
            };
            leads(first, second)
                .or_else(|| leads(second, first).map(|(a, b)| (b, a)))
                .map(|roles| (command, roles))
        })
    }
}
