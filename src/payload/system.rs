//! The system type of a 215 reply to SYST.

use super::cursor::first_word;
use crate::{PayloadError, PayloadErrorKind, PayloadKind};

/// The system type in a 215 reply: its first word, such as `UNIX` in `UNIX Type: L8`, and
/// what follows.
///
/// ```
/// use ftp_reply::SystemType;
///
/// let system = SystemType::parse(b"UNIX Type: L8")?;
/// assert_eq!((system.name(), system.details()), (&b"UNIX"[..], &b"Type: L8"[..]));
/// assert!(system.is_unix());
/// # Ok::<(), ftp_reply::PayloadError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SystemType<'a> {
    name: &'a [u8],
    details: &'a [u8],
}

impl<'a> SystemType<'a> {
    /// Reads the system name from a 215 reply's text.
    pub fn parse(text: &'a [u8]) -> Result<SystemType<'a>, PayloadError> {
        let (start, name, after) = first_word(text);
        if name.is_empty() {
            return Err(PayloadError::new(
                PayloadKind::SystemType,
                PayloadErrorKind::Missing,
                start,
            ));
        }
        let details = after.get(1..).unwrap_or_default();
        Ok(SystemType { name, details })
    }

    /// The system name, such as `UNIX` or `Windows_NT`.
    pub const fn name(&self) -> &'a [u8] {
        self.name
    }

    /// The text after the name, such as `Type: L8`.
    pub const fn details(&self) -> &'a [u8] {
        self.details
    }

    /// Whether the name is `UNIX`, in any case: the hint that LIST output is `ls -l` style.
    pub fn is_unix(&self) -> bool {
        self.name.eq_ignore_ascii_case(b"UNIX")
    }
}
