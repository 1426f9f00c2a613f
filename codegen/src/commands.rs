//! The schema of `data/commands.toml` and the rules every command must follow.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Deserialize;

use crate::fields;
use crate::reply_codes::{self, Entry, KNOWN_RFCS};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    command: Vec<Command>,
}

/// One command, as written in the data file.
#[derive(Debug, Deserialize)]
pub struct Command {
    pub verb: String,
    pub standing: reply_codes::Standing,
    #[serde(default)]
    pub deviations: Vec<Deviation>,
    pub source: Vec<Source>,
    /// The text fields of [`fields::COMMAND`], by name.
    #[serde(flatten)]
    pub texts: BTreeMap<String, String>,
}

/// A reply that real servers send for the command though no source lists it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deviation {
    pub code: u16,
    pub note: String,
}

/// One document's statement of the command's replies.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub rfc: Option<u16>,
    pub document: Option<String>,
    /// Where in the document; a server's source file may name none.
    #[serde(default)]
    pub sections: Vec<String>,
    #[serde(default)]
    pub preliminary: Vec<u16>,
    #[serde(default)]
    pub completion: Vec<u16>,
    #[serde(default)]
    pub intermediate: Vec<Intermediate>,
    #[serde(default)]
    pub negative: Vec<u16>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intermediate {
    pub code: u16,
    pub next: Vec<String>,
}

impl Command {
    /// The CamelCase variant name: `RETR` becomes `Retr`, `MD5` becomes `Md5`.
    pub fn variant(&self) -> String {
        let mut name = self.verb.to_ascii_lowercase();
        name[..1].make_ascii_uppercase();
        name
    }

    /// Every code the command's sources list, in one role or another, sorted.
    pub fn listed_codes(&self) -> BTreeSet<u16> {
        let mut codes = BTreeSet::new();
        for source in &self.source {
            codes.extend(&source.preliminary);
            codes.extend(&source.completion);
            codes.extend(source.intermediate.iter().map(|i| i.code));
            codes.extend(&source.negative);
        }
        codes
    }

    /// Every code the command can produce: listed or a deviation.
    pub fn codes(&self) -> BTreeSet<u16> {
        let mut codes = self.listed_codes();
        codes.extend(self.deviations.iter().map(|d| d.code));
        codes
    }

    /// The text field `name`; validation has made sure it is there.
    pub fn text(&self, name: &str) -> &str {
        &self.texts[name]
    }
}

/// The longest verb: RFC 959's are 3 or 4 letters, servers' extensions such as XSHA256 longer.
pub const MAX_VERB: usize = 8;

/// Parses and validates the commands against the reply codes, returning every problem.
pub fn load(toml_text: &str, codes: &[Entry]) -> Result<Vec<Command>, Vec<String>> {
    let file: File = toml::from_str(toml_text).map_err(|error| vec![error.to_string()])?;
    let errors = validate(&file.command, codes);
    if errors.is_empty() {
        Ok(file.command)
    } else {
        Err(errors)
    }
}

fn validate(commands: &[Command], codes: &[Entry]) -> Vec<String> {
    let known: HashMap<u16, &Entry> = codes.iter().map(|entry| (entry.code, entry)).collect();
    let verbs: HashSet<&str> = commands.iter().map(|c| c.verb.as_str()).collect();
    let mut errors = Vec::new();
    if verbs.len() != commands.len() {
        errors.push("a verb is listed twice".to_string());
    }
    for command in commands {
        let mut fail = |message: String| errors.push(format!("{}: {message}", command.verb));
        let verb_ok = (3..=MAX_VERB).contains(&command.verb.len())
            && command.verb.starts_with(|c: char| c.is_ascii_uppercase())
            && command
                .verb
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if !verb_ok {
            fail(format!(
                "a verb is 3 to {MAX_VERB} upper-case letters or digits, starting with a letter"
            ));
        }
        for problem in reply_codes::check_texts(&command.texts, &fields::COMMAND) {
            fail(problem);
        }
        if command.source.is_empty() {
            fail("needs at least one source".into());
        }
        let mut roles: HashMap<u16, &str> = HashMap::new();
        for source in &command.source {
            match (source.rfc, &source.document) {
                (Some(rfc), None) if KNOWN_RFCS.contains(&rfc) => {}
                (Some(rfc), None) => fail(format!("RFC {rfc} is not one the catalogue draws on")),
                (None, Some(document)) if !document.is_empty() => {}
                _ => fail("a source names either an RFC or a document".into()),
            }
            if source.rfc.is_some() && source.sections.is_empty() {
                fail("an RFC source needs its sections".into());
            }
            let lists: [(&str, Vec<u16>, &[u8]); 4] = [
                ("preliminary", source.preliminary.clone(), b"1"),
                ("completion", source.completion.clone(), b"26"),
                (
                    "intermediate",
                    source.intermediate.iter().map(|i| i.code).collect(),
                    b"3",
                ),
                ("negative", source.negative.clone(), b"45"),
            ];
            for (role, list, digits) in lists {
                for code in list {
                    if !known.contains_key(&code) {
                        fail(format!("{code} is not in data/reply_codes.toml"));
                    }
                    let first = code.to_string().as_bytes()[0];
                    if !digits.contains(&first) {
                        fail(format!("{code} cannot be a {role} reply"));
                    }
                    if *roles.entry(code).or_insert(role) != role {
                        fail(format!("{code} is listed in two roles"));
                    }
                }
            }
            for intermediate in &source.intermediate {
                for next in &intermediate.next {
                    if !verbs.contains(next.as_str()) {
                        fail(format!(
                            "{next}, which may follow {}, is not a command",
                            intermediate.code
                        ));
                    }
                }
            }
        }
        for deviation in &command.deviations {
            if !known.contains_key(&deviation.code) {
                fail(format!(
                    "deviation {} is not in data/reply_codes.toml",
                    deviation.code
                ));
            }
            if roles.contains_key(&deviation.code) {
                fail(format!("{} is both listed and a deviation", deviation.code));
            }
            if let Err(problem) = reply_codes::check_prose(&deviation.note) {
                fail(format!("the note on {} {problem}", deviation.code));
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 959 §5.4, transcribed: each command with every reply the table lists for it,
    /// `(110)` included.
    const RFC_959_SECTION_5_4: &[(&str, &[u16])] = &[
        ("USER", &[230, 530, 500, 501, 421, 331, 332]),
        ("PASS", &[230, 202, 530, 500, 501, 503, 421, 332]),
        ("ACCT", &[230, 202, 530, 500, 501, 503, 421]),
        ("CWD", &[250, 500, 501, 502, 421, 530, 550]),
        ("CDUP", &[200, 500, 501, 502, 421, 530, 550]),
        ("SMNT", &[202, 250, 500, 501, 502, 421, 530, 550]),
        ("REIN", &[120, 220, 421, 500, 502]),
        ("QUIT", &[221, 500]),
        ("PORT", &[200, 500, 501, 421, 530]),
        ("PASV", &[227, 500, 501, 502, 421, 530]),
        ("MODE", &[200, 500, 501, 504, 421, 530]),
        ("TYPE", &[200, 500, 501, 504, 421, 530]),
        ("STRU", &[200, 500, 501, 504, 421, 530]),
        ("ALLO", &[200, 202, 500, 501, 504, 421, 530]),
        ("REST", &[500, 501, 502, 421, 530, 350]),
        (
            "STOR",
            &[
                125, 150, 110, 226, 250, 425, 426, 451, 551, 552, 532, 450, 452, 553, 500, 501,
                421, 530,
            ],
        ),
        (
            "STOU",
            &[
                125, 150, 110, 226, 250, 425, 426, 451, 551, 552, 532, 450, 452, 553, 500, 501,
                421, 530,
            ],
        ),
        (
            "RETR",
            &[
                125, 150, 110, 226, 250, 425, 426, 451, 450, 550, 500, 501, 421, 530,
            ],
        ),
        (
            "LIST",
            &[
                125, 150, 226, 250, 425, 426, 451, 450, 500, 501, 502, 421, 530,
            ],
        ),
        (
            "NLST",
            &[
                125, 150, 226, 250, 425, 426, 451, 450, 500, 501, 502, 421, 530,
            ],
        ),
        (
            "APPE",
            &[
                125, 150, 110, 226, 250, 425, 426, 451, 551, 552, 532, 450, 550, 452, 553, 500,
                501, 502, 421, 530,
            ],
        ),
        ("RNFR", &[450, 550, 500, 501, 502, 421, 530, 350]),
        ("RNTO", &[250, 532, 553, 500, 501, 502, 503, 421, 530]),
        ("DELE", &[250, 450, 550, 500, 501, 502, 421, 530]),
        ("RMD", &[250, 500, 501, 502, 421, 530, 550]),
        ("MKD", &[257, 500, 501, 502, 421, 530, 550]),
        ("PWD", &[257, 500, 501, 502, 421, 550]),
        ("ABOR", &[225, 226, 500, 501, 502, 421]),
        ("SYST", &[215, 500, 501, 502, 421]),
        ("STAT", &[211, 212, 213, 450, 500, 501, 502, 421, 530]),
        ("HELP", &[211, 214, 500, 501, 502, 421]),
        ("SITE", &[200, 202, 500, 501, 530]),
        ("NOOP", &[200, 500, 421]),
    ];

    fn data() -> Vec<Command> {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/");
        let codes = std::fs::read_to_string(format!("{root}reply_codes.toml")).unwrap();
        let commands = std::fs::read_to_string(format!("{root}commands.toml")).unwrap();
        load(&commands, &reply_codes::load(&codes).unwrap()).unwrap()
    }

    #[test]
    fn the_rfc_959_part_is_section_5_4_exactly() {
        let commands = data();
        for (verb, expected) in RFC_959_SECTION_5_4 {
            let command = commands.iter().find(|c| c.verb == *verb).unwrap();
            let from_5_4: BTreeSet<u16> = command
                .source
                .iter()
                .filter(|s| s.rfc == Some(959) && s.sections.iter().any(|x| x == "5.4"))
                .flat_map(|s| {
                    let inter = s.intermediate.iter().map(|i| i.code);
                    s.preliminary
                        .iter()
                        .chain(&s.completion)
                        .chain(&s.negative)
                        .copied()
                        .chain(inter)
                        .collect::<Vec<_>>()
                })
                .collect();
            let expected: BTreeSet<u16> = expected.iter().copied().collect();
            assert_eq!(from_5_4, expected, "{verb}");
        }
        let from_959 = commands.iter().filter(|c| {
            c.source
                .iter()
                .any(|s| s.sections.iter().any(|x| x == "5.4"))
        });
        assert_eq!(from_959.count(), RFC_959_SECTION_5_4.len());
    }

    #[test]
    fn sequences_follow_section_6() {
        let commands = data();
        let next = |verb: &str, code: u16| -> Vec<String> {
            let command = commands.iter().find(|c| c.verb == verb).unwrap();
            command
                .source
                .iter()
                .flat_map(|s| &s.intermediate)
                .filter(|i| i.code == code)
                .flat_map(|i| i.next.clone())
                .collect()
        };
        assert_eq!(next("USER", 331), ["PASS"]);
        assert_eq!(next("USER", 332), ["ACCT"]);
        assert_eq!(next("PASS", 332), ["ACCT"]);
        assert_eq!(next("RNFR", 350), ["RNTO"]);
        assert!(next("REST", 350).starts_with(&[
            "RETR".to_string(),
            "STOR".to_string(),
            "APPE".to_string()
        ]));
    }

    #[test]
    fn validation_catches_mistakes() {
        let codes = reply_codes::load(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../data/reply_codes.toml"
            ))
            .unwrap(),
        )
        .unwrap();
        let check = |toml_text: &str| load(toml_text, &codes).err().unwrap_or_default();
        let texts: String = fields::COMMAND
            .texts()
            .map(|name| format!("{name} = \"The {name}.\"\n"))
            .collect();
        let good = format!(
            "[[command]]\nverb = \"NOOP\"\nstanding = \"standard\"\n{texts}\
             [[command.source]]\nrfc = 959\nsections = [\"5.4\"]\ncompletion = [200]\n"
        );
        assert!(check(&good).is_empty());
        assert!(check(&good.replace("[200]", "[299]"))[0].contains("not in data/reply_codes.toml"));
        assert!(
            check(&good.replace("completion = [200]", "completion = [500]"))[0]
                .contains("cannot be a completion reply")
        );
        assert!(check(&good.replace("completion = [200]", "completion = [200]\nnegative = [500]\nintermediate = [{ code = 350, next = [\"XYZ\"] }]"))[0].contains("XYZ"));
        assert!(check(&good.replace("rfc = 959", "rfc = 9999"))[0].contains("RFC 9999"));
        assert!(check(&good.replace("\"NOOP\"", "\"noop\""))[0].contains("verb"));
    }
}
