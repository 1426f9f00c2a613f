//! `ftpcode parse`: raw replies from a file or standard input, explained one by one.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use ftp_reply::{KnownCode, ReadError, Reply, ReplyReader};
use serde_json::{Value, json};

/// The file to read, or standard input for none or `-`; the reader buffers it.
pub(crate) fn open(file: Option<PathBuf>) -> io::Result<Box<dyn Read>> {
    match file {
        Some(path) if path.as_os_str() != "-" => {
            let file = File::open(&path).map_err(|error| {
                io::Error::new(error.kind(), format!("{}: {error}", path.display()))
            })?;
            Ok(Box::new(file))
        }
        _ => Ok(Box::new(io::stdin().lock())),
    }
}

/// Explains every reply in the stream, going on after malformed ones.
pub(crate) fn explain(
    out: &mut impl Write,
    mut replies: ReplyReader<Box<dyn Read>>,
    as_json: bool,
) -> io::Result<ExitCode> {
    let mut status = ExitCode::SUCCESS;
    loop {
        match replies.read_reply_with_offset() {
            Ok(Some((offset, reply))) => {
                if as_json {
                    writeln!(out, "{}", reply_json(offset, &reply))?;
                } else {
                    write_reply_text(out, offset, &reply)?;
                }
            }
            Ok(None) => return Ok(status),
            Err(ReadError::Parse {
                error,
                stream_offset,
            }) => {
                status = ExitCode::FAILURE;
                if as_json {
                    let record =
                        json!({ "offset": stream_offset, "error": error.kind().to_string() });
                    writeln!(out, "{record}")?;
                } else {
                    writeln!(out, "byte {stream_offset}: error: {}", error.kind())?;
                }
            }
            Err(ReadError::Io(error)) => return Err(error),
            Err(error) => return Err(io::Error::other(error)),
        }
    }
}

fn reply_json(offset: u64, reply: &Reply<'_>) -> Value {
    let lines: Vec<String> = reply
        .lines()
        .map(|line| String::from_utf8_lossy(line).into_owned())
        .collect();
    json!({
        "offset": offset,
        "code": reply.code().as_u16(),
        "multiline": reply.is_multiline(),
        "lines": lines,
        "category": reply.code().category(),
        "known": reply.code().known().map(KnownCode::name),
    })
}

fn write_reply_text(out: &mut impl Write, offset: u64, reply: &Reply<'_>) -> io::Result<()> {
    let code = reply.code();
    let name = code.known().map_or("unknown code", KnownCode::name);
    let shape = if reply.is_multiline() {
        ", multi-line"
    } else {
        ""
    };
    writeln!(
        out,
        "byte {offset}: {code} {name} ({}{shape})",
        code.category()
    )?;
    for line in reply.lines() {
        writeln!(out, "  | {}", String::from_utf8_lossy(line))?;
    }
    Ok(())
}
