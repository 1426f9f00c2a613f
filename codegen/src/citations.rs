//! The data's citations checked against the RFC texts themselves: every cited section
//! exists in its RFC, and every code's canonical text is in the RFC that defines it.
//!
//! The texts are not part of this repository; `.ci/run` points `FTP_REPLY_RFC_DIR` at the
//! folder that holds them (`rfc959.txt`, `rfc1123.txt`, ...).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::commands::Command;
use crate::reply_codes::{Entry, Standing};

/// The environment variable naming the folder of RFC texts.
pub const RFC_DIR: &str = "FTP_REPLY_RFC_DIR";

/// One RFC's text and the sections it has.
pub struct Rfc {
    /// The text in lower case, with runs of white space folded to one space.
    folded: String,
    /// Section numbers such as `4.1.2.6`, and appendix names such as `Appendix II`.
    sections: BTreeSet<String>,
}

impl Rfc {
    pub fn parse(text: &str) -> Rfc {
        let mut sections = BTreeSet::new();
        for line in text.lines() {
            let trimmed = line.trim_start();
            let appendix = trimmed
                .strip_prefix("APPENDIX ")
                .or_else(|| line.strip_prefix("Appendix "));
            if let Some(rest) = appendix {
                let name = rest.split([' ', '-', '.', ':']).next().unwrap_or_default();
                sections.insert(format!("Appendix {name}"));
            }
            let number: String = trimmed
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let number = number.trim_end_matches('.');
            let after = trimmed[number.len()..].trim_start_matches('.');
            // A heading: the number, white space, then a word; a bare number over 50 is a
            // reply code at the start of a line, not a section.
            let heading = !number.is_empty()
                && after.starts_with(' ')
                && after
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_alphabetic())
                && (number.contains('.') || number.parse::<u32>().is_ok_and(|n| n < 50));
            if heading {
                sections.insert(number.to_string());
            }
        }
        Rfc {
            folded: fold(text),
            sections,
        }
    }

    pub fn has_section(&self, section: &str) -> bool {
        self.sections.contains(section)
    }

    /// Whether the text holds `phrase`, in any letter case and line breaks.
    fn contains(&self, phrase: &str) -> bool {
        self.folded.contains(&fold(phrase))
    }
}

fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Loads every `rfcNNNN.txt` in `folder`, by number.
pub fn load(folder: &Path) -> BTreeMap<u16, Rfc> {
    let mut rfcs = BTreeMap::new();
    for entry in std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display())) {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(number) = name
            .strip_prefix("rfc")
            .and_then(|rest| rest.strip_suffix(".txt"))
            .and_then(|number| number.parse().ok())
        {
            rfcs.insert(number, Rfc::parse(&std::fs::read_to_string(&path).unwrap()));
        }
    }
    rfcs
}

/// Loads every `draft-*.txt` in `folder`, by name without `.txt`.
pub fn load_drafts(folder: &Path) -> BTreeMap<String, Rfc> {
    let mut drafts = BTreeMap::new();
    for entry in std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display())) {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(name) = name
            .strip_prefix("draft-")
            .and_then(|n| n.strip_suffix(".txt"))
        {
            let text = std::fs::read_to_string(&path).unwrap();
            drafts.insert(format!("draft-{name}"), Rfc::parse(&text));
        }
    }
    drafts
}

/// Every citation that its RFC does not bear out.
pub fn check(rfcs: &BTreeMap<u16, Rfc>, codes: &[Entry], commands: &[Command]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut cite = |who: String, number: u16, sections: &[String]| match rfcs.get(&number) {
        // RFC 775 and 2773 are cited for history; their texts are not in the folder.
        None if matches!(number, 775 | 2773) => {}
        None => problems.push(format!("{who}: RFC {number} is not in the folder")),
        Some(rfc) => {
            for section in sections {
                if !rfc.has_section(section) {
                    problems.push(format!("{who}: RFC {number} has no section {section}"));
                }
            }
        }
    };
    for code in codes {
        for reference in &code.rfc {
            cite(code.code.to_string(), reference.number, &reference.sections);
        }
    }
    for command in commands {
        for source in &command.source {
            if let Some(number) = source.rfc {
                cite(command.verb.clone(), number, &source.sections);
            }
        }
    }
    // Most RFCs list a code with its text (`230 User logged in, proceed.`); RFC 2428 gives
    // the text beside the digits' meanings (`xy9 Extended Passive Mode Entered`) and RFC
    // 2228 names its 6yz replies in a sentence (`an integrity protected reply`).
    for code in codes {
        let canonical = code.text("canonical_text");
        let defined = matches!(code.standing, Standing::Standard | Standing::Experimental);
        let phrases = [
            format!("{} {canonical}", code.code),
            format!("xy{} {canonical}", code.code % 10),
            format!(" {} ", canonical.trim_end_matches('.')),
        ];
        let found = code
            .rfc
            .iter()
            .filter_map(|reference| rfcs.get(&reference.number))
            .any(|rfc| {
                let in_a_sentence = code.code / 100 == 6 && rfc.contains(&phrases[2]);
                rfc.contains(&phrases[0]) || rfc.contains(&phrases[1]) || in_a_sentence
            });
        if defined && !found {
            problems.push(format!(
                "{}: \"{canonical}\" is in none of its RFCs",
                code.code
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_sections_and_reply_lines_are_not() {
        let rfc = Rfc::parse(
            "4.1.2.6  PASV Command: RFC-959 Section 4.1.1\n   5.  DECLARATIVE\n\
             APPENDIX II -  DIRECTORY COMMANDS\nAppendix I: Specification under the GSSAPI\n\
             \x20  230 User logged in, proceed.\ntext 7.2 in a sentence\n",
        );
        for section in ["4.1.2.6", "5", "Appendix II", "Appendix I"] {
            assert!(rfc.has_section(section), "{section}");
        }
        for not in ["230", "7.2", "4.1"] {
            assert!(!rfc.has_section(not), "{not}");
        }
        assert!(rfc.contains("230 User logged in,\n  proceed."));
    }
}
