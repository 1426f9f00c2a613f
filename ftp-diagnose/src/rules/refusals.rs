//! Commands the server does not support, when nothing took their place.

use super::facts::Session;
use crate::Cause;
use crate::finding::{Certainty, Findings};

/// A 202, 500, 502 or 504 to a command (the exchange's, or one a client's line names) that
/// the client neither replaced (MLSD by LIST, EPSV by PASV) nor lived without.
pub(crate) fn refused_commands(session: &Session<'_>, findings: &mut Findings) {
    for (index, fact) in session.facts.iter().enumerate() {
        let refusal = fact.answers.iter().find(|answer| {
            let verb = answer.verb.as_deref().unwrap_or(&fact.verb);
            answer.answers_command
                && answer.is(&[202, 500, 502, 504])
                && !answer.is_oops()
                && !verb.is_empty()
        });
        let Some(refusal) = refusal else {
            continue;
        };
        let verb = refusal.verb.as_deref().unwrap_or(&fact.verb);
        if matches!(verb, "AUTH" | "PORT" | "EPRT") {
            continue;
        }
        if session.lived_without(index, verb) {
            continue;
        }
        let mut lines = Vec::from([refusal.line]);
        lines.extend(session.command_line(index));
        findings.add(
            Cause::CommandUnsupported,
            Certainty::Stated,
            &lines,
            &[refusal.number()],
            None,
        );
    }
}
