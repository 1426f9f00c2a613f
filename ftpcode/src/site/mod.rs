//! Reference pages generated from the ftp-reply catalogue and command table: an index with a
//! search box, a page per code, per command (with an SVG diagram of its replies and exchanges
//! recorded from real servers) and per pair of codes that are easily confused, in Markdown,
//! standalone HTML or JSON, with headings in several languages.
//!
//! ```
//! use ftpcode::site::{Format, Language, site};
//!
//! let pages = site(Format::Html, Language::Japanese, &Language::ALL);
//! let page = pages.iter().find(|page| page.path == "codes/530.html").unwrap();
//! assert!(page.content.contains("意味")); // "Meaning"
//! ```

mod diagram;
mod differences;
mod document;
mod html;
mod json;
mod labels;
mod markdown;
mod pages;
mod pairs;
mod sessions;
mod translations;

use ftp_reply::{Command, Comparison, KnownCode};

/// The output format of the pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// CommonMark, with links between `.md` files and diagrams as `.svg` files.
    Markdown,
    /// Standalone HTML: inline CSS and SVG, and an inline script for the search box, which
    /// the pages do not need; no external fetches.
    Html,
    /// One JSON object per page, with everything the other formats show.
    Json,
}

impl Format {
    /// The file extension of pages, such as `"html"`.
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}

/// The language of the pages' headings and labels; the content stays in English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// English.
    English,
    /// Japanese.
    Japanese,
    /// Vietnamese.
    Vietnamese,
}

impl Language {
    /// Every language.
    pub const ALL: [Language; 3] = [Language::English, Language::Japanese, Language::Vietnamese];

    /// The BCP 47 tag, such as `"ja"`; also the name of the language's folder.
    pub const fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Japanese => "ja",
            Language::Vietnamese => "vi",
        }
    }

    /// The language for a tag, such as `"vi"`.
    pub fn from_tag(tag: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.tag().eq_ignore_ascii_case(tag))
    }

    /// The language's own name, such as `"日本語"`.
    pub const fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Japanese => "日本語",
            Language::Vietnamese => "Tiếng Việt",
        }
    }
}

/// One generated file: its path relative to the language's folder, and its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// Such as `"codes/530.html"`; `/` separates folders.
    pub path: String,
    /// The file's text.
    pub content: String,
}

pub use pairs::worth_a_page;

/// Every page of the site in one format and language. Write each to
/// `<out>/<language tag>/<path>`, and generate each of `languages` into the same folder: the
/// HTML language switch links to the same page in each of them.
pub fn site(format: Format, language: Language, languages: &[Language]) -> Vec<Page> {
    let mut ids = Vec::new();
    ids.push(PageId::Index);
    ids.extend(KnownCode::ALL.iter().map(|&code| PageId::Code(code)));
    ids.extend(Command::ALL.iter().map(|&command| PageId::Command(command)));
    let pairs: Vec<Comparison> = pairs::worth_a_page().collect();
    ids.extend(pairs.iter().map(|pair| PageId::Compare(*pair)));
    let mut site: Vec<Page> = ids
        .into_iter()
        .map(|id| {
            let document = pages::build(id, language, &pairs);
            let content = match format {
                Format::Markdown => markdown::render(&document, id),
                Format::Html => html::render(&document, id, language, languages),
                Format::Json => json::render(&document, id, language),
            };
            Page {
                path: id.path(format),
                content,
            }
        })
        .collect();
    if format == Format::Markdown {
        site.extend(Command::ALL.iter().map(|&command| Page {
            path: diagram::path(command),
            content: diagram::svg(command, language),
        }));
    }
    if format == Format::Html {
        // "550 vs 450" finds the page too.
        site.extend(pairs.iter().map(|&pair| reversed(pair)));
    }
    site
}

/// A page at the other order of a comparison's codes that sends the reader on to it.
fn reversed(pair: Comparison) -> Page {
    let (first, second) = pair.codes();
    let target = format!("{first}-vs-{second}.html");
    Page {
        path: format!("compare/{second}-vs-{first}.html"),
        content: format!(
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\" />\n\
             <meta http-equiv=\"refresh\" content=\"0; url={target}\" />\n<meta name=\"robots\" content=\"noindex\" />\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
             <meta name=\"description\" content=\"{second} vs {first}\" />\n<title>{second} vs {first}</title>\n</head>\n\
             <body>\n<h1>{second} vs {first}</h1>\n<p><a href=\"{target}\">{first} vs {second}</a></p>\n</body>\n</html>\n"
        ),
    }
}

/// The page at the top of the site, `index.html` beside the language folders: a link to the
/// index of each of `languages`, each named in its own language.
pub fn language_index(languages: &[Language]) -> Page {
    let mut content = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>FTP reply codes</title>\n\
         <style>:root{color-scheme:light dark}body{font:18px/1.6 system-ui,sans-serif;max-width:30rem;margin:3rem auto;padding:0 1rem}li{margin:.4rem 0}</style>\n\
         </head>\n<body>\n<main>\n<h1>FTP reply codes</h1>\n<ul>\n",
    );
    for language in languages {
        content.push_str(&format!(
            "<li><a href=\"{tag}/index.html\" hreflang=\"{tag}\" lang=\"{tag}\">{} ({})</a></li>\n",
            language.native_name(),
            labels::Label::SiteTitle.text(*language),
            tag = language.tag(),
        ));
    }
    content.push_str("</ul>\n</main>\n</body>\n</html>\n");
    Page {
        path: "index.html".into(),
        content,
    }
}

/// A page of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PageId {
    Index,
    Code(KnownCode),
    Command(Command),
    Compare(Comparison),
}

impl PageId {
    /// The page's path, relative to the language's folder.
    pub(crate) fn path(self, format: Format) -> String {
        let extension = format.extension();
        match self {
            PageId::Index => format!("index.{extension}"),
            PageId::Code(code) => format!("codes/{code}.{extension}"),
            PageId::Command(command) => {
                format!(
                    "commands/{}.{extension}",
                    command.verb().to_ascii_lowercase()
                )
            }
            PageId::Compare(pair) => {
                let (first, second) = pair.codes();
                format!("compare/{first}-vs-{second}.{extension}")
            }
        }
    }

    /// The way from this page to the language's folder: `""` or `"../"`.
    pub(crate) fn root(self) -> &'static str {
        match self {
            PageId::Index => "",
            _ => "../",
        }
    }

    /// A link from this page to `target`.
    pub(crate) fn link_to(self, target: PageId, format: Format) -> String {
        format!("{}{}", self.root(), target.path(format))
    }
}
