//! `ftpcode diagnose`: a pasted log read, and the causes of its trouble explained.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use ftp_diagnose::{Certainty, Client, Event, EventKind, Exchange, Finding, Format, Log};
use ftp_reply::Judgement;
use serde_json::{Value, json};

use crate::text;

/// The most a log may hold. Logs people paste are kilobytes; a client's debug log of a long
/// session may reach megabytes.
const MAX_LOG: u64 = 16 * 1024 * 1024;

/// The most lines of evidence printed for one finding; `--json` gives them all.
const EVIDENCE: usize = 12;

/// How much of the input is read to tell a server's log from a client's.
const HEAD: u64 = 64 * 1024;

/// Exit status when the input is not a log that can be read.
const NOT_A_LOG: u8 = 2;

/// Reads a log from `input`, of `size` bytes when known, and writes its findings: exit
/// status 0 when nothing went wrong, 1 with findings, 2 when the input is not an FTP log or
/// is too large. A server's log is read as a stream of sessions, whatever its size
/// ([`server_log`](crate::server_log)); a client's is read whole.
pub(crate) fn diagnose(
    out: &mut impl Write,
    mut input: impl Read,
    size: Option<u64>,
    as_json: bool,
) -> io::Result<ExitCode> {
    let mut bytes = Vec::new();
    (&mut input).take(HEAD).read_to_end(&mut bytes)?;
    if let Some(format) = Format::detect(String::from_utf8_lossy(&bytes).lines()) {
        return crate::server_log::diagnose(out, format, &bytes, input, size, as_json);
    }
    input.take(MAX_LOG + 1 - HEAD).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_LOG {
        eprintln!(
            "ftpcode: the log is larger than {} MiB; give the part around the failure",
            MAX_LOG >> 20
        );
        return Ok(ExitCode::from(NOT_A_LOG));
    }
    // A log may hold file names in any encoding; they are read as U+FFFD.
    let text = String::from_utf8_lossy(&bytes);
    let log = match Log::read(&text) {
        Ok(log) => log,
        Err(error) => {
            eprintln!("ftpcode: {error}");
            return Ok(ExitCode::from(NOT_A_LOG));
        }
    };
    let findings = log.findings();
    if as_json {
        writeln!(out, "{:#}", log_json(&log, &findings))?;
    } else {
        write_text(out, &log, &findings)?;
    }
    Ok(if findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The findings for a person: each cause with the log's lines that show it, what it means
/// and how to fix it.
fn write_text(out: &mut impl Write, log: &Log, findings: &[Finding]) -> io::Result<()> {
    let exchanges = log.exchanges();
    let commands = exchanges
        .iter()
        .filter(|exchange| exchange.command_text().is_some())
        .count();
    let client = log
        .client()
        .map_or(String::new(), |client| format!(" of {}", client.name()));
    writeln!(
        out,
        "Read as a log{client}: {commands} commands, {} replies.",
        exchanges
            .iter()
            .map(|exchange| exchange.replies().count())
            .sum::<usize>()
    )?;
    let lacks = log.lacks();
    if findings.is_empty() && lacks.is_empty() {
        writeln!(
            out,
            "\nNothing wrong found: every reply is one its command can get, and the log shows \
             no failed connection, TLS error or refusal."
        )?;
        return Ok(());
    }
    if findings.is_empty() {
        writeln!(out, "\nNo cause found in what the log shows.")?;
    }
    for (rank, finding) in findings.iter().enumerate() {
        let cause = finding.cause();
        writeln!(
            out,
            "\n{}. {} [{}] ({})",
            rank + 1,
            cause.title(),
            cause.id(),
            match finding.certainty() {
                Certainty::Stated => "stated in the log",
                _ => "inferred from the log",
            }
        )?;
        let (shown, more) = finding
            .lines()
            .split_at(finding.lines().len().min(EVIDENCE));
        for &line in shown {
            if let Some(event) = event_at(log, line) {
                writeln!(out, "   {line:>5} | {}", clipped(&describe(event)))?;
            }
        }
        if !more.is_empty() {
            writeln!(out, "         | and {} more lines", more.len())?;
        }
        if let Some(detail) = finding.detail() {
            text::wrapped(out, detail, "   ", "   ")?;
        }
        for (heading, paragraph) in [
            ("What it means", cause.explanation()),
            ("What you can do", cause.fix_user()),
            ("For the client's author", cause.fix_client()),
            ("For the server's administrator", cause.fix_server()),
        ] {
            writeln!(out, "\n   {heading}:")?;
            text::wrapped(out, paragraph, "     ", "     ")?;
        }
    }
    if !lacks.is_empty() {
        let missing: Vec<&str> = lacks.iter().map(|lack| lack.label()).collect();
        let advice = format!(
            "The log lacks {}. {}",
            missing.join(" and "),
            log.better_log()
        );
        writeln!(out)?;
        text::wrapped(out, &advice, "", "")?;
    }
    Ok(())
}

/// The event that starts at `line`; events are in the order of their lines.
fn event_at(log: &Log, line: usize) -> Option<&Event> {
    let events = log.events();
    let at = events.binary_search_by_key(&line, Event::line).ok()?;
    events.get(at)
}

/// What the log shows at an event: a command (a password hidden), a reply's first line, a
/// line from the server, a note. Evidence is quoted from the events, never from the raw
/// text, so that a password never comes back.
fn describe(event: &Event) -> String {
    match event.kind() {
        EventKind::Command(command) => format!("> {command}"),
        EventKind::Reply(reply) => {
            let reply = reply.as_reply();
            let first = String::from_utf8_lossy(reply.first_line());
            format!("< {} {first}", reply.code())
        }
        EventKind::ServerText(text) => format!("< {text}"),
        EventKind::Note(note) => format!("  {note}"),
        _ => String::new(),
    }
}

/// A line cut to fit a terminal.
fn clipped(line: &str) -> String {
    const MAX: usize = 100;
    match line.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_string(),
    }
}

/// `{"format", "exchanges", "findings"}`: see the README.
fn log_json(log: &Log, findings: &[Finding]) -> Value {
    json!({
        "client": log.client().map(Client::name),
        "lacks": log.lacks().iter().map(|lack| lack.label()).collect::<Vec<_>>(),
        "better_log": log.better_log(),
        "exchanges": log.exchanges().iter().map(exchange_json).collect::<Vec<_>>(),
        "findings": findings.iter().map(finding_json).collect::<Vec<_>>(),
    })
}

fn exchange_json(exchange: &Exchange<'_>) -> Value {
    let command = exchange.command();
    let replies: Vec<Value> = exchange
        .reply_events()
        .iter()
        .map(|event| {
            let mut reply = json!({"line": event.line(), "last_line": event.last_line()});
            match event.kind() {
                EventKind::Reply(owned) => {
                    let judgement = match (exchange.command_text(), command) {
                        (None, _) => Some(Judgement::of_greeting(owned.code())),
                        (Some(_), Some(command)) => Some(command.judge(owned.code())),
                        (Some(_), None) => None,
                    };
                    reply["code"] = json!(owned.code().as_u16());
                    reply["text"] = json!(owned.as_reply().text().to_string());
                    reply["verdict"] =
                        json!(judgement.map(|judgement| judgement.verdict().title()));
                }
                EventKind::ServerText(text) => reply["server_text"] = json!(text),
                _ => {}
            }
            reply
        })
        .collect();
    json!({
        "command": exchange.command_text(),
        "line": exchange.command_event().map(Event::line),
        "replies": replies,
    })
}

pub(crate) fn finding_json(finding: &Finding) -> Value {
    let cause = finding.cause();
    json!({
        "cause": cause.id(),
        "certainty": finding.certainty().label(),
        "title": cause.title(),
        "lines": finding.lines(),
        "codes": finding.codes().iter().map(|code| code.as_u16()).collect::<Vec<_>>(),
        "detail": finding.detail(),
        "explanation": cause.explanation(),
        "fix": {
            "user": cause.fix_user(),
            "client_author": cause.fix_client(),
            "server_admin": cause.fix_server(),
        },
    })
}
