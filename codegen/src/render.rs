//! Renders the catalogue as Rust source for `src/table.rs`.

use std::fmt::Write;

use std::collections::BTreeMap;

use crate::commands::Command;
use crate::reply_codes::{Entry, Status};

/// The whole of `src/table.rs`, before rustfmt.
pub fn table(entries: &[Entry], commands: &[Command]) -> String {
    let mut out = String::from(HEADER);

    out.push_str(ENUM_DOC);
    out.push_str("pub enum KnownCode {\n");
    for entry in entries {
        out.push_str(&variant_doc(entry));
        writeln!(out, "{} = {},", entry.name, entry.code).unwrap();
    }
    out.push_str("}\n\n");

    out.push_str("impl KnownCode {\n");
    out.push_str("/// Every catalogued code, in ascending order.\n");
    out.push_str("pub const ALL: &'static [KnownCode] = &[\n");
    for entry in entries {
        writeln!(out, "KnownCode::{},", entry.name).unwrap();
    }
    out.push_str("];\n\n");
    out.push_str("/// The code's catalogue record. Allocates nothing.\n");
    out.push_str("pub const fn info(self) -> &'static CodeInfo {\nmatch self {\n");
    for entry in entries {
        writeln!(out, "KnownCode::{} => &INFO_{},", entry.name, entry.code).unwrap();
    }
    out.push_str("}\n}\n}\n\n");

    // Numbers index a dense table: a hash is slower for so small a range of integers.
    let mut positions = vec![0u8; 600];
    for (index, entry) in entries.iter().enumerate() {
        positions[usize::from(entry.code - 100)] =
            u8::try_from(index + 1).expect("under 255 codes");
    }
    out.push_str(
        "/// One more than the position in [`RECORDS`] of each number from 100 to 699; 0 where\n",
    );
    out.push_str("/// the catalogue has no code.\n");
    writeln!(out, "static POSITIONS: [u8; 600] = {positions:?};\n").unwrap();
    out.push_str("/// The records, in the order of [`KnownCode::ALL`].\n");
    out.push_str("static RECORDS: [&CodeInfo; ");
    writeln!(out, "{}] = [", entries.len()).unwrap();
    for entry in entries {
        writeln!(out, "&INFO_{},", entry.code).unwrap();
    }
    out.push_str("];\n\n");
    out.push_str("/// The record of the code with this number, if the catalogue has one.\n");
    out.push_str(
        "pub(crate) fn record(value: u16) -> Option<&'static CodeInfo> {\n\
         let position = *POSITIONS.get(usize::from(value.wrapping_sub(100)))?;\n\
         RECORDS.get(usize::from(position).checked_sub(1)?).copied()\n}\n\n",
    );

    // Names are strings: there a perfect hash is the right tool.
    let mut names = phf_codegen::Map::new();
    for entry in entries {
        names.entry(entry.name.as_str(), format!("KnownCode::{}", entry.name));
    }
    out.push_str("/// The perfect-hash map from a variant's name to the code.\n");
    writeln!(
        out,
        "pub(crate) static BY_NAME: phf::Map<&'static str, KnownCode> = {};\n",
        names.build()
    )
    .unwrap();

    for entry in entries {
        let producers: Vec<String> = commands
            .iter()
            .filter(|command| command.codes().contains(&entry.code))
            .map(|command| format!("Command::{}", command.variant()))
            .collect();
        out.push_str(&record(entry, &producers));
    }
    out
}

const HEADER: &str = "\
// @generated from data/reply_codes.toml by codegen/. Do not edit: change the data and run
// `FTP_REPLY_REGENERATE=1 cargo test -p ftp-reply-codegen`.

//! The catalogue: the [`KnownCode`] variants and their records.

use crate::{CodeInfo, Command, Note, RfcRef, Standing};

";

const ENUM_DOC: &str = "\
/// A reply code the catalogue knows: every code of RFC 959 and its extensions, and the de
/// facto codes real servers send.
///
/// The discriminant is the code (`KnownCode::NotLoggedIn as u16 == 530`). Codes outside the
/// catalogue are still [`ReplyCode`](crate::ReplyCode)s; this enum has no `Unknown` variant.
/// New codes may be added in minor releases, so matches need a wildcard arm.
///
/// ```
/// use ftp_reply::{Category, KnownCode};
///
/// let code = KnownCode::CantOpenDataConnection;
/// assert_eq!(code.as_u16(), 425);
/// assert_eq!(code.category(), Category::TransientNegative);
/// assert!(code.commands().contains(&ftp_reply::Command::Retr));
/// assert_eq!(KnownCode::ALL.first(), Some(&KnownCode::RestartMarker));
/// ```
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
    strum::EnumIter, strum::EnumCount, strum::IntoStaticStr, strum::VariantArray,
)]
#[non_exhaustive]
#[repr(u16)]
";

/// The variant's rustdoc: code and canonical text, the meaning, then where it stands.
fn variant_doc(entry: &Entry) -> String {
    let mut doc = format!("`{}` {}\n\n", entry.code, escape(&entry.canonical_text));
    doc.push_str(&escape(&entry.meaning));
    let references: Vec<String> = entry.rfc.iter().map(rfc_ref_text).collect();
    let origin = match entry.status {
        Status::Standard => references.join("; "),
        Status::Experimental => format!("{} (Experimental)", references.join("; ")),
        Status::DeFacto => "De facto: defined by no RFC".to_string(),
        Status::Obsolete => format!("{} (obsolete)", references.join("; ")),
    };
    write!(doc, "\n\n{}.", escape(&origin)).unwrap();
    comment(&doc)
}

fn rfc_ref_text(reference: &crate::reply_codes::RfcRef) -> String {
    let sections: Vec<String> = reference
        .sections
        .iter()
        .map(|s| {
            if s.starts_with(|c: char| c.is_ascii_digit()) {
                format!("§{s}")
            } else {
                s.clone()
            }
        })
        .collect();
    format!("RFC {} {}", reference.number, sections.join(", "))
}

/// The static `CodeInfo` of one entry.
fn record(entry: &Entry, commands: &[String]) -> String {
    let rfc: Vec<String> = entry
        .rfc
        .iter()
        .map(|r| {
            format!(
                "RfcRef {{ number: {}, sections: &{:?} }}",
                r.number, r.sections
            )
        })
        .collect();
    let notes: Vec<String> = entry
        .notes
        .iter()
        .map(|n| format!("Note {{ source: {:?}, text: {:?} }}", n.source, n.text))
        .collect();
    let status = standing(entry.status);
    format!(
        "static INFO_{code}: CodeInfo = CodeInfo {{
            code: KnownCode::{name},
            canonical_text: {canonical:?},
            meaning: {meaning:?},
            when_you_see_it: {when:?},
            how_to_fix: {fix:?},
            rfc: &[{rfc}],
            commands: &[{commands}],
            status: Standing::{status},
            notes: &[{notes}],
        }};\n\n",
        code = entry.code,
        name = entry.name,
        canonical = entry.canonical_text,
        meaning = entry.meaning,
        when = entry.when_you_see_it,
        fix = entry.how_to_fix,
        rfc = rfc.join(", "),
        commands = commands.join(", "),
        notes = notes.join(", "),
    )
}

/// Escapes the characters that Markdown or rustdoc would read as markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Turns text into `///` lines wrapped at 88 columns, keeping blank lines between paragraphs.
fn comment(text: &str) -> String {
    const WIDTH: usize = 88;
    let mut out = String::new();
    for (index, paragraph) in text.split("\n\n").enumerate() {
        if index > 0 {
            out.push_str("///\n");
        }
        let mut line = String::new();
        for word in paragraph.split(' ') {
            if !line.is_empty() && line.len() + 1 + word.len() > WIDTH {
                writeln!(out, "/// {line}").unwrap();
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        writeln!(out, "/// {line}").unwrap();
    }
    out
}

fn standing(status: Status) -> &'static str {
    match status {
        Status::Standard => "Standard",
        Status::Experimental => "Experimental",
        Status::DeFacto => "DeFacto",
        Status::Obsolete => "Obsolete",
    }
}

/// The whole of `src/command_table.rs`, before rustfmt.
pub fn command_table(commands: &[Command], entries: &[Entry]) -> String {
    let names: BTreeMap<u16, &str> = entries.iter().map(|e| (e.code, e.name.as_str())).collect();
    let known = |codes: &mut dyn Iterator<Item = u16>| -> String {
        let mut codes: Vec<u16> = codes.collect();
        codes.sort_unstable();
        codes.dedup();
        codes
            .iter()
            .map(|code| format!("KnownCode::{}", names[code]))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = String::from(COMMAND_HEADER);
    out.push_str("pub enum Command {\n");
    for command in commands {
        let doc = format!(
            "`{}`: {}. {}",
            command.verb,
            escape(&command.name),
            escape(&command.summary)
        );
        out.push_str(&comment(&doc));
        writeln!(out, "{},", command.variant()).unwrap();
    }
    out.push_str("}\n\nimpl Command {\n/// Every command: RFC 959's, then the extensions', then the older and de facto ones.\n");
    out.push_str("pub const ALL: &'static [Command] = &[\n");
    for command in commands {
        writeln!(out, "Command::{},", command.variant()).unwrap();
    }
    out.push_str(
        "];\n\n/// The command's record: names, sources and replies. Allocates nothing.\n",
    );
    out.push_str("pub const fn info(self) -> &'static CommandInfo {\nmatch self {\n");
    for command in commands {
        writeln!(
            out,
            "Command::{} => &COMMAND_{},",
            command.variant(),
            command.verb
        )
        .unwrap();
    }
    out.push_str("}\n}\n\n/// The command whose verb is `verb`, in upper case.\n");
    out.push_str(
        "pub(crate) const fn from_upper_case(verb: &[u8]) -> Option<Command> {\nmatch verb {\n",
    );
    for command in commands {
        writeln!(
            out,
            "b\"{}\" => Some(Command::{}),",
            command.verb,
            command.variant()
        )
        .unwrap();
    }
    out.push_str("_ => None,\n}\n}\n}\n\n");

    for command in commands {
        let mut rfc: BTreeMap<u16, Vec<String>> = BTreeMap::new();
        let mut documents = Vec::new();
        for source in &command.source {
            match (source.rfc, &source.document) {
                (Some(number), _) => {
                    let sections = rfc.entry(number).or_default();
                    for section in &source.sections {
                        if !sections.contains(section) {
                            sections.push(section.clone());
                        }
                    }
                }
                (None, Some(document)) => {
                    documents.push(format!("{document} §{}", source.sections.join(", §")));
                }
                (None, None) => {}
            }
        }
        let rfc: Vec<String> = rfc
            .iter()
            .map(|(number, sections)| {
                format!("RfcRef {{ number: {number}, sections: &{sections:?} }}")
            })
            .collect();
        let mut intermediate: BTreeMap<u16, Vec<String>> = BTreeMap::new();
        for item in command.source.iter().flat_map(|s| &s.intermediate) {
            let next = intermediate.entry(item.code).or_default();
            for verb in &item.next {
                let variant = commands
                    .iter()
                    .find(|c| &c.verb == verb)
                    .map(Command::variant)
                    .unwrap_or_default();
                let variant = format!("Command::{variant}");
                if !next.contains(&variant) {
                    next.push(variant);
                }
            }
        }
        let intermediate: Vec<String> = intermediate
            .iter()
            .map(|(code, next)| {
                format!(
                    "Intermediate {{ code: KnownCode::{}, next: &[{}] }}",
                    names[code],
                    next.join(", ")
                )
            })
            .collect();
        let tolerated: Vec<String> = command
            .tolerated
            .iter()
            .map(|t| {
                format!(
                    "Deviation {{ code: KnownCode::{}, note: {:?} }}",
                    names[&t.code], t.note
                )
            })
            .collect();
        writeln!(
            out,
            "static COMMAND_{verb}: CommandInfo = CommandInfo {{
                command: Command::{variant},
                verb: {verb:?},
                name: {name:?},
                summary: {summary:?},
                standing: Standing::{standing},
                rfc: &[{rfc}],
                documents: &{documents:?},
                replies: Replies {{
                    preliminary: &[{preliminary}],
                    completion: &[{completion}],
                    intermediate: &[{intermediate}],
                    errors: &[{errors}],
                    tolerated: &[{tolerated}],
                }},
            }};\n",
            verb = command.verb,
            variant = command.variant(),
            name = command.name,
            summary = command.summary,
            standing = standing(command.standing),
            rfc = rfc.join(", "),
            preliminary = known(
                &mut command
                    .source
                    .iter()
                    .flat_map(|s| s.preliminary.iter().copied())
            ),
            completion = known(
                &mut command
                    .source
                    .iter()
                    .flat_map(|s| s.completion.iter().copied())
            ),
            intermediate = intermediate.join(", "),
            errors = known(&mut command.source.iter().flat_map(|s| s.errors.iter().copied())),
            tolerated = tolerated.join(", "),
        )
        .unwrap();
    }
    out
}

const COMMAND_HEADER: &str = "\
// @generated from data/commands.toml by codegen/. Do not edit: change the data and run
// `FTP_REPLY_REGENERATE=1 cargo test -p ftp-reply-codegen`.

//! The command table: the [`Command`] variants and the replies each can get.

use crate::command::{CommandInfo, Deviation, Intermediate, Replies};
use crate::{KnownCode, RfcRef, Standing};

/// An FTP command: every command of RFC 959 and its extensions (RFC 1639, 2228, 2389, 2428,
/// 2640, 3659, 4217, 7151), RFC 775's older directory commands, and de facto commands.
///
/// Each command knows the replies it can get ([`Command::replies`]) and can judge a reply
/// ([`Command::judge`]). New commands may be added in minor releases.
///
/// ```
/// use ftp_reply::{Command, KnownCode};
///
/// let retr = Command::from_verb(b\"retr\").unwrap();
/// assert_eq!(retr, Command::Retr);
/// assert!(retr.replies().preliminary().contains(&KnownCode::FileStatusOk));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
";
