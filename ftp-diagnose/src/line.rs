//! One line of a pasted log, in whatever wrapping it came, and what it says: a command the
//! client sent, a line the server sent, or a line of the client's (or a logger's) own.
//!
//! No format is chosen for the whole text: each line is read on its own, so that a paste
//! that mixes a client's log, a server's log line and an exception loses nothing.

use std::borrow::Cow;

use ftp_reply::Command;

use crate::prefix;

/// What one line says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Said<'a> {
    /// A command the client sent.
    Command(Cow<'a, str>),
    /// What the server sent, marked as such: one line, or several in wrappings that log a
    /// reply at once (`'211-Features:\r\n EPSV\r\n211 End\r\n'`).
    Server(Cow<'a, str>),
    /// A line that starts with a reply code but bears no mark, as terminals show replies.
    BareReply(&'a str),
    /// A command with no mark, as a terminal shows it; inside a reply that began unmarked,
    /// one of its lines (a feature that FEAT lists).
    BareCommand(&'a str),
    /// A line with no mark: inside a reply that began unmarked, one of its lines; elsewhere
    /// a note.
    Unmarked(&'a str),
    /// The client's or a logger's own line: a status, an error, an exception.
    Note(&'a str),
    /// A command typed at a command-line client's prompt, as the FTP command it sends
    /// (`ftp> ls` sends `LIST`): the command, where the log does not show what was sent.
    Typed(String),
}

/// Who a mark says a line comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    /// The client sent it: a command.
    Sent,
    /// The server sent it.
    Received,
    /// The client's own status or error line.
    Own,
}

/// Marks written before a line, as symbols: curl's `> `, lftp's `---> `, ftplib's `*cmd* `,
/// node-ftp's `< `, WinSCP's `. ` and `! `, and the like. Longest first.
const SYMBOLS: &[(&str, Direction)] = &[
    ("*resp* ", Direction::Received),
    ("*cmd* ", Direction::Sent),
    ("**** ", Direction::Own),
    ("---- ", Direction::Own),
    ("---> ", Direction::Sent),
    ("<--- ", Direction::Received),
    ("--> ", Direction::Sent),
    ("<-- ", Direction::Received),
    (">>> ", Direction::Sent),
    ("<<< ", Direction::Received),
    ("-> ", Direction::Sent),
    ("<- ", Direction::Received),
    ("> ", Direction::Sent),
    ("< ", Direction::Received),
    ("* ", Direction::Own),
    (". ", Direction::Own),
    ("! ", Direction::Own),
];

/// Labels written before a line, ending in a colon or `>`, in lower case: FileZilla's in the
/// languages of its interface, FluentFTP's, rclone's `FTP Tx`, vsftpd's `FTP command`, and
/// the generic ones of other loggers.
const LABELS: &[(&str, Direction)] = &[
    // Sent.
    ("command", Direction::Sent),
    ("befehl", Direction::Sent),
    ("commande", Direction::Sent),
    ("comando", Direction::Sent),
    ("polecenie", Direction::Sent),
    ("opdracht", Direction::Sent),
    ("команда", Direction::Sent),
    ("příkaz", Direction::Sent),
    ("komut", Direction::Sent),
    ("命令", Direction::Sent),
    ("コマンド", Direction::Sent),
    ("cmd", Direction::Sent),
    ("sent", Direction::Sent),
    ("send", Direction::Sent),
    ("sending", Direction::Sent),
    ("request", Direction::Sent),
    ("client", Direction::Sent),
    ("c", Direction::Sent),
    ("tx", Direction::Sent),
    ("ftp tx", Direction::Sent),
    ("ftp command", Direction::Sent),
    ("put", Direction::Sent),
    // Received.
    ("response", Direction::Received),
    ("antwort", Direction::Received),
    ("réponse", Direction::Received),
    ("respuesta", Direction::Received),
    ("risposta", Direction::Received),
    ("resposta", Direction::Received),
    ("odpowiedź", Direction::Received),
    ("antwoord", Direction::Received),
    ("ответ", Direction::Received),
    ("odpověď", Direction::Received),
    ("yanıt", Direction::Received),
    ("响应", Direction::Received),
    ("応答", Direction::Received),
    ("resp", Direction::Received),
    ("reply", Direction::Received),
    ("recv", Direction::Received),
    ("received", Direction::Received),
    ("receiving", Direction::Received),
    ("server", Direction::Received),
    ("s", Direction::Received),
    ("rx", Direction::Received),
    ("ftp rx", Direction::Received),
    ("ftp response", Direction::Received),
    ("get", Direction::Received),
    // The client's own.
    ("status", Direction::Own),
    ("statut", Direction::Own),
    ("estado", Direction::Own),
    ("stato", Direction::Own),
    ("状态", Direction::Own),
    ("状態", Direction::Own),
    ("статус", Direction::Own),
    ("error", Direction::Own),
    ("fehler", Direction::Own),
    ("erreur", Direction::Own),
    ("errore", Direction::Own),
    ("erro", Direction::Own),
    ("błąd", Direction::Own),
    ("fout", Direction::Own),
    ("ошибка", Direction::Own),
    ("chyba", Direction::Own),
    ("hata", Direction::Own),
    ("错误", Direction::Own),
    ("エラー", Direction::Own),
    ("trace", Direction::Own),
    ("verbose", Direction::Own),
    ("warning", Direction::Own),
    ("info", Direction::Own),
];

/// Marks inside a line, before what was sent or received, as .NET's network trace writes
/// them (`Sending command [USER anna]`, `Received response [331 ...]`) and Go's goftp
/// (`sending command USER anna`, `got 331 Password required`).
const INLINE: &[(&str, Direction)] = &[
    ("sending command [", Direction::Sent),
    ("received response [", Direction::Received),
    ("sending command ", Direction::Sent),
    // BusyBox's ftpget and ftpput with -v: `ftpget: cmd USER anna`.
    (": cmd ", Direction::Sent),
    (" got ", Direction::Received),
    // A server's log that says which way a line went.
    ("[s -> c]: ", Direction::Received),
    ("[s <- c]: ", Direction::Sent),
    ("[c -> s]: ", Direction::Sent),
    ("[c <- s]: ", Direction::Received),
    // Arrows inside a line point either way, as servers' logs and clients' draw them: what
    // follows decides.
    (" <- ", Direction::Received),
    (" -> ", Direction::Sent),
];

/// What `line` says, or `None` for a line that repeats another (the bytes ftplib logs
/// beside each command and reply with `*get*` and `*put*`).
pub(crate) fn read(raw: &str) -> Option<Said<'_>> {
    let (line, levelled) = prefix::strip(without_progress_meter(raw));
    if line.starts_with("*get* ") || line.starts_with("*put* ") {
        return None;
    }
    // A mark inside the line is looked for before the prefixes come off, as some are in
    // brackets (`[S <- C]:`).
    if let Some((direction, payload)) = inline(raw).or_else(|| marked(line)) {
        return Some(said(direction, payload, line));
    }
    if let Some(said) = quoted_line(line) {
        return Some(said);
    }
    // A command-line client's prompt, and what was typed or printed after it.
    if let Some(rest) = line.strip_prefix("ftp>") {
        let rest = rest.trim_start();
        return Some(if starts_with_code(rest) {
            Said::BareReply(rest)
        } else if let Some(command) = crate::typed::sent_for(rest) {
            Said::Typed(command)
        } else {
            Said::Note(line)
        });
    }
    if let Some(command) = prompted(line) {
        return Some(Said::Command(Cow::Owned(command)));
    }
    // A passive reply that an error message quotes, as .NET's "The remote server returned
    // an error: 227 Entering Passive Mode (...)": its address is what the diagnosis needs.
    if let Some(reply) = passive_reply_in(line) {
        return Some(Said::Server(Cow::Borrowed(reply)));
    }
    // NcFTP's and Transmit's form of a reply: `220: ProFTPD Server ready`.
    if let Some(reply) = colon_reply(line) {
        return Some(Said::Server(Cow::Owned(reply)));
    }
    Some(if levelled || is_meter(line) {
        Said::Note(line)
    } else if starts_with_code(line) {
        Said::BareReply(line)
    } else if is_command(line) {
        Said::BareCommand(line)
    } else {
        Said::Unmarked(line)
    })
}

/// What a line marked as coming from `direction` says, its mark taken off.
fn said<'a>(direction: Direction, payload: &'a str, line: &'a str) -> Said<'a> {
    let (payload, _) = prefix::strip(payload);
    // Arrows point either way: a server's log writes `<- USER anna` for what it received.
    let arrow = ["-> ", "<- "].iter().any(|arrow| line.starts_with(arrow));
    let direction = match direction {
        _ if arrow && starts_with_code(payload) => Direction::Received,
        _ if arrow && looks_like_command(payload) => Direction::Sent,
        other => other,
    };
    let payload = payload.trim_end();
    let note = if payload.is_empty() { line } else { payload };
    if direction == Direction::Own {
        return Said::Note(note);
    }
    // vsftpd's protocol log: `FTP command: Client "192.0.2.1", "USER anna"`.
    let text = match payload.strip_prefix("Client \"") {
        Some(rest) => match quoted_second(rest) {
            Some(second) => Cow::Owned(unescape(second)),
            None => Cow::Borrowed(payload),
        },
        None => unquoted(payload),
    };
    match direction {
        Direction::Sent if !looks_like_command(&text) && !is_unknown_verb(&text) => {
            Said::Note(note)
        }
        Direction::Sent => Said::Command(text),
        _ => Said::Server(text),
    }
}

/// Whether `text`, marked as sent, is a verb no RFC defines, in capitals and alone on its
/// line, such as a probe's `XYZZY`: the server's `500` that follows answers it, not the
/// command before (RFC 959 §4.2.1: "500 Syntax error, command unrecognized").
fn is_unknown_verb(text: &str) -> bool {
    (5..=8).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase())
}

/// The direction a symbol or a label at the start of `line` gives, and what follows it.
fn marked(line: &str) -> Option<(Direction, &str)> {
    for &(symbol, direction) in SYMBOLS {
        if let Some(rest) = line.strip_prefix(symbol) {
            return Some((direction, rest));
        }
        // A bare symbol followed by a reply or a command, as in `<220 Ready`.
        let bare = symbol.trim_end();
        if bare.len() < symbol.len() && matches!(bare, ">" | "<") {
            if let Some(rest) = line.strip_prefix(bare) {
                if starts_with_code(rest) || (bare == ">" && is_command(rest)) {
                    return Some((direction, rest));
                }
            }
        }
    }
    let end = line.find([':', '>'])?;
    let (label, rest) = (&line[..end], &line[end + 1..]);
    if label.chars().count() > 24 {
        return None;
    }
    let label = label.trim().to_lowercase();
    // Debug logs put a process and a connection number before the label.
    let last_word = label.rsplit(' ').next().unwrap_or("");
    let direction = LABELS
        .iter()
        .find(|(known, _)| *known == label || *known == last_word)
        .map(|&(_, direction)| direction)?;
    Some((
        direction,
        rest.strip_prefix('\t').unwrap_or(rest).trim_start(),
    ))
}

/// The direction and the text of a line with a mark inside it, when a reply or a command
/// follows the mark.
fn inline(line: &str) -> Option<(Direction, &str)> {
    let lower = line.to_ascii_lowercase();
    INLINE.iter().find_map(|&(mark, direction)| {
        let start = lower.find(mark)?;
        // goftp numbers its connections: `#1 got 331 ...`; elsewhere "got" is a word.
        let numbered = || {
            let before = lower[..start].rsplit(' ').next().unwrap_or("");
            before.starts_with('#') && before[1..].bytes().all(|b| b.is_ascii_digit())
        };
        if mark == " got " && !numbered() {
            return None;
        }
        let at = start + mark.len();
        let inside = line.get(at..)?;
        let inside = inside
            .strip_suffix(']')
            .filter(|_| mark.ends_with('['))
            .unwrap_or(inside);
        if mark.trim().len() == 2 {
            return if starts_with_code(inside) {
                Some((Direction::Received, inside))
            } else {
                looks_like_command(inside).then_some((Direction::Sent, inside))
            };
        }
        let fits = match direction {
            Direction::Received => starts_with_code(inside),
            _ => looks_like_command(inside),
        };
        fits.then_some((direction, inside))
    })
}

/// What a line that is one quoted string says, as Erlang's and JavaScript's debug output
/// print them: `"Receiving: 331 Password required"`, `'227 Entering Passive Mode (...)'`.
fn quoted_line(line: &str) -> Option<Said<'static>> {
    if !line.starts_with(['"', '\'']) {
        return None;
    }
    let inner = unquoted(line).into_owned();
    let inner = inner.trim();
    if starts_with_code(inner) {
        return Some(Said::Server(Cow::Owned(inner.to_string())));
    }
    let (direction, payload) = marked(inner)?;
    let payload = payload.trim();
    match direction {
        Direction::Received => Some(Said::Server(Cow::Owned(payload.to_string()))),
        Direction::Sent if looks_like_command(payload) => {
            Some(Said::Command(Cow::Owned(payload.to_string())))
        }
        _ => None,
    }
}

/// Whether `text` starts like an FTP command: a verb of three or four letters (or a known
/// longer one), then a space or nothing; or an SSH client's version line, sent where a
/// command belongs.
fn looks_like_command(text: &str) -> bool {
    // An SSH client's version line, which it sends as its first words.
    if text.starts_with("SSH-") {
        return true;
    }
    let verb = text.split(' ').next().unwrap_or(text);
    (matches!(verb.len(), 3 | 4) && verb.bytes().all(|b| b.is_ascii_alphabetic()))
        || Command::from_verb(verb.as_bytes()).is_some()
}

/// A reply written with a colon after its code, as `227: Entering Passive Mode (...)`, in
/// the usual form; each such line stands for a whole reply.
fn colon_reply(line: &str) -> Option<String> {
    let bytes = line.as_bytes();
    let coded = bytes.len() > 5
        && bytes[..3].iter().all(u8::is_ascii_digit)
        && matches!(bytes[0], b'1'..=b'6')
        && line[3..].starts_with(": ");
    coded.then(|| format!("{} {}", &line[..3], line[5..].trim()))
}

/// The passive reply (227 or 229) inside `line`, from its code to the end of the line.
fn passive_reply_in(line: &str) -> Option<&str> {
    let lower = line.to_ascii_lowercase();
    [
        "227 entering passive mode",
        "229 entering extended passive mode",
    ]
    .iter()
    .filter_map(|reply| lower.find(reply))
    .find(|&at| at > 0)
    .map(|at| {
        line[at..]
            .trim_end_matches(['"', '\'', '.', ']'])
            .trim_end()
    })
}

/// Whether `line` starts with a reply code and a separator, or is a bare code.
pub(crate) fn starts_with_code(line: &str) -> bool {
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

/// Whether `line`, unmarked, is an FTP command as a terminal shows it: a known verb in upper
/// case, then a space or nothing.
fn is_command(line: &str) -> bool {
    let verb = line.split(' ').next().unwrap_or(line);
    verb.bytes().all(|b| !b.is_ascii_lowercase()) && Command::from_verb(verb.as_bytes()).is_some()
}

/// `text` without the quotes a logger put around it, its escapes undone: Python's `repr`
/// (`'USER anna'`, `b'220 Ready\r\n'`), Go's `%q`, JavaScript's `'220 Ready\r\n'`, and
/// whatever follows the closing quote (a debug timer's `+2ms`) left out. Text that is not
/// quoted keeps its `\r\n` escapes undone.
fn unquoted(text: &str) -> Cow<'_, str> {
    let bare = text
        .strip_prefix('b')
        .filter(|rest| rest.starts_with(['\'', '"']));
    let text_quoted = bare.unwrap_or(text);
    if let Some(quote) = text_quoted
        .chars()
        .next()
        .filter(|c| matches!(c, '\'' | '"'))
    {
        if let Some(end) = text_quoted.rfind(quote).filter(|&end| end > 0) {
            return Cow::Owned(unrepr(&text_quoted[..=end]));
        }
    }
    if text.contains("\\r\\n") || text.ends_with("\\n") {
        return Cow::Owned(unescape(text));
    }
    Cow::Borrowed(text)
}

/// Whether `line` is a row of a progress meter (`100  6  100  6  0  0  121  0 --:--:--`),
/// which starts with a number as a reply does.
fn is_meter(line: &str) -> bool {
    line.chars()
        .all(|c| c.is_ascii_digit() || " :-.%kMGT".contains(c))
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

    fn said(line: &str) -> Said<'_> {
        read(line).unwrap()
    }

    #[test]
    fn replies_and_commands_are_found_in_any_wrapping() {
        let server = |text: &str| Said::Server(Cow::Owned(text.to_string()));
        let command = |text: &str| Said::Command(Cow::Owned(text.to_string()));
        let cases = [
            ("< 530 Login incorrect.", server("530 Login incorrect.")),
            ("<--- 530 Login incorrect.", server("530 Login incorrect.")),
            (
                "Response:\t530 Login incorrect.",
                server("530 Login incorrect."),
            ),
            (
                "Antwort: 530 Login incorrect.",
                server("530 Login incorrect."),
            ),
            (
                "Risposta:\t530 Login incorrect.",
                server("530 Login incorrect."),
            ),
            (
                "2024-01-31 10:00:00 1234 1 Response: 530 No",
                server("530 No"),
            ),
            ("Recv> 530 Login incorrect.", server("530 Login incorrect.")),
            (
                "\"Receiving: 331 Password required\"",
                server("331 Password required"),
            ),
            (
                "\"227 Entering Passive Mode (1,2,3,4,5,6).\"",
                server("227 Entering Passive Mode (1,2,3,4,5,6)."),
            ),
            (
                "goftp: 0.046 #1 got 331-Password required.",
                server("331-Password required."),
            ),
            (
                "get: 227 192,168,7,97,199,99",
                server("227 192,168,7,97,199,99"),
            ),
            (
                "220: ProFTPD Server ready",
                server("220 ProFTPD Server ready"),
            ),
            ("ftpget: cmd USER anna", command("USER anna")),
            (
                "[connection] < '530 Login incorrect.\\r\\n'",
                server("530 Login incorrect.\n"),
            ),
            (
                "*resp* '530 Login incorrect.'",
                server("530 Login incorrect."),
            ),
            (
                "DEBUG : FTP Rx: \"530 Login incorrect.\"",
                server("530 Login incorrect."),
            ),
            (
                "[1234] FtpControlStream#1 - Received response [530 Login incorrect.]",
                server("530 Login incorrect."),
            ),
            ("> USER anna", command("USER anna")),
            ("Command:\tUSER anna", command("USER anna")),
            ("---> USER anna", command("USER anna")),
            ("*cmd* 'USER anna'", command("USER anna")),
            ("> 2024-01-31 10:00:00.123 USER anna", command("USER anna")),
            (
                "FTP command: Client \"192.0.2.1\", \"USER anna\"",
                command("USER anna"),
            ),
            ("Name (ftp.example.net:me): anna", command("USER anna")),
            (
                "goftp: 0.045 #1 sending command USER anna",
                command("USER anna"),
            ),
            ("\"Sending: USER test\"", command("USER test")),
            ("put: PASV", command("PASV")),
            ("ftpget: cmd USER anna", command("USER anna")),
        ];
        for (line, expected) in cases {
            assert_eq!(said(line), expected, "{line}");
        }
        assert_eq!(
            said("530 Login incorrect."),
            Said::BareReply("530 Login incorrect.")
        );
        assert_eq!(said("ftp> 421 Timeout."), Said::BareReply("421 Timeout."));
        assert_eq!(said("USER anna"), Said::BareCommand("USER anna"));
        assert_eq!(
            said("* Trying 192.0.2.1:21..."),
            Said::Note("Trying 192.0.2.1:21...")
        );
        assert_eq!(said("Status:\tConnecting"), Said::Note("Connecting"));
        assert_eq!(
            said("ERROR : connection failed"),
            Said::Note("connection failed")
        );
        assert_eq!(
            said("User name is wrong"),
            Said::Unmarked("User name is wrong")
        );
        assert_eq!(read("*get* '220 Ready\\r\\n'"), None);
    }

    #[test]
    fn curl_lines_are_read_through_its_progress_meter() {
        let line = "  0     0    0     0 --:--:--  0:00:03 --:--:--     0< 530 Login incorrect.";
        assert_eq!(
            said(line),
            Said::Server(Cow::Borrowed("530 Login incorrect."))
        );
    }

    #[test]
    fn python_go_and_vsftpd_escapes_are_undone() {
        assert_eq!(
            unrepr(r"'211-Features:\n EPSV\n211 End'"),
            "211-Features:\n EPSV\n211 End"
        );
        assert_eq!(
            unescape(r"211-Features:\r\n EPSV\r\n211 End"),
            "211-Features:\n EPSV\n211 End"
        );
        assert_eq!(unquoted("b'220 Ready\\r\\n' +2ms"), "220 Ready\n");
    }
}
