//! The formats of servers' logs, and which one a log is written in.

mod filezilla;
mod filezilla_legacy;
mod iis;
mod inetutils;
mod proftpd;
mod proftpd_extended;
mod pure_ftpd;
mod pyftpdlib;
mod syslog;
mod vsftpd;
mod xferlog;

use core::fmt;

use crate::server::record::Record;

/// The format of a server's log.
///
/// ```
/// use ftp_diagnose::Format;
///
/// let line = "Thu Dec  3 18:10:09 2026 1 127.0.0.1 512 /srv/a.txt b _ o r anna ftp 0 * c";
/// assert_eq!(Format::detect([line]), Some(Format::Xferlog));
/// assert_eq!(Format::Xferlog.id(), "xferlog");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// vsftpd's own log (`vsftpd_log_file`, `dual_log_enable`), with its commands and
    /// replies when `log_ftp_protocol=YES`.
    Vsftpd,
    /// The transfer log of wu-ftpd's format: vsftpd's `xferlog_file` (with
    /// `xferlog_std_format` or `dual_log_enable`), ProFTPD's `TransferLog`.
    /// It logs transfers only, each read as a session of its own.
    Xferlog,
    /// A syslog file or `journalctl`'s output, and ProFTPD's `SystemLog`: the lines of
    /// ProFTPD, Pure-FTPd (with `-d -d`, its commands and replies), GNU inetutils ftpd (with
    /// `-l` and `-d`) and vsftpd (`syslog_enable`), each session keyed by its process id.
    Syslog,
    /// ProFTPD's `ExtendedLog` of the classes `ALL,CONNECT,EXIT`.
    ProftpdExtended,
    /// pyftpdlib's log, with its commands and replies at the debug level.
    Pyftpdlib,
    /// FileZilla Server 1.x's log.
    FileZillaServer,
    /// FileZilla Server 0.9's log.
    FileZillaServerLegacy,
    /// IIS's FTP log in the W3C format.
    Iis,
}

impl Format {
    /// Every format, in the order [`detect`](Format::detect) prefers them.
    pub const ALL: [Format; 8] = [
        Format::Vsftpd,
        Format::Xferlog,
        Format::Syslog,
        Format::ProftpdExtended,
        Format::Pyftpdlib,
        Format::FileZillaServer,
        Format::FileZillaServerLegacy,
        Format::Iis,
    ];

    /// A stable id: `vsftpd`, `xferlog`, `syslog`, `proftpd-extended`, `pyftpdlib`,
    /// `filezilla-server`, `filezilla-server-0.9`, `iis`.
    pub const fn id(self) -> &'static str {
        match self {
            Format::Vsftpd => "vsftpd",
            Format::Xferlog => "xferlog",
            Format::Syslog => "syslog",
            Format::ProftpdExtended => "proftpd-extended",
            Format::Pyftpdlib => "pyftpdlib",
            Format::FileZillaServer => "filezilla-server",
            Format::FileZillaServerLegacy => "filezilla-server-0.9",
            Format::Iis => "iis",
        }
    }

    /// The format's name for people, to follow "read as": `vsftpd's log`.
    pub const fn name(self) -> &'static str {
        match self {
            Format::Vsftpd => "vsftpd's log",
            Format::Xferlog => "a transfer log (xferlog)",
            Format::Syslog => "a syslog of FTP servers",
            Format::ProftpdExtended => "ProFTPD's ExtendedLog",
            Format::Pyftpdlib => "pyftpdlib's log",
            Format::FileZillaServer => "FileZilla Server's log",
            Format::FileZillaServerLegacy => "FileZilla Server 0.9's log",
            Format::Iis => "IIS's FTP log (W3C)",
        }
    }

    /// The format of a log whose first lines are `lines`: the format that reads the most of
    /// the first hundred lines that are not blank, if it reads at least a quarter of them.
    /// `None` for anything else, such as a client's log with a server's line pasted in.
    pub fn detect<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<Format> {
        let mut readers = Format::ALL.map(Reader::new);
        let mut counts = [0_usize; Format::ALL.len()];
        let mut total = 0;
        for line in lines
            .into_iter()
            .filter(|line| !line.trim().is_empty())
            .take(100)
        {
            total += 1;
            for (reader, count) in readers.iter_mut().zip(&mut counts) {
                *count += usize::from(reader.read(line, total).is_some());
            }
        }
        let best = (0..counts.len()).max_by_key(|&index| (counts[index], usize::MAX - index))?;
        (counts[best] > 0 && counts[best] * 4 >= total).then_some(Format::ALL[best])
    }
}

impl fmt::Display for Format {
    /// Writes the [`name`](Format::name).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Format {
    /// Serializes as the [`id`](Format::id).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// Reads the lines of a log in one format, with what the format carries from line to line.
pub(crate) struct Reader {
    format: Format,
    /// The columns of IIS's latest `#Fields:` line.
    columns: iis::Columns,
}

impl Reader {
    pub(crate) fn new(format: Format) -> Reader {
        Reader {
            format,
            columns: iis::Columns::default(),
        }
    }

    pub(crate) const fn format(&self) -> Format {
        self.format
    }

    /// What line `number` says; `None` for a line that is not the server's about a session.
    pub(crate) fn read<'a>(&mut self, line: &'a str, number: usize) -> Option<Record<'a>> {
        match self.format {
            Format::Vsftpd => vsftpd::line(line),
            Format::Xferlog => xferlog::line(line).map(|record| Record {
                key: number as u64,
                ..record
            }),
            Format::Syslog => syslog::line(line),
            Format::ProftpdExtended => proftpd_extended::line(line),
            Format::Pyftpdlib => pyftpdlib::line(line),
            Format::FileZillaServer => filezilla::line(line),
            Format::FileZillaServerLegacy => filezilla_legacy::line(line),
            Format::Iis if self.columns.read_header(line) => None,
            Format::Iis => self.columns.line(line),
        }
    }

    /// Whether each line is a session of its own.
    pub(crate) const fn one_line_sessions(&self) -> bool {
        matches!(self.format, Format::Xferlog)
    }

    /// Whether a session's lines may come from several processes (vsftpd).
    pub(crate) const fn forks(&self) -> bool {
        matches!(self.format, Format::Vsftpd | Format::Syslog)
    }
}
