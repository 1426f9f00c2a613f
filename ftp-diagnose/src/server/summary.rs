//! What a server's sessions add up to, for its administrator.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::string::{String, ToString};
use std::vec::Vec;

use crate::{Cause, Session, Stamp};

/// The most client addresses counted one by one; later ones are counted together.
const MAX_ADDRESSES: usize = 100_000;
/// The most user names kept for one address.
const MAX_USERS: usize = 1_000;
/// The most commands or paths counted one by one.
const MAX_NAMES: usize = 10_000;

/// The sessions of a server's log, added up: how many failed and why, who failed to log in
/// most, which commands and paths failed, and when.
///
/// Its memory is bounded whatever the log's length: it keeps one example per cause, and
/// counts at most a hundred thousand addresses and ten thousand commands and paths.
///
/// ```
/// use ftp_diagnose::{Cause, Format, ServerLog, Summary};
///
/// let mut log = ServerLog::new(Format::Xferlog);
/// log.push_line("Thu Dec  3 18:10:09 2026 1 192.0.2.7 512 /srv/a.txt b _ o r anna ftp 0 * c");
/// log.push_line("Thu Dec  3 18:12:09 2026 9 192.0.2.8 70 /srv/b.bin b _ i r ben ftp 0 * i");
/// let mut summary = Summary::default();
/// while let Some(session) = log.next_session() {
///     summary.add(&session);
/// }
/// assert_eq!((summary.sessions(), summary.failed()), (2, 1));
/// assert_eq!(summary.causes()[0].cause(), Cause::TransferIncomplete);
/// assert_eq!(summary.causes()[0].example().client(), Some("192.0.2.8"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Summary {
    sessions: u64,
    failed: u64,
    causes: Vec<CauseCount>,
    addresses: HashMap<String, AddressFailures>,
    other_addresses: u64,
    commands: HashMap<String, u64>,
    paths: HashMap<String, u64>,
    hours: BTreeMap<Stamp, (u64, u64)>,
}

/// How many failed sessions a cause was found in, with the first of them.
#[derive(Clone, Debug)]
pub struct CauseCount {
    cause: Cause,
    sessions: u64,
    example: Example,
}

/// Where to find a session in the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    client: Option<String>,
    first_line: usize,
    last_line: usize,
    start: Option<Stamp>,
}

/// The failed logins of one client address: possible password guessing.
#[derive(Clone, Debug)]
pub struct AddressFailures {
    address: String,
    attempts: u64,
    sessions: u64,
    users: BTreeSet<String>,
    first: Option<Stamp>,
    last: Option<Stamp>,
}

impl Summary {
    /// Adds a session.
    pub fn add(&mut self, session: &Session) {
        self.sessions += 1;
        let failed = session.failed();
        if let Some(hour) = session.start().map(Stamp::hour) {
            let (all, failures) = self.hours.entry(hour).or_default();
            *all += 1;
            *failures += u64::from(failed);
        }
        if session.failed_login_count() > 0 {
            self.failed_logins(session);
        }
        if !failed {
            return;
        }
        self.failed += 1;
        for finding in session.findings() {
            match self
                .causes
                .iter_mut()
                .find(|count| count.cause == finding.cause())
            {
                Some(count) => count.sessions += 1,
                None => self.causes.push(CauseCount {
                    cause: finding.cause(),
                    sessions: 1,
                    example: Example {
                        client: session.client().map(str::to_string),
                        first_line: session.first_line(),
                        last_line: session.last_line(),
                        start: session.start(),
                    },
                }),
            }
        }
        self.causes
            .sort_by(|a, b| b.sessions.cmp(&a.sessions).then(a.cause.cmp(&b.cause)));
        self.count_refusals(session);
    }

    /// How many sessions were added.
    pub const fn sessions(&self) -> u64 {
        self.sessions
    }

    /// How many of them failed.
    pub const fn failed(&self) -> u64 {
        self.failed
    }

    /// The causes of the failed sessions, the most frequent first.
    pub fn causes(&self) -> &[CauseCount] {
        &self.causes
    }

    /// The `count` addresses with the most failed logins, the most first.
    pub fn failed_logins_by_address(&self, count: usize) -> Vec<&AddressFailures> {
        let mut addresses: Vec<&AddressFailures> = self.addresses.values().collect();
        addresses.sort_by(|a, b| b.attempts.cmp(&a.attempts).then(a.address.cmp(&b.address)));
        addresses.truncate(count);
        addresses
    }

    /// Failed logins from addresses past the hundred thousand counted one by one.
    pub const fn failed_logins_elsewhere(&self) -> u64 {
        self.other_addresses
    }

    /// The `count` commands refused most often in failed sessions (by verb), the most first.
    pub fn failing_commands(&self, count: usize) -> Vec<(&str, u64)> {
        top(&self.commands, count)
    }

    /// The `count` paths refused most often in failed sessions, the most first.
    pub fn failing_paths(&self, count: usize) -> Vec<(&str, u64)> {
        top(&self.paths, count)
    }

    /// Sessions and failed sessions by the hour they started, in order of time.
    pub fn by_hour(&self) -> impl Iterator<Item = (Stamp, u64, u64)> + '_ {
        self.hours
            .iter()
            .map(|(&hour, &(all, failed))| (hour, all, failed))
    }

    fn failed_logins(&mut self, session: &Session) {
        let address = session.client().unwrap_or("unknown");
        if !self.addresses.contains_key(address) && self.addresses.len() >= MAX_ADDRESSES {
            self.other_addresses += session.failed_login_count() as u64;
            return;
        }
        let entry = self
            .addresses
            .entry(address.to_string())
            .or_insert_with(|| AddressFailures {
                address: address.to_string(),
                attempts: 0,
                sessions: 0,
                users: BTreeSet::new(),
                first: None,
                last: None,
            });
        entry.attempts += session.failed_login_count() as u64;
        entry.sessions += 1;
        for login in session.failed_logins() {
            if let Some(user) = login.user() {
                if entry.users.len() < MAX_USERS && !entry.users.contains(user) {
                    entry.users.insert(user.to_string());
                }
            }
            if let Some(time) = login.time().or(session.start()) {
                entry.first = Some(entry.first.map_or(time, |first| first.min(time)));
                entry.last = Some(entry.last.map_or(time, |last| last.max(time)));
            }
        }
    }

    /// Counts the commands of `session` that got a reply of 400 or more, and their paths.
    fn count_refusals(&mut self, session: &Session) {
        for exchange in session.log().exchanges() {
            let Some(command) = exchange.command_text() else {
                continue;
            };
            if !exchange.replies().any(|reply| reply.code().as_u16() >= 400) {
                continue;
            }
            let (verb, argument) = command.split_once(' ').unwrap_or((command, ""));
            let verb = verb.to_ascii_uppercase();
            if PATH_VERBS.contains(&verb.as_str()) && !argument.is_empty() {
                count(&mut self.paths, argument);
            }
            count(&mut self.commands, &verb);
        }
    }
}

/// Commands whose argument is a path.
const PATH_VERBS: &[&str] = &[
    "RETR", "STOR", "STOU", "APPE", "DELE", "CWD", "XCWD", "MKD", "XMKD", "RMD", "XRMD", "RNFR",
    "RNTO", "SIZE", "MDTM", "LIST", "NLST", "MLSD", "MLST",
];

fn count(counts: &mut HashMap<String, u64>, name: &str) {
    if let Some(n) = counts.get_mut(name) {
        *n += 1;
    } else if counts.len() < MAX_NAMES {
        counts.insert(name.to_string(), 1);
    }
}

fn top(counts: &HashMap<String, u64>, count: usize) -> Vec<(&str, u64)> {
    let mut all: Vec<(&str, u64)> = counts.iter().map(|(name, &n)| (name.as_str(), n)).collect();
    all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    all.truncate(count);
    all
}

impl CauseCount {
    /// The cause.
    pub const fn cause(&self) -> Cause {
        self.cause
    }

    /// How many failed sessions show it.
    pub const fn sessions(&self) -> u64 {
        self.sessions
    }

    /// The first session that showed it.
    pub const fn example(&self) -> &Example {
        &self.example
    }
}

impl Example {
    /// The session's client address.
    pub fn client(&self) -> Option<&str> {
        self.client.as_deref()
    }

    /// Its first line in the log.
    pub const fn first_line(&self) -> usize {
        self.first_line
    }

    /// Its last line.
    pub const fn last_line(&self) -> usize {
        self.last_line
    }

    /// When it started.
    pub const fn start(&self) -> Option<Stamp> {
        self.start
    }
}

impl AddressFailures {
    /// The client address.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// How many logins the server refused it.
    pub const fn attempts(&self) -> u64 {
        self.attempts
    }

    /// In how many sessions.
    pub const fn sessions(&self) -> u64 {
        self.sessions
    }

    /// The user names it tried, in order of name (at most a thousand).
    pub fn users(&self) -> impl ExactSizeIterator<Item = &str> {
        self.users.iter().map(String::as_str)
    }

    /// When the first refused login was.
    pub const fn first(&self) -> Option<Stamp> {
        self.first
    }

    /// When the last was.
    pub const fn last(&self) -> Option<Stamp> {
        self.last
    }
}
