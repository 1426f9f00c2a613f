//! Which codes get an "X vs Y" page.

use alloc::collections::BTreeSet;
use alloc::vec::Vec;

use crate::{Command, KnownCode, Role};

/// Pairs people confuse that the data cannot reveal: codes of different commands that look
/// alike in a log, or that arrive where the other was expected.
const CONFUSED: [(u16, u16); 5] = [(200, 331), (220, 331), (110, 331), (214, 220), (421, 530)];

/// How many commands two errors must share to be compared.
const SHARED_ERRORS: usize = 3;

/// The pairs of codes that get a comparison page, each in ascending order, sorted:
///
/// - codes next to each other in a command's sequence: a preliminary reply and the success
///   that follows it (150 and 226), a step and the success that completes it (331 and 230);
/// - the transient and permanent forms of one condition, sharing a command (450 and 550);
/// - errors of the same category and group that at least three commands share (425 and
///   426, 500 and 502);
/// - and a few pairs people confuse across commands (200 and 331, 421 and 530).
pub fn comparison_pairs() -> impl Iterator<Item = (KnownCode, KnownCode)> {
    let mut pairs = BTreeSet::new();
    for (index, &first) in KnownCode::ALL.iter().enumerate() {
        for &second in &KnownCode::ALL[index + 1..] {
            let pair = first.compare(second);
            let neighbours = pair.sequence().any(|(_, roles)| {
                matches!(
                    roles,
                    (Role::Preliminary | Role::Intermediate, Role::Completion)
                        | (Role::Completion, Role::Preliminary | Role::Intermediate)
                )
            });
            let (a, b) = (first.as_u16(), second.as_u16());
            let twins = a / 100 == 4
                && b / 100 == 5
                && a % 100 == b % 100
                && pair.shared_commands().next().is_some();
            let shared_errors = Command::ALL
                .iter()
                .filter(|&&command| {
                    Role::of(first, command) == Some(Role::Error)
                        && Role::of(second, command) == Some(Role::Error)
                })
                .count();
            let alike = pair.same_category() && pair.same_group() && shared_errors >= SHARED_ERRORS;
            if neighbours || twins || alike {
                pairs.insert((first, second));
            }
        }
    }
    for (a, b) in CONFUSED {
        if let (Some(first), Some(second)) = (KnownCode::from_u16(a), KnownCode::from_u16(b)) {
            pairs.insert((first, second));
        }
    }
    pairs.into_iter().collect::<Vec<_>>().into_iter()
}
