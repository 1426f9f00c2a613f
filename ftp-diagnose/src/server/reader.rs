//! A server's log read line by line: its lines gathered into sessions by their keys, and
//! each session diagnosed when it ends.

use std::collections::{HashMap, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};
use std::vec::Vec;

use crate::server::formats::{Format, Reader};
use crate::server::record::What;
use crate::server::session::{Ending, Login, Open};
use crate::{Session, Stamp};

/// The longest line read whole; the rest of a longer line is left out, and counted.
const MAX_LINE: usize = 64 * 1024;
/// The most sessions kept open at once; past it, the least recently seen are closed early.
const MAX_OPEN: usize = 50_000;
/// Seconds of the log's time after which a session that logged nothing more is closed.
const QUIET: i64 = 3_600;
/// Seconds of the log's time a closed session still takes lines: pyftpdlib logs a refused
/// login three seconds after its 530, which may be after the session's closing line.
const LINGER: i64 = 5;
/// Lines after which a closed session takes no more, whatever the log's times say.
const LINGER_LINES: usize = 100_000;

/// A server's log, read one line at a time into sessions.
///
/// Lines go in with [`push`](ServerLog::push) (pieces of any size) or
/// [`push_line`](ServerLog::push_line), in the order of the log; each session comes out of
/// [`next_session`](ServerLog::next_session) once it has ended, its findings worked out
/// when first asked for, and [`finish`](ServerLog::finish) ends those still open when the
/// log ends. [`read_to_end`](ServerLog::read_to_end) does it all for a whole log, on two
/// threads.
/// Memory grows with the sessions open at once, not with the log: a session ends a few
/// seconds of the log's time after the line that closes it (a server may log a little
/// more), when its key is used again, after an hour of the log's time without a line, or
/// early when fifty thousand are open.
///
/// ```
/// use ftp_diagnose::{Cause, Format, ServerLog};
///
/// let text = "\
/// Thu Dec  3 18:10:08 2026 [pid 7] CONNECT: Client \"203.0.113.9\"
/// Thu Dec  3 18:10:08 2026 [pid 7] FTP command: Client \"203.0.113.9\", \"USER root\"
/// Thu Dec  3 18:10:08 2026 [pid 7] [root] FTP response: Client \"203.0.113.9\", \"331 Please specify the password.\"
/// Thu Dec  3 18:10:09 2026 [pid 7] [root] FTP command: Client \"203.0.113.9\", \"PASS <password>\"
/// Thu Dec  3 18:10:11 2026 [pid 6] [root] FAIL LOGIN: Client \"203.0.113.9\"
/// Thu Dec  3 18:10:12 2026 [pid 7] [root] FTP response: Client \"203.0.113.9\", \"530 Login incorrect.\"
/// ";
/// let format = Format::detect(text.lines()).unwrap();
/// assert_eq!(format, Format::Vsftpd);
/// let mut log = ServerLog::new(format);
/// text.lines().for_each(|line| log.push_line(line));
/// log.finish();
/// let session = log.next_session().unwrap();
/// assert_eq!(session.client(), Some("203.0.113.9"));
/// assert_eq!(session.findings()[0].cause(), Cause::LoginFailed);
/// assert_eq!(session.failed_login_count(), 1);
/// assert_eq!(session.failed_logins()[0].user(), Some("root"));
/// ```
pub struct ServerLog {
    reader: Reader,
    /// The open sessions; `None` where one ended.
    slots: Vec<Option<Open>>,
    free: Vec<usize>,
    keys: HashMap<u64, usize, BuildHasherDefault<KeyHasher>>,
    done: VecDeque<Session>,
    /// Closed sessions that still take lines: their slots and serial numbers, and the line
    /// and time they closed at.
    closing: VecDeque<(usize, u64, usize, i64)>,
    /// The number of sessions opened, which tells a slot's sessions apart.
    opened: u64,
    /// The sessions that may be logging in, with their serial numbers: where a new process
    /// of vsftpd is looked for.
    logging_in: Vec<(usize, u64)>,
    /// How many were left the last time the list was pruned.
    logging_in_kept: usize,
    /// The start of a line whose end has not come, from [`push`](ServerLog::push).
    partial: Vec<u8>,
    partial_cut: bool,
    cut: usize,
    line: usize,
    read: usize,
    /// The log's latest time, and in seconds.
    clock: Option<Stamp>,
    now: i64,
    swept: i64,
}

impl ServerLog {
    /// A reader of a log in `format`.
    pub fn new(format: Format) -> ServerLog {
        ServerLog {
            reader: Reader::new(format),
            slots: Vec::new(),
            free: Vec::new(),
            keys: HashMap::default(),
            done: VecDeque::new(),
            closing: VecDeque::new(),
            opened: 0,
            logging_in: Vec::new(),
            logging_in_kept: 0,
            partial: Vec::new(),
            partial_cut: false,
            cut: 0,
            line: 0,
            read: 0,
            clock: None,
            now: i64::MIN,
            swept: i64::MIN,
        }
    }

    /// The format being read.
    pub const fn format(&self) -> Format {
        self.reader.format()
    }

    /// Reads the log's bytes as they come, in pieces of any size: a line may end in a later
    /// piece. Each line is read as UTF-8, other bytes as U+FFFD; a line longer than 64 KiB
    /// is read cut, and [`cut_lines`](ServerLog::cut_lines) counts it.
    ///
    /// ```
    /// use ftp_diagnose::{Format, ServerLog};
    ///
    /// let mut log = ServerLog::new(Format::Xferlog);
    /// log.push(b"Thu Dec  3 18:10:09 2026 1 192.0.2.7 512 /a b _ o r anna ftp 0 * c\nThu Dec");
    /// log.push(b"  3 18:10:10 2026 1 192.0.2.7 512 /b b _ o r anna ftp 0 * c\r\n");
    /// log.finish();
    /// assert_eq!(log.lines(), (2, 2));
    /// ```
    pub fn push(&mut self, mut bytes: &[u8]) {
        if !self.partial.is_empty() {
            let Some(end) = memchr::memchr(b'\n', bytes) else {
                self.keep_partial(bytes);
                return;
            };
            self.keep_partial(&bytes[..end]);
            let line = core::mem::take(&mut self.partial);
            self.push_bytes(&line);
            self.partial = line;
            self.partial.clear();
            self.partial_cut = false;
            bytes = &bytes[end + 1..];
        }
        // The whole lines of the piece, checked as UTF-8 at once.
        let whole = memchr::memrchr(b'\n', bytes).map_or(0, |end| end + 1);
        let mut start = 0;
        if let Ok(text) = core::str::from_utf8(&bytes[..whole]) {
            for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
                self.push_text(&text[start..end]);
                start = end + 1;
            }
        } else {
            for end in memchr::memchr_iter(b'\n', &bytes[..whole]) {
                self.push_bytes(&bytes[start..end]);
                start = end + 1;
            }
        }
        self.keep_partial(&bytes[start..]);
    }

    /// How many lines were longer than 64 KiB, and read cut.
    pub const fn cut_lines(&self) -> usize {
        self.cut
    }

    /// Keeps the start of a line whose end is in a later piece, up to the longest line read.
    fn keep_partial(&mut self, bytes: &[u8]) {
        let room = MAX_LINE - self.partial.len();
        if bytes.len() > room && !self.partial_cut {
            self.partial_cut = true;
            self.cut += 1;
        }
        self.partial
            .extend_from_slice(bytes.get(..room).unwrap_or(bytes));
    }

    /// A line of text, without its line feed.
    fn push_text(&mut self, line: &str) {
        if line.len() > MAX_LINE + 1 {
            self.push_bytes(line.as_bytes());
        } else {
            self.push_line(line.strip_suffix('\r').unwrap_or(line));
        }
    }

    fn push_bytes(&mut self, line: &[u8]) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.len() > MAX_LINE {
            self.cut += 1;
        }
        let line = line.get(..MAX_LINE).unwrap_or(line);
        match core::str::from_utf8(line) {
            Ok(text) => self.push_line(text),
            Err(_) => self.push_line(&std::string::String::from_utf8_lossy(line)),
        }
    }

    /// Reads the next line of the log, without its line ending.
    pub fn push_line(&mut self, text: &str) {
        self.line += 1;
        let number = self.line;
        let Some(record) = self.reader.read(text, number) else {
            return;
        };
        let known = self.keys.get(&record.key).copied();
        // A line of the server's own, outside any session, such as its start.
        if known.is_none() && record.client.is_none() && record.what != What::Opened {
            return;
        }
        self.read += 1;
        if let Some(time) = record.time {
            self.tick(time);
        }
        let slot = match (&record.what, known) {
            (What::Opened, Some(slot)) => {
                self.end(slot, Ending::Replaced);
                self.open(record.key, number)
            }
            (_, Some(slot)) => slot,
            (What::Opened, None) => self.open(record.key, number),
            (_, None) => match self.joined(&record) {
                Some(slot) => {
                    self.keys.insert(record.key, slot);
                    if let Some(open) = self.slots[slot].as_mut() {
                        open.keys.push(record.key);
                    }
                    slot
                }
                None => self.open(record.key, number),
            },
        };
        let one_line = self.reader.one_line_sessions();
        let Some(open) = self.slots[slot].as_mut() else {
            return;
        };
        let was_closed = open.closed;
        let was_idle = open.login == Login::Idle;
        open.push(record, number, text);
        let (closed, logging_in, serial) = (open.closed, open.login != Login::Idle, open.serial);
        if was_idle && logging_in && self.reader.forks() {
            self.logging_in.push((slot, serial));
            self.prune_logging_in();
        }
        if one_line {
            self.end(slot, Ending::Closed);
        } else if closed && !was_closed {
            self.closing.push_back((slot, serial, number, self.now));
        }
        self.end_lingering();
    }

    /// Leaves out of the sessions that may be logging in those that no longer are, once the
    /// list has doubled.
    fn prune_logging_in(&mut self) {
        if self.logging_in.len() <= 2 * self.logging_in_kept + 64 {
            return;
        }
        let slots = &self.slots;
        self.logging_in.retain(|&(slot, serial)| {
            slots[slot]
                .as_ref()
                .is_some_and(|open| open.serial == serial && open.login != Login::Idle)
        });
        self.logging_in_kept = self.logging_in.len();
    }

    /// Ends the closed sessions whose lingering is over.
    fn end_lingering(&mut self) {
        while let Some(&(slot, serial, line, time)) = self.closing.front() {
            let over =
                self.line - line > LINGER_LINES || (time != i64::MIN && self.now - time > LINGER);
            if !over {
                return;
            }
            self.closing.pop_front();
            if self.slots[slot]
                .as_ref()
                .is_some_and(|open| open.serial == serial)
            {
                self.end(slot, Ending::Closed);
            }
        }
    }

    /// Ends the sessions still open, and reads a last line that had no line ending: the log
    /// has ended.
    pub fn finish(&mut self) {
        if !self.partial.is_empty() {
            let line = core::mem::take(&mut self.partial);
            self.push_bytes(&line);
        }
        self.closing.clear();
        for slot in 0..self.slots.len() {
            self.end(slot, Ending::Open);
        }
    }

    /// The next session that has ended, in the order they ended.
    pub fn next_session(&mut self) -> Option<Session> {
        self.done.pop_front()
    }

    /// How many sessions are open.
    pub fn open_sessions(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// How many lines have been given, and how many of them the format read (the others are
    /// not the server's lines of a session, such as other daemons' lines in a syslog file).
    pub const fn lines(&self) -> (usize, usize) {
        (self.line, self.read)
    }

    /// The open session a line from a process not yet seen belongs to: vsftpd logs a
    /// session's login outcome from its privileged process, and serves the user from a new
    /// one. It is the session of the same client (and user) that is logging in, the one
    /// accepted first, then the one whose key is nearest.
    fn joined(&self, record: &crate::server::record::Record<'_>) -> Option<usize> {
        if !self.reader.forks() {
            return None;
        }
        let candidates = self.logging_in.iter().filter_map(|&(slot, serial)| {
            let open = self.slots[slot].as_ref()?;
            (open.serial == serial
                && open.login != Login::Idle
                && open.is_of(record.client, record.user))
            .then_some((slot, open))
        });
        candidates
            .min_by_key(|(_, open)| {
                let distance = open.keys.iter().map(|key| key.abs_diff(record.key)).min();
                (core::cmp::Reverse(open.login), distance)
            })
            .map(|(slot, _)| slot)
    }

    fn open(&mut self, key: u64, line: usize) -> usize {
        if self.open_sessions() >= MAX_OPEN {
            self.crowd();
        }
        self.opened += 1;
        let open = Some(Open::new(key, line, self.opened));
        let slot = match self.free.pop() {
            Some(slot) => {
                self.slots[slot] = open;
                slot
            }
            None => {
                self.slots.push(open);
                self.slots.len() - 1
            }
        };
        self.keys.insert(key, slot);
        slot
    }

    fn end(&mut self, slot: usize, ending: Ending) {
        let Some(open) = self.slots.get_mut(slot).and_then(Option::take) else {
            return;
        };
        let ending = if open.closed { Ending::Closed } else { ending };
        for key in &open.keys {
            if self.keys.get(key) == Some(&slot) {
                self.keys.remove(key);
            }
        }
        self.free.push(slot);
        self.done.push_back(open.finish(ending));
    }

    /// Moves the log's clock to `time`, and once a minute ends the sessions quiet for an hour.
    fn tick(&mut self, time: Stamp) {
        if self.clock == Some(time) {
            return;
        }
        self.clock = Some(time);
        let now = time.seconds();
        if now <= self.now {
            return;
        }
        self.now = now;
        if now.saturating_sub(self.swept) < 60 {
            return;
        }
        self.swept = now;
        for slot in 0..self.slots.len() {
            let quiet = self.slots[slot]
                .as_ref()
                .and_then(|open| open.seen)
                .is_some_and(|seen| now - seen.seconds() > QUIET);
            if quiet {
                self.end(slot, Ending::Quiet);
            }
        }
    }

    /// Ends the eighth of the open sessions seen least recently.
    fn crowd(&mut self) {
        let mut seen: Vec<(Option<Stamp>, usize, usize)> = self
            .slots
            .iter()
            .enumerate()
            .filter_map(|(slot, open)| {
                Some((open.as_ref()?.seen, open.as_ref()?.last_line(), slot))
            })
            .collect();
        seen.sort_unstable();
        for &(_, _, slot) in seen.iter().take(MAX_OPEN / 8) {
            self.end(slot, Ending::Crowded);
        }
    }
}

impl core::fmt::Debug for ServerLog {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ServerLog")
            .field("format", &self.format())
            .field("line", &self.line)
            .field("open_sessions", &self.open_sessions())
            .finish_non_exhaustive()
    }
}

/// Keys are process ids and session numbers, or already hashes: mixing them once is enough.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(byte)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u64(&mut self, key: u64) {
        self.0 = (key ^ (key >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}
