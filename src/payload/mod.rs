//! The data that replies carry in their text: passive addresses, paths, sizes, times,
//! features, restart markers, system types and protected payloads.
//!
//! Each type parses borrowed text without allocating, and fails with a [`PayloadError`]
//! naming the problem and its offset. The methods on [`Reply`] also check the reply's code.

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
pub use size::{file_size, transfer_size};
pub use system::SystemType;
pub use time::ModificationTime;

use crate::{KnownCode, PayloadError, PayloadErrorKind, Reply};

impl<'a> Reply<'a> {
    /// The address of a 227 reply to PASV.
    pub fn passive_address(&self) -> Result<PassiveAddress, PayloadError> {
        self.require(KnownCode::EnteringPassiveMode)?;
        PassiveAddress::parse(self.text())
    }

    /// The address of a 228 reply to LPSV.
    pub fn long_passive_address(&self) -> Result<LongPassiveAddress, PayloadError> {
        self.require(KnownCode::EnteringLongPassiveMode)?;
        LongPassiveAddress::parse(self.text())
    }

    /// The port of a 229 reply to EPSV.
    pub fn extended_passive_port(&self) -> Result<ExtendedPassivePort, PayloadError> {
        self.require(KnownCode::EnteringExtendedPassiveMode)?;
        ExtendedPassivePort::parse(self.text())
    }

    /// The directory of a 257 reply to PWD or MKD.
    pub fn pathname(&self) -> Result<Pathname<'a>, PayloadError> {
        self.require(KnownCode::PathCreated)?;
        Pathname::parse(self.text())
    }

    /// The size of a 213 reply to SIZE.
    pub fn file_size(&self) -> Result<u64, PayloadError> {
        self.require(KnownCode::FileStatus)?;
        file_size(self.text())
    }

    /// The time of a 213 reply to MDTM.
    pub fn modification_time(&self) -> Result<ModificationTime, PayloadError> {
        self.require(KnownCode::FileStatus)?;
        ModificationTime::parse(self.text())
    }

    /// The size announced in a 150 or 125 reply, as in `(48213 bytes)`.
    pub fn transfer_size(&self) -> Result<u64, PayloadError> {
        if self.code() != KnownCode::DataConnectionAlreadyOpen {
            self.require(KnownCode::FileStatusOk)?;
        }
        transfer_size(self.text())
    }

    /// The features of a 211 reply to FEAT.
    pub fn features(&self) -> Result<Features<'a>, PayloadError> {
        self.require(KnownCode::SystemStatus)?;
        Ok(Features::new(self.lines(), self.lines().count()))
    }

    /// The markers of a 110 reply.
    pub fn restart_marker(&self) -> Result<RestartMarker<'a>, PayloadError> {
        self.require(KnownCode::RestartMarker)?;
        RestartMarker::parse(self.text())
    }

    /// The system type of a 215 reply to SYST.
    pub fn system_type(&self) -> Result<SystemType<'a>, PayloadError> {
        self.require(KnownCode::SystemType)?;
        SystemType::parse(self.text())
    }

    /// The base64 payload of a protected reply (631, 632 or 633).
    pub fn protected(&self) -> Result<ProtectedPayload<'a>, PayloadError> {
        if !self.code().is_protected() {
            self.require(KnownCode::ConfidentialityAndIntegrityProtected)?;
        }
        ProtectedPayload::new(self.lines())
    }

    fn require(&self, code: KnownCode) -> Result<(), PayloadError> {
        if self.code() == code {
            Ok(())
        } else {
            let kind = PayloadErrorKind::UnexpectedCode {
                found: self.code(),
                expected: code.code(),
            };
            Err(PayloadError::new(kind, 0))
        }
    }
}
