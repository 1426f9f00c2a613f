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

use crate::{KnownCode, PayloadError, PayloadErrorKind, PayloadKind, Reply};

use size::{file_size, transfer_size};

impl<'a> Reply<'a> {
    /// The address of a 227 reply to PASV, from whichever line holds it.
    pub fn passive_address(&self) -> Result<PassiveAddress, PayloadError> {
        self.read(
            &[KnownCode::EnteringPassiveMode],
            PayloadKind::PassiveAddress,
            PassiveAddress::parse,
        )
    }

    /// The address of a 228 reply to LPSV, from whichever line holds it.
    pub fn long_passive_address(&self) -> Result<LongPassiveAddress, PayloadError> {
        self.read(
            &[KnownCode::EnteringLongPassiveMode],
            PayloadKind::LongPassiveAddress,
            LongPassiveAddress::parse,
        )
    }

    /// The port of a 229 reply to EPSV, from whichever line holds it.
    pub fn extended_passive_port(&self) -> Result<ExtendedPassivePort, PayloadError> {
        self.read(
            &[KnownCode::EnteringExtendedPassiveMode],
            PayloadKind::ExtendedPassivePort,
            ExtendedPassivePort::parse,
        )
    }

    /// The directory of a 257 reply to PWD or MKD, from the first line that holds one.
    pub fn pathname(&self) -> Result<Pathname<'a>, PayloadError> {
        self.read(
            &[KnownCode::PathCreated],
            PayloadKind::Pathname,
            Pathname::parse,
        )
    }

    /// The size of a 213 reply to SIZE (RFC 3659 §4): the text is the number of bytes.
    ///
    /// ```
    /// use ftp_reply::Reply;
    ///
    /// assert_eq!(Reply::parse_complete(b"213 48213\r\n")?.file_size()?, 48213);
    /// assert!(Reply::parse_complete(b"213 12 bytes\r\n")?.file_size().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn file_size(&self) -> Result<u64, PayloadError> {
        self.read(&[KnownCode::FileStatus], PayloadKind::FileSize, file_size)
    }

    /// The time of a 213 reply to MDTM.
    pub fn modification_time(&self) -> Result<ModificationTime, PayloadError> {
        self.read(
            &[KnownCode::FileStatus],
            PayloadKind::ModificationTime,
            ModificationTime::parse,
        )
    }

    /// The size announced in a 150 or 125 reply: the number before the last `bytes)` of
    /// the text, as many servers write it.
    ///
    /// ```
    /// use ftp_reply::Reply;
    ///
    /// let reply = Reply::parse_complete(b"150 Opening BINARY mode data connection for a (1 2) (48213 bytes).\r\n")?;
    /// assert_eq!(reply.transfer_size()?, 48213);
    /// let reply = Reply::parse_complete(b"150 Here comes the directory listing.\r\n")?;
    /// assert!(reply.transfer_size().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn transfer_size(&self) -> Result<u64, PayloadError> {
        self.read(
            &[
                KnownCode::FileStatusOk,
                KnownCode::DataConnectionAlreadyOpen,
            ],
            PayloadKind::TransferSize,
            transfer_size,
        )
    }

    /// The features of a 211 reply to FEAT.
    pub fn features(&self) -> Result<Features<'a>, PayloadError> {
        self.require(&[KnownCode::SystemStatus], PayloadKind::Features)?;
        Ok(Features::parse(self.lines()))
    }

    /// The markers of a 110 reply.
    pub fn restart_marker(&self) -> Result<RestartMarker<'a>, PayloadError> {
        self.read(
            &[KnownCode::RestartMarker],
            PayloadKind::RestartMarker,
            RestartMarker::parse,
        )
    }

    /// The system type of a 215 reply to SYST.
    pub fn system_type(&self) -> Result<SystemType<'a>, PayloadError> {
        self.read(
            &[KnownCode::SystemType],
            PayloadKind::SystemType,
            SystemType::parse,
        )
    }

    /// The base64 payload of a protected reply (631, 632 or 633).
    pub fn protected(&self) -> Result<ProtectedPayload<'a>, PayloadError> {
        if !self.code().is_protected() {
            self.require(
                &[KnownCode::ConfidentialityAndIntegrityProtected],
                PayloadKind::Protected,
            )?;
        }
        ProtectedPayload::parse(self.lines())
    }

    /// Checks the code, then reads the payload from the first line that holds it: servers
    /// put it on the last line of a multi-line reply (aioftp's 227) or on the first. The
    /// error is the first line's.
    fn read<T>(
        &self,
        codes: &[KnownCode],
        payload: PayloadKind,
        parse: impl Fn(&'a [u8]) -> Result<T, PayloadError>,
    ) -> Result<T, PayloadError> {
        self.require(codes, payload)?;
        let mut lines = self.lines();
        let first = parse(lines.next().unwrap_or_default());
        match first {
            Ok(_) => first,
            Err(error) => lines.find_map(|line| parse(line).ok()).ok_or(error),
        }
    }

    fn require(&self, codes: &[KnownCode], payload: PayloadKind) -> Result<(), PayloadError> {
        if codes.iter().any(|&code| self.code() == code) {
            Ok(())
        } else {
            let kind = PayloadErrorKind::UnexpectedCode {
                found: self.code(),
                expected: codes[0].as_reply_code(),
            };
            Err(PayloadError::new(payload, kind, 0))
        }
    }
}
