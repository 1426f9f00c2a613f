//! The schema of `data/reply_codes.toml` and the rules every entry must follow.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use crate::fields::{self, Record};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    code: Vec<Entry>,
}

/// One code of the catalogue, as written in the data file.
#[derive(Debug, Deserialize)]
pub struct Entry {
    pub code: u16,
    pub name: String,
    pub standing: Standing,
    #[serde(default)]
    pub rfc: Vec<RfcRef>,
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The text fields of [`fields::CODE`], by name.
    #[serde(flatten)]
    pub texts: BTreeMap<String, String>,
}

impl Entry {
    /// The text field `name`; validation has made sure it is there.
    pub fn text(&self, name: &str) -> &str {
        &self.texts[name]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Standard,
    Experimental,
    DeFacto,
    Historical,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RfcRef {
    pub number: u16,
    pub sections: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub source: String,
    pub text: String,
}

/// The RFCs the catalogue draws on; a reference to any other number is a typo.
pub const KNOWN_RFCS: &[u16] = &[
    959, 1123, 1639, 2228, 2389, 2428, 2640, 2773, 3659, 4217, 7151,
];

/// Parses and validates the data, returning every problem found rather than the first.
pub fn load(toml_text: &str) -> Result<Vec<Entry>, Vec<String>> {
    let file: File = toml::from_str(toml_text).map_err(|error| vec![error.to_string()])?;
    let mut errors = Vec::new();
    for entry in &file.code {
        for problem in check_texts(&entry.texts, &fields::CODE) {
            errors.push(format!("{}: {problem}", entry.code));
        }
    }
    errors.extend(validate(&file.code));
    if errors.is_empty() {
        Ok(file.code)
    } else {
        Err(errors)
    }
}

fn validate(entries: &[Entry]) -> Vec<String> {
    let mut errors = Vec::new();
    let mut names = HashSet::new();
    for pair in entries.windows(2) {
        if pair[0].code >= pair[1].code {
            errors.push(format!(
                "codes must be unique and ascending: {} is followed by {}",
                pair[0].code, pair[1].code
            ));
        }
    }
    for entry in entries {
        let mut fail = |message: String| errors.push(format!("{}: {message}", entry.code));
        if !(100..=699).contains(&entry.code) {
            fail("a code is three digits, the first from 1 to 6".into());
        }
        if entry.code / 10 % 10 > 5 {
            fail("the second digit must be a function group, 0 to 5".into());
        }
        if !is_variant_name(&entry.name) {
            fail(format!("{:?} is not a CamelCase variant name", entry.name));
        }
        if !names.insert(entry.name.as_str()) {
            fail(format!("the name {} is used twice", entry.name));
        }
        for reference in &entry.rfc {
            if !KNOWN_RFCS.contains(&reference.number) {
                fail(format!(
                    "RFC {} is not one the catalogue draws on",
                    reference.number
                ));
            }
            if reference.sections.is_empty() || reference.sections.iter().any(|s| s.is_empty()) {
                fail(format!("RFC {} needs its sections", reference.number));
            }
        }
        for note in &entry.notes {
            if let Err(problem) = check_prose(&note.source).and(check_prose(&note.text)) {
                fail(format!("a note {problem}"));
            }
        }
        match entry.standing {
            Standing::Standard | Standing::Experimental if entry.rfc.is_empty() => {
                fail("a code defined by an RFC needs its RFC references".into());
            }
            Standing::DeFacto if !entry.rfc.is_empty() || entry.notes.is_empty() => {
                fail("a de facto code has no RFC, and a note naming who uses it".into());
            }
            Standing::Historical if !entry.rfc.is_empty() || entry.notes.is_empty() => {
                fail(
                    "a historical code has no RFC in scope, and a note saying where it is from"
                        .into(),
                );
            }
            _ => {}
        }
    }
    errors
}

/// Every text field of `record` is there and tidy, and there is no other.
pub fn check_texts(texts: &BTreeMap<String, String>, record: &Record) -> Vec<String> {
    let mut problems = Vec::new();
    for name in record.texts() {
        match texts.get(name) {
            None => problems.push(format!("missing field `{name}`")),
            Some(text) => {
                if let Err(problem) = check_prose(text) {
                    problems.push(format!("{name} {problem}"));
                }
            }
        }
    }
    for name in texts.keys() {
        if !record.texts().any(|text| text == name) {
            problems.push(format!("unknown field `{name}`"));
        }
    }
    problems
}

pub fn is_variant_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Text is trimmed, non-empty, in paragraphs separated by one blank line, without tabs,
/// carriage returns or double spaces.
pub fn check_prose(text: &str) -> Result<(), &'static str> {
    if text.trim().is_empty() {
        return Err("is empty");
    }
    if text.trim() != text {
        return Err("has white space at an end");
    }
    if text.contains(['\t', '\r']) || text.contains("  ") {
        return Err("has a tab, a carriage return or a double space");
    }
    if text
        .split("\n\n")
        .any(|paragraph| paragraph.is_empty() || paragraph.contains('\n'))
    {
        return Err("has a line break inside a paragraph or more than one blank line");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A valid entry, with every text field of the record: the meaning is `"Done."`, the
    /// others say which they are.
    fn valid() -> String {
        let mut entry = String::from(
            "[[code]]\ncode = 200\nname = \"CommandOk\"\nstanding = \"standard\"\n\
             rfc = [{ number = 959, sections = [\"4.2.1\"] }]\n",
        );
        for name in fields::CODE.texts() {
            let text = if name == "meaning" { "Done." } else { name };
            entry.push_str(&format!("{name} = \"{text}\"\n"));
        }
        entry
    }

    fn problems(toml_text: &str) -> Vec<String> {
        load(toml_text).err().unwrap_or_default()
    }

    #[test]
    fn accepts_a_valid_entry() {
        assert_eq!(load(&valid()).map(|entries| entries.len()), Ok(1));
    }

    #[test]
    fn rejects_codes_out_of_order_or_repeated() {
        let twice = format!("{}{}", valid(), valid().replace("CommandOk", "Other"));
        assert!(problems(&twice)[0].contains("unique and ascending"));
    }

    #[test]
    fn rejects_a_repeated_name() {
        let twice = format!("{}{}", valid(), valid().replace("200", "201"));
        assert!(problems(&twice).iter().any(|p| p.contains("used twice")));
    }

    #[test]
    fn rejects_a_bad_first_or_second_digit() {
        assert!(problems(&valid().replace("200", "700"))[0].contains("first from 1 to 6"));
        assert!(problems(&valid().replace("200", "260"))[0].contains("second digit"));
    }

    #[test]
    fn rejects_empty_or_untidy_text() {
        assert!(problems(&valid().replace("\"Done.\"", "\"\""))[0].contains("meaning is empty"));
        assert!(problems(&valid().replace("Done.", "Done. "))[0].contains("white space"));
        assert!(problems(&valid().replace("Done.", "A\\nB"))[0].contains("line break"));
    }

    #[test]
    fn rejects_bad_names_and_references() {
        assert!(problems(&valid().replace("CommandOk", "command_ok"))[0].contains("CamelCase"));
        assert!(problems(&valid().replace("959", "9590"))[0].contains("RFC 9590"));
        assert!(problems(&valid().replace("[\"4.2.1\"]", "[]"))[0].contains("sections"));
    }

    #[test]
    fn requires_sources_to_match_the_standing() {
        let no_rfc = valid().replace("rfc = [{ number = 959, sections = [\"4.2.1\"] }]", "");
        assert!(problems(&no_rfc)[0].contains("needs its RFC references"));
        let de_facto = valid().replace("standard", "de_facto");
        assert!(problems(&de_facto)[0].contains("de facto"));
    }

    #[test]
    fn rejects_unknown_fields() {
        let misspelt = problems(&valid().replace("meaning", "meening"));
        assert!(
            misspelt
                .iter()
                .any(|p| p.contains("missing field `meaning`"))
        );
        assert!(
            misspelt
                .iter()
                .any(|p| p.contains("unknown field `meening`"))
        );
    }
}
