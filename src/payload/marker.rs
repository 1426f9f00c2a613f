//! The restart marker of a 110 reply (RFC 959 §4.2).

use super::cursor::Cursor;
use crate::{PayloadError, PayloadErrorKind, PayloadKind};

/// The markers of a 110 reply, whose text is exactly `MARK yyyy = mmmm`: `yyyy` is the
/// marker in the sender's data stream, `mmmm` the server's position for it, to send with
/// REST when resuming.
///
/// ```
/// use ftp_reply::RestartMarker;
///
/// let marker = RestartMarker::parse(b"MARK 1048576 = r0/0x100000")?;
/// assert_eq!(marker.user(), b"1048576");
/// assert_eq!(marker.server(), b"r0/0x100000");
/// # Ok::<(), ftp_reply::PayloadError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RestartMarker<'a> {
    user: &'a [u8],
    server: &'a [u8],
}

impl<'a> RestartMarker<'a> {
    /// Reads `MARK yyyy = mmmm`; the markers are any printable characters but space.
    pub fn parse(text: &'a [u8]) -> Result<RestartMarker<'a>, PayloadError> {
        let mut cursor = Cursor::at(text, 0, PayloadKind::RestartMarker);
        for &expected in b"MARK " {
            cursor.eat(expected)?;
        }
        let user = token(text, &mut cursor)?;
        for &expected in b" = " {
            cursor.eat(expected)?;
        }
        let server = token(text, &mut cursor)?;
        match cursor.peek() {
            None => Ok(RestartMarker { user, server }),
            Some(_) => Err(cursor.error(PayloadErrorKind::Syntax)),
        }
    }

    /// The marker in the sender's data stream (`yyyy`).
    pub const fn user(&self) -> &'a [u8] {
        self.user
    }

    /// The server's equivalent position (`mmmm`): what to send with REST.
    pub const fn server(&self) -> &'a [u8] {
        self.server
    }
}

fn token<'a>(text: &'a [u8], cursor: &mut Cursor<'_>) -> Result<&'a [u8], PayloadError> {
    let start = cursor.pos();
    while cursor.peek().is_some_and(|byte| byte.is_ascii_graphic()) {
        cursor.bump();
    }
    if cursor.pos() == start {
        let kind = if cursor.peek().is_some() {
            PayloadErrorKind::Syntax
        } else {
            PayloadErrorKind::Truncated
        };
        return Err(cursor.error(kind));
    }
    Ok(&text[start..cursor.pos()])
}
