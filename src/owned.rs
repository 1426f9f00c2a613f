//! A reply that owns its bytes.

use alloc::vec::Vec;
use core::fmt;

use crate::payload::{
    ExtendedPassivePort, Features, LongPassiveAddress, ModificationTime, PassiveAddress, Pathname,
    ProtectedPayload, RestartMarker, SystemType,
};
use crate::{Lines, PayloadError, Reply, ReplyCode, Text};

/// A [`Reply`] that owns its bytes, to keep after the input buffer is reused.
///
/// The bytes are a `Vec<u8>` by default; [`ReplyCodec`][codec] (feature `tokio`)
/// hands out replies that hold a `bytes::Bytes` cut from its read buffer, without copying.
/// Everything a borrowed reply offers is here too.
///
/// ```
/// use ftp_reply::{OwnedReply, Reply};
///
/// let owned = OwnedReply::from(Reply::parse_complete(b"257 \"/pub\" is the current directory\r\n")?);
/// assert_eq!(owned.code(), 257);
/// assert_eq!(owned.pathname()?.escaped(), b"/pub");
/// assert_eq!(owned.to_string(), "257 \"/pub\" is the current directory");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "tokio", doc = "\n[codec]: crate::ReplyCodec")]
#[cfg_attr(not(feature = "tokio"), doc = "\n[codec]: crate#features")]
pub struct OwnedReply<B = Vec<u8>> {
    raw: B,
    code: ReplyCode,
    multiline: bool,
}

/// Methods that read the reply, each the same as [`Reply`]'s.
macro_rules! like_reply {
    ($($(#[$doc:meta])* $name:ident -> $returns:ty;)*) => {
        $(
            $(#[$doc])*
            pub fn $name(&self) -> $returns {
                self.as_reply().$name()
            }
        )*
    };
}

impl<B: AsRef<[u8]>> OwnedReply<B> {
    /// Invariant: `raw` is a whole reply as the parser accepted it, with this code.
    pub(crate) const fn from_parts(raw: B, code: ReplyCode, multiline: bool) -> OwnedReply<B> {
        OwnedReply {
            raw,
            code,
            multiline,
        }
    }

    /// The reply, borrowed.
    pub fn as_reply(&self) -> Reply<'_> {
        Reply::new(self.raw.as_ref(), self.code, self.multiline)
    }

    /// The reply's code. See [`Reply::code`].
    pub const fn code(&self) -> ReplyCode {
        self.code
    }

    /// Whether the reply spans several lines.
    pub const fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// The reply's bytes, line ends included.
    pub fn raw(&self) -> &[u8] {
        self.raw.as_ref()
    }

    /// The reply's bytes, given up.
    pub fn into_raw(self) -> B {
        self.raw
    }

    like_reply! {
        /// See [`Reply::lines`].
        lines -> Lines<'_>;
        /// See [`Reply::text`].
        text -> Text<'_>;
        /// See [`Reply::first_line`].
        first_line -> &[u8];
        /// See [`Reply::last_line`].
        last_line -> &[u8];
        /// See [`Reply::passive_address`].
        passive_address -> Result<PassiveAddress, PayloadError>;
        /// See [`Reply::long_passive_address`].
        long_passive_address -> Result<LongPassiveAddress, PayloadError>;
        /// See [`Reply::extended_passive_port`].
        extended_passive_port -> Result<ExtendedPassivePort, PayloadError>;
        /// See [`Reply::pathname`].
        pathname -> Result<Pathname<'_>, PayloadError>;
        /// See [`Reply::file_size`].
        file_size -> Result<u64, PayloadError>;
        /// See [`Reply::modification_time`].
        modification_time -> Result<ModificationTime, PayloadError>;
        /// See [`Reply::transfer_size`].
        transfer_size -> Result<u64, PayloadError>;
        /// See [`Reply::features`].
        features -> Result<Features<'_>, PayloadError>;
        /// See [`Reply::restart_marker`].
        restart_marker -> Result<RestartMarker<'_>, PayloadError>;
        /// See [`Reply::system_type`].
        system_type -> Result<SystemType<'_>, PayloadError>;
        /// See [`Reply::protected`].
        protected -> Result<ProtectedPayload<'_>, PayloadError>;
    }
}

impl From<Reply<'_>> for OwnedReply {
    fn from(reply: Reply<'_>) -> OwnedReply {
        OwnedReply::from_parts(reply.raw().to_vec(), reply.code(), reply.is_multiline())
    }
}

impl<B: AsRef<[u8]>> fmt::Debug for OwnedReply<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_reply(), f)
    }
}

impl<B: AsRef<[u8]>> fmt::Display for OwnedReply<B> {
    /// As [`Reply`]'s `Display`: the lines as received.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.as_reply(), f)
    }
}
