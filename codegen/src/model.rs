//! Shaping the data into what the generated files hold: variants and their records, as
//! expression trees. Nothing here prints Rust; `print` does.

use std::collections::BTreeMap;

use crate::causes::Cause;
use crate::commands::Command;
use crate::fields::{self, Kind, Record};
use crate::print::escape;
use crate::reply_codes::{Entry, Standing};
use crate::socket_errors::SocketError;

/// A Rust expression in a static record.
#[derive(Debug)]
pub enum Expr {
    /// A string literal.
    Str(String),
    /// A path or a number, such as `KnownCode::NotLoggedIn` or `959`.
    Path(String),
    /// A struct literal.
    Struct(&'static str, Vec<(&'static str, Expr)>),
    /// A slice literal, `&[...]`.
    Slice(Vec<Expr>),
    /// A reference, `&...`.
    Ref(Box<Expr>),
}

/// One variant of a generated enum, with its record.
pub struct Variant {
    /// The variant's name, such as `NotLoggedIn`.
    pub name: String,
    /// Its discriminant, if the enum has explicit ones.
    pub discriminant: Option<u16>,
    /// Its rustdoc, plain text with paragraphs separated by blank lines.
    pub doc: String,
    /// The text the variant is known by: the verb of a command, the name of a code.
    pub label: String,
    /// The name of its static record, such as `CODE_530`.
    pub record_name: String,
    /// The record's stored fields, in the order of the record type.
    pub record: Vec<(&'static str, Expr)>,
}

/// The values of `record`'s stored fields: the key, the texts of `texts`, and `shaped`,
/// which must hold exactly the shaped fields.
fn stored_fields(
    record: &Record,
    key: Expr,
    texts: &BTreeMap<String, String>,
    mut shaped: BTreeMap<&'static str, Expr>,
) -> Vec<(&'static str, Expr)> {
    let mut key = Some(key);
    let values = record
        .fields
        .iter()
        .filter_map(|field| {
            let value = match field.kind {
                Kind::Key(_) => key.take().expect("one key per record"),
                Kind::Text => Expr::Str(texts[field.name].clone()),
                Kind::Shaped(_) => shaped
                    .remove(field.name)
                    .unwrap_or_else(|| panic!("{}.{} is not shaped", record.name, field.name)),
                Kind::Computed => return None,
            };
            Some((field.name, value))
        })
        .collect();
    assert!(
        shaped.is_empty(),
        "{} has no fields {:?}",
        record.name,
        shaped.keys().collect::<Vec<_>>()
    );
    values
}

/// The `KnownCode` variants and their records.
pub fn codes(entries: &[Entry], commands: &[Command]) -> Vec<Variant> {
    entries
        .iter()
        .map(|entry| {
            let producers = commands
                .iter()
                .filter(|command| command.codes().contains(&entry.code))
                .map(|command| Expr::Path(format!("Command::{}", command.variant())))
                .collect();
            let notes = entry
                .notes
                .iter()
                .map(|note| {
                    Expr::Struct(
                        "Note",
                        vec![
                            ("source", Expr::Str(note.source.clone())),
                            ("text", Expr::Str(note.text.clone())),
                        ],
                    )
                })
                .collect();
            let references = entry
                .rfc
                .iter()
                .map(|reference| (reference.number, reference.sections.clone()))
                .collect::<Vec<_>>();
            let shaped = BTreeMap::from([
                ("rfc", rfc_refs(&references)),
                ("commands", Expr::Slice(producers)),
                ("standing", standing(entry.standing)),
                ("notes", Expr::Slice(notes)),
            ]);
            let key = Expr::Path(format!("KnownCode::{}", entry.name));
            Variant {
                name: entry.name.clone(),
                discriminant: Some(entry.code),
                doc: code_doc(entry),
                label: entry.name.clone(),
                record_name: format!("CODE_{}", entry.code),
                record: stored_fields(&fields::CODE, key, &entry.texts, shaped),
            }
        })
        .collect()
}

/// The variant's rustdoc: code and canonical text, the meaning, then where it stands.
fn code_doc(entry: &Entry) -> String {
    let references: Vec<String> = entry.rfc.iter().map(rfc_ref_text).collect();
    let origin = match entry.standing {
        Standing::Standard => references.join("; "),
        Standing::Experimental => format!("{} (Experimental)", references.join("; ")),
        Standing::DeFacto => "De facto: defined by no RFC".to_string(),
        Standing::Historical => "Historical: from the reply lists before RFC 959".to_string(),
    };
    format!(
        "`{}` {}\n\n{}\n\n{}.",
        entry.code,
        escape(entry.text("canonical_text")),
        escape(entry.text("meaning")),
        escape(&origin)
    )
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

/// The `Command` variants and their records, with the sources of each command merged.
pub fn commands(commands: &[Command], entries: &[Entry]) -> Vec<Variant> {
    let names: BTreeMap<u16, &str> = entries.iter().map(|e| (e.code, e.name.as_str())).collect();
    let code = |code: &u16| Expr::Path(format!("KnownCode::{}", names[code]));
    let codes = |codes: &mut dyn Iterator<Item = u16>| {
        let mut codes: Vec<u16> = codes.collect();
        codes.sort_unstable();
        codes.dedup();
        Expr::Slice(codes.iter().map(code).collect())
    };
    let variant_of = |verb: &str| {
        let command = commands.iter().find(|c| c.verb == verb);
        format!(
            "Command::{}",
            command.map(Command::variant).unwrap_or_default()
        )
    };
    commands
        .iter()
        .map(|command| {
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
                    (None, Some(document)) if source.sections.is_empty() => {
                        documents.push(Expr::Str(document.clone()));
                    }
                    (None, Some(document)) => documents.push(Expr::Str(format!(
                        "{document} §{}",
                        source.sections.join(", §")
                    ))),
                    (None, None) => {}
                }
            }
            let mut intermediate: BTreeMap<u16, Vec<String>> = BTreeMap::new();
            for item in command.source.iter().flat_map(|s| &s.intermediate) {
                let next = intermediate.entry(item.code).or_default();
                for verb in &item.next {
                    let variant = variant_of(verb);
                    if !next.contains(&variant) {
                        next.push(variant);
                    }
                }
            }
            let intermediate = intermediate
                .iter()
                .map(|(reply, next)| {
                    Expr::Struct(
                        "IntermediateReply",
                        vec![
                            ("code", code(reply)),
                            (
                                "next",
                                Expr::Slice(next.iter().cloned().map(Expr::Path).collect()),
                            ),
                        ],
                    )
                })
                .collect();
            let deviations = command
                .deviations
                .iter()
                .map(|deviation| {
                    Expr::Struct(
                        "Deviation",
                        vec![
                            ("code", code(&deviation.code)),
                            ("note", Expr::Str(deviation.note.clone())),
                        ],
                    )
                })
                .collect();
            let sources = &command.source;
            let replies = Expr::Struct(
                "Replies",
                vec![
                    (
                        "preliminary",
                        codes(&mut sources.iter().flat_map(|s| s.preliminary.clone())),
                    ),
                    (
                        "completion",
                        codes(&mut sources.iter().flat_map(|s| s.completion.clone())),
                    ),
                    ("intermediate", Expr::Slice(intermediate)),
                    (
                        "negative",
                        codes(&mut sources.iter().flat_map(|s| s.negative.clone())),
                    ),
                    ("deviations", Expr::Slice(deviations)),
                ],
            );
            let references: Vec<(u16, Vec<String>)> = rfc.into_iter().collect();
            let shaped = BTreeMap::from([
                ("standing", standing(command.standing)),
                ("rfc", rfc_refs(&references)),
                ("documents", Expr::Slice(documents)),
                ("replies", Expr::Ref(Box::new(replies))),
            ]);
            let key = Expr::Path(format!("Command::{}", command.variant()));
            Variant {
                name: command.variant(),
                discriminant: None,
                doc: format!(
                    "`{}`: {}. {}",
                    command.verb,
                    escape(command.text("title")),
                    escape(command.text("summary"))
                ),
                label: command.verb.clone(),
                record_name: format!("COMMAND_{}", command.verb),
                record: stored_fields(&fields::COMMAND, key, &command.texts, shaped),
            }
        })
        .collect()
}

/// The records of the socket errors.
pub fn socket_errors(errors: &[SocketError]) -> Vec<Vec<(&'static str, Expr)>> {
    errors
        .iter()
        .map(|error| {
            let shaped = BTreeMap::from([("name", Expr::Str(error.name.clone()))]);
            let key = Expr::Path(error.number.to_string());
            stored_fields(&fields::SOCKET_ERROR, key, &error.texts, shaped)
        })
        .collect()
}

/// The `Cause` variants and their records, in the order of the data file.
pub fn causes(causes: &[Cause]) -> Vec<Variant> {
    causes
        .iter()
        .map(|cause| {
            let name = cause.variant();
            let key = Expr::Path(format!("Cause::{name}"));
            Variant {
                doc: format!("{}.", escape(&cause.texts["title"])),
                label: cause.id.clone(),
                record_name: format!("CAUSE_{}", cause.id.replace('-', "_").to_uppercase()),
                record: stored_fields(&fields::CAUSE, key, &cause.texts, BTreeMap::new()),
                discriminant: None,
                name,
            }
        })
        .collect()
}

fn rfc_refs(references: &[(u16, Vec<String>)]) -> Expr {
    Expr::Slice(
        references
            .iter()
            .map(|(number, sections)| {
                Expr::Struct(
                    "RfcRef",
                    vec![
                        ("number", Expr::Path(number.to_string())),
                        (
                            "sections",
                            Expr::Slice(sections.iter().cloned().map(Expr::Str).collect()),
                        ),
                    ],
                )
            })
            .collect(),
    )
}

fn standing(standing: Standing) -> Expr {
    let name = match standing {
        Standing::Standard => "Standard",
        Standing::Experimental => "Experimental",
        Standing::DeFacto => "DeFacto",
        Standing::Historical => "Historical",
    };
    Expr::Path(format!("Standing::{name}"))
}
