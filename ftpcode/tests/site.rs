//! The generated site: every page exists, every internal link resolves, HTML is well formed
//! and JSON parses, in every format and language.

use std::collections::{BTreeMap, BTreeSet};

use ftp_reply::{Command, KnownCode};
use ftpcode::site::{Format, Language, language_index, site};

/// Every page of every language, by `lang/path`.
fn all_pages(format: Format) -> BTreeMap<String, String> {
    Language::ALL
        .iter()
        .flat_map(|language| {
            site(format, *language, &Language::ALL)
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

/// Checks that every link of every page resolves: to another page, to an anchor of the page
/// itself, or out of the site to an RFC or one of its sections at the RFC Editor, a draft at
/// the IETF's datatracker, a recorded session of this repository (which must exist), or a
/// server's source file at a release tag of its repository.
fn check_links(pages: &BTreeMap<String, String>, links: impl Fn(&str) -> Vec<String>) -> usize {
    let mut checked = 0;
    for (path, content) in pages {
        for href in links(content) {
            checked += 1;
            if let Some(anchor) = href.strip_prefix('#') {
                assert!(
                    content.contains(&format!("id=\"{anchor}\"")),
                    "{path} links to #{anchor}, which it does not have"
                );
                continue;
            }
            if let Some(rfc) = href.strip_prefix("https://www.rfc-editor.org/rfc/rfc") {
                let (number, section) = rfc.split_once("#section-").unwrap_or((rfc, "1"));
                assert!(
                    number.parse::<u16>().is_ok()
                        && section.split('.').all(|part| part.parse::<u16>().is_ok()),
                    "{path} links to {href}"
                );
                continue;
            }
            if let Some(session) = href
                .strip_prefix("https://github.com/ftp-reply/ftp-reply/blob/main/tests/sessions/")
            {
                let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/sessions/");
                assert!(
                    std::path::Path::new(&format!("{file}{session}")).exists(),
                    "{path} links to {href}, which does not exist"
                );
                continue;
            }
            let sources = [
                "https://datatracker.ietf.org/doc/html/draft-",
                "https://github.com/proftpd/proftpd/blob/v",
                "https://github.com/jedisct1/pure-ftpd/blob/1.",
                "https://github.com/giampaolo/pyftpdlib/blob/release-",
            ];
            if sources.iter().any(|prefix| href.starts_with(prefix)) {
                continue;
            }
            let target = resolve(path, &href);
            assert!(
                pages.contains_key(&target),
                "{path} links to {href}, which does not exist"
            );
        }
    }
    checked
}

#[test]
fn every_code_command_and_comparison_has_a_page() {
    let pairs: Vec<(KnownCode, KnownCode)> = ftpcode::site::worth_a_page()
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
    let pairs: BTreeSet<(u16, u16)> = ftpcode::site::worth_a_page()
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
        // Only the index has a script, inline, for its search box.
        assert_eq!(
            content.contains("<script"),
            path.ends_with("/index.html"),
            "{path}: scripts"
        );
        for fetch in ["src=", "url(http", "@import", "<link"] {
            assert!(!content.contains(fetch), "{path}: no external fetches");
        }
        for needle in ["<meta name=\"description\" content=\"", "<h1>"] {
            assert!(content.contains(needle), "{path}: {needle}");
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
    // The RFC text, HTML-escaped; active mode's data port is RFC 959's default, which
    // servers need not use (150's page says how vsftpd chooses).
    assert!(
        page.contains("Can&apos;t open data connection.")
            || page.contains("Can't open data connection.")
    );
    assert!(page.contains("PORT or EPRT") && page.contains("<svg"));
    assert!(!page.contains("from port 20"));
    assert!(html["en/codes/150.html"].contains("connect_from_port_20"));
    let stor = &html["en/commands/stor.html"];
    for label in ["Preliminary", "Completion", "Negative", "Server deviations"] {
        assert!(stor.contains(label), "STOR's page lacks {label}");
    }
}

#[test]
fn headings_have_anchors_and_rows_have_headings() {
    let pages = all_pages(Format::Html);
    for (path, content) in &pages {
        for level in ["<h2", "<h3"] {
            for heading in content.split(level).skip(1) {
                assert!(
                    heading.starts_with(" id=\""),
                    "{path}: {level} without an anchor"
                );
            }
        }
        assert!(!content.contains("<td></td>"), "{path}: an empty cell");
    }
    let page = &pages["en/codes/530.html"];
    for anchor in [
        "meaning",
        "when-you-see-it",
        "how-to-fix",
        "examples",
        "references",
    ] {
        assert!(
            page.contains(&format!("id=\"{anchor}\"")),
            "530 lacks #{anchor}"
        );
    }
    // The same anchors in every language, so that a link to a section works in each.
    assert!(pages["ja/codes/530.html"].contains("id=\"how-to-fix\""));
    assert!(page.contains("<th scope=\"row\">API name</th>"));
    assert!(pages["en/compare/425-vs-426.html"].contains("<th scope=\"row\">Category</th>"));
    assert!(pages["ja/compare/425-vs-426.html"].contains("<td>一時的否定完了応答</td>"));
    assert!(page.contains("<title>530 Not logged in · FTP reply codes</title>"));
    assert!(page.contains("href=\"https://www.rfc-editor.org/rfc/rfc959#section-5.4\""));
}

#[test]
fn pages_show_what_real_servers_sent() {
    let pages = all_pages(Format::Html);
    let login = &pages["en/codes/530.html"];
    assert!(login.contains("<span class=\"c\">C: PASS ********</span>"));
    assert!(login.contains("S: 530 Login incorrect."));
    let pasv = &pages["en/commands/pasv.html"];
    assert!(pasv.contains("S: 227 Entering Passive Mode ("));
    for (path, content) in &pages {
        assert!(
            !content.contains("Reply-Test-42"),
            "{path} shows a password"
        );
        // Every code and command page shows what servers sent, or says that none sent it.
        if path.contains("/codes/") || path.contains("/commands/") {
            assert!(
                content.contains("id=\"examples\""),
                "{path}: no examples section"
            );
        }
    }
    let never = &pages["en/codes/632.html"];
    assert!(never.contains("None of the five servers of the recorded sessions"));
}

#[test]
fn one_language_links_only_to_itself() {
    let pages = site(Format::Html, Language::English, &[Language::English]);
    for page in &pages {
        assert!(!page.content.contains("hreflang"), "{}", page.path);
    }
    let top = language_index(&Language::ALL);
    for language in Language::ALL {
        assert!(
            top.content
                .contains(&format!("href=\"{}/index.html\"", language.tag()))
        );
    }
}

#[test]
fn positive_replies_do_not_say_whether_a_retry_succeeds() {
    let pages = all_pages(Format::Html);
    assert!(!pages["en/codes/230.html"].contains("Retry can succeed"));
    assert!(pages["en/codes/450.html"].contains("Retry can succeed"));
    assert!(pages["en/codes/520.html"].contains("<h1>520 No data connection to report</h1>"));
}

#[test]
fn comparisons_are_found_in_either_order() {
    let pages = all_pages(Format::Html);
    assert!(pages["en/compare/550-vs-450.html"].contains("url=450-vs-550.html"));
    assert!(pages["ja/compare/331-vs-230.html"].contains("href=\"230-vs-331.html\""));
}

#[test]
fn other_languages_show_translated_titles_and_meanings() {
    let pages = all_pages(Format::Html);
    let ja = &pages["ja/codes/530.html"];
    assert!(
        ja.contains("<h1>530 ログインしていない</h1>"),
        "a Japanese title"
    );
    assert!(
        ja.contains("<p>このセッションはログインしていません。"),
        "a Japanese meaning"
    );
    assert!(ja.contains(
        "<p>利用者は、大文字と小文字の違いも含めてユーザー名とパスワードを確かめてください。"
    ));
    // What is still English is marked as English.
    assert!(ja.contains("<td lang=\"en\"><code>Not logged in.</code></td>"));
    assert!(pages["ja/commands/user.html"].contains("<h1>USER: ユーザー名</h1>"));
    assert!(pages["vi/compare/450-vs-550.html"].contains("<p>Cả hai đều cho biết thao tác tệp"));
    let compare = &pages["vi/compare/425-vs-426.html"];
    assert!(compare.contains("<h1>425 vs 426: Không mở được kết nối dữ liệu / "));
    let vi = &pages["vi/index.html"];
    assert!(vi.contains(">530 Chưa đăng nhập</a>"));
    assert!(vi.contains("data-keys=\"530 not logged in") && vi.contains("chưa đăng nhập"));
    assert!(!pages["en/index.html"].contains("<p lang=\"en\""));
}
