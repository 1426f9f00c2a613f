//! The `ftpcode` tool's library: the reference site it generates from the ftp-reply
//! catalogue. The command-line explainer is the binary beside it.
//!
//! Everything here is presentation (pages, styles, labels in several languages); the facts
//! come from [`ftp_reply`].

pub mod site;
pub mod sources;
