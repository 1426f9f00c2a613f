//! One line of a pasted log: its decorations taken off, and what each format makes of it.

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::LogFormat;
use crate::Command;

/// What a line is, in one format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Said<'a> {
    /// A command the client sent.
    Command(Cow<'a, str>),
    /// What the server sent: one line, or several in formats that log a reply at once.
    Server(Cow<'a, str>),
    /// The client's or the server's own status or error line.
    Note(&'a str),
    /// A line the format does not mark: inside a reply in formats whose reply lines are not
    /// marked, and a note elsewhere.
    Unmarked(&'a str),
    /// A line the server sent that is not a reply's first: inside a multi-line reply, one of
    /// its lines, and elsewhere the content of a data connection, left out.
    Continued(Cow<'a, str>),
}

/// The lines of a paste without what pasting added: code fences, the Markdown quote marks
/// when every line has them, and the indentation every line shares. Each line keeps its
/// number, counted from 1.
pub(super) fn undecorate(text: &str) -> Vec<(usize, &str)> {
    let mut lines: Vec<(usize, &str)> = text
        .split('\n')
        .enumerate()
        .map(|(index, line)| {
            // A carriage return inside a line went back to its start on the terminal, as
            // progress meters do: what follows the last one is what was left on screen.
            let line = line.strip_suffix('\r').unwrap_or(line);
            (index + 1, line.rsplit('\r').next().unwrap_or(line))
        })
        .collect();
    let blank = |line: &str| line.trim().is_empty();
    while lines
        .iter()
        .filter(|(_, line)| !blank(line))
        .all(|(_, line)| line.trim_start().starts_with('>'))
        && lines.iter().any(|(_, line)| !blank(line))
    {
        for (_, line) in &mut lines {
            let rest = line.trim_start().strip_prefix('>').unwrap_or(line);
            *line = rest.strip_prefix(' ').unwrap_or(rest);
        }
    }
    lines.retain(|(_, line)| !line.trim_start().starts_with("```"));
    let indent = lines
        .iter()
        .filter(|(_, line)| !blank(line))
        .map(|(_, line)| line.len() - line.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    for (_, line) in &mut lines {
        *line = line.get(indent..).unwrap_or("");
    }
    lines.retain(|(_, line)| !blank(line));
    lines
}

/// What `line` is in `format`, or `None` for a line that format leaves out (such as the raw
/// bytes ftplib logs beside each command and reply).
pub(super) fn read(format: LogFormat, line: &str) -> Option<Said<'_>> {
    let line = strip_timestamps(line);
    match format {
        LogFormat::FileZilla => filezilla(line),
        LogFormat::WinScp => {
            let (marker, rest) = line.split_at_checked(1)?;
            let after = rest.strip_prefix(' ')?;
            // Every line has its timestamp after the mark.
            let rest = strip_timestamps(after);
            if rest.len() == after.len() {
                return Some(Said::Unmarked(line));
            }
            Some(match marker {
                ">" => Said::Command(Cow::Borrowed(rest)),
                "<" => Said::Server(Cow::Borrowed(rest)),
                _ => Said::Note(rest),
            })
        }
        LogFormat::Curl => {
            let line = without_progress_meter(line);
            Some(if let Some(command) = line.strip_prefix("> ") {
                Said::Command(Cow::Borrowed(command))
            } else if let Some(reply) = line.strip_prefix("< ") {
                Said::Server(Cow::Borrowed(reply))
            } else if let Some(note) = line.strip_prefix("* ") {
                Said::Note(note)
            } else {
                Said::Unmarked(line)
            })
        }
        LogFormat::Lftp => Some(if let Some(command) = line.strip_prefix("---> ") {
            Said::Command(Cow::Borrowed(command))
        } else if let Some(reply) = line.strip_prefix("<--- ") {
            Said::Server(Cow::Borrowed(reply))
        } else if let Some(note) = line.strip_prefix("---- ").or(line.strip_prefix("**** ")) {
            Said::Note(note)
        } else {
            Said::Unmarked(line)
        }),
        LogFormat::FtpClient => Some(match line.strip_prefix("---> ") {
            Some(command) => Said::Command(Cow::Borrowed(command)),
            None if starts_with_code(line) => Said::Server(Cow::Borrowed(line)),
            None => Said::Unmarked(line),
        }),
        LogFormat::PythonFtplib => {
            if let Some(command) = line.strip_prefix("*cmd* ") {
                Some(Said::Command(Cow::Owned(unrepr(command))))
            } else if let Some(reply) = line.strip_prefix("*resp* ") {
                Some(Said::Server(Cow::Owned(unrepr(reply))))
            } else if line.starts_with("*get* ") || line.starts_with("*put* ") {
                None
            } else {
                Some(Said::Unmarked(line))
            }
        }
        LogFormat::VsftpdProtocol => {
            if let Some((_, rest)) = line.split_once("FTP command: Client ") {
                Some(Said::Command(Cow::Owned(unescape(quoted_second(rest)?))))
            } else if let Some((_, rest)) = line.split_once("FTP response: Client ") {
                Some(Said::Server(Cow::Owned(unescape(quoted_second(rest)?))))
            } else if line.contains(": Client \"") {
                // CONNECT, OK LOGIN, FAIL LOGIN, OK DOWNLOAD and the like.
                Some(Said::Note(line))
            } else {
                Some(Said::Unmarked(line))
            }
        }
        LogFormat::Rclone => rclone(line),
        LogFormat::Transcript => Some(if starts_with_code(line) {
            Said::Server(Cow::Borrowed(line))
        } else if let Some(command) = prompted(line) {
            Said::Command(Cow::Owned(command))
        } else if is_command(line) {
            Said::Command(Cow::Borrowed(line))
        } else {
            Said::Unmarked(line)
        }),
    }
}

/// FileZilla's lines, `Command:`, `Response:`, `Status:`, `Error:` and `Trace:`, and the same
/// in its German, French and Spanish interfaces; in debug logs after a process and a
/// connection number.
fn filezilla(line: &str) -> Option<Said<'_>> {
    const COMMAND: [&str; 4] = ["Command", "Befehl", "Commande", "Comando"];
    const RESPONSE: [&str; 4] = ["Response", "Antwort", "Réponse", "Respuesta"];
    const NOTE: [&str; 8] = [
        "Status", "Error", "Fehler", "Erreur", "Statut", "Estado", "Trace", "Verbose",
    ];
    let (label, rest) = line.split_once(':')?;
    // Debug logs put a process and a connection number before the label.
    let label = label.rsplit(' ').find(|word| !word.is_empty())?;
    let text = rest.strip_prefix('\t').unwrap_or_else(|| rest.trim_start());
    if COMMAND.contains(&label) {
        Some(Said::Command(Cow::Borrowed(text)))
    } else if RESPONSE.contains(&label) {
        Some(Said::Server(Cow::Borrowed(text)))
    } else if NOTE.contains(&label) {
        Some(Said::Note(text))
    } else {
        None
    }
}

/// rclone's lines: a level (`DEBUG`, `INFO`, `NOTICE`, `ERROR`), then ` : ` or `: `, then
/// the FTP library's `FTP Tx: "..."` and `FTP Rx: "..."` in Go's quoting (the password
/// unquoted and masked), or rclone's own message. rclone logs each line of a multi-line
/// reply, and what comes over a data connection, as `FTP Rx` too.
fn rclone(line: &str) -> Option<Said<'_>> {
    const LEVELS: [&str; 4] = ["DEBUG", "INFO", "NOTICE", "ERROR"];
    let (level, rest) = line.split_once(':')?;
    if !LEVELS.contains(&level.trim_end()) {
        return Some(Said::Unmarked(line));
    }
    let rest = rest.trim_start();
    if let Some(command) = rest.strip_prefix("FTP Tx: ") {
        return Some(Said::Command(Cow::Owned(unrepr(command))));
    }
    if let Some(received) = rest.strip_prefix("FTP Rx: ") {
        let received = Cow::Owned(unrepr(received));
        let reply = starts_with_code(&received) || received.starts_with("SSH-");
        return Some(if reply {
            Said::Server(received)
        } else {
            Said::Continued(received)
        });
    }
    Some(Said::Note(rest))
}

/// Whether `line` starts with a reply code and a separator, or is a bare code.
pub(super) fn starts_with_code(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.len() >= 3
        && bytes[..3].iter().all(u8::is_ascii_digit)
        && matches!(bytes.get(3), None | Some(b' ' | b'-'))
}

/// The command a command-line client sends after prompting its user: `Name (host:user): anna`
/// (BSD and GNU clients) or `User (host:(none)): anna` (Windows) sends USER, and `Password:`
/// sends PASS.
fn prompted(line: &str) -> Option<String> {
    if line.starts_with("Password:") {
        return Some("PASS ********".into());
    }
    if !(line.starts_with("Name (") || line.starts_with("User (")) {
        return None;
    }
    let (_, name) = line.split_once("): ")?;
    Some(format!("USER {}", name.trim()))
}

/// Whether `line` is an FTP command: a known verb, then a space or nothing.
fn is_command(line: &str) -> bool {
    let verb = line.split(' ').next().unwrap_or(line);
    Command::from_verb(verb.as_bytes()).is_some()
}

/// `line` without curl's progress meter, which it prints on the same terminal as its
/// verbose lines, so that a pasted line may start with meter columns.
fn without_progress_meter(line: &str) -> &str {
    let meter = |text: &str| {
        text.chars()
            .all(|c| c.is_ascii_digit() || " :-.%kMG".contains(c))
    };
    ["< ", "> ", "* "]
        .iter()
        .filter_map(|marker| line.find(marker))
        .filter(|&at| at > 0 && meter(&line[..at]))
        .min()
        .map_or(line, |at| &line[at..])
}

/// Takes off the timestamps that loggers put before a line: `[12:34:56]`,
/// `2024-01-31 15:45:02.123`, `2024-01-31T15:45:02Z`, `15:45:02`, `Mon Jan 31 15:45:02 2024`,
/// and a `[pid 123]` after them.
fn strip_timestamps(mut line: &str) -> &str {
    loop {
        let before = line;
        line = line.trim_start();
        if let Some(rest) = line.strip_prefix('[') {
            if let Some((inside, after)) = rest.split_once(']') {
                let stamp = inside.contains(':') && inside.bytes().any(|b| b.is_ascii_digit());
                if stamp || inside.starts_with("pid ") {
                    line = after;
                }
            }
        }
        line = skip_date(line);
        line = skip_time(line);
        line = skip_ctime(line);
        if line == before {
            return line;
        }
    }
}

/// `YYYY-MM-DD` or `YYYY/MM/DD`, and a `T` or space after it.
fn skip_date(line: &str) -> &str {
    let b = line.as_bytes();
    let digits = |range: core::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if digits(0..4)
        && matches!(b.get(4), Some(b'-' | b'/'))
        && digits(5..7)
        && b.get(7) == b.get(4)
        && digits(8..10)
    {
        let rest = &line[10..];
        return rest.strip_prefix(['T', ' ']).unwrap_or(rest);
    }
    line
}

/// `HH:MM:SS`, with fractions, a zone (`Z` or `+01:00`) and a space after it.
fn skip_time(line: &str) -> &str {
    let b = line.as_bytes();
    let digits = |range: core::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if !(digits(0..2)
        && b.get(2) == Some(&b':')
        && digits(3..5)
        && b.get(5) == Some(&b':')
        && digits(6..8))
    {
        return line;
    }
    let mut rest = &line[8..];
    if let Some(fraction) = rest.strip_prefix(['.', ',']) {
        rest = fraction.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    rest = rest.strip_prefix('Z').unwrap_or(rest);
    if let Some(zone) = rest.strip_prefix(['+', '-']) {
        let hours = zone.as_bytes().get(..2);
        if let (true, Some(after)) = (
            hours.is_some_and(|hours| hours.iter().all(u8::is_ascii_digit)),
            zone.get(5..),
        ) {
            rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
        }
    }
    rest
}

/// `Mon Jan 31 15:45:02 2024`, as vsftpd writes it.
fn skip_ctime(line: &str) -> &str {
    let mut words = line.splitn(6, ' ').filter(|word| !word.is_empty());
    let (Some(day), Some(month)) = (words.next(), words.next()) else {
        return line;
    };
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    if !DAYS.contains(&day) || month.len() != 3 {
        return line;
    }
    // Day of the month, time, year: find where the year ends.
    let Some(time_at) = line.find(':') else {
        return line;
    };
    let after_time = skip_time(line.get(time_at.saturating_sub(2)..).unwrap_or(""));
    let year = after_time.trim_start();
    if year.len() >= 4 && year.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
        return &year[4..];
    }
    line
}

/// The second quoted string of `"first", "second"`, as vsftpd logs a client and a line.
fn quoted_second(text: &str) -> Option<&str> {
    let (_, rest) = text.split_once("\", \"")?;
    Some(rest.strip_suffix('"').unwrap_or(rest))
}

/// Text with `\r` and `\n` written as escapes, as vsftpd logs a multi-line reply.
fn unescape(text: &str) -> String {
    text.replace("\\r\\n", "\n")
        .replace("\\n", "\n")
        .replace("\\r", "")
}

/// The string of a Python `repr` or of Go's `%q`, as ftplib and rclone log commands and
/// replies: `'USER anna'`, `"USER anna"`. An escaped byte or character from 0x80 on, which a
/// log writes as `\xe9`, is one that was not text: it reads as U+FFFD.
fn unrepr(text: &str) -> String {
    let inner = text
        .strip_prefix(['\'', '"'])
        .and_then(|rest| rest.strip_suffix(['\'', '"']))
        .unwrap_or(text);
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let digits = match chars.next() {
            Some('n') => {
                out.push('\n');
                continue;
            }
            Some('r') | None => continue,
            Some('t') => {
                out.push('\t');
                continue;
            }
            Some('x') => 2,
            Some('u') => 4,
            Some('U') => 8,
            Some(other) => {
                out.push(other);
                continue;
            }
        };
        let hex: String = chars.by_ref().take(digits).collect();
        let value = u32::from_str_radix(&hex, 16).ok();
        let character = match value {
            Some(byte) if digits == 2 && byte >= 0x80 => None,
            Some(value) => char::from_u32(value),
            None => None,
        };
        out.push(character.unwrap_or(char::REPLACEMENT_CHARACTER));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_come_off() {
        for line in [
            "[12:34:56] 220 Ready",
            "2024-01-31 15:45:02.123 220 Ready",
            "2024-01-31T15:45:02Z 220 Ready",
            "15:45:02 220 Ready",
            "Mon Jan 31 15:45:02 2024 [pid 12] 220 Ready",
        ] {
            assert_eq!(strip_timestamps(line), "220 Ready", "{line}");
        }
        assert_eq!(strip_timestamps("220 Ready at 15:45"), "220 Ready at 15:45");
        // A zone cut short by a character of two bytes is left alone, not split.
        assert_eq!(strip_timestamps("12:34:56+12éé"), "+12éé");
    }

    #[test]
    fn quotes_fences_and_indentation_come_off() {
        let pasted = "> ```\n>     > USER anna\n>     < 331 Password?\n> ```\n";
        let lines: Vec<&str> = undecorate(pasted).into_iter().map(|(_, l)| l).collect();
        assert_eq!(lines, ["> USER anna", "< 331 Password?"]);
    }

    #[test]
    fn curl_lines_are_read_through_its_progress_meter() {
        let line = "  0     0    0     0 --:--:--  0:00:03 --:--:--     0< 530 Login incorrect.";
        assert_eq!(
            read(LogFormat::Curl, line),
            Some(Said::Server(Cow::Borrowed("530 Login incorrect.")))
        );
    }

    #[test]
    fn python_and_vsftpd_escapes_are_undone() {
        assert_eq!(
            unrepr(r"'211-Features:\n EPSV\n211 End'"),
            "211-Features:\n EPSV\n211 End"
        );
        assert_eq!(
            unescape(r"211-Features:\r\n EPSV\r\n211 End"),
            "211-Features:\n EPSV\n211 End"
        );
    }
}
