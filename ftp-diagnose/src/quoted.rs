//! A server's reply quoted inside a client's line: curl's `Access denied: 530`, ftplib's
//! `error_perm: 550 Failed to open file.`, .NET's `(530) Not logged in.`, BusyBox's
//! `unexpected server response to USER: 530 ...`, a Go library's `500 'MLSD': command not
//! understood`, or a server's words without their code, as PHP's `ftp_login(): Login
//! incorrect.` and many libraries' exceptions give them.

use ftp_reply::{Command, ReplyCode};

use crate::client::{Means, message_in};
use crate::words;

/// A reply a client's line quotes.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Quoted {
    /// Its code, if the line gives one.
    pub(crate) code: Option<ReplyCode>,
    /// Its text in lower case: what follows the code, or the whole line.
    pub(crate) text: String,
    /// The command the line says it answers, if it names one.
    pub(crate) verb: Option<String>,
}

/// Words of a line that reports a failure, in the languages clients print: a code in such a
/// line is a reply's, not a count or a size.
const FAILED: &[&str] = &[
    "error",
    "err:",
    "denied",
    "fail",
    "exception",
    "invalid",
    "unexpected",
    "respon",
    "reply",
    "said",
    "returned",
    "code",
    "warning",
    "fatal",
    "raise",
    "abort",
    "couldn't",
    "could not",
    "cannot",
    "can't",
    "unable",
    "refused",
    "erreur",
    "errore",
    "fehler",
    "fout",
    "błąd",
    "ошибка",
    "错误",
    "失败",
    "エラー",
    "hata",
    "chyba",
    "falha",
    "fallo",
    "virhe",
];

/// Library calls whose name says which command failed: PHP's ftp extension
/// (`ftp_put(): ...`) and Python's ftplib (`in cwd`, `ftp.retrbinary(`).
const CALLS: &[(&str, &str)] = &[
    ("ftp_login", "PASS"),
    ("ftp_put", "STOR"),
    ("ftp_fput", "STOR"),
    ("ftp_append", "APPE"),
    ("ftp_get", "RETR"),
    ("ftp_fget", "RETR"),
    ("ftp_chdir", "CWD"),
    ("ftp_mkdir", "MKD"),
    ("ftp_rmdir", "RMD"),
    ("ftp_delete", "DELE"),
    ("ftp_rename", "RNFR"),
    ("ftp_nlist", "NLST"),
    ("ftp_rawlist", "LIST"),
    ("ftp_mlsd", "MLSD"),
    ("ftp_size", "SIZE"),
    ("ftp_pasv", "PASV"),
    ("in cwd", "CWD"),
    ("in login", "PASS"),
    ("in retrbinary", "RETR"),
    ("in storbinary", "STOR"),
    ("in retrlines", "LIST"),
    ("in mlsd", "MLSD"),
    ("in nlst", "NLST"),
    ("in mkd", "MKD"),
    ("in delete", "DELE"),
    (".cwd(", "CWD"),
    (".login(", "PASS"),
    (".retrbinary(", "RETR"),
    (".storbinary(", "STOR"),
];

/// The reply `note` quotes, if it quotes one: a code from 400 to 599 standing on its own in
/// a line that reports a failure, or the words of a server's refusal that name their cause.
pub(crate) fn quoted_reply(note: &str) -> Option<Quoted> {
    let lower = note.to_lowercase();
    let message = message_in(&lower);
    let verb = named_verb(note).or_else(|| {
        message
            .and_then(|message| message.command())
            .map(|command| command.verb().to_string())
    });
    let reports = words::any(&lower, FAILED)
        || crate::line::starts_with_code(note.trim_start())
        || message.is_some_and(|message| message.means() == Means::Reply);
    if reports {
        if let Some((code, after)) = code_in(note) {
            let rest = lower
                .get(after..)
                .unwrap_or("")
                .trim_start_matches([')', ']', ':', '"', '\'']);
            let letters = rest.chars().filter(|c| c.is_alphabetic()).count();
            let text = if letters >= 3 {
                rest.trim().to_string()
            } else {
                lower.clone()
            };
            return Some(Quoted {
                code: Some(code),
                text,
                verb,
            });
        }
    }
    let limit = words::any(&lower, words::TOO_MANY)
        && words::any(
            &lower,
            &["connection", "user", "client", "login", "session"],
        );
    let idle = words::any(&lower, words::TIMEOUT) && lower.contains("closing control connection");
    let refusal = limit
        || idle
        || words::demands_tls(&lower)
        || words::any(&lower, words::STORAGE)
        || (words::any(&lower, words::REUSE) && words::any(&lower, words::TLS));
    let unsupported = verb.is_some() && words::any(&lower, words::UNSUPPORTED);
    // A line that is only a server's refusal, as command-line clients print a reply's text
    // without its code when they are not verbose: "Permission denied.", "Login incorrect.".
    let bare = lower.trim().len() <= 40
        && (words::any(&lower, words::PERMISSION)
            || words::any(&lower, words::MISSING)
            || lower.contains("login incorrect"));
    (refusal || unsupported || bare || (verb.is_some() && reports)).then_some(Quoted {
        code: None,
        text: lower,
        verb,
    })
}

/// The first reply code from 400 to 599 that stands on its own in `text`, and where the
/// text after it starts: after a space, a colon, a bracket or a quote, and followed by a
/// space, a hyphen, a bracket, a quote or the end.
fn code_in(text: &str) -> Option<(ReplyCode, usize)> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(2)).find_map(|at| {
        let digits = &bytes[at..at + 3];
        let before = at.checked_sub(1).map(|before| bytes[before]);
        let after = bytes.get(at + 3).copied();
        let stands_alone = before
            .is_none_or(|b| !b.is_ascii_alphanumeric() && !b".,-/_+".contains(&b))
            && after.is_none_or(|b| b" -])'\".,".contains(&b));
        let negative = matches!(digits[0], b'4' | b'5') && matches!(digits[1], b'0'..=b'5');
        if !(stands_alone && negative && digits[2].is_ascii_digit() && digits[1].is_ascii_digit()) {
            return None;
        }
        let code = ReplyCode::from_bytes(digits).ok()?;
        Some((code, at + 3))
    })
}

/// The command `note` names: a verb in capitals that the command table knows (`'MLSD'`,
/// `response to USER`, `STOR denied`), or a library call that sends one (`ftp_put()`).
pub(crate) fn named_verb(note: &str) -> Option<String> {
    let lower = note.to_lowercase();
    let capital = note
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| (3..=4).contains(&word.len()))
        .filter(|word| word.bytes().all(|b| b.is_ascii_uppercase()))
        .find(|word| Command::from_verb(word.as_bytes()).is_some());
    if let Some(verb) = capital {
        return Some(verb.to_string());
    }
    CALLS
        .iter()
        .find(|(call, _)| lower.contains(call))
        .map(|(_, verb)| (*verb).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(note: &str) -> Option<(Option<u16>, String, Option<String>)> {
        quoted_reply(note).map(|q| (q.code.map(ReplyCode::as_u16), q.text, q.verb))
    }

    #[test]
    fn replies_are_found_inside_clients_errors() {
        let cases: [(&str, u16, &str, Option<&str>); 7] = [
            (
                "curl: (67) Access denied: 530",
                530,
                "curl: (67) access denied: 530",
                Some("PASS"),
            ),
            (
                "ftplib.error_perm: 550 Failed to open file.",
                550,
                "failed to open file.",
                None,
            ),
            (
                "The remote server returned an error: (530) Not logged in.",
                530,
                "not logged in.",
                None,
            ),
            (
                "ftpput: unexpected server response to USER: 530 Non-anonymous sessions must use encryption.",
                530,
                "non-anonymous sessions must use encryption.",
                Some("USER"),
            ),
            (
                "FTP error: 500 'MLSD': command not understood.",
                500,
                "'mlsd': command not understood.",
                Some("MLSD"),
            ),
            (
                "Error: Invalid response: [425] 425 You cannot use PASV on IPv6 connections.",
                425,
                "425 you cannot use pasv on ipv6 connections.",
                Some("PASV"),
            ),
            (
                "FluentFTP.Exceptions.FtpCommandException: 'Code: 425 Message: Unable to build data connection'",
                425,
                "message: unable to build data connection'",
                None,
            ),
        ];
        for (note, code, text, verb) in cases {
            assert_eq!(
                quoted(note),
                Some((Some(code), text.to_string(), verb.map(String::from))),
                "{note}"
            );
        }
    }

    #[test]
    fn a_servers_words_count_without_their_code() {
        let (code, _, _) = quoted("Non-anonymous sessions must use encryption.").unwrap();
        assert_eq!(code, None);
        assert!(quoted("There are too many connections from your internet address.").is_some());
        let (_, _, verb) = quoted("Warning: ftp_put(): Could not create file. in x.php").unwrap();
        assert_eq!(verb.as_deref(), Some("STOR"));
    }

    #[test]
    fn numbers_that_are_not_replies_are_left_alone() {
        assert_eq!(quoted("Remembering we are in dir \"550\""), None);
        assert_eq!(quoted("Failed after 200 ms"), None);
        assert_eq!(quoted("Error: uploaded 1500 files"), None);
        assert_eq!(quoted("Connected to 192.168.1.450"), None);
    }
}
