//! The schema of `data/comparisons.toml` and the rules every entry must follow. Which pairs
//! get a page is ftpcode's rule (`site::pairs::worth_a_page`); its tests check that each has
//! an entry here, and that every entry here is such a pair.

use serde::Deserialize;

use crate::reply_codes::{Entry, check_prose};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    comparison: Vec<Comparison>,
}

/// What tells two codes apart, as written in the data file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub codes: [u16; 2],
    pub difference: String,
}

/// Parses and validates the data against the catalogue, returning every problem found.
pub fn load(toml_text: &str, entries: &[Entry]) -> Result<Vec<Comparison>, Vec<String>> {
    let file: File = toml::from_str(toml_text).map_err(|error| vec![error.to_string()])?;
    let mut errors = Vec::new();
    for pair in file.comparison.windows(2) {
        if pair[0].codes >= pair[1].codes {
            errors.push(format!(
                "pairs must be unique and ascending: {:?} is followed by {:?}",
                pair[0].codes, pair[1].codes
            ));
        }
    }
    for comparison in &file.comparison {
        let [first, second] = comparison.codes;
        let mut fail = |message: String| errors.push(format!("{first} vs {second}: {message}"));
        if first >= second {
            fail("the codes go in ascending order".into());
        }
        for code in [first, second] {
            if !entries.iter().any(|entry| entry.code == code) {
                fail(format!("{code} is not in data/reply_codes.toml"));
            }
        }
        if let Err(problem) = check_prose(&comparison.difference) {
            fail(format!("difference {problem}"));
        }
    }
    if errors.is_empty() {
        Ok(file.comparison)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reply_codes::Standing;

    fn entry(code: u16) -> Entry {
        Entry {
            code,
            name: format!("Code{code}"),
            standing: Standing::Standard,
            rfc: Vec::new(),
            notes: Vec::new(),
            texts: Default::default(),
        }
    }

    #[test]
    fn accepts_a_valid_pair_and_rejects_mistakes() {
        let entries = [entry(425), entry(426)];
        let valid = "[[comparison]]\ncodes = [425, 426]\ndifference = \"425 is before.\"\n";
        assert_eq!(load(valid, &entries).map(|pairs| pairs.len()), Ok(1));
        let problems = |text: &str| load(text, &entries).err().unwrap_or_default();
        assert!(problems(&valid.replace("[425, 426]", "[426, 425]"))[0].contains("ascending"));
        assert!(problems(&valid.replace("426]", "427]"))[0].contains("427 is not"));
        assert!(problems(&valid.replace("425 is before.", " "))[0].contains("empty"));
        assert!(problems(&format!("{valid}{valid}"))[0].contains("unique and ascending"));
    }
}
