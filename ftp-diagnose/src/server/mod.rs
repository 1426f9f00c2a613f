//! Servers' logs: many sessions interleaved, read as a stream into sessions, each diagnosed,
//! and a summary for the administrator.

mod formats;
mod pipeline;
mod reader;
mod record;
mod session;
mod stamp;
mod summary;

pub use formats::Format;
pub use reader::ServerLog;
pub use session::{Ending, FailedLogin, Session};
pub use stamp::Stamp;
pub use summary::{AddressFailures, CauseCount, Example, Summary};
