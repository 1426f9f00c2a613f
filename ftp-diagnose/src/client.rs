//! The FTP clients whose messages are known, from `data/clients/`: what each prints when a
//! session fails, what that means, and where in the client's source it comes from.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use ftp_reply::Command;

use crate::Cause;
use crate::generated::CLIENTS;

/// An FTP client, library or tool whose messages the diagnosis knows.
///
/// ```
/// use ftp_diagnose::Client;
///
/// let curl = Client::ALL.iter().find(|client| client.name() == "curl").unwrap();
/// assert!(curl.better_log().contains("-v"));
/// assert!(curl.messages().iter().any(|message| message.text().contains("Access denied")));
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct Client {
    pub(crate) name: &'static str,
    pub(crate) version: &'static str,
    pub(crate) repository: &'static str,
    pub(crate) marks: &'static [&'static str],
    pub(crate) labels: &'static [&'static str],
    pub(crate) better_log: &'static str,
    pub(crate) messages: &'static [Message],
}

impl Client {
    /// Every client whose messages are known.
    pub const ALL: &'static [Client] = CLIENTS;

    /// How people call it, such as `"curl"` or `"FileZilla"`.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The version whose source the messages were read in.
    pub const fn version(&self) -> &'static str {
        self.version
    }

    /// Where its source is, such as `"curl/curl"` on GitHub.
    pub const fn repository(&self) -> &'static str {
        self.repository
    }

    /// How to get a fuller log from it, such as curl's `-v`.
    pub const fn better_log(&self) -> &'static str {
        self.better_log
    }

    /// The messages it prints that say why a session failed.
    pub const fn messages(&self) -> &'static [Message] {
        self.messages
    }

    /// Whether `text` shows this client: one of its marks, or of its labels, is in it.
    pub(crate) fn shows_in(&self, text: &str) -> bool {
        self.marks.iter().any(|mark| text.contains(mark))
            || self.labels.iter().any(|label| text.starts_with(label))
    }
}

/// A message a client prints, as its source writes it.
#[derive(Debug, PartialEq, Eq)]
pub struct Message {
    pub(crate) text: &'static str,
    /// The text's fixed parts in lower case, in order, without its placeholders.
    pub(crate) pieces: &'static [&'static str],
    pub(crate) means: Means,
    pub(crate) command: Option<Command>,
    pub(crate) lang: &'static str,
    pub(crate) source: &'static str,
    pub(crate) exit_code: Option<u16>,
}

impl Message {
    /// The message as the client's source writes it, placeholders (`%s`, `{0}`) kept.
    pub const fn text(&self) -> &'static str {
        self.text
    }

    /// How many bytes of its text are fixed, placeholders left out: how much of a line it
    /// accounts for.
    pub(crate) fn fixed_len(&self) -> usize {
        self.pieces.iter().map(|piece| piece.len()).sum()
    }

    /// What it means.
    pub const fn means(&self) -> Means {
        self.means
    }

    /// The command it is about, when the client's source makes that clear.
    pub const fn command(&self) -> Option<Command> {
        self.command
    }

    /// The language of the text, such as `"en"` or `"de"`.
    pub const fn lang(&self) -> &'static str {
        self.lang
    }

    /// The file of the client's source it comes from.
    pub const fn source(&self) -> &'static str {
        self.source
    }

    /// The exit status that goes with it, for a tool such as curl.
    pub const fn exit_code(&self) -> Option<u16> {
        self.exit_code
    }
}

/// What a client's message means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Means {
    /// A connection was refused; the context says which.
    Refused,
    /// A connection, or a wait for data, timed out; the context says which.
    TimedOut,
    /// A connection was closed or reset; the context says which.
    Closed,
    /// The client noticed that the passive address differs from the server's.
    AddressMismatch,
    /// The client connects to the control connection's address instead of the passive one.
    AddressReplaced,
    /// The message repeats a reply of the server.
    Reply,
    /// Connecting failed, without saying why.
    ConnectFailed,
    /// Listing a directory failed, without saying why.
    ListingFailed,
    /// A transfer failed, without saying why.
    TransferFailed,
    /// The message states this cause.
    States(Cause),
}

/// Every message's longest fixed part, which finds the messages a line may be.
static KEYS: LazyLock<(AhoCorasick, Vec<&'static Message>)> = LazyLock::new(|| {
    let messages: Vec<&'static Message> =
        CLIENTS.iter().flat_map(|client| client.messages).collect();
    let keys = messages.iter().map(|message| {
        message
            .pieces
            .iter()
            .max_by_key(|piece| piece.len())
            .copied()
            .unwrap_or_default()
    });
    let automaton = AhoCorasick::new(keys).expect("the keys are short strings");
    (automaton, messages)
});

/// The message `line` (in lower case) is, if it is one a client prints: every fixed part of
/// the message's text in it, in order. Of several, the one with the most fixed text.
pub(crate) fn message_in(lower: &str) -> Option<&'static Message> {
    messages_in(lower).into_iter().next()
}

/// Every message `line` (in lower case) holds, the one with the most fixed text first (of
/// equals, one that states a cause): a
/// line may be one client's message around another's, as curl's `Failed to connect` around
/// the system's `Connection refused`.
pub(crate) fn messages_in(lower: &str) -> Vec<&'static Message> {
    let (automaton, messages) = &*KEYS;
    let mut found: Vec<&'static Message> = automaton
        .find_overlapping_iter(lower)
        .map(|found| messages[found.pattern().as_usize()])
        .filter(|message| has_in_order(lower, message.pieces))
        .collect();
    let weight = |message: &&Message| message.fixed_len();
    // Of two as long, the one that states a cause says more than the one that names a symptom.
    let states = |message: &&Message| matches!(message.means(), Means::States(_));
    found.sort_by_key(|message| (std::cmp::Reverse(weight(message)), !states(message)));
    found.dedup();
    found
}

/// Whether `text` holds every one of `pieces`, in order.
fn has_in_order(text: &str, pieces: &[&str]) -> bool {
    let mut rest = text;
    pieces.iter().all(|piece| match rest.find(piece) {
        Some(at) => {
            rest = &rest[at + piece.len()..];
            true
        }
        None => false,
    })
}

/// The client whose marks or labels most of `lines` show, if any do.
pub(crate) fn shown_by<'a>(lines: impl Iterator<Item = &'a str>) -> Option<&'static Client> {
    let mut counts = vec![0usize; CLIENTS.len()];
    for line in lines {
        for (index, client) in CLIENTS.iter().enumerate() {
            if client.shows_in(line) {
                counts[index] += 1;
            }
        }
    }
    let (index, &count) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(index, count)| (count, std::cmp::Reverse(index)))?;
    (count > 0).then(|| &CLIENTS[index])
}
