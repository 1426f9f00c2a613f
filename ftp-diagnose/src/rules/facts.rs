//! What the rules ask of a log, worked out once: one [`Fact`] per exchange, with its typed
//! command, its answers and the clues of its notes, and what carries over from exchange to
//! exchange (the data connection prepared, the port announced, the protection level).
//! Every rule then takes time in proportion to the log.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use ftp_reply::{Command, ExtendedPassivePort, PassiveAddress, ReplyCode, Verdict};

use crate::clue::{Clue, clue, connecting_to};
use crate::quoted::quoted_reply;
use crate::{Event, EventKind, Exchange};

/// Commands that open a data connection.
pub(crate) const TRANSFERS: &[&str] = &["LIST", "NLST", "MLSD", "RETR", "STOR", "STOU", "APPE"];
/// Commands that prepare one.
pub(crate) const DATA_SETUP: &[&str] = &["PASV", "EPSV", "PORT", "EPRT", "LPSV", "LPRT"];
/// Commands whose refusal a client lives with: it asks to learn what the server offers.
const PROBES: &[&str] = &[
    "FEAT", "OPTS", "CLNT", "SYST", "HOST", "LANG", "SITE", "ALLO", "PBSZ", "PROT", "MODE", "STRU",
    "XCRC", "XMD5", "XSHA1", "HASH", "AVBL", "PRET", "CSID", "MFMT", "MFCT", "MFF", "SIZE", "MDTM",
    "MLST", "REST", "NOOP", "STAT", "HELP", "ACCT", "EPSV", "EPRT", "LPSV", "LPRT", "TYPE",
];

/// A reply, or a reply a client's error line quotes, and where the log shows it.
pub(crate) struct Answer {
    pub(crate) line: usize,
    /// The code; `None` for a client's line that quotes a server's words without one.
    pub(crate) code: Option<ReplyCode>,
    /// All of its text, in lower case; empty for a reply below 400, whose words no rule
    /// reads.
    pub(crate) text: String,
    /// Whether it answers the exchange's command: a preliminary reply or the first other
    /// one. Replies after that answer commands the log does not show, such as the PORT and
    /// NLST that Windows' `ftp` sends for `ls`.
    pub(crate) answers_command: bool,
    /// The command a client's line names for it (`'MLSD': command not understood`,
    /// `server response to USER`), when the log shows no command.
    pub(crate) verb: Option<String>,
    /// Whether the server sent it, rather than a client's line quoting it.
    pub(crate) sent: bool,
}

impl Answer {
    /// Whether its text holds one of `words`.
    pub(crate) fn says(&self, words: &[&str]) -> bool {
        words.iter().any(|word| self.text.contains(word))
    }

    /// Whether its code is one of `codes`.
    pub(crate) fn is(&self, codes: &[u16]) -> bool {
        self.code.is_some_and(|code| codes.contains(&code.as_u16()))
    }

    /// Its code as a number; 0 without one.
    pub(crate) fn number(&self) -> u16 {
        self.code.map_or(0, ReplyCode::as_u16)
    }

    /// Whether it is vsftpd's `500 OOPS:`, how it reports a failure of its own whatever the
    /// command, not a command it does not know.
    pub(crate) fn is_oops(&self) -> bool {
        self.is(&[500]) && self.text.starts_with("oops")
    }
}

/// What the rules know of one exchange.
pub(crate) struct Fact<'l> {
    pub(crate) exchange: Exchange<'l>,
    /// The upper-case verb, or "" before the first command.
    pub(crate) verb: String,
    /// The command, when the command table knows its verb.
    pub(crate) command: Option<Command>,
    /// Its replies, and the replies its notes quote.
    pub(crate) answers: Vec<Answer>,
    /// Its notes that say something a rule needs, and what.
    pub(crate) clues: Vec<(&'l Event, Clue)>,
    /// The last exchange at or before it that prepared a data connection.
    pub(crate) setup: Option<usize>,
    /// The line where the data connection prepared at or before it failed, if it failed
    /// before the next one was prepared.
    pub(crate) data_failure: Option<usize>,
    /// The line where the client said it connects to the control connection's address
    /// instead of the passive one, before the next data connection.
    pub(crate) replaced: Option<usize>,
    /// The port of the last 227 or 229 reply at or before it.
    pub(crate) passive_port: Option<u16>,
    /// The protection level PROT last set at or before it: `Some(true)` for `P`.
    pub(crate) protected: Option<bool>,
    /// The code of the last answer at or before it.
    pub(crate) last_code: Option<u16>,
    /// Whether it, or a later exchange with the same verb, got a negative answer.
    pub(crate) refused_from: bool,
}

/// A log's exchanges, each with its facts, and what holds for the whole log.
pub(crate) struct Session<'l> {
    pub(crate) facts: Vec<Fact<'l>>,
    /// The address the client said it connected to, if it said so.
    pub(crate) connected: Option<Ipv4Addr>,
    /// The client's own address, which a server's log gives.
    pub(crate) peer: Option<Ipv4Addr>,
    /// The line of the server's first reply, or of the first command, if earlier.
    first_reply: Option<usize>,
    /// Per verb: the last exchange that sent it.
    last_sent: BTreeMap<String, usize>,
    /// The last exchange with a command other than QUIT.
    last_not_quit: Option<usize>,
    /// Whether any 227 reply with an address that can be read is in the log.
    pub(crate) has_227: bool,
    /// Whether any 227 or 229 reply is in the log.
    pub(crate) has_passive: bool,
    /// Whether the client said a listing or a transfer failed.
    pub(crate) step_failed: bool,
    /// Whether the server refused anything.
    pub(crate) refused_any: bool,
}

impl<'l> Session<'l> {
    pub(crate) fn new(exchanges: Vec<Exchange<'l>>) -> Session<'l> {
        let verbs: Vec<String> = exchanges
            .iter()
            .map(|exchange| {
                let text = exchange.command_text().unwrap_or_default();
                text.split(' ').next().unwrap_or_default().to_uppercase()
            })
            .collect();
        let mut answers: Vec<Vec<Answer>> = exchanges.iter().map(answers).collect();
        settle_late_replies(&verbs, &mut answers);
        for answers in &mut answers {
            answers.sort_by_key(|answer| answer.line);
            let first_final = answers
                .iter()
                .position(|answer| answer.sent && answer.number() >= 200);
            for answer in answers
                .iter_mut()
                .skip(first_final.map_or(usize::MAX, |at| at + 1))
                .filter(|answer| answer.sent)
            {
                answer.answers_command = false;
            }
        }
        let clues: Vec<Vec<(&Event, Clue)>> = exchanges
            .iter()
            .map(|exchange| {
                let notes = exchange.notes().iter();
                notes
                    .filter_map(|&event| Some((event, clue(note(event)?)?)))
                    .collect()
            })
            .collect();
        // Where the client connected, as it says before it sends its first command; later
        // lines that name an address are about data connections.
        let connected = exchanges
            .iter()
            .take_while(|exchange| exchange.command_event().is_none())
            .flat_map(|exchange| exchange.notes())
            .find_map(|event| connecting_to(note(event)?));
        // The first sign that the control connection was up: a reply, or a command sent.
        let first_command = exchanges
            .iter()
            .filter_map(|exchange| exchange.command_event().map(Event::line))
            .min();
        let first_reply = answers
            .iter()
            .flatten()
            .filter(|answer| answer.sent)
            .map(|answer| answer.line)
            .chain(first_command)
            .min();
        let count = verbs.len();
        // Where a data connection was prepared: a command that prepares one, or a passive
        // reply whose command the log does not show.
        let setups = carried_forward(count, |index| {
            let announced = answers[index]
                .iter()
                .any(|answer| answer.sent && answer.is(&[227, 229]));
            (DATA_SETUP.contains(&verbs[index].as_str()) || announced).then_some(index)
        });
        let data_failures = until_next_setup(&verbs, |index| {
            data_failure_in(&clues[index], &answers[index])
        });
        let replaced = until_next_setup(&verbs, |index| {
            let mut clues = clues[index].iter();
            clues
                .find(|(_, clue)| *clue == Clue::AddressReplaced)
                .map(|(event, _)| event.line())
        });
        let passive_ports = carried_forward(count, |index| {
            let announced = exchanges[index].replies().filter_map(|reply| {
                let reply = reply.as_reply();
                match reply.code().as_u16() {
                    227 => PassiveAddress::parse(reply.last_line())
                        .ok()
                        .map(|pasv| pasv.port()),
                    229 => ExtendedPassivePort::parse(reply.last_line())
                        .ok()
                        .map(|epsv| epsv.port()),
                    _ => None,
                }
            });
            announced.last()
        });
        let protected = carried_forward(count, |index| {
            let accepted = answers[index]
                .iter()
                .any(|answer| (200..300).contains(&answer.number()));
            match exchanges[index].command_text() {
                Some(text) if verbs[index] == "PROT" && accepted => Some(text.ends_with(" P")),
                _ => None,
            }
        });
        let last_codes = carried_forward(count, |index| {
            answers[index]
                .last()
                .and_then(|answer| answer.code)
                .map(ReplyCode::as_u16)
        });
        let mut refused_from = vec![false; count];
        let mut refused_later: BTreeMap<&str, bool> = BTreeMap::new();
        for index in (0..count).rev() {
            let refused = answers[index].iter().any(|answer| answer.number() >= 400);
            let later = refused_later.entry(verbs[index].as_str()).or_default();
            *later |= refused;
            refused_from[index] = *later;
        }
        let mut last_sent: BTreeMap<String, usize> = BTreeMap::new();
        for (index, verb) in verbs.iter().enumerate() {
            last_sent.insert(verb.clone(), index);
        }
        let last_not_quit = (0..count)
            .rev()
            .find(|&index| !matches!(verbs[index].as_str(), "" | "QUIT"));
        let has_227 = exchanges.iter().any(|exchange| {
            exchange.replies().any(|reply| {
                reply.code() == 227 && PassiveAddress::parse(reply.as_reply().last_line()).is_ok()
            })
        });
        let has_passive = exchanges.iter().any(|exchange| {
            exchange
                .replies()
                .any(|reply| reply.code() == 227 || reply.code() == 229)
        });
        let step_failed = clues
            .iter()
            .flatten()
            .any(|(_, clue)| *clue == Clue::StepFailed);
        let refused_any = answers
            .iter()
            .flatten()
            .any(|answer| answer.number() >= 400);
        let mut facts = Vec::with_capacity(count);
        let columns = exchanges
            .into_iter()
            .zip(verbs)
            .zip(answers)
            .zip(clues)
            .enumerate();
        for (index, (((exchange, verb), answers), clues)) in columns {
            facts.push(Fact {
                command: exchange.command(),
                exchange,
                verb,
                answers,
                clues,
                setup: setups[index],
                data_failure: data_failures[index],
                replaced: replaced[index],
                passive_port: passive_ports[index],
                protected: protected[index],
                last_code: last_codes[index],
                refused_from: refused_from[index],
            });
        }
        Session {
            facts,
            connected,
            peer: None,
            first_reply,
            last_sent,
            last_not_quit,
            has_227,
            has_passive,
            step_failed,
            refused_any,
        }
    }

    /// The line of exchange `index`'s command, if it has one.
    pub(crate) fn command_line(&self, index: usize) -> Option<usize> {
        self.facts[index].exchange.command_event().map(Event::line)
    }

    /// Whether exchange `index` is about a data connection: it prepares one or uses one.
    pub(crate) fn is_data(&self, index: usize) -> bool {
        let verb = self.facts[index].verb.as_str();
        TRANSFERS.contains(&verb) || DATA_SETUP.contains(&verb)
    }

    /// Whether the control connection was up before `line`: the server had replied, or the
    /// client had sent a command.
    pub(crate) fn heard_before(&self, line: usize) -> bool {
        self.first_reply.is_some_and(|first| first < line)
    }

    /// Whether a command with `verb` was sent after exchange `index`.
    pub(crate) fn sent_after(&self, index: usize, verb: &str) -> bool {
        self.last_sent.get(verb).is_some_and(|&last| last > index)
    }

    /// Whether the client sent nothing but QUIT after exchange `index`.
    pub(crate) fn gave_up_after(&self, index: usize) -> bool {
        self.last_not_quit.is_none_or(|last| last <= index)
    }

    /// Whether the client lived without the `verb` of exchange `index` when the server
    /// refused it: it replaced the command (MLSD by LIST, EPSV by PASV), or went on after a
    /// probe (FEAT, OPTS, SIZE ...).
    pub(crate) fn lived_without(&self, index: usize, verb: &str) -> bool {
        let fallbacks: &[&str] = match verb {
            "MLSD" => &["LIST", "NLST"],
            "MLST" => &["LIST", "NLST", "SIZE", "MDTM", "CWD"],
            "EPSV" => &["PASV"],
            "SIZE" => &["LIST", "NLST", "RETR"],
            _ => &[],
        };
        let replaced = fallbacks
            .iter()
            .any(|fallback| self.sent_after(index, fallback));
        replaced || (PROBES.contains(&verb) && !self.gave_up_after(index))
    }

    /// Whether exchange `index` got a passive-mode reply (227, 228, 229) that its command
    /// cannot get, such as 227 to EPSV, so that the client cannot read the address it needs;
    /// or a greeting (220) as the answer to a command, from a server that sends its greeting
    /// as several replies.
    pub(crate) fn unexpected_positive(&self, index: usize) -> Option<&Answer> {
        let fact = &self.facts[index];
        let command = fact.command?;
        fact.answers.iter().find(|answer| {
            answer.sent
                && answer.answers_command
                && (answer.is(&[227, 228, 229]) || greeting_as_answer(fact, answer, command))
                && answer
                    .code
                    .is_some_and(|code| command.judge(code).verdict() == Verdict::Unexpected)
        })
    }
}

/// Whether `answer` is a greeting (220) that came as the answer to `command`, before the
/// client logged anything else: a client that reconnects logs that it does, and a greeting
/// after that is a new session's.
fn greeting_as_answer(fact: &Fact<'_>, answer: &Answer, command: Command) -> bool {
    answer.is(&[220])
        && command != Command::Rein
        && fact
            .exchange
            .notes()
            .iter()
            .all(|note| note.line() > answer.line)
}

/// Per exchange of `count`, the value `found` gives for the last exchange at or before it
/// that has one.
fn carried_forward<T: Copy>(count: usize, found: impl Fn(usize) -> Option<T>) -> Vec<Option<T>> {
    let mut values: Vec<Option<T>> = Vec::with_capacity(count);
    for index in 0..count {
        let before = values.last().copied().flatten();
        values.push(found(index).or(before));
    }
    values
}

/// Per exchange, the first line `found` gives from it on, up to the exchange that prepares
/// the next data connection: what became of the data connection prepared there.
fn until_next_setup(
    verbs: &[String],
    found: impl Fn(usize) -> Option<usize>,
) -> Vec<Option<usize>> {
    let mut lines = vec![None; verbs.len()];
    let mut pending = None;
    for index in (0..verbs.len()).rev() {
        if verbs
            .get(index + 1)
            .is_some_and(|verb| DATA_SETUP.contains(&verb.as_str()))
        {
            pending = None;
        }
        pending = found(index).or(pending);
        lines[index] = pending;
    }
    lines
}

/// The line where a data connection failed in an exchange with these `clues` and
/// `answers`, if it did: a client's note of a refusal, a timeout or an address mismatch, or a
/// 425.
fn data_failure_in(clues: &[(&Event, Clue)], answers: &[Answer]) -> Option<usize> {
    let noted = clues.iter().find(|(_, clue)| {
        matches!(
            clue,
            Clue::Refused | Clue::TimedOut | Clue::AddressMismatch | Clue::DataFailed
        )
    });
    // vsftpd's `425 Use PORT or PASV first.` (tests/sessions/vsftpd.session) says the
    // client asked for a transfer with no data connection set up, not that one failed.
    let refused = answers
        .iter()
        .find(|answer| answer.is(&[425]) && !answer.text.contains("use port or pasv first"));
    noted
        .map(|(event, _)| event.line())
        .or(refused.map(|answer| answer.line))
}

/// The text of a note event.
pub(crate) fn note(event: &Event) -> Option<&str> {
    match event.kind() {
        EventKind::Note(text) => Some(text),
        _ => None,
    }
}

/// The replies of `exchange`, and the replies its notes quote that no reply shows.
fn answers(exchange: &Exchange<'_>) -> Vec<Answer> {
    let mut answers: Vec<Answer> = exchange
        .reply_events()
        .iter()
        .filter_map(|event| match event.kind() {
            EventKind::Reply(reply) => Some(Answer {
                line: event.line(),
                code: Some(reply.code()),
                // No rule reads the words of a positive reply.
                text: if reply.code().as_u16() < 400 {
                    String::new()
                } else {
                    reply.as_reply().text().to_string().to_lowercase()
                },
                answers_command: true,
                verb: None,
                sent: true,
            }),
            _ => None,
        })
        .collect();
    for event in exchange.notes() {
        let Some(quoted) = note(event).and_then(quoted_reply) else {
            continue;
        };
        // The server's own reply in the log says more than a client's words about it: a
        // quoted code it sent, or any words without a code after it refused something.
        let repeated = match quoted.code {
            Some(_) => answers
                .iter()
                .any(|answer| answer.code == quoted.code && answer.sent),
            None => answers
                .iter()
                .any(|answer| answer.sent && answer.number() >= 400),
        };
        if !repeated {
            answers.push(Answer {
                line: event.line(),
                code: quoted.code,
                text: quoted.text,
                answers_command: true,
                verb: quoted.verb,
                sent: false,
            });
        }
    }
    answers
}

/// Gives a transfer the final reply that the log shows after the next command: a client that
/// fails on the data connection sends its next command (often QUIT) before it reads the
/// transfer's last reply.
fn settle_late_replies(verbs: &[String], answers: &mut [Vec<Answer>]) {
    let mut open: Option<usize> = None;
    for index in 0..answers.len() {
        if let Some(transfer) = open.take() {
            if let Some(at) = answers[index]
                .iter()
                .position(|answer| answer.sent && answer.number() >= 200)
            {
                let late = answers[index].remove(at);
                answers[transfer].push(late);
            }
        }
        let sent = || answers[index].iter().filter(|answer| answer.sent);
        let waiting = sent().next().is_some() && sent().all(|answer| answer.number() < 200);
        if waiting && TRANSFERS.contains(&verbs[index].as_str()) {
            open = Some(index);
        }
    }
}
