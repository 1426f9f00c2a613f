//! The generated site: every page exists, every internal link resolves, HTML is well formed
//! and JSON parses, in every format and language.

use std::collections::{BTreeMap, BTreeSet};

use ftp_reply::{Command, Comparison, KnownCode};
use ftpcode::site::{Format, Language, site};

/// Every page of every language, by `lang/path`.
fn all_pages(format: Format) -> BTreeMap<String, String> {
    Language::ALL
        .iter()
        .flat_map(|language| {
            site(format, *language)
                .into_iter()
                .map(move |page| (format!("{}/{}", language.tag(), page.path), page.content))
        })
        .collect()
}

/// Resolves `href` against the folder of `page`, both `lang/...` paths.
fn resolve(page: &str, href: &str) -> String {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for segment in href.split('/') {
        match segment {
            ".." => {
                parts.pop();
            }
            "." => {}
            _ => parts.push(segment),
        }
    }
    parts.join("/")
}

/// The values between `open` and `close` after each occurrence of `open`.
fn between<'a>(text: &'a str, open: &str, close: char) -> Vec<&'a str> {
    text.match_indices(open)
        .filter_map(|(at, _)| {
            let rest = &text[at + open.len()..];
            rest.find(close).map(|end| &rest[..end])
        })
        .collect()
}

fn check_links(pages: &BTreeMap<String, String>, links: impl Fn(&str) -> Vec<String>) -> usize {
    let mut checked = 0;
    for (path, content) in pages {
        for href in links(content) {
            let target = resolve(path, &href);
            assert!(
                pages.contains_key(&target),
                "{path} links to {href}, which does not exist"
            );
            checked += 1;
        }
    }
    checked
}

#[test]
fn every_code_command_and_comparison_has_a_page() {
    let pairs: Vec<(KnownCode, KnownCode)> = Comparison::worth_a_page()
        .map(|pair| pair.codes())
        .collect();
    for format in [Format::Markdown, Format::Html, Format::Json] {
        let pages = all_pages(format);
        let extension = format.extension();
        for language in Language::ALL {
            let tag = language.tag();
            assert!(pages.contains_key(&format!("{tag}/index.{extension}")));
            for code in KnownCode::ALL {
                assert!(
                    pages.contains_key(&format!("{tag}/codes/{code}.{extension}")),
                    "{tag} {code}"
                );
            }
            for command in Command::ALL {
                let verb = command.verb().to_ascii_lowercase();
                assert!(pages.contains_key(&format!("{tag}/commands/{verb}.{extension}")));
            }
            for (first, second) in &pairs {
                assert!(
                    pages.contains_key(&format!("{tag}/compare/{first}-vs-{second}.{extension}"))
                );
            }
        }
    }
}

#[test]
fn comparisons_include_the_pairs_people_confuse() {
    let pairs: BTreeSet<(u16, u16)> = Comparison::worth_a_page()
        .map(|pair| (pair.codes().0.as_u16(), pair.codes().1.as_u16()))
        .collect();
    for expected in [
        (331, 230),
        (350, 250),
        (150, 226),
        (450, 550),
        (425, 426),
        (421, 530),
        (500, 502),
        (500, 504),
        (502, 504),
        (200, 331),
        (220, 331),
        (110, 331),
        (214, 220),
    ] {
        let ordered = (expected.0.min(expected.1), expected.0.max(expected.1));
        assert!(pairs.contains(&ordered), "{expected:?}");
    }
    assert!(pairs.iter().all(|(a, b)| a < b));
}

#[test]
fn html_pages_are_well_formed_and_their_links_resolve() {
    let pages = all_pages(Format::Html);
    for (path, content) in &pages {
        let mut reader = quick_xml::Reader::from_str(content);
        reader.config_mut().check_end_names = true;
        let mut depth = 0i32;
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Start(_)) => depth += 1,
                Ok(quick_xml::events::Event::End(_)) => depth -= 1,
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(error) => panic!(
                    "{path} is not well formed at {}: {error}",
                    reader.buffer_position()
                ),
            }
        }
        assert_eq!(depth, 0, "{path}: unclosed elements");
        assert!(!content.contains("<script"), "{path}: no scripts");
        for fetch in ["src=\"http", "href=\"http", "url(http", "@import"] {
            assert!(!content.contains(fetch), "{path}: no external fetches");
        }
        assert!(
            content.contains("name=\"viewport\""),
            "{path}: readable on a phone"
        );
    }
    let checked = check_links(&pages, |content| {
        between(content, "href=\"", '"')
            .into_iter()
            .map(str::to_string)
            .collect()
    });
    assert!(checked > 5_000, "{checked} links checked");
}

#[test]
fn markdown_links_and_diagrams_resolve() {
    let pages = all_pages(Format::Markdown);
    let checked = check_links(&pages, |content| {
        between(content, "](", ')')
            .into_iter()
            .map(str::to_string)
            .collect()
    });
    assert!(checked > 5_000, "{checked} links checked");
    assert!(pages.keys().any(|path| path.ends_with("diagrams/stor.svg")));
}

#[test]
fn json_pages_parse_and_their_links_resolve() {
    let pages = all_pages(Format::Json);
    for (path, content) in &pages {
        let value: serde_json::Value =
            serde_json::from_str(content).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(value["lang"], path[..2]);
    }
    let checked = check_links(&pages, |content| {
        between(content, "\"href\":\"", '"')
            .into_iter()
            .map(str::to_string)
            .collect()
    });
    assert!(checked > 5_000, "{checked} links checked");
    let page: serde_json::Value = serde_json::from_str(&pages["vi/codes/530.json"]).unwrap();
    let text = page.to_string();
    assert!(text.contains("Cách khắc phục") && text.contains("Not logged in."));
}

#[test]
fn pages_say_what_the_catalogue_says() {
    let html = all_pages(Format::Html);
    let page = &html["en/codes/425.html"];
    // The RFC text, HTML-escaped, and the fact that active mode uses port 20.
    assert!(
        page.contains("Can&apos;t open data connection.")
            || page.contains("Can't open data connection.")
    );
    assert!(page.contains("port 20") && page.contains("<svg"));
    let stor = &html["en/commands/stor.html"];
    for label in ["Preliminary", "Completion", "Negative", "Server deviations"] {
        assert!(stor.contains(label), "STOR's page lacks {label}");
    }
}
