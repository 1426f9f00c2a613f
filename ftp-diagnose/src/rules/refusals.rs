//! Commands the server does not support, when nothing took their place.

use super::facts::Session;
use crate::Cause;
use crate::finding::{Certainty, Findings};

/// A 202, 500, 502 or 504 to a command (the exchange's, or one a client's line names), or a
/// 501 to OPTS, that the client neither replaced (MLSD by LIST, EPSV by PASV) nor lived
/// without. RFC 2389 §4 has OPTS answer 501 for an option the server does not support.
pub(crate) fn refused_commands(session: &Session<'_>, findings: &mut Findings) {
    for (index, fact) in session.facts.iter().enumerate() {
        let refusal = fact.answers.iter().find(|answer| {
            let verb = answer.verb.as_deref().unwrap_or(&fact.verb);
            let unsupported =
                answer.is(&[202, 500, 502, 504]) || (verb == "OPTS" && answer.is(&[501]));
            answer.answers_command && unsupported && !answer.is_oops() && !verb.is_empty()
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
