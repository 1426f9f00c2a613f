//! Generates ftp-reply's `src/generated/` from `data/` (and ftp-diagnose's from its own `data/`), and checks that the committed files
//! are current.
//!
//! Three steps, one module each: load and validate the data (`reply_codes`, `commands`,
//! `socket_errors`, `comparisons`, `causes`), shape it into variants and records (`model`), print Rust (`print`).
//! The fields of every record are declared once, in `fields`.
//!
//! `cargo test -p ftp-reply-codegen` fails when a generated file is stale;
//! `FTP_REPLY_REGENERATE=1 cargo test -p ftp-reply-codegen` rewrites them.
//!
//! This package does not depend on ftp-reply, so it runs even when the committed files no
//! longer compile. Everything here is a test, so the library itself is empty.
#![cfg(test)]

mod causes;
mod citations;
mod clients;
mod commands;
mod comparisons;
mod fields;
mod model;
mod print;
mod reply_codes;
mod socket_errors;
mod sources;

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::{env, fs, io::Write};

use print::{EnumSpec, Lookup};

/// Set to rewrite the generated files instead of comparing them.
const REGENERATE: &str = "FTP_REPLY_REGENERATE";

const KNOWN_CODE_DOC: &str = "\
A reply code the catalogue knows: every code of RFC 959 and its extensions, and the de facto \
codes real servers send.

The discriminant is the code (`KnownCode::NotLoggedIn as u16 == 530`). Codes outside the \
catalogue are still [`ReplyCode`](crate::ReplyCode)s; this enum has no `Unknown` variant. \
New codes may be added in minor releases, so matches need a wildcard arm.

```
use ftp_reply::{Category, Command, KnownCode};

let code = KnownCode::CantOpenDataConnection;
assert_eq!(code.as_u16(), 425);
assert_eq!(code.category(), Category::TransientNegative);
assert!(code.commands().contains(&Command::Retr));
assert_eq!(KnownCode::ALL.first(), Some(&KnownCode::RestartMarker));
```";

const COMMAND_DOC: &str = "\
An FTP command: every command of RFC 959 and its extensions (RFC 1639, 2228, 2389, 2428, \
2640, 3659, 4217, 7151), RFC 775's older directory commands, and de facto commands.

Each command knows the replies it can get ([`Command::replies`]) and judges a reply \
([`Command::judge`]). New commands may be added in minor releases.

```
use ftp_reply::{Command, KnownCode};

let retr = Command::from_verb(b\"retr\").unwrap();
assert_eq!(retr, Command::Retr);
assert!(retr.replies().preliminary().contains(&KnownCode::FileStatusOk));
```";

const CAUSE_DOC: &str = "\
A cause of trouble that [`Log::findings`](crate::Log::findings) can name, from \
`data/causes.toml`.

Each cause has a stable id, the one `ftpcode diagnose --json` prints, and texts that explain \
it and say how to fix it for the user, the client's author and the server's administrator. \
Causes may be added in minor releases.

```
use ftp_diagnose::Cause;

let cause = Cause::from_id(\"tls-session-reuse\").unwrap();
assert_eq!(cause, Cause::TlsSessionReuse);
assert!(cause.fix_server().contains(\"require_ssl_reuse\"));
```";

const DERIVES: &str = "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n";

#[test]
fn generated_files_are_current() {
    let (entries, commands, socket_errors) = data();
    let comparisons = valid(
        "data/comparisons.toml",
        comparisons::load(&read_data("data/comparisons.toml"), &entries),
    );
    let codes = model::codes(&entries, &commands);
    let command_variants = model::commands(&commands, &entries);
    let socket_rows = model::socket_errors(&socket_errors);
    let causes = valid(
        "ftp-diagnose/data/causes.toml",
        causes::load(&read_data("ftp-diagnose/data/causes.toml")),
    );
    let cause_ids: Vec<String> = causes.iter().map(|cause| cause.id.clone()).collect();
    let causes = model::causes(&causes);

    let files = [
        ("src/generated/known_code.rs", known_code(&codes)),
        ("src/generated/code_info.rs", code_info(&codes)),
        ("src/generated/command.rs", command(&command_variants)),
        (
            "src/generated/command_info.rs",
            command_info(&command_variants),
        ),
        (
            "src/generated/differences.rs",
            differences(&comparisons, &entries),
        ),
        (
            "ftp-diagnose/src/generated/socket_error.rs",
            socket_error(socket_rows),
        ),
        ("ftp-diagnose/src/generated/cause.rs", cause(&causes)),
        (
            "ftp-diagnose/src/generated/clients.rs",
            clients(&cause_ids, &commands),
        ),
        ("ftpcode/src/generated/sources.rs", cited_sources()),
    ];
    let mut stale = Vec::new();
    for (path, source) in files {
        let generated = rustfmt(&source);
        // The data is escaped before the doc's own markup goes around it, so no doc shows
        // an escaped backtick.
        let escaped = generated
            .lines()
            .find(|line| line.trim_start().starts_with("///") && line.contains("\\`"));
        assert!(
            escaped.is_none(),
            "{path}: an escaped backtick in a doc: {escaped:?}"
        );
        let target = root().join(path);
        if env::var_os(REGENERATE).is_some() {
            fs::write(&target, &generated).expect(path);
        } else if fs::read_to_string(&target).unwrap_or_default() != generated {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "{} stale: run `{REGENERATE}=1 cargo test -p ftp-reply-codegen` and commit",
        stale.join(" and ")
    );
}

#[test]
#[ignore = "needs the RFC texts: set FTP_REPLY_RFC_DIR to their folder, as .ci/run does"]
fn citations_are_borne_out_by_the_rfc_texts() {
    let folder = env::var_os(citations::RFC_DIR)
        .unwrap_or_else(|| panic!("set {} to the folder of RFC texts", citations::RFC_DIR));
    let rfcs = citations::load(Path::new(&folder));
    let (entries, commands, _) = data();
    let problems = citations::check(&rfcs, &entries, &commands);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The repository's root.
fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A file of the repository, by its path from the root.
fn read(path: &str) -> String {
    fs::read_to_string(root().join(path)).expect(path)
}

/// A data file with the citation markers taken out of its texts (`data/SOURCES.md`): what
/// the crates return is plain prose.
fn read_data(path: &str) -> String {
    sources::strip_document(&read(path))
}

/// The sources of every cited sentence of the data's texts, by place, for ftpcode to render.
fn cited_sources() -> String {
    let mut places: Vec<(String, String)> = CITED
        .iter()
        .flat_map(|path| sources::texts(&read(path)))
        .collect();
    places.sort();
    let mut out = print::header(
        "the texts of data/ and ftp-diagnose/data/causes.toml",
        "Where each cited sentence of the catalogue's texts ends, and its sources \
         (`data/SOURCES.md`), by the text's place: `code 530 meaning`.",
        "use crate::sources::{Cite, Source};\n",
    );
    out.push_str("pub(crate) static CITES: &[(&str, &[Cite])] = &[\n");
    for (place, text) in places {
        let cites = sources::cite_ends(&text).unwrap_or_else(|error| panic!("{place}: {error}"));
        if cites.is_empty() {
            continue;
        }
        let _ = write!(out, "({place:?}, &[");
        for (end, sources) in cites {
            let _ = write!(out, "Cite {{ end: {end}, sources: &[");
            for (label, url) in sources {
                let _ = write!(out, "Source {{ label: {label:?}, url: {url:?} }},");
            }
            out.push_str("] },");
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    out
}

/// The data files whose texts carry citation markers.
const CITED: [&str; 4] = [
    "data/reply_codes.toml",
    "data/commands.toml",
    "data/comparisons.toml",
    "ftp-diagnose/data/causes.toml",
];

#[test]
#[ignore = "needs the RFC texts: set FTP_REPLY_RFC_DIR to their folder, as .ci/run does"]
fn citations_in_the_texts_follow_data_sources_md() {
    let folder = env::var_os(citations::RFC_DIR)
        .unwrap_or_else(|| panic!("set {} to the folder of RFC texts", citations::RFC_DIR));
    let folder = Path::new(&folder);
    let rfcs = citations::load(folder);
    let drafts = citations::load_drafts(folder);
    let sessions = root().join("tests/sessions");
    let library = sources::Library {
        rfcs: &rfcs,
        drafts: &drafts,
        sessions: &sessions,
    };
    let problems: Vec<String> = CITED
        .iter()
        .flat_map(|path| {
            sources::texts(&read(path))
                .into_iter()
                .flat_map(|(place, text)| {
                    sources::check(&format!("{path}: {place}"), &text, &library)
                })
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Everything in `data/` that the rest depends on, loaded and validated.
fn data() -> (
    Vec<reply_codes::Entry>,
    Vec<commands::Command>,
    Vec<socket_errors::SocketError>,
) {
    let entries = valid(
        "data/reply_codes.toml",
        reply_codes::load(&read_data("data/reply_codes.toml")),
    );
    let commands = valid(
        "data/commands.toml",
        commands::load(&read_data("data/commands.toml"), &entries),
    );
    let socket_errors = valid(
        "ftp-diagnose/data/socket_errors.toml",
        socket_errors::load(&read("ftp-diagnose/data/socket_errors.toml")),
    );
    (entries, commands, socket_errors)
}

/// The loaded data, or a panic that lists every problem in it.
fn valid<T>(path: &str, loaded: Result<T, Vec<String>>) -> T {
    loaded.unwrap_or_else(|errors| panic!("{path} is invalid:\n  {}", errors.join("\n  ")))
}

fn known_code(codes: &[model::Variant]) -> String {
    let mut out = print::header(
        "data/reply_codes.toml",
        "The [`KnownCode`] variants, and the tables that find them by number and by name.",
        "",
    );
    out.push_str(&print::enum_type(
        &EnumSpec {
            name: "KnownCode",
            doc: KNOWN_CODE_DOC,
            attributes: &format!("{DERIVES}#[non_exhaustive]\n#[repr(u16)]\n"),
            all_doc: "Every catalogued code, in ascending order.",
            label: ("name", "The variant's name, such as `\"NotLoggedIn\"`."),
            lookup: None,
        },
        codes,
    ));
    // Names are strings: there a perfect hash is the right tool.
    let mut names = phf_codegen::Map::new();
    for variant in codes {
        names.entry(
            variant.name.as_str(),
            format!("KnownCode::{}", variant.name),
        );
    }
    out.push_str("/// The perfect-hash map from a variant's name to the code.\n");
    out.push_str(&format!(
        "pub(crate) static BY_NAME: phf::Map<&'static str, KnownCode> = {};\n",
        names.build()
    ));
    out
}

fn code_info(codes: &[model::Variant]) -> String {
    let mut out = print::header(
        "data/reply_codes.toml and codegen/src/fields.rs",
        "[`CodeInfo`], the record of a known code, and the records themselves.",
        "use crate::{Command, KnownCode, Note, RfcRef, Standing};\n",
    );
    out.push_str(&print::record_type(&fields::CODE));
    out.push('\n');
    out.push_str(&print::records(&fields::CODE, codes));
    out
}

fn command(commands: &[model::Variant]) -> String {
    let mut out = print::header(
        "data/commands.toml",
        "The [`Command`] variants, and the table that finds them by verb.",
        "",
    );
    let key = |variant: &model::Variant| format!("b{:?}", variant.label);
    out.push_str(&print::enum_type(
        &EnumSpec {
            name: "Command",
            doc: COMMAND_DOC,
            attributes: &format!("{DERIVES}#[non_exhaustive]\n"),
            all_doc: "Every command: RFC 959's, then the extensions', then the older and de facto ones.",
            label: ("verb", "The verb, in upper case, such as `\"RETR\"`."),
            lookup: Some(Lookup {
                signature: "pub(crate) const fn from_upper_case(key: &[u8]) -> Option<Command>",
                doc: "The command whose verb is `key`, in upper case.",
                key: &key,
            }),
        },
        commands,
    ));
    out
}

fn command_info(commands: &[model::Variant]) -> String {
    let mut out = print::header(
        "data/commands.toml and codegen/src/fields.rs",
        "[`CommandInfo`], the record of a command, and the records themselves.",
        "use crate::{Command, Deviation, IntermediateReply, KnownCode, Replies, RfcRef, Standing};\n",
    );
    out.push_str(&print::record_type(&fields::COMMAND));
    out.push('\n');
    out.push_str(&print::records(&fields::COMMAND, commands));
    out
}

fn socket_error(rows: Vec<Vec<(&'static str, model::Expr)>>) -> String {
    let mut out = print::header(
        "ftp-diagnose/data/socket_errors.toml and codegen/src/fields.rs",
        "[`SocketError`] and the table of the Windows socket errors FTP clients print.",
        "",
    );
    out.push_str(&print::record_type(&fields::SOCKET_ERROR));
    let table = model::Expr::Slice(
        rows.into_iter()
            .map(|fields| model::Expr::Struct(fields::SOCKET_ERROR.name, fields))
            .collect(),
    );
    out.push_str(&format!(
        "\nimpl SocketError {{\n/// Every error in the table, in ascending order of number.\n\
         pub const ALL: &'static [SocketError] = {};\n}}\n",
        print::expr(&table)
    ));
    out
}

fn cause(causes: &[model::Variant]) -> String {
    let mut out = print::header(
        "ftp-diagnose/data/causes.toml and codegen/src/fields.rs",
        "[`Cause`] and [`CauseInfo`]: the causes of trouble a diagnosis names, and their texts.",
        "",
    );
    let key = |variant: &model::Variant| format!("{:?}", variant.label);
    out.push_str(&print::enum_type(
        &EnumSpec {
            name: "Cause",
            doc: CAUSE_DOC,
            attributes: &format!("{DERIVES}#[non_exhaustive]\n"),
            all_doc: "Every cause, in the order findings of equal weight are ranked.",
            label: ("id", "The stable id, such as `\"passive-address\"`."),
            lookup: Some(Lookup {
                signature: "pub fn from_id(key: &str) -> Option<Cause>",
                doc: "The cause with this id, such as `\"login-failed\"`.",
                key: &key,
            }),
        },
        causes,
    ));
    out.push_str(&print::record_type(&fields::CAUSE));
    out.push('\n');
    out.push_str(&print::records(&fields::CAUSE, causes));
    out
}

fn clients(cause_ids: &[String], commands: &[commands::Command]) -> String {
    let verbs: Vec<String> = commands
        .iter()
        .map(|command| command.verb.clone())
        .collect();
    let folder = root().join("ftp-diagnose/data/clients");
    let mut names: Vec<String> = fs::read_dir(&folder)
        .expect("ftp-diagnose/data/clients")
        .map(|entry| {
            entry
                .expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".toml"))
        .collect();
    names.sort();
    let files: Vec<(String, clients::File)> = names
        .iter()
        .map(|name| {
            let text = fs::read_to_string(folder.join(name)).expect("a client's file");
            (
                name.clone(),
                valid(name, clients::load(name, &text, cause_ids, &verbs)),
            )
        })
        .collect();
    let shared = clients::shared_marks(&files);
    assert!(
        shared.is_empty(),
        "ftp-diagnose/data/clients:\n  {}",
        shared.join("\n  ")
    );
    let mut out = print::header(
        "ftp-diagnose/data/clients/",
        "The messages FTP clients print, each with what it means and where it comes from.",
        "use ftp_reply::Command;\n\nuse crate::Cause;\nuse crate::client::{Client, Message, Means};\n",
    );
    out.push_str(&clients::table(&files, cause_ids));
    out
}

fn differences(comparisons: &[comparisons::Comparison], entries: &[reply_codes::Entry]) -> String {
    let mut out = print::header(
        "data/comparisons.toml",
        "What tells apart each pair of codes that is worth comparing.",
        "use crate::KnownCode;\n",
    );
    let variant = |code: u16| {
        let entry = entries.iter().find(|entry| entry.code == code);
        format!("KnownCode::{}", entry.expect("validated").name)
    };
    let rows: Vec<String> = comparisons
        .iter()
        .map(|comparison| {
            let [first, second] = comparison.codes;
            format!(
                "({}, {}, {})",
                variant(first),
                variant(second),
                print::expr(&model::Expr::Str(comparison.difference.clone()))
            )
        })
        .collect();
    out.push_str(&format!(
        "\n/// Each pair's codes in ascending order, and what tells them apart; the pairs in \
         ascending order.\npub(crate) const DIFFERENCES: &[(KnownCode, KnownCode, &str)] = &[{}];\n",
        rows.join(", ")
    ));
    out
}

/// Formats generated code the way `cargo fmt` would, so that the committed file passes
/// `cargo fmt --check`.
fn rustfmt(source: &str) -> String {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run rustfmt (rustup component add rustfmt)");
    child
        .stdin
        .take()
        .expect("rustfmt stdin")
        .write_all(source.as_bytes())
        .expect("write to rustfmt");
    let output = child.wait_with_output().expect("wait for rustfmt");
    assert!(
        output.status.success(),
        "rustfmt rejected the generated code"
    );
    String::from_utf8(output.stdout).expect("rustfmt writes UTF-8")
}
