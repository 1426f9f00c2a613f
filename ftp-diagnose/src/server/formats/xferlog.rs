//! The transfer log of wu-ftpd's format, which vsftpd writes with `xferlog_std_format=YES`
//! or `dual_log_enable=YES` (`xferlog_file`; vsftpd 3.0.2 `vsftpd.conf.5`) and ProFTPD with
//! `TransferLog`: one line per transfer, when it ends.
//!
//! ```text
//! Thu Dec  3 18:10:09 2026 1 127.0.0.1 300000 /srv/up/big.bin b _ i r ftpreply ftp 0 * i
//! ```
//!
//! After the date: seconds taken, client address, bytes, file name (vsftpd 3.0.2
//! `logging.c` `vsf_log_do_log_wuftpd_format` writes spaces in it as `_`), type, action,
//! direction, access mode, user, service, authentication method and user id, and `c` for a
//! complete transfer or `i` for an incomplete one. No field ties a line to a session, so
//! each line is read as a session of one transfer.

use crate::Stamp;
use crate::server::record::{Record, What};

/// A line of a transfer log; its key is given by the caller (the line's number).
pub(crate) fn line(line: &str) -> Option<Record<'_>> {
    let (time, rest) = Stamp::split(line)?;
    let mut head = rest.split_ascii_whitespace();
    let (_seconds, client, _bytes) = (head.next()?, head.next()?, head.next()?);
    let mut tail = rest.rsplitn(10, |c: char| c.is_ascii_whitespace());
    let status = tail.next()?;
    let (_auth_user, _auth, _service, user) =
        (tail.next()?, tail.next()?, tail.next()?, tail.next()?);
    let (_mode, direction, _action, _type) =
        (tail.next()?, tail.next()?, tail.next()?, tail.next()?);
    let before = tail.next()?;
    let path = before.trim_start().splitn(4, ' ').nth(3)?;
    if !matches!(status, "c" | "i") || !matches!(direction, "i" | "o" | "d") {
        return None;
    }
    let what = What::Transfer {
        complete: status == "c",
        path: path.trim(),
    };
    Some(Record {
        time: Some(time),
        ..Record::new(Some(client), Some(user), what)
    })
}

#[cfg(test)]
mod tests {
    use super::line;
    use crate::server::record::What;

    #[test]
    fn a_transfer_reads_with_its_status() {
        let record =
            line("Thu Dec  3 18:10:09 2026 1 127.0.0.1 300000 /srv/up/big.bin b _ i r ftpreply ftp 0 * i")
                .unwrap();
        assert_eq!(record.client, Some("127.0.0.1"));
        assert_eq!(record.user, Some("ftpreply"));
        assert_eq!(
            record.what,
            What::Transfer {
                complete: false,
                path: "/srv/up/big.bin"
            }
        );
        assert_eq!(line("Thu Dec  3 18:10:09 2026 1 127.0.0.1"), None);
    }
}
