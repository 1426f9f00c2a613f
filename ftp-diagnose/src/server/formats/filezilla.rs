//! FileZilla Server 1.x's log:
//!
//! ```text
//! 2026-12-03T18:10:08.455Z >> [FTP Session 41 198.51.100.23] PASS ****
//! 2026-12-03T18:10:11.611Z << [FTP Session 42 203.0.113.45] 530 Login incorrect.
//! 2026-12-03T18:10:43.105Z == [FTP Server] Session 43 ended gracefully.
//! ```
//!
//! FileZilla Server 1.9.4 `src/filezilla/logger/stdio.cpp` `format_message` writes the time
//! in UTC and a tag (`src/filezilla/logger/type.hpp`: `>>` a command, `<<` a reply, `==`
//! status, `!!` an error, `WW` a warning); `src/filezilla/ftp/session.cpp` names a
//! session's lines `FTP Session`, its number, the client's address and, once logged in,
//! the user; `src/filezilla/tcp/server.cpp` logs `Session N ended gracefully.`.

use crate::Stamp;
use crate::server::record::{Record, What};

/// A line of FileZilla Server's log.
pub(crate) fn line(line: &str) -> Option<Record<'_>> {
    let (time, rest) = Stamp::split(line)?;
    let rest = rest.strip_prefix(' ')?;
    let (tag, rest) = rest.split_once(' ')?;
    if tag.len() != 2 {
        return None;
    }
    if let Some(number) = rest
        .strip_prefix("[FTP Server] Session ")
        .and_then(|rest| rest.strip_suffix(" ended gracefully."))
    {
        return Some(Record {
            key: number.parse().ok()?,
            time: Some(time),
            ..Record::new(None, None, What::Closed)
        });
    }
    let (module, message) = rest.strip_prefix("[FTP Session ")?.split_once("] ")?;
    let mut words = module.splitn(3, ' ');
    let (number, client, user) = (words.next()?, words.next()?, words.next());
    let what = match tag {
        ">>" => What::Command(message),
        "<<" => What::Reply(message),
        "!!" if message.starts_with("Control channel closed with error") => What::Closed,
        _ => What::Note(message),
    };
    Some(Record {
        key: number.parse().ok()?,
        time: Some(time),
        ..Record::new(Some(client), user, what)
    })
}

#[cfg(test)]
mod tests {
    use super::line;
    use crate::server::record::What;

    #[test]
    fn session_lines_read() {
        let command =
            line("2026-12-03T18:10:08.842Z >> [FTP Session 41 198.51.100.23 deploy] SYST").unwrap();
        assert_eq!(
            (command.key, command.client, command.user),
            (41, Some("198.51.100.23"), Some("deploy"))
        );
        assert_eq!(command.what, What::Command("SYST"));
        let ended =
            line("2026-12-03T18:10:43.105Z == [FTP Server] Session 43 ended gracefully.").unwrap();
        assert_eq!((ended.key, ended.what), (43, What::Closed));
        assert_eq!(
            line("2026-12-03T18:02:11.493Z == [FTP Server] Listening on 0.0.0.0:21."),
            None
        );
    }
}
