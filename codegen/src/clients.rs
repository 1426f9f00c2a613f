//! The schema of `ftp-diagnose/data/clients/*.toml`, the messages FTP clients print, the
//! rules every file must follow, and the table printed from them.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Deserialize;

/// What a message can mean: a symptom whose cause the context decides, a generic failure of
/// one step, a repeated reply, or a cause id of `causes.toml`.
const SYMPTOMS: [(&str, &str); 9] = [
    ("refused", "Means::Refused"),
    ("timed-out", "Means::TimedOut"),
    ("closed", "Means::Closed"),
    ("address-mismatch", "Means::AddressMismatch"),
    ("address-replaced", "Means::AddressReplaced"),
    ("reply", "Means::Reply"),
    ("connect-failed", "Means::ConnectFailed"),
    ("listing-failed", "Means::ListingFailed"),
    ("transfer-failed", "Means::TransferFailed"),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    client: Client,
    #[serde(default)]
    message: Vec<Message>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Client {
    name: String,
    version: String,
    repository: String,
    #[serde(default)]
    marks: Vec<String>,
    better_log: String,
    /// The labels the client writes before its log lines, by language.
    #[serde(default)]
    labels: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Message {
    text: String,
    means: String,
    command: Option<String>,
    source: String,
    lang: Option<String>,
    #[allow(
        dead_code,
        reason = "read by people: why the message means what it does"
    )]
    note: Option<String>,
    exit_code: Option<u16>,
}

/// Parses and validates one file, named `name`, returning every problem found.
pub fn load(
    name: &str,
    toml_text: &str,
    causes: &[String],
    verbs: &[String],
) -> Result<File, Vec<String>> {
    let file: File = toml::from_str(toml_text).map_err(|error| vec![format!("{name}: {error}")])?;
    let mut errors = Vec::new();
    for (label, value) in [
        ("name", &file.client.name),
        ("version", &file.client.version),
        ("repository", &file.client.repository),
        ("better_log", &file.client.better_log),
    ] {
        if value.trim().is_empty() {
            errors.push(format!("{name}: the client's {label} is empty"));
        }
    }
    for message in &file.message {
        let mut fail =
            |problem: String| errors.push(format!("{name}: {:?}: {problem}", message.text));
        if pieces(&message.text)
            .iter()
            .all(|piece| piece.chars().count() < 4)
        {
            fail("the text has no fixed part of four characters or more to match".into());
        }
        if means(&message.means, causes).is_none() {
            fail(format!("unknown meaning {:?}", message.means));
        }
        if message.source.trim().is_empty() {
            fail("no source file".into());
        }
        if let Some(verb) = &message.command
            && !verbs.iter().any(|known| known == verb)
        {
            fail(format!("unknown command {verb:?}"));
        }
    }
    if errors.is_empty() {
        Ok(file)
    } else {
        Err(errors)
    }
}

/// The fixed parts of a message's text, in lower case, in order: the text cut at its
/// placeholders (`%s`, `%03d`, `%1$s`, `{0}`, `$1`, `%@`) and line breaks, each part
/// trimmed of spaces, quotes and a final full stop, empty parts left out.
pub fn pieces(text: &str) -> Vec<String> {
    let mut pieces = vec![String::new()];
    let mut chars = text.chars().peekable();
    let cut = |pieces: &mut Vec<String>| pieces.push(String::new());
    while let Some(c) = chars.next() {
        match c {
            '%' if chars
                .peek()
                .is_some_and(|next| *next != '%' && *next != ' ') =>
            {
                // A printf conversion: flags, width, position, length, then its letter.
                while chars
                    .next_if(|next| next.is_ascii_digit() || "$-+#.lhqzjt".contains(*next))
                    .is_some()
                {}
                if chars.next_if_eq(&'(').is_some() {
                    while chars.next_if(|next| *next != ')').is_some() {}
                    chars.next();
                }
                chars.next();
                cut(&mut pieces);
            }
            '{' if chars.peek().is_some_and(char::is_ascii_alphanumeric) => {
                while chars.next_if(|next| *next != '}').is_some() {}
                chars.next();
                cut(&mut pieces);
            }
            '$' if chars.peek().is_some_and(char::is_ascii_digit) => {
                while chars.next_if(char::is_ascii_digit).is_some() {}
                cut(&mut pieces);
            }
            '\n' | '\r' => cut(&mut pieces),
            '\\' if chars
                .peek()
                .is_some_and(|next| matches!(next, 'n' | 'r' | 't')) =>
            {
                chars.next();
                cut(&mut pieces);
            }
            _ => pieces
                .last_mut()
                .expect("one piece at least")
                .extend(c.to_lowercase()),
        }
    }
    pieces
        .into_iter()
        // A sentence's full stop is left out: programs that print a system's message often
        // add the address or the call after it.
        .map(|piece| {
            let piece = piece.trim().trim_matches(['"', '\'']).trim();
            piece.trim_end_matches('.').trim_end().to_string()
        })
        .filter(|piece| !piece.is_empty())
        .collect()
}

/// The Rust expression for a meaning: a symptom's variant, or a cause's.
fn means(value: &str, causes: &[String]) -> Option<String> {
    if let Some((_, variant)) = SYMPTOMS.iter().find(|(name, _)| *name == value) {
        return Some((*variant).to_string());
    }
    causes.iter().any(|id| id == value).then(|| {
        let variant: String = value
            .split('-')
            .map(|word| word[..1].to_ascii_uppercase() + &word[1..])
            .collect();
        format!("Means::States(Cause::{variant})")
    })
}

/// Problems with the clients' marks across files: a mark that another client's mark
/// holds (`Trying ` in `* Trying `) would tell the wrong client.
pub fn shared_marks(files: &[(String, File)]) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, file) in files {
        for mark in &file.client.marks {
            for (other_name, other) in files.iter().filter(|(other, _)| other != name) {
                if let Some(holder) = other
                    .client
                    .marks
                    .iter()
                    .find(|other| other.contains(mark.as_str()))
                {
                    problems.push(format!(
                        "{name}: the mark {mark:?} is in {other_name}'s {holder:?}"
                    ));
                }
            }
        }
    }
    problems
}

/// The table of every client and its messages, as Rust.
pub fn table(files: &[(String, File)], causes: &[String]) -> String {
    let mut out = String::from(
        "\n/// Every client whose messages are known, in the order of their files' names.\n\
         pub(crate) static CLIENTS: &[Client] = &[\n",
    );
    for (_, file) in files {
        let client = &file.client;
        let labels: Vec<&String> = client.labels.values().flatten().collect();
        let _ = writeln!(
            out,
            "Client {{ name: {:?}, version: {:?}, repository: {:?}, marks: &{:?}, labels: &{:?}, \
             better_log: {:?}, messages: &[",
            client.name, client.version, client.repository, client.marks, labels, client.better_log
        );
        for message in &file.message {
            let command = match &message.command {
                Some(verb) => format!(
                    "Some(Command::{}{})",
                    &verb[..1],
                    verb[1..].to_ascii_lowercase()
                ),
                None => "None".into(),
            };
            let _ = writeln!(
                out,
                "Message {{ text: {:?}, pieces: &{:?}, means: {}, command: {command}, \
                 lang: {:?}, source: {:?}, exit_code: {:?} }},",
                message.text,
                pieces(&message.text),
                means(&message.means, causes).expect("validated"),
                message.lang.as_deref().unwrap_or("en"),
                message.source,
                message.exit_code,
            );
        }
        out.push_str("]},\n");
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_cut_at_their_placeholders() {
        assert_eq!(pieces("Access denied: %03d"), ["access denied:"]);
        assert_eq!(
            pieces("Connection to \"%s\" refused."),
            ["connection to", "refused"]
        );
        assert_eq!(
            pieces("The remote server returned an error: ({0}) {1}."),
            ["the remote server returned an error: (", ")"]
        );
        assert_eq!(pieces("%1$s failed: %2$s"), ["failed:"]);
        assert_eq!(
            pieces("Could not parse.\nReply: "),
            ["could not parse", "reply:"]
        );
        assert_eq!(pieces("100% done"), ["100% done"]);
        assert_eq!(pieces("%(code)s reply was %s"), ["reply was"]);
    }

    #[test]
    fn rejects_unknown_meanings_commands_and_empty_texts() {
        let causes = ["login-failed".to_string()];
        let verbs = ["PASS".to_string()];
        let file = |message: &str| {
            format!(
                "[client]\nname = \"x\"\nversion = \"1\"\nrepository = \"a/b\"\n\
                 better_log = \"Run it with -v.\"\n[[message]]\n{message}\nsource = \"a.c\"\n"
            )
        };
        let problems = |message: &str| {
            load("x.toml", &file(message), &causes, &verbs)
                .err()
                .unwrap_or_default()
        };
        assert!(problems("text = \"Login incorrect\"\nmeans = \"login-failed\"").is_empty());
        assert!(
            problems("text = \"Login incorrect\"\nmeans = \"timed-out\"\ncommand = \"PASS\"")
                .is_empty()
        );
        assert!(
            problems("text = \"Login incorrect\"\nmeans = \"wrong\"")[0]
                .contains("unknown meaning")
        );
        assert!(problems("text = \"%s\"\nmeans = \"reply\"")[0].contains("fixed part"));
        assert!(
            problems("text = \"Login incorrect\"\nmeans = \"reply\"\ncommand = \"XYZ\"")[0]
                .contains("unknown command")
        );
    }
}
