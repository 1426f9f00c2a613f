//! Reading a server's log: [`ServerLog`] and [`Summary`] against a `memchr` split of the same
//! bytes into lines, on two logs in vsftpd's format:
//!
//! - *recorded sessions*: the sessions of `tests/sessions/`, written as vsftpd writes its
//!   protocol log, 64 open at once; each of them has refusals (wrong passwords, commands
//!   refused), so every session fails and is read by the rules: the worst case;
//! - *load run*: the log vsftpd wrote in the load run of `tests/logs/server/load/` (40
//!   sessions, one in six planted to fail), over and over, each copy later in time and under
//!   other process ids.
//!
//! Criterion measures both on 64 MiB in memory. Then, unless run with `--test`, a
//! round-robin pass reads a log of 1 GiB from a file in 1 MiB pieces, as `ftpcode diagnose`
//! does (sessions diagnosed on a second thread: `ServerLog::read_to_end`), and reports each
//! one's throughput, the ratio of the two, round by round, and the process's peak resident
//! memory.

use std::fs::{self, File};
use std::hint::black_box;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group};
use ftp_diagnose::{Format, ServerLog, Summary};

#[path = "../../benches/round_robin/mod.rs"]
mod round_robin;

/// The recorded sessions, as the real servers answered the real-server tests.
const SESSIONS: [&str; 5] = [
    include_str!("../../tests/sessions/vsftpd.session"),
    include_str!("../../tests/sessions/proftpd.session"),
    include_str!("../../tests/sessions/pure-ftpd.session"),
    include_str!("../../tests/sessions/gnu-inetutils-ftpd.session"),
    include_str!("../../tests/sessions/pyftpdlib.session"),
];

/// How many sessions are open at once in the log.
const OPEN: usize = 64;
/// The size of the log on file.
const LARGE: u64 = 1 << 30;

/// Writes at least `size` bytes of log: the recorded sessions over and over, each under a
/// process id and a client address of its own, 64 open at once, their lines interleaved
/// one by one, a second passing every 64 lines.
fn write_log(out: &mut dyn Write, size: u64) -> io::Result<()> {
    let scripts: Vec<Vec<(bool, &str)>> = SESSIONS
        .iter()
        .map(|session| {
            session
                .lines()
                .filter_map(|line| match line.split_at_checked(3) {
                    Some(("C: ", command)) => Some((true, command)),
                    Some(("S: ", reply)) => Some((false, reply)),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let mut written = 0_u64;
    let mut started = 0_usize;
    let mut second = 0_u64;
    let mut lines = 0_u64;
    // Each open session: its number and how far it has come (0: not yet connected).
    let mut open: Vec<(usize, usize)> = (0..OPEN).map(|_| (0, 0)).collect();
    for slot in &mut open {
        *slot = (started, 0);
        started += 1;
    }
    while written < size {
        for slot in &mut open {
            let (number, step) = *slot;
            let script = &scripts[number % scripts.len()];
            let pid = 10_000 + number;
            let client = format!(
                "10.{}.{}.{}",
                number >> 16 & 255,
                number >> 8 & 255,
                number & 255
            );
            let time = stamp(second);
            let line = match step {
                0 => format!("{time} [pid {pid}] CONNECT: Client \"{client}\"\n"),
                _ => match script[step - 1] {
                    (true, command) => format!(
                        "{time} [pid {pid}] [ftpreply] FTP command: Client \"{client}\", \"{command}\"\n"
                    ),
                    (false, reply) => format!(
                        "{time} [pid {pid}] [ftpreply] FTP response: Client \"{client}\", \"{reply}\"\n"
                    ),
                },
            };
            out.write_all(line.as_bytes())?;
            written += line.len() as u64;
            lines += 1;
            if lines % OPEN as u64 == 0 {
                second += 1;
            }
            *slot = if step == script.len() {
                started += 1;
                (started - 1, 0)
            } else {
                (number, step + 1)
            };
        }
    }
    Ok(())
}

/// The log vsftpd wrote in the recorded load run.
const LOAD_RUN: &str = include_str!("../tests/logs/server/load/vsftpd/vsftpd.log");

/// Writes at least `size` bytes of the load run's log, copy after copy, each copy's times
/// moved past the last one's and its process ids moved by a hundred thousand.
fn write_load_run(out: &mut dyn Write, size: u64) -> io::Result<()> {
    // Each line's second of the day (vsftpd's date is `Thu Dec  3 18:47:21 2026`), process
    // id and message.
    let lines: Vec<(u64, u64, &str)> = LOAD_RUN
        .lines()
        .filter_map(|line| {
            let clock = line.get(11..19)?;
            let second = clock
                .split(':')
                .try_fold(0, |sum, part| Some(sum * 60 + part.parse::<u64>().ok()?))?;
            let (pid, message) = line.get(30..)?.split_once("] ")?;
            Some((second, pid.parse().ok()?, message))
        })
        .collect();
    let first = lines.first().map_or(0, |line| line.0);
    let span = lines.last().map_or(0, |line| line.0) - first + 1;
    let mut written = 0;
    for copy in 0.. {
        for &(second, pid, message) in &lines {
            let line = format!(
                "{} [pid {}] {message}\n",
                stamp(second - first + copy * span),
                pid + copy * 100_000
            );
            out.write_all(line.as_bytes())?;
            written += line.len() as u64;
        }
        if written >= size {
            return Ok(());
        }
    }
    Ok(())
}

/// vsftpd's date for `second` seconds after 2026-12-03 00:00:00.
fn stamp(second: u64) -> String {
    let day = 3 + second / 86_400;
    let (hour, minute, second) = (second / 3600 % 24, second / 60 % 60, second % 60);
    format!("Thu Dec {day:2} {hour:02}:{minute:02}:{second:02} 2026")
}

/// Counts lines as a reader that visits each line and does nothing else.
fn split_lines(log: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', log).count()
}

/// Reads `input` into sessions, diagnosed on a second thread, and their summary, as
/// `ftpcode diagnose` does; returns the failed sessions and the most sessions open at once.
fn read_sessions(input: impl Read) -> (u64, usize) {
    let mut log = ServerLog::new(Format::Vsftpd);
    let mut summary = Summary::default();
    let mut open = 0;
    log.read_to_end(
        input,
        &mut summary,
        |_| {},
        |_, log| {
            open = open.max(log.open_sessions());
        },
    )
    .expect("reading the log");
    (summary.failed(), open)
}

/// How a log is written: at least so many bytes.
type Writer = fn(&mut dyn Write, u64) -> io::Result<()>;

/// The two logs: their names, and how each is written.
const LOGS: [(&str, Writer); 2] = [
    ("recorded sessions", write_log),
    ("load run", write_load_run),
];

fn benches(c: &mut Criterion) {
    for (name, write) in LOGS {
        let mut log = Vec::new();
        write(&mut log, 64 << 20).expect("a log in memory");
        let mut group = c.benchmark_group(format!("server log, {name}"));
        group.throughput(Throughput::Bytes(log.len() as u64));
        group.sample_size(10);
        group.bench_function("baseline: memchr line split", |b| {
            b.iter(|| split_lines(black_box(&log)))
        });
        group.bench_function("ServerLog::read_to_end and Summary", |b| {
            b.iter(|| read_sessions(black_box(&log[..])))
        });
        group.finish();
    }
}

/// A log of 1 GiB on file, written once.
fn large_log(name: &str, write: Writer) -> io::Result<PathBuf> {
    let file = format!("server-log-1g-{}.log", name.replace(' ', "-"));
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(file);
    if fs::metadata(&path).is_ok_and(|metadata| metadata.len() >= LARGE) {
        return Ok(path);
    }
    let mut out = BufWriter::new(File::create(&path)?);
    write(&mut out, LARGE)?;
    out.flush()?;
    Ok(path)
}

/// The file read in 1 MiB pieces, each given to `each`.
fn read_file(path: &Path, each: &mut dyn FnMut(&[u8])) {
    let mut file = File::open(path).expect("the large log");
    let mut piece = vec![0; 1 << 20];
    loop {
        match file.read(&mut piece).expect("read") {
            0 => return,
            read => each(&piece[..read]),
        }
    }
}

/// The process's peak resident memory, from Linux's `/proc/self/status`.
fn peak_resident_kib() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A log of 1 GiB read round-robin: the split, then the sessions, five rounds.
fn large(name: &str, write: Writer) {
    const ROUNDS: usize = 5;
    let path = large_log(name, write).expect("writing the large log");
    let size = fs::metadata(&path).expect("the large log").len();
    let before = peak_resident_kib();
    let split = || {
        let mut lines = 0;
        read_file(&path, &mut |piece| lines += split_lines(piece));
        black_box(lines);
    };
    let sessions = || {
        black_box(read_sessions(File::open(&path).expect("the large log")));
    };
    let times = round_robin::time_rounds(ROUNDS, 1, &[&split, &sessions]);
    let mib = size as f64 / f64::from(1 << 20);
    println!("server log, {name}: {mib:.0} MiB on file, read in 1 MiB pieces, {ROUNDS} rounds:");
    let cases = [
        "baseline: memchr line split",
        "ServerLog::read_to_end, Summary",
    ];
    for (index, case) in cases.iter().enumerate() {
        let seconds = round_robin::median_time(&times, index);
        println!("  {case:32} {:8.1} MiB/s  ({seconds:.2} s)", mib / seconds);
    }
    let ratio = round_robin::ratio(&times, 0, 1);
    println!("  ServerLog::read_to_end, Summary against the split: {ratio}");
    let (failed, open) = read_sessions(File::open(&path).expect("the large log"));
    println!("  {failed} failed sessions, at most {open} open at once");
    if let (Some(before), Some(after)) = (before, peak_resident_kib()) {
        println!(
            "  peak resident memory of the process so far: {} MiB ({} MiB before the pass)",
            after >> 10,
            before >> 10
        );
    }
}

criterion_group!(server_log, benches);

fn main() {
    // The peak memory is the passes' own only when they run first.
    if !std::env::args().any(|arg| arg == "--test") {
        for (name, write) in LOGS {
            large(name, write);
        }
    }
    server_log();
    Criterion::default().configure_from_args().final_summary();
}
