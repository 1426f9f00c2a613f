//! Windows socket error numbers that FTP clients on Windows print next to reply codes.
//! They are not FTP replies: no server sends them; they describe the connection itself.

use std::io::{self, Write};

use serde_json::json;

/// A Winsock error number, as FTP clients on Windows show it.
pub(crate) struct SocketError {
    number: u16,
    name: &'static str,
    meaning: &'static str,
    how_to_fix: &'static str,
}

const ERRORS: [SocketError; 6] = [
    SocketError {
        number: 10054,
        name: "WSAECONNRESET",
        meaning: "The connection was reset: the server, or a firewall or router between you, \
                  closed it abruptly instead of ending it normally.",
        how_to_fix: "If it happens during long transfers, a firewall or router is dropping the \
                     idle control connection: enable keep-alive (NOOP) in the client. If it happens \
                     right after connecting, the client and server disagree about TLS: use explicit \
                     FTP over TLS on port 21, or implicit TLS on port 990, as the server expects.",
    },
    SocketError {
        number: 10060,
        name: "WSAETIMEDOUT",
        meaning: "The connection attempt timed out: nothing answered at that address and port.",
        how_to_fix: "Check the host name and port (21 for FTP, 990 for implicit FTP over TLS), \
                     and whether a firewall silently drops the connection. If the control \
                     connection works but listings time out, the data connection is blocked: try \
                     passive mode, or ask for the server's passive port range to be opened.",
    },
    SocketError {
        number: 10061,
        name: "WSAECONNREFUSED",
        meaning: "The connection was refused: the host answered, but nothing accepts \
                  connections on that port.",
        how_to_fix: "Check that the FTP server is running and listens on the port you use, and \
                     that no firewall rejects the connection.",
    },
    SocketError {
        number: 10065,
        name: "WSAEHOSTUNREACH",
        meaning: "The host cannot be reached: there is no network route to it.",
        how_to_fix: "Check the network connection, the VPN if the server is on a private \
                     network, and the address you connect to.",
    },
    SocketError {
        number: 10066,
        name: "WSAENOTEMPTY",
        meaning: "A directory could not be removed because it still holds files. Microsoft \
                  lists this number among the errors its FTP service records.",
        how_to_fix: "Delete the files and subdirectories inside first, then remove the directory.",
    },
    SocketError {
        number: 10068,
        name: "WSAEUSERS",
        meaning: "Too many users: the server has reached its limit of sessions.",
        how_to_fix: "Wait and connect again later, and close other sessions you have open to the \
                     same server.",
    },
];

impl SocketError {
    /// The error for a number such as `10060`, if it is one of those FTP clients show.
    pub(crate) fn from_text(text: &str) -> Option<&'static SocketError> {
        let number: u16 = text.parse().ok()?;
        ERRORS.iter().find(|error| error.number == number)
    }

    pub(crate) fn explain(&self, out: &mut impl Write, as_json: bool) -> io::Result<()> {
        if as_json {
            let record = json!({
                "number": self.number,
                "name": self.name,
                "kind": "socket_error",
                "meaning": self.meaning,
                "how_to_fix": self.how_to_fix,
            });
            return writeln!(out, "{record}");
        }
        writeln!(
            out,
            "{} {}: a Windows socket error, not an FTP reply code",
            self.number, self.name
        )?;
        writeln!(
            out,
            "No FTP server sends it; the client reports a problem with the connection itself."
        )?;
        crate::write_section(out, "Meaning", self.meaning)?;
        crate::write_section(out, "How to fix", self.how_to_fix)
    }
}
