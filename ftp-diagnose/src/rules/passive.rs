//! 227 replies whose address the client cannot reach.

use std::net::Ipv4Addr;

use ftp_reply::PassiveAddress;

use super::facts::Session;
use crate::finding::{Certainty, Findings};
use crate::{Cause, EventKind};

/// What one 227 reply of an exchange shows.
pub(crate) struct Blame {
    pub(crate) cause: Cause,
    pub(crate) lines: Vec<usize>,
    pub(crate) detail: Option<String>,
    /// Whether the client used the address, so that a failure after it is its fault.
    pub(crate) used: bool,
}

/// Compares each 227 reply with the address the client connected to, and with what became
/// of the data connection.
pub(crate) fn passive_addresses(session: &Session<'_>, findings: &mut Findings) {
    for index in 0..session.facts.len() {
        for blame in blames(session, index) {
            let certainty = match blame.cause {
                Cause::MalformedReply => Certainty::Stated,
                _ => Certainty::Inferred,
            };
            findings.add(blame.cause, certainty, &blame.lines, &[227], blame.detail);
        }
    }
}

/// Whether exchange `index` holds a 227 reply whose address the client used and could not
/// reach: a failure of its data connection is then the address's fault.
pub(crate) fn blamed(session: &Session<'_>, index: usize) -> bool {
    blames(session, index)
        .iter()
        .any(|blame| blame.used && blame.cause == Cause::PassiveAddress)
}

/// Whether exchange `index` holds a 227 reply with a public address that the client used
/// without the log showing it to be the server's: when the data connection fails, the
/// address may be the wrong one as much as the port may be blocked.
pub(crate) fn unverified(session: &Session<'_>, index: usize) -> bool {
    let fact = &session.facts[index];
    fact.replaced.is_none()
        && fact.exchange.replies().any(|reply| {
            let pasv = (reply.code() == 227)
                .then(|| PassiveAddress::parse(reply.as_reply().last_line()).ok())
                .flatten();
            pasv.is_some_and(|pasv| {
                !pasv.is_internal() && session.connected.is_none_or(|ip| ip != pasv.ip())
            })
        })
}

/// Whether the client may be outside the server's network: a server's log that shows the
/// client on a private or loopback address says it is not.
fn outside(session: &Session<'_>) -> bool {
    session.peer.is_none_or(|peer| !is_internal(peer))
}

/// What the 227 replies of exchange `index` show.
fn blames(session: &Session<'_>, index: usize) -> Vec<Blame> {
    let fact = &session.facts[index];
    let mut blames = Vec::new();
    for event in fact.exchange.reply_events() {
        let EventKind::Reply(reply) = event.kind() else {
            continue;
        };
        // A code without text, as server logs that keep only the code (IIS) show a reply,
        // says nothing of the address.
        if reply.code() != 227 || reply.as_reply().last_line().trim_ascii().is_empty() {
            continue;
        }
        let Ok(pasv) = PassiveAddress::parse(reply.as_reply().last_line()) else {
            blames.push(Blame {
                cause: Cause::MalformedReply,
                lines: vec![event.line()],
                detail: None,
                used: false,
            });
            continue;
        };
        let failure = fact.data_failure;
        if let Some(replaced) = fact.replaced {
            // The client did not use the address: a failure after is not its fault.
            let unreachable = pasv.is_unspecified()
                || (pasv.is_internal()
                    && session.connected.is_none_or(|ip| !is_internal(ip))
                    && outside(session));
            if unreachable {
                let detail = format!(
                    "The 227 reply on line {} announced {}; the client connected to the \
                     control connection's address instead (line {replaced}).",
                    event.line(),
                    pasv.announced()
                );
                blames.push(Blame {
                    cause: Cause::PassiveAddress,
                    lines: vec![event.line(), replaced],
                    detail: Some(detail),
                    used: false,
                });
            }
            continue;
        }
        let detail = match session.connected {
            _ if pasv.is_unspecified() => format!(
                "The 227 reply on line {} announced {}, which names no host.",
                event.line(),
                pasv.announced()
            ),
            Some(connected) if connected != pasv.ip() => {
                let unreachable = (pasv.is_internal() && !is_internal(connected))
                    || (pasv.ip().is_loopback() && !connected.is_loopback());
                if !unreachable && failure.is_none() {
                    continue;
                }
                format!(
                    "The 227 reply on line {} announced {}, but the client connected to {}.",
                    event.line(),
                    pasv.announced(),
                    connected
                )
            }
            None if pasv.is_internal() && failure.is_some() && outside(session) => format!(
                "The 227 reply on line {} announced the private address {}, and the data \
                 connection failed.",
                event.line(),
                pasv.announced()
            ),
            // A private address, and nothing after it to show the data connection worked.
            None if pasv.is_internal()
                && !pasv.ip().is_loopback()
                && outside(session)
                && !opened_after(session, index) =>
            {
                format!(
                    "The 227 reply on line {} announced the private address {}, which a client \
                 outside that network cannot reach.",
                    event.line(),
                    pasv.announced()
                )
            }
            _ => continue,
        };
        let mut lines = vec![event.line()];
        lines.extend(failure);
        blames.push(Blame {
            cause: Cause::PassiveAddress,
            lines,
            detail: Some(detail),
            used: true,
        });
    }
    blames
}

/// Whether a data connection was opened at or after exchange `index`: a 125 or 150 reply.
fn opened_after(session: &Session<'_>, index: usize) -> bool {
    session.facts[index..]
        .iter()
        .flat_map(|fact| &fact.answers)
        .any(|answer| answer.sent && answer.is(&[125, 150]))
}

/// Whether `ip` is reachable only inside a network, as a 227 reply's address counts it
/// ([`PassiveAddress::is_internal`]): private, loopback, link-local or shared.
fn is_internal(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_private()
        || ip.is_loopback()
        || ip.is_link_local()
        || (a == 100 && (64..128).contains(&b))
}
