//! Comparing two codes: the facts behind "X vs Y" pages, and which pairs deserve one.

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

/// Pairs people confuse that the data cannot reveal: codes of different commands that look
/// alike in a log, or that arrive where the other was expected.
const CONFUSED: [(KnownCode, KnownCode); 5] = [
    (KnownCode::CommandOk, KnownCode::NeedPassword),
    (KnownCode::ServiceReady, KnownCode::NeedPassword),
    (KnownCode::RestartMarker, KnownCode::NeedPassword),
    (KnownCode::HelpMessage, KnownCode::ServiceReady),
    (KnownCode::ServiceNotAvailable, KnownCode::NotLoggedIn),
];

/// How many commands two negative replies must share to be compared.
const SHARED_NEGATIVE: usize = 3;

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
    /// The pairs of codes worth a comparison page, each in ascending order, sorted:
    ///
    /// - codes next to each other in a command's sequence: a preliminary reply and the
    ///   completion that follows it (150 and 226), an intermediate reply and the completion
    ///   of the sequence (331 and 230);
    /// - the transient and permanent forms of one condition, sharing a command (450 and 550);
    /// - negative replies of the same category and group that at least three commands share
    ///   (425 and 426, 500 and 502);
    /// - and a few pairs people confuse across commands (200 and 331, 421 and 530).
    ///
    /// ```
    /// use ftp_reply::{Comparison, KnownCode};
    ///
    /// let pair = KnownCode::FileTemporarilyUnavailable.compare(KnownCode::FileUnavailable);
    /// assert!(Comparison::worth_a_page().any(|worth| worth == pair));
    /// ```
    pub fn worth_a_page() -> impl Iterator<Item = Comparison> {
        KnownCode::ALL
            .iter()
            .enumerate()
            .flat_map(|(index, &first)| {
                KnownCode::ALL[index + 1..]
                    .iter()
                    .map(move |&second| first.compare(second))
                    .filter(Comparison::is_worth_a_page)
            })
    }

    fn is_worth_a_page(&self) -> bool {
        let (first, second) = (self.first, self.second);
        let neighbours = self.sequence().any(|(_, verdicts)| {
            verdicts.0 == Verdict::Completion || verdicts.1 == Verdict::Completion
        });
        let (a, b) = (first.as_u16(), second.as_u16());
        let twins = a / 100 == 4
            && b / 100 == 5
            && a % 100 == b % 100
            && self.shared_commands().next().is_some();
        let negative = |code: KnownCode, command: Command| {
            matches!(
                command.judge(code.as_reply_code()).strict_verdict(),
                Verdict::TransientNegative | Verdict::PermanentNegative
            )
        };
        let shared_negative = Command::ALL
            .iter()
            .filter(|&&command| negative(first, command) && negative(second, command))
            .count();
        let alike = self.same_category() && self.same_group() && shared_negative >= SHARED_NEGATIVE;
        neighbours || twins || alike || CONFUSED.contains(&(first, second))
    }

    /// The codes compared.
    pub const fn codes(&self) -> (KnownCode, KnownCode) {
        (self.first, self.second)
    }

    /// What tells the two codes apart, in a sentence or two of plain English, whichever order
    /// they were given in; `None` for a pair that is not [worth a
    /// page](Comparison::worth_a_page).
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
