//! The catalogue's texts in the site's other languages, from `data/translations/`: each
//! code's title, meaning, when you see it and how to fix it, and the other texts of the site
//! by key: the index's introduction, category and group descriptions, commands, notes,
//! deviations and comparisons. What is not translated stays in English, marked as such.

use std::collections::HashMap;
use std::sync::OnceLock;

use ftp_reply::KnownCode;
#[cfg(test)]
use ftp_reply::{Category, Command, FunctionGroup};
use serde::Deserialize;

use super::Language;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    code: Vec<CodeText>,
    text: Vec<Text>,
}

/// Any other text of the site, by key.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Text {
    key: String,
    /// The [`checksum_of`] the English the translation was made from.
    source: String,
    text: String,
}

/// A code's texts in one language.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CodeText {
    code: u16,
    /// The [`checksum`] of the English the translation was made from.
    source: String,
    pub(crate) title: String,
    pub(crate) meaning: String,
    pub(crate) when_you_see_it: String,
    pub(crate) how_to_fix: String,
}

/// The file of `language`'s translations; none for English.
fn file(language: Language) -> &'static str {
    match language {
        Language::English => "",
        Language::Japanese => include_str!("../../data/translations/ja.toml"),
        Language::Vietnamese => include_str!("../../data/translations/vi.toml"),
    }
}

/// Every entry of `text`, a translations file.
fn parse(text: &str) -> File {
    // The files are part of this crate, and its tests parse them.
    toml::from_str::<File>(text).unwrap_or(File {
        code: Vec::new(),
        text: Vec::new(),
    })
}

/// A language's translations, read once: the codes translated from the English of today,
/// and the other texts by key.
struct Translations {
    codes: Vec<CodeText>,
    texts: HashMap<String, Text>,
}

fn translations(language: Language) -> Option<&'static Translations> {
    static ALL: OnceLock<[Translations; 3]> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        Language::ALL.map(|language| {
            let File { mut code, text } = parse(file(language));
            code.retain(|text| {
                KnownCode::from_u16(text.code).is_some_and(|code| text.source == checksum(code))
            });
            Translations {
                codes: code,
                texts: text
                    .into_iter()
                    .map(|text| (text.key.clone(), text))
                    .collect(),
            }
        })
    });
    let index = Language::ALL.iter().position(|&other| other == language)?;
    all.get(index)
}

/// The translation into `language` of the text `key`, whose English is `english`, if it was
/// translated from that English.
pub(crate) fn text(language: Language, key: &str, english: &str) -> Option<&'static str> {
    translations(language)?
        .texts
        .get(key)
        .filter(|text| text.source == checksum_of(&[english]))
        .map(|text| text.text.as_str())
}

/// Every text of the site that is translated by key, with its English.
#[cfg(test)]
fn keys() -> Vec<(String, &'static str)> {
    let mut keys = vec![("intro".to_string(), super::pages::INTRO)];
    for category in Category::ALL {
        keys.push((
            format!("category.{}", category.digit()),
            category.description(),
        ));
    }
    for group in FunctionGroup::ALL {
        keys.push((format!("group.{}", group.digit()), group.description()));
    }
    for command in Command::ALL {
        keys.push((format!("command.{}.title", command.verb()), command.title()));
        keys.push((
            format!("command.{}.summary", command.verb()),
            command.summary(),
        ));
    }
    for code in KnownCode::ALL {
        for (index, note) in code.notes().iter().enumerate() {
            keys.push((format!("note.{code}.{index}"), note.text()));
        }
    }
    for command in Command::ALL {
        for deviation in command.replies().deviations() {
            keys.push((
                format!("deviation.{}.{}", command.verb(), deviation.code()),
                deviation.note(),
            ));
        }
    }
    for pair in super::pairs::worth_a_page() {
        let (first, second) = pair.codes();
        if let Some(difference) = pair.difference() {
            keys.push((format!("comparison.{first}-{second}"), difference));
        }
    }
    keys
}

/// `code`'s texts in `language`, if they have been translated from the English as it is now;
/// a translation whose English has changed since is not shown.
pub(crate) fn code(language: Language, code: KnownCode) -> Option<&'static CodeText> {
    translations(language)?
        .codes
        .iter()
        .find(|text| text.code == code.as_u16())
}

/// The FNV-1a 64 checksum of a code's English title, meaning, when you see it and how to fix
/// it, joined by line feeds, in hexadecimal: what a translation records as its `source`.
fn checksum(code: KnownCode) -> String {
    checksum_of(&[
        code.title(),
        code.meaning(),
        code.when_you_see_it(),
        code.how_to_fix(),
    ])
}

fn checksum_of(texts: &[&str]) -> String {
    let english = texts.join("\n");
    let hash = english
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_translated_from_the_current_english() {
        for (language, tag) in [(Language::Japanese, "ja"), (Language::Vietnamese, "vi")] {
            let path = format!("data/translations/{tag}.toml");
            let entries = toml::from_str::<File>(file(language))
                .unwrap_or_else(|error| panic!("{path}: {error}"))
                .code;
            assert_eq!(
                entries.len(),
                KnownCode::ALL.len(),
                "{path}: one entry per code"
            );
            let mut stale = Vec::new();
            for &code in KnownCode::ALL {
                let text = entries
                    .iter()
                    .find(|text| text.code == code.as_u16())
                    .unwrap_or_else(|| panic!("{path} has no entry for {code}"));
                for (field, translated, english) in [
                    ("meaning", &text.meaning, code.meaning()),
                    (
                        "when_you_see_it",
                        &text.when_you_see_it,
                        code.when_you_see_it(),
                    ),
                    ("how_to_fix", &text.how_to_fix, code.how_to_fix()),
                ] {
                    // As many paragraphs as the English, so that nothing was left out.
                    assert_eq!(
                        translated.split("\n\n").count(),
                        english.split("\n\n").count(),
                        "{path}: {code} {field}"
                    );
                }
                assert!(!text.title.is_empty(), "{path}: {code} title");
                if text.source != checksum(code) {
                    stale.push(format!("{code} (source = \"{}\")", checksum(code)));
                }
            }
            assert!(
                stale.is_empty(),
                "{path}: the English changed after these were translated; update the \
                 translation, then its source: {}",
                stale.join(", ")
            );
        }
    }

    #[test]
    fn every_other_text_is_translated_from_the_current_english() {
        for (language, tag) in [(Language::Japanese, "ja"), (Language::Vietnamese, "vi")] {
            let texts = parse(file(language)).text;
            let mut problems = Vec::new();
            for (key, english) in keys() {
                let source = checksum_of(&[english]);
                match texts.iter().find(|text| text.key == key) {
                    Some(text) if text.source == source && !text.text.is_empty() => {}
                    _ => problems.push(format!("{key} (source = \"{source}\")")),
                }
            }
            let known: Vec<String> = keys().into_iter().map(|(key, _)| key).collect();
            for text in &texts {
                if !known.contains(&text.key) {
                    problems.push(format!("{}: no such text", text.key));
                }
            }
            assert!(
                problems.is_empty(),
                "data/translations/{tag}.toml: missing, or translated from English that has \
                 changed since:\n{}",
                problems.join("\n")
            );
        }
    }

    #[test]
    fn a_changed_english_text_is_caught() {
        let code = KnownCode::NotLoggedIn;
        let entry = super::code(Language::Japanese, code).unwrap();
        assert_eq!(entry.source, checksum(code));
        // One more word in any of the texts, and the entry is stale.
        let texts = [
            code.title(),
            code.meaning(),
            code.when_you_see_it(),
            code.how_to_fix(),
        ];
        assert_eq!(entry.source, checksum_of(&texts));
        for index in 0..texts.len() {
            let mut edited = texts.map(str::to_string);
            edited[index].push_str(" Really.");
            let edited: Vec<&str> = edited.iter().map(String::as_str).collect();
            assert_ne!(entry.source, checksum_of(&edited), "text {index}");
        }
    }
}
