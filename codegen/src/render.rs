//! Renders the catalogue as Rust source for `src/table.rs`.

use std::fmt::Write;

use crate::reply_codes::{Entry, Status};

/// The whole of `src/table.rs`, before rustfmt.
pub fn table(entries: &[Entry]) -> String {
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

    let mut map = phf_codegen::Map::new();
    for entry in entries {
        map.entry(entry.code, format!("&INFO_{}", entry.code));
    }
    out.push_str("/// The perfect-hash map from a code's number to its record.\n");
    writeln!(
        out,
        "pub(crate) static BY_CODE: phf::Map<u16, &'static CodeInfo> = {};\n",
        map.build()
    )
    .unwrap();

    for entry in entries {
        out.push_str(&record(entry));
    }
    out
}

const HEADER: &str = "\
// @generated from data/reply_codes.toml by codegen/. Do not edit: change the data and run
// `FTP_REPLY_REGENERATE=1 cargo test -p ftp-reply-codegen`.

//! The catalogue: the [`KnownCode`] variants and their records.

use crate::{CodeInfo, CodeStatus, Note, RfcRef};

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
/// assert!(code.commands().contains(&\"RETR\"));
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
fn record(entry: &Entry) -> String {
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
    let status = match entry.status {
        Status::Standard => "Standard",
        Status::Experimental => "Experimental",
        Status::DeFacto => "DeFacto",
    };
    format!(
        "static INFO_{code}: CodeInfo = CodeInfo {{
            code: KnownCode::{name},
            canonical_text: {canonical:?},
            meaning: {meaning:?},
            when_you_see_it: {when:?},
            how_to_fix: {fix:?},
            rfc: &[{rfc}],
            commands: &{commands:?},
            status: CodeStatus::{status},
            notes: &[{notes}],
        }};\n\n",
        code = entry.code,
        name = entry.name,
        canonical = entry.canonical_text,
        meaning = entry.meaning,
        when = entry.when_you_see_it,
        fix = entry.how_to_fix,
        rfc = rfc.join(", "),
        commands = entry.commands,
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
