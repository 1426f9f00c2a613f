//! `ftpcode`: explains FTP reply codes.
//!
//! ```text
//! ftpcode 530                          # explain a code
//! ftpcode "530 Login incorrect."       # a whole reply line
//! ftpcode 10060                        # a Windows socket error
//! ftpcode --json 530                   # its record as JSON
//! ftpcode --all --json                 # the whole catalogue
//! ftpcode parse log.bin                # explain raw replies
//! ftpcode command STOR                 # a command's replies
//! ftpcode compare 450 550              # two codes side by side
//! ftpcode diagnose session.log         # the causes of a failed session, from its log
//! ftpcode diagnose /var/log/vsftpd.log  # a server's sessions, summed up
//! ftpcode docs --format html --out site
//! ```
//!
//! From a clone, `cargo run -p ftpcode -- 530`. A well-formed code that the catalogue does
//! not know is explained from its digits. Malformed input gets a one-line error on stderr
//! and exit status 2. `parse` exits with 1 when any reply was malformed; `diagnose` exits
//! with 1 when it finds trouble, and 2 when the input is not an FTP log.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod diagnose;
mod explain;
mod replies;
mod server_log;
mod text;

use clap::{Parser, Subcommand};
use ftp_reply::{ParserConfig, ReplyReader};
use ftpcode::site::{Format, Language, language_index, site};

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

    /// After each text, list the sources its sentences cite: RFC sections, servers' source
    /// files, recorded sessions.
    #[arg(long)]
    sources: bool,

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
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        verb: Option<String>,
        /// Every command in the table.
        #[arg(long)]
        all: bool,
        /// Print the record as JSON: one object, or an array with --all.
        #[arg(long)]
        json: bool,
    },
    /// Compare two codes that are easily confused, such as 450 and 550.
    Compare {
        /// The first code.
        first: String,
        /// The second code.
        second: String,
    },
    /// Read a log of a failed FTP session (FileZilla, WinSCP, curl -v, lftp -d, ftp -d,
    /// Python ftplib) and name the causes of its trouble, with fixes; or a server's log of
    /// any size (vsftpd, ProFTPD, Pure-FTPd, ...), and sum up its sessions for the
    /// administrator.
    Diagnose {
        /// The log to read; standard input when absent or "-".
        file: Option<PathBuf>,
        /// Print the log's exchanges and findings as one JSON object.
        #[arg(long)]
        json: bool,
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

fn main() -> ExitCode {
    let args = Args::parse();
    let mut out = io::stdout().lock();
    let written = match args.action {
        Some(Action::Command { verb, all, json }) => match verb {
            Some(verb) if !all => explain::command(&mut out, &verb, json),
            _ => explain::all_commands(&mut out, json),
        },
        Some(Action::Diagnose { file, json }) => {
            let size = file
                .as_deref()
                .and_then(|path| std::fs::metadata(path).ok())
                .map(|metadata| metadata.len());
            replies::open(file).and_then(|input| diagnose::diagnose(&mut out, input, size, json))
        }
        Some(Action::Compare { first, second }) => explain::compare(&mut out, &first, &second),
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
            replies::open(file).and_then(|input| {
                replies::explain(&mut out, ReplyReader::with_config(input, config), json)
            })
        }
        None if args.all => explain::all(&mut out, args.json, args.sources),
        None => explain::inputs(&mut out, &args.codes, args.json, args.sources),
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

/// Writes the reference pages for one language, or all, into `folder`, and for HTML the page
/// that picks a language.
fn write_docs(
    out: &mut impl Write,
    format: DocsFormat,
    lang: Option<String>,
    folder: &Path,
) -> io::Result<ExitCode> {
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
    for &language in &languages {
        for page in site(format, language, &languages) {
            let path = folder.join(language.tag()).join(&page.path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, page.content)?;
            count += 1;
        }
    }
    if format == Format::Html {
        let page = language_index(&languages);
        std::fs::create_dir_all(folder)?;
        std::fs::write(folder.join(&page.path), page.content)?;
        count += 1;
    }
    writeln!(out, "wrote {count} files to {}", folder.display())?;
    Ok(ExitCode::SUCCESS)
}
