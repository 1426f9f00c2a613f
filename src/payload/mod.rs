//! The data that replies carry in their text: passive addresses, paths, sizes, times,
//! features, restart markers, system types and protected payloads.
//!
//! Each type has `parse`, which reads borrowed text (or, for the multi-line payloads, the
//! lines of a reply) without allocating and fails with a [`PayloadError`] naming the problem
//! and its offset. Sizes are plain numbers, read by [`Reply::file_size`] and
//! [`Reply::transfer_size`]. The methods on [`Reply`] also check the reply's code.

mod cursor;
mod features;
mod marker;
mod passive;
mod pathname;
mod protected;
mod size;
mod system;
mod time;

pub use features::{Feature, Features};
pub use marker::RestartMarker;
pub use passive::{ExtendedPassivePort, LongPassiveAddress, PassiveAddress};
pub use pathname::{Pathname, Segments};
pub use protected::ProtectedPayload;
pub use system::SystemType;
pub use time::ModificationTime;

use crate::{KnownCode, PayloadError, PayloadErrorKind, Reply};

use size::{file_size, transfer_size};

impl<'a> Reply<'a> {
    /// The address of a 227 reply to PASV.
    pub fn passive_address(&self) -> Result<PassiveAddress, PayloadError> {
        self.require(KnownCode::EnteringPassiveMode)?;
        PassiveAddress::parse(self.first_line())
    }

    /// The address of a 228 reply to LPSV.
    pub fn long_passive_address(&self) -> Result<LongPassiveAddress, PayloadError> {
        self.require(KnownCode::EnteringLongPassiveMode)?;
        LongPassiveAddress::parse(self.first_line())
    }

    /// The port of a 229 reply to EPSV.
    pub fn extended_passive_port(&self) -> Result<ExtendedPassivePort, PayloadError> {
        self.require(KnownCode::EnteringExtendedPassiveMode)?;
        ExtendedPassivePort::parse(self.first_line())
    }

    /// The directory of a 257 reply to PWD or MKD.
    pub fn pathname(&self) -> Result<Pathname<'a>, PayloadError> {
        self.require(KnownCode::PathCreated)?;
        Pathname::parse(self.first_line())
    }

    /// The size of a 213 reply to SIZE (RFC 3659 §4): the text is the number of bytes.
    ///
    /// ```
    /// use ftp_reply::Reply;
    ///
    /// let reply = Reply::parse(b"213 48213\r\n")?.complete().unwrap();
    /// assert_eq!(reply.file_size()?, 48213);
    /// let reply = Reply::parse(b"213 12 bytes\r\n")?.complete().unwrap();
    /// assert!(reply.file_size().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn file_size(&self) -> Result<u64, PayloadError> {
        self.require(KnownCode::FileStatus)?;
        file_size(self.first_line())
    }

    /// The time of a 213 reply to MDTM.
    pub fn modification_time(&self) -> Result<ModificationTime, PayloadError> {
        self.require(KnownCode::FileStatus)?;
        ModificationTime::parse(self.first_line())
    }

    /// The size announced in a 150 or 125 reply: the number before the last `bytes)` of
    /// the text, as many servers write it.
    ///
    /// ```
    /// use ftp_reply::Reply;
    ///
    /// let reply = Reply::parse(b"150 Opening BINARY mode data connection for a (1 2) (48213 bytes).\r\n")?;
    /// assert_eq!(reply.complete().unwrap().transfer_size()?, 48213);
    /// let reply = Reply::parse(b"150 Here comes the directory listing.\r\n")?;
    /// assert!(reply.complete().unwrap().transfer_size().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn transfer_size(&self) -> Result<u64, PayloadError> {
        if self.code() != KnownCode::DataConnectionAlreadyOpen {
            self.require(KnownCode::FileStatusOk)?;
        }
        transfer_size(self.first_line())
    }

    /// The features of a 211 reply to FEAT.
    pub fn features(&self) -> Result<Features<'a>, PayloadError> {
        self.require(KnownCode::SystemStatus)?;
        Ok(Features::parse(self.lines()))
    }

    /// The markers of a 110 reply.
    pub fn restart_marker(&self) -> Result<RestartMarker<'a>, PayloadError> {
        self.require(KnownCode::RestartMarker)?;
        RestartMarker::parse(self.first_line())
    }

    /// The system type of a 215 reply to SYST.
    pub fn system_type(&self) -> Result<SystemType<'a>, PayloadError> {
        self.require(KnownCode::SystemType)?;
        SystemType::parse(self.first_line())
    }

    /// The base64 payload of a protected reply (631, 632 or 633).
    pub fn protected(&self) -> Result<ProtectedPayload<'a>, PayloadError> {
        if !self.code().is_protected() {
            self.require(KnownCode::ConfidentialityAndIntegrityProtected)?;
        }
        ProtectedPayload::parse(self.lines())
    }

    fn require(&self, code: KnownCode) -> Result<(), PayloadError> {
        if self.code() == code {
            Ok(())
        } else {
            let kind = PayloadErrorKind::UnexpectedCode {
                found: self.code(),
                expected: code.as_reply_code(),
            };
            Err(PayloadError::new(kind, 0))
        }
    }
}
