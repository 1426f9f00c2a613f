//! Findings: the causes a log shows, each with its evidence, most likely first.

use std::string::String;
use std::vec::Vec;

use crate::{Cause, Log, rules};
use ftp_reply::ReplyCode;

/// A cause of trouble that a log shows, with the lines that show it.
///
/// The texts that explain the cause and say how to fix it are the cause's
/// ([`Cause::explanation`], [`Cause::fix_user`], ...); [`detail`](Finding::detail) adds what
/// is particular to this log, such as the addresses a 227 reply got wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Finding {
    cause: Cause,
    certainty: Certainty,
    lines: Vec<usize>,
    codes: Vec<ReplyCode>,
    detail: Option<String>,
}

impl Finding {
    /// The cause.
    pub const fn cause(&self) -> Cause {
        self.cause
    }

    /// Whether the log states the cause, or the cause is inferred from what the log shows.
    pub const fn certainty(&self) -> Certainty {
        self.certainty
    }

    /// The lines of the log that show it, counted from 1, in ascending order.
    pub fn lines(&self) -> &[usize] {
        &self.lines
    }

    /// The reply codes among the evidence, in ascending order.
    pub fn codes(&self) -> &[ReplyCode] {
        &self.codes
    }

    /// What is particular to this log, when there is more to say than the lines.
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }
}

/// How a log shows a finding's cause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum Certainty {
    /// The log says it: a 530 to PASS, a client's "certificate verify failed", an SSH
    /// banner.
    Stated,
    /// The log points to it: a timeout after a 227 with a private address, a bare 550 to
    /// RETR.
    Inferred,
}

impl Certainty {
    /// A word for people: `"stated"` or `"inferred"`.
    pub const fn label(self) -> &'static str {
        match self {
            Certainty::Stated => "stated",
            Certainty::Inferred => "inferred",
        }
    }
}

/// Collects what the rules report, one finding per cause.
#[derive(Default)]
pub(crate) struct Findings(Vec<Finding>);

impl Findings {
    /// Records evidence of `cause`: the `lines` that show it and the reply `codes` among them.
    pub(crate) fn add(
        &mut self,
        cause: Cause,
        certainty: Certainty,
        lines: &[usize],
        codes: &[u16],
        detail: Option<String>,
    ) {
        let index = match self.0.iter().position(|finding| finding.cause == cause) {
            Some(index) => index,
            None => {
                self.0.push(Finding {
                    cause,
                    certainty,
                    lines: Vec::new(),
                    codes: Vec::new(),
                    detail: None,
                });
                self.0.len() - 1
            }
        };
        let Some(finding) = self.0.get_mut(index) else {
            return;
        };
        finding.certainty = finding.certainty.min(certainty);
        finding.lines.extend_from_slice(lines);
        let codes = codes
            .iter()
            .filter_map(|&code| ReplyCode::from_u16(code).ok());
        finding.codes.extend(codes);
        if finding.detail.is_none() {
            finding.detail = detail;
        }
    }

    /// The findings, most likely first: the one whose evidence comes last in the log, where
    /// the session failed, then in the order of [`Cause::ALL`].
    fn ranked(mut self) -> Vec<Finding> {
        for finding in &mut self.0 {
            finding.lines.sort_unstable();
            finding.lines.dedup();
            finding.codes.sort_unstable();
            finding.codes.dedup();
        }
        let last = |finding: &Finding| finding.lines.last().copied().unwrap_or(0);
        let end = self.0.iter().map(last).max().unwrap_or(0);
        self.0
            .sort_by_key(|finding| (last(finding) != end, finding.cause));
        self.0
    }
}

impl Log {
    /// The causes of trouble the log shows, most likely first; empty when nothing went wrong.
    ///
    /// Replies are read with the command they answer (a 530 to `PASS` is a failed login, to
    /// `USER` with words about TLS it is a demand for TLS), 227 replies are compared with the
    /// address the client connected to, and the client's own error lines are read for
    /// refused, timed out and closed connections, TLS errors and names that do not resolve.
    /// A refused command that the client replaced, such as MLSD by LIST, is not a finding.
    ///
    /// ```
    /// use ftp_diagnose::{Cause, Log};
    ///
    /// let log = Log::read("\
    /// Status:\tConnecting to 203.0.113.5:21...
    /// Response:\t220 Ready
    /// Command:\tPASV
    /// Response:\t227 Entering Passive Mode (192,168,1,20,195,80).
    /// Command:\tLIST
    /// Error:\tConnection timed out after 20 seconds of inactivity
    /// ")?;
    /// let findings = log.findings();
    /// assert_eq!(findings[0].cause(), Cause::PassiveAddress);
    /// assert_eq!(findings[0].lines(), [3, 4, 6]);
    /// assert!(findings[0].detail().unwrap().contains("192.168.1.20:50000"));
    /// # Ok::<(), ftp_diagnose::NotALog>(())
    /// ```
    pub fn findings(&self) -> Vec<Finding> {
        self.findings_with(Findings::default())
    }

    /// The findings, with what was found before the rules ran: a server's own words.
    pub(crate) fn findings_with(&self, mut findings: Findings) -> Vec<Finding> {
        rules::find(self.exchanges(), self.peer(), &mut findings);
        findings.ranked()
    }
}
