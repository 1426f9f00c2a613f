//! The schema of `data/socket_errors.toml` and the rules every error must follow.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::fields;
use crate::reply_codes::check_texts;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    error: Vec<SocketError>,
}

/// One Winsock error, as written in the data file.
#[derive(Debug, Deserialize)]
pub struct SocketError {
    pub number: u16,
    pub name: String,
    /// The text fields of [`fields::SOCKET_ERROR`], by name.
    #[serde(flatten)]
    pub texts: BTreeMap<String, String>,
}

/// Parses and validates the data, returning every problem found.
pub fn load(toml_text: &str) -> Result<Vec<SocketError>, Vec<String>> {
    let file: File = toml::from_str(toml_text).map_err(|error| vec![error.to_string()])?;
    let mut errors = Vec::new();
    for pair in file.error.windows(2) {
        if pair[0].number >= pair[1].number {
            errors.push(format!(
                "numbers must be unique and ascending: {} is followed by {}",
                pair[0].number, pair[1].number
            ));
        }
    }
    for error in &file.error {
        let mut fail = |message: String| errors.push(format!("{}: {message}", error.number));
        if !(10000..=11999).contains(&error.number) {
            fail("a Winsock error number is from 10000 to 11999".into());
        }
        if !(error.name.starts_with("WSA") && error.name.bytes().all(|b| b.is_ascii_uppercase())) {
            fail(format!(
                "{:?} is not a Winsock name such as WSAETIMEDOUT",
                error.name
            ));
        }
        for problem in check_texts(&error.texts, &fields::SOCKET_ERROR) {
            fail(problem);
        }
    }
    if errors.is_empty() {
        Ok(file.error)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_a_valid_error_and_rejects_mistakes() {
        let texts: String = fields::SOCKET_ERROR
            .texts()
            .map(|name| format!("{name} = \"The {name}.\"\n"))
            .collect();
        let valid = format!("[[error]]\nnumber = 10060\nname = \"WSAETIMEDOUT\"\n{texts}");
        assert_eq!(load(&valid).map(|errors| errors.len()), Ok(1));
        let problems = |text: &str| load(text).err().unwrap_or_default();
        assert!(problems(&valid.replace("10060", "60"))[0].contains("10000 to 11999"));
        assert!(problems(&valid.replace("WSAETIMEDOUT", "timeout"))[0].contains("Winsock name"));
        assert!(problems(&valid.replace("how_to_fix =", "fix ="))[0].contains("how_to_fix"));
        let twice = format!("{valid}{valid}");
        assert!(problems(&twice)[0].contains("unique and ascending"));
    }
}
