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
