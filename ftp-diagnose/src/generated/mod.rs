//! Everything generated from `data/` by `codegen/`: each file says where it comes from; none
//! is edited by hand.

mod cause;
mod clients;
mod socket_error;

pub use cause::{Cause, CauseInfo};
pub(crate) use clients::CLIENTS;
pub use socket_error::SocketError;
