//! The payload of a protected reply: 631, 632 or 633 (RFC 2228 §5.2).

use crate::{Lines, PayloadError, PayloadErrorKind, PayloadKind};

/// The base64 payload of a protected reply, from [`Reply::protected`](crate::Reply::protected).
///
/// Each line carries one fragment; joined and decoded, they are the protected message that
/// the security mechanism unwraps into the real reply.
///
/// ```
/// use ftp_reply::Reply;
///
/// let reply = Reply::parse(b"631-MjMwIFVz\r\n631 ZXIgbG9nZ2VkIGluLg==\r\n")?.complete().unwrap();
/// let payload = reply.protected()?;
/// let mut message = [0; 64];
/// let len = payload.decode_into(&mut message)?;
/// assert_eq!(&message[..len], b"230 User logged in.");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct ProtectedPayload<'a> {
    lines: Lines<'a>,
}

impl<'a> ProtectedPayload<'a> {
    /// The payload in the lines of a protected reply, such as
    /// [`Reply::lines`](crate::Reply::lines) gives them: one base64 fragment per line.
    pub fn parse(lines: Lines<'a>) -> Result<ProtectedPayload<'a>, PayloadError> {
        let mut offset = 0;
        for fragment in lines.clone() {
            if let Some(bad) = fragment
                .iter()
                .position(|&byte| sextet(byte).is_none() && byte != b'=')
            {
                return Err(PayloadError::new(
                    PayloadKind::Protected,
                    PayloadErrorKind::Syntax,
                    offset + bad,
                ));
            }
            offset += fragment.len();
        }
        Ok(ProtectedPayload { lines })
    }

    /// The base64 fragments, one per line.
    pub fn fragments(&self) -> Lines<'a> {
        self.lines.clone()
    }

    /// Decodes the joined fragments into `buffer`; returns the number of bytes written.
    /// Offsets in errors count base64 characters from the start of the payload.
    pub fn decode_into(&self, buffer: &mut [u8]) -> Result<usize, PayloadError> {
        let mut written = 0;
        let mut bits: u32 = 0;
        let mut count = 0;
        let mut padded = false;
        for (offset, byte) in self.lines.clone().flatten().copied().enumerate() {
            match sextet(byte) {
                Some(value) if !padded => {
                    bits = (bits << 6) | u32::from(value);
                    count += 6;
                    if count >= 8 {
                        count -= 8;
                        let out = buffer.get_mut(written).ok_or(PayloadError::new(
                            PayloadKind::Protected,
                            PayloadErrorKind::OutOfRange,
                            offset,
                        ))?;
                        // The shift leaves the next eight bits at the bottom.
                        *out = (bits >> count) as u8;
                        written += 1;
                    }
                }
                None if byte == b'=' => padded = true,
                _ => {
                    return Err(PayloadError::new(
                        PayloadKind::Protected,
                        PayloadErrorKind::Syntax,
                        offset,
                    ));
                }
            }
        }
        Ok(written)
    }
}

/// The value of a base64 character.
const fn sextet(byte: u8) -> Option<u8> {
    match byte {
        b'A'..=b'Z' => Some(byte - b'A'),
        b'a'..=b'z' => Some(byte - b'a' + 26),
        b'0'..=b'9' => Some(byte - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}
