//! Sizes in bytes: the 213 reply to SIZE, and the size servers announce in 150 or 125.

use super::cursor::Cursor;
use crate::{PayloadError, PayloadErrorKind, PayloadKind};

/// The size in a 213 reply to SIZE (RFC 3659 §4): the text is the number of bytes.
pub(crate) fn file_size(text: &[u8]) -> Result<u64, PayloadError> {
    let mut cursor = Cursor::at(text, 0, PayloadKind::FileSize);
    let size = cursor.number(u64::MAX)?;
    cursor.skip_spaces();
    match cursor.peek() {
        None => Ok(size),
        Some(_) => Err(cursor.error(PayloadErrorKind::Syntax)),
    }
}

/// The size many servers put in the text of a 150 or 125 reply, as in
/// `Opening BINARY mode data connection for report.pdf (48213 bytes)`: the number before
/// the last `bytes)` in the text.
pub(crate) fn transfer_size(text: &[u8]) -> Result<u64, PayloadError> {
    const UNIT: &[u8] = b" bytes)";
    let end = memchr::memmem::rfind(text, UNIT).ok_or(PayloadError::new(
        PayloadKind::TransferSize,
        PayloadErrorKind::Missing,
        text.len(),
    ))?;
    let start = text[..end]
        .iter()
        .rposition(|byte| !byte.is_ascii_digit())
        .map_or(0, |before| before + 1);
    if start == end || start == 0 || text[start - 1] != b'(' {
        return Err(PayloadError::new(
            PayloadKind::TransferSize,
            PayloadErrorKind::Syntax,
            start,
        ));
    }
    Cursor::at(&text[..end], start, PayloadKind::TransferSize).number(u64::MAX)
}
