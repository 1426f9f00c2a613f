//! Lines the server sent that are not FTP replies: an SSH server's banner, or something
//! malformed; and a positive reply that its command cannot get, such as 227 to EPSV.

use ftp_reply::ReplyCode;

use super::facts::Session;
use crate::clue::{Clue, clue};
use crate::finding::{Certainty, Findings};
use crate::{Cause, EventKind, Exchange};

/// Reads what the server sent that is not FTP, and replies of the wrong kind.
pub(crate) fn server_text(session: &Session<'_>, findings: &mut Findings) {
    let exchanges = session.facts.iter().map(|fact| &fact.exchange);
    for event in exchanges.flat_map(Exchange::reply_events) {
        if let EventKind::ServerText(text) = event.kind() {
            let cause = match clue(text) {
                Some(Clue::SshBanner) => Cause::SftpNotFtp,
                _ => Cause::MalformedReply,
            };
            findings.add(cause, Certainty::Stated, &[event.line()], &[], None);
        }
    }
    for index in 0..session.facts.len() {
        if let Some(answer) = session.unexpected_positive(index) {
            let mut lines = Vec::from([answer.line]);
            lines.extend(session.command_line(index));
            let codes: Vec<u16> = answer.code.map(ReplyCode::as_u16).into_iter().collect();
            findings.add(
                Cause::MalformedReply,
                Certainty::Inferred,
                &lines,
                &codes,
                None,
            );
        }
    }
}
