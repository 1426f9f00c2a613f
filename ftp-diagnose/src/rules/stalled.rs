//! A transfer left waiting: the log ends with a transfer command that got only its
//! preliminary reply, as when `ftp> ls` prints `150 ...` and then nothing.

use super::facts::{Session, TRANSFERS};
use crate::Cause;
use crate::finding::{Certainty, Findings};

/// The last command of the log is a transfer whose only replies are 1yz, and nothing after
/// it says why: the data connection never carried the data.
pub(crate) fn stalled_transfer(session: &Session<'_>, findings: &mut Findings) {
    let Some((index, fact)) = session
        .facts
        .iter()
        .enumerate()
        .rev()
        .find(|(_, fact)| !fact.verb.is_empty())
    else {
        return;
    };
    let sent: Vec<_> = fact.answers.iter().filter(|answer| answer.sent).collect();
    let waiting = !sent.is_empty() && sent.iter().all(|answer| answer.number() < 200);
    if !(waiting && TRANSFERS.contains(&fact.verb.as_str()) && fact.clues.is_empty()) {
        return;
    }
    let mut lines: Vec<usize> = sent.iter().map(|answer| answer.line).collect();
    lines.extend(session.command_line(index));
    findings.add(
        Cause::DataConnectionBlocked,
        Certainty::Inferred,
        &lines,
        &[],
        None,
    );
}
