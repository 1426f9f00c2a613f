//! The citation markers in the data's texts (`data/SOURCES.md`): a sentence that states a
//! fact ends with ` ^[source; source]`. Parsed here, stripped from the texts the crates
//! return, and checked: each source is well formed and exists, each sentence that names a
//! server cites that server, and each quoted server reply is borne out.

use std::collections::BTreeMap;
use std::path::Path;

use crate::citations::Rfc;

/// The keys whose values are texts: prose that the markers annotate.
pub const TEXT_KEYS: [&str; 11] = [
    "meaning",
    "when_you_see_it",
    "how_to_fix",
    "text",
    "summary",
    "note",
    "explanation",
    "fix_user",
    "fix_client",
    "fix_server",
    "difference",
];

/// The servers whose sources are public and may be cited, and the recording of each, if any.
const CITABLE: [(&str, Option<&str>); 6] = [
    ("vsftpd", Some("vsftpd")),
    ("ProFTPD", Some("proftpd")),
    ("Pure-FTPd", Some("pure-ftpd")),
    ("pyftpdlib", Some("pyftpdlib")),
    ("inetutils", Some("gnu-inetutils-ftpd")),
    ("FileZilla Server", None),
];

/// Servers a sentence may name, and that then need a source: the citable ones, and those
/// without public sources, which no sentence can cite.
const NAMED: [&str; 10] = [
    "vsftpd",
    "ProFTPD",
    "Pure-FTPd",
    "pyftpdlib",
    "inetutils",
    "FileZilla Server",
    "IIS",
    "Serv-U",
    "glFTPd",
    "wu-ftpd",
];

/// One source of a marker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// `RFC 959 §4.2.1, §5.4`, `RFC 959 Appendix II`, `RFC 959 §5.4, Appendix II`: its
    /// sections, an appendix as `Appendix II`.
    Rfc { number: u16, sections: Vec<String> },
    /// `draft-somers-ftp-mfxx-03 §3`.
    Draft { name: String, sections: Vec<String> },
    /// `ProFTPD 1.3.8 contrib/mod_tls.c tls_prot`.
    Server {
        server: &'static str,
        version: String,
        path: String,
    },
    /// `session vsftpd`: `tests/sessions/vsftpd.session`.
    Session(String),
}

impl Source {
    fn parse(text: &str) -> Result<Source, String> {
        let bad = || format!("\"{text}\" is not a source (see data/SOURCES.md)");
        if let Some(rest) = text.strip_prefix("RFC ") {
            let (number, rest) = rest.split_once(' ').ok_or_else(bad)?;
            let number = number.parse().map_err(|_| bad())?;
            let sections = sections(rest).ok_or_else(bad)?;
            return Ok(Source::Rfc { number, sections });
        }
        if text.starts_with("draft-") {
            let (name, rest) = text.split_once(' ').ok_or_else(bad)?;
            let sections = sections(rest).ok_or_else(bad)?;
            return Ok(Source::Draft {
                name: name.to_string(),
                sections,
            });
        }
        if let Some(name) = text.strip_prefix("session ") {
            return Ok(Source::Session(name.to_string()));
        }
        for (server, _) in CITABLE {
            if let Some(rest) = text.strip_prefix(server).and_then(|r| r.strip_prefix(' ')) {
                let mut words = rest.split(' ');
                let version = words.next().unwrap_or_default();
                let path = words.next().unwrap_or_default();
                let function = words.next();
                let versioned = version.starts_with(|c: char| c.is_ascii_digit());
                let file = path.contains(['/', '.']);
                if !versioned || !file || words.next().is_some() || function == Some("") {
                    return Err(bad());
                }
                return Ok(Source::Server {
                    server,
                    version: version.to_string(),
                    path: path.to_string(),
                });
            }
        }
        Err(bad())
    }

    /// Where a reader can open the source; empty when it has no stable address (vsftpd,
    /// inetutils and FileZilla Server publish no browsable tree at a tag).
    fn url(&self) -> String {
        match self {
            Source::Rfc { number, sections } => match sections[0].strip_prefix("Appendix ") {
                Some(_) => format!("https://www.rfc-editor.org/rfc/rfc{number}"),
                None => format!(
                    "https://www.rfc-editor.org/rfc/rfc{number}#section-{}",
                    sections[0]
                ),
            },
            Source::Draft { name, sections } => format!(
                "https://datatracker.ietf.org/doc/html/{name}#section-{}",
                sections[0]
            ),
            Source::Server {
                server,
                version,
                path,
            } => match *server {
                "ProFTPD" => format!("https://github.com/proftpd/proftpd/blob/v{version}/{path}"),
                "Pure-FTPd" => {
                    format!("https://github.com/jedisct1/pure-ftpd/blob/{version}/{path}")
                }
                "pyftpdlib" => {
                    format!("https://github.com/giampaolo/pyftpdlib/blob/release-{version}/{path}")
                }
                _ => String::new(),
            },
            Source::Session(name) => format!(
                "https://github.com/ftp-reply/ftp-reply/blob/main/tests/sessions/{name}.session"
            ),
        }
    }

    /// Whether this source speaks for `server`, one of [`NAMED`].
    fn speaks_for(&self, server: &str) -> bool {
        match self {
            Source::Server { server: own, .. } => *own == server,
            Source::Session(name) => CITABLE
                .iter()
                .any(|(citable, recording)| *citable == server && *recording == Some(name)),
            _ => false,
        }
    }
}

/// `§4.2.1, §5.4` as its section numbers.
fn sections(text: &str) -> Option<Vec<String>> {
    text.split(", ")
        .map(|part| match part.strip_prefix('§') {
            Some(number) => (!number.is_empty()).then(|| number.to_string()),
            None => part
                .strip_prefix("Appendix ")
                .filter(|name| !name.is_empty())
                .map(|_| part.to_string()),
        })
        .collect()
}

/// A sentence of a text and the sources its marker gives (none without a marker).
#[derive(Debug)]
pub struct Sentence<'a> {
    pub text: &'a str,
    pub sources: Vec<Source>,
}

/// Splits a marked text into its sentences with their sources.
pub fn sentences(text: &str) -> Result<Vec<Sentence<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let (prose, marker, after) = match rest.find(" ^[") {
            Some(start) => {
                let end = rest[start..]
                    .find(']')
                    .map(|end| start + end)
                    .ok_or_else(|| format!("a marker does not close: \"{}\"", &rest[start..]))?;
                (
                    &rest[..start],
                    Some(&rest[start + 3..end]),
                    &rest[end + 1..],
                )
            }
            None => (rest, None, ""),
        };
        let mut pieces = split_sentences(prose);
        let last = pieces.pop();
        out.extend(pieces.into_iter().map(|text| Sentence {
            text,
            sources: Vec::new(),
        }));
        let sources = match marker {
            Some(marker) => marker
                .split("; ")
                .map(Source::parse)
                .collect::<Result<Vec<_>, _>>()?,
            None => Vec::new(),
        };
        match last {
            Some(text) => out.push(Sentence { text, sources }),
            None if marker.is_some() => {
                return Err(format!("a marker follows no sentence: \"{text}\""));
            }
            None => {}
        }
        rest = after;
    }
    Ok(out)
}

/// The sentences of prose with no marker in it: each ends with `.`, `?` or `!` outside
/// double quotes (and perhaps a closing quote or parenthesis) before white space and a
/// capital, a digit or a quote, or at the end.
fn split_sentences(prose: &str) -> Vec<&str> {
    let bytes = prose.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    // Inside double quotes, a full stop belongs to the quoted text; a quote that closes
    // after one (`sends "550 No such file." Then`) can end the sentence.
    let mut quoted = false;
    for index in 0..bytes.len() {
        let stop = matches!(bytes[index], b'.' | b'?' | b'!');
        let closing = bytes[index] == b'"' && quoted;
        if bytes[index] == b'"' {
            quoted = !quoted;
        }
        let ends = (stop && !quoted)
            || (closing && index > 0 && matches!(bytes[index - 1], b'.' | b'?' | b'!'));
        if !ends {
            continue;
        }
        let mut end = index + 1;
        while end < bytes.len() && bytes[end] == b')' {
            end += 1;
        }
        let spaced = end < bytes.len() && bytes[end].is_ascii_whitespace();
        let next = prose[end..].trim_start();
        let starts = next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '"');
        if spaced && starts && start < end {
            push(&mut out, &prose[start..end]);
            start = end;
        }
    }
    push(&mut out, &prose[start..]);
    out
}

fn push<'a>(out: &mut Vec<&'a str>, sentence: &'a str) {
    let sentence = sentence.trim();
    if !sentence.is_empty() {
        out.push(sentence);
    }
}

/// Where a cited sentence ends in the stripped text, and its sources as written, each with
/// its address (empty for none).
pub type CiteEnd = (usize, Vec<(String, String)>);

/// Where each cited sentence of a marked text ends in the text [`strip`] makes of it, with
/// its sources as written and the address of each where it has one: what the site renders.
pub fn cite_ends(text: &str) -> Result<Vec<CiteEnd>, String> {
    let mut out = Vec::new();
    let (mut from, mut removed) = (0, 0);
    while let Some(found) = text[from..].find(" ^[") {
        let start = from + found;
        let end = start
            + text[start..]
                .find(']')
                .ok_or_else(|| format!("a marker does not close: \"{}\"", &text[start..]))?;
        let mut sources = Vec::new();
        for written in text[start + 3..end].split("; ") {
            let url = Source::parse(written)?.url();
            sources.push((written.to_string(), url));
        }
        out.push((start - removed, sources));
        removed += end + 1 - start;
        from = end + 1;
    }
    Ok(out)
}

/// `text` with its markers taken out: the prose the crates return.
pub fn strip(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(" ^[") {
        out.push_str(&rest[..start]);
        match rest[start..].find(']') {
            Some(end) => rest = &rest[start + end + 1..],
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A TOML document with the markers taken out of every text, for the loaders.
pub fn strip_document(toml_text: &str) -> String {
    let mut value: toml::Table = toml::from_str(toml_text).expect("the data file is TOML");
    for (_, item) in value.iter_mut() {
        strip_value(item);
    }
    toml::to_string(&value).expect("TOML prints")
}

fn strip_value(value: &mut toml::Value) {
    match value {
        toml::Value::String(text) => *text = strip(text),
        toml::Value::Array(items) => items.iter_mut().for_each(strip_value),
        toml::Value::Table(table) => table.iter_mut().for_each(|(_, item)| strip_value(item)),
        _ => {}
    }
}

/// Every text of a TOML document, with where it is: `[[code]] 530 meaning`.
pub fn texts(toml_text: &str) -> Vec<(String, String)> {
    let value: toml::Table = toml::from_str(toml_text).expect("the data file is TOML");
    let mut out = Vec::new();
    for (key, item) in &value {
        collect(key, item, &mut out);
    }
    out
}

fn collect(place: &str, value: &toml::Value, out: &mut Vec<(String, String)>) {
    match value {
        toml::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let named = ["code", "verb", "id", "codes"]
                    .iter()
                    .find_map(|key| item.get(*key))
                    .map(key_text);
                let place = format!(
                    "{place} {}",
                    named.unwrap_or_else(|| (index + 1).to_string())
                );
                collect(&place, item, out);
            }
        }
        toml::Value::Table(table) => {
            for (key, item) in table {
                match item {
                    toml::Value::String(text) if TEXT_KEYS.contains(&key.as_str()) => {
                        out.push((format!("{place} {key}"), text.clone()));
                    }
                    toml::Value::Array(_) => collect(&format!("{place} {key}"), item, out),
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

/// A name key's value as a place's word: `110`, `USER`, `login-failed`, `110-226`.
fn key_text(value: &toml::Value) -> String {
    match value {
        toml::Value::String(text) => text.clone(),
        toml::Value::Array(items) => items.iter().map(key_text).collect::<Vec<_>>().join("-"),
        other => other.to_string(),
    }
}

/// What the check needs besides the texts: the RFC and draft texts, and the recordings.
pub struct Library<'a> {
    pub rfcs: &'a BTreeMap<u16, Rfc>,
    pub drafts: &'a BTreeMap<String, Rfc>,
    pub sessions: &'a Path,
}

/// Every way in which the text at `place` breaks the rules of `data/SOURCES.md`.
pub fn check(place: &str, text: &str, library: &Library<'_>) -> Vec<String> {
    let sentences = match sentences(text) {
        Ok(sentences) => sentences,
        Err(error) => return vec![format!("{place}: {error}")],
    };
    let mut problems = Vec::new();
    for sentence in &sentences {
        for source in &sentence.sources {
            if let Some(problem) = source_problem(source, library) {
                problems.push(format!("{place}: {problem}"));
            }
        }
        for server in NAMED.iter().filter(|server| names(sentence.text, server)) {
            if !sentence
                .sources
                .iter()
                .any(|source| source.speaks_for(server))
            {
                problems.push(format!(
                    "{place}: names {server} without a source of it: \"{}\"",
                    sentence.text
                ));
            }
        }
        // A quote in a sentence that names no server and cites an RFC is an example of the
        // form the RFC gives, not a server's words.
        let named = NAMED.iter().any(|server| names(sentence.text, server));
        let example = !named
            && sentence
                .sources
                .iter()
                .any(|source| matches!(source, Source::Rfc { .. } | Source::Draft { .. }));
        for quoted in quoted_replies(sentence.text)
            .into_iter()
            .filter(|_| !example)
        {
            if let Some(problem) = quote_problem(quoted, &sentence.sources, library) {
                problems.push(format!("{place}: {problem}: \"{}\"", sentence.text));
            }
        }
    }
    problems
}

/// What is wrong with a source, if anything.
fn source_problem(source: &Source, library: &Library<'_>) -> Option<String> {
    match source {
        Source::Rfc { number, sections } => match library.rfcs.get(number) {
            None if matches!(number, 775 | 2773) => None,
            None => Some(format!("RFC {number} is not in the folder")),
            Some(rfc) => sections
                .iter()
                .find(|section| !rfc.has_section(section))
                .map(|section| format!("RFC {number} has no section {section}")),
        },
        Source::Draft { name, sections } => library.drafts.get(name).and_then(|draft| {
            sections
                .iter()
                .find(|section| !draft.has_section(section))
                .map(|section| format!("{name} has no section {section}"))
        }),
        Source::Server { .. } => None,
        Source::Session(name) => {
            let path = library.sessions.join(format!("{name}.session"));
            (!path.exists()).then(|| format!("no recording tests/sessions/{name}.session"))
        }
    }
}

/// Whether `sentence` names `server`, as a word of its own.
fn names(sentence: &str, server: &str) -> bool {
    sentence.match_indices(server).any(|(at, _)| {
        let before = sentence[..at].chars().next_back();
        let after = sentence[at + server.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
    })
}

/// The server replies a sentence quotes: text in double quotes that starts with a reply code.
fn quoted_replies(sentence: &str) -> Vec<&str> {
    sentence
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|quoted| {
            let bytes = quoted.as_bytes();
            bytes.len() > 4
                && bytes[..3].iter().all(u8::is_ascii_digit)
                && matches!(bytes[3], b' ' | b'-')
        })
        .collect()
}

/// What is wrong with a quoted reply and the sources of its sentence, if anything: a
/// server's source file bears it out; otherwise a cited recording must hold it (the parts
/// between `...` each).
fn quote_problem(quoted: &str, sources: &[Source], library: &Library<'_>) -> Option<String> {
    if sources
        .iter()
        .any(|source| matches!(source, Source::Server { .. }))
    {
        return None;
    }
    let recordings: Vec<String> = sources
        .iter()
        .filter_map(|source| match source {
            Source::Session(name) => {
                std::fs::read_to_string(library.sessions.join(format!("{name}.session"))).ok()
            }
            _ => None,
        })
        .collect();
    if recordings.is_empty() {
        return Some(format!(
            "quotes \"{quoted}\" with no server source or recording"
        ));
    }
    let held = recordings.iter().any(|recording| {
        quoted
            .split("...")
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .all(|part| recording.contains(part))
    });
    (!held).then(|| format!("\"{quoted}\" is in none of the cited recordings"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library_check(text: &str) -> Vec<String> {
        let mut rfcs = BTreeMap::new();
        rfcs.insert(
            959,
            Rfc::parse("4.2.1  Reply Codes\nAPPENDIX II - DIRECTORY COMMANDS\n"),
        );
        let mut drafts = BTreeMap::new();
        drafts.insert(
            "draft-somers-ftp-mfxx-03".to_string(),
            Rfc::parse("3.  The MFMT Command\n"),
        );
        let sessions = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/sessions");
        let library = Library {
            rfcs: &rfcs,
            drafts: &drafts,
            sessions: &sessions,
        };
        check("test", text, &library)
    }

    #[test]
    fn markers_are_split_from_their_sentences_and_stripped() {
        let text = "One fact. ^[RFC 959 §4.2.1] Advice here. Another. ^[session vsftpd; RFC 959 \
                    Appendix II]";
        let sentences = sentences(text).unwrap();
        let shapes: Vec<(&str, usize)> = sentences
            .iter()
            .map(|sentence| (sentence.text, sentence.sources.len()))
            .collect();
        assert_eq!(
            shapes,
            [("One fact.", 1), ("Advice here.", 0), ("Another.", 2)]
        );
        assert_eq!(strip(text), "One fact. Advice here. Another.");
        let quoted =
            super::sentences("It sends \"550 No. Really.\" Then more. ^[RFC 959 §4.2.1]").unwrap();
        let texts: Vec<&str> = quoted.iter().map(|sentence| sentence.text).collect();
        assert_eq!(texts, ["It sends \"550 No. Really.\"", "Then more."]);
    }

    /// Each rule of the check fails on a text that breaks it, and a text that keeps them all
    /// passes.
    #[test]
    fn each_rule_fails_when_broken() {
        let cases = [
            ("Fact. ^[RFC 959 4.2.1]", "is not a source"),
            ("Fact. ^[Nginx 1.0 a.c]", "is not a source"),
            ("Fact. ^[RFC 959", "does not close"),
            ("Fact. ^[RFC 959 §9.9]", "has no section 9.9"),
            ("Fact. ^[RFC 959 Appendix IX]", "has no section Appendix IX"),
            ("Fact. ^[RFC 1000 §1]", "not in the folder"),
            ("Fact. ^[session nowhere]", "no recording"),
            ("vsftpd sends 530.", "names vsftpd without a source"),
            (
                "IIS sends 530. ^[RFC 959 §4.2.1]",
                "names IIS without a source",
            ),
            (
                "ProFTPD sends 530. ^[vsftpd 3.0.5 prelogin.c]",
                "names ProFTPD",
            ),
            (
                "It sends \"530 Nope.\" then.",
                "with no server source or recording",
            ),
            (
                "vsftpd sends \"530 Go away.\" ^[session vsftpd]",
                "in none of the cited recordings",
            ),
            // Naming a server, the quote is its words, though an RFC is cited too.
            (
                "Pure-FTPd sends \"530 Nope.\" ^[RFC 959 §4.2.1; session pure-ftpd]",
                "in none of the cited recordings",
            ),
            (
                "Fact. ^[draft-somers-ftp-mfxx-03 §9.9]",
                "has no section 9.9",
            ),
        ];
        for (text, expected) in cases {
            let problems = library_check(text);
            assert!(
                problems.iter().any(|problem| problem.contains(expected)),
                "{text}: {problems:?}"
            );
        }
        let good = "vsftpd answers \"530 Login incorrect.\" after a wrong password. ^[session \
                    vsftpd] A reply looks like \"125 FILE: name\". ^[RFC 959 §4.2.1] ProFTPD \
                    reads it in mod_auth. ^[ProFTPD 1.3.8 modules/mod_auth.c auth_pass] Reply codes have three digits. ^[RFC 959 §4.2.1, Appendix II] \
                    Use EPSV.";
        assert_eq!(library_check(good), Vec::<String>::new());
    }
}
