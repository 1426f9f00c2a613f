//! `ftpcode`: explains FTP reply codes.
//!
//! ```text
//! cargo run --all-features --example ftpcode -- 530            # explain a code
//! cargo run --all-features --example ftpcode -- --json 530     # its record as JSON
//! cargo run --all-features --example ftpcode -- --all --json   # the whole catalogue
//! cargo run --all-features --example ftpcode -- parse log.bin  # explain raw replies
//! cargo run --all-features --example ftpcode -- command STOR   # a command's replies
//! cargo run --all-features --example ftpcode -- compare 450 550 # two codes side by side
//! cargo run --all-features --example ftpcode -- "530 Login incorrect."
//! cargo run --all-features --example ftpcode -- 10060          # a Windows socket error
//! cargo run --all-features --example ftpcode -- docs --format html --out site
//! ```
//!
//! A well-formed code that the catalogue does not know is explained from its digits.
//! Malformed input gets a one-line error on stderr and exit status 2. `parse` exits with 1
//! when any reply was malformed.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

mod winsock;

use clap::{Parser, Subcommand};
use ftp_reply::{
    CodeInfo, Command, KnownCode, ParserConfig, ReadError, Reply, ReplyCode, ReplyReader,
};
use serde_json::{Value, json};

/// Explain FTP reply codes: meaning, when you see them, how to fix them.
#[derive(Parser)]
#[command(name = "ftpcode", version, args_conflicts_with_subcommands = true)]
struct Args {
    #[command(subcommand)]
    action: Option<Action>,

    /// Print JSON: one object per code, or an array with --all.
    #[arg(long)]
    json: bool,

    /// Explain every code in the catalogue.
    #[arg(long, conflicts_with = "codes")]
    all: bool,

    /// The reply codes to explain, such as 530; a whole reply line such as
    /// "530 Login incorrect."; or a Windows socket error number such as 10060.
    #[arg(required_unless_present_any = ["all"])]
    codes: Vec<String>,
}

#[derive(Subcommand)]
enum Action {
    /// Read raw replies, as sent on a control connection, and explain each one.
    Parse {
        /// The file to read; standard input when absent or "-".
        file: Option<PathBuf>,
        /// Print one JSON object per reply or error.
        #[arg(long)]
        json: bool,
        /// Accept RFC 959 only: no bare LF, no line that is only a code.
        #[arg(long)]
        strict: bool,
        /// End multi-line replies at a final line with another code (glFTPd).
        #[arg(long)]
        any_final_code: bool,
    },
    /// Show the replies a command can get, such as STOR.
    Command {
        /// The command's verb.
        verb: String,
    },
    /// Compare two codes that are easily confused, such as 450 and 550.
    Compare {
        /// The first code.
        first: String,
        /// The second code.
        second: String,
    },
    /// Generate the reference pages: an index, a page per code, command and comparison.
    Docs {
        /// Markdown, standalone HTML or JSON.
        #[arg(long, value_enum, default_value = "html")]
        format: DocsFormat,
        /// The language of the headings: en, ja or vi; every language when absent.
        #[arg(long)]
        lang: Option<String>,
        /// The folder to write to; each language goes in a folder of its own inside.
        #[arg(long, default_value = "site")]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum DocsFormat {
    Md,
    Html,
    Json,
}

/// Width of the wrapped text.
const WIDTH: usize = 80;

fn main() -> ExitCode {
    let args = Args::parse();
    let mut out = io::stdout().lock();
    let written = match args.action {
        Some(Action::Command { verb }) => explain_command(&mut out, &verb),
        Some(Action::Compare { first, second }) => compare(&mut out, &first, &second),
        Some(Action::Docs {
            format,
            lang,
            out: folder,
        }) => write_docs(&mut out, format, lang, &folder),
        Some(Action::Parse {
            file,
            json,
            strict,
            any_final_code,
        }) => {
            let mut config = if strict {
                ParserConfig::strict()
            } else {
                ParserConfig::new()
            };
            config.allow_any_final_code = any_final_code;
            open(file).and_then(|input| {
                parse_stream(&mut out, ReplyReader::with_config(input, config), json)
            })
        }
        None if args.all => explain_all(&mut out, args.json),
        None => explain_codes(&mut out, &args.codes, args.json),
    };
    match written {
        Ok(status) => status,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("ftpcode: {error}");
            ExitCode::FAILURE
        }
    }
}

fn explain_all(out: &mut impl Write, as_json: bool) -> io::Result<ExitCode> {
    if as_json {
        let records: Vec<&CodeInfo> = KnownCode::ALL.iter().map(|code| code.info()).collect();
        serde_json::to_writer_pretty(&mut *out, &records)?;
        writeln!(out)?;
    } else {
        for (index, code) in KnownCode::ALL.iter().enumerate() {
            if index > 0 {
                writeln!(out)?;
            }
            write_text(out, code.info())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn explain_codes(out: &mut impl Write, inputs: &[String], as_json: bool) -> io::Result<ExitCode> {
    let mut status = ExitCode::SUCCESS;
    let mut first = true;
    for input in inputs {
        let input = input.trim();
        if let Some(error) = winsock::SocketError::from_text(input) {
            if !first {
                writeln!(out)?;
            }
            first = false;
            error.explain(out, as_json)?;
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
        if let (Some(text), false) = (server_text, as_json) {
            if !first {
                writeln!(out)?;
            }
            writeln!(out, "The server said: {code} {text}")?;
            first = true;
        }
        if as_json {
            let record = match code.info() {
                Some(info) => serde_json::to_value(info)?,
                None => unknown_json(code),
            };
            writeln!(out, "{record}")?;
        } else {
            if !first {
                writeln!(out)?;
            }
            match code.info() {
                Some(info) => write_text(out, info)?,
                None => write_unknown_text(out, code)?,
            }
        }
        first = false;
    }
    Ok(status)
}

/// Two codes side by side: categories, groups, next steps, roles, meanings.
fn compare(out: &mut impl Write, first: &str, second: &str) -> io::Result<ExitCode> {
    let mut codes = [first, second]
        .into_iter()
        .map(|text| text.trim().parse::<KnownCode>());
    let (Some(Ok(first)), Some(Ok(second))) = (codes.next(), codes.next()) else {
        eprintln!("ftpcode: compare needs two codes from the catalogue, such as 450 550");
        return Ok(ExitCode::from(2));
    };
    let pair = first.compare(second);
    writeln!(
        out,
        "{first} {} vs {second} {}",
        first.name(),
        second.name()
    )?;
    writeln!(out)?;
    let (categories, groups, steps) = (pair.categories(), pair.groups(), pair.next_steps());
    write_field(
        out,
        "Category",
        &format!("{first}: {}; {second}: {}", categories.0, categories.1),
    )?;
    write_field(
        out,
        "Group",
        &format!("{first}: {}; {second}: {}", groups.0, groups.1),
    )?;
    write_field(
        out,
        "Next step",
        &format!("{first}: {}; {second}: {}", steps.0.name(), steps.1.name()),
    )?;
    for (command, (a, b)) in pair.sequence() {
        write_field(
            out,
            "Sequence",
            &format!(
                "in {command}, {first}: {}; {second}: {}",
                a.name(),
                b.name()
            ),
        )?;
    }
    let shared: Vec<&str> = pair
        .shared_commands()
        .map(|command| command.verb())
        .collect();
    if !shared.is_empty() {
        write_field(out, "Both from", &shared.join(", "))?;
    }
    for code in [first, second] {
        write_section(out, &format!("{code}: meaning"), code.meaning())?;
        write_section(
            out,
            &format!("{code}: when you see it"),
            code.when_you_see_it(),
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the reference pages for one language, or all, into `folder`.
fn write_docs(
    out: &mut impl Write,
    format: DocsFormat,
    lang: Option<String>,
    folder: &std::path::Path,
) -> io::Result<ExitCode> {
    use ftp_reply::docs::{Format, Language, site};

    let format = match format {
        DocsFormat::Md => Format::Markdown,
        DocsFormat::Html => Format::Html,
        DocsFormat::Json => Format::Json,
    };
    let languages = match lang.as_deref().map(Language::from_tag) {
        None => Language::ALL.to_vec(),
        Some(Some(language)) => vec![language],
        Some(None) => {
            eprintln!("ftpcode: --lang takes en, ja or vi");
            return Ok(ExitCode::from(2));
        }
    };
    let mut count = 0;
    for language in languages {
        for page in site(format, language) {
            let path = folder.join(language.tag()).join(&page.path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, page.content)?;
            count += 1;
        }
    }
    writeln!(out, "wrote {count} files to {}", folder.display())?;
    Ok(ExitCode::SUCCESS)
}

fn explain_command(out: &mut impl Write, verb: &str) -> io::Result<ExitCode> {
    let Some(command) = Command::from_verb(verb.trim().as_bytes()) else {
        eprintln!("ftpcode: {verb:?} is not a command in the table");
        return Ok(ExitCode::from(2));
    };
    writeln!(
        out,
        "{command}: {} ({})",
        command.name(),
        command.standing()
    )?;
    write_wrapped(out, command.summary(), "", "")?;
    writeln!(out)?;
    let mut sources: Vec<String> = command.rfc().iter().map(ToString::to_string).collect();
    sources.extend(command.documents().iter().map(ToString::to_string));
    write_field(out, "Sources", &sources.join("; "))?;
    let replies = command.replies();
    let list = |codes: &[KnownCode]| -> String {
        codes
            .iter()
            .map(|code| format!("{code} {}", code.name()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (label, codes) in [
        ("Prelim.", replies.preliminary()),
        ("Success", replies.completion()),
        ("Errors", replies.errors()),
    ] {
        if !codes.is_empty() {
            write_field(out, label, &list(codes))?;
        }
    }
    for step in replies.intermediate() {
        let next: Vec<&str> = step.next().iter().map(|command| command.verb()).collect();
        let text = format!(
            "{} {}: send {} next",
            step.code(),
            step.code().name(),
            next.join(" or ")
        );
        write_field(out, "Continue", &text)?;
    }
    for deviation in replies.tolerated() {
        let text = format!(
            "{} {}: {}",
            deviation.code(),
            deviation.code().name(),
            deviation.note()
        );
        write_field(out, "Tolerated", &text)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn open(file: Option<PathBuf>) -> io::Result<Box<dyn BufRead>> {
    match file {
        Some(path) if path.as_os_str() != "-" => {
            let file = File::open(&path).map_err(|error| {
                io::Error::new(error.kind(), format!("{}: {error}", path.display()))
            })?;
            Ok(Box::new(BufReader::new(file)))
        }
        _ => Ok(Box::new(io::stdin().lock())),
    }
}

/// Explains every reply in the stream, going on after malformed ones.
fn parse_stream(
    out: &mut impl Write,
    mut replies: ReplyReader<Box<dyn BufRead>>,
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

/// A record with the same fields as a known code's, empty where only the catalogue knows.
fn unknown_json(code: ReplyCode) -> Value {
    json!({
        "code": code.as_u16(),
        "name": null,
        "canonical_text": null,
        "category": code.category(),
        "function_group": code.function_group(),
        "meaning": null,
        "when_you_see_it": null,
        "how_to_fix": null,
        "rfc": [],
        "commands": [],
        "status": null,
        "notes": [],
    })
}

fn write_text(out: &mut impl Write, info: &CodeInfo) -> io::Result<()> {
    let code = info.code();
    writeln!(out, "{code} {}", info.canonical_text())?;
    writeln!(out, "{} ({})", info.name(), info.status())?;
    write_digits(out, code.code())?;
    write_section(out, "Meaning", info.meaning())?;
    write_section(out, "When you see it", info.when_you_see_it())?;
    write_section(out, "How to fix", info.how_to_fix())?;
    writeln!(out)?;
    if !info.commands().is_empty() {
        let commands: Vec<&str> = info
            .commands()
            .iter()
            .map(|command| command.verb())
            .collect();
        write_field(out, "Commands", &commands.join(", "))?;
    }
    if !info.rfc().is_empty() {
        let references: Vec<String> = info.rfc().iter().map(ToString::to_string).collect();
        write_field(out, "RFC", &references.join("; "))?;
    }
    if !info.notes().is_empty() {
        writeln!(out, "Notes")?;
        for note in info.notes() {
            write_wrapped(
                out,
                &format!("{}: {}", note.source(), note.text()),
                "  - ",
                "    ",
            )?;
        }
    }
    Ok(())
}

fn write_unknown_text(out: &mut impl Write, code: ReplyCode) -> io::Result<()> {
    writeln!(
        out,
        "{code} is not in the catalogue: an unknown code, explained by its digits"
    )?;
    write_digits(out, code)
}

/// The category and function group, each with what it means.
fn write_digits(out: &mut impl Write, code: ReplyCode) -> io::Result<()> {
    let [first, second, _] = code.digits();
    let category = code.category();
    writeln!(out)?;
    write_field(
        out,
        "Category",
        &format!("{first}yz {category}: {}", category.description()),
    )?;
    let group = match code.function_group() {
        Some(group) => format!("x{second}z {group}: {}", group.description()),
        None => format!("x{second}z: RFC 959 assigns no function group to this digit."),
    };
    write_field(out, "Group", &group)
}

fn write_section(out: &mut impl Write, title: &str, text: &str) -> io::Result<()> {
    writeln!(out, "\n{title}")?;
    for (index, paragraph) in text.split("\n\n").enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        write_wrapped(out, paragraph, "  ", "  ")?;
    }
    Ok(())
}

fn write_field(out: &mut impl Write, label: &str, text: &str) -> io::Result<()> {
    write_wrapped(out, text, &format!("{label:<10}"), &" ".repeat(10))
}

/// Writes `text` wrapped at [`WIDTH`], the first line after `first`, the others after `rest`.
fn write_wrapped(out: &mut impl Write, text: &str, first: &str, rest: &str) -> io::Result<()> {
    let mut line = String::from(first);
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
            writeln!(out, "{line}")?;
            line = String::from(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    writeln!(out, "{line}")
}
