//! Reading a server's log: [`ServerLog`] and [`Summary`] over a log made from the recorded
//! sessions of `tests/sessions/`, written as vsftpd writes its protocol log with 64
//! sessions interleaved, against a `memchr` split of the same bytes into lines.
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
fn write_log(out: &mut impl Write, size: u64) -> io::Result<()> {
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

fn benches(c: &mut Criterion) {
    let mut log = Vec::new();
    write_log(&mut log, 64 << 20).expect("a log in memory");
    let mut group = c.benchmark_group("server log");
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

/// The log of 1 GiB on file, written once.
fn large_log() -> io::Result<PathBuf> {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("server-log-1g.log");
    if fs::metadata(&path).is_ok_and(|metadata| metadata.len() >= LARGE) {
        return Ok(path);
    }
    let mut out = BufWriter::new(File::create(&path)?);
    write_log(&mut out, LARGE)?;
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

/// The 1 GiB log read round-robin: the split, then the sessions, three rounds.
fn large() {
    const ROUNDS: usize = 3;
    let path = large_log().expect("writing the large log");
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
    println!("server log of {mib:.0} MiB on file, read in 1 MiB pieces, {ROUNDS} rounds:");
    for (index, case) in ["baseline: memchr line split", "ServerLog and Summary"]
        .iter()
        .enumerate()
    {
        let seconds = round_robin::median_time(&times, index);
        println!("  {case:30} {:8.1} MiB/s  ({seconds:.2} s)", mib / seconds);
    }
    println!(
        "  ServerLog and Summary against the split: {}",
        round_robin::ratio(&times, 0, 1)
    );
    if let (Some(before), Some(after)) = (before, peak_resident_kib()) {
        println!(
            "  peak resident memory of the process: {} MiB ({} MiB before the pass)",
            after >> 10,
            before >> 10
        );
    }
}

criterion_group!(server_log, benches);

fn main() {
    // The peak memory is the pass's own only when it runs first.
    if !std::env::args().any(|arg| arg == "--test") {
        large();
    }
    server_log();
    Criterion::default().configure_from_args().final_summary();
}
