//! A position in reply text, for the payload parsers.

use crate::{PayloadError, PayloadErrorKind, PayloadKind};

/// Reads numbers and punctuation from reply text, failing with the offset of the problem.
pub(crate) struct Cursor<'a> {
    text: &'a [u8],
    pos: usize,
    /// The payload being read, named in errors.
    payload: PayloadKind,
}

impl<'a> Cursor<'a> {
    pub(crate) const fn at(text: &'a [u8], pos: usize, payload: PayloadKind) -> Cursor<'a> {
        Cursor { text, pos, payload }
    }

    pub(crate) const fn pos(&self) -> usize {
        self.pos
    }

    pub(crate) fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    pub(crate) fn error(&self, kind: PayloadErrorKind) -> PayloadError {
        PayloadError::new(self.payload, kind, self.pos)
    }

    /// Moves past the next byte.
    pub(crate) fn bump(&mut self) {
        self.pos += 1;
    }

    /// Moves past the next byte, which must be `expected`.
    pub(crate) fn eat(&mut self, expected: u8) -> Result<(), PayloadError> {
        match self.peek() {
            Some(byte) if byte == expected => {
                self.pos += 1;
                Ok(())
            }
            Some(_) => Err(self.error(PayloadErrorKind::Syntax)),
            None => Err(self.error(PayloadErrorKind::Truncated)),
        }
    }

    /// Skips spaces.
    pub(crate) fn skip_spaces(&mut self) {
        while self.peek() == Some(b' ') {
            self.pos += 1;
        }
    }

    /// A decimal number of at most `max`; the error points at its first digit.
    pub(crate) fn number(&mut self, max: u64) -> Result<u64, PayloadError> {
        let start = self.pos;
        let mut value: u64 = 0;
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            value = value
                .checked_mul(10)
                .and_then(|value| value.checked_add(u64::from(digit - b'0')))
                .filter(|&value| value <= max)
                .ok_or(PayloadError::new(
                    self.payload,
                    PayloadErrorKind::OutOfRange,
                    start,
                ))?;
            self.pos += 1;
        }
        if self.pos == start {
            let kind = if self.peek().is_some() {
                PayloadErrorKind::Syntax
            } else {
                PayloadErrorKind::Truncated
            };
            return Err(self.error(kind));
        }
        Ok(value)
    }

    /// A number from 0 to 255.
    pub(crate) fn octet(&mut self) -> Result<u8, PayloadError> {
        // The bound keeps the value within u8.
        self.number(255).map(|value| value as u8)
    }
}

/// The first word of `text`, after any spaces: where it starts, the word, and what follows
/// it (from the space that ends it).
pub(crate) fn first_word(text: &[u8]) -> (usize, &[u8], &[u8]) {
    let start = text
        .iter()
        .position(|&byte| byte != b' ')
        .unwrap_or(text.len());
    let rest = &text[start..];
    let end = memchr::memchr(b' ', rest).unwrap_or(rest.len());
    (start, &rest[..end], &rest[end..])
}
