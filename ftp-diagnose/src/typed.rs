//! What a command typed at a command-line client's `ftp>` prompt sends: `ls` sends `LIST`,
//! `get` sends `RETR`. A terminal shows the typed command, and the sent one only in debug
//! mode.

/// The commands inetutils' `ftp` sends for what is typed at its prompt (ftp/cmdtab.c and
/// ftp/cmds.c at commit cf09130), with the names Windows' `ftp.exe` adds (`literal`,
/// `remotehelp`). Of the commands that send several, the one that names what was asked.
const TYPED: &[(&str, &str)] = &[
    ("append", "APPE"),
    ("ascii", "TYPE A"),
    ("binary", "TYPE I"),
    ("bye", "QUIT"),
    ("cd", "CWD"),
    ("cdup", "CDUP"),
    ("chmod", "SITE CHMOD"),
    ("delete", "DELE"),
    ("dir", "LIST"),
    ("get", "RETR"),
    ("image", "TYPE I"),
    ("ls", "LIST"),
    ("mkdir", "MKD"),
    ("modtime", "MDTM"),
    ("nlist", "NLST"),
    ("put", "STOR"),
    ("pwd", "PWD"),
    ("quit", "QUIT"),
    ("recv", "RETR"),
    ("remotehelp", "HELP"),
    ("rename", "RNFR"),
    ("rhelp", "HELP"),
    ("rmdir", "RMD"),
    ("rstatus", "STAT"),
    ("send", "STOR"),
    ("site", "SITE"),
    ("size", "SIZE"),
    ("system", "SYST"),
    ("user", "USER"),
];

/// The FTP command that `typed`, as typed at the prompt, sends: its verb and the arguments
/// the command passes on; `quote` and `literal` send the rest of the line as it is.
///
/// ```text
/// ls /pub        -> LIST /pub
/// literal EPSV   -> EPSV
/// lcd /tmp       -> None (local)
/// ```
pub(crate) fn sent_for(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let (word, rest) = typed.split_once(' ').unwrap_or((typed, ""));
    let word = word.to_ascii_lowercase();
    let rest = rest.trim();
    if matches!(word.as_str(), "quote" | "literal") {
        return (!rest.is_empty()).then(|| rest.to_string());
    }
    let (_, verb) = TYPED.iter().find(|(name, _)| *name == word)?;
    // `get remote local` and `rename from to` send the first name; `put local remote` sends
    // the second, or the first when there is one.
    let mut names = rest.split_whitespace();
    let argument = match *verb {
        "RETR" | "RNFR" => names.next().unwrap_or(""),
        "STOR" | "APPE" => names
            .nth(1)
            .or(rest.split_whitespace().next())
            .unwrap_or(""),
        _ => rest,
    };
    Some(if argument.is_empty() {
        (*verb).to_string()
    } else {
        format!("{verb} {argument}")
    })
}

#[cfg(test)]
mod tests {
    use super::sent_for;

    #[test]
    fn typed_commands_become_the_commands_sent() {
        assert_eq!(sent_for("ls").as_deref(), Some("LIST"));
        assert_eq!(sent_for("dir /pub").as_deref(), Some("LIST /pub"));
        assert_eq!(
            sent_for("put report.txt remote.txt").as_deref(),
            Some("STOR remote.txt")
        );
        assert_eq!(
            sent_for("put report.txt").as_deref(),
            Some("STOR report.txt")
        );
        assert_eq!(sent_for("get a.txt b.txt").as_deref(), Some("RETR a.txt"));
        assert_eq!(sent_for("literal epsv4 off").as_deref(), Some("epsv4 off"));
        assert_eq!(sent_for("quote").as_deref(), None);
        assert_eq!(sent_for("lcd /tmp").as_deref(), None);
        assert_eq!(sent_for("passive").as_deref(), None);
    }
}
