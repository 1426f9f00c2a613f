//! Which pairs of codes get an "X vs Y" page: a decision about the site, made from the
//! library's facts about each pair (`Comparison`).

use ftp_reply::{Command, Comparison, KnownCode, Verdict};

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

/// The pairs of codes worth a comparison page, each in ascending order, sorted:
///
/// - codes next to each other in a command's sequence: a preliminary reply and the
///   completion that follows it (150 and 226), an intermediate reply and the completion of
///   the sequence (331 and 230);
/// - the transient and permanent forms of one condition, sharing a command (450 and 550);
/// - negative replies of the same category and group that at least three commands share
///   (425 and 426, 500 and 502);
/// - and a few pairs people confuse across commands (200 and 331, 421 and 530).
pub fn worth_a_page() -> impl Iterator<Item = Comparison> {
    KnownCode::ALL
        .iter()
        .enumerate()
        .flat_map(|(index, &first)| {
            KnownCode::ALL[index + 1..]
                .iter()
                .map(move |&second| first.compare(second))
                .filter(is_worth_a_page)
        })
}

fn is_worth_a_page(pair: &Comparison) -> bool {
    let (first, second) = pair.codes();
    let neighbours = pair.sequence().any(|(_, verdicts)| {
        verdicts.0 == Verdict::Completion || verdicts.1 == Verdict::Completion
    });
    let (a, b) = (first.as_u16(), second.as_u16());
    let twins = a / 100 == 4
        && b / 100 == 5
        && a % 100 == b % 100
        && pair.shared_commands().next().is_some();
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
    let alike = pair.same_category() && pair.same_group() && shared_negative >= SHARED_NEGATIVE;
    neighbours || twins || alike || CONFUSED.contains(&(first, second))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pair_people_mean_is_worth_a_page() {
        let pair = KnownCode::FileTemporarilyUnavailable.compare(KnownCode::FileUnavailable);
        assert!(worth_a_page().any(|worth| worth == pair));
    }

    #[test]
    fn every_pair_worth_a_page_says_what_tells_it_apart() {
        let pairs: Vec<Comparison> = worth_a_page().collect();
        // Neither side may be empty: an empty rule and an empty data file would agree.
        assert!(pairs.len() >= 40, "only {} pairs worth a page", pairs.len());
        for pair in &pairs {
            let (first, second) = pair.codes();
            let difference = pair
                .difference()
                .unwrap_or_else(|| panic!("data/comparisons.toml has no {first} vs {second}"));
            assert_eq!(second.compare(first).difference(), Some(difference));
            // It names at least one of the two codes, so a reader knows which is which.
            assert!(
                difference.contains(&first.to_string()) || difference.contains(&second.to_string()),
                "{first} vs {second}: {difference}"
            );
        }
        // And nothing else: every entry of the data file is a pair worth a page.
        let entries = KnownCode::ALL
            .iter()
            .flat_map(|&first| {
                KnownCode::ALL
                    .iter()
                    .map(move |&second| first.compare(second))
            })
            .filter(|pair| pair.codes().0 < pair.codes().1 && pair.difference().is_some())
            .count();
        assert_eq!(entries, pairs.len());
    }
}
