//! The client's own lines: connections refused, timed out or closed, TLS errors, names that
//! do not resolve, and the messages that state a cause.

use super::facts::TRANSFERS;
use super::facts::{Session, note};
use super::passive::{blamed, unverified};
use crate::Cause;
use crate::clue::{Clue, mentions_data_connection, mentions_port, names_data_port};
use crate::finding::{Certainty, Findings};
use crate::quoted::{named_verb, quoted_reply};

/// Reads each clue a note gives, in the light of where the note stands: a refused or timed
/// out connection is the data connection's in an exchange that prepares or uses one, and the
/// control connection's otherwise.
pub(crate) fn notes(session: &Session<'_>, findings: &mut Findings) {
    for (index, fact) in session.facts.iter().enumerate() {
        let mut tls_error_seen = false;
        // The first of the exchange's lines that speaks of a data connection.
        let data_spoken = fact
            .exchange
            .notes()
            .iter()
            .find(|event| note(event).is_some_and(mentions_data_connection))
            .map(|event| event.line());
        for &(event, clue) in &fact.clues {
            let tls_error_before = tls_error_seen;
            tls_error_seen |= matches!(
                clue,
                Clue::TlsClose | Clue::TlsHandshake | Clue::SessionReuse
            );
            let line = event.line();
            let heard = session.heard_before(line);
            let text = note(event).unwrap_or_default();
            // About a data connection: in an exchange that prepares or uses one, naming the
            // port the server announced for it, with lines that speak of one (a stack trace's
            // frames come after its message), calling a transfer (PHP's `ftp_put()`), or naming
            // an address with a high port.
            let names_port = fact
                .passive_port
                .is_some_and(|port| mentions_port(text, port));
            let data_named = session.is_data(index) || data_spoken.is_some_and(|at| at <= line);
            let calls_transfer =
                named_verb(text).is_some_and(|verb| TRANSFERS.contains(&verb.as_str()));
            let data = (heard && (session.is_data(index) || names_port))
                || data_spoken.is_some()
                || calls_transfer
                || names_data_port(text);
            // A data connection that failed: the address announced for it, or a firewall.
            let data_cause = |findings: &mut Findings| {
                let (address, blocked) = match fact.setup {
                    Some(setup) if blamed(session, setup) => (true, false),
                    Some(setup) => (unverified(session, setup), true),
                    None => (!session.has_passive, true),
                };
                let mut lines = Vec::from([line]);
                lines.extend(fact.setup.and_then(|setup| session.command_line(setup)));
                for (cause, applies) in [
                    (Cause::PassiveAddress, address),
                    (Cause::DataConnectionBlocked, blocked),
                ] {
                    if applies {
                        findings.add(cause, Certainty::Inferred, &lines, &[], None);
                    }
                }
            };
            // A line that quotes the server's reply with its code: the reply rules read the
            // reply, and the client's words around it only repeat what it made of it.
            let quotes_reply = quoted_reply(text).is_some_and(|quoted| quoted.code.is_some());
            let cause = match clue {
                Clue::Refused
                | Clue::TimedOut
                | Clue::Closed
                | Clue::ConnectFailed
                | Clue::StepFailed
                | Clue::States(_)
                    if quotes_reply =>
                {
                    continue;
                }
                // A TLS error before says why the data connection failed.
                Clue::DataFailed | Clue::Refused | Clue::TimedOut if data && tls_error_before => {
                    continue;
                }
                Clue::DataFailed => {
                    data_cause(findings);
                    continue;
                }
                Clue::Refused | Clue::TimedOut | Clue::ConnectFailed if data => {
                    data_cause(findings);
                    continue;
                }
                Clue::ConnectFailed | Clue::StepFailed => continue,
                // A listing or a transfer that failed when a connection timed out or closed,
                // with no reply to say why: the data connection, as far as the log goes.
                Clue::TimedOut | Clue::Closed
                    if session.step_failed && !session.has_passive && !session.refused_any =>
                {
                    data_cause(findings);
                    continue;
                }
                // A client that goes on lived without TLS.
                Clue::TlsUnavailable if !session.gave_up_after(index) || session.step_failed => {
                    continue;
                }
                Clue::AddressMismatch => {
                    data_cause(findings);
                    continue;
                }
                // With a 227 in the log, the 227 rule reads it; without, the client's word
                // is all there is.
                Clue::AddressReplaced if session.has_227 => continue,
                Clue::AddressReplaced => Cause::PassiveAddress,
                // Not about a data connection: a connection attempt, the first or a new one.
                Clue::Refused => Cause::ConnectionRefused,
                Clue::TimedOut if !heard => Cause::ConnectionTimeout,
                // A negative reply to the transfer, or to a retry of it, or a TLS error
                // before, says why its data connection broke off.
                Clue::Closed if data && (fact.refused_from || tls_error_before) => continue,
                Clue::TimedOut | Clue::Closed => {
                    // A 421 before it says why the server closed the connection.
                    if fact.last_code == Some(421) {
                        continue;
                    }
                    Cause::ConnectionClosed
                }
                // TLS that fails on a data connection, when the control connection's worked,
                // is most often a server that wants the session resumed.
                Clue::TlsHandshake if data_named => {
                    findings.add(
                        Cause::TlsSessionReuse,
                        Certainty::Inferred,
                        &[line],
                        &[],
                        None,
                    );
                    Cause::TlsHandshake
                }
                Clue::SshBanner => Cause::SftpNotFtp,
                // An SSH client that got no SSH server: the port is an FTP server's, as far as
                // an FTP log goes.
                Clue::SshClient => {
                    findings.add(Cause::FtpNotSftp, Certainty::Inferred, &[line], &[], None);
                    continue;
                }
                Clue::Encoding => Cause::Encoding,
                Clue::SessionReuse => Cause::TlsSessionReuse,
                Clue::TlsClose => Cause::TlsClose,
                Clue::TlsUnavailable => Cause::TlsUnavailable,
                Clue::TlsHandshake => Cause::TlsHandshake,
                Clue::HostNotFound => Cause::HostNotFound,
                Clue::Malformed => Cause::MalformedReply,
                // A refusal the client says it worked around, as curl's "Failed EPSV attempt.
                // Disabling EPSV".
                Clue::States(_)
                    if named_verb(text).is_some_and(|verb| session.lived_without(index, &verb)) =>
                {
                    continue;
                }
                Clue::States(cause) => cause,
                Clue::Garbled => {
                    findings.add(Cause::Encoding, Certainty::Inferred, &[line], &[], None);
                    continue;
                }
            };
            findings.add(cause, Certainty::Stated, &[line], &[], None);
        }
    }
}
