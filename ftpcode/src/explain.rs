//! Explaining codes, socket errors, commands and pairs of codes, as text or JSON.

use std::io::{self, Write};
use std::process::ExitCode;

use ftp_diagnose::SocketError;
use ftp_reply::{CodeInfo, Command, KnownCode, ReplyCode};
use serde_json::Value;

use crate::text::{field, section, wrapped};

/// Explains each input: a code, a whole reply line, or a Windows socket error number.
/// Malformed input gets a one-line error on stderr, and exit status 2.
pub(crate) fn inputs(
    out: &mut impl Write,
    inputs: &[String],
    as_json: bool,
    with_sources: bool,
) -> io::Result<ExitCode> {
    let mut status = ExitCode::SUCCESS;
    let mut first = true;
    let mut separate = |out: &mut dyn Write| -> io::Result<()> {
        if !std::mem::replace(&mut first, false) {
            writeln!(out)?;
        }
        Ok(())
    };
    for input in inputs {
        let input = input.trim();
        if let Some(error) = input.parse().ok().and_then(SocketError::from_number) {
            if !as_json {
                separate(out)?;
            }
            socket_error(out, error, as_json)?;
            continue;
        }
        // A whole reply line: the code, then the server's own text.
        let (digits, server_text) = match input.split_once([' ', '-']) {
            Some((digits, text)) if digits.len() == 3 => (digits, Some(text.trim())),
            _ => (input, None),
        };
        let code = match digits.parse::<ReplyCode>() {
            Ok(code) => code,
            Err(error) => {
                eprintln!("ftpcode: {input:?} is not a reply code: {error}");
                status = ExitCode::from(2);
                continue;
            }
        };
        if as_json {
            writeln!(out, "{}", code_json(code)?)?;
            continue;
        }
        separate(out)?;
        if let Some(text) = server_text {
            writeln!(out, "The server said: {code} {text}\n")?;
        }
        match code.info() {
            Some(info) => code_text(out, info, with_sources)?,
            None => unknown_text(out, code)?,
        }
    }
    Ok(status)
}

/// Every code of the catalogue.
pub(crate) fn all(out: &mut impl Write, as_json: bool, with_sources: bool) -> io::Result<ExitCode> {
    if as_json {
        let records: Vec<&CodeInfo> = KnownCode::ALL.iter().map(|code| code.info()).collect();
        serde_json::to_writer_pretty(&mut *out, &records)?;
        writeln!(out)?;
    } else {
        for (index, code) in KnownCode::ALL.iter().enumerate() {
            if index > 0 {
                writeln!(out)?;
            }
            code_text(out, code.info(), with_sources)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A code's record as JSON. A code the catalogue does not know gets the same fields, its
/// digits' classification filled in and the rest empty, so tools read one shape.
fn code_json(code: ReplyCode) -> io::Result<Value> {
    if let Some(info) = code.info() {
        return Ok(serde_json::to_value(info)?);
    }
    let Value::Object(mut record) = serde_json::to_value(KnownCode::ALL[0].info())? else {
        unreachable!("a record serializes as an object");
    };
    for value in record.values_mut() {
        *value = match value {
            Value::Array(_) => Value::Array(Vec::new()),
            _ => Value::Null,
        };
    }
    record.insert("code".into(), serde_json::to_value(code)?);
    record.insert("category".into(), serde_json::to_value(code.category())?);
    record.insert(
        "function_group".into(),
        serde_json::to_value(code.function_group())?,
    );
    Ok(Value::Object(record))
}

fn code_text(out: &mut impl Write, info: &CodeInfo, with_sources: bool) -> io::Result<()> {
    let code = info.code();
    writeln!(out, "{code} {}", info.canonical_text())?;
    writeln!(
        out,
        "{} ({}, {})",
        info.title(),
        info.name(),
        info.standing()
    )?;
    digits(out, code.as_reply_code())?;
    let texts = [
        ("Meaning", "meaning", info.meaning()),
        ("When you see it", "when_you_see_it", info.when_you_see_it()),
        ("How to fix", "how_to_fix", info.how_to_fix()),
    ];
    for (title, name, text) in texts {
        section(out, title, text)?;
        let sources = ftpcode::sources::sources(&format!("code {} {name}", code.as_u16()));
        if with_sources && !sources.is_empty() {
            let labels: Vec<&str> = sources.iter().map(|source| source.label).collect();
            writeln!(out)?;
            wrapped(out, &format!("Sources: {}", labels.join("; ")), "  ", "  ")?;
        }
    }
    writeln!(out)?;
    if !info.commands().is_empty() {
        let commands: Vec<&str> = info.commands().iter().map(|c| c.verb()).collect();
        field(out, "Commands", &commands.join(", "))?;
    }
    if !info.rfc().is_empty() {
        let references: Vec<String> = info.rfc().iter().map(ToString::to_string).collect();
        field(out, "RFC", &references.join("; "))?;
    }
    if !info.notes().is_empty() {
        writeln!(out, "Notes")?;
        for note in info.notes() {
            let text = format!("{}: {}", note.source(), note.text());
            wrapped(out, &text, "  - ", "    ")?;
        }
    }
    Ok(())
}

fn unknown_text(out: &mut impl Write, code: ReplyCode) -> io::Result<()> {
    writeln!(
        out,
        "{code} is not in the catalogue: an unknown code, explained by its digits"
    )?;
    digits(out, code)
}

/// The category and function group, each with what it means.
fn digits(out: &mut impl Write, code: ReplyCode) -> io::Result<()> {
    let [first, second, _] = code.digits();
    let category = code.category();
    writeln!(out)?;
    let text = format!("{first}yz {category}: {}", category.description());
    field(out, "Category", &text)?;
    let group = match code.function_group() {
        Some(group) => format!("x{second}z {group}: {}", group.description()),
        None => format!("x{second}z: RFC 959 assigns no function group to this digit."),
    };
    field(out, "Group", &group)?;
    field(out, "Next step", code.next_step())
}

fn socket_error(out: &mut impl Write, error: &SocketError, as_json: bool) -> io::Result<()> {
    if as_json {
        let mut record = serde_json::to_value(error)?;
        record["kind"] = "socket_error".into();
        return writeln!(out, "{record}");
    }
    writeln!(
        out,
        "{error}: a Windows socket error, not an FTP reply code"
    )?;
    writeln!(
        out,
        "No FTP server sends it; the client reports a problem with the connection itself."
    )?;
    section(out, "Meaning", error.meaning())?;
    section(out, "How to fix", error.how_to_fix())
}

/// A command's replies, in the words of RFC 959 §4.2, or its record as JSON.
pub(crate) fn command(out: &mut impl Write, verb: &str, as_json: bool) -> io::Result<ExitCode> {
    let Some(command) = Command::from_verb(verb.trim().as_bytes()) else {
        eprintln!("ftpcode: {verb:?} is not a command in the table");
        return Ok(ExitCode::from(2));
    };
    if as_json {
        writeln!(out, "{}", serde_json::to_value(command.info())?)?;
        return Ok(ExitCode::SUCCESS);
    }
    command_text(out, command)?;
    Ok(ExitCode::SUCCESS)
}

/// Every command of the table.
pub(crate) fn all_commands(out: &mut impl Write, as_json: bool) -> io::Result<ExitCode> {
    if as_json {
        let records: Vec<_> = Command::ALL.iter().map(|command| command.info()).collect();
        serde_json::to_writer_pretty(&mut *out, &records)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    for (index, &command) in Command::ALL.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        command_text(out, command)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn command_text(out: &mut impl Write, command: Command) -> io::Result<()> {
    writeln!(
        out,
        "{command}: {} ({})",
        command.title(),
        command.standing()
    )?;
    wrapped(out, command.summary(), "", "")?;
    writeln!(out)?;
    let mut sources: Vec<String> = command.rfc().iter().map(ToString::to_string).collect();
    sources.extend(command.documents().iter().map(ToString::to_string));
    field(out, "Sources", &sources.join("; "))?;
    let replies = command.replies();
    let list = |codes: &[KnownCode]| -> String {
        let named: Vec<String> = codes
            .iter()
            .map(|code| format!("{code} {}", code.name()))
            .collect();
        named.join(", ")
    };
    if !replies.preliminary().is_empty() {
        field(out, "Preliminary", &list(replies.preliminary()))?;
    }
    if !replies.completion().is_empty() {
        field(out, "Completion", &list(replies.completion()))?;
    }
    for step in replies.intermediate() {
        let next: Vec<&str> = step.next().iter().map(|command| command.verb()).collect();
        let text = format!(
            "{} {}: send {} next",
            step.code(),
            step.code().name(),
            next.join(" or ")
        );
        field(out, "Intermediate", &text)?;
    }
    if !replies.negative().is_empty() {
        field(out, "Negative", &list(replies.negative()))?;
    }
    for deviation in replies.deviations() {
        let code = deviation.code();
        let text = format!("{code} {}: {}", code.name(), deviation.note());
        field(out, "Deviation", &text)?;
    }
    Ok(())
}

/// Two codes side by side: categories, groups, next steps, sequences, what tells them apart,
/// meanings.
pub(crate) fn compare(out: &mut impl Write, first: &str, second: &str) -> io::Result<ExitCode> {
    let (Ok(first), Ok(second)) = (
        first.trim().parse::<KnownCode>(),
        second.trim().parse::<KnownCode>(),
    ) else {
        eprintln!("ftpcode: compare needs two codes from the catalogue, such as 450 550");
        return Ok(ExitCode::from(2));
    };
    let pair = first.compare(second);
    writeln!(
        out,
        "{first} {} vs {second} {}\n",
        first.title(),
        second.title()
    )?;
    let (categories, groups) = (pair.categories(), pair.groups());
    let both = |a: &dyn std::fmt::Display, b: &dyn std::fmt::Display| {
        format!("{first}: {a}; {second}: {b}")
    };
    field(out, "Category", &both(&categories.0, &categories.1))?;
    field(out, "Group", &both(&groups.0, &groups.1))?;
    let steps = (
        first.as_reply_code().next_step(),
        second.as_reply_code().next_step(),
    );
    field(out, "Next step", &both(&steps.0, &steps.1))?;
    for (command, (a, b)) in pair.sequence() {
        field(out, "Sequence", &format!("in {command}, {}", both(&a, &b)))?;
    }
    let shared: Vec<&str> = pair.shared_commands().map(|c| c.verb()).collect();
    if !shared.is_empty() {
        field(out, "Both from", &shared.join(", "))?;
    }
    if let Some(difference) = pair.difference() {
        section(out, "The difference", difference)?;
    }
    for code in [first, second] {
        section(out, &format!("{code}: meaning"), code.meaning())?;
        section(
            out,
            &format!("{code}: when you see it"),
            code.when_you_see_it(),
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
