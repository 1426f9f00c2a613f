//! What a command typed at a command-line client's `ftp>` prompt sends: `ls` sends `LIST`,
//! `get` sends `RETR`. A terminal shows the typed command, and the sent one only in debug
//! mode.

/// The commands inetutils' `ftp` sends for what is typed at its prompt (ftp/cmdtab.c and
/// ftp/cmds.c at commit cf09130), with the names Windows' `ftp.exe` adds (`literal`,
/// `remotehelp`, documented by Microsoft as `quote`'s and `rhelp`'s equals). Of the commands
/// that send several, the one that names what was asked. Windows' `ftp.exe` differs in
/// some verbs: NLST for `ls` (a public `ftp -d` transcript shows `---> NLST`), and XMKD,
/// XRMD, XPWD for `mkdir`, `rmdir`, `pwd` (goftp/server issue #65, taoyouh/FtpServer pull
/// request #12). Which of the two it was changes no finding: both are a listing, or a
/// directory command, refused or not.
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

/// The FTP command that `typed`, as typed at the prompt, sends: its verb and the argument
/// it passes on; `quote` and `literal` send the rest of the line as it is. Passwords never
/// come through: `user` sends the name alone, as inetutils does, and PASS later.
///
/// ```text
/// ls /pub out.txt -> LIST /pub    (the second name is the local file)
/// literal EPSV    -> EPSV
/// lcd /tmp        -> None (local)
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
    let mut names = rest.split_whitespace();
    let (first, second) = (names.next(), names.next());
    let argument = match *verb {
        // `put local remote` sends the second name, or the first when there is one.
        "STOR" | "APPE" => second.or(first),
        // SITE and SITE CHMOD pass on all they are given.
        "SITE" | "SITE CHMOD" => Some(rest).filter(|rest| !rest.is_empty()),
        // Type changes, PWD, CDUP, SYST and QUIT take none.
        "TYPE A" | "TYPE I" | "PWD" | "CDUP" | "SYST" | "QUIT" => None,
        // The rest send the first name; a second, if any, is a local file (`ls`, `get`) or
        // the new name, sent with RNTO (`rename`).
        _ => first,
    };
    Some(match argument {
        Some(argument) => format!("{verb} {argument}"),
        None => (*verb).to_string(),
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
        assert_eq!(sent_for("user anna s3cret").as_deref(), Some("USER anna"));
        assert_eq!(sent_for("ls /pub out.txt").as_deref(), Some("LIST /pub"));
        assert_eq!(
            sent_for("chmod 644 a.txt").as_deref(),
            Some("SITE CHMOD 644 a.txt")
        );
        assert_eq!(sent_for("binary now").as_deref(), Some("TYPE I"));
        assert_eq!(sent_for("quote").as_deref(), None);
        assert_eq!(sent_for("lcd /tmp").as_deref(), None);
        assert_eq!(sent_for("passive").as_deref(), None);
    }
}
