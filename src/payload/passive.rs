//! The addresses of passive mode: 227 (PASV), 228 (LPSV) and 229 (EPSV).

use core::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use super::cursor::Cursor;
use crate::{PayloadError, PayloadErrorKind, PayloadKind};

/// The address and port of a 227 reply to PASV: `Entering Passive Mode (h1,h2,h3,h4,p1,p2)`.
///
/// Servers behind NAT often announce a private or all-zero address, and a hostile server can
/// announce any host to make the client connect there. The safe default, which
/// [`data_address`](PassiveAddress::data_address) follows, is to connect to the address of
/// the control connection's peer on the announced port.
///
/// ```
/// use std::net::{IpAddr, Ipv4Addr};
/// use ftp_reply::PassiveAddress;
///
/// let pasv = PassiveAddress::parse(b"Entering Passive Mode (10,0,0,7,195,80).")?;
/// assert_eq!(pasv.port(), 50000);
/// assert!(pasv.is_internal());
/// let peer = IpAddr::V4(Ipv4Addr::new(203, 0, 113, 9));
/// assert_eq!(pasv.data_address(peer).to_string(), "203.0.113.9:50000");
/// # Ok::<(), ftp_reply::PayloadError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PassiveAddress {
    ip: Ipv4Addr,
    port: u16,
}

impl PassiveAddress {
    /// Reads the six numbers from reply text: the first run of digits and commas, with or
    /// without parentheses, followed by anything.
    pub fn parse(text: &[u8]) -> Result<PassiveAddress, PayloadError> {
        let start = text
            .iter()
            .position(u8::is_ascii_digit)
            .ok_or(PayloadError::new(
                PayloadKind::PassiveAddress,
                PayloadErrorKind::Missing,
                text.len(),
            ))?;
        let mut cursor = Cursor::at(text, start, PayloadKind::PassiveAddress);
        let mut numbers = [0u8; 6];
        for (index, number) in numbers.iter_mut().enumerate() {
            if index > 0 {
                cursor.skip_spaces();
                cursor.eat(b',')?;
                cursor.skip_spaces();
            }
            *number = cursor.octet()?;
        }
        let [a, b, c, d, high, low] = numbers;
        let port = u16::from_be_bytes([high, low]);
        if port == 0 {
            return Err(PayloadError::new(
                PayloadKind::PassiveAddress,
                PayloadErrorKind::PortZero,
                cursor.pos(),
            ));
        }
        Ok(PassiveAddress {
            ip: Ipv4Addr::new(a, b, c, d),
            port,
        })
    }

    /// The address as the server announced it.
    pub const fn ip(&self) -> Ipv4Addr {
        self.ip
    }

    /// The port, never 0.
    pub const fn port(&self) -> u16 {
        self.port
    }

    /// The announced address and port.
    pub const fn announced(&self) -> SocketAddr {
        SocketAddr::new(IpAddr::V4(self.ip), self.port)
    }

    /// Whether the announced address is 0.0.0.0, which says nothing about where to connect.
    pub const fn is_unspecified(&self) -> bool {
        self.ip.is_unspecified()
    }

    /// Whether the announced address is reachable only inside a network: private
    /// (RFC 1918), loopback, link-local or shared (RFC 6598). Wider than
    /// [`Ipv4Addr::is_private`], which counts only RFC 1918's ranges.
    pub const fn is_internal(&self) -> bool {
        is_internal(self.ip)
    }

    /// Where to open the data connection: the control connection's `peer` address on the
    /// announced port. This ignores the announced address, which protects against a server
    /// that points the client at another host, and works for servers behind NAT.
    pub const fn data_address(&self, peer: IpAddr) -> SocketAddr {
        SocketAddr::new(peer, self.port)
    }
}

/// Whether `ip` is private (RFC 1918), loopback, link-local or shared (RFC 6598).
const fn is_internal(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_private() || ip.is_loopback() || ip.is_link_local() || (a == 100 && b >= 64 && b < 128)
}

/// The port of a 229 reply to EPSV (RFC 2428): `Entering Extended Passive Mode (|||6446|)`.
///
/// The delimiter may be any printable ASCII character other than a digit; the address is
/// that of the control connection.
///
/// ```
/// use ftp_reply::ExtendedPassivePort;
///
/// assert_eq!(ExtendedPassivePort::parse(b"Entering Extended Passive Mode (|||6446|)")?.port(), 6446);
/// assert_eq!(ExtendedPassivePort::parse(b"EPSV ok (!!!6446!)")?.port(), 6446);
/// # Ok::<(), ftp_reply::PayloadError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExtendedPassivePort {
    port: u16,
}

impl ExtendedPassivePort {
    /// Reads `(<d><d><d><port><d>)` from reply text.
    pub fn parse(text: &[u8]) -> Result<ExtendedPassivePort, PayloadError> {
        let open = memchr::memchr(b'(', text).ok_or(PayloadError::new(
            PayloadKind::ExtendedPassivePort,
            PayloadErrorKind::Missing,
            text.len(),
        ))?;
        let mut cursor = Cursor::at(text, open + 1, PayloadKind::ExtendedPassivePort);
        let delimiter = match cursor.peek() {
            Some(byte @ 33..=126) if !byte.is_ascii_digit() => byte,
            Some(_) => return Err(cursor.error(PayloadErrorKind::Syntax)),
            None => return Err(cursor.error(PayloadErrorKind::Truncated)),
        };
        for _ in 0..3 {
            cursor.eat(delimiter)?;
        }
        let at = cursor.pos();
        let port = cursor.number(u64::from(u16::MAX))?;
        cursor.eat(delimiter)?;
        cursor.eat(b')')?;
        match u16::try_from(port) {
            Ok(0) | Err(_) => Err(PayloadError::new(
                PayloadKind::ExtendedPassivePort,
                PayloadErrorKind::PortZero,
                at,
            )),
            Ok(port) => Ok(ExtendedPassivePort { port }),
        }
    }

    /// The port, from 1 to 65535.
    pub const fn port(&self) -> u16 {
        self.port
    }

    /// Where to open the data connection: the control connection's `peer` on this port.
    pub const fn data_address(&self, peer: IpAddr) -> SocketAddr {
        SocketAddr::new(peer, self.port)
    }
}

/// The address of a 228 reply to LPSV (RFC 1639):
/// `Entering Long Passive Mode (af,hal,h1,...,pal,p1,p2)`, for IPv4 (af 4, 4 bytes) or IPv6
/// (af 6, 16 bytes), with a two-byte port.
///
/// ```
/// use ftp_reply::LongPassiveAddress;
///
/// let lpsv = LongPassiveAddress::parse(b"Entering Long Passive Mode (4,4,192,0,2,7,2,195,80)")?;
/// assert_eq!(lpsv.address().to_string(), "192.0.2.7:50000");
/// # Ok::<(), ftp_reply::PayloadError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LongPassiveAddress {
    address: SocketAddr,
}

impl LongPassiveAddress {
    /// Reads the comma-separated numbers from reply text, with or without parentheses.
    pub fn parse(text: &[u8]) -> Result<LongPassiveAddress, PayloadError> {
        let start = text
            .iter()
            .position(u8::is_ascii_digit)
            .ok_or(PayloadError::new(
                PayloadKind::LongPassiveAddress,
                PayloadErrorKind::Missing,
                text.len(),
            ))?;
        let mut cursor = Cursor::at(text, start, PayloadKind::LongPassiveAddress);
        let mut next = |first: bool| -> Result<u8, PayloadError> {
            if !first {
                cursor.skip_spaces();
                cursor.eat(b',')?;
                cursor.skip_spaces();
            }
            cursor.octet()
        };
        let family_at = start;
        let (family, length) = (next(true)?, next(false)?);
        let mut bytes = [0u8; 16];
        let address_bytes = match (family, length) {
            (4, 4) => &mut bytes[..4],
            (6, 16) => &mut bytes[..],
            _ => {
                return Err(PayloadError::new(
                    PayloadKind::LongPassiveAddress,
                    PayloadErrorKind::AddressFamily,
                    family_at,
                ));
            }
        };
        for byte in address_bytes.iter_mut() {
            *byte = next(false)?;
        }
        if next(false)? != 2 {
            return Err(PayloadError::new(
                PayloadKind::LongPassiveAddress,
                PayloadErrorKind::AddressFamily,
                family_at,
            ));
        }
        let port = u16::from_be_bytes([next(false)?, next(false)?]);
        if port == 0 {
            return Err(PayloadError::new(
                PayloadKind::LongPassiveAddress,
                PayloadErrorKind::PortZero,
                family_at,
            ));
        }
        let ip = if family == 4 {
            IpAddr::V4(Ipv4Addr::new(bytes[0], bytes[1], bytes[2], bytes[3]))
        } else {
            IpAddr::V6(Ipv6Addr::from(bytes))
        };
        Ok(LongPassiveAddress {
            address: SocketAddr::new(ip, port),
        })
    }

    /// The announced address and port.
    pub const fn address(&self) -> SocketAddr {
        self.address
    }
}
