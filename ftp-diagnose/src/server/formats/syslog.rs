//! Lines of syslog files and of `journalctl`, and ProFTPD's `SystemLog`, which writes the
//! same header with a time of its own: the servers that log through syslog(3) (ProFTPD,
//! Pure-FTPd, GNU inetutils ftpd, vsftpd with `syslog_enable`) keyed by their process ids.
//!
//! ```text
//! Dec  3 18:10:08 host pure-ftpd[4321]: (?@192.0.2.7) [INFO] New connection from 192.0.2.7
//! 2026-12-03 18:10:08,123 host proftpd[4322] host (192.0.2.7[192.0.2.7]): FTP session opened.
//! ```
//!
//! The header is the time, the host, and the program with its process id in brackets,
//! then `: ` (syslog; ProFTPD 1.3.8 `src/log.c` `log_write` writes its `SystemLog` lines
//! with the client between the process id and the colon).

use crate::Stamp;
use crate::server::formats::{inetutils, proftpd, pure_ftpd, vsftpd};
use crate::server::record::Record;

/// A line of a syslog file from one of the servers read.
pub(crate) fn line(line: &str) -> Option<Record<'_>> {
    let (time, rest) = Stamp::split(line)?;
    let rest = rest.strip_prefix(' ')?;
    let (_host, rest) = rest.split_once(' ')?;
    let (program, rest) = rest.split_once('[')?;
    let (pid, rest) = rest.split_once(']')?;
    let pid: u64 = pid.parse().ok()?;
    let message = rest.strip_prefix(": ").unwrap_or(rest);
    let (daemon, record) = match program {
        "vsftpd" => (1, vsftpd::message(message)?),
        "proftpd" => (2, proftpd::message(message)?),
        "pure-ftpd" => (3, pure_ftpd::message(message)?),
        "ftpd" | "inetutils-ftpd" => (4, inetutils::message(message)?),
        _ => return None,
    };
    Some(Record {
        key: daemon << 32 | pid,
        time: Some(time),
        ..record
    })
}

#[cfg(test)]
mod tests {
    use super::line;
    use crate::server::record::What;

    #[test]
    fn the_forms_of_syslog_and_journalctl_read() {
        for text in [
            "Dec  3 18:10:08 host pure-ftpd[4321]: (?@192.0.2.7) [INFO] New connection from 192.0.2.7",
            "Dec 03 18:10:08 host pure-ftpd[4321]: (?@192.0.2.7) [INFO] New connection from 192.0.2.7",
            "2026-12-03T18:10:08+0000 host pure-ftpd[4321]: (?@192.0.2.7) [INFO] New connection from 192.0.2.7",
            "2026-12-03T18:10:08.123456+01:00 host pure-ftpd[4321]: (?@192.0.2.7) [INFO] New connection from 192.0.2.7",
        ] {
            let record = line(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(
                (record.client, record.what),
                (Some("192.0.2.7"), What::Opened),
                "{text}"
            );
            assert_eq!(record.key & 0xffff_ffff, 4321);
        }
        let proftpd = line(
            "2026-12-03 18:19:22,571 vm proftpd[9878] 127.0.0.1 (192.0.2.7[192.0.2.7]): FTP session opened.",
        )
        .unwrap();
        assert_eq!(
            (proftpd.key & 0xffff_ffff, proftpd.what),
            (9878, What::Opened)
        );
        // The same process id of another program is another session.
        let ftpd = line("Dec  3 18:10:08 host ftpd[9878]: connection from 192.0.2.7").unwrap();
        assert_ne!(ftpd.key, proftpd.key);
        for other in [
            "Dec  3 18:10:08 host sshd[77]: Accepted publickey for anna",
            "Dec  3 18:10:08 host kernel: eth0 up",
        ] {
            assert_eq!(line(other), None, "{other}");
        }
    }
}
