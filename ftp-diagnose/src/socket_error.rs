//! The hand-written half of [`SocketError`]; the table is generated from
//! `data/socket_errors.toml`.

use core::fmt;

use crate::SocketError;

impl SocketError {
    /// The error with this Winsock number, if it is one that FTP clients show.
    ///
    /// ```
    /// use ftp_diagnose::SocketError;
    ///
    /// assert_eq!(SocketError::from_number(10061).map(SocketError::name), Some("WSAECONNREFUSED"));
    /// assert!(SocketError::from_number(530).is_none());
    /// ```
    pub fn from_number(number: u16) -> Option<&'static SocketError> {
        SocketError::ALL.iter().find(|error| error.number == number)
    }
}

impl fmt::Display for SocketError {
    /// Writes the number and the name, such as `10060 WSAETIMEDOUT`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.number, self.name)
    }
}
