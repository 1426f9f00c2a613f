//! File names sent in one encoding and refused in another.

use super::facts::Session;
use crate::Cause;
use crate::finding::{Certainty, Findings};

/// A name outside ASCII that the server answers with 450, 550 or 553.
pub(crate) fn encodings(session: &Session<'_>, findings: &mut Findings) {
    for (index, fact) in session.facts.iter().enumerate() {
        let Some(text) = fact.exchange.command_text() else {
            continue;
        };
        let argument = text.split_once(' ').map_or("", |(_, argument)| argument);
        if argument.is_ascii() || fact.verb == "PASS" {
            continue;
        }
        let refused = fact
            .answers
            .iter()
            .find(|answer| answer.answers_command && answer.is(&[450, 550, 553]));
        if let Some(refused) = refused {
            let lines = [
                refused.line,
                session.command_line(index).unwrap_or(refused.line),
            ];
            findings.add(
                Cause::Encoding,
                Certainty::Inferred,
                &lines,
                &[refused.number()],
                None,
            );
        }
    }
}
