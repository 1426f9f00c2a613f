//! `ftpcode diagnose` on a server's log: read as a stream into sessions, and summed up for
//! the administrator.

use std::io::{self, IsTerminal, Read, Write};
use std::process::ExitCode;

use ftp_diagnose::{Format, ServerLog, Session, Stamp, Summary};
use serde_json::{Value, json};

use crate::diagnose::finding_json;
use crate::text;

/// How many rows each table of the summary shows; `--json` gives as many.
const ROWS: usize = 10;
/// Logs at least this large show their progress on a terminal.
const LARGE: u64 = 64 << 20;

/// Reads a server's log, `head` first and then the rest of `input`, and writes the summary:
/// exit status 1 when a session failed, 0 when none did.
pub(crate) fn diagnose(
    out: &mut impl Write,
    format: Format,
    head: &[u8],
    input: impl Read,
    size: Option<u64>,
    as_json: bool,
) -> io::Result<ExitCode> {
    let mut log = ServerLog::new(format);
    let mut summary = Summary::default();
    let mut progress = Progress::new(size);
    let mut sessions = SessionsJson::new(as_json);
    let mut written = Ok(());
    log.read_to_end(
        head.chain(input),
        &mut summary,
        |session| {
            if written.is_ok() {
                written = sessions.write(out, session);
            }
        },
        |read, log| progress.advance(read, log),
    )?;
    written?;
    progress.clear();
    if as_json {
        sessions.end(out, &log, &summary)?;
    } else {
        write_text(out, &log, &summary)?;
    }
    Ok(if summary.failed() > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The summary for a person.
fn write_text(out: &mut impl Write, log: &ServerLog, summary: &Summary) -> io::Result<()> {
    let (lines, read) = log.lines();
    writeln!(
        out,
        "Read as {}: {lines} lines, {read} of them about sessions; {} sessions, {} failed.",
        log.format(),
        summary.sessions(),
        summary.failed()
    )?;
    if log.cut_lines() > 0 {
        writeln!(
            out,
            "{} lines longer than 64 KiB were read cut.",
            log.cut_lines()
        )?;
    }
    if !summary.causes().is_empty() {
        writeln!(
            out,
            "\nFailed sessions by cause (a session may show several):"
        )?;
        for count in summary.causes() {
            let example = count.example();
            writeln!(
                out,
                "{:>8}  {} [{}]\n          e.g. {}lines {}-{}{}",
                count.sessions(),
                count.cause().title(),
                count.cause().id(),
                example
                    .client()
                    .map_or(String::new(), |client| format!("{client}, ")),
                example.first_line(),
                example.last_line(),
                example
                    .start()
                    .map_or(String::new(), |start| format!(", {start}")),
            )?;
        }
    }
    let guessers = summary.failed_logins_by_address(ROWS);
    if !guessers.is_empty() {
        writeln!(out)?;
        text::wrapped(
            out,
            "Client addresses with the most failed logins (many attempts, or many user names, \
             from one address suggest password guessing):",
            "",
            "",
        )?;
        writeln!(
            out,
            "   {:<39} {:>8} {:>8} {:>6}  first and last",
            "address", "attempts", "sessions", "users"
        )?;
        for address in guessers {
            let span = span(address.first(), address.last());
            writeln!(
                out,
                "   {:<39} {:>8} {:>8} {:>6}  {span}",
                address.address(),
                address.attempts(),
                address.sessions(),
                address.users().len()
            )?;
            let users: Vec<&str> = address.users().take(8).collect();
            let more = address.users().len().saturating_sub(users.len());
            let more = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            text::wrapped(
                out,
                &format!("user names: {}{more}", users.join(", ")),
                "      ",
                "        ",
            )?;
        }
        if summary.failed_logins_elsewhere() > 0 {
            writeln!(
                out,
                "   and {} failed logins from addresses past the first 100,000",
                summary.failed_logins_elsewhere()
            )?;
        }
    }
    for (title, rows) in [
        (
            "Commands refused most in failed sessions",
            summary.failing_commands(ROWS),
        ),
        (
            "Paths refused most in failed sessions",
            summary.failing_paths(ROWS),
        ),
    ] {
        if !rows.is_empty() {
            writeln!(out, "\n{title}:")?;
            for (name, count) in rows {
                writeln!(out, "{count:>8}  {}", name.escape_debug())?;
            }
        }
    }
    let hours: Vec<_> = summary.by_hour().collect();
    if hours.iter().any(|&(_, _, failed)| failed > 0) {
        writeln!(out, "\nSessions by the hour they started:")?;
        let most = hours
            .iter()
            .map(|&(_, _, failed)| failed)
            .max()
            .unwrap_or(1)
            .max(1);
        for (hour, all, failed) in hours {
            let bar = "#".repeat(((failed * 40).div_ceil(most)) as usize);
            let hour = hour.to_string();
            let hour = hour.strip_suffix(":00").unwrap_or(&hour);
            writeln!(
                out,
                "   {hour}  {all:>8} sessions {failed:>8} failed  {bar}"
            )?;
        }
    }
    for count in summary.causes() {
        let cause = count.cause();
        writeln!(out, "\n{} [{}]", cause.title(), cause.id())?;
        text::wrapped(out, cause.explanation(), "   ", "   ")?;
        writeln!(out, "   For the server's administrator:")?;
        text::wrapped(out, cause.fix_server(), "     ", "     ")?;
    }
    Ok(())
}

/// `2026-12-03 18:16:42 to 18:16:48`: the second date left out when it is the first's.
fn span(first: Option<Stamp>, last: Option<Stamp>) -> String {
    let (Some(first), Some(last)) = (first, last) else {
        return String::new();
    };
    let (first, last) = (first.to_string(), last.to_string());
    match (first.rsplit_once(' '), last.rsplit_once(' ')) {
        (Some((day, _)), Some((last_day, time))) if day == last_day => format!("{first} to {time}"),
        _ => format!("{first} to {last}"),
    }
}

/// `--json`: the failed sessions, written as they end, then the summary.
struct SessionsJson {
    on: bool,
    written: usize,
}

impl SessionsJson {
    fn new(on: bool) -> SessionsJson {
        SessionsJson { on, written: 0 }
    }

    /// Writes a failed session.
    fn write(&mut self, out: &mut impl Write, session: &Session) -> io::Result<()> {
        if !self.on {
            return Ok(());
        }
        let separator = if self.written == 0 {
            "{\"failed_sessions\": [\n"
        } else {
            ",\n"
        };
        self.written += 1;
        write!(out, "{separator}{}", session_json(session))
    }

    fn end(&self, out: &mut impl Write, log: &ServerLog, summary: &Summary) -> io::Result<()> {
        if self.written == 0 {
            write!(out, "{{\"failed_sessions\": [")?;
        }
        let (lines, read) = log.lines();
        let rest = json!({
            "format": log.format(),
            "lines": lines,
            "lines_read": read,
            "cut_lines": log.cut_lines(),
            "summary": summary_json(summary),
        });
        let rest = serde_json::to_string(&rest).map_err(io::Error::other)?;
        // The summary's fields follow the sessions in the same object.
        writeln!(out, "\n], {}", rest.strip_prefix('{').unwrap_or(&rest))
    }
}

fn session_json(session: &Session) -> Value {
    json!({
        "client": session.client(),
        "user": session.user(),
        "first_line": session.first_line(),
        "last_line": session.last_line(),
        "start": session.start().map(|stamp| stamp.to_string()),
        "end": session.end().map(|stamp| stamp.to_string()),
        "ending": session.ending(),
        "failed_logins": session.failed_login_count(),
        "findings": session.findings().iter().map(finding_json).collect::<Vec<_>>(),
    })
}

fn summary_json(summary: &Summary) -> Value {
    let rows = |rows: Vec<(&str, u64)>| {
        rows.into_iter()
            .map(|(name, count)| json!({"name": name, "count": count}))
            .collect::<Vec<_>>()
    };
    json!({
        "sessions": summary.sessions(),
        "failed": summary.failed(),
        "causes": summary.causes().iter().map(|count| {
            let example = count.example();
            json!({
                "cause": count.cause().id(),
                "title": count.cause().title(),
                "sessions": count.sessions(),
                "example": {
                    "client": example.client(),
                    "first_line": example.first_line(),
                    "last_line": example.last_line(),
                    "start": example.start().map(|stamp| stamp.to_string()),
                },
                "fix_server": count.cause().fix_server(),
            })
        }).collect::<Vec<_>>(),
        "failed_logins_by_address": summary.failed_logins_by_address(usize::MAX).iter().take(1000).map(|address| json!({
            "address": address.address(),
            "attempts": address.attempts(),
            "sessions": address.sessions(),
            "users": address.users().collect::<Vec<_>>(),
            "first": address.first().map(|stamp| stamp.to_string()),
            "last": address.last().map(|stamp| stamp.to_string()),
        })).collect::<Vec<_>>(),
        "failed_logins_elsewhere": summary.failed_logins_elsewhere(),
        "failing_commands": rows(summary.failing_commands(100)),
        "failing_paths": rows(summary.failing_paths(100)),
        "by_hour": summary.by_hour().map(|(hour, all, failed)| json!({
            "hour": hour.to_string(), "sessions": all, "failed": failed,
        })).collect::<Vec<_>>(),
    })
}

/// A progress line on a terminal, for a large log.
struct Progress {
    on: bool,
    size: Option<u64>,
    read: u64,
    shown: u64,
}

impl Progress {
    fn new(size: Option<u64>) -> Progress {
        Progress {
            on: io::stderr().is_terminal(),
            size,
            read: 0,
            shown: 0,
        }
    }

    fn advance(&mut self, read: u64, log: &ServerLog) {
        self.read = read;
        let large = self.size.map_or(self.read >= LARGE, |size| size >= LARGE);
        if !self.on || !large || self.read - self.shown < 16 << 20 {
            return;
        }
        self.shown = self.read;
        let of = match self.size {
            Some(size) if size > 0 => {
                format!(" of {} MiB ({}%)", size >> 20, self.read * 100 / size)
            }
            _ => String::new(),
        };
        eprint!(
            "\rftpcode: read {} MiB{of}, {} lines, {} sessions open ",
            self.read >> 20,
            log.lines().0,
            log.open_sessions()
        );
    }

    fn clear(&self) {
        if self.shown > 0 {
            eprint!("\r\x1b[2K");
        }
    }
}
