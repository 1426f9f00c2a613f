//! The two classifications every reply code carries in its digits.

use core::fmt;

/// What a reply says about the command's outcome: the code's first digit.
///
/// RFC 959 §4.2 defines the first five; RFC 2228 §5.2 adds the sixth for protected replies.
/// The discriminant is the digit.
///
/// ```
/// use ftp_reply::{Category, ReplyCode};
///
/// let code = ReplyCode::from_u16(425)?;
/// assert_eq!(code.category(), Category::TransientNegative);
/// assert_eq!(Category::TransientNegative as u8, 4);
/// # Ok::<(), ftp_reply::InvalidReplyCode>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[repr(u8)]
pub enum Category {
    /// 1yz: the action has started; another reply will follow before the next command.
    PositivePreliminary = 1,
    /// 2yz: the action is complete; the client may send a new command.
    PositiveCompletion = 2,
    /// 3yz: the command was accepted but the server needs another command to finish it.
    PositiveIntermediate = 3,
    /// 4yz: the action was not taken, but the condition is temporary; the same command may
    /// succeed later.
    TransientNegative = 4,
    /// 5yz: the action was not taken and repeating the same command will fail again.
    PermanentNegative = 5,
    /// 6yz: a protected reply (RFC 2228): the real reply is inside, encoded in base64.
    Protected = 6,
}

impl Category {
    /// Every category, in order of its digit.
    pub const ALL: [Category; 6] = [
        Category::PositivePreliminary,
        Category::PositiveCompletion,
        Category::PositiveIntermediate,
        Category::TransientNegative,
        Category::PermanentNegative,
        Category::Protected,
    ];

    /// The category of a first digit, or `None` for a digit outside 1 to 6.
    ///
    /// ```
    /// use ftp_reply::Category;
    ///
    /// assert_eq!(Category::from_digit(3), Some(Category::PositiveIntermediate));
    /// assert_eq!(Category::from_digit(7), None);
    /// ```
    pub const fn from_digit(digit: u8) -> Option<Category> {
        match digit {
            1 => Some(Category::PositivePreliminary),
            2 => Some(Category::PositiveCompletion),
            3 => Some(Category::PositiveIntermediate),
            4 => Some(Category::TransientNegative),
            5 => Some(Category::PermanentNegative),
            6 => Some(Category::Protected),
            _ => None,
        }
    }

    /// The first digit of the codes in this category.
    pub const fn digit(self) -> u8 {
        self as u8
    }

    /// The category's name in lower case, as RFC 959 §4.2 and RFC 2228 §5.2 call it.
    ///
    /// ```
    /// assert_eq!(ftp_reply::Category::TransientNegative.title(), "transient negative completion");
    /// ```
    pub const fn title(self) -> &'static str {
        match self {
            Category::PositivePreliminary => "positive preliminary",
            Category::PositiveCompletion => "positive completion",
            Category::PositiveIntermediate => "positive intermediate",
            Category::TransientNegative => "transient negative completion",
            Category::PermanentNegative => "permanent negative completion",
            Category::Protected => "protected",
        }
    }

    /// What a client does after a reply of this category, in a few words, such as
    /// `"retry later"`.
    ///
    /// ```
    /// assert_eq!(ftp_reply::Category::PositiveIntermediate.next_step(), "send the next command of the sequence");
    /// ```
    pub const fn next_step(self) -> &'static str {
        match self {
            Category::PositivePreliminary => "wait for another reply",
            Category::PositiveCompletion => "go on with the next command",
            Category::PositiveIntermediate => "send the next command of the sequence",
            Category::TransientNegative => "retry later",
            Category::PermanentNegative => "change the request before trying again",
            Category::Protected => "decode the protected reply",
        }
    }

    /// One sentence on what a reply of this category tells the client to do.
    pub const fn description(self) -> &'static str {
        match self {
            Category::PositivePreliminary => {
                "The server has started the action; wait for a second reply before sending \
                 another command."
            }
            Category::PositiveCompletion => {
                "The action is done; the client may send its next command."
            }
            Category::PositiveIntermediate => {
                "The command was accepted, but the server needs another command (such as PASS \
                 after USER, or RNTO after RNFR) before it can act."
            }
            Category::TransientNegative => {
                "The action was not taken, but the cause is temporary: the same command may \
                 succeed if it is sent again later."
            }
            Category::PermanentNegative => {
                "The action was not taken, and sending the same command again unchanged will \
                 fail the same way."
            }
            Category::Protected => {
                "A protected reply (RFC 2228): the real reply is inside, encoded in base64 and \
                 integrity-protected, encrypted or both by the security mechanism in use."
            }
        }
    }
}

impl fmt::Display for Category {
    /// Writes [`Category::title`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}

/// What a reply is about: the code's second digit (RFC 959 §4.2).
///
/// RFC 959 assigns the digits 0 to 5; a code whose second digit is 6 to 9 is well formed but
/// belongs to no group. The discriminant is the digit.
///
/// ```
/// use ftp_reply::{FunctionGroup, ReplyCode};
///
/// let code = ReplyCode::from_u16(530)?;
/// assert_eq!(code.function_group(), Some(FunctionGroup::Authentication));
/// assert_eq!(ReplyCode::from_u16(299)?.function_group(), None);
/// # Ok::<(), ftp_reply::InvalidReplyCode>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[repr(u8)]
pub enum FunctionGroup {
    /// x0z: syntax errors, commands that fit no other group, and commands that are
    /// unimplemented or superfluous.
    Syntax = 0,
    /// x1z: replies to requests for information, such as status or help.
    Information = 1,
    /// x2z: the control and data connections.
    Connections = 2,
    /// x3z: authentication and accounting: logging in, accounts, security exchanges.
    Authentication = 3,
    /// x4z: not assigned by RFC 959 ("unspecified as yet").
    Unspecified = 4,
    /// x5z: the server's file system, after a transfer or another file action.
    FileSystem = 5,
}

impl FunctionGroup {
    /// Every function group, in order of its digit.
    pub const ALL: [FunctionGroup; 6] = [
        FunctionGroup::Syntax,
        FunctionGroup::Information,
        FunctionGroup::Connections,
        FunctionGroup::Authentication,
        FunctionGroup::Unspecified,
        FunctionGroup::FileSystem,
    ];

    /// The group of a second digit, or `None` for a digit RFC 959 does not assign (6 to 9).
    pub const fn from_digit(digit: u8) -> Option<FunctionGroup> {
        match digit {
            0 => Some(FunctionGroup::Syntax),
            1 => Some(FunctionGroup::Information),
            2 => Some(FunctionGroup::Connections),
            3 => Some(FunctionGroup::Authentication),
            4 => Some(FunctionGroup::Unspecified),
            5 => Some(FunctionGroup::FileSystem),
            _ => None,
        }
    }

    /// The second digit of the codes in this group.
    pub const fn digit(self) -> u8 {
        self as u8
    }

    /// The group's name in lower case, as RFC 959 §4.2 calls it.
    ///
    /// ```
    /// use ftp_reply::FunctionGroup;
    ///
    /// assert_eq!(FunctionGroup::Authentication.title(), "authentication and accounting");
    /// ```
    pub const fn title(self) -> &'static str {
        match self {
            FunctionGroup::Syntax => "syntax",
            FunctionGroup::Information => "information",
            FunctionGroup::Connections => "connections",
            FunctionGroup::Authentication => "authentication and accounting",
            FunctionGroup::Unspecified => "unspecified",
            FunctionGroup::FileSystem => "file system",
        }
    }

    /// One sentence on what the replies of this group are about.
    pub const fn description(self) -> &'static str {
        match self {
            FunctionGroup::Syntax => {
                "Whether the command was understood: syntax errors, commands that fit no other \
                 group, and commands the server does not implement or does not need."
            }
            FunctionGroup::Information => {
                "Answers to requests for information, such as status, help or the system type."
            }
            FunctionGroup::Connections => "The state of the control and data connections.",
            FunctionGroup::Authentication => {
                "User names, passwords, accounts and security exchanges."
            }
            FunctionGroup::Unspecified => "RFC 959 leaves this digit unassigned.",
            FunctionGroup::FileSystem => {
                "The server's file system: the outcome of a transfer or another file action."
            }
        }
    }
}

impl fmt::Display for FunctionGroup {
    /// Writes [`FunctionGroup::title`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}
