//! The rules that read a log and name the causes of its trouble.
//!
//! A log's exchanges become [`Session`] facts, worked out once; then each rule of [`RULES`]
//! reads one kind of evidence and reports to a [`Findings`] collector, which keeps one
//! finding per cause and ranks them. Which cause a negative reply shows is decided by the
//! priority table of [`REPLY_RULES`], one rule per cause.

mod encoding;
mod facts;
mod notes;
mod passive;
mod refusals;
mod replies;
mod server_text;
mod stalled;

use std::net::Ipv4Addr;

use crate::Exchange;
use crate::finding::Findings;
use facts::Session;
pub use replies::{REPLY_RULES, ReplyRule};

/// A rule of the diagnosis: the evidence it reads, and why that evidence names a cause.
///
/// ```
/// assert!(ftp_diagnose::RULES.iter().any(|rule| rule.reads().contains("227")));
/// ```
pub struct Rule {
    reads: &'static str,
    why: &'static str,
    run: fn(&Session<'_>, &mut Findings),
}

impl Rule {
    /// The evidence it reads.
    pub const fn reads(&self) -> &'static str {
        self.reads
    }

    /// Why that evidence names a cause.
    pub const fn why(&self) -> &'static str {
        self.why
    }
}

impl core::fmt::Debug for Rule {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Rule")
            .field("reads", &self.reads)
            .finish_non_exhaustive()
    }
}

/// Every rule. Each reads its own evidence, so their order does not rank the findings: the
/// findings are ranked by where the log failed.
pub const RULES: &[Rule] = &[
    Rule {
        reads: "lines the server sent that are not replies, and passive-mode replies the \
                command cannot get (227 to EPSV)",
        why: "an SSH banner means an SSH server answered; anything else is a reply the client \
              cannot read",
        run: server_text::server_text,
    },
    Rule {
        reads: "227 replies, against the address the client connected to and the fate of the \
                data connection",
        why: "a private or all-zero address announced to a client outside the network cannot \
              be reached",
        run: passive::passive_addresses,
    },
    Rule {
        reads: "the client's own lines: its messages (data/clients/) and the words any client \
                uses for refused, timed out and closed connections, TLS errors, names that do \
                not resolve",
        why: "failures without a reply code show only in the client's words",
        run: notes::notes,
    },
    Rule {
        reads: "negative replies, and replies the client's lines quote, with the command they \
                answer",
        why: "the code, its text and the command together name the cause; see REPLY_RULES",
        run: replies::replies,
    },
    Rule {
        reads: "202, 500, 502 and 504 to a command the client did not replace",
        why: "a command the server does not support stops a client that has no other way",
        run: refusals::refused_commands,
    },
    Rule {
        reads: "a log that ends with a transfer command that got only its preliminary reply \
                (150 or 125)",
        why: "the data connection that the reply announced never carried the data",
        run: stalled::stalled_transfer,
    },
    Rule {
        reads: "names outside ASCII that the server refuses with 450, 550 or 553",
        why: "a name sent in one encoding and stored in another is not found",
        run: encoding::encodings,
    },
];

/// Names the causes of the trouble in `exchanges`; `peer` is the client's own address, where
/// the log is a server's.
pub(crate) fn find(exchanges: Vec<Exchange<'_>>, peer: Option<Ipv4Addr>, findings: &mut Findings) {
    let mut session = Session::new(exchanges);
    session.peer = peer;
    for rule in RULES {
        (rule.run)(&session, findings);
    }
}
