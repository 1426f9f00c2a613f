//! Comparing two codes: the facts behind "X vs Y" pages.

use crate::generated::DIFFERENCES;
use crate::{Category, Command, FunctionGroup, Judgement, KnownCode, Verdict};

/// Two codes side by side, from [`KnownCode::compare`]. Every fact is computed from the
/// catalogue and the command table; nothing is allocated.
///
/// ```
/// use ftp_reply::{Command, KnownCode, Verdict};
///
/// let pair = KnownCode::FileTemporarilyUnavailable.compare(KnownCode::FileUnavailable);
/// assert!(!pair.same_category() && pair.same_group());
/// assert_eq!(pair.retryable(), (true, false));
/// assert!(pair.shared_commands().any(|command| command == Command::Retr));
///
/// let login = KnownCode::NeedPassword.compare(KnownCode::UserLoggedIn);
/// let (command, verdicts) = login.sequence().next().unwrap();
/// assert_eq!(command, Command::User);
/// assert_eq!(verdicts, (Verdict::Intermediate(&[Command::Pass]), Verdict::Completion));
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

    /// What tells the two codes apart, in a sentence or two of plain English, whichever order
    /// they were given in, from `data/comparisons.toml`; `None` for a pair it has no sentence
    /// for.
    ///
    /// ```
    /// use ftp_reply::KnownCode;
    ///
    /// let pair = KnownCode::TransferAborted.compare(KnownCode::CantOpenDataConnection);
    /// assert!(pair.difference().unwrap().starts_with("425 comes before any data moves"));
    /// ```
    pub fn difference(&self) -> Option<&'static str> {
        let key = (self.first.min(self.second), self.first.max(self.second));
        DIFFERENCES
            .binary_search_by_key(&key, |&(first, second, _)| (first, second))
            .ok()
            .map(|index| DIFFERENCES[index].2)
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

    /// Whether repeating the command unchanged can succeed after each.
    pub const fn retryable(&self) -> (bool, bool) {
        (
            self.first.as_reply_code().is_retryable(),
            self.second.as_reply_code().is_retryable(),
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

    /// For each shared command, how it judges each code.
    pub fn judgements(&self) -> impl Iterator<Item = (Command, (Judgement, Judgement))> + use<> {
        let (first, second) = (self.first, self.second);
        self.shared_commands().map(move |command| {
            let judge = |code: KnownCode| command.judge(code.as_reply_code());
            (command, (judge(first), judge(second)))
        })
    }

    /// The commands where one code leads to the other, with the verdict on each: a
    /// preliminary reply and the completion or negative reply that follows it (150, then
    /// 226), or an intermediate reply and the completion of the sequence (331 to USER, then
    /// 230 to PASS). Deviations of real servers are left out.
    pub fn sequence(&self) -> impl Iterator<Item = (Command, (Verdict, Verdict))> + use<> {
        let (first, second) = (self.first, self.second);
        Command::ALL.iter().copied().filter_map(move |command| {
            let verdict = |code: KnownCode, command: Command| {
                command.judge(code.as_reply_code()).strict_verdict()
            };
            let leads = |from: KnownCode, to: KnownCode| -> Option<(Verdict, Verdict)> {
                let before = verdict(from, command);
                let after = verdict(to, command);
                match before {
                    Verdict::Preliminary => matches!(
                        after,
                        Verdict::Completion
                            | Verdict::TransientNegative
                            | Verdict::PermanentNegative
                    )
                    .then_some((before, after)),
                    Verdict::Intermediate(next) => {
                        let completes = after == Verdict::Completion
                            || next
                                .iter()
                                .any(|&next| verdict(to, next) == Verdict::Completion);
                        completes.then_some((before, Verdict::Completion))
                    }
                    _ => None,
                }
            };
            leads(first, second)
                .or_else(|| leads(second, first).map(|(a, b)| (b, a)))
                .map(|verdicts| (command, verdicts))
        })
    }
}
