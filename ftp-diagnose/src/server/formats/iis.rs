//! The W3C log of IIS's FTP service:
//!
//! ```text
//! #Fields: date time c-ip c-port cs-username s-ip s-port cs-method cs-uri-stem sc-status sc-win32-status sc-substatus x-session x-fullpath
//! 2026-12-03 18:10:11 203.0.113.45 61730 - 192.0.2.10 21 PASS *** 530 1326 41 0b9e4d12-7f3a-4c6e-8a25-91c3e5f7d804 -
//! ```
//!
//! Microsoft's reference of the FTP `<logFile>` element
//! (<https://learn.microsoft.com/en-us/iis/configuration/system.applicationhost/sites/site/ftpserver/logfile>)
//! lists the fields; the latest `#Fields:` line names the columns of the lines after it.
//! Each command is one line with the code of its reply and no text. The columns' names
//! (`x-session`, `c-port`) and the methods `ControlChannelOpened` and
//! `ControlChannelClosed`, which open and close a session, are as IIS 10's published logs
//! show them, not as that page states (`tests/logs/server/FORMATS.md`). A session's key is
//! `x-session`, or the client's address and port where the log has no session field.

use crate::Stamp;
use crate::server::record::{Record, What, key_of};

/// The most fields an entry is read with: IIS's FTP log has about twenty.
const MAX_FIELDS: usize = 48;

/// Where each field of the `#Fields:` line is.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Columns {
    date: Option<usize>,
    time: Option<usize>,
    client: Option<usize>,
    client_port: Option<usize>,
    user: Option<usize>,
    method: Option<usize>,
    argument: Option<usize>,
    status: Option<usize>,
    session: Option<usize>,
}

impl Columns {
    /// Reads a `#Fields:` line; `false` for any other line.
    pub(crate) fn read_header(&mut self, line: &str) -> bool {
        let Some(fields) = line.strip_prefix("#Fields:") else {
            return line.starts_with('#');
        };
        *self = Columns::default();
        for (index, field) in fields.split_ascii_whitespace().enumerate() {
            let slot = match field {
                "date" => &mut self.date,
                "time" => &mut self.time,
                "c-ip" => &mut self.client,
                "c-port" => &mut self.client_port,
                "cs-username" => &mut self.user,
                "cs-method" => &mut self.method,
                "cs-uri-stem" => &mut self.argument,
                "sc-status" => &mut self.status,
                "x-session" => &mut self.session,
                _ => continue,
            };
            *slot = Some(index);
        }
        true
    }

    /// Whether a `#Fields:` line has named the fields a session is read from.
    pub(crate) const fn ready(&self) -> bool {
        self.method.is_some() && self.status.is_some() && self.client.is_some()
    }

    /// An entry, read with the columns of the latest `#Fields:` line.
    pub(crate) fn line<'a>(&self, line: &'a str) -> Option<Record<'a>> {
        if !self.ready() {
            return None;
        }
        // Each field and where it starts; IIS writes fewer than `MAX_FIELDS`.
        let mut fields = [(0, ""); MAX_FIELDS];
        let mut start = 0;
        for (slot, value) in fields.iter_mut().zip(line.split(' ')) {
            *slot = (start, value);
            start += value.len() + 1;
        }
        let field = |column: Option<usize>| {
            column
                .and_then(|index| fields.get(index))
                .map(|&(_, value)| value)
                .filter(|value| !value.is_empty() && *value != "-")
        };
        // The date and the time, one after the other as IIS writes them, read as one.
        let time = match (self.date, self.time) {
            (Some(date), Some(time)) if time == date + 1 => fields
                .get(date)
                .and_then(|&(at, _)| Stamp::parse(&line[at..])),
            _ => None,
        };
        let client = field(self.client)?;
        let key = match field(self.session) {
            Some(session) => key_of(&[session.as_bytes()]),
            None => {
                let port = field(self.client_port).unwrap_or("");
                key_of(&[client.as_bytes(), b":", port.as_bytes()])
            }
        };
        let method = field(self.method)?;
        let what = match method {
            "ControlChannelOpened" => What::Opened,
            "ControlChannelClosed" => What::Closed,
            "DataChannelOpened" | "DataChannelClosed" => What::Note(method),
            _ => What::Answered {
                command: method,
                argument: field(self.argument).unwrap_or(""),
                code: field(self.status)?.parse().ok()?,
                text: "",
            },
        };
        Some(Record {
            key,
            time,
            ..Record::new(Some(client), field(self.user), what)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Columns;
    use crate::server::record::What;

    #[test]
    fn entries_read_by_the_fields_line() {
        let mut columns = Columns::default();
        assert!(columns.read_header(
            "#Fields: date time c-ip c-port cs-username s-ip s-port cs-method cs-uri-stem \
             sc-status sc-win32-status sc-substatus x-session x-fullpath"
        ));
        let entry = columns
            .line("2026-12-03 18:10:11 203.0.113.45 61730 - 192.0.2.10 21 PASS *** 530 1326 41 0b9e4d12 -")
            .unwrap();
        assert_eq!(entry.client, Some("203.0.113.45"));
        assert_eq!(
            entry.what,
            What::Answered {
                command: "PASS",
                argument: "***",
                code: 530,
                text: ""
            }
        );
        assert!(!columns.read_header("2026-12-03 18:10:11 ..."));
    }
}
