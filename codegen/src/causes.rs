//! The schema of `data/causes.toml` and the rules every cause must follow.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::fields;
use crate::reply_codes::check_texts;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    cause: Vec<Cause>,
}

/// One cause of trouble, as written in the data file.
#[derive(Debug, Deserialize)]
pub struct Cause {
    pub id: String,
    /// The text fields of [`fields::CAUSE`], by name.
    #[serde(flatten)]
    pub texts: BTreeMap<String, String>,
}

impl Cause {
    /// The variant's name: the id in camel case, such as `PassiveAddress`.
    pub fn variant(&self) -> String {
        self.id
            .split('-')
            .map(|word| word[..1].to_ascii_uppercase() + &word[1..])
            .collect()
    }
}

/// Parses and validates the data, returning every problem found.
pub fn load(toml_text: &str) -> Result<Vec<Cause>, Vec<String>> {
    let file: File = toml::from_str(toml_text).map_err(|error| vec![error.to_string()])?;
    let mut errors = Vec::new();
    for (index, cause) in file.cause.iter().enumerate() {
        let mut fail = |message: String| errors.push(format!("{}: {message}", cause.id));
        let words_ok = cause.id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
        if !words_ok || !cause.id.starts_with(|c: char| c.is_ascii_lowercase()) {
            fail("an id is lower-case words joined by hyphens".into());
        }
        if file.cause[..index].iter().any(|other| other.id == cause.id) {
            fail("the id is used twice".into());
        }
        for problem in check_texts(&cause.texts, &fields::CAUSE) {
            fail(problem);
        }
    }
    if errors.is_empty() {
        Ok(file.cause)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_a_valid_cause_and_rejects_mistakes() {
        let texts: String = fields::CAUSE
            .texts()
            .map(|name| format!("{name} = \"The {name}.\"\n"))
            .collect();
        let valid = format!("[[cause]]\nid = \"idle-timeout\"\n{texts}");
        let loaded = load(&valid).expect("valid");
        assert_eq!(loaded[0].variant(), "IdleTimeout");
        let problems = |text: &str| load(text).err().unwrap_or_default();
        assert!(problems(&valid.replace("idle-timeout", "Idle_Timeout"))[0].contains("hyphens"));
        assert!(problems(&valid.replace("idle-timeout", "idle--timeout"))[0].contains("hyphens"));
        assert!(problems(&valid.replace("fix_user =", "fix ="))[0].contains("fix_user"));
        let twice = format!("{valid}{valid}");
        assert!(problems(&twice)[0].contains("used twice"));
    }
}
